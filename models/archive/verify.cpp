// SPDX-License-Identifier: Apache-2.0
#include "archive/verify.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "archive/files.h"
#include "archive/store.h"
#include "archive/writer.h"
#include "data/ids.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

/// Runs @p sql forward only and hands each row to @p row. One query at a time: a forward-only
/// PostgreSQL query holds its connection until its last row.
Result<> forEachRow(Store &store, const QString &sql, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !q.exec())
        return store.failure(q.lastError());
    while (q.next())
        row(q);
    if (q.lastError().isValid())
        return store.failure(q.lastError());
    return {};
}

void addProblem(VerifyCheck &check, const QString &problem)
{
    ++check.problemCount;
    if (check.problems.size() < Verifier::ListedProblems)
        check.problems.append(problem);
}

QString messageName(const QSqlQuery &q, int first)
{
    return Verifier::tr("message %1 of stream %2")
        .arg(Ids::toUrlSafe(q.value(first + 1).toString()), Ids::toUrlSafe(q.value(first).toString()));
}

} // namespace

bool VerifyReport::ok() const
{
    return problemCount() == 0;
}

qint64 VerifyReport::problemCount() const
{
    qint64 n = 0;
    for (const VerifyCheck &c : checks)
        n += c.problemCount;
    return n;
}

Verifier::Verifier(Store &store)
    : m_store(store)
{ }

Result<VerifyReport> Verifier::run()
{
    using Step = Result<VerifyCheck> (Verifier::*)();
    const std::pair<Step, QString> steps[] = {
        {&Verifier::structure, tr("Database structure")},
        {&Verifier::searchIndex, tr("Search index")},
        {&Verifier::messageBytes, tr("Kept message bytes")},
        {&Verifier::streamBytes, tr("Kept stream bytes")},
        {&Verifier::attachmentFiles, tr("Kept attachment files")},
        {&Verifier::revisions, tr("Message versions")},
        {&Verifier::runCounts, tr("Run counts")},
        {&Verifier::memberships, tr("Membership intervals")},
    };
    VerifyReport report;
    for (const auto &[step, title] : steps) {
        if (m_progress)
            m_progress(title);
        Result<VerifyCheck> check = (this->*step)();
        if (!check)
            return check.error();
        check.value().title = title;
        report.checks.append(check.value());
    }
    return report;
}

Result<VerifyCheck> Verifier::structure()
{
    VerifyCheck check;
    check.name = u"structure"_s;
    if (m_store.isPostgres()) {
        check.note = tr("PostgreSQL checks its own pages; its amcheck extension checks more.");
        return check;
    }
    Result<> r = forEachRow(m_store, u"PRAGMA integrity_check"_s, [&](const QSqlQuery &q) {
        ++check.checked;
        const QString line = q.value(0).toString();
        if (line != "ok"_L1)
            addProblem(check, line);
    });
    if (!r)
        return r.error();
    return check;
}

Result<VerifyCheck> Verifier::searchIndex()
{
    VerifyCheck check;
    check.name = u"search-index"_s;
    if (m_store.isPostgres()) {
        Result<> r = forEachRow(m_store,
            u"SELECT stream_id, message_id, rev, search IS NULL FROM message_revision"_s,
            [&](const QSqlQuery &q) {
                ++check.checked;
                if (q.value(3).toBool())
                    addProblem(check,
                        tr("Version %1 of %2 is not in the search index.")
                            .arg(q.value(2).toInt())
                            .arg(messageName(q, 0)));
            });
        if (!r)
            return r.error();
        return check;
    }
    // FTS5 checks its index against itself (a contentless table keeps no copy of the text); a
    // damaged index fails the statement. It is an INSERT, which a read-only connection refuses, so
    // it runs on a connection of its own that writes nothing.
    const QString name = u"inspector-verify-%1"_s.arg(quintptr(this));
    QSqlError failed;
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_store.location().path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        opened = db.open();
        if (!opened) {
            failed = db.lastError();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"INSERT INTO message_text (message_text) VALUES ('integrity-check')"_s))
                failed = q.lastError();
        }
    }
    QSqlDatabase::removeDatabase(name);
    constexpr int SqliteReadOnly = 8; // SQLITE_READONLY and its extended codes
    if (!opened || (failed.nativeErrorCode().toInt() & 0xff) == SqliteReadOnly) {
        check.note = tr("Not checked: the archive file cannot be opened for writing (%1).")
                         .arg(failed.databaseText());
    } else {
        Result<QVariant> rows = m_store.scalar(u"SELECT COUNT(*) FROM message_revision"_s);
        if (!rows)
            return rows.error();
        check.checked = rows.value().toLongLong(); // the versions the index covers
        if (failed.isValid())
            addProblem(check, tr("The full-text index is damaged: %1.").arg(failed.databaseText()));
    }
    return check;
}

