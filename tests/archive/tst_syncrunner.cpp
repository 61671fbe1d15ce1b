// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "archive/reader.h"
#include "archive/store.h"
#include "archive/syncrunner.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "demopodserver.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
using Archive::SyncStreamState;

namespace {

/// The rows a sync decides, without run numbers, in a stable order (as tst_archivesync compares).
QStringList dump(const QString &file)
{
    QStringList rows;
    const QString name = u"dump-"_s + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return {u"cannot open "_s + file};
        const QStringList queries {
            u"SELECT stream_id, message_id, ts, sender_id, sender, line, flags, attachments, parent_id, "
            u"replacing, replaced_by, rev, hex(hash), CASE WHEN missing_run IS NULL THEN 1 ELSE 0 END "
            "FROM message ORDER BY stream_id, message_id"_s,
            u"SELECT stream_id, message_id, rev, hex(json) FROM message_revision "
            "ORDER BY stream_id, message_id, rev"_s,
            u"SELECT stream_id, type, name, active, rev FROM stream ORDER BY stream_id"_s,
            u"SELECT stream_id, message_id, ROW_NUMBER() OVER (PARTITION BY stream_id ORDER BY ts, seq) "
            "FROM message ORDER BY stream_id, ts, seq"_s,
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

Archive::Location at(const QString &file)
{
    return Archive::Location::parse(file).value();
}

/// The latest state of every stream, from every progress batch in @p spy.
QHash<QString, SyncStreamState> streamsOf(const QSignalSpy &spy)
{
    QHash<QString, SyncStreamState> streams;
    for (const QList<QVariant> &args : spy) {
        for (const SyncStreamState &s : args.at(0).value<Archive::SyncStatus>().streams)
            streams.insert(s.streamId, s);
    }
    return streams;
}

QString statusOf(const QString &file, qint64 run)
{
    std::unique_ptr<Archive::Store> store
        = Archive::Store::open(at(file), Archive::Store::Mode::Read).value();
    return store->scalar(u"SELECT status FROM sync_run WHERE run_id = ?"_s, {run}).value().toString();
}

} // namespace

/**
 * @brief SyncRunner runs an archive sync on a worker thread with a copy of the window's session:
 * progress per stream, a report that matches the archive, cancel that keeps what was stored, and a
 * next sync that carries on to what one uninterrupted sync gives.
 */
class SyncRunnerTest final : public QObject
{
    Q_OBJECT

private:
    TestSupport::SuitePod m_pod;
    QTemporaryDir m_dir;
    static constexpr int Streams = 6;

    Archive::SyncOptions options() const
    {
        Archive::SyncOptions o;
        o.concurrency = 2;
        o.members = true;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pod.start(TestSupport::podConfig(Streams, 30));
        QSignalSpy auth(m_pod.client(), &ApiClient::authenticated);
        m_pod.client()->authenticate();
        QVERIFY(auth.wait(10000));
    }

    void init() { m_pod.reset(); }
    void cleanupTestCase() { m_pod.stop(); }

    void syncsWithProgressPerStream()
    {
        const QString file = m_dir.filePath(u"full.sqlite"_s);
        Archive::SyncRunner runner;
        QSignalSpy progress(&runner, &Archive::SyncRunner::progress);
        QSignalSpy finished(&runner, &Archive::SyncRunner::finished);
        QVERIFY(runner.start(*m_pod.client(), at(file), options()));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(*m_pod.client(), at(file), options())); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!runner.isRunning());
        const auto report = finished.first().first().value<Archive::SyncReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.location, file);
        QVERIFY(report.runId > 0);
        QVERIFY(report.counts.requests > 0);

        // Every stream was seen waiting or running and then done, with its messages.
        QVERIFY(!progress.isEmpty());
        const QHash<QString, SyncStreamState> streams = streamsOf(progress);
        QVERIFY(streams.size() >= Streams);
        qint64 messages = 0;
        for (const SyncStreamState &s : streams) {
            QCOMPARE(s.state, SyncStreamState::State::Done);
            QVERIFY(s.endedMs >= s.startedMs);
            messages += s.messages;
        }
        const auto last = progress.last().first().value<Archive::SyncStatus>().totals;
        QCOMPARE(last.streamsDone, int(streams.size()));
        QCOMPARE(last.streamsTotal, int(streams.size()));
        QCOMPARE(last.messages, messages);
        QCOMPARE(last.remainingMs(), std::nullopt);

