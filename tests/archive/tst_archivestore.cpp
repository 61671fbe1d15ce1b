// SPDX-License-Identifier: Apache-2.0
// The archive's storage on its own: where an archive is, how it opens, its schema version, its
// lock, and the search syntax. No pod.
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include "archive/location.h"
#include "archive/schema.h"
#include "archive/store.h"
#include "common/postgresfixture.h"
#include "common/testsuite.h"
#include "data/times.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;

class TestArchiveStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    QTemporaryDir m_dir;

    /// The tests that mean the same on both backends run once on each.
    static void addBackends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    /// A new archive's location: a file that does not exist yet, or a new empty database.
    QString newArchive(bool postgres)
    {
        static int n = 0;
        if (!postgres)
            return m_dir.filePath(u"new%1.sqlite"_s.arg(++n));
        QString error;
        const QString database = m_postgres->createDatabase(&error);
        if (database.isEmpty())
            qFatal("%s", qPrintable(error));
        return m_postgres->url(database);
    }
    /// A connection of the test's own to @p where (SQLite: the file; PostgreSQL: the database).
    QSqlDatabase rawConnection(const QString &where, const QString &name)
    {
        QSqlDatabase db = TestSupport::archiveConnection(Location::parse(where).value(), name);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<TestSupport::PostgresServer>();
        const QString error = m_postgres->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_postgres.reset(); }

    void locations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("display");
        QTest::newRow("file") << u"pod.sqlite"_s << true << false << u"pod.sqlite"_s;
        QTest::newRow("url") << u"postgresql://arc@db.example:6543/pods"_s << true << true
                             << u"postgresql://arc@db.example:6543/pods"_s;
        QTest::newRow("short scheme, default port")
            << u"postgres://arc@db/pods"_s << true << true << u"postgresql://arc@db:5432/pods"_s;
        QTest::newRow("password refused")
            << u"postgresql://arc:secret@db/pods"_s << false << true << QString();
        QTest::newRow("no database") << u"postgresql://arc@db/"_s << false << true << QString();
        QTest::newRow("empty") << u"  "_s << false << false << QString();
    }
    void locations()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, postgres);
        QFETCH(QString, display);
        const Result<Location> l = Location::parse(text);
        QCOMPARE(l.ok(), ok);
        if (!ok) {
            // A password typed into the URL is never echoed back.
            QVERIFY(!l.error().message().contains(u"secret"_s));
            return;
        }
        QCOMPARE(l.value().isPostgres(), postgres);
        QCOMPARE(l.value().display(), display);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        const qint64 day = 86400000;
        QTest::newRow("P7D") << u"P7D"_s << 7 * day;
        QTest::newRow("lower case") << u"p7d"_s << 7 * day;
        QTest::newRow("hours") << u"PT12H"_s << 12 * 3600000LL;
        QTest::newRow("mixed") << u"P1DT6H30M15S"_s << day + 6 * 3600000LL + 30 * 60000 + 15000;
        QTest::newRow("weeks") << u"P2W"_s << 14 * day;
        QTest::newRow("months refused") << u"P1M"_s << -1LL;
        QTest::newRow("minutes need T") << u"P5M"_s << -1LL;
        QTest::newRow("no unit") << u"P7"_s << -1LL;
        QTest::newRow("nothing") << u"P"_s << -1LL;
        QTest::newRow("not a duration") << u"7 days"_s << -1LL;
        QTest::newRow("too large") << u"P9999999999D"_s << -1LL;
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const Result<qint64> d = Times::parseDuration(text);
        QCOMPARE(d.ok(), ms >= 0);
        if (ms >= 0)
            QCOMPARE(d.value(), ms);
        else
            QVERIFY(d.error().message().contains(text));
    }

    void searchSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("words") << u"curve swap"_s << QStringList {u"curve"_s, u"swap"_s}
                               << u"\"curve\" \"swap\""_s << u"'curve' & 'swap'"_s;
        QTest::newRow("phrase") << u"\"rates desk\" eur"_s << QStringList {u"rates desk"_s, u"eur"_s}
                                << u"\"rates desk\" \"eur\""_s << u"('rates' <-> 'desk') & 'eur'"_s;
        QTest::newRow("prefix") << u"swa*"_s << QStringList {u"swa*"_s} << u"\"swa\"*"_s << u"'swa':*"_s;
        // Operators and quotes of either engine are text, never syntax.
        // Operators and quotes of either engine are text, never syntax; punctuation inside a word
        // splits it into a phrase, as the index splits the text.
        QTest::newRow("hostile") << u"a' OR 1=1 -- NEAR(x) \"b"_s
                                 << QStringList {u"a"_s, u"OR"_s, u"1 1"_s, u"NEAR x"_s, u"b"_s}
                                 << u"\"a\" \"OR\" \"1 1\" \"NEAR x\" \"b\""_s
                                 << u"'a' & 'or' & ('1' <-> '1') & ('near' <-> 'x') & 'b'"_s;
        QTest::newRow("nothing searchable") << u"-- ''"_s << QStringList {} << QString() << QString();
    }
    void searchSyntax()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QCOMPARE(Schema::searchTerms(query), terms);
        QCOMPARE(Dialect {false}.searchArgument(terms), sqlite);
        QCOMPARE(Dialect {true}.searchArgument(terms), postgres);
    }

    void createsPrivateFileWithSchema()
    {
        const QString path = m_dir.filePath(u"a.sqlite"_s);
        Result<std::unique_ptr<Store>> store = Store::open(Location::parse(path).value(), Store::Mode::Write);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        QCOMPARE(store.value()->schemaVersion(), Schema::Version);
        QCOMPARE(
            QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther), 0);
        Result<QVariant> mode = store.value()->scalar(u"PRAGMA journal_mode"_s);
        QCOMPARE(mode.value().toString(), u"wal"_s);
        Result<QVariant> fk = store.value()->scalar(u"PRAGMA foreign_keys"_s);
        QCOMPARE(fk.value().toInt(), 1);
    }

    void perStreamTablesKeyByStreamFirst_data() { addBackends(); }
    void perStreamTablesKeyByStreamFirst()
    {
        QFETCH(bool, postgres);
        Result<std::unique_ptr<Store>> store
            = Store::open(Location::parse(newArchive(postgres)).value(), Store::Mode::Write);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        QCOMPARE(store.value()->schemaVersion(), Schema::Version);
        // Every table of per-stream data keys by the stream first, so that PostgreSQL can
        // distribute it by stream (Citus: create_distributed_table('message', 'stream_id')).
        const QString firstKeyColumn = postgres
            ? u"SELECT k.column_name FROM information_schema.table_constraints c "
              "JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema "
              "AND k.constraint_name = c.constraint_name AND k.table_name = c.table_name "
              "WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_name = ? AND k.ordinal_position = 1"_s
            : u"SELECT name FROM pragma_table_info(?) WHERE pk = 1"_s;
        for (const QString &table : {u"message"_s, u"message_revision"_s, u"membership"_s, u"coverage"_s,
                 u"stream_revision"_s, u"stream_cursor"_s, u"stream"_s}) {
            Result<QVariant> column = store.value()->scalar(firstKeyColumn, {table});
            QVERIFY2(column.ok(), qPrintable(column.error().message()));
            QCOMPARE(column.value().toString(), u"stream_id"_s);
        }
        if (postgres) {
            // The search column has its GIN index.
            Result<QVariant> index = store.value()->scalar(
                u"SELECT indexdef FROM pg_indexes WHERE tablename = 'message_revision' AND indexdef LIKE '%gin%'"_s);
            QVERIFY2(index.value().toString().contains(u"(search)"_s), qPrintable(index.value().toString()));
        }
    }

    void readingNeverCreates_data() { addBackends(); }
    void readingNeverCreates()
    {
        QFETCH(bool, postgres);
        const QString where = newArchive(postgres);
        Result<std::unique_ptr<Store>> store = Store::open(Location::parse(where).value(), Store::Mode::Read);
        QVERIFY(!store.ok());
        if (!postgres) {
            QVERIFY(store.error().message().contains(u"no archive"_s));
            QVERIFY(!QFileInfo::exists(where));
            return;
        }
        QVERIFY2(
            store.error().message().contains(u"not an archive yet"_s), qPrintable(store.error().message()));
        {
            QSqlDatabase db = rawConnection(where, u"check"_s);
            QCOMPARE(db.tables(), QStringList());
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void refusesOtherDatabasesAndNewerSchemas_data() { addBackends(); }
    void refusesOtherDatabasesAndNewerSchemas()
    {
        QFETCH(bool, postgres);
        const QString other = newArchive(postgres);
        {
            QSqlDatabase db = rawConnection(other, u"other"_s);
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes (x TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        Result<std::unique_ptr<Store>> s = Store::open(Location::parse(other).value(), Store::Mode::Write);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message().contains(u"other tables"_s));

        const QString where = newArchive(postgres);
        {
            Result<std::unique_ptr<Store>> store
                = Store::open(Location::parse(where).value(), Store::Mode::Write);
            QVERIFY(store.ok());
            QVERIFY(store.value()->setMeta(u"schema_version"_s, QString::number(Schema::Version + 1)).ok());
        }
        for (Store::Mode mode : {Store::Mode::Read, Store::Mode::Write}) {
            Result<std::unique_ptr<Store>> again = Store::open(Location::parse(where).value(), mode);
            QVERIFY(!again.ok());
            QVERIFY(again.error().message().contains(u"newer than this program"_s));
        }
    }

    void migratesFromEveryEarlierVersion_data() { addBackends(); }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(bool, postgres);
        for (int from = 1; from < Schema::Version; ++from) {
            const QString where = newArchive(postgres);
            {
                // An archive as version `from` wrote it: its migrations alone.
                QSqlDatabase db = rawConnection(where, u"old"_s);
                const Dialect dialect {postgres};
                for (int v = 1; v <= from; ++v) {
                    for (const QString &sql : dialect.migration(v)) {
                        QSqlQuery q(db);
                        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
                    }
                }
                {
                    QSqlQuery meta(db);
                    QVERIFY(meta.prepare(u"INSERT INTO meta VALUES ('schema_version', ?)"_s));
                    meta.addBindValue(QString::number(from));
                    QVERIFY(meta.exec());
                    QSqlQuery stream(db);
                    QVERIFY(
                        stream.prepare(u"INSERT INTO stream (stream_id, type, name, active, cross_pod, rev, "
                                       "hash, first_run, last_run) VALUES ('s', 'ROOM', 'kept', 1, 0, 1, ?, "
                                       "1, 1)"_s));
                    stream.addBindValue(QByteArray(1, '\0'));
                    QVERIFY2(stream.exec(), qPrintable(stream.lastError().text()));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(u"old"_s);
            // Reading does not migrate; writing does, and keeps what was there.
            Result<std::unique_ptr<Store>> read
                = Store::open(Location::parse(where).value(), Store::Mode::Read);
            QVERIFY(!read.ok());
            QVERIFY(read.error().message().contains(u"schema version %1"_s.arg(from)));
            Result<std::unique_ptr<Store>> write
                = Store::open(Location::parse(where).value(), Store::Mode::Write);
            QVERIFY2(write.ok(), qPrintable(write.error().message()));
            QCOMPARE(write.value()->schemaVersion(), Schema::Version);
            QCOMPARE(write.value()->scalar(u"SELECT name FROM stream"_s).value().toString(), u"kept"_s);
            QCOMPARE(write.value()->scalar(u"SELECT hash FROM stream"_s).value().toByteArray(),
                QByteArray(1, '\0'));
            QCOMPARE(write.value()->meta(u"schema_version"_s), QString::number(Schema::Version));
            // Version 4: the attachments and their files, and what each run downloaded.
            QVERIFY(write.value()->scalar(u"SELECT COUNT(*) FROM attachment"_s).ok());
            QVERIFY(write.value()->scalar(u"SELECT COUNT(*) FROM attachment_file"_s).ok());
            QCOMPARE(write.value()->scalar(u"SELECT SUM(files + file_failures) FROM sync_run"_s).ok(), true);
        }
    }

    void twoFirstOpensAtOnce_data() { addBackends(); }
    void twoFirstOpensAtOnce()
    {
        // Two programs open a new archive for writing at the same moment: one creates the schema,
        // the other waits for it and finds it made.
        QFETCH(bool, postgres);
        for (int round = 0; round < 5; ++round) {
            const Location where = Location::parse(newArchive(postgres)).value();
            std::atomic<int> ready {0};
            QString errors[2];
            auto open = [&](int i) {
                ++ready;
                while (ready.load() < 2) { }
                Result<std::unique_ptr<Store>> store = Store::open(where, Store::Mode::Write);
                if (!store.ok())
                    errors[i] = store.error().message();
                else if (store.value()->schemaVersion() != Schema::Version)
                    errors[i] = u"version %1"_s.arg(store.value()->schemaVersion());
            };
            std::thread a(open, 0);
            std::thread b(open, 1);
            a.join();
            b.join();
            QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
            QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        }
    }

    void oneWriterAtATime_data() { addBackends(); }
    void oneWriterAtATime()
    {
        // SQLite: a lock file beside the archive; PostgreSQL: an advisory lock of the session.
        QFETCH(bool, postgres);
        const Location where = Location::parse(newArchive(postgres)).value();
        Result<std::unique_ptr<Store>> first = Store::open(where, Store::Mode::Write);
        Result<std::unique_ptr<Store>> second = Store::open(where, Store::Mode::Write);
        QVERIFY(first.ok() && second.ok());
        INSPECTOR_VERIFY_OK(first.value()->lockForWriting());
        const Result<> refused = second.value()->lockForWriting();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(u"Another process"_s));
        // The writer goes (its store closes): the next one may write at once, every time.
        first.value().reset();
        INSPECTOR_VERIFY_OK(second.value()->lockForWriting());
        INSPECTOR_VERIFY_OK(second.value()->lockForWriting()); // taken twice, held once
        std::unique_ptr<Store> holder = std::move(second).value();
        for (int handOver = 0; handOver < 20; ++handOver) {
            Result<std::unique_ptr<Store>> next = Store::open(where, Store::Mode::Write);
            QVERIFY(next.ok());
            holder.reset();
            holder = std::move(next).value();
            INSPECTOR_VERIFY_OK(holder->lockForWriting());
        }
    }
};

INSPECTOR_TEST_GUILESS_MAIN(TestArchiveStore)
#include "tst_archivestore.moc"
