// SPDX-License-Identifier: Apache-2.0
#include "archive/analysis.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

#include "archive/store.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "services/messagerow.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

constexpr qint64 Day = 86400000;

/// What Symphony's history shows in place of a suppressed message's content.
bool isSuppressedText(const QString &text)
{
    return text.trimmed() == "This message has been suppressed."_L1;
}

QString lineOf(const QByteArray &json)
{
    return MessageRow::plainTextOf(json).simplified().left(MessageRow::LineChars);
}

/// A change of a message: the query's columns start with stream id, stream name, message id, time, run.
Change messageChange(const QSqlQuery &q, Change::Kind kind)
{
    Change c;
    c.kind = kind;
    c.streamId = q.value(0).toString();
    c.streamName = q.value(1).toString();
    c.messageId = q.value(2).toString();
    c.timestamp = q.value(3).toLongLong();
    c.run = q.value(4).toLongLong();
    return c;
}

/// A change of a member: the query's columns start with stream id, stream name, user id, run.
Change memberChange(const QSqlQuery &q, Change::Kind kind)
{
    Change c;
    c.kind = kind;
    c.streamId = q.value(0).toString();
    c.streamName = q.value(1).toString();
    c.userId = q.value(2).toLongLong();
    c.run = q.value(3).toLongLong();
    return c;
}

} // namespace

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::StreamAdded:
        return u"stream-added"_s;
    case Kind::StreamRenamed:
        return u"stream-renamed"_s;
    case Kind::StreamDeactivated:
        return u"stream-deactivated"_s;
    case Kind::StreamReactivated:
        return u"stream-reactivated"_s;
    case Kind::MemberJoined:
        return u"member-joined"_s;
    case Kind::MemberLeft:
        return u"member-left"_s;
    case Kind::OwnerChanged:
        return u"owner-changed"_s;
    case Kind::MessageNew:
        return u"message-new"_s;
    case Kind::MessageEdited:
        return u"message-edited"_s;
    case Kind::MessageSuppressed:
        return u"message-suppressed"_s;
    case Kind::MessageMissing:
        return u"message-missing"_s;
    }
    return {};
}

QJsonObject Change::toRecord() const
{
    QJsonObject o {{u"run"_s, run}, {u"change"_s, kindName(kind)}, {u"streamId"_s, Ids::toUrlSafe(streamId)},
        {u"streamName"_s, streamName}};
    if (!messageId.isEmpty()) {
        o.insert(u"messageId"_s, Ids::toUrlSafe(messageId));
        o.insert(u"timestamp"_s, timestamp);
    }
    if (userId)
        o.insert(u"userId"_s, QString::number(userId));
    if (!before.isEmpty())
        o.insert(u"before"_s, before);
    if (!after.isEmpty())
        o.insert(u"after"_s, after);
    return o;
}

Analysis::Analysis(Store &store)
    : m_store(store)
{ }

Result<QPair<qint64, qint64>> Analysis::defaultRuns()
{
    Result<QSqlQuery *> q = m_store.run(u"SELECT run_id FROM sync_run WHERE kind = 'sync' AND status IN "
                                        "('finished', 'partial') ORDER BY run_id DESC LIMIT 2"_s);
    if (!q)
        return q.error();
    QList<qint64> runs;
    while (q.value()->next())
        runs.append(q.value()->value(0).toLongLong());
    q.value()->finish();
    if (runs.isEmpty())
        return LocalError(tr("The archive has no finished sync yet."));
    return qMakePair(runs.size() > 1 ? runs.at(1) : 0, runs.at(0));
}

