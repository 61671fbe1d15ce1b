// SPDX-License-Identifier: Apache-2.0
#include "archive/writer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "archive/schema.h"
#include "archive/store.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "services/messagerow.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray canonical(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return json;
    QJsonObject object = doc.object();
    for (const QString &field :
        {u"messageId"_s, u"parentMessageId"_s, u"replacing"_s, u"initialMessageId"_s}) {
        const QJsonValue v = object.value(field);
        if (v.isString())
            object.insert(field, Ids::normalized(v.toString()));
    }
    // What a message says does not change when its room is renamed or its author renames
    // themselves, though the pod repeats the new names in every message it serves; nor when a
    // newer version replaces it (replaced_by keeps that).
    object.remove(u"replacedBy"_s);
    if (object.contains(u"stream"_s)) {
        QJsonObject stream = object.value(u"stream"_s).toObject();
        if (stream.value(u"streamId"_s).isString())
            stream.insert(u"streamId"_s, Ids::normalized(stream.value(u"streamId"_s).toString()));
        stream.remove(u"roomName"_s);
        object.insert(u"stream"_s, stream);
    }
    if (object.contains(u"user"_s))
        object.insert(
            u"user"_s, QJsonObject {{u"userId"_s, object.value(u"user"_s).toObject().value(u"userId"_s)}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

/// Adds what one transaction stored to its run's counts, in that transaction: a run killed at any
/// instant then counts exactly what it kept (`archive verify` checks it).
Result<> addToRun(Store &store, qint64 run, const char *column, qint64 n)
{
    if (n == 0)
        return {};
    const QString name = QString::fromLatin1(column);
    Result<QSqlQuery *> q
        = store.run(u"UPDATE sync_run SET %1 = %1 + ? WHERE run_id = ?"_s.arg(name), {n, run});
    if (!q)
        return q.error();
    return {};
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

/// Qt binds a null QString as SQL NULL; NOT NULL text columns take an empty one.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Runs @p body in one transaction; rolls back on failure.
template<typename T, typename F> Result<T> inTransaction(Store &store, F body)
{
    if (Result<> r = store.begin(); !r)
        return r.error();
    Result<T> result = body();
    if (!result.ok()) {
        store.rollback();
        return result;
    }
    if (Result<> r = store.commit(); !r) {
        store.rollback();
        return r.error();
    }
    return result;
}

} // namespace

Writer::Writer(Store &store)
    : m_store(store)
{ }

Result<qint64> Writer::startRun(
    const QString &kind, const QString &pod, const QString &scope, const QString &options)
{
    return inTransaction<qint64>(m_store, [&]() -> Result<qint64> {
        const QString known = m_store.meta(u"pod"_s);
        if (!known.isEmpty() && !pod.isEmpty() && known != pod)
            return LocalError(tr("The archive %1 holds the pod %2, not %3: one archive keeps one pod.")
                                  .arg(m_store.location().display(), known, pod));
        if (known.isEmpty() && !pod.isEmpty()) {
            if (Result<> r = m_store.setMeta(u"pod"_s, pod); !r)
                return r.error();
        }
        if (Result<QSqlQuery *> q
            = m_store.run(u"UPDATE sync_run SET status = 'interrupted' WHERE status = 'running'"_s);
            !q)
            return q.error();
        Result<QVariant> id
            = m_store.scalar(u"INSERT INTO sync_run (kind, started_at, status, scope, options) "
                             "VALUES (?, ?, 'running', ?, ?) RETURNING run_id"_s,
                {kind, nowMs(), scope, options});
        if (!id)
            return id.error();
        return id.value().toLongLong();
    });
}

Result<> Writer::saveCounts(qint64 run, const RunCounts &c)
{
    Result<QSqlQuery *> q
        = m_store.run(u"UPDATE sync_run SET streams = ?, requests = ?, throttled = ? WHERE run_id = ?"_s,
            {c.streams, c.requests, c.throttled, run});
    if (!q)
        return q.error();
    return {};
}

Result<> Writer::finishRun(qint64 run, const QString &status, const RunCounts &counts, const QString &error)
{
    if (Result<> r = saveCounts(run, counts); !r)
        return r;
    Result<QSqlQuery *> q
        = m_store.run(u"UPDATE sync_run SET status = ?, ended_at = ?, error = ? WHERE run_id = ?"_s,
            {status, nowMs(), nullable(error), run});
    if (!q)
        return q.error();
    return {};
}

Result<bool> Writer::storeStream(qint64 run, const StreamRecord &s)
{
    m_streamNames.insert(s.id, s.name);
    return inTransaction<bool>(m_store, [&]() -> Result<bool> {
        const QByteArray hash = contentHash(canonical(s.raw));
        Result<QSqlQuery *> q = m_store.run(u"SELECT rev, hash FROM stream WHERE stream_id = ?"_s, {s.id});
        if (!q)
            return q.error();
        QSqlQuery *query = q.value();
        const bool known = query->next();
        const int rev = known ? query->value(0).toInt() : 0;
        const bool same = known && query->value(1).toByteArray() == hash;
        query->finish();
        if (same) {
            Result<QSqlQuery *> u
                = m_store.run(u"UPDATE stream SET last_run = ? WHERE stream_id = ?"_s, {run, s.id});
            if (!u)
                return u.error();
            Result<QSqlQuery *> r
                = m_store.run(u"UPDATE stream_revision SET last_run = ? WHERE stream_id = ? AND rev = ?"_s,
                    {run, s.id, rev});
            if (!r)
                return r.error();
            return false;
        }
        Result<QSqlQuery *> r
            = m_store.run(u"INSERT INTO stream_revision (stream_id, rev, name, active, raw, hash, "
                          "first_run, last_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {s.id, rev + 1, text(s.name), int(s.active), s.raw, hash, run, run});
        if (!r)
            return r.error();
        Result<QSqlQuery *> u = m_store.run(
            u"INSERT INTO stream (stream_id, type, name, active, cross_pod, rev, hash, first_run, last_run) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stream_id) DO UPDATE SET type = excluded.type, "
            "name = excluded.name, active = excluded.active, cross_pod = excluded.cross_pod, rev = "
            "excluded.rev, "
            "hash = excluded.hash, last_run = excluded.last_run"_s,
            {s.id, text(s.type), text(s.name), int(s.active), int(s.crossPod), rev + 1, hash, run, run});
        if (!u)
            return u.error();
        if (Result<> n = addToRun(m_store, run, "streams_new", known ? 0 : 1); !n)
            return n.error();
        return !known;
    });
}

QString Writer::streamName(const QString &streamId)
{
    auto it = m_streamNames.constFind(streamId);
    if (it != m_streamNames.constEnd())
        return *it;
    Result<QVariant> name = m_store.scalar(u"SELECT name FROM stream WHERE stream_id = ?"_s, {streamId});
    const QString value = name ? name.value().toString() : QString();
    m_streamNames.insert(streamId, value);
    return value;
}

Result<qint64> Writer::passStart(const QString &streamId, qint64 floor, qint64 lookbackMs)
{
    Result<QSqlQuery *> q
        = m_store.run(u"SELECT newest_ts, pass_from FROM stream_cursor WHERE stream_id = ?"_s, {streamId});
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    if (!query->next())
        return floor;
    const qint64 newest = query->value(0).toLongLong();
    const qint64 from = query->value(1).toLongLong();
    query->finish();
    if (floor < from)
        return floor; // the part before what is stored contiguously was never fetched
    return std::max(floor, newest - lookbackMs);
}

Result<> Writer::beginPass(qint64 run, const QString &streamId, qint64 from, qint64 to)
{
    Result<QSqlQuery *> q = m_store.run(u"INSERT INTO coverage (stream_id, run_id, from_ts, to_ts, complete) "
                                        "VALUES (?, ?, ?, ?, 0) ON CONFLICT (stream_id, run_id, from_ts) "
                                        "DO UPDATE SET to_ts = excluded.to_ts"_s,
        {streamId, run, from, std::min(from, to)});
    if (!q)
        return q.error();
    return {};
}

Result<PageCounts> Writer::storePage(
    qint64 run, const QString &streamId, qint64 passFrom, const QList<Message> &page)
{
    return inTransaction<PageCounts>(m_store, [&]() -> Result<PageCounts> {
        PageCounts counts;
        for (const Message &m : page) {
            if (Result<> r = storeMessage(run, streamId, m, &counts); !r)
                return r.error();
        }
        if (counts.seen == 0)
            return counts;
        for (const auto &[column, n] : {std::pair {"messages_seen", counts.seen},
                 std::pair {"messages_new", counts.added}, std::pair {"revisions", counts.revised}}) {
            if (Result<> r = addToRun(m_store, run, column, n); !r)
                return r.error();
        }
        // The cursor: what is stored without a gap from pass_from to newest_ts. A pass from an
        // earlier floor joins it only once it has reached the stored block.
        const Dialect d {m_store.isPostgres()};
        Result<QSqlQuery *> c = m_store.run(
            u"INSERT INTO stream_cursor (stream_id, newest_ts, pass_from, run_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (stream_id) DO UPDATE SET "
            "pass_from = CASE WHEN excluded.newest_ts >= stream_cursor.pass_from "
            "THEN %1(stream_cursor.pass_from, excluded.pass_from) ELSE stream_cursor.pass_from END, "
            "newest_ts = CASE WHEN excluded.newest_ts >= stream_cursor.pass_from "
            "THEN %2(stream_cursor.newest_ts, excluded.newest_ts) ELSE stream_cursor.newest_ts END, "
            "run_id = excluded.run_id"_s.arg(d.least(), d.greatest()),
            {streamId, counts.newestTimestamp, passFrom, run});
        if (!c)
            return c.error();
        Result<QSqlQuery *> v = m_store.run(
            u"UPDATE coverage SET to_ts = ? WHERE stream_id = ? AND run_id = ? AND from_ts = ? AND to_ts < ?"_s,
            {counts.newestTimestamp, streamId, run, passFrom, counts.newestTimestamp});
        if (!v)
            return v.error();
        return counts;
    });
}

Result<> Writer::storeMessage(qint64 run, const QString &streamId, const Message &m, PageCounts *counts)
{
    const QString id = m.key();
    if (id.isEmpty())
        return {}; // a message without an id cannot be kept apart from others; the export flags it
    QString wholeText;
    const MessageRow row = MessageRow::of(m, &wholeText);
    const QByteArray json
        = m.json.isEmpty() ? QJsonDocument(m.raw.object()).toJson(QJsonDocument::Compact) : m.json;
    const QByteArray hash = contentHash(json);
    ++counts->seen;
    counts->newestTimestamp = std::max(counts->newestTimestamp, m.timestamp);

    Result<QSqlQuery *> q
        = m_store.run(u"SELECT m.rev, m.hash, m.missing_run, r.json FROM message m JOIN message_revision r "
                      "ON r.stream_id = m.stream_id AND r.message_id = m.message_id AND r.rev = m.rev "
                      "WHERE m.stream_id = ? AND m.message_id = ?"_s,
            {streamId, id});
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const bool known = query->next();
    int rev = 0;
    bool same = false;
    bool wasMissing = false;
    if (known) {
        rev = query->value(0).toInt();
        wasMissing = !query->value(2).isNull();
        same = query->value(1).toByteArray() == hash
            || canonical(query->value(3).toByteArray()) == canonical(json);
    }
    query->finish();

    const QString sender = DisplayName::of(m.user);
    if (m.user.userId != 0) {
        if (Result<> r = storePerson(run, m.user.userId, m.user.displayName, m.user.email, m.user.username);
            !r)
            return r;
    }

    if (Result<> a = storeAttachments(run, streamId, m); !a)
        return a;

    if (same) {
        if (wasMissing)
            ++counts->restored;
        // The bytes seen last, so that the next sync compares them without parsing.
        Result<QSqlQuery *> u
            = m_store.run(u"UPDATE message SET last_run = ?, missing_run = NULL, hash = ?, "
                          "replaced_by = COALESCE(?, replaced_by) WHERE stream_id = ? AND message_id = ?"_s,
                {run, hash, nullable(m.replacedBy.isEmpty() ? QString() : Ids::normalized(m.replacedBy)),
                    streamId, id});
        if (!u)
            return u.error();
        Result<QSqlQuery *> r = m_store.run(u"UPDATE message_revision SET last_run = ? "
                                            "WHERE stream_id = ? AND message_id = ? AND rev = ?"_s,
            {run, streamId, id, rev});
        if (!r)
            return r.error();
        return {};
    }

    ++rev;
    if (known)
        ++counts->revised;
    else
        ++counts->added;
    Result<QSqlQuery *> r
        = m_store.run(u"INSERT INTO message_revision (stream_id, message_id, rev, ts, json, hash, "
                      "first_run, last_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {streamId, id, rev, m.timestamp, json, hash, run, run});
    if (!r)
        return r.error();
    const QVariant revisionRow = r.value()->lastInsertId();
    const QString replacing = m.replacing.isEmpty() ? QString() : Ids::normalized(m.replacing);
    const QString replacedBy = m.replacedBy.isEmpty() ? QString() : Ids::normalized(m.replacedBy);
    const QString parent = m.parentMessageId.isEmpty() ? QString() : Ids::normalized(m.parentMessageId);
    Result<QSqlQuery *> u = m_store.run(
        u"INSERT INTO message (stream_id, message_id, ts, seq, sender_id, sender, line, flags, attachments, "
        "parent_id, replacing, replaced_by, rev, hash, first_run, last_run, missing_run) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (stream_id, message_id) "
        "DO "
        "UPDATE "
        "SET ts = excluded.ts, sender_id = excluded.sender_id, sender = excluded.sender, line = "
        "excluded.line, "
        "flags = excluded.flags, attachments = excluded.attachments, parent_id = excluded.parent_id, "
        "replacing = excluded.replacing, replaced_by = COALESCE(excluded.replaced_by, message.replaced_by), "
        "rev = excluded.rev, hash = excluded.hash, last_run = excluded.last_run, missing_run = NULL"_s,
        {streamId, id, m.timestamp, known ? qint64(0) : nextSequence(), m.user.userId, text(sender),
            text(row.line()), int(row.flags), int(row.attachments), nullable(parent), nullable(replacing),
            nullable(replacedBy), rev, hash, run, run});
    if (!u)
        return u.error();
    if (!replacing.isEmpty()) {
        // The older version learns of its successor, whichever page brought them.
        Result<QSqlQuery *> link
            = m_store.run(u"UPDATE message SET replaced_by = ? WHERE stream_id = ? AND "
                          "message_id = ? AND (replaced_by IS NULL OR replaced_by <> ?)"_s,
                {id, streamId, replacing, id});
        if (!link)
            return link.error();
    }
    return index(streamId, id, rev, revisionRow, wholeText, sender);
}

Result<> Writer::storeAttachments(qint64 run, const QString &streamId, const Message &m)
{
    for (const AttachmentInfo &a : m.attachments) {
        if (a.id.isEmpty())
            continue; // nothing to download it by
        Result<QSqlQuery *> q = m_store.run(
            u"INSERT INTO attachment (stream_id, message_id, attachment_id, name, size, first_run, last_run) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stream_id, message_id, attachment_id) DO UPDATE "
            "SET name = excluded.name, size = excluded.size, last_run = excluded.last_run"_s,
            {streamId, m.key(), a.id, text(a.name), a.size, run, run});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<AttachmentRecord>> Writer::attachmentsWithoutFile(const QString &streamId)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT a.message_id, a.attachment_id, a.name, a.size, m.ts FROM attachment a JOIN message m "
        "ON m.stream_id = a.stream_id AND m.message_id = a.message_id WHERE a.stream_id = ? AND "
        "a.file_hash IS NULL ORDER BY m.ts, m.seq, a.attachment_id"_s,
        {streamId});
    if (!q)
        return q.error();
    QList<AttachmentRecord> list;
    while (q.value()->next()) {
        AttachmentRecord a;
        a.streamId = streamId;
        a.messageId = q.value()->value(0).toString();
        a.attachmentId = q.value()->value(1).toString();
        a.name = q.value()->value(2).toString();
        a.size = q.value()->value(3).toLongLong();
        a.timestamp = q.value()->value(4).toLongLong();
        list.append(a);
    }
    q.value()->finish();
    return list;
}

Result<AttachmentRecord> Writer::knownFile(const QString &streamId, const QString &attachmentId)
{
    Result<QSqlQuery *> q
        = m_store.run(u"SELECT file_hash, file_size, content_type FROM attachment "
                      "WHERE stream_id = ? AND attachment_id = ? AND file_hash IS NOT NULL"_s,
            {streamId, attachmentId});
    if (!q)
        return q.error();
    AttachmentRecord a;
    if (q.value()->next()) {
        a.fileHash = q.value()->value(0).toByteArray();
        a.fileSize = q.value()->value(1).toLongLong();
        a.contentType = q.value()->value(2).toString();
    }
    q.value()->finish();
    return a;
}

Result<> Writer::tieAttachment(qint64 run, const AttachmentRecord &a, const QByteArray &bytes)
{
    Result<bool> done = inTransaction<bool>(m_store, [&]() -> Result<bool> {
        if (m_store.isPostgres() && !bytes.isNull()) {
            Result<QSqlQuery *> f
                = m_store.run(u"INSERT INTO attachment_file (stream_id, file_hash, bytes) "
                              "VALUES (?, ?, ?) ON CONFLICT (stream_id, file_hash) DO NOTHING"_s,
                    {a.streamId, a.fileHash, bytes});
            if (!f)
                return f.error();
        }
        Result<QSqlQuery *> q = m_store.run(
            u"UPDATE attachment SET file_hash = ?, file_size = ?, content_type = ?, error = NULL "
            "WHERE stream_id = ? AND message_id = ? AND attachment_id = ? AND file_hash IS NULL"_s,
            {a.fileHash, a.fileSize, text(a.contentType), a.streamId, a.messageId, a.attachmentId});
        if (!q)
            return q.error();
        if (Result<> r = addToRun(m_store, run, "files", q.value()->numRowsAffected()); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

Result<> Writer::attachmentFailed(qint64 run, const AttachmentRecord &a, const QString &reason)
{
    Result<bool> done = inTransaction<bool>(m_store, [&]() -> Result<bool> {
        Result<QSqlQuery *> q = m_store.run(
            u"UPDATE attachment SET error = ? WHERE stream_id = ? AND message_id = ? AND attachment_id = ?"_s,
            {text(reason), a.streamId, a.messageId, a.attachmentId});
        if (!q)
            return q.error();
        if (Result<> r = addToRun(m_store, run, "file_failures", 1); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

qint64 Writer::nextSequence()
{
    if (m_sequence < 0) {
        Result<QVariant> max = m_store.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM message"_s);
        m_sequence = max ? max.value().toLongLong() : 0;
    }
    return ++m_sequence;
}

Result<> Writer::index(const QString &streamId, const QString &messageId, int rev,
    const QVariant &revisionRow, const QString &body, const QString &sender)
{
    const Dialect dialect {m_store.isPostgres()};
    QVariantList values {body, sender, streamName(streamId)};
    if (m_store.isPostgres())
        values << streamId << messageId << rev;
    else
        values << revisionRow;
    Result<QSqlQuery *> q = m_store.run(dialect.indexRevision(), values);
    if (!q)
        return q.error();
    return {};
}

Result<> Writer::storePerson(
    qint64 run, qint64 userId, const QString &displayName, const QString &email, const QString &username)
{
    const QByteArray hash = contentHash((displayName + u'\n' + email + u'\n' + username).toUtf8());
    if (m_personHash.value(userId) == hash)
        return {};
    Result<QSqlQuery *> q = m_store.run(
        u"INSERT INTO person (user_id, display_name, email, username, hash, first_run, last_run) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
        // What one answer leaves out (a message's sender has no e-mail) keeps what another said.
        "display_name = COALESCE(NULLIF(excluded.display_name, ''), person.display_name), "
        "email = COALESCE(NULLIF(excluded.email, ''), person.email), "
        "username = COALESCE(NULLIF(excluded.username, ''), person.username), "
        "hash = excluded.hash, last_run = excluded.last_run"_s,
        {userId, text(displayName), text(email), text(username), hash, run, run});
    if (!q)
        return q.error();
    m_personHash.insert(userId, hash);
    return {};
}

Result<QStringList> Writer::messagesSeen(qint64 run, const QString &streamId, qint64 from, qint64 to)
{
    Result<QSqlQuery *> q = m_store.run(u"SELECT message_id FROM message WHERE stream_id = ? AND ts >= ? AND "
                                        "ts <= ? AND last_run = ? ORDER BY ts, seq"_s,
        {streamId, from, to, run});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value()->next())
        ids.append(q.value()->value(0).toString());
    q.value()->finish();
    return ids;
}

Result<int> Writer::storeReceipts(
    qint64 run, const QString &streamId, const QString &messageId, const QList<Receipt> &receipts)
{
    return inTransaction<int>(m_store, [&]() -> Result<int> {
        int changed = 0;
        auto time = [](const std::optional<qint64> &t) {
            return t ? QVariant(*t) : QVariant(QMetaType::fromType<qint64>());
        };
        for (const Receipt &r : receipts) {
            if (r.user.id == 0)
                continue; // a receipt of nobody cannot be kept apart from others
            const QByteArray json = QJsonDocument(r.raw).toJson(QJsonDocument::Compact);
            Result<QSqlQuery *> known = m_store.run(
                u"SELECT json FROM receipt WHERE stream_id = ? AND message_id = ? AND user_id = ?"_s,
                {streamId, messageId, r.user.id});
            if (!known)
                return known.error();
            const bool seen = known.value()->next();
            const bool same = seen && known.value()->value(0).toByteArray() == json;
            known.value()->finish();
            // A time once seen is kept: a later answer without it says nothing new.
            Result<QSqlQuery *> q = m_store.run(
                u"INSERT INTO receipt (stream_id, message_id, user_id, delivered_at, read_at, email_at, "
                u"json, "
                "first_run, last_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stream_id, message_id, "
                "user_id) DO UPDATE SET delivered_at = COALESCE(excluded.delivered_at, "
                "receipt.delivered_at), "
                "read_at = COALESCE(excluded.read_at, receipt.read_at), "
                "email_at = COALESCE(excluded.email_at, receipt.email_at), json = excluded.json, "
                "last_run = excluded.last_run"_s,
                {streamId, messageId, r.user.id, time(r.deliveryReceiptTimestamp),
                    time(r.readReceiptTimestamp), time(r.emailNotificationTimestamp), json, run, run});
            if (!q)
                return q.error();
            changed += same ? 0 : 1;
        }
        if (Result<> r = addToRun(m_store, run, "receipts", changed); !r)
            return r.error();
        return changed;
    });
}

Result<int> Writer::storeEvents(qint64 run, const QList<Event> &events)
{
    return inTransaction<int>(m_store, [&]() -> Result<int> {
        int added = 0;
        for (const Event &e : events) {
            const QString stream
                = e.stream.streamId.isEmpty() ? QString() : Ids::normalized(e.stream.streamId);
            const QString message = e.messageId.isEmpty() ? QString() : Ids::normalized(e.messageId);
            Result<QSqlQuery *> q = m_store.run(
                u"INSERT INTO live_event (event_key, run_id, type, ts, event_id, stream_id, message_id, "
                "initiator_id, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING"_s,
                {e.key(), run, text(e.type), e.timestamp, text(e.id), nullable(stream), nullable(message),
                    e.initiator.userId ? QVariant(e.initiator.userId)
                                       : QVariant(QMetaType::fromType<qint64>()),
                    QJsonDocument(e.raw).toJson(QJsonDocument::Compact)});
            if (!q)
                return q.error();
            added += q.value()->numRowsAffected() > 0 ? 1 : 0;
        }
        if (Result<> r = addToRun(m_store, run, "events", added); !r)
            return r.error();
        return added;
    });
}

Result<int> Writer::finishPass(qint64 run, const QString &streamId, qint64 from, qint64 to)
{
    return inTransaction<int>(m_store, [&]() -> Result<int> {
        Result<QSqlQuery *> q = m_store.run(u"UPDATE message SET missing_run = ? WHERE stream_id = ? AND "
                                            "ts >= ? AND ts <= ? AND last_run < ? AND missing_run IS NULL"_s,
            {run, streamId, from, to, run});
        if (!q)
            return q.error();
        const int missing = q.value()->numRowsAffected();
        if (Result<> r = addToRun(m_store, run, "missing", missing); !r)
            return r.error();
        Result<QSqlQuery *> c = m_store.run(u"UPDATE coverage SET to_ts = ?, complete = 1 "
                                            "WHERE stream_id = ? AND run_id = ? AND from_ts = ?"_s,
            {to, streamId, run, from});
        if (!c)
            return c.error();
        // A pass that read to its end stored everything from its start to then: the next one
        // looks back from that time, not from the stream's last message.
        const Dialect d {m_store.isPostgres()};
        Result<QSqlQuery *> k = m_store.run(
            u"INSERT INTO stream_cursor (stream_id, newest_ts, pass_from, run_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (stream_id) DO UPDATE SET run_id = excluded.run_id, "
            "pass_from = %1(stream_cursor.pass_from, excluded.pass_from), "
            "newest_ts = %2(stream_cursor.newest_ts, excluded.newest_ts)"_s.arg(d.least(), d.greatest()),
            {streamId, to, from, run});
        if (!k)
            return k.error();
        return missing;
    });
}

Result<int> Writer::storeMembers(qint64 run, const QString &streamId, const QList<MemberRecord> &members)
{
    return inTransaction<int>(m_store, [&]() -> Result<int> {
        struct Open
        {
            qint64 fromRun;
            bool owner;
        };
        QHash<qint64, Open> open;
        Result<QSqlQuery *> q = m_store.run(
            u"SELECT user_id, from_run, owner FROM membership WHERE stream_id = ? AND to_run IS NULL"_s,
            {streamId});
        if (!q)
            return q.error();
        while (q.value()->next())
            open.insert(q.value()->value(0).toLongLong(),
                {q.value()->value(1).toLongLong(), q.value()->value(2).toInt() != 0});
        q.value()->finish();

        int changes = 0;
        auto close = [&](qint64 userId, qint64 fromRun) -> Result<> {
            Result<QSqlQuery *> c = m_store.run(
                u"UPDATE membership SET to_run = ? WHERE stream_id = ? AND user_id = ? AND from_run = ?"_s,
                {run, streamId, userId, fromRun});
            if (!c)
                return c.error();
            return {};
        };
        for (const MemberRecord &m : members) {
            if (Result<> r = storePerson(run, m.userId, m.displayName, m.email, m.username); !r)
                return r.error();
            const auto it = open.constFind(m.userId);
            if (it != open.constEnd() && it->owner == m.owner) {
                open.remove(m.userId);
                continue;
            }
            if (it != open.constEnd()) {
                if (it->fromRun == run) { // seen twice in one run: keep the last word
                    Result<QSqlQuery *> u = m_store.run(
                        u"UPDATE membership SET owner = ? WHERE stream_id = ? AND user_id = ? AND from_run = ?"_s,
                        {int(m.owner), streamId, m.userId, run});
                    if (!u)
                        return u.error();
                    open.remove(m.userId);
                    continue;
                }
                if (Result<> r = close(m.userId, it->fromRun); !r)
                    return r.error();
                open.remove(m.userId);
            }
            Result<QSqlQuery *> i = m_store.run(
                u"INSERT INTO membership (stream_id, user_id, from_run, to_run, owner, join_date) "
                "VALUES (?, ?, ?, NULL, ?, ?) ON CONFLICT (stream_id, user_id, from_run) DO UPDATE "
                "SET to_run = NULL, owner = excluded.owner, join_date = excluded.join_date"_s,
                {streamId, m.userId, run, int(m.owner), m.joinDate ? QVariant(m.joinDate) : QVariant()});
            if (!i)
                return i.error();
            ++changes;
        }
        for (auto it = open.constBegin(); it != open.constEnd(); ++it) {
            if (Result<> r = close(it.key(), it->fromRun); !r)
                return r.error();
            ++changes;
        }
        if (Result<> r = addToRun(m_store, run, "member_changes", changes); !r)
            return r.error();
        return changes;
    });
}

} // namespace Inspector::Archive
