// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QStringList>

#include "data/event.h"

namespace Inspector::Live {

/**
 * @brief Drops events already seen, keyed on (type, id, timestamp, messageId) (Event::key()).
 *
 * Feeds deliver at least once (an unacknowledged batch comes back) and an event's `id` alone can
 * repeat for simultaneous actions, hence the four-part key. Memory is bounded: only the last
 * `capacity` keys are remembered, oldest forgotten first; redeliveries come within a few batches,
 * so a few thousand keys are plenty. A plain value used on one thread.
 */
class EventDeduplicator
{
public:
    explicit EventDeduplicator(int capacity = 10000);

    /** True (and the key remembered) the first time; false, counted as dropped, for a repeat. */
    bool accept(const Event &event);
    /** Remembers a key without counting anything (keys reloaded from a capture). */
    void remember(const QString &key);
    bool contains(const QString &key) const { return m_keys.contains(key); }

    int capacity() const { return m_capacity; }
    qint64 dropped() const { return m_dropped; }
    /** Dropped duplicates per event type. */
    const QHash<QString, qint64> &droppedByType() const { return m_droppedByType; }
    /** The remembered keys, oldest first (what a capture's state file keeps). */
    QStringList keys() const;
    void clear();

private:
    int m_capacity;
    QSet<QString> m_keys;
    QQueue<QString> m_order;
    qint64 m_dropped = 0;
    QHash<QString, qint64> m_droppedByType;
};

} // namespace Inspector::Live