Result<QList<Change>> Analysis::diff(qint64 fromRun, qint64 toRun)
{
    QList<Change> changes;
    auto each = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &row) -> Result<> {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return m_store.failure(q.lastError());
        const int params = int(sql.count(u'?'));
        for (int i = 0; i < params; i += 2) {
            q.addBindValue(fromRun);
            q.addBindValue(toRun);
        }
        if (!q.exec())
            return m_store.failure(q.lastError());
        while (q.next())
            row(q);
        return {};
    };

    // Streams: new ones, and the revisions that changed a name or the active state.
    Result<> r
        = each(u"SELECT stream_id, name, first_run FROM stream WHERE first_run > ? AND first_run <= ?"_s,
            [&](const QSqlQuery &q) {
                Change c;
                c.kind = Change::Kind::StreamAdded;
                c.streamId = q.value(0).toString();
                c.streamName = q.value(1).toString();
                c.run = q.value(2).toLongLong();
                changes.append(c);
            });
    if (!r)
        return r.error();
    r = each(u"SELECT n.stream_id, n.name, n.active, n.first_run, o.name, o.active FROM stream_revision n "
             "JOIN stream_revision o ON o.stream_id = n.stream_id AND o.rev = n.rev - 1 "
             "WHERE n.first_run > ? AND n.first_run <= ?"_s,
        [&](const QSqlQuery &q) {
            Change c;
            c.streamId = q.value(0).toString();
            c.streamName = q.value(1).toString();
            c.run = q.value(3).toLongLong();
            if (q.value(1).toString() != q.value(4).toString()) {
                c.kind = Change::Kind::StreamRenamed;
                c.before = q.value(4).toString();
                c.after = q.value(1).toString();
                changes.append(c);
            }
            if (q.value(2).toInt() != q.value(5).toInt()) {
                c.kind
                    = q.value(2).toInt() ? Change::Kind::StreamReactivated : Change::Kind::StreamDeactivated;
                c.before.clear();
                c.after.clear();
                changes.append(c);
            }
        });
    if (!r)
        return r.error();

    // Members: an interval opened (joined, or an owner change when another closed in that run)
    // or closed without another opening in that run (left).
    r = each(u"SELECT m.stream_id, s.name, m.user_id, m.from_run, m.owner, p.owner FROM membership m "
             "JOIN stream s ON s.stream_id = m.stream_id LEFT JOIN membership p ON p.stream_id = m.stream_id "
             "AND p.user_id = m.user_id AND p.to_run = m.from_run WHERE m.from_run > ? AND m.from_run <= ?"_s,
        [&](const QSqlQuery &q) {
            const bool joined = q.value(5).isNull();
            Change c = memberChange(q, joined ? Change::Kind::MemberJoined : Change::Kind::OwnerChanged);
            c.after = q.value(4).toInt() ? u"owner"_s : u"member"_s;
            if (!joined)
                c.before = q.value(5).toInt() ? u"owner"_s : u"member"_s;
            changes.append(c);
        });
    if (!r)
        return r.error();
    r = each(
        u"SELECT m.stream_id, s.name, m.user_id, m.to_run FROM membership m JOIN stream s "
        "ON s.stream_id = m.stream_id WHERE m.to_run > ? AND m.to_run <= ? AND NOT EXISTS (SELECT 1 FROM "
        "membership n WHERE n.stream_id = m.stream_id AND n.user_id = m.user_id AND n.from_run = m.to_run)"_s,
        [&](const QSqlQuery &q) { changes.append(memberChange(q, Change::Kind::MemberLeft)); });
    if (!r)
        return r.error();

    // Messages: new ones (an edit in Symphony is a new message that replaces another), changed
    // content of a known id (a suppression shows as such), and those the pod stopped returning.
    r = each(
        u"SELECT m.stream_id, s.name, m.message_id, m.ts, m.first_run, m.line, m.replacing, o.line "
        "FROM message m JOIN stream s ON s.stream_id = m.stream_id LEFT JOIN message o ON "
        "o.stream_id = m.stream_id AND o.message_id = m.replacing WHERE m.first_run > ? AND m.first_run <= ?"_s,
        [&](const QSqlQuery &q) {
            Change c = messageChange(
                q, q.value(6).isNull() ? Change::Kind::MessageNew : Change::Kind::MessageEdited);
            c.after = q.value(5).toString();
            c.before = q.value(7).toString();
            changes.append(c);
        });
    if (!r)
        return r.error();
    r = each(u"SELECT r.stream_id, s.name, r.message_id, r.ts, r.first_run, r.json, p.json "
             "FROM message_revision r JOIN stream s ON s.stream_id = r.stream_id JOIN message_revision p ON "
             "p.stream_id = r.stream_id AND "
             "p.message_id = r.message_id AND p.rev = r.rev - 1 WHERE r.rev > 1 AND r.first_run > ? AND "
             "r.first_run <= ?"_s,
        [&](const QSqlQuery &q) {
            const QString after = lineOf(q.value(5).toByteArray());
            Change c = messageChange(
                q, isSuppressedText(after) ? Change::Kind::MessageSuppressed : Change::Kind::MessageEdited);
            c.after = after;
            c.before = lineOf(q.value(6).toByteArray());
            changes.append(c);
        });
    if (!r)
        return r.error();
    r = each(
        u"SELECT m.stream_id, s.name, m.message_id, m.ts, m.missing_run, m.line FROM message m JOIN stream s "
        "ON s.stream_id = m.stream_id WHERE m.missing_run > ? AND m.missing_run <= ?"_s,
        [&](const QSqlQuery &q) {
            Change c = messageChange(q, Change::Kind::MessageMissing);
            c.before = q.value(5).toString();
            changes.append(c);
        });
    if (!r)
        return r.error();

    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return std::tie(a.run, a.kind, a.streamName, a.streamId, a.timestamp, a.messageId, a.userId)
            < std::tie(b.run, b.kind, b.streamName, b.streamId, b.timestamp, b.messageId, b.userId);
    });
    return changes;
}