Result<VerifyCheck> Verifier::messageBytes()
{
    VerifyCheck check;
    check.name = u"message-bytes"_s;
    Result<> r = forEachRow(m_store, u"SELECT stream_id, message_id, rev, json, hash FROM message_revision"_s,
        [&](const QSqlQuery &q) {
            ++check.checked;
            if (contentHash(q.value(3).toByteArray()) != q.value(4).toByteArray())
                addProblem(check,
                    tr("Version %1 of %2 does not match the hash stored with it.")
                        .arg(q.value(2).toInt())
                        .arg(messageName(q, 0)));
        });
    if (!r)
        return r.error();
    return check;
}

Result<VerifyCheck> Verifier::streamBytes()
{
    VerifyCheck check;
    check.name = u"stream-bytes"_s;
    Result<> r = forEachRow(
        m_store, u"SELECT stream_id, rev, raw, hash FROM stream_revision"_s, [&](const QSqlQuery &q) {
            ++check.checked;
            if (contentHash(canonical(q.value(2).toByteArray())) != q.value(3).toByteArray())
                addProblem(check,
                    tr("Version %1 of stream %2 does not match the hash stored with it.")
                        .arg(q.value(1).toInt())
                        .arg(Ids::toUrlSafe(q.value(0).toString())));
        });
    if (!r)
        return r.error();
    return check;
}

Result<VerifyCheck> Verifier::attachmentFiles()
{
    VerifyCheck check;
    check.name = u"attachment-files"_s;
    struct Kept
    {
        QString streamId;
        QByteArray hash;
        qint64 size;
    };
    QList<Kept> kept;
    Result<> r = forEachRow(m_store,
        u"SELECT DISTINCT stream_id, file_hash, file_size FROM attachment WHERE file_hash IS NOT NULL "
        "ORDER BY stream_id, file_hash"_s,
        [&](const QSqlQuery &q) {
            kept.append({q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toLongLong()});
        });
    if (!r)
        return r.error();
    AttachmentFiles files(m_store);
    for (const Kept &k : std::as_const(kept)) {
        ++check.checked;
        const QString name
            = m_store.isPostgres() ? QString::fromLatin1(k.hash.toHex()) : files.pathOf(k.hash);
        Result<std::optional<QByteArray>> bytes = files.read(k.streamId, k.hash);
        if (!bytes)
            return bytes.error();
        if (!bytes.value())
            addProblem(
                check, tr("The file %1 of stream %2 is missing.").arg(name, Ids::toUrlSafe(k.streamId)));
        else if (contentHash(*bytes.value()) != k.hash || bytes.value()->size() != k.size)
            addProblem(check,
                tr("The file %1 of stream %2 does not match its SHA-256.")
                    .arg(name, Ids::toUrlSafe(k.streamId)));
    }
    return check;
}

