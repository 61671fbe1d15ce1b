// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "api/fetch.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "itemmodels/streamtreemodel.h"
#include "services/podstreamdirectory.h"
#include "services/poduserdirectory.h"
#include "services/streamdirectory.h"
#include "services/streamtreeloader.h"
#include "services/userdirectory.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

/// The streams tree as the pane has it: the pod's directories, the loader and the model.
struct PodTree
{
    explicit PodTree(ApiClient *client)
        : streams(client)
        , users(client)
        , loader(&model)
    {
        loader.setDirectories(&streams, &users);
    }
    PodStreamDirectory streams;
    PodUserDirectory users;
    StreamTreeModel model;
    StreamTreeLoader loader;
};

/**
 * PodStreamDirectory against the demo pod, on its own and through StreamTreeLoader into a
 * StreamTreeModel: grouping, names without the caller, counts from the admin list or (after a 403)
 * from stream info for the rows asked for, scopes, stale answers, errors.
 */
class StreamDirectoryTest final : public QObject
{
    Q_OBJECT

private:
    FakeTimeSource m_time;
    TestSupport::SuitePod m_shared;

    static bool waitIdle(StreamTreeLoader &loader)
    {
        // A real event loop (not polling): a walk of a hundred pages stays fast.
        QSignalSpy spy(&loader, &StreamTreeLoader::loadingChanged);
        while (loader.isLoading())
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
        return TestSupport::collectAll<AdminStream>([&](Fetch::Sink<AdminStream> sink) {
            return Fetch::adminStreams(m_shared.client(), filter, sink, this);
        });
    }

    /// Runs a call to its end; its batches in *items, its error returned.
    template<typename T> static ApiError run(ServiceCall *call, QList<T> *items)
    {
        Q_UNUSED(items);
        QSignalSpy finished(call, &ServiceCall::finished);
        if (!finished.wait(30000))
            return ApiError::fromLocal(LocalError(u"no end"_s));
        if (finished.size() != 1)
            return ApiError::fromLocal(LocalError(u"finished more than once"_s));
        return finished.constFirst().constFirst().value<ApiError>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 50;
        m_shared.start(config, {&m_time});
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_shared.reset();
    }

    // PodStreamDirectory on its own.

    void listingsComeInBatchesFromTheEventLoop()
    {
        PodStreamDirectory directory(m_shared.client());
        QList<Stream> mine;
        int batches = 0;
        ServiceCall *call = directory.myStreams([&](const QList<Stream> &batch) {
            QVERIFY(!batch.isEmpty());
            ++batches;
            mine += batch;
        });
        QCOMPARE(batches, 0); // never from inside the method
        QCOMPARE(run(call, &mine).kind, ApiError::Kind::None);
        QVERIFY(batches > 1);
        QVERIFY(mine.size() > 100);
        bool inactive = false;
        for (const Stream &s : std::as_const(mine))
            inactive |= s.key() == QLatin1String(Demo::OldProjectStreamId) && !s.active;
        QVERIFY(inactive); // inactive streams are listed too

        QList<Stream> alices;
        QCOMPARE(
            run(directory.userStreams(Demo::AliceId, [&](const QList<Stream> &b) { alices += b; }), &alices)
                .kind,
            ApiError::Kind::None);
        QVERIFY(std::any_of(alices.cbegin(), alices.cend(),
            [](const Stream &s) { return s.key() == QLatin1String(Demo::WallStreamId); }));

        QList<AdminStream> all;
        QCOMPARE(run(directory.enterpriseStreams([&](const QList<AdminStream> &b) { all += b; }), &all).kind,
            ApiError::Kind::None);
        QCOMPARE(all.size(), adminList().size());
    }

    void refusedEnterpriseListEndsForbidden()
    {
        Fault f;
        f.pathPattern = u"/pod/v2/admin/streams/list"_s;
        f.status = 403;
        m_shared.pod().addFault(f);
        PodStreamDirectory directory(m_shared.client());
        QList<AdminStream> all;
        const ApiError error
            = run(directory.enterpriseStreams([&](const QList<AdminStream> &b) { all += b; }), &all);
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QVERIFY(all.isEmpty());
    }

