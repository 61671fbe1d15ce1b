// SPDX-License-Identifier: Apache-2.0
#include "live/liveeventmodel.h"

#include "api/timesource.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/times.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector::Live {

namespace {

constexpr qint64 MinuteMs = 60000;

QString streamText(const Event &e)
{
    if (!e.stream.roomName.isEmpty())
        return e.stream.roomName;
    if (e.stream.streamId.isEmpty())
        return {};
    const QString type = e.stream.streamType.isEmpty() ? QString() : e.stream.streamType + u' ';
    return type + e.stream.key();
}

} // namespace

LiveEventModel::LiveEventModel(int capacity, QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Hidden, parent)
    , m_capacity(std::max(1, capacity))
{ }

LiveEventModel::~LiveEventModel() = default;

int LiveEventModel::rowTotal() const
{
    return int(m_events.size());
}

QVariant LiveEventModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Event &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return e.type;
        case TimeColumn:
            return e.timestamp > 0 ? Times::toIso(e.timestamp) : QString();
        case InitiatorColumn:
            return DisplayName::of(e.initiator);
        case StreamColumn:
            return streamText(e);
        case PreviewColumn:
            return e.preview;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.problems.isEmpty() ? QVariant() : QVariant(plainToolTip(e.problems.join(u'\n')));
    case ModelRole::Type:
        return e.type;
    case ModelRole::Stream:
        return QString(e.stream.key() + u' ' + e.stream.roomName);
    case ModelRole::Initiator:
        return QString(QString::number(e.initiator.userId) + u' ' + e.initiator.displayName + u' '
            + e.initiator.username);
    case ModelRole::Key:
        return e.key();
    case ModelRole::Timestamp:
        return e.timestamp;
    default:
        return {};
    }
}

QStringList LiveEventModel::columnTitles() const
{
    return {tr("Type"), tr("Time"), tr("Initiator"), tr("Stream"), tr("Preview")};
}

qint64 LiveEventModel::now() const
{
    return (m_time ? m_time : TimeSource::system())->nowMs();
}

void LiveEventModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (m_events.size() > m_capacity) {
        const int excess = int(m_events.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        m_events.remove(0, excess);
        endRemoveRows();
    }
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
}

void LiveEventModel::addEvents(const QList<Event> &events)
{
    if (events.isEmpty())
        return;
    const qint64 t = now();
    for (const Event &e : events) {
        ++m_byType[e.type];
        m_arrivals.enqueue(t);
    }
    m_total += events.size();
    if (m_paused) {
        m_pending.append(events);
        if (m_pending.size() > m_capacity)
            m_pending.remove(0, m_pending.size() - m_capacity);
    } else {
        append(events);
    }
    Q_EMIT countersChanged();
}

void LiveEventModel::append(const QList<Event> &events)
{
    // Only the newest `capacity` of a large batch can be shown.
    const qsizetype skip = std::max<qsizetype>(0, events.size() - m_capacity);
    const int incoming = int(events.size() - skip);
    const int excess = int(m_events.size()) + incoming - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_events.remove(0, excess);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size()) + incoming - 1);
    for (qsizetype i = skip; i < events.size(); ++i)
        m_events.append(events.at(i));
    endInsertRows();
}

void LiveEventModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && !m_pending.isEmpty()) {
        const QList<Event> pending = std::exchange(m_pending, {});
        append(pending);
    }
    Q_EMIT countersChanged();
}

void LiveEventModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_pending.clear();
    endResetModel();
    m_arrivals.clear();
    m_byType.clear();
    m_total = 0;
    Q_EMIT countersChanged();
}

int LiveEventModel::eventsLastMinute() const
{
    const qint64 from = now() - MinuteMs;
    while (!m_arrivals.isEmpty() && m_arrivals.head() <= from)
        m_arrivals.dequeue();
    return int(m_arrivals.size());
}

LiveEventFilter::LiveEventFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

LiveEventFilter::~LiveEventFilter() = default;

void LiveEventFilter::setTypes(const QStringList &types)
{
    m_types = types;
    invalidateFilter();
}

void LiveEventFilter::setStreamText(const QString &text)
{
    m_stream = text.trimmed();
    invalidateFilter();
}

void LiveEventFilter::setUserText(const QString &text)
{
    m_user = text.trimmed();
    invalidateFilter();
}

bool LiveEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_types.isEmpty() && !m_types.contains(index.data(ModelRole::Type).toString()))
        return false;
    if (!m_stream.isEmpty()) {
        // Both Base64 forms of an id match: the model's text holds the normalized form.
        const QString text = index.data(ModelRole::Stream).toString();
        if (!text.contains(m_stream, Qt::CaseInsensitive) && !text.contains(Ids::normalized(m_stream)))
            return false;
    }
    if (!m_user.isEmpty()
        && !index.data(ModelRole::Initiator).toString().contains(m_user, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Inspector::Live
