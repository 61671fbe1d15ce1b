// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QQueue>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "data/event.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"

namespace Inspector {
class TimeSource;
}

namespace Inspector::Live {

/**
 * @brief The live event log: the last `capacity` events as a table (type, time, initiator,
 * stream, message preview), with counters per type and the arrival rate.
 *
 * A ring buffer: when full, the oldest rows go first. Paused, the view stays still: new events are
 * counted at once but held (at most `capacity` of them) and shown on resume. Arrival times come
 * from the TimeSource, so the rate is testable. Lives on the GUI thread.
 */
class LiveEventModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEventModel)

public:
    enum Column
    {
        TypeColumn,
        TimeColumn,
        InitiatorColumn,
        StreamColumn,
        PreviewColumn,
        ColumnCount
    };

    explicit LiveEventModel(int capacity = 5000, QObject *parent = nullptr);
    ~LiveEventModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setTimeSource(TimeSource *time) { m_time = time; }
    int capacity() const { return m_capacity; }
    /** Shrinking drops the oldest rows. At least 1. */
    void setCapacity(int capacity);

    void addEvents(const QList<Event> &events);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }
    void clear();

    const Event &eventAt(int row) const { return m_events.at(row); }
    qint64 totalEvents() const { return m_total; }
    const QHash<QString, qint64> &countsByType() const { return m_byType; }
    /** Events that arrived during the last minute (arrival time, TimeSource). */
    int eventsLastMinute() const;

Q_SIGNALS:
    void countersChanged();

private:
    void append(const QList<Event> &events);
    qint64 now() const;

    int m_capacity;
    TimeSource *m_time = nullptr;
    QList<Event> m_events;
    QList<Event> m_pending;
    mutable QQueue<qint64> m_arrivals;
    QHash<QString, qint64> m_byType;
    qint64 m_total = 0;
    bool m_paused = false;

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

/**
 * @brief Filters a LiveEventModel by event type (a set), stream and user (case-insensitive text
 * in the stream id or room name, the user id, name or username). Empty filters let everything through.
 */
class LiveEventFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEventFilter)

public:
    explicit LiveEventFilter(QObject *parent = nullptr);
    ~LiveEventFilter() override;

    void setTypes(const QStringList &types);
    QStringList types() const { return m_types; }
    void setStreamText(const QString &text);
    void setUserText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_types;
    QString m_stream;
    QString m_user;
};

} // namespace Inspector::Live