Result<VerifyCheck> Verifier::revisions()
{
    VerifyCheck check;
    check.name = u"revisions"_s;
    Result<QVariant> messages = m_store.scalar(u"SELECT COUNT(*) FROM message"_s);
    if (!messages)
        return messages.error();
    check.checked = messages.value().toLongLong();
    Result<> gaps = forEachRow(m_store,
        u"SELECT m.stream_id, m.message_id, m.rev, COUNT(r.rev), MAX(r.rev) FROM message m "
        "LEFT JOIN message_revision r ON r.stream_id = m.stream_id AND r.message_id = m.message_id "
        "GROUP BY m.stream_id, m.message_id, m.rev HAVING COUNT(r.rev) <> m.rev OR MAX(r.rev) <> m.rev"_s,
        [&](const QSqlQuery &q) {
            addProblem(check,
                tr("%1 is at version %2 but %3 versions are kept (the newest: %4).")
                    .arg(messageName(q, 0))
                    .arg(q.value(2).toInt())
                    .arg(q.value(3).toLongLong())
                    .arg(q.value(4).isNull() ? tr("none") : QString::number(q.value(4).toInt())));
        });
    if (!gaps)
        return gaps.error();
    Result<> orphans = forEachRow(m_store,
        u"SELECT r.stream_id, r.message_id, r.rev FROM message_revision r LEFT JOIN message m "
        "ON m.stream_id = r.stream_id AND m.message_id = r.message_id WHERE m.message_id IS NULL"_s,
        [&](const QSqlQuery &q) {
            addProblem(check,
                tr("Version %1 of %2 is kept without its message.")
                    .arg(q.value(2).toInt())
                    .arg(messageName(q, 0)));
        });
    if (!orphans)
        return orphans.error();
    return check;
}

Result<VerifyCheck> Verifier::runCounts()
{
    VerifyCheck check;
    check.name = u"run-counts"_s;
    Result<> r = forEachRow(m_store,
        u"SELECT s.run_id, s.messages_new, s.revisions, "
        "(SELECT COUNT(*) FROM message_revision r WHERE r.first_run = s.run_id AND r.rev = 1), "
        "(SELECT COUNT(*) FROM message_revision r WHERE r.first_run = s.run_id AND r.rev > 1), "
        "s.events, (SELECT COUNT(*) FROM live_event e WHERE e.run_id = s.run_id) "
        "FROM sync_run s ORDER BY s.run_id"_s,
        [&](const QSqlQuery &q) {
            ++check.checked;
            const qint64 run = q.value(0).toLongLong();
            if (q.value(1).toLongLong() != q.value(3).toLongLong())
                addProblem(check,
                    tr("Run %1 counts %2 new messages; the archive holds %3 from it.")
                        .arg(run)
                        .arg(q.value(1).toLongLong())
                        .arg(q.value(3).toLongLong()));
            if (q.value(2).toLongLong() != q.value(4).toLongLong())
                addProblem(check,
                    tr("Run %1 counts %2 new versions; the archive holds %3 from it.")
                        .arg(run)
                        .arg(q.value(2).toLongLong())
                        .arg(q.value(4).toLongLong()));
            if (q.value(5).toLongLong() != q.value(6).toLongLong())
                addProblem(check,
                    tr("Run %1 counts %2 live events; the archive holds %3 from it.")
                        .arg(run)
                        .arg(q.value(5).toLongLong())
                        .arg(q.value(6).toLongLong()));
        });
    if (!r)
        return r.error();
    return check;
}

Result<VerifyCheck> Verifier::memberships()
{
    VerifyCheck check;
    check.name = u"memberships"_s;
    Result<QVariant> rows = m_store.scalar(u"SELECT COUNT(*) FROM membership"_s);
    if (!rows)
        return rows.error();
    check.checked = rows.value().toLongLong();
    Result<> backwards = forEachRow(m_store,
        u"SELECT stream_id, user_id, from_run, to_run FROM membership WHERE to_run IS NOT NULL AND "
        "to_run < from_run"_s,
        [&](const QSqlQuery &q) {
            addProblem(check,
                tr("User %1 in stream %2: an interval from run %3 ends before it, at run %4.")
                    .arg(q.value(1).toLongLong())
                    .arg(Ids::toUrlSafe(q.value(0).toString()))
                    .arg(q.value(2).toLongLong())
                    .arg(q.value(3).toLongLong()));
        });
    if (!backwards)
        return backwards.error();
    Result<> open = forEachRow(m_store,
        u"SELECT stream_id, user_id, COUNT(*) FROM membership WHERE to_run IS NULL "
        "GROUP BY stream_id, user_id HAVING COUNT(*) > 1"_s,
        [&](const QSqlQuery &q) {
            addProblem(check,
                tr("User %1 in stream %2 has %3 open membership intervals.")
                    .arg(q.value(1).toLongLong())
                    .arg(Ids::toUrlSafe(q.value(0).toString()))
                    .arg(q.value(2).toLongLong()));
        });
    if (!open)
        return open.error();
    return check;
}

} // namespace Inspector::Archive
