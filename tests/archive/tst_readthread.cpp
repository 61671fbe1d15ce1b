// SPDX-License-Identifier: Apache-2.0
// The archive read on a thread of its own: the ServiceCall contract, order, cancellation before
// and during the work, deletion of a call and of the thread, and failures, on both backends.
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "archive/reader.h"
#include "archive/readthread.h"
#include "archive/store.h"
#include "common/postgresfixture.h"
#include "common/testsuite.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;

namespace {

/// Work that holds the archive's thread until @p gate is released or its call is cancelled.
ReadThread::Work<int> heldWork(QSemaphore *started, QSemaphore *gate, std::atomic_bool *sawCancel = nullptr)
{
    return [=](Store &, const std::atomic_bool &cancelled) -> Result<int> {
        started->release();
        while (!gate->tryAcquire(1, 5)) {
            if (cancelled) {
                if (sawCancel)
                    *sawCancel = true;
                return 0;
            }
        }
        return 1;
    };
}

} // namespace

class TestReadThread : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    Location m_location;

    /// Runs a piece of work that does nothing and waits until it is delivered: everything queued
    /// before it has then run (or been skipped).
    void drain(ReadThread &reader)
    {
        bool done = false;
        reader.run<int>([](Store &, const std::atomic_bool &) -> Result<int> { return 0; },
            [&done](int &) { done = true; });
        QTRY_VERIFY(done);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<TestSupport::PostgresServer>();
        const QString error = m_postgres->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_postgres.reset(); }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        QString error;
        const QString where = m_postgres->newArchive(m_dir, postgres, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        m_location = Location::parse(where).value();
        // An archive with its schema, made the way archive sync makes it.
        Result<std::unique_ptr<Store>> made = Store::open(m_location, Store::Mode::Write);
        QVERIFY2(made.ok(), qPrintable(made.error().message()));
    }

    void workRunsThereAndIsDeliveredHere()
    {
        ReadThread reader(m_location);
        QSignalSpy opened(&reader, &ReadThread::opened);
        QThread *workThread = nullptr;
        QThread *deliverThread = nullptr;
        int schema = 0;
        ServiceCall *call = reader.run<int>(
            [&workThread](Store &store, const std::atomic_bool &) -> Result<int> {
                workThread = QThread::currentThread();
                return store.schemaVersion();
            },
            [&](int &version) {
                deliverThread = QThread::currentThread();
                schema = version;
            });
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(!call->isFinished()); // never from inside run()
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
        QCOMPARE(deliverThread, QThread::currentThread());
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY(schema > 0);
        QCOMPARE(opened.count(), 1);
        QVERIFY(!opened.first().first().value<ApiError>().isError());
        QVERIFY(reader.isOpen());
    }

    void aRealReadRuns()
    {
        ReadThread reader(m_location);
        std::optional<ArchiveSummary> summary;
        reader.run<ArchiveSummary>(
            [](Store &store, const std::atomic_bool &) { return Reader(store).summary(); },
            [&summary](ArchiveSummary &s) { summary = std::move(s); });
        QTRY_VERIFY(summary.has_value());
        QCOMPARE(summary->location, m_location.display());
        QCOMPARE(summary->messages, 0);
    }

    void workIsDeliveredInOrder()
    {
        ReadThread reader(m_location);
        QList<int> delivered;
        for (int i = 0; i < 50; ++i)
            reader.run<int>([i](Store &, const std::atomic_bool &) -> Result<int> { return i; },
                [&delivered](int &v) { delivered.append(v); });
        QTRY_COMPARE(delivered.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(delivered.at(i), i);
    }

    void cancelledBeforeItStartsItNeverRuns()
    {
        ReadThread reader(m_location);
        QSemaphore started, gate;
        reader.run<int>(heldWork(&started, &gate), [](int &) {});
        QVERIFY(started.tryAcquire(1, 10000));

        std::atomic_int ran {0};
        bool delivered = false;
        ServiceCall *call = reader.run<int>(
            [&ran](Store &, const std::atomic_bool &) -> Result<int> {
                ++ran;
                return 0;
            },
            [&delivered](int &) { delivered = true; });
        QSignalSpy finished(call, &ServiceCall::finished);
        call->cancel();
        QCOMPARE(finished.count(), 1); // synchronous
        QVERIFY(finished.first().first().value<ApiError>().isCancelled());

        gate.release();
        drain(reader);
        QCOMPARE(ran.load(), 0);
        QVERIFY(!delivered);
    }

    void runningWorkSeesItsCancel()
    {
        ReadThread reader(m_location);
        QSemaphore started, gate;
        std::atomic_bool sawCancel {false};
        bool delivered = false;
        ServiceCall *call = reader.run<int>(
            heldWork(&started, &gate, &sawCancel), [&delivered](int &) { delivered = true; });
        QVERIFY(started.tryAcquire(1, 10000));
        call->cancel();
        drain(reader); // returns only once the held work has seen the flag
        QVERIFY(sawCancel);
        QVERIFY(!delivered);
    }

    void aDeletedCallIsSilent()
    {
        ReadThread reader(m_location);
        QSemaphore started, gate;
        bool delivered = false;
        ServiceCall *call
            = reader.run<int>(heldWork(&started, &gate), [&delivered](int &) { delivered = true; });
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(started.tryAcquire(1, 10000));
        gate.release(); // the work ends normally: only the call is gone
        delete call;
        drain(reader);
        QVERIFY(!delivered);
        QCOMPARE(finished.count(), 0);
    }

    void failedWorkFinishesWithItsError()
    {
        ReadThread reader(m_location);
        bool delivered = false;
        ServiceCall *call = reader.run<int>(
            [](Store &, const std::atomic_bool &) -> Result<int> { return LocalError(u"It broke."_s); },
            [&delivered](int &) { delivered = true; });
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(finished.wait(10000));
        const ApiError error = finished.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Local);
        QCOMPARE(error.local.message(), u"It broke."_s);
        QVERIFY(!delivered);
    }

    void anArchiveThatCannotBeOpenedFailsEveryCall()
    {
        QFETCH_GLOBAL(bool, postgres);
        Location nowhere = m_location;
        if (postgres)
            nowhere.database = u"no_such_database"_s;
        else
            nowhere.path = m_dir.filePath(u"missing.sqlite"_s);
        ReadThread reader(nowhere);
        QSignalSpy opened(&reader, &ReadThread::opened);
        bool ran = false;
        ServiceCall *call = reader.run<int>(
            [&ran](Store &, const std::atomic_bool &) -> Result<int> {
                ran = true;
                return 0;
            },
            [](int &) {});
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(!ran);
        const ApiError error = finished.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Local);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().value<ApiError>().local.message(), error.local.message());
        QVERIFY(!reader.isOpen());
        QVERIFY2(!postgres || error.local.message().contains(u"no_such_database"_s),
            qPrintable(error.local.message()));
        // The read never creates the file.
        QVERIFY(postgres || !QFile::exists(nowhere.path));
    }

    void deletingTheThreadStopsWhatRunsAndWhatWaits()
    {
        auto reader = std::make_unique<ReadThread>(m_location);
        QSemaphore started, gate;
        std::atomic_bool sawCancel {false};
        std::atomic_int ranAfter {0};
        bool delivered = false;
        reader->run<int>(heldWork(&started, &gate, &sawCancel), [&delivered](int &) { delivered = true; });
        for (int i = 0; i < 5; ++i)
            reader->run<int>(
                [&ranAfter](Store &, const std::atomic_bool &) -> Result<int> {
                    ++ranAfter;
                    return 0;
                },
                [&delivered](int &) { delivered = true; });
        // A call its caller made its own: it hears that it ended.
        QObject owner;
        ServiceCall *adopted = reader->run<int>(
            [](Store &, const std::atomic_bool &) -> Result<int> { return 0; }, [](int &) {});
        adopted->setParent(&owner);
        QSignalSpy adoptedEnd(adopted, &ServiceCall::finished);
        QVERIFY(started.tryAcquire(1, 10000));
        reader.reset(); // waits for the held work, which sees its cancel
        QVERIFY(sawCancel);
        QCOMPARE(adoptedEnd.count(), 1);
        QVERIFY(adoptedEnd.first().first().value<ApiError>().isCancelled());
        QCOMPARE(ranAfter.load(), 0);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(TestReadThread)
#include "tst_readthread.moc"
