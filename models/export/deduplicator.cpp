// SPDX-License-Identifier: Apache-2.0
#include "export/deduplicator.h"

#include "data/ids.h"

namespace Inspector::Export {

std::optional<Deduplicator::CompactKey> Deduplicator::compactKey(const QString &key)
{
    bool ok = false;
    const QByteArray bytes = Ids::decode(key, &ok);
    if (!ok || bytes.isEmpty() || bytes.size() >= qsizetype(CompactKey().size()))
        return std::nullopt;
    CompactKey k{};
    k[0] = uchar(bytes.size());
    std::copy(bytes.cbegin(), bytes.cend(), k.begin() + 1);
    return k;
}

bool Deduplicator::seen(const QString &key) const
{
    if (const auto k = compactKey(key))
        return m_written.contains(*k);
    return m_writtenText.contains(key);
}

void Deduplicator::remember(const QString &key)
{
    if (const auto k = compactKey(key))
        m_written.insert(*k);
    else
        m_writtenText.insert(key);
}

bool Deduplicator::isKnown(const Message &message) const
{
    const QString key = message.key();
    return !key.isEmpty() && (m_groupIndex.contains(key) || seen(key));
}

bool Deduplicator::isNewer(const Message &candidate, const Message &current)
{
    // A copy that knows it was replaced by an edit was fetched after the edit.
    if (candidate.replacedBy.isEmpty() != current.replacedBy.isEmpty())
        return !candidate.replacedBy.isEmpty();
    if (candidate.timestamp != current.timestamp)
        return candidate.timestamp > current.timestamp;
    return candidate.raw.size() > current.raw.size();
}

QList<Deduplicator::Item> Deduplicator::addKeepingAll(const QList<Message> &messages)
{
    QList<Item> ready;
    ready.reserve(messages.size());
    for (const Message &m : messages) {
        Item item{m, {}};
        if (const QString key = m.key(); !key.isEmpty()) {
            item.derived.isDuplicate = seen(key);
            if (!item.derived.isDuplicate) {
                remember(key);
                ++m_distinct;
            }
        }
        ready.append(std::move(item));
    }
    return ready;
}

QList<Deduplicator::Item> Deduplicator::add(const QList<Message> &messages)
{
    if (m_mode == Mode::KeepAndFlag)
        return addKeepingAll(messages);
    QList<Item> ready;
    if (m_mode == Mode::Off) {
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
        if (seen(key)) {
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
        ++m_distinct;
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
            remember(key);
    }
    m_groupIndex.clear();
    return std::exchange(m_group, {});
}

} // namespace Inspector::Export
