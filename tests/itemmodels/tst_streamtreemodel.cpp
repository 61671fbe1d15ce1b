// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "browsetestsupport.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "itemmodels/streamtreemodel.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

/**
 * StreamTreeModel against the demo pod: grouping, names without the caller, counts from the admin
 * list or (after a 403) from stream info for the rows asked for, scopes, stale answers, errors.
 */
class StreamTreeModelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    FakeTimeSource m_time;
    std::unique_ptr<ApiClient> m_client;

    static bool waitIdle(StreamTreeModel &model)
    {
        // A real event loop (not polling): a walk of a hundred pages stays fast.
        QSignalSpy spy(&model, &StreamTreeModel::loadingChanged);
        while (model.isLoading())
            if (!spy.wait(30000))
                return false;
        return true;
    }

    static QVariant role(const StreamTreeModel &model, const char *id, int role, int column = 0)
    {
        return model.data(model.indexOfStream(QString::fromLatin1(id), column), role);
    }

    QList<AdminStream> adminList()
    {
        Requests::StreamFilter filter;
        filter.includeInactive = true;
        return collectAll<AdminStream>([&](Fetch::Sink<AdminStream> sink) {
            return Fetch::adminStreams(m_client.get(), filter, sink, this);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 50;
        m_pod = std::make_unique<DemoPod::Server>(config);
        QString error;
        QVERIFY2(m_pod->start(&error), qPrintable(error));
        m_client = makeBrowseClient(m_pod.get(), &m_time);
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_pod->clearFaults();
        m_pod->clearRequestLog();
    }

    void myStreamsAreGroupedWithNamesAndCounts()
    {
        Requests::StreamFilter filter;
        filter.includeInactive = true;
        const QList<Stream> mine = collectAll<Stream>(
            [&](Fetch::Sink<Stream> sink) { return Fetch::streams(m_client.get(), filter, sink, this); });
        QVERIFY(mine.size() > 100);
        const QList<AdminStream> admin = adminList();

        StreamTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QSignalSpy loaded(&model, &StreamTreeModel::loaded);
        model.setScope(StreamTreeModel::Scope::Mine);
        QVERIFY(model.isLoading());
        QVERIFY(waitIdle(model));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.detailSource(), StreamTreeModel::DetailSource::AdminList);
        QCOMPARE(model.selfUserId(), Demo::BotId);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.streamCount(), int(mine.size()));
        const QStringList types = StreamTreeModel::typeNames();
        for (int g = 0; g < 4; ++g) {
            const QModelIndex group = model.index(g, 0);
            const int expected = int(std::count_if(
                mine.cbegin(), mine.cend(), [&](const Stream &s) { return s.type == types.at(g); }));
            QCOMPARE(model.rowCount(group), expected);
            QCOMPARE(model.data(group).toString(), u"%1 (%2)"_s.arg(types.at(g)).arg(expected));
            for (int r = 0; r < model.rowCount(group); ++r)
                QCOMPARE(model.data(model.index(r, 0, group), StreamTreeModel::StreamTypeRole).toString(),
                    types.at(g));
        }

        QCOMPARE(role(model, Demo::RatesDeskStreamId, Qt::DisplayRole).toString(), u"Rates Desk"_s);
        QCOMPARE(role(model, Demo::ImStreamId, Qt::DisplayRole).toString(), u"Alice Adams"_s);
        QCOMPARE(role(model, Demo::MimStreamId, Qt::DisplayRole).toString(), u"Alice Adams, Bob Baker"_s);
        QCOMPARE(role(model, Demo::OldProjectStreamId, StreamTreeModel::ActiveRole).toBool(), false);
        QCOMPARE(role(model, Demo::RatesDeskStreamId, StreamTreeModel::ActiveRole).toBool(), true);
        QCOMPARE(role(model, Demo::CrossPodStreamId, StreamTreeModel::CrossPodRole).toBool(), true);
        QCOMPARE(role(model, Demo::CrossPodStreamStandardId, StreamTreeModel::StreamIdRole).toString(),
            QString::fromLatin1(Demo::CrossPodStreamId));
        QCOMPARE(role(model, Demo::CrossPodStreamId, StreamTreeModel::StandardIdRole).toString(),
            QString::fromLatin1(Demo::CrossPodStreamStandardId));

        // Counts and dates from the admin list, for every stream it has.
        int checked = 0;
        for (const AdminStream &s : admin) {
            const QModelIndex i = model.indexOfStream(s.id);
            if (!i.isValid())
                continue;
            QCOMPARE(model.data(i, StreamTreeModel::MembersRole).toInt(), int(s.attributes.membersCount));
            if (s.attributes.lastMessageDate)
                QCOMPARE(model.data(i, StreamTreeModel::LastActivityRole).toLongLong(),
                    *s.attributes.lastMessageDate);
            ++checked;
        }
        QVERIFY(checked > 100);
        QVERIFY(role(model, Demo::RatesDeskStreamId, Qt::DisplayRole, StreamTreeModel::LastActivityColumn)
                    .isValid());
        // No name anywhere is the bot's own.
        for (int g = 0; g < 2; ++g)
            for (int r = 0; r < model.rowCount(model.index(g, 0)); ++r)
                QVERIFY(
                    !model.data(model.index(r, 0, model.index(g, 0))).toString().contains("Export Bot"_L1));
    }

    void forbiddenAdminListFallsBackToStreamInfo()
    {
        Fault f;
        f.pathPattern = u"/pod/v2/admin/streams/list"_s;
        f.status = 403;
        f.count = -1;
        m_pod->addFault(f);
        StreamTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QSignalSpy errors(&model, &StreamTreeModel::errorOccurred);
        model.setScope(StreamTreeModel::Scope::Mine);
        QVERIFY(waitIdle(model));
        QCOMPARE(errors.size(), 0); // a 403 there only changes where counts come from
        QCOMPARE(model.detailSource(), StreamTreeModel::DetailSource::PerStream);
        QVERIFY(!role(model, Demo::RatesDeskStreamId, StreamTreeModel::LastActivityRole).isValid());
        QCOMPARE(role(model, Demo::MimStreamId, StreamTreeModel::MembersRole).toInt(), 3);

        m_pod->clearRequestLog();
        model.setMaxDetailRequests(2);
        model.requestDetails({QString::fromLatin1(Demo::RatesDeskStreamId),
            QString::fromLatin1(Demo::ImStreamId), QString::fromLatin1(Demo::CrossPodStreamStandardId)});
        QVERIFY(model.isLoading());
        QVERIFY(waitIdle(model));
        QVERIFY(role(model, Demo::RatesDeskStreamId, StreamTreeModel::LastActivityRole).isValid());
        QVERIFY(role(model, Demo::ImStreamId, StreamTreeModel::LastActivityRole).isValid());
        QVERIFY(role(model, Demo::CrossPodStreamId, StreamTreeModel::LastActivityRole).isValid());
        QCOMPARE(role(model, Demo::RatesDeskStreamId, StreamTreeModel::MembersRole).toInt(), 3); // Carol left
        // Only the rows asked for, each once; asking again sends nothing.
        int infos = 0;
        for (const auto &r : m_pod->requestLog())
            infos += r.path.endsWith("/info"_L1);
        QCOMPARE(infos, 3);
        m_pod->clearRequestLog();
        model.requestDetails({QString::fromLatin1(Demo::RatesDeskStreamId)});
        QVERIFY(!model.isLoading());
        QCOMPARE(m_pod->requestLog().size(), 0);
    }

    void enterpriseScope()
    {
        const QList<AdminStream> admin = adminList();
        StreamTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        model.setScope(StreamTreeModel::Scope::Enterprise);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.streamCount(), int(admin.size()));
        QVERIFY(role(model, Demo::ComplianceStreamId, Qt::DisplayRole).isValid()); // not the bot's
        QVERIFY(role(model, Demo::RatesDeskStreamId, StreamTreeModel::MembersRole).isValid());
    }

    void userScope_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("by id") << QString::number(Demo::AliceId);
        QTest::newRow("by email") << u"alice@acme.example"_s;
    }

    void userScope()
    {
        QFETCH(QString, user);
        StreamTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QSignalSpy errors(&model, &StreamTreeModel::errorOccurred);
        model.setScope(StreamTreeModel::Scope::User, user);
        QVERIFY(waitIdle(model));
        QCOMPARE(errors.size(), 0);
        QVERIFY(model.indexOfStream(QString::fromLatin1(Demo::WallStreamId)).isValid());
        // Named after the others, never after the user whose streams these are.
        QCOMPARE(role(model, Demo::ImStreamId, Qt::DisplayRole).toString(), u"Export Bot"_s);
        QCOMPARE(role(model, Demo::MimStreamId, Qt::DisplayRole).toString(), u"Bob Baker, Export Bot"_s);
    }

    void userScopeErrors_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("kind");
        QTest::newRow("neither id nor email") << u"alice"_s << int(ApiError::Kind::Config);
        QTest::newRow("unknown email") << u"nobody@acme.example"_s << int(ApiError::Kind::Config);
        QTest::newRow("unknown id") << u"123"_s << int(ApiError::Kind::NotFound);
    }

    void userScopeErrors()
    {
        QFETCH(QString, user);
        QFETCH(int, kind);
        StreamTreeModel model;
        model.setClient(m_client.get());
        QSignalSpy errors(&model, &StreamTreeModel::errorOccurred);
        model.setScope(StreamTreeModel::Scope::User, user);
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(waitIdle(model));
        const auto error = errors.constFirst().constFirst().value<ApiError>();
        QVERIFY2(int(error.kind) == kind || kind != int(ApiError::Kind::Config), qPrintable(error.message));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(model.streamCount(), 0);
    }

    void staleScopeAnswersAreDropped()
    {
        Fault slow;
        slow.pathPattern = u"/pod/v2/admin/streams/list"_s;
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 200;
        slow.count = 1;
        m_pod->addFault(slow);
        StreamTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        model.setScope(StreamTreeModel::Scope::Enterprise);
        model.setScope(StreamTreeModel::Scope::User, QString::number(Demo::BobId));
        QVERIFY(waitIdle(model));
        QTRY_VERIFY(m_pod->faults().isEmpty());
        QTest::qWait(300); // past the delayed enterprise answer
        QVERIFY(!model.indexOfStream(QString::fromLatin1(Demo::ComplianceStreamId)).isValid());
        QVERIFY(!model.indexOfStream(QString::fromLatin1(Demo::ImStreamId)).isValid()); // Alice and bot only
        QVERIFY(model.indexOfStream(QString::fromLatin1(Demo::MimStreamId)).isValid());
    }

    void listingErrorSurfaces()
    {
        Fault f;
        f.pathPattern = u"/pod/v1/streams/list"_s;
        f.status = 500;
        m_pod->addFault(f);
        StreamTreeModel model;
        model.setClient(m_client.get());
        QSignalSpy errors(&model, &StreamTreeModel::errorOccurred);
        model.setScope(StreamTreeModel::Scope::Mine);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(waitIdle(model));
        model.refresh();
        QVERIFY(waitIdle(model));
        QVERIFY(model.streamCount() > 100);
        model.setClient(nullptr);
        QCOMPARE(model.streamCount(), 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(StreamTreeModelTest)
#include "tst_streamtreemodel.moc"
