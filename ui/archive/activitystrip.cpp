// SPDX-License-Identifier: Apache-2.0
#include "archive/activitystrip.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>

#include "archive/readthread.h"
#include "common/themecolors.h"
#include "data/ids.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

using Archive::ActivityDay;
using Archive::CoverageRow;

namespace {

constexpr int Margin = 2;
/// The narrowest a day may be drawn before bars hold weeks (then months).
constexpr qreal MinBarWidth = 2.0;

QFont labelFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    return f;
}

} // namespace

ActivityStrip::ActivityStrip(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Activity"));
    updateDescription();
}

ActivityStrip::~ActivityStrip()
{
    delete m_call; // silent
}

QSize ActivityStrip::sizeHint() const
{
    const int label = QFontMetrics(labelFont(font())).height();
    return {480, std::clamp(label + 42, 48, 64)};
}

QSize ActivityStrip::minimumSizeHint() const
{
    const int label = QFontMetrics(labelFont(font())).height();
    return {120, std::clamp(label + 24, 40, 64)};
}

void ActivityStrip::setArchive(Archive::ReadThread *archive)
{
    if (archive == m_archive && archive)
        return;
    m_archive = archive;
    reload();
}

void ActivityStrip::setStream(const QString &streamId)
{
    const QString id = streamId.isEmpty() ? QString() : Ids::normalized(streamId);
    if (id == m_stream && !m_days.isEmpty())
        return;
    m_stream = id;
    reload();
}

void ActivityStrip::reload()
{
    delete m_call;
    m_error.clear();
    if (!m_archive) {
        setDays({});
        return;
    }
    const QString stream = m_stream;
    m_call = m_archive->run<QList<ActivityDay>>(
        [stream](Archive::Store &store, const std::atomic_bool &) {
            return Archive::Analysis(store).activity(stream);
        },
        [this](QList<ActivityDay> &days) {
            setDays(days);
            Q_EMIT loaded();
        });
    connect(m_call, &ServiceCall::finished, this, [this](const ApiError &error) {
        if (!error.isError())
            return;
        m_error = error.message;
        setDays({});
        Q_EMIT errorOccurred(error);
        Q_EMIT loaded();
    });
}

void ActivityStrip::setDays(const QList<ActivityDay> &days)
{
    const bool hadSelection = m_selFirst >= 0;
    m_days = days;
    m_selFirst = m_selLast = m_anchor = m_hover = -1;
    m_dragging = false;
    rebin();
    updateDescription();
    update();
    if (hadSelection)
        Q_EMIT daysSelected({}, {});
}

QDate ActivityStrip::dateOf(const ActivityDay &day)
{
    return QDateTime::fromMSecsSinceEpoch(day.dayStart, Qt::UTC).date();
}

QRect ActivityStrip::plotRect() const
{
    const int label = QFontMetrics(labelFont(font())).height();
    return rect().adjusted(Margin, Margin, -Margin, -(Margin + label + 1));
}

qreal ActivityStrip::xOfDay(int dayIndex) const
{
    const QRect plot = plotRect();
    if (m_days.isEmpty())
        return plot.left();
    return plot.left() + qreal(plot.width()) * dayIndex / m_days.size();
}

void ActivityStrip::rebin()
{
    m_bins.clear();
    m_max = 0;
    if (m_days.isEmpty())
        return;
    const qreal perDay = qreal(plotRect().width()) / m_days.size();
    m_binSize = perDay >= MinBarWidth ? BinSize::Day
        : perDay * 7 >= MinBarWidth   ? BinSize::Week
                                      : BinSize::Month;
    int yes = 0;
    int no = 0;
    auto close = [&] {
        Bin &b = m_bins.last();
        const int n = b.lastDay - b.firstDay + 1;
        b.covered = yes == n ? CoverageRow::Covered::Yes
            : no == n        ? CoverageRow::Covered::No
                             : CoverageRow::Covered::Partly;
        m_max = std::max(m_max, b.messages);
    };
    for (int i = 0; i < m_days.size(); ++i) {
        const QDate date = dateOf(m_days.at(i));
        const bool start = i == 0 || m_binSize == BinSize::Day
            || (m_binSize == BinSize::Week ? date.dayOfWeek() == 1 : date.day() == 1);
        if (start) {
            if (!m_bins.isEmpty())
                close();
            m_bins.append({i, i, 0, CoverageRow::Covered::No});
            yes = no = 0;
        }
        Bin &b = m_bins.last();
        b.lastDay = i;
        b.messages += m_days.at(i).messages;
        yes += m_days.at(i).covered == CoverageRow::Covered::Yes;
        no += m_days.at(i).covered == CoverageRow::Covered::No;
    }
    close();
}

