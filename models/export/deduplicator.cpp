// SPDX-License-Identifier: Apache-2.0
#include "export/deduplicator.h"

namespace Inspector::Export {

bool Deduplicator::isNewer(const Message &candidate, const Message &current)
{
    // A copy that knows it was replaced by an edit was fetched after the edit.
    if (candidate.replacedBy.isEmpty() != current.replacedBy.isEmpty())
        return !candidate.replacedBy.isEmpty();
    if (candidate.timestamp != current.timestamp)
        return candidate.timestamp > current.timestamp;
    return candidate.raw.size() > current.raw.size();
}

QList<Deduplicator::Item> Deduplicator::add(const QList<Message> &messages)
{
    QList<Item> ready;
    if (!m_enabled) {
        ready.reserve(messages.size());
        for (const Message &m : messages)
            ready.append({m, {}});
        return ready;
    }
    for (const Message &m : messages) {
        if (!m_group.isEmpty() && m.timestamp != m_groupTime)
            ready += flush();
        const QString key = m.key();
        if (key.isEmpty()) {
            // Without a readable id a message cannot be matched with anything: always kept.
            m_groupTime = m.timestamp;
            m_group.append({m, {}});
            continue;
        }
        if (m_written.contains(key)) {
            ++m_dropped;
            ++m_late;
            continue;
        }
        const auto it = m_groupIndex.constFind(key);
        if (it != m_groupIndex.constEnd()) {
            Item &held = m_group[*it];
            ++m_dropped;
            const int dups = held.derived.duplicates + 1;
            if (isNewer(m, held.message))
                held.message = m;
            held.derived.duplicates = dups;
            continue;
        }
        m_groupTime = m.timestamp;
        m_groupIndex.insert(key, m_group.size());
        m_group.append({m, {}});
    }
    return ready;
}

QList<Deduplicator::Item> Deduplicator::flush()
{
    for (const Item &item : std::as_const(m_group)) {
        if (const QString key = item.message.key(); !key.isEmpty())
            m_written.insert(key);
    }
    m_groupIndex.clear();
    return std::exchange(m_group, {});
}

} // namespace Inspector::Export
