// SPDX-License-Identifier: Apache-2.0
// StreamTreeLoader and the passive StreamTreeModel against FAKE directories (canned data, no pod):
// scopes, names, counts from the enterprise list or after its refusal from stream info, the
// throttle, the user directory's cache, cancellation and errors.
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "common/testsuite.h"
#include "itemmodels/streamtreemodel.h"
#include "services/streamdirectory.h"
#include "services/streamtreeloader.h"
#include "services/userdirectory.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Self = 1;
constexpr qint64 Alice = 2;
constexpr qint64 Bob = 3;

/// Counts a call as running until it finishes or is deleted, whichever comes first.
class Running
{
public:
    static void track(ServiceCall *call, int *running, int *maxRunning)
    {
        ++*running;
        *maxRunning = qMax(*maxRunning, *running);
        auto done = std::make_shared<bool>(false);
        auto stop = [running, done] {
            if (!*done) {
                *done = true;
                --*running;
            }
        };
        QObject::connect(call, &ServiceCall::finished, call, stop);
        QObject::connect(call, &QObject::destroyed, stop);
    }
};

/// A StreamDirectory with canned answers, delivered two items per batch from the event loop.
class FakeStreams final : public StreamDirectory
{
public:
    QList<Stream> mine;
    QHash<qint64, QList<Stream>> byUser;
    QList<AdminStream> enterprise;
    ApiError enterpriseError;
    ApiError listingError;
    QHash<QString, qint64> emails;
    QHash<QString, StreamInfo> infos;
    QHash<QString, QList<RoomMember>> members;
    /// Calls are held open (no batch, no end) until release().
    bool hold = false;
    /// The same for the enterprise list only.
    bool holdEnterprise = false;

    QStringList log;
    int running = 0;
    int maxRunning = 0;
    int delivered = 0;

    ~FakeStreams() override
    {
        // The calls still open go first: their ends count down the members below.
        qDeleteAll(findChildren<ServiceCall *>(Qt::FindDirectChildrenOnly));
    }

    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &h : held)
            if (h.call)
                h.start();
    }

    ServiceCall *myStreams(BatchSink<Stream> sink) override
    {
        return serve(u"mine"_s, mine, sink, listingError);
    }
    ServiceCall *userStreams(qint64 userId, BatchSink<Stream> sink) override
    {
        if (!byUser.contains(userId))
            return serve(
                u"user:%1"_s.arg(userId), QList<Stream>(), sink, ApiError::fromHttp(404, {}, u"x"_s));
        return serve(u"user:%1"_s.arg(userId), byUser.value(userId), sink, listingError);
    }
    ServiceCall *enterpriseStreams(BatchSink<AdminStream> sink) override
    {
        return serve(u"enterprise"_s, enterpriseError.isError() ? QList<AdminStream>() : enterprise, sink,
            enterpriseError);
    }
    ServiceCall *userIdsByEmail(const QString &email, BatchSink<qint64> sink) override
    {
        QList<qint64> ids;
        if (emails.contains(email))
            ids.append(emails.value(email));
        return serve(u"email:"_s + email, ids, sink);
    }
    ServiceCall *streamInfo(const QString &streamId, BatchSink<StreamInfo> sink) override
    {
        QList<StreamInfo> items;
        if (infos.contains(streamId))
            items.append(infos.value(streamId));
        return serve(u"info:"_s + streamId, items, sink,
            items.isEmpty() ? ApiError::fromHttp(404, {}, u"x"_s) : ApiError());
    }
    ServiceCall *roomInfo(const QString &roomId, BatchSink<RoomDetail> sink) override
    {
        return serve(u"room:"_s + roomId, QList<RoomDetail>(), sink);
    }
    ServiceCall *roomMembers(const QString &roomId, BatchSink<RoomMember> sink) override
    {
        return serve(u"members:"_s + roomId, members.value(roomId), sink);
    }

