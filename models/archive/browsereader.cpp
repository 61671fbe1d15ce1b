// SPDX-License-Identifier: Apache-2.0
#include "archive/browsereader.h"

#include <QSqlQuery>
#include <QVariant>

#include "archive/schema.h"
#include "archive/store.h"
#include "data/ids.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

// The stored message's columns, then its place in the order of storage (the key's second part).
const QString MessageColumns = StoredMessageColumns::list() + u", m.seq"_s;
const QString MessageJoin = u"FROM message m JOIN message_revision r ON r.stream_id = m.stream_id AND "
                            "r.message_id = m.message_id AND r.rev = m.rev"_s;

PagedMessage pagedAt(const QSqlQuery &q)
{
    PagedMessage p;
    p.message = StoredMessageColumns::at(q);
    p.key = {p.message.timestamp, q.value(StoredMessageColumns::Count).toLongLong(), p.message.messageId};
    return p;
}

/// Reads every row of @p q with @p read, then lets the statement go (PostgreSQL: a statement left
/// open holds the connection).
template<typename T, typename F> QList<T> rowsOf(QSqlQuery *q, F read)
{
    QList<T> out;
    while (q->next())
        out.append(read(*q));
    q->finish();
    return out;
}

StoredStream streamAt(const QSqlQuery &q)
{
    StoredStream s;
    s.id = q.value(0).toString();
    s.type = q.value(1).toString();
    s.name = q.value(2).toString();
    s.active = q.value(3).toInt() != 0;
    s.crossPod = q.value(4).toInt() != 0;
    s.revisions = q.value(5).toInt();
    s.firstRun = q.value(6).toLongLong();
    s.lastRun = q.value(7).toLongLong();
    s.messages = q.value(8).toLongLong();
    s.missing = q.value(9).toLongLong();
    s.oldest = q.value(10).toLongLong();
    s.newest = q.value(11).toLongLong();
    return s;
}

const QString StreamSelect
    = u"SELECT s.stream_id, s.type, s.name, s.active, s.cross_pod, s.rev, s.first_run, s.last_run, "
      "COUNT(m.message_id), COUNT(m.missing_run), MIN(m.ts), MAX(m.ts), v.raw FROM stream s "
      "JOIN stream_revision v ON v.stream_id = s.stream_id AND v.rev = s.rev "
      "LEFT JOIN message m ON m.stream_id = s.stream_id %1"
      "GROUP BY s.stream_id, s.type, s.name, s.active, s.cross_pod, s.rev, s.first_run, s.last_run, v.raw "
      "ORDER BY s.name, s.stream_id"_s;

StoredStreamObject streamObjectAt(const QSqlQuery &q)
{
    return {streamAt(q), q.value(12).toByteArray()};
}

/// Ids are bound in chunks of this many placeholders (padded with 0, which no user has).
constexpr int IdChunk = 50;

} // namespace

BrowseReader::BrowseReader(Store &store)
    : m_store(store)
{ }

Result<QList<StoredStreamObject>> BrowseReader::streams()
{
    Result<QSqlQuery *> q = m_store.run(StreamSelect.arg(QString()));
    if (!q)
        return q.error();
    return rowsOf<StoredStreamObject>(q.value(), streamObjectAt);
}

Result<std::optional<StoredStreamObject>> BrowseReader::stream(const QString &streamId)
{
    Result<QSqlQuery *> q
        = m_store.run(StreamSelect.arg(u"WHERE s.stream_id = ? "_s), {Ids::normalized(streamId)});
    if (!q)
        return q.error();
    const QList<StoredStreamObject> found = rowsOf<StoredStreamObject>(q.value(), streamObjectAt);
    if (found.isEmpty())
        return std::optional<StoredStreamObject>();
    return std::optional<StoredStreamObject>(found.constFirst());
}

Result<QList<StoredMember>> BrowseReader::members(const QString &streamId)
{
    const QString sql
        = u"SELECT stream_id, user_id, owner, join_date FROM membership WHERE to_run IS NULL%1 "
          "ORDER BY stream_id, user_id"_s.arg(streamId.isEmpty() ? QString() : u" AND stream_id = ?"_s);
    Result<QSqlQuery *> q
        = m_store.run(sql, streamId.isEmpty() ? QVariantList() : QVariantList {Ids::normalized(streamId)});
    if (!q)
        return q.error();
    return rowsOf<StoredMember>(q.value(), [](const QSqlQuery &r) {
        return StoredMember {r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toInt() != 0,
            r.value(3).isNull() ? 0 : r.value(3).toLongLong()};
    });
}

Result<QStringList> BrowseReader::streamsOf(qint64 userId)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT stream_id FROM membership WHERE to_run IS NULL AND user_id = ? ORDER BY stream_id"_s,
        {userId});
    if (!q)
        return q.error();
    return QStringList(rowsOf<QString>(q.value(), [](const QSqlQuery &r) { return r.value(0).toString(); }));
}