qint64 Analysis::periodStart(qint64 ms, Period period)
{
    if (period == Period::Day)
        return ms - ((ms % Day) + Day) % Day;
    // 1970-01-05 was a Monday.
    const qint64 week = 7 * Day;
    const qint64 shifted = ms - 4 * Day;
    return shifted - ((shifted % week) + week) % week + 4 * Day;
}

Result<CoverageReport> Analysis::coverage(const QString &streamId, Period period)
{
    struct Span
    {
        qint64 from;
        qint64 to; // inclusive
    };
    CoverageReport report;
    Result<QSqlQuery *> streams
        = m_store.run(u"SELECT stream_id, name FROM stream WHERE (? = '' OR stream_id = ?) "
                      "ORDER BY name, stream_id"_s,
            {streamId.isEmpty() ? u""_s : streamId, streamId.isEmpty() ? u""_s : streamId});
    if (!streams)
        return streams.error();
    QList<QPair<QString, QString>> list;
    while (streams.value()->next())
        list.append({streams.value()->value(0).toString(), streams.value()->value(1).toString()});
    streams.value()->finish();
    if (!streamId.isEmpty() && list.isEmpty())
        return LocalError(tr("The archive holds no stream %1.").arg(streamId));

    const qint64 length = period == Period::Day ? Day : 7 * Day;
    for (const auto &[id, name] : std::as_const(list)) {
        // What the passes read, merged.
        QList<Span> spans;
        Result<QSqlQuery *> c = m_store.run(
            u"SELECT from_ts, to_ts FROM coverage WHERE stream_id = ? AND to_ts >= from_ts ORDER BY from_ts"_s,
            {id});
        if (!c)
            return c.error();
        while (c.value()->next()) {
            const Span s {c.value()->value(0).toLongLong(), c.value()->value(1).toLongLong()};
            if (!spans.isEmpty() && s.from <= spans.last().to + 1)
                spans.last().to = std::max(spans.last().to, s.to);
            else
                spans.append(s);
        }
        c.value()->finish();

        // Messages per period.
        QMap<qint64, qint64> perPeriod;
        Result<QSqlQuery *> m
            = m_store.run(u"SELECT ts FROM message WHERE stream_id = ? ORDER BY ts"_s, {id});
        if (!m)
            return m.error();
        qint64 oldest = std::numeric_limits<qint64>::max();
        qint64 newest = std::numeric_limits<qint64>::min();
        while (m.value()->next()) {
            const qint64 ts = m.value()->value(0).toLongLong();
            oldest = std::min(oldest, ts);
            newest = std::max(newest, ts);
            ++perPeriod[periodStart(ts, period)];
        }
        m.value()->finish();
        if (spans.isEmpty() && perPeriod.isEmpty())
            continue;
        const qint64 readTo = spans.isEmpty() ? newest : std::max(newest, spans.last().to);
        const qint64 first = periodStart(perPeriod.isEmpty() ? readTo : oldest, period);
        const qint64 last = periodStart(readTo, period);
        for (qint64 p = first; p <= last; p += length) {
            CoverageRow row {id, name, p, p + length, perPeriod.value(p), CoverageRow::Covered::No};
            qint64 covered = 0;
            for (const Span &s : std::as_const(spans)) {
                const qint64 a = std::max(s.from, p);
                const qint64 b = std::min(s.to + 1, p + length);
                if (b > a)
                    covered += b - a;
            }
            row.covered = covered >= length ? CoverageRow::Covered::Yes
                : covered > 0               ? CoverageRow::Covered::Partly
                                            : CoverageRow::Covered::No;
            report.rows.append(row);
        }
        // The stretches between the spans, from the first period to the end of what was read.
        qint64 cursor = first;
        for (const Span &s : std::as_const(spans)) {
            if (s.to < first)
                continue;
            if (s.from > cursor)
                report.gaps.append({id, name, cursor, std::min(s.from, readTo + 1)});
            cursor = std::max(cursor, s.to + 1);
        }
        if (cursor <= readTo)
            report.gaps.append({id, name, cursor, readTo + 1});
    }
    return report;
}

