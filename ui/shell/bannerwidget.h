// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFrame>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Inspector {
struct ApiError;
}

namespace Inspector::Ui {

/**
 * @brief An inline banner at the top of the window: one sentence, an optional "Details" expander
 * with the raw material (server body, Qt's error string), and a dismiss button.
 *
 * Colours come from the palette (Theme), recomputed when the palette changes, so a dark system
 * theme works. Lives on the GUI thread. Hidden until showMessage()/showError().
 */
class BannerWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerWidget)

public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit BannerWidget(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &details = {});
    /// Cancellations are not errors to users: they are ignored.
    void showError(const Inspector::ApiError &error);
    void dismiss();
    /// A button after the text of the message shown now, that runs @p onTriggered (and dismisses
    /// the banner); the next message or a dismissal removes it.
    void setAction(const QString &text, std::function<void()> onTriggered);
    /// The action's text, empty when the message has none.
    QString actionText() const;
    void triggerAction();

    Level level() const { return m_level; }
    QString text() const;
    QString details() const;
    bool detailsVisible() const;
    /// The colours in use, from the current palette and level.
    QColor background() const;
    QColor foreground() const;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColours();

    Level m_level = Level::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QPushButton *m_actionButton;
    std::function<void()> m_action;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_details;
};

} // namespace Inspector::Ui
