// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "common/testsuite.h"
#include "fakedetails.h"
#include "itemmodels/healthmodel.h"
#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/receiptsmodel.h"
#include "services/diagnosticsfeed.h"
#include "services/messagedetailsfeed.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
using State = ReceiptsModel::State;

/**
 * The passive detail models fed by fake sources (no pod): receipt paging to the end, errors,
 * cancellation (no batch after it), the status, the diagnostics, and a download that does not
 * write through a symbolic link.
 */
class DetailsFakeTest final : public QObject
{
    Q_OBJECT

    /// m1: three pages (2, 2, 1 receipts); m2: one page.
    static void fillReceipts(FakeDetails::MessageDetails &details)
    {
        details.receiptPages.insert(u"m1"_s,
            {FakeDetails::page({1, 2}, u"c1"_s, true, 5), FakeDetails::page({3, 4}, u"c2"_s, true, 5),
                FakeDetails::page({5}, {}, false, 5)});
        details.receiptPages.insert(u"m2"_s, {FakeDetails::page({9}, {}, false, 1)});
    }

    static bool waitForState(ReceiptsModel &model, State state)
    {
        QSignalSpy spy(&model, &ReceiptsModel::stateChanged);
        while (model.state() != state && spy.wait(5000)) { }
        return model.state() == state;
    }

private Q_SLOTS:
    void receiptsPageThroughToTheEnd()
    {
        FakeDetails::MessageDetails details;
        fillReceipts(details);
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageDetailsFeed feed(&details);
        feed.feed(&model);
        model.setMessage(u"m1"_s);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // never from inside the call
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore());
        QCOMPARE(model.summary().delivered, 5);
        model.fetchMore();
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 4);
        model.fetchMore();
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore());
        QVERIFY(model.summary().complete);
        QCOMPARE(model.summary().loaded, 5);
        model.fetchMore(); // past the end: not asked
        QCOMPARE(details.receiptQueries.size(), 3);
        QCOMPARE(details.receiptQueries.at(0).from.after, QString());
        QCOMPARE(details.receiptQueries.at(1).from.after, u"c1"_s);
        QCOMPARE(details.receiptQueries.at(2).from.after, u"c2"_s);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(model.receipt(i).user.id, qint64(i + 1));
    }

    void loadAllAsksOnceForTheRest()
    {
        FakeDetails::MessageDetails details;
        fillReceipts(details);
        ReceiptsModel model;
        MessageDetailsFeed feed(&details);
        feed.feed(&model);
        model.setMessage(u"m1"_s);
        model.loadAll(); // the first page is in flight: the rest follows it
        QTRY_VERIFY(model.state() == State::Loaded && !model.canFetchMore());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(details.receiptQueries.size(), 2);
        QCOMPARE(details.receiptQueries.at(1).untilReceipts, 10000 - 2);

        ReceiptsModel capped;
        MessageDetailsFeed cappedFeed(&details);
        cappedFeed.feed(&capped);
        capped.setMessage(u"m1"_s);
        capped.loadAll(3);
        QTRY_VERIFY(capped.state() == State::Loaded && capped.rowCount() >= 3);
        QTest::qWait(0);
        QCOMPARE(capped.rowCount(), 4); // whole pages: the cap is reached on the second
        QVERIFY(capped.canFetchMore());
    }

    void receiptErrorsKeepWhatCame()
    {
        FakeDetails::MessageDetails details;
        fillReceipts(details);
        details.receiptFaults.insert(u"m1"_s, {1, ApiError::fromHttp(500, {}, u"receipts"_s)});
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(&details);
        feed.feed(&model);
        model.setMessage(u"m1"_s);
        model.loadAll();
        QVERIFY(waitForState(model, State::Failed));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.lastError().kind, ApiError::Kind::Server);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore()); // a view does not retry in a loop...
        model.fetchMore(); // ...the user does, from the page that failed
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(details.receiptQueries.last().from.after, u"c1"_s);
    }

    void notFoundMeansNoReceiptDetails()
    {
        FakeDetails::MessageDetails details;
        ReceiptsModel model;
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(&details);
        feed.feed(&model);
        model.setMessage(u"unknown"_s);
        QVERIFY(waitForState(model, State::NoDetails));
        QVERIFY(errors.isEmpty());
        QVERIFY(!model.canFetchMore());
    }

    void noBatchAfterCancel()
    {
        FakeDetails::MessageDetails details;
        fillReceipts(details);
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(&details);
        feed.feed(&model);
        model.setMessage(u"m1"_s);
        model.setMessage(u"m2"_s); // cancels m1's call before any batch
        QVERIFY(waitForState(model, State::Loaded));
        QTest::qWait(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.receipt(0).user.id, qint64(9));
        QCOMPARE(details.delivered, 1); // m1's page never reached a sink
        QVERIFY(errors.isEmpty());

        // Cancelled by its owner: the call ends at once, the model keeps nothing of it.
        ReceiptsModel other;
        ServiceCall *call = nullptr;
        QObject::connect(&other, &ReceiptsModel::pagesWanted, &details, [&](const ReceiptsQuery &query) {
            call = details.receipts(query, other.sink(), &other);
            other.follow(call);
        });
        other.setMessage(u"m1"_s);
        QVERIFY(call);
        QSignalSpy finished(call, &ServiceCall::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<ApiError>().isCancelled());
        QCOMPARE(other.state(), State::Idle);
        QTest::qWait(0);
        QTest::qWait(0);
        QCOMPARE(other.rowCount(), 0);
        QCOMPARE(details.delivered, 1);
        other.setMessage(u"m2"_s); // and it can be asked again
        QVERIFY(waitForState(other, State::Loaded));
        QCOMPARE(other.rowCount(), 1);
    }

    void withoutSourceNothingIsAsked()
    {
        ReceiptsModel model;
        QSignalSpy wanted(&model, &ReceiptsModel::pagesWanted);
        model.setMessage(u"m1"_s);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(model.state(), State::Idle);
        QVERIFY(!model.canFetchMore());
        MessageStatusModel status;
        status.setMessage(u"m1"_s);
        QCOMPARE(status.state(), MessageStatusModel::State::Idle);
    }

    void statusRowsErrorsAndStaleAnswers()
    {
        FakeDetails::MessageDetails details;
        MessageStatus s;
        s.raw.insert(u"author"_s, QJsonObject());
        s.author.userId = 1;
        StatusUser reader;
        reader.userId = 2;
        reader.timestamp = 1700000000000;
        s.read = {reader};
        details.statuses.insert(u"m1"_s, s);
        MessageStatus other;
        StatusUser sent;
        sent.userId = 3;
        other.sent = {sent};
        details.statuses.insert(u"m2"_s, other);
        details.statusErrors.insert(u"m3"_s, ApiError::fromHttp(500, {}, u"status"_s));

        MessageStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &MessageStatusModel::errorOccurred);
        MessageDetailsFeed feed(&details);
        feed.feed(&model);
        model.setMessage(u"m1"_s);
        QCOMPARE(model.state(), MessageStatusModel::State::Loading);
        QTRY_COMPARE(model.state(), MessageStatusModel::State::Loaded);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(MessageStatusModel::Kind::Read), 1);

        model.setMessage(u"m1"_s);
        model.setMessage(u"m2"_s); // the first is cancelled: its batch never comes
        QTRY_COMPARE(model.state(), MessageStatusModel::State::Loaded);
        QTest::qWait(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MessageStatusModel::UserIdColumn).data().toString(), u"3"_s);
        QCOMPARE(details.delivered, 2);

        model.setMessage(u"m3"_s);
        QTRY_COMPARE(model.state(), MessageStatusModel::State::Failed);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.reload(); // the error was used up
        QTRY_COMPARE(model.state(), MessageStatusModel::State::Loaded);
    }

    void diagnosticsFeedTheHealthModel()
    {
        FakeDetails::Diagnostics diagnostics;
        HealthComponent ce;
        ce.name = u"ceservice"_s;
        ce.group = u"users"_s;
        ce.status = u"DOWN"_s;
        diagnostics.healthReport.status = u"DOWN"_s;
        diagnostics.healthReport.users.insert(ce.name, ce);
        diagnostics.agent.version = u"25.9"_s;
        diagnostics.user.username = u"bot"_s;
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &HealthModel::refreshed);
        QSignalSpy errors(&model, &HealthModel::errorOccurred);
        DiagnosticsFeed::refresh(&model, &diagnostics);
        QVERIFY(model.isRefreshing());
        QVERIFY(!model.hasHealth()); // never from inside the call
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(errors.isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HealthModel::StatusColumn).data().toString(), u"DOWN"_s);
        QCOMPARE(model.agentInfo()->version, u"25.9"_s);
        QCOMPARE(model.sessionUser()->username, u"bot"_s);

        // One failed call: reported once, the others still count.
        model.clear();
        diagnostics.healthError = ApiError::fromHttp(500, {}, u"health"_s);
        DiagnosticsFeed::refresh(&model, &diagnostics);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.errors().size(), 1);
        QVERIFY(!model.hasHealth());
        QVERIFY(model.agentInfo());

        // Cancelled: no batch, no refreshed(), no error.
        model.clear();
        diagnostics.healthError = {};
        const int deliveredBefore = diagnostics.delivered;
        DiagnosticsFeed::refresh(&model, &diagnostics);
        model.cancel();
        QTest::qWait(0);
        QTest::qWait(0);
        QCOMPARE(diagnostics.delivered, deliveredBefore);
        QCOMPARE(refreshed.size(), 2);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!model.hasHealth());
    }

    // The feed the detail tabs use: the source is swapped, cleared or deleted under it.
    void feedSwapsItsSourceSafely()
    {
        FakeDetails::MessageDetails first;
        fillReceipts(first);
        auto second = std::make_unique<FakeDetails::MessageDetails>();
        second->receiptPages.insert(u"m1"_s, {FakeDetails::page({7}, {}, false, 1)});
        MessageStatus s;
        StatusUser reader;
        reader.userId = 8;
        s.read = {reader};
        second->statuses.insert(u"m1"_s, s);

        ReceiptsModel receipts;
        QAbstractItemModelTester tester(&receipts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageStatusModel status;
        MessageDetailsFeed feed(&first);
        feed.feed(&receipts);
        feed.feed(&status);
        QCOMPARE(feed.details(), &first);
        receipts.setMessage(u"m1"_s);
        status.setMessage(u"m1"_s);
        QCOMPARE(first.receiptQueries.size(), 1);
        QCOMPARE(first.statusQueries.size(), 1);
        QVERIFY(receipts.isLoading());

        // Another source while the first one's calls are in flight: they end before setDetails()
        // returns, the models are cleared, and nothing of the first source reaches them.
        feed.setDetails(second.get());
        QCOMPARE(feed.details(), second.get());
        QCOMPARE(receipts.state(), State::Idle);
        QCOMPARE(receipts.messageId(), QString());
        QCOMPARE(status.state(), MessageStatusModel::State::Idle);
        QTest::qWait(0);
        QTest::qWait(0);
        QCOMPARE(first.delivered, 0);
        QCOMPARE(receipts.rowCount(), 0);

        // The next requests go to the new source.
        receipts.setMessage(u"m1"_s);
        status.setMessage(u"m1"_s);
        QVERIFY(waitForState(receipts, State::Loaded));
        QTRY_COMPARE(status.state(), MessageStatusModel::State::Loaded);
        QCOMPARE(receipts.rowCount(), 1);
        QCOMPARE(receipts.receipt(0).user.id, qint64(7));
        QCOMPARE(status.index(0, MessageStatusModel::UserIdColumn).data().toString(), u"8"_s);
        QCOMPARE(first.receiptQueries.size(), 1);
        QCOMPARE(first.statusQueries.size(), 1);
        QCOMPARE(second->receiptQueries.size(), 1);

        // The same source again keeps what the models show.
        feed.setDetails(second.get());
        QCOMPARE(receipts.rowCount(), 1);
        QCOMPARE(receipts.state(), State::Loaded);

        // The source deleted under the feed: the models are cleared, and requests stay unanswered,
        // as when disconnected.
        QSignalSpy changed(&feed, &MessageDetailsFeed::detailsChanged);
        second.reset();
        QCOMPARE(feed.details(), nullptr);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(receipts.rowCount(), 0);
        QCOMPARE(status.rowCount(), 0);
        receipts.setMessage(u"m2"_s);
        status.setMessage(u"m2"_s);
        QCOMPARE(receipts.state(), State::Idle);
        QCOMPARE(status.state(), MessageStatusModel::State::Idle);

        // No source at all: nothing is asked of the one that was there before.
        feed.setDetails(&first);
        feed.setDetails(nullptr);
        receipts.setMessage(u"m1"_s);
        QCOMPARE(receipts.state(), State::Idle);
        QCOMPARE(first.receiptQueries.size(), 1);

        // A model deleted before the feed: the feed forgets it (nothing to clear).
        {
            ReceiptsModel shortLived;
            feed.feed(&shortLived);
        }
        feed.setDetails(&first);
        receipts.setMessage(u"m2"_s);
        QVERIFY(waitForState(receipts, State::Loaded));
        QCOMPARE(receipts.receipt(0).user.id, qint64(9));
    }

    void diagnosticsFeedNeedsASource()
    {
        HealthModel model;
        QSignalSpy refreshed(&model, &HealthModel::refreshed);
        QVERIFY(!DiagnosticsFeed::refresh(&model, nullptr));
        QVERIFY(!model.isRefreshing());
        QTest::qWait(0);
        QCOMPARE(refreshed.size(), 0);
        FakeDetails::Diagnostics diagnostics;
        diagnostics.healthReport.status = u"UP"_s;
        QVERIFY(DiagnosticsFeed::refresh(&model, &diagnostics));
        QVERIFY(model.isRefreshing());
        QVERIFY(refreshed.wait(5000));
        QVERIFY(model.hasHealth());
    }

    void downloadDoesNotWriteThroughASymbolicLink()
    {
        FakeDetails::MessageDetails details;
        details.files.insert(u"f1"_s, QByteArray("new content"));
        QTemporaryDir dir;
        QTemporaryDir outside;
        const QString target = dir.filePath(u"report.pdf"_s);
        const QString elsewhere = outside.filePath(u"elsewhere"_s);
        {
            QFile f(elsewhere);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous content");
        }
        QVERIFY(QFile::link(elsewhere, target));
        QList<SavedAttachment> saved;
        ServiceCall *call = details.downloadAttachment(
            {u"s"_s, u"m"_s, u"f1"_s, target},
            [&saved](const QList<SavedAttachment> &batch) { saved += batch; }, {}, nullptr);
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).value<ApiError>().isError());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).path, dir.filePath(u"report (2).pdf"_s));
        QCOMPARE(saved.at(0).bytes, qint64(11));
        QFile old(elsewhere);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous content")); // not followed
        QVERIFY(QFileInfo(target).isSymLink());

        // Cancelled before it ran: no batch, no file.
        const QString second = dir.filePath(u"second.pdf"_s);
        ServiceCall *cancelled = details.downloadAttachment(
            {u"s"_s, u"m"_s, u"f1"_s, second},
            [&saved](const QList<SavedAttachment> &batch) { saved += batch; }, {}, nullptr);
        cancelled->cancel();
        QTest::qWait(0);
        QTest::qWait(0);
        QCOMPARE(saved.size(), 1);
        QVERIFY(!QFileInfo::exists(second));
    }

    void saveAttachmentStopsWhenCancelled()
    {
        QTemporaryDir dir;
        const std::atomic_bool stop(true);
        const SaveResult result = saveAttachment(QByteArray(100, 'x'), dir.filePath(u"a.bin"_s), &stop);
        QVERIFY(result.error.isCancelled());
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

INSPECTOR_TEST_GUILESS_MAIN(DetailsFakeTest)
#include "tst_detailsfake.moc"
