// SPDX-License-Identifier: Apache-2.0
#include "archive/reader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "archive/schema.h"
#include "archive/store.h"
#include "data/ids.h"
#include "data/parse.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

RunRow runAt(const QSqlQuery &q)
{
    RunRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.status = q.value(2).toString();
    r.scope = q.value(3).toString();
    r.options = q.value(4).toString();
    r.error = q.value(5).toString();
    r.startedAt = q.value(6).toLongLong();
    r.endedAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    r.counts.streams = q.value(8).toInt();
    r.counts.streamsNew = q.value(9).toInt();
    r.counts.messagesSeen = q.value(10).toLongLong();
    r.counts.messagesNew = q.value(11).toLongLong();
    r.counts.revisions = q.value(12).toLongLong();
    r.counts.missing = q.value(13).toLongLong();
    r.counts.memberChanges = q.value(14).toLongLong();
    r.counts.requests = q.value(15).toLongLong();
    r.counts.throttled = q.value(16).toLongLong();
    r.counts.events = q.value(17).toLongLong();
    r.counts.receipts = q.value(18).toLongLong();
    r.counts.files = q.value(19).toLongLong();
    r.counts.fileFailures = q.value(20).toLongLong();
    return r;
}

const QString RunColumns = u"run_id, kind, status, scope, options, error, started_at, ended_at, streams, "
                           "streams_new, messages_seen, messages_new, revisions, missing, member_changes, "
                           "requests, throttled, events, receipts, files, file_failures"_s;

} // namespace

MessagePages::MessagePages(
    Store &store, const QString &streamId, std::optional<qint64> since, std::optional<qint64> until)
    : m_store(store)
    , m_streamId(Ids::normalized(streamId))
    , m_until(until.value_or(std::numeric_limits<qint64>::max()))
    , m_ts(since.value_or(std::numeric_limits<qint64>::min()))
{ }

Result<QList<Message>> MessagePages::next(int max)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT m.ts, m.seq, r.json FROM message m JOIN message_revision r ON r.stream_id = m.stream_id AND "
        "r.message_id = m.message_id AND r.rev = m.rev WHERE m.stream_id = ? AND m.ts <= ? AND "
        "(m.ts > ? OR (m.ts = ? AND m.seq > ?)) ORDER BY m.ts, m.seq LIMIT ?"_s,
        {m_streamId, m_until, m_ts, m_ts, m_seq, max});
    if (!q)
        return q.error();
    QByteArray body = "[";
    int rows = 0;
    while (q.value()->next()) {
        if (rows++)
            body += ',';
        m_ts = q.value()->value(0).toLongLong();
        m_seq = q.value()->value(1).toLongLong();
        body += q.value()->value(2).toByteArray();
    }
    q.value()->finish();
    body += ']';
    if (rows == 0)
        return QList<Message>();
    Parse::Result<QList<Message>> parsed = Parse::messages(body);
    if (!parsed.error.isEmpty())
        return LocalError(Reader::tr("The archive %1 holds a message it cannot read: %2")
                              .arg(m_store.location().display(), parsed.error));
    return parsed.value;
}

QString StoredMessageColumns::list()
{
    return u"m.stream_id, m.message_id, m.ts, m.sender_id, m.sender, m.line, m.flags, m.attachments, "
           "m.parent_id, m.replacing, m.replaced_by, m.rev, m.first_run, m.last_run, m.missing_run, r.json"_s;
}

StoredMessage StoredMessageColumns::at(const QSqlQuery &q)
{
    StoredMessage m;
    m.streamId = q.value(0).toString();
    m.messageId = q.value(1).toString();
    m.timestamp = q.value(2).toLongLong();
    m.senderId = q.value(3).toLongLong();
    m.sender = q.value(4).toString();
    m.line = q.value(5).toString();
    m.flags = q.value(6).toInt();
    m.attachments = q.value(7).toInt();
    m.parentId = q.value(8).toString();
    m.replacing = q.value(9).toString();
    m.replacedBy = q.value(10).toString();
    m.rev = q.value(11).toInt();
    m.firstRun = q.value(12).toLongLong();
    m.lastRun = q.value(13).toLongLong();
    m.missingRun = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    m.json = q.value(15).toByteArray();
    return m;
}

Reader::Reader(Store &store)
    : m_store(store)
{ }

