// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

#include "archive/writer.h"
#include "data/localresult.h"
#include "data/message.h"

class QSqlQuery;

namespace Inspector::Archive {

class Store;

/// One sync (or feed) run as stored.
struct RunRow
{
    qint64 id = 0;
    QString kind;
    QString status; ///< running, finished, partial, failed, cancelled, interrupted
    QString scope;
    QString options;
    QString error;
    qint64 startedAt = 0;
    qint64 endedAt = 0; ///< 0 while running or when the process died
    RunCounts counts;
};

/// One live event as `feed --archive` stored it.
struct StoredEvent
{
    qint64 run = 0;
    QString type;
    qint64 timestamp = 0;
    QString eventId;
    QString streamId; ///< normalised; empty for events about no stream
    QString messageId; ///< normalised; empty for events about no message
    QByteArray json; ///< the server's V4Event
};

/// One reader's receipt of a message, as `archive sync --receipts` last saw it.
struct StoredReceipt
{
    QString messageId; ///< normalised
    qint64 userId = 0;
    std::optional<qint64> deliveredAt;
    std::optional<qint64> readAt;
    std::optional<qint64> emailedAt;
    qint64 firstRun = 0;
    qint64 lastRun = 0;
    QByteArray json; ///< the server's MessageReceiptDetail item, as last seen
};

/// What an archive holds.
struct ArchiveSummary
{
    QString location;
    QString pod;
    QString created;
    int schemaVersion = 0;
    qint64 streams = 0;
    qint64 messages = 0;
    qint64 revisions = 0; ///< kept versions beyond the first
    qint64 missing = 0;
    qint64 people = 0;
    qint64 memberships = 0;
    qint64 events = 0; ///< live events stored by `feed --archive`
    qint64 bytes = 0;
    std::optional<RunRow> lastFinished; ///< the last sync that finished (feed runs are not syncs)
    QList<RunRow> runs; ///< newest first
};

/// One stream as stored, with its counts.
struct StoredStream
{
    QString id;
    QString type;
    QString name;
    bool active = true;
    bool crossPod = false;
    int revisions = 1;
    qint64 messages = 0;
    qint64 missing = 0;
    qint64 oldest = 0;
    qint64 newest = 0;
    qint64 firstRun = 0;
    qint64 lastRun = 0;
};

/// One version of a message's content.
struct StoredRevision
{
    int rev = 1;
    qint64 firstRun = 0;
    qint64 lastRun = 0;
    QByteArray json; ///< the server's bytes
};

/// One message as stored: its current columns and (on request) every version.
struct StoredMessage
{
    QString streamId;
    QString messageId; ///< normalised
    qint64 timestamp = 0;
    qint64 senderId = 0;
    QString sender;
    QString line;
    int flags = 0;
    int attachments = 0;
    QString parentId;
    QString replacing;
    QString replacedBy;
    int rev = 1;
    qint64 firstRun = 0;
    qint64 lastRun = 0;
    qint64 missingRun = 0; ///< 0 = still returned by the pod
    QByteArray json; ///< the current version's bytes
    QList<StoredRevision> revisions; ///< oldest first; filled when asked for
};

/**
 * @brief How a stored message is read back from `message m JOIN message_revision r` (its current
 * version): the columns to select, in this order, and the row they give. One reading for Reader
 * and BrowseReader.
 */
struct StoredMessageColumns
{
    /// "m.stream_id, m.message_id, …, r.json": Count columns, the JSON last.
    static QString list();
    static constexpr int Count = 16;
    /// The message of the current row of @p query, selected with list() first.
    static StoredMessage at(const QSqlQuery &query);
};

/**
 * @brief A stream's stored messages as the pod's history pages would bring them: oldest first
 * (within a millisecond in the order the pod gave), each parsed from the server's bytes, so an
 * export from the archive writes what an export from the pod writes. Keyset paging on (time, order).
 */
class MessagePages
{
public:
    MessagePages(
        Store &store, const QString &streamId, std::optional<qint64> since, std::optional<qint64> until);
    /// The next page of at most @p max messages; empty at the end.
    Result<QList<Message>> next(int max);

private:
    Store &m_store;
    QString m_streamId;
    qint64 m_until;
    qint64 m_ts;
    qint64 m_seq = -1;
};

/// Reads an archive; nothing here touches the pod.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::Reader)
public:
    explicit Reader(Store &store);

    Result<ArchiveSummary> summary();
    Result<QList<StoredStream>> streams();
    /// The messages of a stream oldest first within [since, until] (ms; nullopt = open), one by one.
    /// @p sink must not use the store: the messages are read from it while it runs.
    Result<> messages(const QString &streamId, std::optional<qint64> since, std::optional<qint64> until,
        bool withRevisions, const std::function<void(const StoredMessage &)> &sink);
    /// Messages whose text, sender or stream name holds every term (any version of the text);
    /// newest first, at most @p limit.
    Result<QList<StoredMessage>> search(const QString &query, int limit);
    /// The stored receipts of a stream's messages (of one message when @p messageId is set), in
    /// the order of the messages, then of the readers' ids.
    Result<> receipts(const QString &streamId, const QString &messageId,
        const std::function<void(const StoredReceipt &)> &sink);
    /// The attachments of a stream's stored messages (of one message when @p messageId is set), in
    /// the order of the messages, each with its kept file's hash (AttachmentFiles reads it) or why
    /// its download failed.
    Result<QList<AttachmentRecord>> attachments(const QString &streamId, const QString &messageId = {});
    /// The stored live events from @p since to @p until (epoch ms), of @p types (all when empty),
    /// oldest first, one by one to @p sink.
    Result<> events(std::optional<qint64> since, std::optional<qint64> until, const QStringList &types,
        const std::function<void(const StoredEvent &)> &sink);

private:
    Store &m_store;
};

} // namespace Inspector::Archive