        // The report is what the archive holds.
        std::unique_ptr<Archive::Store> store
            = Archive::Store::open(at(file), Archive::Store::Mode::Read).value();
        const Archive::ArchiveSummary summary = Archive::Reader(*store).summary().value();
        QCOMPARE(report.counts.messagesNew, summary.messages);
        QCOMPARE(report.counts.messagesSeen, messages);
        QCOMPARE(qint64(report.counts.streamsNew), summary.streams);
        QCOMPARE(report.counts.revisions, summary.revisions);
        QCOMPARE(report.counts.missing, summary.missing);
        QVERIFY(report.counts.memberChanges > 0);
        QCOMPARE(report.counts.memberChanges, summary.memberships);
        QVERIFY(summary.lastFinished.has_value());

        // The tokens were copied: the worker's client never had to log in again.
        for (const DemoPod::LoggedRequest &r : m_pod.pod().requestLog())
            QVERIFY2(!r.path.contains(u"authenticate"_s), qPrintable(r.path));
    }

    void cancelKeepsWhatWasStoredAndTheNextSyncCarriesOn()
    {
        const QString reference = m_dir.filePath(u"reference.sqlite"_s);
        {
            Archive::SyncRunner runner;
            QSignalSpy finished(&runner, &Archive::SyncRunner::finished);
            QVERIFY(runner.start(*m_pod.client(), at(reference), options()));
            QVERIFY(finished.wait(30000));
            QVERIFY(finished.first().first().value<Archive::SyncReport>().succeeded());
        }

        // The first two streams' pages come at once, the others are held: cancel once two are done.
        DemoPod::Fault held;
        held.kind = DemoPod::Fault::Kind::Delay;
        held.pathPattern = u".*/message"_s;
        held.skip = 2;
        held.delayMs = 15000;
        held.count = -1;
        m_pod.pod().addFault(held);
        const QString file = m_dir.filePath(u"resumed.sqlite"_s);
        Archive::SyncRunner runner;
        QSignalSpy progress(&runner, &Archive::SyncRunner::progress);
        QSignalSpy finished(&runner, &Archive::SyncRunner::finished);
        QVERIFY(runner.start(*m_pod.client(), at(file), options()));
        auto done = [&] {
            int n = 0;
            for (const SyncStreamState &s : streamsOf(progress))
                n += s.state == SyncStreamState::State::Done;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(done() >= 2, 20000);
        QVERIFY(finished.isEmpty());
        runner.cancel();
        QVERIFY(finished.wait(10000));
        m_pod.pod().clearFaults();
        const auto cancelled = finished.first().first().value<Archive::SyncReport>();
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.succeeded());
        QVERIFY(cancelled.error.isEmpty());
        QCOMPARE(statusOf(file, cancelled.runId), u"cancelled"_s);
        QVERIFY(cancelled.counts.messagesNew > 0); // the streams done are kept
        QVERIFY(dump(file) != dump(reference));

        // The next sync carries on: row for row what one uninterrupted sync gave.
        QVERIFY(runner.start(*m_pod.client(), at(file), options()));
        QVERIFY(finished.wait(30000));
        const auto resumed = finished.last().first().value<Archive::SyncReport>();
        QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
        QCOMPARE(statusOf(file, resumed.runId), u"finished"_s);
        QCOMPARE(dump(file), dump(reference));
    }

    void anArchiveThatCannotBeOpenedEndsAtOnce()
    {
        Archive::SyncRunner runner;
        QSignalSpy finished(&runner, &Archive::SyncRunner::finished);
        const QString file = m_dir.filePath(u"no/such/folder/a.sqlite"_s);
        QVERIFY(runner.start(*m_pod.client(), at(file), options()));
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().first().value<Archive::SyncReport>();
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(report.runId, 0);
        QVERIFY(!runner.isRunning());
    }

    void destroyedWhileRunning()
    {
        DemoPod::Fault held;
        held.kind = DemoPod::Fault::Kind::Delay;
        held.pathPattern = u".*/message"_s;
        held.delayMs = 15000;
        held.count = -1;
        m_pod.pod().addFault(held);
        const QString file = m_dir.filePath(u"destroyed.sqlite"_s);
        {
            Archive::SyncRunner runner;
            QVERIFY(runner.start(*m_pod.client(), at(file), options()));
            QTRY_VERIFY_WITH_TIMEOUT(!m_pod.pod().requestLog().isEmpty(), 5000);
        } // cancels and joins the thread, without waiting for the held pages
        m_pod.pod().clearFaults();
        // The run is marked cancelled and the writer lock is free: another sync may start.
        std::unique_ptr<Archive::Store> store = Archive::Store::openWriter(at(file)).value();
        QCOMPARE(store->scalar(u"SELECT status FROM sync_run"_s).value().toString(), u"cancelled"_s);
    }
};

INSPECTOR_TEST_MAIN(SyncRunnerTest)

#include "tst_syncrunner.moc"