Result<QList<qint64>> BrowseReader::userIdsByEmail(const QString &email)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT user_id FROM person WHERE LOWER(email) = LOWER(?) ORDER BY user_id"_s, {email});
    if (!q)
        return q.error();
    return rowsOf<qint64>(q.value(), [](const QSqlQuery &r) { return r.value(0).toLongLong(); });
}

Result<QList<StoredPerson>> BrowseReader::people(const QList<qint64> &ids)
{
    QStringList marks;
    for (int i = 0; i < IdChunk; ++i)
        marks.append(u"?"_s);
    const QString sql
        = u"SELECT user_id, display_name, email, username FROM person WHERE user_id IN (%1)"_s.arg(
            marks.join(u", "_s));
    QList<StoredPerson> out;
    for (qsizetype from = 0; from < ids.size(); from += IdChunk) {
        QVariantList values;
        for (qsizetype i = from; i < from + IdChunk; ++i)
            values.append(i < ids.size() ? ids.at(i) : qint64(0));
        Result<QSqlQuery *> q = m_store.run(sql, values);
        if (!q)
            return q.error();
        out += rowsOf<StoredPerson>(q.value(), [](const QSqlQuery &r) {
            return StoredPerson {
                r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString()};
        });
    }
    return out;
}

Result<QList<PagedMessage>> BrowseReader::newestFirst(
    const QString &streamId, const std::optional<MessageKey> &after, int limit)
{
    const MessageKey from = after.value_or(
        MessageKey {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(), QString()});
    Result<QSqlQuery *> q
        = m_store.run(u"SELECT %1 %2 WHERE m.stream_id = ? AND (m.ts < ? OR (m.ts = ? AND m.seq < ?)) "
                      "ORDER BY m.ts DESC, m.seq DESC LIMIT ?"_s.arg(MessageColumns, MessageJoin),
            {Ids::normalized(streamId), from.timestamp, from.timestamp, from.order, limit});
    if (!q)
        return q.error();
    return rowsOf<PagedMessage>(q.value(), pagedAt);
}

Result<QList<PagedMessage>> BrowseReader::search(
    const QString &query, const std::optional<MessageKey> &after, int limit)
{
    const QStringList terms = Schema::searchTerms(query);
    if (terms.isEmpty())
        return LocalError(tr("The search \"%1\" has no word to look for.").arg(query));
    const Dialect dialect {m_store.isPostgres()};
    const MessageKey from = after.value_or(MessageKey {std::numeric_limits<qint64>::max(), 0, QString()});
    // From the index to the revisions it names, then to their messages: the cost follows the hits.
    Result<QSqlQuery *> q = m_store.run(u"SELECT %1 %2 WHERE (m.stream_id, m.message_id) IN "
                                        "(SELECT h.stream_id, h.message_id FROM message_revision h WHERE %3) "
                                        "AND (m.ts < ? OR (m.ts = ? AND m.message_id > ?)) "
                                        "ORDER BY m.ts DESC, m.message_id LIMIT ?"_s.arg(
                                            MessageColumns, MessageJoin, dialect.searchCondition(u"h"_s)),
        {dialect.searchArgument(terms), from.timestamp, from.timestamp, from.messageId, limit});
    if (!q)
        return q.error();
    return rowsOf<PagedMessage>(q.value(), pagedAt);
}

Result<std::optional<StoredMessage>> BrowseReader::message(const QString &messageId)
{
    Result<QSqlQuery *> q
        = m_store.run(u"SELECT %1 %2 WHERE m.message_id = ? ORDER BY m.stream_id LIMIT 1"_s.arg(
                          MessageColumns, MessageJoin),
            {Ids::normalized(messageId)});
    if (!q)
        return q.error();
    const QList<StoredMessage> found = rowsOf<StoredMessage>(q.value(), StoredMessageColumns::at);
    if (found.isEmpty())
        return std::optional<StoredMessage>();
    return std::optional<StoredMessage>(found.constFirst());
}

Result<QList<RevisionRow>> BrowseReader::revisions(const QString &messageId)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT v.rev, v.first_run, v.last_run, COALESCE(s.started_at, 0), v.json FROM message_revision v "
        "LEFT JOIN sync_run s ON s.run_id = v.first_run WHERE v.message_id = ? ORDER BY v.stream_id, v.rev"_s,
        {Ids::normalized(messageId)});
    if (!q)
        return q.error();
    return rowsOf<RevisionRow>(q.value(), [](const QSqlQuery &r) {
        return RevisionRow {r.value(0).toInt(), r.value(1).toLongLong(), r.value(2).toLongLong(),
            r.value(3).toLongLong(), r.value(4).toByteArray()};
    });
}

} // namespace Inspector::Archive
