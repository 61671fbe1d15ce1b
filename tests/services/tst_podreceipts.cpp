// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/times.h"
#include "dataset.h"
#include "demodata.h"
#include "itemmodels/receiptsmodel.h"
#include "services/messagedetailsfeed.h"
#include "services/podmessagedetails.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;
using State = ReceiptsModel::State;

/**
 * PodMessageDetails::receipts() feeding a ReceiptsModel, against the demo pod: cursor paging,
 * counts, 404, faults, stale answers.
 */
class PodReceiptsTest final : public QObject
{
    Q_OBJECT

    TestSupport::SuitePod m_shared;
    std::unique_ptr<PodMessageDetails> m_details;

    QList<DemoPod::ReceiptEntry> expected(const char *messageId) const
    {
        const DemoPod::DataSet data(m_shared.pod().config());
        return data.receipts(data.findMessage(Ids::decode(QString::fromLatin1(messageId))));
    }

    static bool waitForState(ReceiptsModel &model, State state)
    {
        if (model.state() == state)
            return true;
        QSignalSpy spy(&model, &ReceiptsModel::stateChanged);
        while (spy.wait(10000)) {
            if (model.state() == state)
                return true;
        }
        return model.state() == state;
    }

    static QString receiptsPath(const char *messageId)
    {
        return u"/pod/v1/admin/messages/"_s + QString::fromLatin1(messageId) + u"/receipts"_s;
    }

