// SPDX-License-Identifier: Apache-2.0
// `archive sync` end to end against the demo pod, then read offline: what the pod serves is what
// the archive keeps, a second sync stores nothing twice, and a sync killed at any instant and then
// finished gives row for row what one uninterrupted sync gives.
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "archive/location.h"
#include "archive/schema.h"
#include "archive/store.h"
#include "archive/sync.h"
#include "cli/clitestsupport.h"
#include "common/postgresfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

const QString RatesDesk = QString::fromLatin1(Inspector::DemoPod::Demo::RatesDeskStreamId);

/// Every stored row that a sync decides, without the run numbers (which differ between runs), in
/// a form that is the same for both backends. @p archive is a file or a postgresql:// URL.
QStringList dump(const QString &archive)
{
    QStringList rows;
    const Inspector::Archive::Location location = Inspector::Archive::Location::parse(archive).value();
    const bool postgres = location.isPostgres();
    const QString name = u"dump-"_s + archive;
    {
        QSqlDatabase db = Inspector::TestSupport::archiveConnection(location, name, true);
        if (!db.open())
            return {u"cannot open "_s + archive};
        auto hex = [postgres](const QString &column) {
            return postgres ? u"upper(encode(%1, 'hex'))"_s.arg(column) : u"hex(%1)"_s.arg(column);
        };
        const QStringList queries {
            u"SELECT stream_id, message_id, ts, sender_id, sender, line, flags, attachments, parent_id, "
            u"replacing, replaced_by, rev, %1, CASE WHEN missing_run IS NULL THEN 1 ELSE 0 END "
            "FROM message ORDER BY stream_id, message_id"_s.arg(hex(u"hash"_s)),
            u"SELECT stream_id, message_id, rev, %1 FROM message_revision ORDER BY stream_id, message_id, rev"_s
                .arg(hex(u"json"_s)),
            u"SELECT stream_id, type, name, active, rev FROM stream ORDER BY stream_id"_s,
            u"SELECT stream_id, message_id, attachment_id, name, size, %1, COALESCE(CAST(file_size AS TEXT), "
            u"''), "
            "content_type, error "
            "FROM attachment ORDER BY stream_id, message_id, attachment_id"_s.arg(hex(u"file_hash"_s)),
            u"SELECT user_id, display_name, email FROM person ORDER BY user_id"_s,
            postgres ? u"SELECT COUNT(search) FROM message_revision"_s
                     : u"SELECT COUNT(*) FROM message_text"_s,
            // The order within each stream: the pod's, whatever the runs that stored it.
            u"SELECT stream_id, message_id, ROW_NUMBER() OVER (PARTITION BY stream_id ORDER BY ts, seq) FROM "
            u"message "
            "ORDER BY stream_id, ts, seq"_s,
        };
        for (const QString &sql : queries) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return {u"failed: "_s + sql + u": "_s + q.lastError().text()};
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells.append(q.value(i).toString());
                rows.append(cells.join(u'|'));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/// The first value of @p sql on @p archive (a file or a postgresql:// URL).
QVariant scalarOf(const QString &archive, const QString &sql)
{
    QVariant value;
    const QString name = u"scalar-"_s + archive;
    {
        QSqlDatabase db = Inspector::TestSupport::archiveConnection(
            Inspector::Archive::Location::parse(archive).value(), name, true);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/// Runs one statement on @p archive; true when it changed a row.
bool execOn(const QString &archive, const QString &sql)
{
    bool changed = false;
    const QString name = u"exec-"_s + archive;
    {
        QSqlDatabase db = Inspector::TestSupport::archiveConnection(
            Inspector::Archive::Location::parse(archive).value(), name, false);
        if (db.open()) {
            QSqlQuery q(db);
            changed = q.exec(sql) && q.numRowsAffected() > 0;
            if (!changed)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return changed;
}

quint64 inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

/// The attachment files an archive keeps, as "hash size", sorted; a file whose bytes do not hash
/// to its name (a partial file under a final name) is listed as "BROKEN path". Temporary files
/// (`.part-…`) are not kept files.
QStringList keptFiles(const QString &archive)
{
    QStringList files;
    const Inspector::Archive::Location location = Inspector::Archive::Location::parse(archive).value();
    if (location.isPostgres()) {
        const QString name = u"files-"_s + archive;
        {
            QSqlDatabase db = Inspector::TestSupport::archiveConnection(location, name, true);
            if (!db.open())
                return {u"cannot open "_s + archive};
            QSqlQuery q(db);
            if (!q.exec(u"SELECT encode(file_hash, 'hex'), length(bytes), sha256(bytes) = file_hash FROM "
                        "attachment_file ORDER BY 1"_s))
                return {q.lastError().text()};
            while (q.next())
                files.append(q.value(2).toBool()
                        ? QString(q.value(0).toString() + u' ' + q.value(1).toString())
                        : u"BROKEN "_s + q.value(0).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        QDirIterator it(
            location.path + u".files"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName().startsWith(u".part-"_s))
                continue;
            const QByteArray bytes = readFile(path);
            const QString hex
                = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            files.append(hex == it.fileName() ? QString(hex + u' ' + QString::number(bytes.size()))
                                              : u"BROKEN "_s + path);
        }
    }
    files.sort();
    return files;
}

QJsonObject reportOf(const CliRun &r)
{
    return r.json().at(0).toObject();
}

} // namespace

class TestArchiveSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Inspector::TestSupport::PostgresServer> m_postgres;

    /// The tests that mean the same on both backends run once on each.
    static void addBackends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    /// A new archive: a file named after @p name, or a new empty database.
    QString newArchive(bool postgres, const QString &name)
    {
        if (!postgres)
            return m_dir.filePath(name + u".sqlite"_s);
        QString error;
        const QString database = m_postgres->createDatabase(&error);
        if (database.isEmpty())
            qFatal("%s", qPrintable(error));
        return m_postgres->url(database);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<Inspector::TestSupport::PostgresServer>();
        const QString error = m_postgres->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_postgres.reset(); }

    void syncThenReadOffline_data() { addBackends(); }
    void syncThenReadOffline()
    {
        QFETCH(bool, postgres);
        const QString archive = newArchive(postgres, u"offline"_s);
        const CliRun sync = run({u"--demo"_s, u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--members"_s});
        QVERIFY2(sync.code == 0, qPrintable(describe(sync)));
        const QJsonObject counts = reportOf(sync).value(u"counts"_s).toObject();
        QVERIFY(counts.value(u"streams"_s).toInt() > 10);
        QVERIFY(counts.value(u"messagesNew"_s).toInt() > 40);
        QVERIFY(counts.value(u"memberChanges"_s).toInt() > 0);

        // The pod's own answer for the Rates Desk, object for object, is what the archive serves.
        const CliRun online
            = run({u"--demo"_s, u"--json"_s, u"messages"_s, RatesDesk, u"--keep-duplicates"_s});
        QVERIFY2(online.code == 0, qPrintable(describe(online)));
        const CliRun offline = run({u"--json"_s, u"archive"_s, u"messages"_s, archive, RatesDesk});
        QVERIFY2(offline.code == 0, qPrintable(describe(offline)));
        QHash<QString, QJsonObject> served;
        for (const QJsonValue &v : online.json())
            served.insert(Inspector::Ids::normalized(v.toObject().value(u"messageId"_s).toString()),
                withoutInspector(v.toObject()));
        QVERIFY(served.size() >= 12);
        QCOMPARE(offline.json().size(), served.size());
        for (const QJsonValue &v : offline.json()) {
            const QJsonObject stored = v.toObject();
            const QString id = Inspector::Ids::normalized(stored.value(u"messageId"_s).toString());
            QVERIFY2(served.contains(id), qPrintable(id));
            QCOMPARE(withoutInspector(stored), served.value(id));
            QCOMPARE(stored.value(u"_inspector"_s).toObject().value(u"streamId"_s).toString(), RatesDesk);
        }

        const CliRun info = run({u"--json"_s, u"archive"_s, u"info"_s, archive});
        QVERIFY2(info.code == 0, qPrintable(describe(info)));
        const QJsonObject summary = info.json().at(0).toObject();
        QCOMPARE(summary.value(u"messages"_s).toInt(), counts.value(u"messagesNew"_s).toInt());
        QCOMPARE(
            summary.value(u"runs"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"finished"_s);

        const CliRun streams = run({u"archive"_s, u"streams"_s, archive});
        QVERIFY2(
            streams.code == 0 && streams.text().contains(u"Rates Desk"_s), qPrintable(describe(streams)));
        const CliRun search = run({u"--json"_s, u"archive"_s, u"search"_s, archive, u"Rates"_s});
        QVERIFY2(search.code == 0 && !search.json().isEmpty(), qPrintable(describe(search)));
    }

    void secondSyncStoresNothingTwice_data() { addBackends(); }
    void secondSyncStoresNothingTwice()
    {
        QFETCH(bool, postgres);
        const QString archive = newArchive(postgres, u"twice"_s);
        QCOMPARE(run({u"--demo"_s, u"archive"_s, u"sync"_s, archive}).code, 0);
        const QStringList first = dump(archive);
        // Reading everything again (a look-back of ten years) finds every message already there.
        const CliRun again
            = run({u"--demo"_s, u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--lookback"_s, u"P3650D"_s});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        const QJsonObject counts = reportOf(again).value(u"counts"_s).toObject();
        QVERIFY(counts.value(u"messagesSeen"_s).toInt() > 40);
        QCOMPARE(counts.value(u"messagesNew"_s).toInt(), 0);
        QCOMPARE(counts.value(u"revisions"_s).toInt(), 0);
        QCOMPARE(counts.value(u"missing"_s).toInt(), 0);
        QCOMPARE(dump(archive), first);
    }

    void exportIsTheOnlineExport_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("csv") << QStringList {u"--format"_s, u"csv"_s};
        QTest::newRow("json") << QStringList {u"--format"_s, u"json"_s};
        QTest::newRow("jsonl") << QStringList {u"--format"_s, u"jsonl"_s};
        QTest::newRow("csv columns, semicolons") << QStringList {
            u"--format"_s, u"csv"_s, u"--columns"_s, u"time,senderName,text"_s, u"--separator"_s, u";"_s};
        QTest::newRow("no dedupe") << QStringList {u"--format"_s, u"jsonl"_s, u"--no-dedupe"_s};
        QTest::newRow("time window") << QStringList {u"--format"_s, u"csv"_s, u"--since"_s,
            u"2026-01-02T10:03:00Z"_s, u"--until"_s, u"2026-01-02T10:20:00Z"_s};
    }
    void exportIsTheOnlineExport()
    {
        // For the same messages, an export from the archive writes the same bytes as one from the pod.
        QFETCH(QStringList, options);
        const QString archive = m_dir.filePath(u"export.sqlite"_s);
        if (!QFile::exists(archive))
            QCOMPARE(run({u"--demo"_s, u"archive"_s, u"sync"_s, archive}).code, 0);
        const QString online = m_dir.filePath(u"online.out"_s);
        const QString offline = m_dir.filePath(u"offline.out"_s);
        const CliRun a
            = run(QStringList {u"--demo"_s, u"export"_s, RatesDesk, u"--output"_s, online} + options);
        QVERIFY2(a.code == 0, qPrintable(describe(a)));
        const CliRun b = run(
            QStringList {u"archive"_s, u"export"_s, archive, RatesDesk, u"--output"_s, offline} + options);
        QVERIFY2(b.code == 0, qPrintable(describe(b)));
        const QByteArray expected = readFile(online);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(readFile(offline), expected);
        // And to standard output, too.
        const CliRun c = run(
            QStringList {u"archive"_s, u"export"_s, archive, RatesDesk, u"--output"_s, u"-"_s} + options);
        QCOMPARE(c.out, expected);
    }

    void changesBetweenSyncs_data() { addBackends(); }
    void changesBetweenSyncs()
    {
        QFETCH(bool, postgres);
        // A pod of this process, changed between two syncs through the demo pod's change API.
        CliPod pod;
        Inspector::DemoPod::Config config;
        config.streams = 5;
        config.messagesPerStream = 60;
        QVERIFY(pod.start(config));
        using namespace Inspector::DemoPod;
        const QString archive = newArchive(postgres, u"changes"_s);
        const QStringList sync = pod.connection()
            + QStringList {
                u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--members"_s, u"--lookback"_s, u"P3650D"_s};
        const CliRun first = run(sync);
        QVERIFY2(first.code == 0, qPrintable(describe(first)));

        const QString edited
            = pod.server->editMessage(QString::fromLatin1(Demo::M2Id), u"<p>rates at 4.10</p>"_s);
        QVERIFY(!edited.isEmpty());
        QVERIFY(pod.server->changeMessageContent(QString::fromLatin1(Demo::M3Id), u"<p>now readable</p>"_s));
        QVERIFY(pod.server->suppressMessage(QString::fromLatin1(Demo::M4Id)));
        QVERIFY(pod.server->removeMessage(QString::fromLatin1(Demo::M1Id)));
        QVERIFY(pod.server->addMember(RatesDesk, Demo::CarolId));
        QVERIFY(pod.server->removeMember(RatesDesk, Demo::BobId));
        QVERIFY(pod.server->setOwner(RatesDesk, Demo::AliceId, false));
        QVERIFY(pod.server->renameRoom(RatesDesk, u"Rates Desk EMEA"_s));
        const QString late
            = pod.server->addMessage(RatesDesk, Demo::M1Timestamp - 60000, u"<p>late arrival</p>"_s);
        QVERIFY(!late.isEmpty());

        const CliRun second = run(sync);
        QVERIFY2(second.code == 0, qPrintable(describe(second)));
        const QJsonObject counts = reportOf(second).value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"messagesNew"_s).toInt(), 2); // the edit's new version, the late one
        QCOMPARE(counts.value(u"revisions"_s).toInt(), 2); // changed content, suppression
        QCOMPARE(counts.value(u"missing"_s).toInt(), 1);

        const CliRun diff = run({u"--json"_s, u"archive"_s, u"diff"_s, archive});
        QVERIFY2(diff.code == 0, qPrintable(describe(diff)));
        QMultiHash<QString, QJsonObject> byKind;
        for (const QJsonValue &v : diff.json())
            byKind.insert(v.toObject().value(u"change"_s).toString(), v.toObject());
        auto ids = [&](const QString &kind, const QString &field) {
            QStringList list;
            for (const QJsonObject &o : byKind.values(kind))
                list.append(o.value(field).toString());
            list.sort();
            return list;
        };
        using Inspector::Ids::normalized;
        QCOMPARE(ids(u"message-new"_s, u"messageId"_s), QStringList {normalized(late)});
        QStringList editedIds {normalized(edited), normalized(QString::fromLatin1(Demo::M3Id))};
        editedIds.sort();
        QCOMPARE(ids(u"message-edited"_s, u"messageId"_s), editedIds);
        QCOMPARE(ids(u"message-suppressed"_s, u"messageId"_s), QStringList {QString::fromLatin1(Demo::M4Id)});
        QCOMPARE(ids(u"message-missing"_s, u"messageId"_s), QStringList {QString::fromLatin1(Demo::M1Id)});
        QCOMPARE(ids(u"member-joined"_s, u"userId"_s), QStringList {QString::number(Demo::CarolId)});
        QCOMPARE(ids(u"member-left"_s, u"userId"_s), QStringList {QString::number(Demo::BobId)});
        QCOMPARE(ids(u"owner-changed"_s, u"userId"_s), QStringList {QString::number(Demo::AliceId)});
        QCOMPARE(ids(u"stream-renamed"_s, u"after"_s), QStringList {u"Rates Desk EMEA"_s});
        // The rename does not revise the room's messages, though every one now names the new room.
        QCOMPARE(byKind.count(u"message-edited"_s), 2);

        // Nothing is lost: the removed message and the earlier versions are still there.
        const CliRun kept
            = run({u"--json"_s, u"archive"_s, u"messages"_s, archive, RatesDesk, u"--revisions"_s});
        QVERIFY2(kept.code == 0, qPrintable(describe(kept)));
        int missing = 0;
        int revised = 0;
        for (const QJsonValue &v : kept.json()) {
            const QJsonObject derived = v.toObject().value(u"_inspector"_s).toObject();
            missing += derived.contains(u"missingSinceRun"_s);
            revised += derived.value(u"revisions"_s).toArray().size() > 1;
        }
        QCOMPARE(missing, 1);
        QCOMPARE(revised, 2);
        const CliRun search = run({u"--json"_s, u"archive"_s, u"search"_s, archive, u"readable"_s});
        QCOMPARE(search.json().size(), 1);

        // A third sync with no change changes nothing.
        const CliRun third = run(sync);
        QVERIFY2(third.code == 0, qPrintable(describe(third)));
        const QJsonObject quiet = reportOf(third).value(u"counts"_s).toObject();
        QCOMPARE(quiet.value(u"messagesNew"_s).toInt(), 0);
        QCOMPARE(quiet.value(u"revisions"_s).toInt(), 0);
        QCOMPARE(quiet.value(u"missing"_s).toInt(), 0);
        QCOMPARE(quiet.value(u"memberChanges"_s).toInt(), 0);

        const CliRun coverage
            = run({u"--json"_s, u"archive"_s, u"coverage"_s, archive, RatesDesk, u"--by"_s, u"week"_s});
        QVERIFY2(coverage.code == 0, qPrintable(describe(coverage)));
        bool gap = false;
        for (const QJsonValue &v : coverage.json())
            gap = gap || v.toObject().contains(u"gapFrom"_s);
        QVERIFY(!gap);

        // Three runs with edits, suppressions, a removal and member changes: everything checks out.
        const CliRun verify = run({u"--json"_s, u"archive"_s, u"verify"_s, archive});
        QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
        QHash<QString, QJsonObject> checks;
        for (const QJsonValue &v : verify.json())
            checks.insert(v.toObject().value(u"check"_s).toString(), v.toObject());
        QCOMPARE(checks.size(), 8);
        for (const QJsonObject &c : std::as_const(checks))
            QCOMPARE(c.value(u"problems"_s).toInt(), 0);
        // Every version of every message was looked at: the messages and their earlier versions.
        const QJsonObject held = run({u"--json"_s, u"archive"_s, u"info"_s, archive}).json().at(0).toObject();
        QCOMPARE(checks.value(u"message-bytes"_s).value(u"checked"_s).toInt(),
            held.value(u"messages"_s).toInt() + held.value(u"revisions"_s).toInt());
        QCOMPARE(checks.value(u"search-index"_s).value(u"checked"_s).toInt(),
            checks.value(u"message-bytes"_s).value(u"checked"_s).toInt());
        QCOMPARE(checks.value(u"run-counts"_s).value(u"checked"_s).toInt(), 3);
        QVERIFY(checks.value(u"memberships"_s).value(u"checked"_s).toInt() > 0);
        QCOMPARE(checks.value(u"structure"_s).contains(u"note"_s), postgres);
    }

    void verifyFindsDamage_data()
    {
        QTest::addColumn<QStringList>("damage");
        QTest::addColumn<QStringList>("failing");
        const QString first = u"(SELECT MIN(rowid) FROM %1)"_s;
        QTest::newRow("a byte added to a kept message") << QStringList {
            u"UPDATE message_revision SET json = json || X'20' WHERE rowid = "_s
            + first.arg(u"message_revision"_s)} << QStringList {u"message-bytes"_s};
        QTest::newRow("a stream's object replaced") << QStringList {
            u"UPDATE stream_revision SET raw = X'7B7D' WHERE rowid = "_s
            + first.arg(u"stream_revision"_s)} << QStringList {u"stream-bytes"_s};
        QTest::newRow("a version deleted") << QStringList {u"DELETE FROM message_revision WHERE rowid = "_s
            + first.arg(u"message_revision"_s)}
                                           << QStringList {u"revisions"_s, u"run-counts"_s};
        QTest::newRow("a message deleted, its versions kept")
            << QStringList {u"DELETE FROM message WHERE rowid = "_s + first.arg(u"message"_s)}
            << QStringList {u"revisions"_s};
        QTest::newRow("a run's count changed")
            << QStringList {u"UPDATE sync_run SET revisions = revisions + 1"_s}
            << QStringList {u"run-counts"_s};
        QTest::newRow("an interval ending before it starts") << QStringList {
            u"UPDATE membership SET to_run = from_run - 1 WHERE rowid = "_s
            + first.arg(u"membership"_s)} << QStringList {u"memberships"_s};
        QTest::newRow("two open intervals")
            << QStringList {u"INSERT INTO membership SELECT stream_id, user_id, from_run + 100, NULL, owner, "
                            "join_date FROM membership WHERE to_run IS NULL LIMIT 1"_s}
            << QStringList {u"memberships"_s};
        QTest::newRow("the search index damaged")
            << QStringList {u"UPDATE message_text_data SET block = zeroblob(length(block)) WHERE id > 10"_s}
            << QStringList {u"search-index"_s};
    }
    void verifyFindsDamage()
    {
        QFETCH(QStringList, damage);
        QFETCH(QStringList, failing);
        // One synced archive, copied for each kind of damage.
        const QString clean = m_dir.filePath(u"verify-clean.sqlite"_s);
        if (!QFile::exists(clean)) {
            const CliRun sync = run({u"--demo"_s, u"archive"_s, u"sync"_s, clean, u"--members"_s});
            QVERIFY2(sync.code == 0, qPrintable(describe(sync)));
            QCOMPARE(run({u"archive"_s, u"verify"_s, clean}).code, 0);
        }
        const QString archive = m_dir.filePath(
            u"verify-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY(QFile::copy(clean, archive));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(archive);
            QVERIFY(db.open());
            for (const QString &sql : std::as_const(damage)) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                QVERIFY2(q.numRowsAffected() > 0, qPrintable(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);

        const CliRun verify = run({u"--json"_s, u"archive"_s, u"verify"_s, archive});
        QCOMPARE(verify.code, 8);
        QStringList found;
        for (const QJsonValue &v : verify.json()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"problems"_s).toInt() == 0)
                continue;
            found.append(c.value(u"check"_s).toString());
            // Each problem is described, on standard error as in the JSON.
            const QString first = c.value(u"details"_s).toArray().at(0).toString();
            QVERIFY(!first.isEmpty());
            QVERIFY2(verify.errText().contains(first), qPrintable(describe(verify)));
        }
        QCOMPARE(found, failing);
        QVERIFY2(verify.errText().contains(u"problem"_s), qPrintable(describe(verify)));
        // The table says which check failed.
        const CliRun table = run({u"archive"_s, u"verify"_s, archive});
        QCOMPARE(table.code, 8);
        QVERIFY2(table.text().contains(u"FAILED"_s), qPrintable(describe(table)));
    }

    void bothBackendsKeepTheSameRows()
    {
        // One schema for both: the same sync of the same pod stores the same rows, byte for byte.
        const QString file = newArchive(false, u"same"_s);
        const QString database = newArchive(true, u"same"_s);
        for (const QString &archive : {file, database}) {
            const CliRun sync = run({u"--demo"_s, u"archive"_s, u"sync"_s, archive, u"--members"_s});
            QVERIFY2(sync.code == 0, qPrintable(describe(sync)));
        }
        const QStringList sqlite = dump(file);
        QVERIFY(sqlite.size() > 40);
        QCOMPARE(dump(database), sqlite);
    }

    void aFailedWriteEndsTheRunOnce()
    {
        // The archive refuses a write as the second pass starts, after the listing ended and the first
        // stream was read: the run ends once, failed, with the reason, and no stream starts after it.
        CliPod pod;
        Inspector::DemoPod::Config config;
        config.streams = 6;
        config.messagesPerStream = 20;
        QVERIFY(pod.start(config));
        const QString archive = m_dir.filePath(u"broken.sqlite"_s);
        QCOMPARE(run(pod.connection() + QStringList {u"archive"_s, u"sync"_s, archive}).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"break"_s);
            db.setDatabaseName(archive);
            QVERIFY(db.open());
            QVERIFY(
                QSqlQuery(db).exec(u"CREATE TRIGGER refuse BEFORE INSERT ON coverage WHEN (SELECT COUNT(*) "
                                   "FROM coverage WHERE run_id = NEW.run_id) >= 1 BEGIN SELECT "
                                   "RAISE(ABORT, 'coverage refused'); END"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"break"_s);
        using namespace Inspector::Archive;
        Inspector::Result<std::unique_ptr<Store>> store
            = Store::open(Location::parse(archive).value(), Store::Mode::Write);
        INSPECTOR_VERIFY_OK(store);
        const std::unique_ptr<Inspector::ApiClient> client = Inspector::TestSupport::botClient(*pod.server);
        SyncOptions options;
        options.concurrency = 1;
        Sync sync(client.get(), store.value().get(), options);
        QSignalSpy finished(&sync, &Sync::finished);
        sync.start();
        QVERIFY(finished.wait(30000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(0).toString().contains(u"coverage refused"_s),
            qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(store.value()
                     ->scalar(u"SELECT status FROM sync_run WHERE run_id = ?"_s, {sync.runId()})
                     .value()
                     .toString(),
            u"failed"_s);
    }

    void receiptsAreKept_data() { addBackends(); }
    void receiptsAreKept()
    {
        QFETCH(bool, postgres);
        CliPod pod;
        QVERIFY(pod.start());
        const QString archive = newArchive(postgres, u"receipts"_s);
        const QStringList sync = pod.connection()
            + QStringList {u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--streams"_s, RatesDesk,
                u"--receipts"_s, u"--lookback"_s, u"P3650D"_s};
        const CliRun first = run(sync);
        QVERIFY2(first.code == 0, qPrintable(describe(first)));
        QCOMPARE(reportOf(first).value(u"counts"_s).toObject().value(u"receipts"_s).toInt(), 3);

        // What the pod answers for the Rates Desk's first message, reader by reader.
        const CliRun kept = run({u"--json"_s, u"archive"_s, u"receipts"_s, archive, RatesDesk});
        QVERIFY2(kept.code == 0, qPrintable(describe(kept)));
        QCOMPARE(kept.json().size(), 3);
        QSet<qint64> readers;
        for (const QJsonValue &v : kept.json()) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.value(u"_inspector"_s).toObject().value(u"messageId"_s).toString(),
                Inspector::Ids::normalized(QString::fromLatin1(Inspector::DemoPod::Demo::M1Id)));
            QVERIFY(r.value(u"deliveryReceiptTimestamp"_s).toInteger() > 0);
            readers.insert(r.value(u"user"_s).toObject().value(u"id"_s).toInteger());
        }
        QCOMPARE(readers.size(), 3);

        // Read again: nothing new. Refused (no administrator's rights): the stream fails, with why.
        const CliRun second = run(sync);
        QVERIFY2(second.code == 0, qPrintable(describe(second)));
        QCOMPARE(reportOf(second).value(u"counts"_s).toObject().value(u"receipts"_s).toInt(), 0);
        Inspector::DemoPod::Fault refused;
        refused.pathPattern = u"/pod/v1/admin/messages/.*/receipts"_s;
        refused.status = 403;
        refused.count = -1;
        pod.server->addFault(refused);
        const CliRun third = run(sync);
        QCOMPARE(third.code, 5);
        QVERIFY2(third.errText().contains(u"receipts:"_s), qPrintable(describe(third)));
        QCOMPARE(run({u"archive"_s, u"verify"_s, archive}).code, 0);
    }

    void attachmentsAreKept_data() { addBackends(); }
    void attachmentsAreKept()
    {
        QFETCH(bool, postgres);
        CliPod pod;
        QVERIFY(pod.start());
        const QString im = QString::fromLatin1(Inspector::DemoPod::Demo::ImStreamId);
        const QString archive = newArchive(postgres, u"files"_s);
        const QStringList sync = pod.connection()
            + QStringList {u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--streams"_s,
                im + u","_s + RatesDesk, u"--attachments"_s, u"--lookback"_s, u"P3650D"_s};
        const CliRun first = run(sync);
        QVERIFY2(first.code == 0, qPrintable(describe(first)));
        const QJsonObject counts = reportOf(first).value(u"counts"_s).toObject();
        const int files = counts.value(u"files"_s).toInt();
        QVERIFY2(files >= 3, qPrintable(describe(first)));
        QCOMPARE(counts.value(u"fileFailures"_s).toInt(), 0);
        auto downloads = [&pod] {
            int n = 0;
            for (const Inspector::DemoPod::LoggedRequest &r : pod.server->requestLog())
                n += r.path.endsWith(u"/attachment"_s) ? 1 : 0;
            return n;
        };
        QCOMPARE(downloads(), files);

        // The kept files are the pod's, byte for byte: as `attachments --download` saves them.
        const QString online = m_dir.filePath(u"online-%1"_s.arg(postgres));
        const QString offline = m_dir.filePath(u"offline-%1"_s.arg(postgres));
        for (const QString &stream : {im, RatesDesk}) {
            const CliRun download
                = run(pod.connection() + QStringList {u"attachments"_s, stream, u"--download"_s, online});
            QVERIFY2(download.code == 0, qPrintable(describe(download)));
            const CliRun saved
                = run({u"--json"_s, u"archive"_s, u"attachments"_s, archive, stream, u"--save"_s, offline});
            QVERIFY2(saved.code == 0, qPrintable(describe(saved)));
            for (const QJsonValue &v : saved.json()) {
                const QJsonObject a = v.toObject();
                QVERIFY2(a.contains(u"sha256"_s), qPrintable(describe(saved)));
                if (a.value(u"name"_s).toString() == u"chart.png"_s)
                    QCOMPARE(a.value(u"contentType"_s).toString(), u"image/png"_s);
                if (a.value(u"name"_s).toString() == u"term-sheet.pdf"_s)
                    QCOMPARE(a.value(u"contentType"_s).toString(), u"application/pdf"_s);
            }
        }
        const QStringList names = QDir(online).entryList(QDir::Files);
        QCOMPARE(names.size(), files);
        QCOMPARE(QDir(offline).entryList(QDir::Files), names);
        for (const QString &name : names)
            QCOMPARE(readFile(QDir(offline).filePath(name)), readFile(QDir(online).filePath(name)));

        if (!postgres) {
            // Beside the archive, named by their SHA-256, readable by the owner alone.
            const QString folder = archive + u".files"_s;
            int kept = 0;
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QByteArray bytes = readFile(path);
                const QString hex = QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                QCOMPARE(it.fileName(), hex);
                QCOMPARE(QFileInfo(path).dir().dirName(), hex.left(2));
                QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
                ++kept;
            }
            QCOMPARE(kept, files);
        }

        // A transcript from the archive has the kept files beside it, and fetches nothing.
        const QString transcript = m_dir.filePath(u"im-%1.html"_s.arg(postgres));
        const CliRun exported
            = run({u"archive"_s, u"export"_s, archive, im, u"--output"_s, transcript, u"--attachments"_s});
        QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
        const QString beside = m_dir.filePath(u"im-%1_files"_s.arg(postgres));
        QCOMPARE(QDir(beside).entryList(QDir::Files), QStringList({u"chart.png"_s, u"term-sheet.pdf"_s}));
        for (const QString &name : QDir(beside).entryList(QDir::Files))
            QCOMPARE(readFile(QDir(beside).filePath(name)), readFile(QDir(online).filePath(name)));
        const QByteArray image = "<img src=\"im-" + QByteArray::number(postgres) + "_files/chart.png\"";
        QVERIFY(readFile(transcript).contains(image));

        // The next sync fetches no file again: each attachment is tied to its file.
        pod.server->clearRequestLog();
        const CliRun second = run(sync);
        QVERIFY2(second.code == 0, qPrintable(describe(second)));
        QCOMPARE(reportOf(second).value(u"counts"_s).toObject().value(u"files"_s).toInt(), 0);
        QCOMPARE(downloads(), 0);
        QCOMPARE(run({u"archive"_s, u"verify"_s, archive}).code, 0);
    }

    void aFileHeldIsNotWrittenTwice()
    {
        // An attachment whose tie was lost (a kill between the file and its row) is fetched again,
        // and its file, already held under its hash, is not written again.
        CliPod pod;
        QVERIFY(pod.start());
        const QString im = QString::fromLatin1(Inspector::DemoPod::Demo::ImStreamId);
        const QString archive = m_dir.filePath(u"held.sqlite"_s);
        const QStringList sync = pod.connection()
            + QStringList {
                u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--streams"_s, im, u"--attachments"_s};
        QCOMPARE(run(sync).code, 0);
        const QByteArray hash = scalarOf(archive,
            u"SELECT file_hash FROM attachment WHERE attachment_id = '%1'"_s.arg(
                QString::fromLatin1(Inspector::DemoPod::Demo::PngAttachmentId)))
                                    .toByteArray();
        QCOMPARE(hash.size(), 32);
        const QString path = archive + u".files/"_s + QString::fromLatin1(hash.toHex().left(2)) + u'/'
            + QString::fromLatin1(hash.toHex());
        const quint64 written = inodeOf(path);
        QVERIFY(written != 0);
        // A partial file a kill left behind (under a temporary name) goes too.
        const QString leftover = QFileInfo(path).dir().filePath(u".part-deadbeef"_s);
        QVERIFY(writeFile(leftover, "half"));
        QVERIFY(execOn(archive, u"UPDATE attachment SET file_hash = NULL, file_size = NULL"_s));
        pod.server->clearRequestLog();
        const CliRun again = run(sync);
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QCOMPARE(reportOf(again).value(u"counts"_s).toObject().value(u"files"_s).toInt(), 2);
        QCOMPARE(inodeOf(path), written); // a file written again would be a new one renamed there
        QVERIFY(!QFile::exists(leftover));
        QCOMPARE(run({u"archive"_s, u"verify"_s, archive}).code, 0);

        // The same file id in another message of the stream (a forwarded attachment) is tied to
        // the file kept, without a download.
        QVERIFY(execOn(archive,
            u"INSERT INTO attachment (stream_id, message_id, attachment_id, name, size, first_run, last_run) "
            "SELECT stream_id, message_id, '%1', 'forwarded.png', 1, 1, 1 FROM message WHERE attachments = 0 "
            "LIMIT 1"_s.arg(QString::fromLatin1(Inspector::DemoPod::Demo::PngAttachmentId))));
        pod.server->clearRequestLog();
        const CliRun forwarded = run(sync);
        QVERIFY2(forwarded.code == 0, qPrintable(describe(forwarded)));
        QCOMPARE(reportOf(forwarded).value(u"counts"_s).toObject().value(u"files"_s).toInt(), 1);
        for (const Inspector::DemoPod::LoggedRequest &r : pod.server->requestLog())
            QVERIFY2(!r.path.endsWith(u"/attachment"_s), qPrintable(r.path));
        QCOMPARE(scalarOf(archive,
                     u"SELECT COUNT(DISTINCT file_hash) FROM attachment WHERE attachment_id = '%1'"_s.arg(
                         QString::fromLatin1(Inspector::DemoPod::Demo::PngAttachmentId)))
                     .toInt(),
            1);
    }

    void aFailedDownloadIsReportedAndRetried_data() { addBackends(); }
    void aFailedDownloadIsReportedAndRetried()
    {
        QFETCH(bool, postgres);
        CliPod pod;
        QVERIFY(pod.start());
        const QString im = QString::fromLatin1(Inspector::DemoPod::Demo::ImStreamId);
        const QString archive = newArchive(postgres, u"failed-files"_s);
        const QStringList sync = pod.connection()
            + QStringList {u"--json"_s, u"archive"_s, u"sync"_s, archive, u"--streams"_s,
                im + u","_s + RatesDesk, u"--attachments"_s};
        // The IM's files are refused; the Rates Desk's come.
        pod.answerAlways("GET", u"/agent/v1/stream/%1/attachment"_s.arg(im), 400);
        const CliRun first = run(sync);
        QCOMPARE(first.code, 5);
        const QJsonObject report = reportOf(first);
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"fileFailures"_s).toInt(), 2);
        QVERIFY(report.value(u"counts"_s).toObject().value(u"files"_s).toInt() >= 1);
        QCOMPARE(report.value(u"fileFailures"_s).toArray().size(), 2);
        QVERIFY2(first.errText().contains(u"term-sheet.pdf"_s), qPrintable(describe(first)));
        const CliRun listed = run({u"--json"_s, u"archive"_s, u"attachments"_s, archive, im});
        QCOMPARE(listed.json().size(), 2);
        for (const QJsonValue &v : listed.json()) {
            QVERIFY(!v.toObject().contains(u"sha256"_s));
            QVERIFY(!v.toObject().value(u"error"_s).toString().isEmpty());
        }
        const CliRun info = run({u"--json"_s, u"archive"_s, u"info"_s, archive});
        QCOMPARE(info.json()
                     .at(0)
                     .toObject()
                     .value(u"runs"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
            u"partial"_s);

        // Served again: the next sync fetches only what failed.
        pod.server->clearFaults();
        const CliRun second = run(sync);
        QVERIFY2(second.code == 0, qPrintable(describe(second)));
        QCOMPARE(reportOf(second).value(u"counts"_s).toObject().value(u"files"_s).toInt(), 2);
        const CliRun now = run({u"--json"_s, u"archive"_s, u"attachments"_s, archive, im});
        for (const QJsonValue &v : now.json()) {
            QVERIFY(v.toObject().contains(u"sha256"_s));
            QVERIFY(!v.toObject().contains(u"error"_s));
        }
    }

    void verifyChecksTheFiles_data() { addBackends(); }
    void verifyChecksTheFiles()
    {
        QFETCH(bool, postgres);
        CliPod pod;
        QVERIFY(pod.start());
        const QString im = QString::fromLatin1(Inspector::DemoPod::Demo::ImStreamId);
        const QString archive = newArchive(postgres, u"verify-files"_s);
        QCOMPARE(run(pod.connection()
                     + QStringList {u"archive"_s, u"sync"_s, archive, u"--streams"_s, im, u"--attachments"_s})
                     .code,
            0);
        QCOMPARE(run({u"archive"_s, u"verify"_s, archive}).code, 0);
        const QString png = QString::fromLatin1(Inspector::DemoPod::Demo::PngAttachmentId);
        const QString pdf = QString::fromLatin1(Inspector::DemoPod::Demo::PdfAttachmentId);
        auto fileOf = [&](const QString &id) -> QString {
            const QByteArray hash
                = scalarOf(archive, u"SELECT file_hash FROM attachment WHERE attachment_id = '%1'"_s.arg(id))
                      .toByteArray();
            return archive + u".files/"_s + QString::fromLatin1(hash.toHex().left(2)) + u'/'
                + QString::fromLatin1(hash.toHex());
        };
        // One file changed, one gone.
        if (postgres) {
            QVERIFY(execOn(archive,
                u"UPDATE attachment_file SET bytes = bytes || '\\x00'::bytea WHERE file_hash = (SELECT "
                u"file_hash "
                "FROM attachment WHERE attachment_id = '%1')"_s.arg(png)));
            QVERIFY(execOn(archive,
                u"DELETE FROM attachment_file WHERE file_hash = (SELECT file_hash FROM attachment WHERE "
                "attachment_id = '%1')"_s.arg(pdf)));
        } else {
            QFile file(fileOf(png));
            QVERIFY(file.open(QIODevice::Append));
            file.write("x");
            file.close();
            QVERIFY(QFile::remove(fileOf(pdf)));
        }
        const CliRun verify = run({u"--json"_s, u"archive"_s, u"verify"_s, archive});
        QCOMPARE(verify.code, 8);
        bool found = false;
        for (const QJsonValue &v : verify.json()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"check"_s).toString() != u"attachment-files"_s) {
                QCOMPARE(c.value(u"problems"_s).toInt(), 0);
                continue;
            }
            found = true;
            QCOMPARE(c.value(u"problems"_s).toInt(), 2);
            const QString details = c.value(u"details"_s).toVariant().toStringList().join(u'\n');
            QVERIFY2(details.contains(u"missing"_s) && details.contains(u"SHA-256"_s), qPrintable(details));
        }
        QVERIFY(found);
        // Getting a missing file out says so.
        const CliRun save = run({u"archive"_s, u"attachments"_s, archive, im, u"--save"_s,
            m_dir.filePath(u"damaged-%1"_s.arg(postgres))});
        QCOMPARE(save.code, 8);
        QVERIFY2(save.errText().contains(u"missing"_s), qPrintable(describe(save)));
    }

    void concurrencyIsRequestsAtOnce()
    {
        // --concurrency 8 reads eight streams at once: eight requests wait at the pod together (the
        // session's own limit of 4 would hold the other four back).
        CliPod pod;
        Inspector::DemoPod::Config config;
        config.streams = 12;
        config.messagesPerStream = 30;
        QVERIFY(pod.start(config));
        const QString archive = m_dir.filePath(u"wide.sqlite"_s);
        using namespace Inspector::Archive;
        Inspector::Result<std::unique_ptr<Store>> store
            = Store::open(Location::parse(archive).value(), Store::Mode::Write);
        INSPECTOR_VERIFY_OK(store);
        const std::unique_ptr<Inspector::ApiClient> client = Inspector::TestSupport::botClient(*pod.server);
        QCOMPARE(client->maxConcurrent(), 4);
        pod.server->setLatencyMs(300);
        SyncOptions options;
        options.concurrency = 8;
        Sync sync(client.get(), store.value().get(), options);
        QSignalSpy finished(&sync, &Sync::finished);
        sync.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QCOMPARE(client->maxConcurrent(), 8);
        QVERIFY2(pod.server->maxHeldAnswers() > 4, qPrintable(QString::number(pod.server->maxHeldAnswers())));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("two scopes") << QStringList {u"--mine"_s, u"--admin"_s} << u"one scope"_s;
        QTest::newRow("bad lookback") << QStringList {u"--lookback"_s, u"1 week"_s} << u"--lookback"_s;
        QTest::newRow("bad concurrency") << QStringList {u"--concurrency"_s, u"0"_s} << u"--concurrency"_s;
        QTest::newRow("bad id") << QStringList {u"--streams"_s, u"not*an*id"_s} << u"not*an*id"_s;
        QTest::newRow("password in url") << QStringList {} << u"password"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString archive = QLatin1StringView(QTest::currentDataTag()) == "password in url"_L1
            ? u"postgresql://me:secret@db/pods"_s
            : m_dir.filePath(u"never.sqlite"_s);
        const CliRun r = run(QStringList {u"--demo"_s, u"archive"_s, u"sync"_s, archive} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(says), qPrintable(describe(r)));
        QVERIFY(!r.errText().contains(u"secret"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.sqlite"_s)));
    }

    void upgradeBringsAnOldArchiveForward()
    {
        const QString path = m_dir.filePath(u"version1.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &sql : Inspector::Archive::Dialect {false}.migration(1))
                QVERIFY(QSqlQuery(db).exec(sql));
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO meta VALUES ('schema_version', '1')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        const CliRun before = run({u"archive"_s, u"info"_s, path});
        QCOMPARE(before.code, 2);
        QVERIFY2(before.errText().contains(u"archive upgrade"_s), qPrintable(describe(before)));
        const CliRun upgrade = run({u"archive"_s, u"upgrade"_s, path});
        QVERIFY2(upgrade.code == 0, qPrintable(describe(upgrade)));
        QVERIFY(upgrade.errText().contains(u"schema version %1"_s.arg(Inspector::Archive::Schema::Version)));
        QCOMPARE(run({u"archive"_s, u"info"_s, path}).code, 0);
    }

    void readingNeedsAnArchive()
    {
        const CliRun r = run({u"archive"_s, u"info"_s, m_dir.filePath(u"absent.sqlite"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(u"no archive"_s), qPrintable(describe(r)));
    }

    void killedAnywhereThenFinished_data() { addBackends(); }
    void killedAnywhereThenFinished()
    {
        QFETCH(bool, postgres);
        // A pod of its own process, big enough that a sync takes a few seconds.
        QProcess pod;
        pod.setProgram(QStringLiteral(INSPECTOR_DEMO_POD_EXECUTABLE));
        pod.setArguments({u"--streams"_s, u"6"_s, u"--messages-per-stream"_s, u"10000"_s});
        pod.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        pod.start();
        QVERIFY(pod.waitForStarted());
        QVERIFY(pod.waitForReadyRead(30000));
        const QString line = QString::fromUtf8(pod.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        const QString keyPath = m_dir.filePath(u"bot.pem"_s);
        QVERIFY(writeFile(keyPath, Inspector::DemoPod::Server::botPrivateKeyPem()));
        const QStringList connection {u"--pod"_s, line.mid(13), u"--bot-username"_s,
            Inspector::DemoPod::Server::botUsername(), u"--private-key"_s, keyPath};
        const auto stopPod = qScopeGuard([&pod] {
            pod.kill();
            pod.waitForFinished();
        });
        auto sync = [&](const QString &archive) {
            return connection
                + QStringList {
                    u"archive"_s, u"sync"_s, archive, u"--concurrency"_s, u"2"_s, u"--attachments"_s};
        };
        const QString filesTied = u"SELECT COUNT(*) FROM attachment WHERE file_hash IS NOT NULL"_s;

        // The reference: one sync that nobody interrupts.
        const QString reference = newArchive(postgres, u"reference"_s);
        QCOMPARE(runProcess(sync(reference), -1), 0);
        const QStringList expected = dump(reference);
        const qint64 expectedMessages = MessageCounter(reference)();
        QVERIFY(expectedMessages > 10000);
        const qint64 expectedFiles = MessageCounter(reference, filesTied)();
        QVERIFY(expectedFiles > 100);
        const QStringList expectedKept = keptFiles(reference);
        QCOMPARE(expectedKept.size(), expectedFiles);

        // The same sync killed (SIGKILL) again and again, then run to its end: kills early in a run
        // (while it lists streams), and kills once the archive has grown past a mark, at whatever
        // point of a page or a transaction the writer is then.
        const QString archive = newArchive(postgres, u"killed"_s);
        MessageCounter storedMessages(archive);
        QRandomGenerator random(20261207);
        int killed = 0;
        for (int delayMs : {40, 120, 250}) {
            if (runProcess(sync(archive), delayMs) == -9)
                ++killed;
        }
        for (int mark = 1; mark <= 6; ++mark) {
            const qint64 messages = expectedMessages * mark / 7 + random.bounded(500);
            const int code = runProcess(sync(archive), -1, [&] { return storedMessages() >= messages; });
            qInfo("run killed past %lld messages: %s", messages,
                code == -9 ? "killed" : qPrintable(u"exited with %1"_s.arg(code)));
            if (code == -9)
                ++killed;
        }
        // Kills while the files come, at whatever point of a file's write or its row's transaction:
        // no partial file ever has a file's name.
        MessageCounter storedFiles(archive, filesTied);
        int killedInFiles = 0;
        for (int mark = 1; mark <= 4; ++mark) {
            const qint64 files = expectedFiles * mark / 5 + random.bounded(10);
            const int code = runProcess(sync(archive), -1, [&] { return storedFiles() >= files; });
            qInfo("run killed past %lld files: %s", files,
                code == -9 ? "killed" : qPrintable(u"exited with %1"_s.arg(code)));
            killedInFiles += code == -9 ? 1 : 0;
            for (const QString &kept : keptFiles(archive))
                QVERIFY2(!kept.startsWith(u"BROKEN"_s), qPrintable(kept));
        }
        QVERIFY2(killed >= 6, "too few kills landed while the sync ran; the test proves nothing");
        QVERIFY2(killedInFiles >= 3, "too few kills landed while the files came");
        QCOMPARE(runProcess(sync(archive), -1), 0);
        const QStringList actual = dump(archive);
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);
        QCOMPARE(keptFiles(archive), expectedKept);
        // Every run, killed or not, counts exactly the messages it kept (they are added to its row in
        // each page's transaction), and every kept byte is intact.
        const CliRun verify = run({u"archive"_s, u"verify"_s, archive});
        QVERIFY2(verify.code == 0, qPrintable(describe(verify)));

        // The runs that were killed say so, with what they stored. (A kill before the run's row was
        // written leaves no row: only most kills are counted.)
        const CliRun info = run({u"--json"_s, u"archive"_s, u"info"_s, archive});
        QVERIFY2(info.code == 0, qPrintable(describe(info)));
        int interrupted = 0;
        for (const QJsonValue &v : info.json().at(0).toObject().value(u"runs"_s).toArray()) {
            const QJsonObject r = v.toObject();
            QVERIFY(r.value(u"status"_s).toString() != u"running"_s);
            interrupted += r.value(u"status"_s).toString() == u"interrupted"_s && !r.contains(u"endedAt"_s);
        }
        QVERIFY2(interrupted >= 3, qPrintable(QString::number(interrupted)));
    }

private:
    /// The messages of an archive, counted over one read connection while a sync may be writing
    /// to it (SQLite's WAL and PostgreSQL's snapshots let both go on); 0 until it has a schema.
    class MessageCounter
    {
    public:
        explicit MessageCounter(
            const QString &archive, const QString &sql = u"SELECT COUNT(*) FROM message"_s)
            : m_location(Inspector::Archive::Location::parse(archive).value())
            , m_sql(sql)
        { }
        qint64 operator()()
        {
            using Inspector::Archive::Store;
            if (!m_store) {
                Inspector::Result<std::unique_ptr<Store>> store = Store::open(m_location, Store::Mode::Read);
                if (!store)
                    return 0;
                m_store = std::move(store).value();
            }
            const Inspector::Result<QVariant> n = m_store->scalar(m_sql);
            return n ? n.value().toLongLong() : 0;
        }

    private:
        Inspector::Archive::Location m_location;
        QString m_sql;
        std::unique_ptr<Inspector::Archive::Store> m_store;
    };

    /// Runs the CLI program; SIGKILL after @p killAfterMs (-1: never) or once @p killWhen says so
    /// (asked every 10 ms). The exit code, or -9 when killed.
    int runProcess(const QStringList &args, int killAfterMs, const std::function<bool()> &killWhen = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(INSPECTOR_CLI_EXECUTABLE));
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start();
        if (!process.waitForStarted())
            return -100;
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill();
            process.waitForFinished();
            return -9;
        }
        if (killWhen) {
            while (!process.waitForFinished(10)) {
                if (killWhen()) {
                    process.kill();
                    process.waitForFinished();
                    return -9;
                }
            }
        }
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(120000))
            return -101;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -102;
    }
};

INSPECTOR_TEST_MAIN(TestArchiveSync)
#include "tst_archivesync.moc"
