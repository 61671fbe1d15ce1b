// SPDX-License-Identifier: Apache-2.0
#include "archive/schema.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

// Version 1: runs, streams and their revisions, people, membership intervals, messages and their
// revisions and per-stream cursors. A message's `seq` is the order in
// which the archive first stored it: within one millisecond, the pod's order. Every table of per-stream data
// has the stream id first in its primary key, so that PostgreSQL can distribute it by stream.
const char *const Version1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE sync_run (
        run_id %ID%,
        kind TEXT NOT NULL,
        started_at BIGINT NOT NULL,
        ended_at BIGINT,
        status TEXT NOT NULL,
        scope TEXT NOT NULL,
        options TEXT NOT NULL,
        error TEXT,
        streams BIGINT NOT NULL DEFAULT 0,
        streams_new BIGINT NOT NULL DEFAULT 0,
        messages_seen BIGINT NOT NULL DEFAULT 0,
        messages_new BIGINT NOT NULL DEFAULT 0,
        revisions BIGINT NOT NULL DEFAULT 0,
        missing BIGINT NOT NULL DEFAULT 0,
        member_changes BIGINT NOT NULL DEFAULT 0,
        requests BIGINT NOT NULL DEFAULT 0,
        throttled BIGINT NOT NULL DEFAULT 0))",
    R"(CREATE TABLE stream (
        stream_id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        active INTEGER NOT NULL,
        cross_pod INTEGER NOT NULL,
        rev INTEGER NOT NULL,
        hash %BLOB% NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL))",
    R"(CREATE TABLE stream_revision (
        stream_id TEXT NOT NULL,
        rev INTEGER NOT NULL,
        name TEXT NOT NULL,
        active INTEGER NOT NULL,
        raw %BLOB% NOT NULL,
        hash %BLOB% NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL,
        PRIMARY KEY (stream_id, rev)))",
    R"(CREATE TABLE person (
        user_id BIGINT PRIMARY KEY,
        display_name TEXT NOT NULL,
        email TEXT NOT NULL,
        username TEXT NOT NULL,
        hash %BLOB% NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL))",
    R"(CREATE TABLE membership (
        stream_id TEXT NOT NULL,
        user_id BIGINT NOT NULL,
        from_run BIGINT NOT NULL,
        to_run BIGINT,
        owner INTEGER NOT NULL,
        join_date BIGINT,
        PRIMARY KEY (stream_id, user_id, from_run)))",
    R"(CREATE TABLE message (
        stream_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        ts BIGINT NOT NULL,
        seq BIGINT NOT NULL,
        sender_id BIGINT NOT NULL,
        sender TEXT NOT NULL,
        line TEXT NOT NULL,
        flags INTEGER NOT NULL,
        attachments INTEGER NOT NULL,
        parent_id TEXT,
        replacing TEXT,
        replaced_by TEXT,
        rev INTEGER NOT NULL,
        hash %BLOB% NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL,
        missing_run BIGINT,
        PRIMARY KEY (stream_id, message_id)))",
    R"(CREATE INDEX message_time ON message (stream_id, ts, seq))",
    R"(CREATE TABLE message_revision (
        stream_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        rev INTEGER NOT NULL,
        ts BIGINT NOT NULL,
        json %BLOB% NOT NULL,
        hash %BLOB% NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL,
        %SEARCHCOL%
        PRIMARY KEY (stream_id, message_id, rev)))",
    R"(CREATE TABLE stream_cursor (
        stream_id TEXT PRIMARY KEY,
        newest_ts BIGINT NOT NULL,
        pass_from BIGINT NOT NULL,
        run_id BIGINT NOT NULL))",
};

// Version 2: the time each pass over a stream read, for `archive coverage`. An archive of version 1
// has none: its coverage shows gaps until the next sync reads again.
const char *const Version2[] = {
    R"(CREATE TABLE coverage (
        stream_id TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        from_ts BIGINT NOT NULL,
        to_ts BIGINT NOT NULL,
        complete INTEGER NOT NULL,
        PRIMARY KEY (stream_id, run_id, from_ts)))",
};