    int receiptRequests() const
    {
        return TestSupport::countRequests(m_shared.pod(), u"/pod/v1/admin/messages/.*/receipts"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shared.start(TestSupport::podConfig(4, 20), {nullptr, 10000});
        m_details = std::make_unique<PodMessageDetails>(m_shared.client());
    }

    void cleanupTestCase()
    {
        m_details.reset();
        m_shared.stop();
    }

    void init() { m_shared.reset(); }

    void pagesFollowTheCursorsAndEqualThePodsData_data()
    {
        QTest::addColumn<QString>("messageId");
        QTest::newRow("m1, Rates Desk") << QString::fromLatin1(Demo::M1Id);
        QTest::newRow("m8, cross-pod") << QString::fromLatin1(Demo::M8Id);
        QTest::newRow("m8 in standard Base64") << QString::fromLatin1(Demo::M8StandardId);
        QTest::newRow("m5, with a download") << QString::fromLatin1(Demo::M5Id);
    }

    void pagesFollowTheCursorsAndEqualThePodsData()
    {
        QFETCH(QString, messageId);
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(messageId);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Loaded && !model.canFetchMore(), 10000);
        QVERIFY(errors.isEmpty());

        const QByteArray latin = messageId.toLatin1();
        const auto entries = expected(latin.constData());
        QVERIFY(!entries.isEmpty());
        QCOMPARE(model.rowCount(), entries.size());
        qint64 delivered = 0;
        qint64 read = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const auto &e = entries.at(i);
            QCOMPARE(model.receipt(i).user.id, e.userId);
            QCOMPARE(
                model.index(i, ReceiptsModel::UserIdColumn).data().toString(), QString::number(e.userId));
            QCOMPARE(model.receipt(i).deliveryReceiptTimestamp.value_or(0), e.delivered);
            QCOMPARE(model.receipt(i).readReceiptTimestamp.value_or(0), e.read);
            QCOMPARE(
                model.index(i, ReceiptsModel::ReadColumn).data(ModelRole::RawValue).isValid(), e.read != 0);
            if (e.read)
                QCOMPARE(model.index(i, ReceiptsModel::ReadColumn).data().toString(), Times::toIso(e.read));
            if (!e.downloadedFile.isEmpty())
                QVERIFY(model.index(i, ReceiptsModel::DownloadsColumn)
                            .data()
                            .toString()
                            .contains(e.downloadedFile));
            delivered += e.delivered ? 1 : 0;
            read += e.read ? 1 : 0;
        }
        QCOMPARE(model.summary().delivered, delivered);
        QCOMPARE(model.summary().read, read);
        QCOMPARE(model.summary().loaded, entries.size());
        QVERIFY(model.summary().complete);
        // The demo pod pages by 2: one request per page, none repeated.
        QCOMPARE(receiptRequests(), int((entries.size() + 1) / 2));
    }

    void fetchMoreLoadsOnePageAtATime()
    {
        ReceiptsModel model; // no tester here: it calls fetchMore() itself on every change
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        QVERIFY(!model.canFetchMore());
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore()); // not while a page is in flight
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore());
        QVERIFY(!model.summary().complete);
        QCOMPARE(model.summary().delivered, 3); // the envelope counts every receipt
        model.fetchMore();
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore());
        QVERIFY(model.summary().complete);
        model.fetchMore(); // past the end: no request
        QCOMPARE(receiptRequests(), 2);
        const auto log = m_shared.pod().requestLog();
        QVERIFY(!log.at(log.size() - 2).query.hasQueryItem(u"after"_s));
        QVERIFY(log.last().query.hasQueryItem(u"after"_s));
    }

    void loadAllStopsAtItsCap()
    {
        ReceiptsModel model;
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        model.loadAll(2);
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore());
        QCOMPARE(receiptRequests(), 1);
    }

    void notFoundMeansNoReceiptDetails()
    {
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M2Id));
        QVERIFY(waitForState(model, State::NoDetails));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(errors.isEmpty());
        QVERIFY(!model.canFetchMore());
    }

    void faultsAreErrorsWithoutPartialRows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("skip");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("500 on the first page")
            << int(Fault::Kind::Status) << 0 << 500 << QByteArray() << int(ApiError::Kind::Server) << 0;
        QTest::newRow("403 on the first page")
            << int(Fault::Kind::Status) << 0 << 403 << QByteArray() << int(ApiError::Kind::Forbidden) << 0;
        QTest::newRow("truncated JSON") << int(Fault::Kind::Malformed) << 0 << 200 << QByteArray()
                                        << int(ApiError::Kind::BadResponse) << 0;
        QTest::newRow("an array instead of the envelope")
            << int(Fault::Kind::Malformed) << 0 << 200 << QByteArray("[1,2,3]")
            << int(ApiError::Kind::BadResponse) << 0;
        QTest::newRow("truncated second page") << int(Fault::Kind::Malformed) << 1 << 200 << QByteArray()
                                               << int(ApiError::Kind::BadResponse) << 2;
        QTest::newRow("500 on the second page")
            << int(Fault::Kind::Status) << 1 << 500 << QByteArray() << int(ApiError::Kind::Server) << 2;
    }

    void faultsAreErrorsWithoutPartialRows()
    {
        QFETCH(int, kind);
        QFETCH(int, skip);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedKind);
        QFETCH(int, expectedRows);
        Fault f;
        f.method = "GET";
        f.pathPattern = receiptsPath(Demo::M1Id);
        f.kind = Fault::Kind(kind);
        f.status = status;
        f.skip = skip;
        f.body = body;
        m_shared.pod().addFault(f);

        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        model.loadAll();
        QVERIFY(waitForState(model, State::Failed));
        QCOMPARE(errors.size(), 1);
        const auto error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(int(error.kind), expectedKind);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(model.lastError().kind, error.kind);
        QCOMPARE(model.rowCount(), expectedRows);
        QVERIFY(!model.canFetchMore()); // a view does not retry in a loop...

        model.fetchMore(); // ...but the user can: the fault is used up
        QVERIFY(waitForState(model, State::Loaded));
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Loaded && !model.canFetchMore(), 10000);
        QCOMPARE(model.rowCount(), 3);
    }

    void answerForAnEarlierMessageIsDropped()
    {
        Fault slow;
        slow.pathPattern = receiptsPath(Demo::M1Id);
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 300;
        m_shared.pod().addFault(slow);

        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReceiptsModel::errorOccurred);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        const int first = model.generation();
        // The slow request has reached the pod before the user moves on.
        QTRY_COMPARE_WITH_TIMEOUT(
            TestSupport::countRequests(m_shared.pod(), receiptsPath(Demo::M1Id)), 1, 10000);
        model.setMessage(QString::fromLatin1(Demo::M8Id));
        QVERIFY(model.generation() > first);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Loaded && !model.canFetchMore(), 10000);
        QCOMPARE(model.messageId(), QString::fromLatin1(Demo::M8Id));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.receipt(0).user.id, Demo::ErinId);
        QVERIFY(errors.isEmpty()); // the abandoned request is neither an error nor rows
        QCOMPARE(model.summary().creatorName, u"Erin Evans"_s);
    }

    void withoutClientNothingIsRequested()
    {
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        QCOMPARE(model.state(), State::Idle);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(receiptRequests(), 0);
        MessageDetailsFeed feed(m_details.get()); // connecting later...
        feed.feed(&model);
        model.setMessage(model.messageId()); // ...loads the message shown when asked again
        QVERIFY(waitForState(model, State::Loaded));
        QCOMPARE(model.rowCount(), 2);
        feed.setDetails(nullptr);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.state(), State::Idle);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(PodReceiptsTest)
#include "tst_podreceipts.moc"
