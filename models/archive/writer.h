// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "data/event.h"
#include "data/localresult.h"
#include "data/message.h"
#include "data/receipt.h"

namespace Inspector::Archive {

class Store;

/// What one stream is, as a listing or an info call showed it.
struct StreamRecord
{
    QString id; ///< normalised
    QString type; ///< IM, MIM, ROOM, POST
    QString name; ///< room name; empty otherwise
    bool active = true;
    bool crossPod = false;
    QByteArray raw; ///< the server's object, compact JSON
};

/// One member of a stream at the time of a sync.
struct MemberRecord
{
    qint64 userId = 0;
    bool owner = false;
    qint64 joinDate = 0;
    QString displayName;
    QString email;
    QString username;
};

/// What storing a page changed.
struct PageCounts
{
    int seen = 0;
    int added = 0;
    int revised = 0;
    int restored = 0; ///< seen again after being marked missing
    qint64 newestTimestamp = 0;
};

/// A sync run's counts, kept in its row. What a write stores (new streams, messages seen, new,
/// revised, missing, member changes) is added to the row in the write's own transaction, so a run
/// killed at any instant counts exactly what it kept.
struct RunCounts
{
    int streams = 0;
    int streamsNew = 0;
    qint64 messagesSeen = 0;
    qint64 messagesNew = 0;
    qint64 revisions = 0;
    qint64 missing = 0;
    qint64 memberChanges = 0;
    qint64 requests = 0;
    qint64 throttled = 0;
    qint64 events = 0; ///< live events stored new (`feed --archive`)
    qint64 receipts = 0; ///< receipts stored new or changed (`archive sync --receipts`)
    qint64 files = 0; ///< attachments tied to their file (`archive sync --attachments`)
    qint64 fileFailures = 0; ///< attachment downloads that failed (each keeps its reason)
};

/// One attachment of a stored message, as the message lists it, and its file once kept.
struct AttachmentRecord
{
    QString streamId;
    QString messageId; ///< normalised
    QString attachmentId; ///< the file id the message lists
    QString name; ///< as the server sent it (sanitise it before using it as a file name)
    qint64 size = 0; ///< as listed
    QByteArray fileHash; ///< SHA-256 of the kept file; empty while not kept
    qint64 fileSize = 0;
    QString contentType; ///< sniffed from the file's bytes
    QString error; ///< why the last download failed
    qint64 timestamp = 0; ///< the message's
};

/**
 * @brief Every write to an archive, each in its own transaction.
 *
 * Keys: a message is `(stream, normalised id)`, so both Base64 forms of an id are one message and a
 * page read twice stores nothing twice. Content: a message keeps the server's bytes of every
 * version it was seen with (message_revision); a new version is kept only when the bytes differ
 * and their canonical JSON (keys sorted) differs too. The page, the stream's cursor and the
 * coverage of the pass commit together, so a kill leaves either all of a page or none of it.
 */
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::Writer)
public:
    explicit Writer(Store &store);

    /// Starts a run. Marks runs left "running" by a process that died as "interrupted" (the caller
    /// holds the archive's writer lock), and refuses an archive of another pod.
    Result<qint64> startRun(
        const QString &kind, const QString &pod, const QString &scope, const QString &options);
    Result<> finishRun(qint64 run, const QString &status, const RunCounts &counts, const QString &error = {});
    /// Saves the counts no write adds by itself: streams in the run, requests, 429 answers.
    Result<> saveCounts(qint64 run, const RunCounts &counts);

    /// Stores a stream; true when it is new to the archive. A change of its object is a new revision.
    Result<bool> storeStream(qint64 run, const StreamRecord &stream);

    /// Where the next pass over a stream starts: its newest stored timestamp minus @p lookbackMs,
    /// or @p floor for a stream never synced (or synced only from a later floor: the older part is
    /// fetched, so an interrupted first sync leaves no gap).
    Result<qint64> passStart(const QString &streamId, qint64 floor, qint64 lookbackMs);
    /// Records the start of a pass over [@p from, @p to] (its coverage row).
    Result<> beginPass(qint64 run, const QString &streamId, qint64 from, qint64 to);
    /// The messages of a stream that run @p run saw between @p from and @p to (ids, oldest first).
    Result<QStringList> messagesSeen(qint64 run, const QString &streamId, qint64 from, qint64 to);
    /// Stores a message's receipts in one transaction: one row per reader, its times filled in as
    /// they come (a time once seen is kept). The count of receipts new or changed.
    Result<int> storeReceipts(
        qint64 run, const QString &streamId, const QString &messageId, const QList<Receipt> &receipts);
    /// Stores a batch of live events in one transaction, each once whatever the run: an event seen
    /// before (a feed delivers at least once) is left as it is. The count of new ones.
    Result<int> storeEvents(qint64 run, const QList<Event> &events);
    /// Stores one page of a stream's messages with the stream's cursor, in one transaction.
    Result<PageCounts> storePage(
        qint64 run, const QString &streamId, qint64 passFrom, const QList<Message> &page);
    /// Ends a pass that read everything from @p from to @p to: messages stored in that range that
    /// this run did not see are marked missing from this run on (never deleted). The count.
    Result<int> finishPass(qint64 run, const QString &streamId, qint64 from, qint64 to);

    /// The attachments of @p streamId not tied to a file yet (whatever run stored them: a download a
    /// kill or a failure left undone is done by the next sync), oldest message first.
    Result<QList<AttachmentRecord>> attachmentsWithoutFile(const QString &streamId);
    /// A file of the same attachment id already kept in @p streamId (an attachment forwarded with
    /// its message): its hash, size and type, or an empty hash.
    Result<AttachmentRecord> knownFile(const QString &streamId, const QString &attachmentId);
    /// Ties @p attachment to its file (fileHash, fileSize, contentType), which AttachmentFiles
    /// holds already (SQLite) or keeps in this transaction from @p bytes (PostgreSQL).
    Result<> tieAttachment(qint64 run, const AttachmentRecord &attachment, const QByteArray &bytes);
    /// Records why @p attachment could not be downloaded; the next sync tries again.
    Result<> attachmentFailed(qint64 run, const AttachmentRecord &attachment, const QString &reason);

    /// Replaces the stream's open membership intervals by @p members; the number of changes
    /// (joins, leaves, owner changes).
    Result<int> storeMembers(qint64 run, const QString &streamId, const QList<MemberRecord> &members);

private:
    Result<> storeMessage(qint64 run, const QString &streamId, const Message &message, PageCounts *counts);
    Result<> storeAttachments(qint64 run, const QString &streamId, const Message &message);
    Result<> storePerson(
        qint64 run, qint64 userId, const QString &displayName, const QString &email, const QString &username);
    /// @p revisionRow: the revision's rowid in SQLite (unused in PostgreSQL).
    Result<> index(const QString &streamId, const QString &messageId, int rev, const QVariant &revisionRow,
        const QString &body, const QString &sender);
    QString streamName(const QString &streamId);
    /// The next message's place in the order of first storage (one writer per archive: see
    /// Store::lockForWriting).
    qint64 nextSequence();

    Store &m_store;
    QHash<qint64, QByteArray> m_personHash; ///< users written by this writer, by the hash written
    QHash<QString, QString> m_streamNames;
    qint64 m_sequence = -1;
};

/// SHA-256 of @p bytes.
QByteArray contentHash(const QByteArray &bytes);
/// Keys sorted, no spaces, ids in one Base64 form, without the names the pod repeats in every
/// message: two objects that differ only in these are one version of a message (or stream).
QByteArray canonical(const QByteArray &json);

} // namespace Inspector::Archive
