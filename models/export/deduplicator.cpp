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
    CompactKey k {};
    k[0] = uchar(bytes.size());
    std::copy(bytes.cbegin(), bytes.cend(), k.begin() + 1);
    return k;
}

Deduplicator::Key Deduplicator::keyOf(const Message &message)
{
    Key k;
    const QString key = message.key();
    if (key.isEmpty())
        return k;
    k.compact = compactKey(key);
    if (!k.compact)
        k.text = key;
    return k;
}

bool Deduplicator::seen(const Key &key) const
{
    return key.compact ? m_written.contains(*key.compact) : m_writtenText.contains(key.text);
}

void Deduplicator::remember(const Key &key)
{
    if (key.compact)
        m_written.insert(*key.compact);
    else
        m_writtenText.insert(key.text);
}

std::optional<qsizetype> Deduplicator::groupIndex(const Key &key) const
{
    if (key.compact) {
        const auto it = m_groupIndex.constFind(*key.compact);
        return it == m_groupIndex.constEnd() ? std::nullopt : std::optional<qsizetype>(*it);
    }
    const auto it = m_groupIndexText.constFind(key.text);
    return it == m_groupIndexText.constEnd() ? std::nullopt : std::optional<qsizetype>(*it);
}

bool Deduplicator::isKnown(const Message &message) const
{
    const Key key = keyOf(message);
    return !key.isEmpty() && (groupIndex(key) || seen(key));
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
        Item item {m, {}};
        if (const Key key = keyOf(m); !key.isEmpty()) {
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
        Key key = keyOf(m);
        if (key.isEmpty()) {
            // Without a readable id a message cannot be matched with anything: always kept.
            m_groupTime = m.timestamp;
            m_group.append({m, {}});
            m_groupKeys.append(std::move(key));
            continue;
        }
        if (seen(key)) {
            ++m_dropped;
            ++m_late;
            continue;
        }
        if (const std::optional<qsizetype> index = groupIndex(key)) {
            Item &held = m_group[*index];
            ++m_dropped;
            const int dups = held.derived.duplicates + 1;
            if (isNewer(m, held.message))
                held.message = m;
            held.derived.duplicates = dups;
            continue;
        }
        ++m_distinct;
        m_groupTime = m.timestamp;
        if (key.compact)
            m_groupIndex.insert(*key.compact, m_group.size());
        else
            m_groupIndexText.insert(key.text, m_group.size());
        m_group.append({m, {}});
        m_groupKeys.append(std::move(key));
    }
    return ready;
}

QList<Deduplicator::Item> Deduplicator::flush()
{
    for (const Key &key : std::as_const(m_groupKeys)) {
        if (!key.isEmpty())
            remember(key);
    }
    m_groupKeys.clear();
    m_groupIndex.clear();
    m_groupIndexText.clear();
    return std::exchange(m_group, {});
}

} // namespace Inspector::Export
