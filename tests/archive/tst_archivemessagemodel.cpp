// SPDX-License-Identifier: Apache-2.0
// The messages table of an archived stream of 100,000 messages, read a window at a time: the model
// tester, rows at the end and in the middle as SQL orders them, the cache's bound, stale requests
// cancelled before they run, filters (time, days, full text) and the order by SQL, a sync's write
// picked up by refresh(), the revised flag and locate(), on both backends.
#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "archive/archivemessagemodel.h"
#include "archive/readthread.h"
#include "archive/store.h"
#include "archive/writer.h"
#include "common/postgresfixture.h"
#include "common/syntheticarchive.h"
#include "common/testsuite.h"
#include "data/parse.h"
#include "itemmodels/modelroles.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;
using TestSupport::SyntheticArchive;

namespace {

constexpr int Messages = 100000;
constexpr int Page = ArchiveMessageModel::PageRows;

/// Reads every row of @p model's visible window from @p first to @p last (asks, then waits).
bool loadRows(ArchiveMessageModel &model, int first, int last)
{
    for (int r = first; r <= last; ++r)
        model.data(model.index(r, MessageTableModel::TextColumn));
    return QTest::qWaitFor(
        [&] {
            for (int r = first; r <= last; ++r)
                if (!model.isRowLoaded(r)) {
                    // Ask again: a page dropped as stale while others were asked for.
                    model.data(model.index(r, MessageTableModel::TextColumn));
                    return false;
                }
            return true;
        },
        20000);
}

bool ready(ArchiveMessageModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && model.hasIndex(); }, 20000);
}

} // namespace

class TestArchiveMessageModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    Location m_sqlite;
    Location m_pg;
    Location m_location;
    std::unique_ptr<Store> m_check; ///< the test's own connection, for the SQL the model is compared with
    std::unique_ptr<ReadThread> m_reader;

    Location newLocation(bool postgres)
    {
        static int n = 0;
        QString where = m_dir.filePath(u"a%1.sqlite"_s.arg(++n));
        if (postgres) {
            QString error;
            const QString database = m_postgres->createDatabase(&error);
            if (database.isEmpty())
                qFatal("%s", qPrintable(error));
            where = m_postgres->url(database);
        }
        return Location::parse(where).value();
    }

    /// The message ids of the rows [offset, offset + count) of @p where, in the model's order.
    QStringList sqlIds(
        const QString &where, int offset, int count, bool newestFirst = true, const QVariantList &values = {})
    {
        QVariantList all {SyntheticArchive::streamId()};
        all += values;
        all << count << offset;
        Result<QSqlQuery *> q = m_check->run(
            u"SELECT message_id FROM message WHERE stream_id = ? %1 ORDER BY ts %2, seq %2 LIMIT ? OFFSET ?"_s
                .arg(where, newestFirst ? u"DESC"_s : u"ASC"_s),
            all);
        if (!q)
            qFatal("%s", qPrintable(q.error().message()));
        QStringList ids;
        while (q.value()->next())
            ids.append(q.value()->value(0).toString());
        q.value()->finish();
        return ids;
    }
    qint64 sqlCount(const QString &where, const QVariantList &values = {})
    {
        QVariantList all {SyntheticArchive::streamId()};
        all += values;
        return m_check->scalar(u"SELECT COUNT(*) FROM message WHERE stream_id = ? %1"_s.arg(where), all)
            .value()
            .toLongLong();
    }
    static QStringList modelIds(const ArchiveMessageModel &model, int first, int count)
    {
        QStringList ids;
        for (int r = first; r < first + count && r < model.rowCount(); ++r)
            ids.append(model.messageId(r));
        return ids;
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
        m_sqlite = newLocation(false);
        QString made = SyntheticArchive::make(m_sqlite, Messages);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        m_pg = newLocation(true);
        made = SyntheticArchive::make(m_pg, Messages);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }
    void cleanupTestCase()
    {
        m_reader.reset();
        m_check.reset();
        m_postgres.reset();
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        m_location = postgres ? m_pg : m_sqlite;
        Result<std::unique_ptr<Store>> check = Store::open(m_location, Store::Mode::Read);
        QVERIFY2(check.ok(), qPrintable(check.error().message()));
        m_check = std::move(check.value());
        m_reader = std::make_unique<ReadThread>(m_location);
    }
    void cleanup()
    {
        m_reader.reset();
        m_check.reset();
    }

    void passesTheModelTester()
    {
        ArchiveMessageModel model(m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ArchiveMessageModel::countReady);
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(model.isLoading());
        QVERIFY(ready(model));
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.rowCount(), Messages);
        QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount));
        QVERIFY(loadRows(model, Messages - 5, Messages - 1));
        QVERIFY(loadRows(model, Messages / 2, Messages / 2 + 3));
        model.sort(MessageTableModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(ready(model));
        QVERIFY(loadRows(model, 0, 3));
        model.setSearch(u"kumquat"_s);
        QVERIFY(ready(model));
        QVERIFY(loadRows(model, 0, 3));
        model.setStream(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void firstPageComesWithTheCount()
    {
        ArchiveMessageModel model(m_reader.get());
        QSignalSpy counted(&model, &ArchiveMessageModel::countReady);
        model.setStream(SyntheticArchive::streamId());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(counted.wait(20000));
        // Row 0 is there at once, before the index: the first rows paint without another read.
        QVERIFY(model.isRowLoaded(0));
        QVERIFY(model.isRowLoaded(Page - 1));
        QVERIFY(!model.isRowLoaded(Page));
        QCOMPARE(modelIds(model, 0, Page), sqlIds({}, 0, Page));
        // Not loaded: a placeholder in the text, nothing elsewhere.
        QCOMPARE(model.data(model.index(Messages / 2, MessageTableModel::TextColumn)).toString(),
            ArchiveMessageModel::placeholder());
        QVERIFY(!model.data(model.index(Messages / 2, MessageTableModel::TimeColumn)).isValid());
        QVERIFY(!model.data(model.index(Messages / 2, 0), ModelRole::MessageId).isValid());
    }

    void endAndMiddleAreTheRowsSqlOrders()
    {
        ArchiveMessageModel model(m_reader.get());
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));
        const int pagesBefore = model.pagesRead();
        // The scroll bar dragged to the end: one page read, not the 500 before it.
        QVERIFY(loadRows(model, Messages - 10, Messages - 1));
        QCOMPARE(modelIds(model, Messages - 10, 10), sqlIds({}, Messages - 10, 10));
        QCOMPARE(model.pagesRead() - pagesBefore, 1);
        // ... and to the middle, across a page boundary (two pages).
        const int middle = Messages / 2 + Page - 3;
        QVERIFY(loadRows(model, middle, middle + 5));
        QCOMPARE(modelIds(model, middle, 6), sqlIds({}, middle, 6));
        QCOMPARE(model.pagesRead() - pagesBefore, 3);
        // The columns of a row as stored.
        const int r = Messages - 1; // the oldest: message 0
        QCOMPARE(model.messageId(r), u"m0"_s);
        QCOMPARE(model.data(model.index(r, 0), ModelRole::Timestamp).toLongLong(), SyntheticArchive::Base);
        QCOMPARE(model.data(model.index(r, MessageTableModel::SenderColumn)).toString(), u"Person 0"_s);
        QCOMPARE(
            model.data(model.index(r, MessageTableModel::TextColumn)).toString(), u"Message 0 about rates"_s);
        QCOMPARE(model.data(model.index(r, MessageTableModel::AttachmentsColumn)).toInt(), 1);
        QCOMPARE(model.data(model.index(r, 0), ModelRole::SenderId).toLongLong(), 100);

        // Oldest first: the same rows the other way round.
        model.sort(MessageTableModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), Messages);
        QVERIFY(loadRows(model, 0, 4));
        QCOMPARE(modelIds(model, 0, 5), sqlIds({}, 0, 5, false));
        QVERIFY(loadRows(model, middle, middle + 5));
        QCOMPARE(modelIds(model, middle, 6), sqlIds({}, middle, 6, false));
        // Another column is not sorted: the order stays.
        model.sort(MessageTableModel::SenderColumn, Qt::AscendingOrder);
        QVERIFY(model.isRowLoaded(0));
        model.sort(-1);
        QVERIFY(ready(model));
        QVERIFY(loadRows(model, 0, 1));
        QCOMPARE(modelIds(model, 0, 2), sqlIds({}, 0, 2));
    }

    void theCacheStaysBounded()
    {
        ArchiveMessageModel model(m_reader.get());
        model.setCacheLimit(8);
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));
        int most = 0;
        // Scrolling through 60 pages, a screen at a time.
        for (int page = 0; page < 60; ++page) {
            const int first = page * Page + Page / 2;
            QVERIFY(loadRows(model, first, first + 30));
            most = std::max(most, model.heldRows());
        }
        QVERIFY2(most <= 8 * Page, qPrintable(QString::number(most)));
        QCOMPARE(model.heldPages(), 8);
        // The oldest pages went first: the last ones shown are held.
        QVERIFY(model.isRowLoaded(59 * Page));
        QVERIFY(!model.isRowLoaded(10 * Page));
        QCOMPARE(modelIds(model, 59 * Page, 3), sqlIds({}, 59 * Page, 3));
    }

    void staleRequestsAreCancelledBeforeTheyRun()
    {
        ArchiveMessageModel model(m_reader.get());
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));
        // Hold the archive's thread so that the requests queue behind it.
        QSemaphore started, gate;
        m_reader->run<int>(
            [&](Store &, const std::atomic_bool &) -> Result<int> {
                started.release();
                gate.acquire();
                return 0;
            },
            [](int &) {});
        QVERIFY(started.tryAcquire(1, 10000));
        bool released = false;
        const auto releaseAnyway = qScopeGuard([&] {
            if (!released)
                gate.release(); // a failed check returns early: the thread must not wait forever
        });
        const int readBefore = model.pagesRead();
        const int cancelledBefore = model.pagesCancelled();
        // The view shows pages 100 to 102 ...
        for (int page = 100; page <= 102; ++page)
            model.data(model.index(page * Page + 1, 0));
        QTRY_COMPARE(model.pagesInFlight(), 3);
        // ... then the scroll bar is dragged on to page 400, before anything came.
        model.data(model.index(400 * Page + 7, 0));
        // A paint asks for many rows of many pages at once: one request (coalesced), and only
        // pages near the last row shown.
        for (int page = 150; page < 400; page += 10)
            model.data(model.index(page * Page, 0));
        model.data(model.index(400 * Page + 8, 0));
        QTRY_COMPARE(model.pagesInFlight(), 1);
        QCOMPARE(model.pagesCancelled() - cancelledBefore, 3);
        gate.release();
        released = true;
        QTRY_VERIFY(model.isRowLoaded(400 * Page + 7));
        // The cancelled work never ran: one page read in all.
        QCOMPARE(model.pagesRead() - readBefore, 1);
        QVERIFY(!model.isRowLoaded(100 * Page + 1));
        QCOMPARE(modelIds(model, 400 * Page + 7, 2), sqlIds({}, 400 * Page + 7, 2));
    }

    void filtersAreTheRowsSqlKeeps()
    {
        ArchiveMessageModel model(m_reader.get());
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));

        // A time range.
        const qint64 from = SyntheticArchive::timestampOf(20000);
        const qint64 to = SyntheticArchive::timestampOf(60001);
        const QString range = u"AND ts >= ? AND ts <= ?"_s;
        model.setTimeRange(from, to);
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), sqlCount(range, {from, to}));
        QCOMPARE(model.rowCount(), 40002);
        for (int at : {0, 1, 20000, model.rowCount() - 3}) {
            QVERIFY(loadRows(model, at, at + 2));
            QCOMPARE(modelIds(model, at, 3), sqlIds(range, at, 3, true, {from, to}));
        }

        // Words of the text (the full-text index), within the range.
        const QString kumquat = u"AND line LIKE '%kumquat%'"_s;
        model.setSearch(u"kumquat"_s);
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), sqlCount(range + u' ' + kumquat, {from, to}));
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(!model.query().denseSearch); // 1 row in 100 of the range: read from the hits
        QVERIFY(loadRows(model, 0, model.rowCount() - 1));
        QCOMPARE(modelIds(model, 0, 400), sqlIds(range + u' ' + kumquat, 0, 400, true, {from, to}));

        // The whole stream: every message with the word, in any form of the syntax.
        model.setTimeRange(std::nullopt, std::nullopt);
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), sqlCount(kumquat));
        QCOMPARE(model.rowCount(), Messages / 100);
        QVERIFY(model.query().denseSearch); // 1 in 100: the time index walked, each row checked
        QVERIFY(loadRows(model, 500, 505));
        QCOMPARE(modelIds(model, 500, 6), sqlIds(kumquat, 500, 6));
        model.setSearch(u"\"about rates\" kumq*"_s);
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), Messages / 100);
        model.setSearch(u"kumquat nosuchword"_s);
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(u"!!"_s); // no word: no row
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});
        QVERIFY(ready(model));
        QCOMPARE(model.rowCount(), Messages);

        // Local days, as the activity strip selects them.
        const QDate day = QDateTime::fromMSecsSinceEpoch(SyntheticArchive::timestampOf(30000)).date();
        model.setDays(day, day.addDays(1));
        QVERIFY(ready(model));
        const qint64 dayFrom = day.startOfDay().toMSecsSinceEpoch();
        const qint64 dayTo = day.addDays(2).startOfDay().toMSecsSinceEpoch() - 1;
        QCOMPARE(model.rowCount(), sqlCount(range, {dayFrom, dayTo}));
        QVERIFY(loadRows(model, model.rowCount() - 2, model.rowCount() - 1));
        QCOMPARE(modelIds(model, model.rowCount() - 2, 2),
            sqlIds(range, model.rowCount() - 2, 2, true, {dayFrom, dayTo}));
    }

    void revisedMessagesAreFlagged()
    {
        ArchiveMessageModel model(m_reader.get());
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));
        // Newest first: message x is row Messages - 1 - x; messages 3, 1003, … have two versions.
        const int revised = Messages - 1 - 1003;
        QVERIFY(loadRows(model, revised - 1, revised + 1));
        QCOMPARE(model.messageId(revised), u"m1003"_s);
        QVERIFY(model.data(model.index(revised, 0), ModelRole::Flags).toInt() & MessageTableModel::Revised);
        QCOMPARE(model.data(model.index(revised, MessageTableModel::FlagsColumn)).toString(), u"revised"_s);
        QCOMPARE(model.data(model.index(revised + 1, 0), ModelRole::Flags).toInt(), 0);
    }

    void locateFindsTheRow()
    {
        ArchiveMessageModel model(m_reader.get());
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));
        QSignalSpy located(&model, &ArchiveMessageModel::located);
        model.locate(u"m41234"_s);
        QVERIFY(located.wait(20000));
        QCOMPARE(located.first().at(1).toInt(), Messages - 1 - 41234);
        // Not in the rows the search keeps.
        model.setSearch(u"kumquat"_s);
        QVERIFY(ready(model));
        model.locate(u"m41234"_s);
        QVERIFY(located.wait(20000));
        QCOMPARE(located.last().at(1).toInt(), -1);
        model.locate(u"m41207"_s);
        QVERIFY(located.wait(20000));
        QCOMPARE(located.last().at(1).toInt(), sqlCount(u"AND line LIKE '%kumquat%' AND seq > 41208"_s));
    }

    void pendingReadsDieWithTheModel()
    {
        // A model deleted while its reads wait: nothing reaches it afterwards (the sanitizers
        // would see a delivery to a deleted object).
        auto model = std::make_unique<ArchiveMessageModel>(m_reader.get());
        model->setStream(SyntheticArchive::streamId());
        QVERIFY(ready(*model));
        QSemaphore started, gate;
        m_reader->run<int>(
            [&](Store &, const std::atomic_bool &) -> Result<int> {
                started.release();
                gate.acquire();
                return 0;
            },
            [](int &) {});
        QVERIFY(started.tryAcquire(1, 10000));
        model->data(model->index(300 * Page, 0));
        QTRY_COMPARE(model->pagesInFlight(), 1);
        model->locate(u"m5"_s);
        model->refresh();
        model->locate(u"m6"_s);
        model.reset();
        gate.release();
        bool drained = false;
        m_reader->run<int>([](Store &, const std::atomic_bool &) -> Result<int> { return 0; },
            [&drained](int &) { drained = true; });
        QTRY_VERIFY(drained);

        // The archive's thread gone first: the model reads nothing and stays empty.
        ArchiveMessageModel orphan(m_reader.get());
        m_reader.reset();
        orphan.setStream(SyntheticArchive::streamId());
        orphan.refresh();
        orphan.locate(u"m5"_s);
        QVERIFY(!orphan.isLoading());
        QCOMPARE(orphan.rowCount(), 0);
    }

    void aSyncWriteIsPickedUpByRefresh()
    {
        // An archive of its own: this test writes.
        QFETCH_GLOBAL(bool, postgres);
        const Location location = newLocation(postgres);
        const int messages = 1000;
        const QString made = SyntheticArchive::make(location, messages);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        ReadThread reader(location);
        ArchiveMessageModel model(&reader);
        model.setStream(SyntheticArchive::streamId());
        QVERIFY(ready(model));
        QVERIFY(loadRows(model, 0, 3));
        QCOMPARE(model.messageId(0), u"m999"_s);

        {
            // A sync stores a new message (newer than all) while the table is open.
            Result<std::unique_ptr<Store>> writer = Store::openWriter(location);
            QVERIFY2(writer.ok(), qPrintable(writer.error().message()));
            Writer w(*writer.value());
            Result<qint64> run = w.startRun(u"sync"_s, u"pod.example"_s, u"test"_s, u"{}"_s);
            INSPECTOR_VERIFY_OK(run);
            const QByteArray page
                = u"[{\"messageId\":\"brandnew\",\"timestamp\":%1,\"message\":\"<div "
                  "data-format=\\\"PresentationML\\\" data-version=\\\"2.0\\\"><p>Fresh</p></div>\","
                  "\"user\":{\"userId\":5,\"displayName\":\"Eve\"},\"stream\":{\"streamId\":\"%2\"}}]"_s
                      .arg(SyntheticArchive::timestampOf(messages + 10))
                      .arg(SyntheticArchive::streamId())
                      .toUtf8();
            Parse::Result<QList<Message>> parsed = Parse::messages(page);
            QCOMPARE(parsed.value.size(), 1);
            INSPECTOR_VERIFY_OK(w.storePage(run.value(), SyntheticArchive::streamId(), 0, parsed.value));
        }
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counted(&model, &ArchiveMessageModel::countReady);
        model.refresh();
        QVERIFY(counted.wait(20000));
        QCOMPARE(model.rowCount(), messages + 1);
        QCOMPARE(reset.count(), 0); // the view keeps its place
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QVERIFY(loadRows(model, 0, 1));
        QCOMPARE(model.messageId(0), u"brandnew"_s);
        QCOMPARE(model.messageId(1), u"m999"_s);
        QCOMPARE(model.data(model.index(0, MessageTableModel::SenderColumn)).toString(), u"Eve"_s);
        QVERIFY(loadRows(model, messages, messages));
        QCOMPARE(model.messageId(messages), u"m0"_s);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(TestArchiveMessageModel)
#include "tst_archivemessagemodel.moc"