Result<QList<ActivityDay>> Analysis::activity(const QString &streamId)
{
    Result<CoverageReport> report = coverage(streamId, Period::Day);
    if (!report)
        return report.error();
    struct Merged
    {
        qint64 messages = 0;
        bool anyRead = false;
        bool allRead = true;
    };
    QMap<qint64, Merged> days;
    for (const CoverageRow &row : std::as_const(report.value().rows)) {
        Merged &m = days[row.periodStart];
        m.messages += row.messages;
        m.anyRead = m.anyRead || row.covered != CoverageRow::Covered::No;
        m.allRead = m.allRead && row.covered == CoverageRow::Covered::Yes;
    }
    QList<ActivityDay> list;
    if (days.isEmpty())
        return list;
    // Every day from the first to the last, the days between the streams' spans included.
    const qint64 last = days.lastKey();
    for (qint64 day = days.firstKey(); day <= last; day += Day) {
        const auto it = days.constFind(day);
        ActivityDay a;
        a.dayStart = day;
        if (it != days.cend()) {
            a.messages = it->messages;
            a.covered = it->allRead ? CoverageRow::Covered::Yes
                : it->anyRead       ? CoverageRow::Covered::Partly
                                    : CoverageRow::Covered::No;
        }
        list.append(a);
    }
    return list;
}

Result<QList<BusiestRow>> Analysis::busiestStreams(int limit)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT m.stream_id, s.name, COUNT(*), s.type FROM message m JOIN stream s ON s.stream_id = "
        u"m.stream_id "
        "GROUP BY m.stream_id, s.name, s.type ORDER BY COUNT(*) DESC, s.name, m.stream_id LIMIT ?"_s,
        {limit});
    if (!q)
        return q.error();
    QList<BusiestRow> rows;
    while (q.value()->next())
        rows.append({q.value()->value(0).toString(), q.value()->value(1).toString(),
            q.value()->value(2).toLongLong(), q.value()->value(3).toString()});
    q.value()->finish();
    return rows;
}

Result<QList<BusiestRow>> Analysis::busiestSenders(int limit)
{
    Result<QSqlQuery *> q = m_store.run(
        u"SELECT c.sender_id, c.n, c.sender, p.display_name, p.email, p.username FROM (SELECT sender_id, "
        "COUNT(*) AS n, MAX(sender) AS sender FROM message GROUP BY sender_id) c LEFT JOIN person p ON "
        "p.user_id = c.sender_id ORDER BY c.n DESC, c.sender_id LIMIT ?"_s,
        {limit});
    if (!q)
        return q.error();
    QList<BusiestRow> rows;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        const qint64 id = r.value(0).toLongLong();
        const QString known = r.value(3).toString();
        rows.append({QString::number(id),
            DisplayName::of(known.isEmpty() ? r.value(2).toString() : known, r.value(4).toString(),
                r.value(5).toString(), id),
            r.value(1).toLongLong(), QString()});
    }
    q.value()->finish();
    return rows;
}

Result<QHash<qint64, QString>> Analysis::peopleNames(const QList<qint64> &userIds)
{
    QHash<qint64, QString> names;
    for (qint64 id : userIds) {
        if (names.contains(id))
            continue;
        Result<QSqlQuery *> q
            = m_store.run(u"SELECT display_name, email, username FROM person WHERE user_id = ?"_s, {id});
        if (!q)
            return q.error();
        if (q.value()->next())
            names.insert(id,
                DisplayName::of(q.value()->value(0).toString(), q.value()->value(1).toString(),
                    q.value()->value(2).toString(), id));
        q.value()->finish();
    }
    return names;
}

} // namespace Inspector::Archive
