// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/apierror.h"
#include "archive/files.h"
#include "archive/writer.h"

namespace Inspector {
class ApiClient;
class ApiJob;
class Pager;
class StreamDirectory;
} // namespace Inspector

namespace Inspector::Archive {

class Store;

/// What an `archive sync` fetches.
struct SyncOptions
{
    enum class Scope
    {
        Streams, ///< the streams named in `streams`
        Mine, ///< the streams the account is a member of
        Admin ///< every stream of the enterprise (an administrator's account)
    };
    Scope scope = Scope::Mine;
    QStringList streams; ///< Scope::Streams: ids in either Base64 form
    QStringList types; ///< IM, MIM, ROOM, POST; empty = all
    bool includeInactive = false;
    qint64 since = 0; ///< the oldest message time a first sync fetches (ms)
    qint64 lookbackMs = 7LL * 24 * 3600 * 1000; ///< what each later sync reads again
    bool members = false;
    bool receipts = false; ///< each message's receipts (an administrator's listing), per message read
    bool attachments = false; ///< download the files of the attachments (AttachmentFiles)
    int concurrency = 4;

    QString scopeText() const;
    QString optionsText() const;
};

/// Where a sync stands, for a progress line.
struct SyncProgress
{
    int streamsTotal = 0;
    int streamsDone = 0;
    int streamsFailed = 0;
    int running = 0;
    qint64 messages = 0; ///< messages read so far
    qint64 elapsedMs = 0;

    /// The time left at the pace of the streams done so far (rough while a few big streams
    /// dominate); nullopt before the first stream is done, or after the last.
    std::optional<qint64> remainingMs() const
    {
        if (streamsDone <= 0 || streamsTotal <= streamsDone)
            return std::nullopt;
        return elapsedMs * (streamsTotal - streamsDone) / streamsDone;
    }
};

/// One attachment a sync could not download, and why (the next sync tries again).
struct FileFailure
{
    QString streamId;
    QString messageId;
    QString attachmentId;
    QString name;
    QString message;
};

/// One stream of a sync as it goes, for a progress list.
struct SyncStreamState
{
    enum class State
    {
        Waiting, ///< listed, not started yet
        Running,
        Done,
        Failed
    };
    QString streamId;
    QString name;
    QString type;
    State state = State::Waiting;
    qint64 messages = 0; ///< messages read in this run
    qint64 startedMs = 0; ///< when it started running, since the run started
    qint64 endedMs = 0; ///< when it ended, since the run started
    QString failure;
};

/// One stream a sync could not finish, and why.
struct StreamFailure
{
    QString streamId;
    QString name;
    QString message;
};

/**
 * @brief One `archive sync` run: lists the streams of a scope, then reads each stream's messages
 * from its cursor (minus the look-back window) to now, several streams at once, and writes every
 * page through one Writer on this thread, each page one transaction with its cursor.
 *
 * Kill it at any instant and run it again: the pages that were committed are kept, and the next
 * run reads again from each stream's cursor; ids make every message stored once. A stream whose
 * reading fails is reported and the others go on; the run is then "partial". finished() comes
 * once; cancel() stops every request at once and marks the run "cancelled".
 *
 * With SyncOptions::attachments, each stream's pass is followed by the downloads of its attachments
 * that have no file yet (one at a time per stream, through Requests::attachment and its caps): a
 * file is kept (AttachmentFiles) before its attachment is tied to it, so a kill leaves at most a
 * file that the next sync ties. A failed download is recorded with its reason and the run goes on
 * (it ends "partial", listed in fileFailures()).
 */
class Sync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sync)
public:
    Sync(ApiClient *client, Store *store, const SyncOptions &options, QObject *parent = nullptr);
    ~Sync() override;

    void start();
    void cancel();

    qint64 runId() const { return m_run; }
    const RunCounts &counts() const { return m_counts; }
    const QList<StreamFailure> &failures() const { return m_failures; }
    const QList<FileFailure> &fileFailures() const { return m_fileFailures; }
    SyncProgress progressNow() const;

Q_SIGNALS:
    void progress(const Inspector::Archive::SyncProgress &progress);
    /// A stream was listed, started, read a page, ended or failed (before the progress it changes).
    void streamChanged(const Inspector::Archive::SyncStreamState &stream);
    /// Once. @p error is empty when the run finished (streams that failed are in failures()).
    void finished(const QString &error);

private:
    struct Work
    {
        QString streamId;
        QString name;
        QString type;
        qint64 from = 0;
        qint64 to = 0;
        QPointer<Pager> pager;
        QPointer<ApiJob> job; ///< an attachment download
        qint64 messages = 0;
        qint64 startedMs = 0;
    };

    SyncStreamState stateOf(const Work &work, SyncStreamState::State state) const;

    void listStreams();
    void addStreams(const QList<StreamRecord> &records);
    void listingDone(const Inspector::ApiError &error);
    void schedule();
    void startStream(Work work);
    void streamRead(const QString &streamId, const Inspector::ApiError &error);
    void readMembers(const Work &work);
    /// Downloads the files of @p list from @p index on, one after the other, then goes on with
    /// afterFiles().
    void readAttachments(const Work &work, const QList<AttachmentRecord> &list, int index);
    /// Keeps one downloaded file and ties its attachment to it; false when the run failed.
    bool keepFile(AttachmentRecord attachment, const QByteArray &bytes);
    /// What comes after a stream's attachments: its receipts, members, or the end.
    void afterFiles(const Work &work);
    /// Reads the receipts of @p ids from @p index on, one message after the other.
    void readReceipts(const Work &work, const QStringList &ids, int index);
    /// What comes after a stream's messages (and receipts): its members, or the end.
    void afterMessages(const Work &work);
    void streamDone(const QString &streamId, const QString &failure);
    void fail(const QString &message);
    void end(const QString &status, const QString &error);

    QPointer<ApiClient> m_client;
    Store *m_store;
    Writer m_writer;
    AttachmentFiles m_files;
    SyncOptions m_options;
    qint64 m_run = 0;
    RunCounts m_counts;
    QList<StreamFailure> m_failures;
    QList<FileFailure> m_fileFailures;
    QList<Work> m_queue;
    QHash<QString, Work> m_running;
    QSet<QString> m_listed;
    int m_listingsOpen = 0;
    bool m_listedAll = false;
    bool m_done = false;
    int m_streamsDone = 0;
    QString m_listingError;
    QList<QPointer<QObject>> m_listingCalls;
    StreamDirectory *m_directory = nullptr;
    QElapsedTimer m_clock;
    QList<QMetaObject::Connection> m_clientConnections;
};

/// The pod an ApiClient talks to, as an archive records it (host name, lower case, no port).
QString podIdentity(const ApiClient *client);

} // namespace Inspector::Archive
