// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "data/message.h"
#include "export/messagecolumns.h"

namespace Inspector::Export {

/**
 * @brief Drops repeated deliveries of one message while an export streams.
 *
 * Cross-pod delivery is at least once, so one message can come twice, in either Base64 form of
 * its id; both are one message (Ids::normalized). Copies of one message carry its one timestamp,
 * so the deduplicator holds back only the messages of the current millisecond: when two copies
 * differ, the newer version wins (the one that knows it was replaced, then the one carrying more
 * fields), and its `duplicates` count says how many were dropped. A copy that turns up after its
 * millisecond was written (a server that breaks the ordering) is dropped too and counted as late.
 * Memory: the set of keys seen, plus one millisecond's messages.
 */
class Deduplicator
{
public:
    struct Item
    {
        Message message;
        Derived derived;
    };

    explicit Deduplicator(bool enabled = true)
        : m_enabled(enabled)
    {
    }

    /// Takes messages in delivery order; returns those ready to be written, in order.
    QList<Item> add(const QList<Message> &messages);
    /// Returns what is still held back (at the end of the export).
    QList<Item> flush();

    qint64 dropped() const { return m_dropped; }
    qint64 late() const { return m_late; }

private:
    static bool isNewer(const Message &candidate, const Message &current);

    bool m_enabled;
    QSet<QString> m_written;
    QList<Item> m_group;
    QHash<QString, qsizetype> m_groupIndex;
    qint64 m_groupTime = 0;
    qint64 m_dropped = 0;
    qint64 m_late = 0;
};

} // namespace Inspector::Export