// Version 3: live events that `feed --archive` stores, once each (the key of Event::key(): a feed
// delivers at least once); the receipts of messages (`archive sync --receipts`), one row per
// message and reader, whose times fill in as the message is delivered and read; each run's counts.
const char *const Version3[] = {
    R"(CREATE TABLE live_event (
        event_key TEXT PRIMARY KEY,
        run_id BIGINT NOT NULL,
        type TEXT NOT NULL,
        ts BIGINT NOT NULL,
        event_id TEXT NOT NULL,
        stream_id TEXT,
        message_id TEXT,
        initiator_id BIGINT,
        json %BLOB% NOT NULL))",
    R"(CREATE INDEX live_event_time ON live_event (ts))",
    R"(ALTER TABLE sync_run ADD COLUMN events BIGINT NOT NULL DEFAULT 0)",
    R"(CREATE TABLE receipt (
        stream_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        user_id BIGINT NOT NULL,
        delivered_at BIGINT,
        read_at BIGINT,
        email_at BIGINT,
        json %BLOB% NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL,
        PRIMARY KEY (stream_id, message_id, user_id)))",
    R"(ALTER TABLE sync_run ADD COLUMN receipts BIGINT NOT NULL DEFAULT 0)",
};

// Version 4: the attachments of the messages, one row per (stream, message, attachment id) whatever
// the run, tied with `archive sync --attachments` to the file's SHA-256, size and content type (or
// the reason its download failed). A SQLite archive keeps the files beside it (ARCHIVE.files/ab/abcd…,
// named by their hash); PostgreSQL keeps them in attachment_file, keyed by stream first like every
// per-stream table, so that it distributes by stream (a file in two streams is kept once in each).
const char *const Version4[] = {
    R"(CREATE TABLE attachment (
        stream_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        attachment_id TEXT NOT NULL,
        name TEXT NOT NULL,
        size BIGINT NOT NULL,
        file_hash %BLOB%,
        file_size BIGINT,
        content_type TEXT,
        error TEXT,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL,
        PRIMARY KEY (stream_id, message_id, attachment_id)))",
    R"(CREATE TABLE attachment_file (
        stream_id TEXT NOT NULL,
        file_hash %BLOB% NOT NULL,
        bytes %BLOB% NOT NULL,
        PRIMARY KEY (stream_id, file_hash)))",
    R"(ALTER TABLE sync_run ADD COLUMN files BIGINT NOT NULL DEFAULT 0)",
    R"(ALTER TABLE sync_run ADD COLUMN file_failures BIGINT NOT NULL DEFAULT 0)",
};

template<size_t N> QStringList statements(const char *const (&list)[N], const Dialect &dialect)
{
    QStringList out;
    for (const char *sql : list) {
        QString s = QString::fromLatin1(sql);
        s.replace("%ID%"_L1,
            dialect.postgres ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_L1
                             : "INTEGER PRIMARY KEY"_L1);
        s.replace("%BLOB%"_L1, dialect.postgres ? "BYTEA"_L1 : "BLOB"_L1);
        s.replace("%SEARCHCOL%"_L1, dialect.postgres ? "search TSVECTOR,"_L1 : ""_L1);
        out.append(s);
    }
    return out;
}

QString quoted(QString term, QChar quote)
{
    term.replace(quote, QString(2, quote));
    return quote + term + quote;
}

} // namespace

QStringList Dialect::migration(int version) const
{
    switch (version) {
    case 1: {
        QStringList list = statements(Version1, *this);
        if (postgres) {
            list.append(u"CREATE INDEX message_revision_search ON message_revision USING GIN (search)"_s);
        } else {
            // Contentless: the text lives in the revisions' JSON; the index holds only its terms.
            list.append(u"CREATE VIRTUAL TABLE message_text USING fts5(body, sender, stream, content='', "
                        "tokenize='unicode61 remove_diacritics 2')"_s);
        }
        return list;
    }
    case 2:
        return statements(Version2, *this);
    case 3:
        return statements(Version3, *this);
    case 4:
        return statements(Version4, *this);
    default:
        return {};
    }
}