    void userIdsByEmail()
    {
        PodStreamDirectory directory(m_shared.client());
        QList<qint64> ids;
        QCOMPARE(
            run(directory.userIdsByEmail(u"alice@acme.example"_s, [&](const QList<qint64> &b) { ids += b; }),
                &ids)
                .kind,
            ApiError::Kind::None);
        QCOMPARE(ids, QList<qint64> {Demo::AliceId});
        ids.clear();
        QCOMPARE(
            run(directory.userIdsByEmail(u"nobody@acme.example"_s, [&](const QList<qint64> &b) { ids += b; }),
                &ids)
                .kind,
            ApiError::Kind::None);
        QVERIFY(ids.isEmpty()); // nobody: no batch, no error
    }

    void streamRoomAndMembers()
    {
        PodStreamDirectory directory(m_shared.client());
        const QString room = QString::fromLatin1(Demo::RatesDeskStreamId);
        QList<StreamInfo> infos;
        QCOMPARE(
            run(directory.streamInfo(room, [&](const QList<StreamInfo> &b) { infos += b; }), &infos).kind,
            ApiError::Kind::None);
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos.constFirst().key(), room);
        QVERIFY(infos.constFirst().lastMessageDate.has_value());

        QList<RoomDetail> rooms;
        QCOMPARE(run(directory.roomInfo(room, [&](const QList<RoomDetail> &b) { rooms += b; }), &rooms).kind,
            ApiError::Kind::None);
        QCOMPARE(rooms.size(), 1);
        QVERIFY(rooms.constFirst().roomAttributes.name.contains("Rates Desk"_L1));

