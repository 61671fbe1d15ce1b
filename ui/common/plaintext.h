// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QLabel;
class QMessageBox;
class QWidget;

namespace Inspector::Ui {

/**
 * A QLabel that shows @p text exactly as it is (Qt::PlainText), whatever it holds. Every label
 * that can show text from a server, a file or the user is made with it (or set to
 * Qt::PlainText): with Qt's default, Qt::AutoText, a text that looks like HTML is rendered as
 * HTML and every image it names is loaded (a room called `<img src="/dev/zero">`).
 */
QLabel *plainLabel(QWidget *parent, const QString &text = {});

/**
 * Makes every text of @p box plain text: QMessageBox::setTextFormat() reaches only the main text
 * in Qt 6.4, not the informative text. Call it after the texts are set.
 */
void makePlainText(QMessageBox *box);

/**
 * @brief The second guard behind plain text: nothing that slips through as rich text loads a
 * resource, and no tooltip is ever rendered as HTML. GUI thread.
 *
 * install() does two things for the whole program:
 *
 * - sets QTextDocument's default resource provider to one that records the URL and answers with
 *   an empty 1x1 image, never reading a file or the network. Qt 6.4 asks a document's parent
 *   (QTextBrowser::loadResource) first and then, for a local path, tries the file itself before
 *   it asks the provider; the answer still keeps Qt's image handler from loading the file
 *   directly, and every request that reaches the provider is recorded, so tests can prove that
 *   none happened. SafeTextBrowser answers its own requests and never reaches it.
 * - filters every tooltip event of the application: a tooltip that Qt would render as rich text
 *   (Qt::mightBeRichText) and that is not plainToolTip()'s escaped form is shown as plain text
 *   instead. This covers widgets' toolTip() and the Qt::ToolTipRole of item views and headers.
 *
 * Both the GUI's main() and the tests call install(); calling it again changes nothing.
 */
class RichTextGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichTextGuard)

public:
    /// Installs the guard on the running QApplication (once).
    static void install();
    /// Every URL the default resource provider was asked for since the last clear (any thread).
    static QList<QUrl> requestedResources();
    static void clearRequestedResources();

    /// True when Qt shows @p toolTip as plain text, or it is plainToolTip()'s escaped form.
    static bool isSafeToolTip(const QString &toolTip);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RichTextGuard(QObject *parent);
};

} // namespace Inspector::Ui