Result<ArchiveSummary> Reader::summary()
{
    ArchiveSummary s;
    s.location = m_store.location().display();
    s.pod = m_store.meta(u"pod"_s);
    s.created = m_store.meta(u"created"_s);
    s.schemaVersion = m_store.schemaVersion();
    const QList<QPair<qint64 *, QString>> counts {
        {&s.streams, u"SELECT COUNT(*) FROM stream"_s},
        {&s.messages, u"SELECT COUNT(*) FROM message"_s},
        {&s.revisions, u"SELECT COUNT(*) FROM message_revision WHERE rev > 1"_s},
        {&s.missing, u"SELECT COUNT(*) FROM message WHERE missing_run IS NOT NULL"_s},
        {&s.people, u"SELECT COUNT(*) FROM person"_s},
        {&s.memberships, u"SELECT COUNT(*) FROM membership WHERE to_run IS NULL"_s},
        {&s.events, u"SELECT COUNT(*) FROM live_event"_s},
    };
    for (const auto &[target, sql] : counts) {
        Result<QVariant> v = m_store.scalar(sql);
        if (!v)
            return v.error();
        *target = v.value().toLongLong();
    }
    s.bytes = m_store.sizeOnDisk();
    Result<QSqlQuery *> q = m_store.run(u"SELECT %1 FROM sync_run ORDER BY run_id DESC"_s.arg(RunColumns));
    if (!q)
        return q.error();
    while (q.value()->next()) {
        RunRow run = runAt(*q.value());
        if (!s.lastFinished && run.kind == "sync"_L1 && run.status == "finished"_L1)
            s.lastFinished = run;
        s.runs.append(run);
    }
    q.value()->finish();
    return s;
}

Result<QList<StoredStream>> Reader::streams()
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT s.stream_id, s.type, s.name, s.active, s.cross_pod, s.rev, s.first_run, s.last_run, "
        "COUNT(m.message_id), COUNT(m.missing_run), MIN(m.ts), MAX(m.ts) FROM stream s "
        "LEFT JOIN message m ON m.stream_id = s.stream_id "
        "GROUP BY s.stream_id, s.type, s.name, s.active, s.cross_pod, s.rev, s.first_run, s.last_run "
        "ORDER BY s.name, s.stream_id"_s);
    if (!q)
        return q.error();
    QList<StoredStream> out;
    QSqlQuery *query = q.value();
    while (query->next()) {
        StoredStream s;
        s.id = query->value(0).toString();
        s.type = query->value(1).toString();
        s.name = query->value(2).toString();
        s.active = query->value(3).toInt() != 0;
        s.crossPod = query->value(4).toInt() != 0;
        s.revisions = query->value(5).toInt();
        s.firstRun = query->value(6).toLongLong();
        s.lastRun = query->value(7).toLongLong();
        s.messages = query->value(8).toLongLong();
        s.missing = query->value(9).toLongLong();
        s.oldest = query->value(10).toLongLong();
        s.newest = query->value(11).toLongLong();
        out.append(s);
    }
    query->finish();
    return out;
}

Result<> Reader::messages(const QString &streamId, std::optional<qint64> since, std::optional<qint64> until,
    bool withRevisions, const std::function<void(const StoredMessage &)> &sink)
{
    // One statement, read row by row: a forward-only PostgreSQL query owns its connection until its
    // last row (a second query on it would silently end the first), so the revisions come in the
    // same rows, one per revision, oldest first after each message's columns.
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString revisions = withRevisions
        ? u" JOIN message_revision v ON v.stream_id = m.stream_id AND v.message_id = m.message_id"_s
        : QString();
    const QString revisionColumns = withRevisions ? u", v.rev, v.first_run, v.last_run, v.json"_s : QString();
    q.prepare(u"SELECT %1%2 FROM message m JOIN message_revision r ON r.stream_id = m.stream_id AND "
              "r.message_id = m.message_id AND r.rev = m.rev%3 WHERE m.stream_id = ? AND m.ts >= ? AND "
              "m.ts <= ? ORDER BY m.ts, m.seq%4"_s.arg(StoredMessageColumns::list(), revisionColumns,
                  revisions, withRevisions ? u", v.rev"_s : QString()));
    q.addBindValue(Ids::normalized(streamId));
    q.addBindValue(since.value_or(std::numeric_limits<qint64>::min()));
    q.addBindValue(until.value_or(std::numeric_limits<qint64>::max()));
    if (!q.exec())
        return m_store.failure(q.lastError());
    std::optional<StoredMessage> pending;
    const int firstRevisionColumn = StoredMessageColumns::Count;
    while (q.next()) {
        if (!withRevisions) {
            sink(StoredMessageColumns::at(q));
            continue;
        }
        if (pending && pending->messageId != q.value(1).toString()) {
            sink(*pending);
            pending.reset();
        }
        if (!pending)
            pending = StoredMessageColumns::at(q);
        pending->revisions.append({q.value(firstRevisionColumn).toInt(),
            q.value(firstRevisionColumn + 1).toLongLong(), q.value(firstRevisionColumn + 2).toLongLong(),
            q.value(firstRevisionColumn + 3).toByteArray()});
    }
    if (q.lastError().isValid())
        return m_store.failure(q.lastError());
    if (pending)
        sink(*pending);
    return {};
}