QString Dialect::searchCondition(const QString &alias) const
{
    if (postgres)
        return u"%1.search @@ to_tsquery('simple', ?)"_s.arg(alias);
    return u"%1.rowid IN (SELECT rowid FROM message_text WHERE message_text MATCH ?)"_s.arg(alias);
}

QString Dialect::searchArgument(const QStringList &terms) const
{
    QStringList parts;
    for (QString term : terms) {
        const bool prefix = term.endsWith(u'*');
        if (prefix)
            term.chop(1);
        if (postgres) {
            // Words of a phrase follow each other (<->); quoted so that no operator gets through.
            QStringList words;
            for (const QString &w : term.split(u' ', Qt::SkipEmptyParts))
                words.append(quoted(w.toLower(), u'\''));
            QString joined = words.join(" <-> "_L1);
            if (prefix)
                joined += ":*"_L1;
            parts.append(words.size() > 1 ? u"(%1)"_s.arg(joined) : joined);
        } else {
            parts.append(quoted(term, u'"') + (prefix ? "*"_L1 : ""_L1));
        }
    }
    return parts.join(postgres ? " & "_L1 : " "_L1);
}

QString Dialect::indexRevision() const
{
    // PostgreSQL refuses a tsvector over 1 MB: a huge message is indexed by its first
    // IndexedCharacters characters (its sender and stream always), so that it is stored all the same.
    // concat_ws skips a NULL (a stream without a name): with ||, one NULL would empty the whole vector.
    if (postgres)
        return u"UPDATE message_revision SET search = to_tsvector('simple', concat_ws(' ', "
               "left(CAST(? AS TEXT), %1), CAST(? AS TEXT), CAST(? AS TEXT))) "
               "WHERE stream_id = ? AND message_id = ? AND rev = ?"_s.arg(IndexedCharacters);
    // The rowid the writer has at hand from the revision's insert. Not INSERT … SELECT: into an FTS5
    // table that statement goes through a temporary table, which made it three times slower.
    return u"INSERT INTO message_text (body, sender, stream, rowid) VALUES (?, ?, ?, ?)"_s;
}

QString Dialect::migrationLock() const
{
    return postgres ? u"SELECT pg_advisory_xact_lock(7357002)"_s : QString();
}

QString Dialect::tableCount() const
{
    if (postgres)
        return u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
               "AND table_name = ?"_s;
    return u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
}

QVariant Dialect::bindable(const QVariant &value) const
{
    // PostgreSQL text cannot hold U+0000 (SQLite keeps it): it becomes U+FFFD, as invalid UTF-8 does.
    if (postgres && value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.contains(QChar(0)))
            return QString(text).replace(QChar(0), QChar::ReplacementCharacter);
    }
    return value;
}

namespace Schema {

QStringList searchTerms(const QString &query)
{
    QStringList terms;
    QString current;
    bool inQuote = false;
    auto flush = [&] {
        QString t = current.simplified();
        // Only letters, digits and the prefix star count; the rest separates words.
        QString clean;
        for (QChar c : std::as_const(t))
            clean += (c.isLetterOrNumber() || c == u'*' || c == u' ') ? c : u' ';
        clean = clean.simplified();
        const bool prefix = clean.endsWith(u'*');
        clean.remove(u'*');
        clean = clean.simplified();
        if (!clean.isEmpty())
            terms.append(clean + (prefix ? "*"_L1 : ""_L1));
        current.clear();
    };
    for (QChar c : query) {
        if (c == u'"') {
            flush();
            inQuote = !inQuote;
        } else if (c.isSpace() && !inQuote) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return terms;
}

} // namespace Schema

} // namespace Inspector::Archive