        QList<RoomMember> members;
        QCOMPARE(run(directory.roomMembers(room, [&](const QList<RoomMember> &b) { members += b; }), &members)
                     .kind,
            ApiError::Kind::None);
        QCOMPARE(members.size(), 3); // Carol left
        QVERIFY(std::any_of(
            members.cbegin(), members.cend(), [](const RoomMember &m) { return m.id == Demo::AliceId; }));
    }

    void errorsKeepTheirKind()
    {
        PodStreamDirectory directory(m_shared.client());
        Fault malformed;
        malformed.pathPattern = u"/pod/v2/streams/.*/info"_s;
        malformed.kind = Fault::Kind::Malformed;
        m_shared.pod().addFault(malformed);
        QList<StreamInfo> infos;
        const QString room = QString::fromLatin1(Demo::RatesDeskStreamId);
        ApiError error
            = run(directory.streamInfo(room, [&](const QList<StreamInfo> &b) { infos += b; }), &infos);
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY(infos.isEmpty());

        Fault server;
        server.pathPattern = u"/pod/v3/room/.*/info"_s;
        server.status = 500;
        m_shared.pod().addFault(server);
        QList<RoomDetail> rooms;
        error = run(directory.roomInfo(room, [&](const QList<RoomDetail> &b) { rooms += b; }), &rooms);
        QCOMPARE(error.kind, ApiError::Kind::Server);

        // Without a client: an error from the event loop, never a crash.
        PodStreamDirectory none(nullptr);
        QList<Stream> streams;
        error = run(none.myStreams([&](const QList<Stream> &b) { streams += b; }), &streams);
        QCOMPARE(error.kind, ApiError::Kind::Local);
        QCOMPARE(error.local.category(), LocalError::Category::Config);
    }

    void cancelStopsEveryBatch()
    {
        PodStreamDirectory directory(m_shared.client());
        int batches = 0;
        ServiceCall *call = nullptr;
        call = directory.myStreams([&](const QList<Stream> &) {
            if (++batches == 1)
                call->cancel();
        });
        QSignalSpy finished(call, &ServiceCall::finished);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(batches, 1);

        // Cancelled before anything came: nothing at all, the request aborted.
        int infos = 0;
        ServiceCall *info = directory.streamInfo(
            QString::fromLatin1(Demo::RatesDeskStreamId), [&](const QList<StreamInfo> &) { ++infos; });
        QSignalSpy infoFinished(info, &ServiceCall::finished);
        info->cancel();
        QCOMPARE(infoFinished.size(), 1);
        QTest::qWait(200);
        QCOMPARE(infos, 0);

        // Deleted: silent.
        int rooms = 0;
        ServiceCall *room = directory.roomInfo(
            QString::fromLatin1(Demo::RatesDeskStreamId), [&](const QList<RoomDetail> &) { ++rooms; });
        QSignalSpy roomFinished(room, &ServiceCall::finished);
        delete room;
        QTest::qWait(200);
        QCOMPARE(rooms, 0);
        QCOMPARE(roomFinished.size(), 0);
    }

    // Through StreamTreeLoader into StreamTreeModel (the assertions of the former tst_streamtreemodel).

    void myStreamsAreGroupedWithNamesAndCounts()
    {
        Requests::StreamFilter filter;
        filter.includeInactive = true;
        const QList<Stream> mine = TestSupport::collectAll<Stream>(
            [&](Fetch::Sink<Stream> sink) { return Fetch::streams(m_shared.client(), filter, sink, this); });
        QVERIFY(mine.size() > 100);
        const QList<AdminStream> admin = adminList();

        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&loader, &StreamTreeLoader::loaded);
        loader.setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(loader.isLoading());
        QVERIFY(waitIdle(loader));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loader.detailSource(), StreamTreeLoader::DetailSource::AdminList);
        QCOMPARE(loader.selfUserId(), Demo::BotId);

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
                QCOMPARE(model.data(model.index(r, 0, group), ModelRole::StreamType).toString(), types.at(g));
        }

        QCOMPARE(role(model, Demo::RatesDeskStreamId, Qt::DisplayRole).toString(), u"Rates Desk"_s);
        QCOMPARE(role(model, Demo::ImStreamId, Qt::DisplayRole).toString(), u"Alice Adams"_s);
        QCOMPARE(role(model, Demo::MimStreamId, Qt::DisplayRole).toString(), u"Alice Adams, Bob Baker"_s);
        QCOMPARE(role(model, Demo::OldProjectStreamId, ModelRole::Active).toBool(), false);
        QCOMPARE(role(model, Demo::RatesDeskStreamId, ModelRole::Active).toBool(), true);
        QCOMPARE(role(model, Demo::CrossPodStreamId, ModelRole::CrossPod).toBool(), true);
        QCOMPARE(role(model, Demo::CrossPodStreamStandardId, ModelRole::StreamId).toString(),
            QString::fromLatin1(Demo::CrossPodStreamId));
        QCOMPARE(role(model, Demo::CrossPodStreamId, ModelRole::StandardId).toString(),
            QString::fromLatin1(Demo::CrossPodStreamStandardId));

        // Counts and dates from the admin list, for every stream it has.
        int checked = 0;
        for (const AdminStream &s : admin) {
            const QModelIndex i = model.indexOfStream(s.id);
            if (!i.isValid())
                continue;
            QCOMPARE(model.data(i, ModelRole::Members).toInt(), int(s.attributes.membersCount));
            if (s.attributes.lastMessageDate)
                QCOMPARE(model.data(i, ModelRole::LastActivity).toLongLong(), *s.attributes.lastMessageDate);
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
        m_shared.pod().addFault(f);
        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&loader, &StreamTreeLoader::errorOccurred);
        loader.setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(waitIdle(loader));
        QCOMPARE(errors.size(), 0); // a 403 there only changes where counts come from
        QCOMPARE(loader.detailSource(), StreamTreeLoader::DetailSource::PerStream);
        QVERIFY(!role(model, Demo::RatesDeskStreamId, ModelRole::LastActivity).isValid());
        QCOMPARE(role(model, Demo::MimStreamId, ModelRole::Members).toInt(), 3);

        m_shared.pod().clearRequestLog();
        loader.setMaxDetailRequests(2);
        loader.requestDetails({QString::fromLatin1(Demo::RatesDeskStreamId),
            QString::fromLatin1(Demo::ImStreamId), QString::fromLatin1(Demo::CrossPodStreamStandardId)});
        QVERIFY(loader.isLoading());
        QVERIFY(waitIdle(loader));
        QVERIFY(role(model, Demo::RatesDeskStreamId, ModelRole::LastActivity).isValid());
        QVERIFY(role(model, Demo::ImStreamId, ModelRole::LastActivity).isValid());
        QVERIFY(role(model, Demo::CrossPodStreamId, ModelRole::LastActivity).isValid());
        QCOMPARE(role(model, Demo::RatesDeskStreamId, ModelRole::Members).toInt(), 3); // Carol left
        // Only the rows asked for, each once; asking again sends nothing.
        int infos = 0;
        for (const auto &r : m_shared.pod().requestLog())
            infos += r.path.endsWith("/info"_L1);
        QCOMPARE(infos, 3);
        m_shared.pod().clearRequestLog();
        loader.requestDetails({QString::fromLatin1(Demo::RatesDeskStreamId)});
        QVERIFY(!loader.isLoading());
        QCOMPARE(m_shared.pod().requestLog().size(), 0);
    }

    void enterpriseScope()
    {
        const QList<AdminStream> admin = adminList();
        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loader.setScope(StreamTreeLoader::Scope::Enterprise);
        QVERIFY(waitIdle(loader));
        QCOMPARE(model.streamCount(), int(admin.size()));
        QVERIFY(role(model, Demo::ComplianceStreamId, Qt::DisplayRole).isValid()); // not the bot's
        QVERIFY(role(model, Demo::RatesDeskStreamId, ModelRole::Members).isValid());
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
        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&loader, &StreamTreeLoader::errorOccurred);
        loader.setScope(StreamTreeLoader::Scope::User, user);
        QVERIFY(waitIdle(loader));
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
        QTest::newRow("neither id nor email") << u"alice"_s << int(ApiError::Kind::Local);
        QTest::newRow("unknown email") << u"nobody@acme.example"_s << int(ApiError::Kind::Local);
        QTest::newRow("unknown id") << u"123"_s << int(ApiError::Kind::NotFound);
    }

    void userScopeErrors()
    {
        QFETCH(QString, user);
        QFETCH(int, kind);
        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QSignalSpy errors(&loader, &StreamTreeLoader::errorOccurred);
        loader.setScope(StreamTreeLoader::Scope::User, user);
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(waitIdle(loader));
        const auto error = errors.constFirst().constFirst().value<ApiError>();
        QVERIFY2(int(error.kind) == kind || kind != int(ApiError::Kind::Local), qPrintable(error.message));
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
        m_shared.pod().addFault(slow);
        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loader.setScope(StreamTreeLoader::Scope::Enterprise);
        loader.setScope(StreamTreeLoader::Scope::User, QString::number(Demo::BobId));
        QVERIFY(waitIdle(loader));
        QTRY_VERIFY(m_shared.pod().faults().isEmpty());
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
        m_shared.pod().addFault(f);
        PodTree tree(m_shared.client());
        StreamTreeModel &model = tree.model;
        StreamTreeLoader &loader = tree.loader;
        QSignalSpy errors(&loader, &StreamTreeLoader::errorOccurred);
        loader.setScope(StreamTreeLoader::Scope::Mine);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(waitIdle(loader));
        loader.refresh();
        QVERIFY(waitIdle(loader));
        QVERIFY(model.streamCount() > 100);
        loader.setDirectories(nullptr, nullptr);
        QCOMPARE(model.streamCount(), 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(StreamDirectoryTest)
#include "tst_streamdirectory.moc"