private:
    struct Held
    {
        QPointer<ServiceCall> call;
        std::function<void()> start;
    };
    QList<Held> m_held;

    template<typename T>
    ServiceCall *serve(
        const QString &what, const QList<T> &items, BatchSink<T> sink, const ApiError &error = {})
    {
        log.append(what);
        auto *call = new ServiceCall(this);
        Running::track(call, &running, &maxRunning);
        auto start = [this, call, items, sink, error] {
            for (qsizetype i = 0; i < items.size(); i += 2) {
                call->deliverLater([this, sink, batch = items.mid(i, 2)] {
                    ++delivered;
                    sink(batch);
                });
            }
            call->finishLater(error);
        };
        if (hold || (holdEnterprise && what == "enterprise"_L1))
            m_held.append({call, start});
        else
            start();
        return call;
    }
};

/// A UserDirectory source with canned users; counts what reaches it.
class FakeUsers final : public UserDirectory
{
public:
    QHash<qint64, User> users;
    ApiError error;
    int fetches = 0;
    QList<qint64> fetched;
    int selfFetches = 0;

protected:
    ServiceCall *fetchUsers(const QList<qint64> &ids, BatchSink<User> sink) override
    {
        ++fetches;
        fetched += ids;
        auto *call = new ServiceCall(this);
        QList<User> found;
        for (qint64 id : ids)
            if (users.contains(id))
                found.append(users.value(id));
        if (!found.isEmpty() && !error.isError())
            call->deliverLater([sink, found] { sink(found); });
        call->finishLater(error);
        return call;
    }
    ServiceCall *fetchSelf(BatchSink<User> sink) override
    {
        ++selfFetches;
        auto *call = new ServiceCall(this);
        call->deliverLater([sink, self = users.value(Self)] { sink({self}); });
        call->finishLater();
        return call;
    }
};

User user(qint64 id, const QString &display, const QString &email = {})
{
    User u;
    u.id = id;
    u.displayName = display;
    u.emailAddress = email;
    return u;
}

Stream stream(
    const QString &id, const QString &type, const QList<qint64> &members = {}, const QString &room = {})
{
    Stream s;
    s.id = id;
    s.type = type;
    s.members = members;
    s.roomName = room;
    s.active = true;
    return s;
}

AdminStream adminStream(const QString &id, const QString &type, int membersCount, qint64 last)
{
    AdminStream s;
    s.id = id;
    s.type = type;
    s.isActive = true;
    s.attributes.membersCount = membersCount;
    s.attributes.lastMessageDate = last;
    return s;
}

} // namespace

class StreamTreeLoaderTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeStreams> m_streams;
    std::unique_ptr<FakeUsers> m_users;
    std::unique_ptr<StreamTreeModel> m_model;
    std::unique_ptr<StreamTreeLoader> m_loader;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bool waitIdle()
    {
        QSignalSpy spy(m_loader.get(), &StreamTreeLoader::loadingChanged);
        while (m_loader->isLoading())
            if (!spy.wait(5000))
                return false;
        return true;
    }

    QVariant role(const QString &id, int role, int column = 0) const
    {
        return m_model->data(m_model->indexOfStream(id, column), role);
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_streams = std::make_unique<FakeStreams>();
        m_streams->mine
            = {stream(u"im1"_s, u"IM"_s, {Self, Alice}), stream(u"mim1"_s, u"MIM"_s, {Self, Alice, Bob}),
                stream(u"room1"_s, u"ROOM"_s, {}, u"Rates Desk"_s), stream(u"post1"_s, u"POST"_s),
                stream(u"room2"_s, u"ROOM"_s, {}, u"Desk Two"_s)};
        m_streams->enterprise = {adminStream(u"im1"_s, u"IM"_s, 2, 1000),
            adminStream(u"room1"_s, u"ROOM"_s, 3, 2000), adminStream(u"other"_s, u"ROOM"_s, 9, 3000)};
        m_streams->byUser.insert(
            Alice, {stream(u"im1"_s, u"IM"_s, {Self, Alice}), stream(u"im2"_s, u"IM"_s, {Alice, Bob})});
        m_streams->emails.insert(u"alice@example.com"_s, Alice);
        StreamInfo info;
        info.lastMessageDate = 5000;
        info.members = {Self, Alice};
        m_streams->infos.insert(u"im1"_s, info);
        info.members.clear();
        m_streams->infos.insert(u"room1"_s, info);
        m_streams->infos.insert(u"room2"_s, info);
        m_streams->infos.insert(u"post1"_s, info);
        RoomMember m;
        m.id = Alice;
        m_streams->members.insert(u"room1"_s, {m, m, m, m});
        m_users = std::make_unique<FakeUsers>();
        m_users->users.insert(Self, user(Self, u"Me Myself"_s));
        m_users->users.insert(Alice, user(Alice, u"Alice A"_s));
        m_users->users.insert(Bob, user(Bob, {}, u"bob@example.com"_s)); // named by the one rule
        m_model = std::make_unique<StreamTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_loader = std::make_unique<StreamTreeLoader>(m_model.get());
        m_loader->setDirectories(m_streams.get(), m_users.get());
    }

    void cleanup()
    {
        m_loader.reset();
        m_tester.reset();
        m_model.reset();
        m_users.reset();
        m_streams.reset();
    }

    void mineIsGroupedNamedAndCountedFromTheEnterpriseList()
    {
        QSignalSpy loaded(m_loader.get(), &StreamTreeLoader::loaded);
        QSignalSpy errors(m_loader.get(), &StreamTreeLoader::errorOccurred);
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(m_loader->isLoading());
        QCOMPARE(m_model->streamCount(), 0); // nothing from inside setScope()
        QVERIFY(waitIdle());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(m_loader->selfUserId(), Self);
        QCOMPARE(m_loader->detailSource(), StreamTreeLoader::DetailSource::AdminList);
        QCOMPARE(m_streams->log, (QStringList {u"mine"_s, u"enterprise"_s}));

        QCOMPARE(m_model->streamCount(), 5);
        QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), u"IM (1)"_s);
        QCOMPARE(m_model->data(m_model->index(2, 0)).toString(), u"ROOM (2)"_s);
        QCOMPARE(role(u"im1"_s, Qt::DisplayRole).toString(), u"Alice A"_s); // never the caller
        QCOMPARE(role(u"mim1"_s, Qt::DisplayRole).toString(), u"Alice A, bob@example.com"_s);
        QCOMPARE(role(u"room1"_s, Qt::DisplayRole).toString(), u"Rates Desk"_s);
        QCOMPARE(role(u"im1"_s, ModelRole::Members).toInt(), 2);
        QCOMPARE(role(u"room1"_s, ModelRole::Members).toInt(), 3);
        QCOMPARE(role(u"room1"_s, ModelRole::LastActivity).toLongLong(), 2000);
        QVERIFY(!role(u"room2"_s, ModelRole::LastActivity).isValid());
        QVERIFY(!m_model->indexOfStream(u"other"_s).isValid()); // counts only, never a row

        // The admin list gave the counts: no stream is asked for one by one.
        m_loader->requestDetails({u"room2"_s});
        QVERIFY(!m_loader->isLoading());
        QCOMPARE(m_streams->log.size(), 2);
    }

    void refusedEnterpriseListFallsBackToStreamInfoThrottled()
    {
        m_streams->enterpriseError = ApiError::fromHttp(403, {}, u"listing"_s);
        QCOMPARE(m_streams->enterpriseError.kind, ApiError::Kind::Forbidden);
        QSignalSpy errors(m_loader.get(), &StreamTreeLoader::errorOccurred);
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(waitIdle());
        QCOMPARE(errors.size(), 0); // a refusal there only changes where counts come from
        QCOMPARE(m_loader->detailSource(), StreamTreeLoader::DetailSource::PerStream);
        QVERIFY(!role(u"room1"_s, ModelRole::LastActivity).isValid());
        QCOMPARE(role(u"mim1"_s, ModelRole::Members).toInt(), 3); // from the listing's members

        m_streams->log.clear();
        m_streams->hold = true;
        m_streams->maxRunning = 0;
        m_loader->setMaxDetailRequests(2);
        m_loader->requestDetails({u"room1"_s, u"im1"_s, u"post1"_s, u"unknown"_s});
        QVERIFY(m_loader->isLoading());
        QCOMPARE(m_streams->log, (QStringList {u"info:room1"_s, u"info:im1"_s})); // two at a time
        while (m_loader->isLoading()) {
            m_streams->release();
            QTest::qWait(1);
        }
        QCOMPARE(m_streams->maxRunning, 2);
        QCOMPARE(m_streams->log,
            (QStringList {u"info:room1"_s, u"info:im1"_s, u"members:room1"_s, u"info:post1"_s}));
        QCOMPARE(role(u"room1"_s, ModelRole::LastActivity).toLongLong(), 5000);
        QCOMPARE(role(u"room1"_s, ModelRole::Members).toInt(), 4); // from the room's members
        QCOMPARE(role(u"im1"_s, ModelRole::Members).toInt(), 2);
        QCOMPARE(role(u"post1"_s, ModelRole::LastActivity).toLongLong(), 5000);

        // Each row once: asking again sends nothing.
        m_streams->log.clear();
        m_loader->requestDetails({u"room1"_s, u"im1"_s});
        QVERIFY(!m_loader->isLoading());
        QVERIFY(m_streams->log.isEmpty());
    }

    void detailsAskedBeforeTheFallbackWaitForIt()
    {
        m_streams->enterpriseError = ApiError::fromHttp(403, {}, u"listing"_s);
        m_streams->holdEnterprise = true;
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QTRY_VERIFY(m_streams->log.contains(u"enterprise"_s));
        QCOMPARE(m_model->streamCount(), 5);
        QCOMPARE(m_loader->detailSource(), StreamTreeLoader::DetailSource::Unknown);
        m_loader->requestDetails({u"room2"_s});
        QTest::qWait(20);
        QVERIFY(!m_streams->log.contains(u"info:room2"_s));
        m_streams->release();
        QVERIFY(waitIdle());
        QVERIFY(m_streams->log.contains(u"info:room2"_s));
        QCOMPARE(role(u"room2"_s, ModelRole::LastActivity).toLongLong(), 5000);
    }

    void namesComeFromTheUserDirectoryCache()
    {
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(waitIdle());
        QCOMPARE(m_users->fetches, 1);
        QCOMPARE(m_users->selfFetches, 1);
        std::sort(m_users->fetched.begin(), m_users->fetched.end());
        // The caller came with self(), before the names: only the others are asked.
        QCOMPARE(m_users->fetched, (QList<qint64> {Alice, Bob}));

        // A refresh and another scope list the same people: no request for an id already known.
        m_loader->refresh();
        QVERIFY(waitIdle());
        m_loader->setScope(StreamTreeLoader::Scope::Enterprise);
        QVERIFY(waitIdle());
        QCOMPARE(m_users->fetches, 1);
        QCOMPARE(m_users->selfFetches, 1);
        QVERIFY(!m_model->indexOfStream(u"mim1"_s).isValid()); // not in this scope
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(waitIdle());
        QCOMPARE(role(u"mim1"_s, Qt::DisplayRole).toString(), u"Alice A, bob@example.com"_s);
        QCOMPARE(m_users->fetches, 1);
    }

    void failedNameLookupsAreAskedAgain()
    {
        m_users->error = ApiError::fromHttp(500, {}, u"users"_s);
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(waitIdle());
        QCOMPARE(role(u"im1"_s, Qt::DisplayRole).toString(), QString::number(Alice)); // the id meanwhile
        m_users->error = {};
        m_loader->refresh();
        QVERIFY(waitIdle());
        QCOMPARE(m_users->fetches, 2);
        QCOMPARE(role(u"im1"_s, Qt::DisplayRole).toString(), u"Alice A"_s);
    }

    void userScope_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("calls");
        QTest::newRow("by id") << QString::number(Alice) << QStringList {u"user:2"_s, u"enterprise"_s};
        QTest::newRow("by email") << u" alice@example.com "_s
                                  << QStringList {u"email:alice@example.com"_s, u"user:2"_s, u"enterprise"_s};
    }

    void userScope()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, calls);
        QSignalSpy errors(m_loader.get(), &StreamTreeLoader::errorOccurred);
        m_loader->setScope(StreamTreeLoader::Scope::User, user);
        QVERIFY(waitIdle());
        QCOMPARE(errors.size(), 0);
        QCOMPARE(m_streams->log, calls);
        QCOMPARE(m_model->streamCount(), 2);
        // Named after the others, never after the user whose streams these are.
        QCOMPARE(role(u"im1"_s, Qt::DisplayRole).toString(), u"Me Myself"_s);
        QCOMPARE(role(u"im2"_s, Qt::DisplayRole).toString(), u"bob@example.com"_s);
    }

    void userScopeErrors_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("neither id nor email") << u"alice"_s << int(ApiError::Kind::Local) << u"neither"_s;
        QTest::newRow("unknown email") << u"nobody@example.com"_s << int(ApiError::Kind::Local)
                                       << u"No user has the email address nobody@example.com"_s;
        QTest::newRow("unknown id") << u"123"_s << int(ApiError::Kind::NotFound) << QString();
    }

    void userScopeErrors()
    {
        QFETCH(QString, user);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QSignalSpy errors(m_loader.get(), &StreamTreeLoader::errorOccurred);
        m_loader->setScope(StreamTreeLoader::Scope::User, user);
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(waitIdle());
        const auto error = errors.constFirst().constFirst().value<ApiError>();
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(text), qPrintable(error.message));
        QCOMPARE(m_model->streamCount(), 0);
    }

    void listingErrorSurfacesAndRefreshRecovers()
    {
        m_streams->listingError = ApiError::fromHttp(500, {}, u"listing"_s);
        QSignalSpy errors(m_loader.get(), &StreamTreeLoader::errorOccurred);
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(waitIdle());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(!m_streams->log.contains(u"enterprise"_s)); // no counts for a failed listing
        m_streams->listingError = {};
        m_loader->refresh();
        QVERIFY(waitIdle());
        QCOMPARE(m_model->streamCount(), 5);
        m_loader->setDirectories(nullptr, nullptr);
        QCOMPARE(m_model->streamCount(), 0);
        QCOMPARE(m_model->userName(Alice), QString());
        m_loader->refresh(); // without directories: nothing, and no crash
        QVERIFY(!m_loader->isLoading());
    }

    void deletedDirectoriesEndTheLoading()
    {
        m_streams->hold = true;
        QSignalSpy errors(m_loader.get(), &StreamTreeLoader::errorOccurred);
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(m_loader->isLoading());
        m_streams.reset(); // the connection closed under the loader
        m_users.reset();
        QVERIFY(!m_loader->isLoading());
        QCOMPARE(errors.size(), 0);
        QVERIFY(waitIdle());
    }

    void anOlderScopeDeliversNothingAfterItIsLeft()
    {
        m_streams->hold = true;
        m_loader->setScope(StreamTreeLoader::Scope::Enterprise);
        QVERIFY(m_loader->isLoading());
        m_streams->hold = false;
        m_loader->setScope(StreamTreeLoader::Scope::User, QString::number(Alice));
        m_streams->release(); // the enterprise call was deleted: nothing of it arrives
        QVERIFY(waitIdle());
        QTest::qWait(20);
        QVERIFY(!m_model->indexOfStream(u"other"_s).isValid());
        QVERIFY(m_model->indexOfStream(u"im2"_s).isValid());
        QCOMPARE(m_streams->running, 0);

        // clear() in the middle of a listing: no batch after it, not loading.
        m_streams->log.clear();
        const int before = m_streams->delivered;
        m_loader->setScope(StreamTreeLoader::Scope::Mine);
        QVERIFY(m_loader->isLoading());
        m_loader->clear();
        QVERIFY(!m_loader->isLoading());
        QTest::qWait(50);
        QCOMPARE(m_streams->delivered, before);
        QCOMPARE(m_model->streamCount(), 0);
        QCOMPARE(m_streams->running, 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(StreamTreeLoaderTest)
#include "tst_streamtreeloader.moc"
