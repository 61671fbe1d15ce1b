// SPDX-License-Identifier: Apache-2.0
#include "messagededuplicator.h"

namespace Inspector::Cli {

MessageDeduplicator::MessageDeduplicator(bool keepDuplicates)
    : m_keep(keepDuplicates)
{ }

bool MessageDeduplicator::isKnown(const Message &message) const
{
    const QString key = message.key();
    return !key.isEmpty() && m_seen.contains(key);
}

QList<MessageDeduplicator::Item> MessageDeduplicator::add(const QList<Message> &messages)
{
    QList<Item> ready;
    for (const Message &m : messages) {
        const QString key = m.key();
        // A message without a readable id cannot be matched with anything: it is always kept.
        const bool repeat = !key.isEmpty() && m_seen.contains(key);
        if (repeat && !m_keep) {
            ++m_dropped;
            if (const auto it = m_pendingIndex.constFind(key); it != m_pendingIndex.constEnd())
                ++m_pending[*it].duplicates;
            continue;
        }
        if (!key.isEmpty())
            m_seen.insert(key);
        if (m_pendingTime && *m_pendingTime != m.timestamp) {
            ready.append(m_pending);
            m_pending.clear();
            m_pendingIndex.clear();
        }
        m_pendingTime = m.timestamp;
        if (!repeat && !key.isEmpty())
            m_pendingIndex.insert(key, m_pending.size());
        m_pending.append(Item {m, 0, repeat});
    }
    return ready;
}

QList<MessageDeduplicator::Item> MessageDeduplicator::flush()
{
    QList<Item> ready = std::exchange(m_pending, {});
    m_pendingIndex.clear();
    m_pendingTime.reset();
    return ready;
}

} // namespace Inspector::Cli
