// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

#include "data/message.h"
#include "export/messagecolumns.h"

namespace Inspector::Export {

/**
 * @brief Drops (or flags) repeated deliveries of one message while a list is written out: the
 * exports, and the CLI's `messages` and `search`.
 *
 * Cross-pod delivery is at least once, so one message can come twice, in either Base64 form of
 * its id; both are one message (Ids::normalized). Copies of one message carry its one timestamp,
 * so the deduplicator holds back only the messages of the current millisecond: when two copies
 * differ, the newer version wins (the one that knows it was replaced, then the one carrying more
 * fields), and its `duplicates` count says how many were dropped. A copy that turns up after its
 * millisecond was written (a server that breaks the ordering) is dropped too and counted as late.
 * Mode::KeepAndFlag keeps every copy, in order and at once, and marks the repeats
 * (Derived::isDuplicate); Mode::Off passes everything through.
 *
 * Memory: one key per message seen, as the id's decoded bytes (about 40 bytes per message rather
 * than about 130 for the text of the id), plus one millisecond's messages. A plain value used on
 * one thread.
 */
class Deduplicator
{
public:
    enum class Mode
    {
        Drop,
        KeepAndFlag,
        Off
    };

    struct Item
    {
        Message message;
        Derived derived;
    };

    explicit Deduplicator(bool enabled = true)
        : m_mode(enabled ? Mode::Drop : Mode::Off)
    { }
    explicit Deduplicator(Mode mode)
        : m_mode(mode)
    { }

    /// Takes messages in delivery order; returns those ready to be written, in order.
    QList<Item> add(const QList<Message> &messages);
    /// Returns what is still held back (at the end of the list).
    QList<Item> flush();

    /// Copies dropped so far (0 unless Mode::Drop).
    qint64 dropped() const { return m_dropped; }
    qint64 late() const { return m_late; }
    /// Distinct message ids seen so far (held back or returned; not counted with Mode::Off).
    qint64 distinct() const { return m_distinct; }
    /// True when a message with the id of `message` was seen already.
    bool isKnown(const Message &message) const;

    /// A message key as the decoded id: byte 0 is the length. Empty for a key that is not an id
    /// of at most 31 bytes (such keys are kept as text).
    using CompactKey = std::array<uchar, 32>;
    static std::optional<CompactKey> compactKey(const QString &key);

private:
    /// A message's key, worked out once: the compact form, or the text for a key that is not an id.
    struct Key
    {
        std::optional<CompactKey> compact;
        QString text;
        bool isEmpty() const { return !compact && text.isEmpty(); }
    };
    static Key keyOf(const Message &message);
    static bool isNewer(const Message &candidate, const Message &current);
    bool seen(const Key &key) const;
    void remember(const Key &key);
    std::optional<qsizetype> groupIndex(const Key &key) const;
    QList<Item> addKeepingAll(const QList<Message> &messages);

    Mode m_mode;
    QSet<CompactKey> m_written;
    QSet<QString> m_writtenText; // keys that are not ids
    QList<Item> m_group;
    QList<Key> m_groupKeys; // m_group's keys, at the same index
    QHash<CompactKey, qsizetype> m_groupIndex;
    QHash<QString, qsizetype> m_groupIndexText;
    qint64 m_groupTime = 0;
    qint64 m_dropped = 0;
    qint64 m_late = 0;
    qint64 m_distinct = 0;
};

} // namespace Inspector::Export

QT_BEGIN_NAMESPACE
inline size_t qHash(const Inspector::Export::Deduplicator::CompactKey &key, size_t seed = 0) noexcept
{
    return qHashBits(key.data(), size_t(key[0]) + 1, seed);
}
QT_END_NAMESPACE
