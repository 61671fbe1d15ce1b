// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

#include "data/message.h"

namespace Inspector::Cli {

/**
 * @brief Drops repeated deliveries of one message while a list is written out item by item.
 *
 * Cross-pod delivery is at-least-once, so a stream's history (and search results) can hold one
 * message twice, even once in URL-safe and once in standard Base64. Copies are recognised by
 * Ids::normalized() of the message id. A copy carries the timestamp of its original, so the
 * items of the current timestamp are held back until a different timestamp arrives (or flush()):
 * the kept item then knows how many copies were dropped before it is written. A copy that comes
 * later still is dropped and counted in dropped(), but can no longer be added to its original.
 *
 * A plain value used on one thread.
 */
class MessageDeduplicator
{
public:
    struct Item
    {
        Message message;
        int duplicates = 0; ///< copies dropped in favour of this item
        bool isDuplicate = false; ///< with keepDuplicates: this item repeats an earlier one
    };

    explicit MessageDeduplicator(bool keepDuplicates);

    /** Takes the next messages in server order; returns the items ready to be written, in order. */
    QList<Item> add(const QList<Message> &messages);
    /** Returns every item still held back (at the end of the list). */
    QList<Item> flush();

    /** Copies dropped so far (0 with keepDuplicates). */
    int dropped() const { return m_dropped; }
    /** Distinct messages seen so far (held back or returned). */
    int distinct() const { return int(m_seen.size()); }
    /** True when the key of @p message was seen already. */
    bool isKnown(const Message &message) const;

private:
    bool m_keep;
    int m_dropped = 0;
    QSet<QString> m_seen;
    QList<Item> m_pending;
    QHash<QString, qsizetype> m_pendingIndex;
    std::optional<qint64> m_pendingTime;
};

} // namespace Inspector::Cli
