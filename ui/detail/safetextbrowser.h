// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextBrowser>
#include <QUrl>

#include <functional>

namespace Inspector::Ui {

/**
 * @brief A QTextBrowser that never loads anything and never follows a link by itself. GUI thread.
 *
 * loadResource() answers every request (image, style sheet, anything, remote or local) with an
 * inert placeholder, so neither a tracking pixel nor a local file can be pulled into the view;
 * the requests are only recorded. A click on a link asks confirmOpen() first, which shows the
 * full address; only a yes hands it to openExternally() (the system browser). Both are
 * std::function members so that tests can watch them; their defaults are an asynchronous
 * QMessageBox (no nested event loop) and QDesktopServices::openUrl().
 *
 * The style sheet for the `pml-*` classes of PresentationMl::toSafeHtml() is built from the
 * widget's palette and rebuilt when the palette changes.
 */
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// Sets the converter's HTML, styled from the current palette.
    void setSafeHtml(const QString &html);
    /// Every URL loadResource() was asked for since the last setSafeHtml().
    QList<QUrl> requestedResources() const { return m_requested; }

    /// Only these schemes may be opened at all: the converter keeps no other live link.
    static bool isOpenable(const QUrl &url);
    /// The style sheet for the pml-* classes, from `palette` only.
    static QString styleSheet(const QPalette &palette);

    /// Asks whether to open `url`; calls `decide` with the answer (possibly later).
    std::function<void(const QUrl &url, const std::function<void(bool)> &decide)> confirmOpen;
    /// Opens a confirmed URL outside the program.
    std::function<void(const QUrl &url)> openExternally;

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// A link was opened, refused by the user, or refused for its scheme: one sentence.
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);

    QString m_html;
    QList<QUrl> m_requested;
};

} // namespace Inspector::Ui
