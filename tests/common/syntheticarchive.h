// SPDX-License-Identifier: Apache-2.0
#pragma once

// A large archive made by SQL in one go, for the archive's table model and its benchmark: one room
// of N messages, as a sync would have stored them (message rows, one revision each, a second one
// for some, the full-text index), without the Writer's cost per message (about 220 µs: 100,000
// messages would take 20 s, a million several minutes).
//
// Message x (0 <= x < N): id "m<x>", seq x + 1, time Base + (x / 2) minutes (two messages share each
// millisecond, so that the order needs seq), sender 100 + x % 7 ("Person <x % 7>"), text
// "Message <x> about rates", with " kumquat" in one message of 100 (x % 100 == 7), one
// attachment in one of 10 (x % 10 == 0), and two versions in one of 1,000 (x % 1000 == 3).

#include <QString>

#include <memory>

#include "archive/location.h"
#include "archive/schema.h"
#include "archive/store.h"
#include "data/localresult.h"

namespace Inspector::TestSupport {

struct SyntheticArchive
{
    static constexpr qint64 Base = 1700000000000;
    static QString streamId() { return QStringLiteral("WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"); }
    static qint64 timestampOf(qint64 x) { return Base + (x / 2) * 60000; }

    /// Makes the archive at @p location (new) with @p messages messages; empty, or why not.
    static QString make(const Archive::Location &location, qint64 messages)
    {
        using namespace Archive;
        Result<std::unique_ptr<Store>> opened = Store::open(location, Store::Mode::Write);
        if (!opened)
            return opened.error().message();
        Store &store = *opened.value();
        const bool pg = store.isPostgres();
        const QString blob = pg ? QStringLiteral("'\\x00'::bytea") : QStringLiteral("X'00'");
        const QString stream = streamId();
        const QString json = QStringLiteral(
            "'{\"messageId\":\"' || m.message_id || '\",\"timestamp\":' || CAST(m.ts AS TEXT) || "
            "',\"message\":\"<div data-format=\\\"PresentationML\\\" data-version=\\\"2.0\\\"><p>' || "
            "m.line || '</p></div>\",\"user\":{\"userId\":' || CAST(m.sender_id AS TEXT) || "
            "',\"displayName\":\"' || m.sender || '\"},\"stream\":{\"streamId\":\"%1\",\"streamType\":"
            "\"ROOM\"}}'")
                                 .arg(stream);
        const QString jsonValue = pg ? QStringLiteral("convert_to(%1, 'UTF8')").arg(json) : json;
        const QStringList statements {
            QStringLiteral("INSERT INTO sync_run (kind, started_at, ended_at, status, scope, options) "
                           "VALUES ('sync', %1, %1, 'finished', 'test', '{}')")
                .arg(Base),
            QStringLiteral("INSERT INTO stream (stream_id, type, name, active, cross_pod, rev, hash, "
                           "first_run, last_run) VALUES ('%1', 'ROOM', 'Rates Desk', 1, 0, 1, %2, 1, 1)")
                .arg(stream, blob),
            QStringLiteral(
                "WITH RECURSIVE c(x) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT x + 1 FROM c WHERE x + 1 "
                "< %1) "
                "INSERT INTO message (stream_id, message_id, ts, seq, sender_id, sender, line, flags, "
                "attachments, rev, hash, first_run, last_run) "
                "SELECT '%2', 'm' || CAST(x AS TEXT), %3 + (x / 2) * 60000, x + 1, 100 + x % 7, "
                "'Person ' || CAST(x % 7 AS TEXT), 'Message ' || CAST(x AS TEXT) || "
                "CASE WHEN x % 100 = 7 THEN ' kumquat' ELSE '' END || ' about rates', 0, "
                "CASE WHEN x % 10 = 0 THEN 1 ELSE 0 END, CASE WHEN x % 1000 = 3 THEN 2 ELSE 1 END, %4, 1, 1 "
                "FROM c")
                .arg(messages)
                .arg(stream)
                .arg(Base)
                .arg(blob),
            QStringLiteral("INSERT INTO message_revision (stream_id, message_id, rev, ts, json, hash, "
                           "first_run, last_run) SELECT m.stream_id, m.message_id, v.rev, m.ts, %1, %2, 1, 1 "
                           "FROM message m JOIN (SELECT 1 AS rev UNION ALL SELECT 2) v ON v.rev <= m.rev")
                .arg(jsonValue, blob),
            pg ? QStringLiteral(
                "UPDATE message_revision r SET search = to_tsvector('simple', m.line || ' ' "
                "|| m.sender || ' Rates Desk') FROM message m WHERE m.stream_id = r.stream_id "
                "AND m.message_id = r.message_id")
               : QStringLiteral("INSERT INTO message_text (rowid, body, sender, stream) SELECT r.rowid, "
                                "m.line, m.sender, 'Rates Desk' FROM message_revision r JOIN message m ON "
                                "m.stream_id = r.stream_id AND m.message_id = r.message_id"),
        };
        if (Result<> r = store.begin(); !r)
            return r.error().message();
        for (const QString &sql : statements) {
            if (Result<> r = store.exec(sql); !r) {
                store.rollback();
                return r.error().message() + QStringLiteral(" (") + sql.left(80) + QStringLiteral(")");
            }
        }
        if (Result<> r = store.commit(); !r)
            return r.error().message();
        // The planner's statistics, as a long-lived archive has them.
        for (const char *table : {"message", "message_revision"})
            if (Result<> r = store.exec(QStringLiteral("ANALYZE ") + QLatin1String(table)); !r)
                return r.error().message();
        return {};
    }
};

} // namespace Inspector::TestSupport