QRect ActivityStrip::binRect(int bin) const
{
    if (bin < 0 || bin >= m_bins.size())
        return {};
    const QRect plot = plotRect();
    const int left = qRound(xOfDay(m_bins.at(bin).firstDay));
    const int right = qRound(xOfDay(m_bins.at(bin).lastDay + 1));
    return QRect(QPoint(left, plot.top()), QPoint(std::max(left, right - 1), plot.bottom()));
}

int ActivityStrip::binAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_bins.isEmpty() || !plot.contains(pos))
        return -1;
    const int day = std::clamp(
        int((pos.x() - plot.left()) * qreal(m_days.size()) / plot.width()), 0, int(m_days.size()) - 1);
    // Bins are in day order: the last one that starts at or before the day.
    const auto it = std::upper_bound(
        m_bins.cbegin(), m_bins.cend(), day, [](int d, const Bin &b) { return d < b.firstDay; });
    return int(it - m_bins.cbegin()) - 1;
}

QString ActivityStrip::binText(int bin) const
{
    if (bin < 0 || bin >= m_bins.size())
        return {};
    const Bin &b = m_bins.at(bin);
    const QDate from = dateOf(m_days.at(b.firstDay));
    const QDate to = dateOf(m_days.at(b.lastDay));
    const QLocale locale;
    QString when;
    switch (m_binSize) {
    case BinSize::Day:
        when = locale.toString(from, QLocale::LongFormat);
        break;
    case BinSize::Week:
        when = tr("%1 to %2")
                   .arg(locale.toString(from, QLocale::ShortFormat),
                       locale.toString(to, QLocale::ShortFormat));
        break;
    case BinSize::Month:
        when = locale.toString(from, u"MMMM yyyy"_s);
        break;
    }
    QString text
        = b.messages == 1 ? tr("%1: 1 message").arg(when) : tr("%1: %2 messages").arg(when).arg(b.messages);
    if (b.covered == CoverageRow::Covered::No)
        text += u'\n' + tr("No sync read these days.");
    else if (b.covered == CoverageRow::Covered::Partly)
        text += u'\n' + tr("The syncs read only part of these days.");
    return text;
}

QDate ActivityStrip::selectedFrom() const
{
    return m_selFirst >= 0 ? dateOf(m_days.at(m_bins.at(m_selFirst).firstDay)) : QDate();
}

QDate ActivityStrip::selectedTo() const
{
    return m_selLast >= 0 ? dateOf(m_days.at(m_bins.at(m_selLast).lastDay)) : QDate();
}

void ActivityStrip::clearSelection()
{
    m_dragging = false;
    m_anchor = -1;
    if (m_selFirst < 0)
        return;
    m_selFirst = m_selLast = -1;
    update();
    Q_EMIT daysSelected({}, {});
}

void ActivityStrip::updateDescription()
{
    if (!m_error.isEmpty()) {
        setAccessibleDescription(m_error);
        return;
    }
    if (m_days.isEmpty()) {
        setAccessibleDescription(tr("No messages to show."));
        return;
    }
    qint64 total = 0;
    int gaps = 0;
    for (const ActivityDay &d : std::as_const(m_days)) {
        total += d.messages;
        gaps += d.covered == CoverageRow::Covered::No;
    }
    const QLocale locale;
    setAccessibleDescription(tr("Messages per day: %1 messages from %2 to %3; days no sync read: %4.")
                                 .arg(total)
                                 .arg(locale.toString(dateOf(m_days.first()), QLocale::ShortFormat),
                                     locale.toString(dateOf(m_days.last()), QLocale::ShortFormat))
                                 .arg(gaps));
}