Result<QList<StoredMessage>> Reader::search(const QString &query, int limit)
{
    const QStringList terms = Schema::searchTerms(query);
    if (terms.isEmpty())
        return LocalError(tr("The search \"%1\" has no word to look for.").arg(query));
    const Dialect dialect {m_store.isPostgres()};
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // From the index to the revisions it names, then to their messages: the cost follows the hits.
    q.prepare(u"SELECT %1 FROM message m JOIN message_revision r ON r.stream_id = m.stream_id AND "
              "r.message_id = m.message_id AND r.rev = m.rev WHERE (m.stream_id, m.message_id) IN "
              "(SELECT h.stream_id, h.message_id FROM message_revision h WHERE %2) "
              "ORDER BY m.ts DESC, m.message_id LIMIT ?"_s.arg(
                  StoredMessageColumns::list(), dialect.searchCondition(u"h"_s)));
    q.addBindValue(dialect.searchArgument(terms));
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.failure(q.lastError());
    QList<StoredMessage> out;
    while (q.next())
        out.append(StoredMessageColumns::at(q));
    return out;
}

Result<> Reader::receipts(
    const QString &streamId, const QString &messageId, const std::function<void(const StoredReceipt &)> &sink)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT r.message_id, r.user_id, r.delivered_at, r.read_at, r.email_at, r.first_run, r.last_run, "
        "r.json FROM receipt r JOIN message m ON m.stream_id = r.stream_id AND m.message_id = r.message_id "
        "WHERE r.stream_id = ?%1 ORDER BY m.ts, m.seq, r.user_id"_s.arg(
            messageId.isEmpty() ? QString() : u" AND r.message_id = ?"_s));
    q.addBindValue(Ids::normalized(streamId));
    if (!messageId.isEmpty())
        q.addBindValue(Ids::normalized(messageId));
    if (!q.exec())
        return m_store.failure(q.lastError());
    auto time = [&q](int column) {
        return q.value(column).isNull() ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
    };
    while (q.next()) {
        StoredReceipt r;
        r.messageId = q.value(0).toString();
        r.userId = q.value(1).toLongLong();
        r.deliveredAt = time(2);
        r.readAt = time(3);
        r.emailedAt = time(4);
        r.firstRun = q.value(5).toLongLong();
        r.lastRun = q.value(6).toLongLong();
        r.json = q.value(7).toByteArray();
        sink(r);
    }
    return {};
}

Result<QList<AttachmentRecord>> Reader::attachments(const QString &streamId, const QString &messageId)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.message_id, a.attachment_id, a.name, a.size, a.file_hash, a.file_size, "
        "a.content_type, a.error, m.ts FROM attachment a JOIN message m ON m.stream_id = a.stream_id "
        "AND m.message_id = a.message_id WHERE a.stream_id = ?%1 ORDER BY m.ts, m.seq, a.attachment_id"_s.arg(
            messageId.isEmpty() ? QString() : u" AND a.message_id = ?"_s));
    q.addBindValue(Ids::normalized(streamId));
    if (!messageId.isEmpty())
        q.addBindValue(Ids::normalized(messageId));
    if (!q.exec())
        return m_store.failure(q.lastError());
    QList<AttachmentRecord> list;
    while (q.next()) {
        AttachmentRecord a;
        a.streamId = Ids::normalized(streamId);
        a.messageId = q.value(0).toString();
        a.attachmentId = q.value(1).toString();
        a.name = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.fileHash = q.value(4).toByteArray();
        a.fileSize = q.value(5).toLongLong();
        a.contentType = q.value(6).toString();
        a.error = q.value(7).toString();
        a.timestamp = q.value(8).toLongLong();
        list.append(a);
    }
    if (q.lastError().isValid())
        return m_store.failure(q.lastError());
    return list;
}

Result<> Reader::events(std::optional<qint64> since, std::optional<qint64> until, const QStringList &types,
    const std::function<void(const StoredEvent &)> &sink)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QString typeCondition;
    if (!types.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < types.size(); ++i)
            marks.append(u"?"_s);
        typeCondition = u" AND type IN (%1)"_s.arg(marks.join(u", "_s));
    }
    q.prepare(u"SELECT run_id, type, ts, event_id, stream_id, message_id, json FROM live_event "
              "WHERE ts >= ? AND ts <= ?%1 ORDER BY ts, event_key"_s.arg(typeCondition));
    q.addBindValue(since.value_or(std::numeric_limits<qint64>::min()));
    q.addBindValue(until.value_or(std::numeric_limits<qint64>::max()));
    for (const QString &type : types)
        q.addBindValue(type);
    if (!q.exec())
        return m_store.failure(q.lastError());
    while (q.next()) {
        StoredEvent e;
        e.run = q.value(0).toLongLong();
        e.type = q.value(1).toString();
        e.timestamp = q.value(2).toLongLong();
        e.eventId = q.value(3).toString();
        e.streamId = q.value(4).toString();
        e.messageId = q.value(5).toString();
        e.json = q.value(6).toByteArray();
        sink(e);
    }
    return {};
}

} // namespace Inspector::Archive
