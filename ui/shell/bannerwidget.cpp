// SPDX-License-Identifier: Apache-2.0
#include "shell/bannerwidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

#include "api/apierror.h"
#include "common/themecolors.h"

namespace Inspector::Ui {

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message banner"));

    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);

    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));

    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(120);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_actionButton);
    row->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) { m_details->setVisible(on); });
    connect(m_closeButton, &QToolButton::clicked, this, &BannerWidget::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, &BannerWidget::triggerAction);
    m_actionButton->hide();
    hide();
}

void BannerWidget::showMessage(Level level, const QString &text, const QString &details)
{
    m_level = level;
    m_action = nullptr;
    m_actionButton->hide();
    m_text->setText(text);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColours();
    show();
}

void BannerWidget::showError(const ApiError &error)
{
    if (!error.isError() || error.isCancelled())
        return;
    QString details = error.details;
    if (error.httpStatus != 0 || error.serverCode != 0 || !error.serverMessage.isEmpty()) {
        QStringList lines;
        if (error.httpStatus != 0)
            lines << tr("HTTP status: %1").arg(error.httpStatus);
        if (error.serverCode != 0)
            lines << tr("Server code: %1").arg(error.serverCode);
        if (!error.serverMessage.isEmpty())
            lines << tr("Server message: %1").arg(error.serverMessage);
        if (!details.isEmpty())
            lines << details;
        details = lines.join(u'\n');
    }
    showMessage(error.isTransient() ? Level::Warning : Level::Error, error.message, details);
}

void BannerWidget::dismiss()
{
    m_action = nullptr;
    m_actionButton->hide();
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

void BannerWidget::setAction(const QString &text, std::function<void()> onTriggered)
{
    m_action = std::move(onTriggered);
    m_actionButton->setText(text);
    m_actionButton->setAccessibleName(text);
    m_actionButton->setVisible(bool(m_action));
}

QString BannerWidget::actionText() const
{
    return m_action ? m_actionButton->text() : QString();
}

void BannerWidget::triggerAction()
{
    // Taken first: the action may show another message.
    std::function<void()> action = std::exchange(m_action, nullptr);
    dismiss();
    if (action)
        action();
}

QString BannerWidget::text() const
{
    return m_text->text();
}

QString BannerWidget::details() const
{
    return m_details->toPlainText();
}

bool BannerWidget::detailsVisible() const
{
    return m_details->isVisibleTo(this);
}

void BannerWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The banner's own palette is never set, so it follows the window's (light or dark theme).
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

QColor BannerWidget::background() const
{
    switch (m_level) {
    case Level::Warning:
        return Theme::warningBackground(palette());
    case Level::Error:
        return Theme::errorBackground(palette());
    case Level::Info:
        break;
    }
    return Theme::infoBackground(palette());
}

QColor BannerWidget::foreground() const
{
    return m_level == Level::Error ? Theme::errorText(palette()) : palette().color(QPalette::WindowText);
}

void BannerWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), background());
    painter.end();
    QFrame::paintEvent(event);
}

void BannerWidget::applyColours()
{
    QPalette text = m_text->palette();
    text.setColor(QPalette::WindowText, foreground());
    m_text->setPalette(text);
    update();
}

} // namespace Inspector::Ui