bool ActivityStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin >= 0) {
            QToolTip::showText(help->globalPos(), binText(bin), this, binRect(bin));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ActivityStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QRect plot = plotRect();
    // Labels recede, yet stay readable: the palette's text, blended halfway into the window.
    const QColor muted = Theme::blend(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.65);
    p.fillRect(plot, pal.color(QPalette::Base));

    const QFont small = labelFont(font());
    p.setFont(small);
    const QFontMetrics fm(small);
    const QRect labels(plot.left(), plot.bottom() + 2, plot.width(), fm.height());

    if (m_days.isEmpty()) {
        p.setPen(muted);
        p.drawText(plot, Qt::AlignCenter, m_error.isEmpty() ? tr("No messages") : m_error);
    } else {
        const QColor bar = pal.color(QPalette::Highlight);
        const QColor faded = Theme::blend(bar, pal.color(QPalette::Base), 0.35);
        const QColor hatch = Theme::blend(pal.color(QPalette::WindowText), pal.color(QPalette::Base), 0.45);
        // Days no sync read, hatched day by day (merged into runs of days), whatever the bars hold.
        for (int i = 0; i < m_days.size();) {
            const CoverageRow::Covered covered = m_days.at(i).covered;
            int end = i + 1;
            while (end < m_days.size() && m_days.at(end).covered == covered)
                ++end;
            if (covered != CoverageRow::Covered::Yes) {
                const int left = qRound(xOfDay(i));
                const int right = std::max(left + 1, int(qRound(xOfDay(end))));
                p.fillRect(QRect(left, plot.top(), right - left, plot.height()),
                    QBrush(
                        hatch, covered == CoverageRow::Covered::No ? Qt::BDiagPattern : Qt::Dense5Pattern));
            }
            i = end;
        }
        for (int i = 0; i < m_bins.size(); ++i) {
            const Bin &b = m_bins.at(i);
            const QRect r = binRect(i);
            if (b.messages <= 0 || m_max <= 0)
                continue;
            const int h = std::max(1, int(qRound(qreal(plot.height()) * b.messages / m_max)));
            const QRect column(
                r.left(), plot.bottom() - h + 1, r.width() >= 4 ? r.width() - 1 : r.width(), h);
            // With days selected, the bars outside them fade: a full bar would hide the selection.
            const bool outside = m_selFirst >= 0 && (i < m_selFirst || i > m_selLast);
            p.fillRect(column, outside ? faded : bar);
        }
        if (m_selFirst >= 0) {
            const QRect sel = binRect(m_selFirst).united(binRect(m_selLast));
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlpha(60);
            p.fillRect(sel, fill);
            p.setPen(QPen(pal.color(QPalette::Text), 1));
            p.drawRect(sel.adjusted(0, 0, -1, -1));
        }
        if (m_hover >= 0) {
            p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
            p.drawRect(binRect(m_hover).adjusted(0, 0, -1, -1));
        }

        // The first and last days, and the years between them.
        p.setPen(muted);
        const QLocale locale;
        const QString first = locale.toString(dateOf(m_days.first()), QLocale::ShortFormat);
        const QString last = locale.toString(dateOf(m_days.last()), QLocale::ShortFormat);
        p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, first);
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, last);
        const int leftEnd = labels.left() + fm.horizontalAdvance(first) + 8;
        const int rightStart = labels.right() - fm.horizontalAdvance(last) - 8;
        int lastTextEnd = leftEnd;
        for (int i = 1; i < m_days.size(); ++i) {
            const QDate d = dateOf(m_days.at(i));
            if (d.month() != 1 || d.day() != 1)
                continue;
            const int x = qRound(xOfDay(i));
            p.drawLine(x, plot.bottom() + 1, x, plot.bottom() + 3);
            const QString year = QString::number(d.year());
            const int w = fm.horizontalAdvance(year);
            if (x + 2 > lastTextEnd && x + 2 + w < rightStart) {
                p.drawText(
                    QRect(x + 2, labels.top(), w, labels.height()), Qt::AlignLeft | Qt::AlignVCenter, year);
                lastTextEnd = x + 2 + w + 6;
            }
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = plot.adjusted(-1, -1, 1, 1);
        option.backgroundColor = pal.color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void ActivityStrip::resizeEvent(QResizeEvent *event)
{
    const BinSize before = m_binSize;
    const int firstSelected = m_selFirst >= 0 ? m_bins.at(m_selFirst).firstDay : -1;
    const int lastSelected = m_selLast >= 0 ? m_bins.at(m_selLast).lastDay : -1;
    rebin();
    if (before != m_binSize) {
        // Keep the selected days: the bars that hold them.
        m_hover = -1;
        m_anchor = -1;
        m_selFirst = m_selLast = -1;
        for (int i = 0; i < m_bins.size() && firstSelected >= 0; ++i) {
            if (m_bins.at(i).firstDay <= firstSelected && firstSelected <= m_bins.at(i).lastDay)
                m_selFirst = i;
            if (m_bins.at(i).firstDay <= lastSelected && lastSelected <= m_bins.at(i).lastDay)
                m_selLast = i;
        }
        if (m_selFirst < 0 || m_selLast < 0)
            m_selFirst = m_selLast = -1;
    }
    QWidget::resizeEvent(event);
}

void ActivityStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int bin = binAt(event->position().toPoint());
    if (bin < 0) {
        clearSelection();
        return;
    }
    m_dragging = true;
    m_anchor = m_selFirst = m_selLast = bin;
    update();
}

void ActivityStrip::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        const QRect plot = plotRect();
        const int bin = binAt(QPoint(std::clamp(pos.x(), plot.left(), plot.right()), plot.center().y()));
        if (bin >= 0) {
            m_selFirst = std::min(m_anchor, bin);
            m_selLast = std::max(m_anchor, bin);
        }
    }
    const int hover = binAt(pos);
    if (hover != m_hover || m_dragging) {
        m_hover = hover;
        update();
    }
}

void ActivityStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    update();
    if (m_selFirst >= 0)
        Q_EMIT daysSelected(selectedFrom(), selectedTo());
}

void ActivityStrip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_selFirst >= 0) {
        clearSelection();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ActivityStrip::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void ActivityStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        setAccessibleName(tr("Activity"));
        updateDescription();
    }
    if (event->type() == QEvent::FontChange) {
        rebin();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace Inspector::Ui
