// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "api/requests.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "demodata.h"
#include "demopodserver.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;
using Kind = ApiError::Kind;

/**
 * A two-page source over the Rates Desk's messages whose parse of the first page can wait: for the
 * pod to have served the second request (it left from the outline), or not at all; or fail.
 */
class OutlinedSource final : public Pager::Source
{
public:
    enum class FirstParse
    {
        WaitForSecondRequest,
        Fail,
    };

    OutlinedSource(const DemoPod::Server *pod, FirstParse first, QStringList *log,
        std::shared_ptr<QList<QThread *>> outlineThreads = std::make_shared<QList<QThread *>>())
        : m_pod(pod)
        , m_first(first)
        , m_log(log)
        , m_outlineThreads(std::move(outlineThreads))
    { }

    bool isDone() const override { return m_advanced >= 2; }
    ApiRequest nextRequest() override
    {
        return Requests::messages(
            QString::fromLatin1(Demo::RatesDeskStreamId), 0, std::nullopt, 500 * m_requested++, 500);
    }
    bool parseOffThread() const override { return true; }
    std::function<std::any(int, const QByteArray &)> outliner() const override
    {
        // Where each outline ran (only read once the pager has finished).
        return [threads = m_outlineThreads](int, const QByteArray &) -> std::any {
            threads->append(QThread::currentThread());
            return true;
        };
    }
    bool advanceEarly(std::any &&) override
    {
        ++m_advanced;
        m_log->append(u"outline"_s);
        return true;
    }
    std::function<std::any(int, const QByteArray &)> parser() const override
    {
        const DemoPod::Server *pod = m_pod;
        const FirstParse first = m_first;
        const bool isFirst = m_requested == 1 && m_parsed == 0;
        return [pod, first, isFirst](int, const QByteArray &) -> std::any {
            if (!isFirst)
                return QString();
            if (first == FirstParse::Fail)
                return u"broken page"_s;
            // Runs on the worker thread: the pod's request log is safe to read from any thread.
            const QString path
                = u"/agent/v4/stream/"_s + QString::fromLatin1(Demo::RatesDeskStreamId) + u"/message"_s;
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 10000) {
                int served = 0;
                for (const auto &r : pod->requestLog())
                    served += r.path == path;
                if (served >= 2)
                    return QString();
                QThread::msleep(5);
            }
            return u"the second request did not leave while the first page was parsed"_s;
        };
    }
    ApiError accept(
        std::any &&page, const ApiRequest &request, int *items, std::function<void()> *deliver) override
    {
        ++m_parsed;
        const QString problem = std::any_cast<QString>(page);
        if (!problem.isEmpty())
            return ApiError::badResponse(request.description, problem);
        m_log->append(u"accept "_s + QString::number(m_parsed));
        *items = 1;
        QStringList *log = m_log;
        const int n = m_parsed;
        *deliver = [log, n] { log->append(u"page "_s + QString::number(n)); };
        return {};
    }

private:
    const DemoPod::Server *m_pod;
    FirstParse m_first;
    QStringList *m_log;
    std::shared_ptr<QList<QThread *>> m_outlineThreads;
    int m_requested = 0;
    int m_advanced = 0;
    int m_parsed = 0;
};

/**
 * A second loopback listener that records every byte it receives and answers each request with an
 * empty JSON object: where a redirect points in the tests, to prove that no credential gets there.
 */
class RecordingServer final : public QObject
{
public:
    RecordingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QByteArray bytes = socket->readAll();
                    received += bytes;
                    if (bytes.contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                      "2\r\n\r\n{}");
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

    QByteArray received;
    int connections = 0;

private:
    QTcpServer m_server;
};

/**
 * A raw HTTP server for answers the demo pod does not give: a chunked body that never ends (fast),
 * one that trickles forever (a few bytes every 20 ms, so the idle timeout never fires), or a huge
 * announced Content-Length.
 */
class EndlessServer final : public QObject
{
public:
    enum class Mode
    {
        Flood,
        Trickle,
        Announced,
    };

    explicit EndlessServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    socket->readAll();
                    if (socket->property("answering").toBool())
                        return;
                    socket->setProperty("answering", true);
                    socket->write(m_mode == Mode::Announced
                            ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                         "Content-Length: 10737418240\r\n\r\n[")
                            : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                         "Transfer-Encoding: chunked\r\n\r\n1\r\n[\r\n"));
                    auto *timer = new QTimer(socket);
                    timer->setInterval(m_mode == Mode::Flood ? 0 : 20);
                    connect(timer, &QTimer::timeout, socket, [this, socket] {
                        if (socket->state() != QAbstractSocket::ConnectedState)
                            return;
                        if (socket->bytesToWrite() > 1024 * 1024)
                            return; // let the client read first
                        const int size = m_mode == Mode::Flood ? 64 * 1024 : 4;
                        const QByteArray data(size, ' ');
                        if (m_mode == Mode::Announced)
                            socket->write(data);
                        else
                            socket->write(QByteArray::number(size, 16) + "\r\n" + data + "\r\n");
                        sent += size;
                    });
                    timer->start();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl origin() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    qint64 sent = 0;

private:
    Mode m_mode;
    QTcpServer m_server;
};

/**
 * The client against the real demo pod, over loopback HTTP: authentication, re-authentication,
 * retries, faults, cancellation and every pager.
 */
class ApiClientTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    FakeTimeSource m_time;

    std::unique_ptr<ApiClient> makeClient(int timeoutMs = 10000)
    {
        RetryPolicy retry;
        retry.maxAttempts = 3;
        return TestSupport::botClient(*m_pod, {&m_time, timeoutMs, retry});
    }

    /// Sends and waits; returns the finished job's copy of error and response.
    std::pair<ApiError, ApiResponse> call(ApiClient *client, const ApiRequest &request)
    {
        ApiJob *job = client->send(request);
        QSignalSpy spy(job, &ApiJob::finished);
        [&] { QVERIFY(spy.wait(20000)); }();
        if (spy.isEmpty())
            return {ApiError::fromLocal(LocalError(u"timed out"_s)), {}};
        return {job->error(), job->response()};
    }

    int countRequests(const QString &path) const
    {
        int n = 0;
        for (const auto &r : m_pod->requestLog())
            n += r.path == path;
        return n;
    }

    template<typename T> struct Collected
    {
        QList<T> items;
        ApiError error;
        int finishedCount = 0;
    };

    template<typename T, typename Make> Collected<T> collect(Make make)
    {
        auto result = std::make_shared<Collected<T>>();
        Pager *pager = make([result](const QList<T> &page) { result->items += page; });
        QSignalSpy spy(pager, &Pager::finished);
        connect(pager, &Pager::finished, this, [result](const ApiError &e) {
            result->error = e;
            ++result->finishedCount;
        });
        pager->start();
        [&] { QVERIFY(spy.wait(60000)); }();
        QTest::qWait(0);
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 1200; // several pages of 500, with the shared-timestamp boundary
        m_pod = TestSupport::startPod(config);
    }

    void init()
    {
        m_pod->clearFaults();
        m_pod->clearRequestLog();
        m_time.delays.clear();
    }

    void authenticatesOnFirstUseAndSendsTokens()
    {
        auto client = makeClient();
        QSignalSpy authenticated(client.get(), &ApiClient::authenticated);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(authenticated.size(), 1);
        const auto user = Parse::user(response.body);
        QVERIFY(user.ok());
        QCOMPARE(user.value.id, Demo::BotId);
        QVERIFY(client->hasKeyManagerToken());

        const auto [e2, r2] = call(client.get(), Requests::agentInfo());
        QVERIFY(!e2.isError());
        const auto log = m_pod->requestLog();
        QCOMPARE(log.size(), 4); // login, relay, sessioninfo, info
        QCOMPARE(log[0].path, u"/login/pubkey/authenticate"_s);
        QCOMPARE(log[1].path, u"/relay/pubkey/authenticate"_s);
        QCOMPARE(log[2].path, u"/pod/v2/sessioninfo"_s);
        QCOMPARE(log[2].header("sessionToken"), client->credentials().sessionToken);
        QVERIFY(log[2].header("keyManagerToken").isEmpty()); // pod calls carry the session token only
        QVERIFY(log[3].header("sessionToken").isEmpty()); // agent info needs no token and gets none
        for (const auto &r : log)
            QVERIFY(!r.query.toString().contains(QString::fromLatin1(client->credentials().sessionToken)));
    }

    void agentCallsCarryTheKeyManagerToken()
    {
        auto client = makeClient();
        const auto [error, response] = call(client.get(), Requests::message(QString::fromLatin1(Demo::M1Id)));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const auto last = m_pod->requestLog().last();
        QCOMPARE(last.header("keyManagerToken"), client->credentials().keyManagerToken);
    }

    void finishedIsNeverEmittedInsideSend()
    {
        auto client = makeClient();
        ApiJob *job = client->send(Requests::health());
        QSignalSpy spy(job, &ApiJob::finished);
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.size(), 1);
        QTest::qWait(10);
        QCOMPARE(spy.size(), 1);
    }

    void expiredSessionReauthenticatesOnce()
    {
        auto client = makeClient();
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError());
        const QByteArray firstToken = client->credentials().sessionToken;
        Fault f;
        f.pathPattern = u"/pod/v2/sessioninfo"_s;
        f.kind = Fault::Kind::Expired;
        m_pod->addFault(f);
        m_pod->clearRequestLog();
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(countRequests(u"/login/pubkey/authenticate"_s), 1);
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 2);
        QVERIFY(client->credentials().sessionToken != firstToken);
    }

    void persistent401IsFinalAfterOneReauthentication()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/pod/v2/sessioninfo"_s;
        f.kind = Fault::Kind::Status;
        f.status = 401;
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QCOMPARE(error.kind, Kind::Unauthorized);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(countRequests(u"/login/pubkey/authenticate"_s), 2); // first login, one re-login, no loop
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 2);
    }

    void refusedLoginIsNotRetried()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/login/pubkey/authenticate"_s;
        f.kind = Fault::Kind::Status;
        f.status = 401;
        f.count = -1;
        m_pod->addFault(f);
        QSignalSpy failed(client.get(), &ApiClient::authenticationFailed);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QCOMPARE(error.kind, Kind::Unauthorized);
        QVERIFY2(error.message.contains(u"export-bot"_s), qPrintable(error.message));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(countRequests(u"/login/pubkey/authenticate"_s), 1);
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 0);
    }

    void wrongKeyIsRefused()
    {
        auto client = makeClient();
        const auto other
            = Auth::RsaKey::fromFile(QStringLiteral(INSPECTOR_TEST_DATA "/keys/rsa2048-pkcs8.pem"), {});
        QVERIFY2(other.ok(), qPrintable(other.error().message()));
        client->setCredentials(Credentials::fromRsaKey(DemoPod::Server::botUsername(), other.value()));
        const auto [e, r] = call(client.get(), Requests::sessionInfo());
        QCOMPARE(e.kind, Kind::Unauthorized);
    }

    void throttleHonoursRetryAfter_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("expectedDelay");
        QTest::newRow("Retry-After: 2") << 2 << 2000;
        QTest::newRow("Retry-After: 0 waits the backoff") << 0 << 500; // never less than the floor
        QTest::newRow("no header: backoff") << -1 << 500;
        QTest::newRow("Retry-After: a day is capped") << 86400 << 120000;
    }

    void throttleHonoursRetryAfter()
    {
        QFETCH(int, seconds);
        QFETCH(int, expectedDelay);
        auto client = makeClient();
        m_time.random = 0.5; // jitter factor exactly 1
        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Throttle;
        f.retryAfterSeconds = seconds;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::signalList(0, 50));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(countRequests(u"/agent/v1/signals/list"_s), 2);
        QCOMPARE(m_time.delays, QList<int> {expectedDelay});
    }

    void aThrottleSlowsTheWholeSession()
    {
        // Waits fire only when the test says so, so that what happens during one can be seen.
        struct HeldTime final : TimeSource
        {
            QList<std::function<void()>> pending;
            void callLater(int delayMs, QObject *context, std::function<void()> fn) override
            {
                if (delayMs > 0)
                    pending.append([context = QPointer<QObject>(context), fn] {
                        if (context)
                            fn();
                    });
                else
                    QTimer::singleShot(0, context, std::move(fn));
            }
        } time;
        RetryPolicy retry;
        retry.maxAttempts = 3;
        auto client = TestSupport::botClient(*m_pod, {&time, 10000, retry});
        QCOMPARE(client->window(), 4);
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError());
        m_pod->clearRequestLog();

        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Throttle;
        f.retryAfterSeconds = 2;
        m_pod->addFault(f);
        // A job deletes itself after finished(): what each one ended with is kept here.
        QHash<QString, ApiError> ended;
        auto watch = [&ended, this](ApiJob *job, const QString &name) {
            connect(job, &ApiJob::finished, this, [&ended, job, name] { ended.insert(name, job->error()); });
        };
        ApiJob *throttled = client->send(Requests::signalList(0, 50));
        watch(throttled, u"throttled"_s);
        QSignalSpy retrying(throttled, &ApiJob::retrying);
        QVERIFY(retrying.wait(10000));
        // The 429 halved the window and holds the session: another worker's request waits too.
        QCOMPARE(client->slowdowns(), 1);
        QCOMPARE(client->window(), 2);
        QVERIFY(client->isHeld());
        watch(client->send(Requests::sessionInfo()), u"other"_s);
        QTest::qWait(300);
        QVERIFY(ended.isEmpty());
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 0);
        QCOMPARE(time.pending.size(), 1); // the Retry-After of the throttled request
        // The Retry-After is over: the throttled request goes first, then the others.
        time.pending.takeFirst()();
        QVERIFY(!client->isHeld());
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 10000);
        QVERIFY2(!ended.value(u"throttled"_s).isError(), qPrintable(ended.value(u"throttled"_s).message));
        QVERIFY2(!ended.value(u"other"_s).isError(), qPrintable(ended.value(u"other"_s).message));
        QCOMPARE(countRequests(u"/agent/v1/signals/list"_s), 2);

        // Each answer widens the window by one over its width: back to 4 after a few.
        for (int i = 0; i < 6; ++i)
            QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError());
        QCOMPARE(client->window(), 4);
        QCOMPARE(client->slowdowns(), 1);
        // A sync of many streams at once widens it.
        client->setMaxConcurrent(8);
        QCOMPARE(client->window(), 8);
        client->setMaxConcurrent(0);
        QCOMPARE(client->window(), 1);
    }

    void throttledAnswersOfOneRoundHalveTheWindowOnce()
    {
        // Four requests leave together and all four are answered 429: the window halves once.
        auto client = makeClient();
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError());
        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Throttle;
        f.count = 4;
        m_pod->addFault(f);
        int succeeded = 0;
        int finished = 0;
        for (int i = 0; i < 4; ++i) {
            ApiJob *job = client->send(Requests::signalList(0, 50));
            connect(job, &ApiJob::finished, this, [&finished, &succeeded, job] {
                ++finished;
                succeeded += job->isSuccess();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 10000);
        QCOMPARE(succeeded, 4);
        QCOMPARE(countRequests(u"/agent/v1/signals/list"_s), 8);
        QCOMPARE(client->slowdowns(), 1);
        QVERIFY(!client->isHeld());
    }

    void aGivenUpThrottleReleasesTheSession()
    {
        // Retries exhausted: the request fails, and the others are not held for it.
        auto client = TestSupport::botClient(*m_pod, {&m_time, 10000, RetryPolicy::never()});
        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Throttle;
        f.retryAfterSeconds = 5;
        m_pod->addFault(f);
        QCOMPARE(call(client.get(), Requests::signalList(0, 50)).first.kind, Kind::RateLimited);
        QVERIFY(!client->isHeld());
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError());
    }

    void hugeRetryAfterNeverMeansNoWait_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        // These overflowed `seconds * 1000` (undefined behaviour; in practice a zero wait).
        QTest::newRow("2^62") << QByteArray("4611686018427387904");
        QTest::newRow("int64 max") << QByteArray("9223372036854775807");
        QTest::newRow("beyond int64") << QByteArray("99999999999999999999999");
    }

    void hugeRetryAfterNeverMeansNoWait()
    {
        QFETCH(QByteArray, retryAfter);
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Throttle;
        f.retryAfterHttpDate = QString::fromLatin1(retryAfter); // sent verbatim as Retry-After
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::signalList(0, 50));
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(m_time.delays, (QList<int> {120000, 120000})); // capped, both waits
        // The error says that the server asked for more than the tool waits.
        QVERIFY2(error.message.contains(u"longer than the 120 s this tool waits at most"_s),
            qPrintable(error.message));
    }

    void retryAfterBeyondTheCapIsExplained()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Throttle;
        f.retryAfterSeconds = 3600;
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::signalList(0, 50));
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(countRequests(u"/agent/v1/signals/list"_s), 3);
        QCOMPARE(m_time.delays, (QList<int> {120000, 120000}));
        QVERIFY2(error.message.contains(u"asked to wait 3600 s before trying again, longer than the 120 s"_s),
            qPrintable(error.message));
    }

    void serverErrorRetriesThenFails()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/pod/v2/sessioninfo"_s;
        f.status = 500;
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 3); // maxAttempts
        QCOMPARE(m_time.delays, (QList<int> {500, 1000}));
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("503") << int(Fault::Kind::Status) << 503;
        QTest::newRow("502") << int(Fault::Kind::Status) << 502;
        QTest::newRow("truncated body") << int(Fault::Kind::Truncated) << 200;
        QTest::newRow("dropped connection") << int(Fault::Kind::Drop) << 200;
    }

    void transientFaultsAreRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        auto client = makeClient();
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError()); // log in first
        Fault f;
        f.pathPattern = u"/pod/v2/sessioninfo"_s;
        f.kind = Fault::Kind(kind);
        f.status = status;
        m_pod->addFault(f);
        m_pod->clearRequestLog();
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 2);
        QVERIFY(Parse::user(response.body).ok());
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(Kind::BadRequest);
        QTest::newRow("403") << 403 << int(Kind::Forbidden);
        QTest::newRow("404") << 404 << int(Kind::NotFound);
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/pod/v2/sessioninfo"_s;
        f.status = status;
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QTEST(int(error.kind), "kind");
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 1);
    }

    void extendedHealthDownIsAnAnswer()
    {
        auto client = makeClient();
        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, u"ceservice credentials not configured"_s));
        const auto [error, response] = call(client.get(), Requests::healthExtended());
        m_pod->setComponentDown(u"ceservice"_s, {});
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(response.status, 503);
        const auto health = Parse::health(response.body);
        QVERIFY(health.ok());
        QVERIFY(!health.value.allUp());
        QCOMPARE(countRequests(u"/agent/v3/health/extended"_s), 1); // not retried
        QVERIFY(m_time.delays.isEmpty());
    }

    void proxyPageIsNotAHealthReport()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v3/health/extended"_s;
        f.status = 503;
        f.body = "<html><title>Service Unavailable</title></html>";
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::healthExtended());
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(countRequests(u"/agent/v3/health/extended"_s), 3); // an ordinary 503: retried
    }

    void unknownStreamIsNotFound()
    {
        auto client = makeClient();
        const QString bogus = Ids::toUrlSafe(u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s);
        const auto [error, response] = call(client.get(), Requests::streamInfo(bogus));
        QCOMPARE(error.kind, Kind::NotFound);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(error.serverMessage.contains(u"not found"_s, Qt::CaseInsensitive));
    }

    void timeoutIsReported()
    {
        auto client = makeClient(300);
        QVERIFY(!call(client.get(), Requests::health()).first.isError());
        Fault f;
        f.pathPattern = u"/agent/v3/health"_s;
        f.kind = Fault::Kind::Delay;
        f.delayMs = 3000;
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::health());
        QCOMPARE(error.kind, Kind::Timeout);
        QCOMPARE(countRequests(u"/agent/v3/health"_s), 1 + 3);
    }

    void connectionRefusedIsNetwork()
    {
        ApiClientOptions o;
        o.time = &m_time;
        o.retry.maxAttempts = 2;
        ApiClient client(ServiceUrls::forOrigin(QUrl(u"http://127.0.0.1:1"_s)), o);
        const auto [error, response] = call(&client, Requests::health());
        QCOMPARE(error.kind, Kind::Network);
        QVERIFY(error.message.contains(u"refused"_s));
        QCOMPARE(m_time.delays.size(), 1);
    }

    void cancelAbortsAndFinishesOnce()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v3/health"_s;
        f.kind = Fault::Kind::Delay;
        f.delayMs = 5000;
        m_pod->addFault(f);
        ApiJob *job = client->send(Requests::health());
        QSignalSpy spy(job, &ApiJob::finished);
        QTRY_COMPARE(client->findChildren<QNetworkReply *>().size(), 1); // on the wire
        job->cancel();
        QCOMPARE(spy.size(), 1);
        const auto *finishedJob = spy.first().first().value<ApiJob *>();
        QCOMPARE(finishedJob->error().kind, Kind::Cancelled);
        job->cancel(); // a second cancel does nothing
        QCOMPARE(spy.size(), 1);
        QTRY_COMPARE(client->findChildren<QNetworkReply *>().size(), 0); // no reply outlives its job
        QTRY_COMPARE(client->findChildren<ApiJob *>().size(), 0);
    }

    void destroyingTheClientWithRequestsInFlight()
    {
        // Regression: the QNAM (the client's first child) went before the jobs, whose destructors
        // then aborted replies of a deleted manager.
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v3/health"_s;
        f.kind = Fault::Kind::Delay;
        f.delayMs = 3000;
        f.count = 3;
        m_pod->addFault(f);
        for (int i = 0; i < 3; ++i)
            client->send(Requests::health());
        QTRY_COMPARE(client->findChildren<QNetworkReply *>().size(), 3);
        client.reset();
        QTest::qWait(50);
    }

    void noCredentialsIsAClearError()
    {
        ApiClientOptions o;
        o.time = &m_time;
        ApiClient client(ServiceUrls::forOrigin(m_pod->baseUrl()), o);
        const auto [error, response] = call(&client, Requests::sessionInfo());
        QCOMPARE(error.kind, Kind::Local);
        QCOMPARE(error.local.category(), LocalError::Category::Config);
        QVERIFY(error.message.contains(u"No credentials"_s));
        QVERIFY(m_pod->requestLog().isEmpty());
    }

    void givenTokensAreUsedAsIs()
    {
        auto login = makeClient();
        QVERIFY(!call(login.get(), Requests::sessionInfo()).first.isError());
        ApiClientOptions o;
        o.time = &m_time;
        ApiClient client(ServiceUrls::forOrigin(m_pod->baseUrl()), o);
        client.setCredentials(
            Credentials::fromTokens(login->credentials().sessionToken, login->credentials().keyManagerToken));
        m_pod->clearRequestLog();
        QVERIFY(!call(&client, Requests::message(QString::fromLatin1(Demo::M1Id))).first.isError());
        QCOMPARE(m_pod->requestLog().size(), 1); // no login
    }

    // ---- redirects, answer size, deadline -----------------------------------------------------

    void crossOriginRedirectCarriesNoTokens()
    {
        RecordingServer elsewhere;
        QVERIFY(elsewhere.listen());
        const QByteArray session = "session-token-that-must-stay-home";
        const QByteArray km = "key-manager-token-that-must-stay-home";
        ApiClientOptions o;
        o.time = &m_time;
        o.retry.maxAttempts = 3;
        ApiClient client(ServiceUrls::forOrigin(m_pod->baseUrl()), o);
        client.setCredentials(Credentials::fromTokens(session, km));
        Fault f;
        f.pathPattern = u"/agent/v1/signals/list"_s;
        f.kind = Fault::Kind::Redirect;
        f.status = 307;
        f.location = elsewhere.origin() + u"/agent/v1/signals/list?skip=0&limit=50"_s;
        m_pod->addFault(f);
        const auto [error, response] = call(&client, Requests::signalList(0, 50));
        QTest::qWait(100); // a connection to the other listener, if any, has arrived
        QCOMPARE(error.kind, Kind::Redirected);
        QCOMPARE(error.httpStatus, 307);
        // One sentence that names the target and the setting to change.
        QCOMPARE(error.message,
            u"The agent redirected the request while listing signals to %1/agent/v1/signals/list; "
            "use %1/agent as the agent URL (--agent)."_s.arg(elsewhere.origin()));
        QCOMPARE(countRequests(u"/agent/v1/signals/list"_s), 1); // not retried
        QVERIFY(!elsewhere.received.contains(session));
        QVERIFY(!elsewhere.received.contains(km));
        QCOMPARE(elsewhere.connections, 0);
        QVERIFY(elsewhere.received.isEmpty());
    }

    void crossOriginRedirectOfTheLoginCarriesNoJwt_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("307 keeps the POST body") << 307;
        QTest::newRow("308 keeps the POST body") << 308;
        QTest::newRow("302") << 302;
    }

    void crossOriginRedirectOfTheLoginCarriesNoJwt()
    {
        QFETCH(int, status);
        RecordingServer elsewhere;
        QVERIFY(elsewhere.listen());
        auto client = makeClient();
        Fault f;
        f.method = "POST";
        f.pathPattern = u"/login/pubkey/authenticate"_s;
        f.kind = Fault::Kind::Redirect;
        f.status = status;
        f.location = elsewhere.origin() + u"/login/pubkey/authenticate"_s;
        m_pod->addFault(f);
        QSignalSpy failed(client.get(), &ApiClient::authenticationFailed);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QTest::qWait(100);
        QCOMPARE(error.kind, Kind::Redirected);
        QVERIFY2(error.message.contains(elsewhere.origin() + u"/login/pubkey/authenticate"_s),
            qPrintable(error.message));
        QVERIFY2(error.message.contains(u"--login"_s), qPrintable(error.message));
        QCOMPARE(failed.size(), 1);
        // The signed JWT (valid for minutes) never reached the other listener, nor did anything else.
        const QList<DemoPod::LoggedRequest> log = m_pod->requestLog();
        QVERIFY(!log.isEmpty());
        const QByteArray loginBody = log.first().body;
        QVERIFY(loginBody.contains("eyJ"));
        QVERIFY(!elsewhere.received.contains("eyJ"));
        QCOMPARE(elsewhere.connections, 0);
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 0);
    }

    void sameOriginRedirectIsFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("post");
        QTest::addColumn<bool>("absolute");
        QTest::newRow("GET 302, relative Location") << 302 << false << false;
        QTest::newRow("GET 301, absolute Location") << 301 << false << true;
        QTest::newRow("POST 307 keeps method and body") << 307 << true << false;
        QTest::newRow("POST 308 keeps method and body") << 308 << true << true;
    }

    void sameOriginRedirectIsFollowed()
    {
        QFETCH(int, status);
        QFETCH(bool, post);
        QFETCH(bool, absolute);
        auto client = makeClient();
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError()); // log in first
        m_pod->clearRequestLog();
        const QString path = post ? u"/pod/v1/streams/list"_s : u"/pod/v2/sessioninfo"_s;
        Fault f;
        f.pathPattern = path;
        f.kind = Fault::Kind::Redirect;
        f.status = status;
        f.location = (absolute ? m_pod->baseUrl().toString() : QString()) + path + u"?skip=0&limit=100"_s;
        m_pod->addFault(f);
        Requests::StreamFilter filter;
        const auto [error, response]
            = call(client.get(), post ? Requests::streams(filter, 0, 100) : Requests::sessionInfo());
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(response.status, 200);
        const QList<DemoPod::LoggedRequest> log = m_pod->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).path, path);
        QCOMPARE(log.at(1).method, QByteArray(post ? "POST" : "GET"));
        QCOMPARE(log.at(1).body, log.at(0).body); // the same request, body included
        QCOMPARE(log.at(1).header("sessionToken"), client->credentials().sessionToken);
        QVERIFY(post ? Parse::streams(response.body).ok() : Parse::user(response.body).ok());
    }

    void redirectLoopStops()
    {
        auto client = makeClient();
        QVERIFY(!call(client.get(), Requests::sessionInfo()).first.isError());
        m_pod->clearRequestLog();
        Fault f;
        f.pathPattern = u"/pod/v2/sessioninfo"_s;
        f.kind = Fault::Kind::Redirect;
        f.location = u"/pod/v2/sessioninfo"_s;
        f.count = -1;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::sessionInfo());
        QCOMPARE(error.kind, Kind::Redirected);
        QVERIFY2(error.message.contains(u"more than 5 times"_s), qPrintable(error.message));
        QCOMPARE(countRequests(u"/pod/v2/sessioninfo"_s), 1 + RequestLimits::MaxRedirects);
    }

    void redirectTargetIsPrintedWithoutPassword()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v3/health"_s;
        f.kind = Fault::Kind::Redirect;
        f.location = u"https://user:hunter2@other.example:8443/agent/v3/health"_s;
        m_pod->addFault(f);
        const auto [error, response] = call(client.get(), Requests::health());
        QCOMPARE(error.kind, Kind::Redirected);
        QVERIFY2(error.message.contains(
                     u"https://other.example:8443/agent/v3/health; use https://other.example:8443/agent"_s),
            qPrintable(error.message));
        QVERIFY(!error.message.contains(u"hunter2"_s));
        QVERIFY(!error.details.contains(u"hunter2"_s));
    }

    void answerPastItsCapIsAborted_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("endless chunked body") << int(EndlessServer::Mode::Flood);
        QTest::newRow("huge Content-Length") << int(EndlessServer::Mode::Announced);
    }

    void answerPastItsCapIsAborted()
    {
        QFETCH(int, mode);
        EndlessServer server {EndlessServer::Mode(mode)};
        QVERIFY(server.listen());
        ApiClientOptions o;
        o.time = &m_time;
        o.retry = RetryPolicy::never();
        ApiClient client(ServiceUrls::forOrigin(server.origin()), o);
        ApiRequest r = Requests::health();
        r.maxBodyBytes = 4 * RequestLimits::MiB;
        const auto [error, response] = call(&client, r);
        QCOMPARE(error.kind, Kind::BadResponse);
        QCOMPARE(error.message,
            u"The pod's answer grew past 4 MiB while checking the agent's health (the limit for "
            "this kind of request); the transfer was stopped."_s);
        QVERIFY(response.body.isEmpty()); // nothing of it is kept
        QTRY_COMPARE(client.findChildren<QNetworkReply *>().size(), 0);
    }

    void answerThatNeverEndsMeetsTheDeadline()
    {
        // A few bytes every 20 ms: the idle timeout never fires, the overall deadline does.
        EndlessServer server {EndlessServer::Mode::Trickle};
        QVERIFY(server.listen());
        ApiClientOptions o;
        o.time = &m_time;
        o.timeoutMs = 250; // idle
        o.retry = RetryPolicy::never();
        ApiClient client(ServiceUrls::forOrigin(server.origin()), o);
        ApiRequest r = Requests::health();
        r.deadlineMs = 400;
        const auto [error, response] = call(&client, r);
        QCOMPARE(error.kind, Kind::Timeout);
        QVERIFY2(error.message.contains(u"deadline"_s), qPrintable(error.message));
        QVERIFY(server.sent > 0); // it was trickling, not silent
    }

    void limitsPerKindOfRequest()
    {
        using namespace RequestLimits;
        QCOMPARE(Requests::health().maxBodyBytes, DefaultBodyBytes);
        QCOMPARE(Requests::streams({}, 0, 100).maxBodyBytes, DefaultBodyBytes);
        QCOMPARE(Requests::streams({}, 0, 100).deadlineMs, DefaultDeadlineMs);
        for (const ApiRequest &r : {Requests::messages(u"s"_s, 0, std::nullopt, 0, 500),
                 Requests::message(u"m"_s), Requests::messageSearch(u"hashtag:x"_s, 0, 50),
                 Requests::messageSearch(QJsonObject {}, 0, 50)}) {
            QCOMPARE(r.maxBodyBytes, MessagesBodyBytes);
            QCOMPARE(r.deadlineMs, MessagesDeadlineMs);
        }
        QCOMPARE(Requests::attachment(u"s"_s, u"f"_s, u"m"_s).maxBodyBytes, AttachmentBodyBytes);
        QCOMPARE(Requests::attachment(u"s"_s, u"f"_s, u"m"_s).deadlineMs, AttachmentDeadlineMs);
    }

    // ---- pagers -------------------------------------------------------------------------------

    void messagesPagerReadsEveryMessageOnce()
    {
        auto client = makeClient();
        const auto got = collect<Message>([&](auto sink) {
            return Fetch::messages(
                client.get(), QString::fromLatin1(Demo::RatesDeskStreamId), 0, std::nullopt, -1, sink, this);
        });
        QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
        QCOMPARE(got.finishedCount, 1);
        QCOMPARE(got.items.size(), 1200);
        QSet<QString> keys;
        qint64 last = 0;
        for (const Message &m : got.items) {
            keys.insert(m.key());
            QVERIFY(m.timestamp >= last);
            last = m.timestamp;
        }
        QCOMPARE(keys.size(), 1200);
        QCOMPARE(got.items.first().key(), QString::fromLatin1(Demo::M1Id));
        // Pages asked for with since + skip, never beyond the cap of 500.
        for (const auto &r : m_pod->requestLog()) {
            if (r.path.endsWith(u"/message"_s))
                QVERIFY(r.query.queryItemValue(u"limit"_s).toInt() <= 500);
        }
    }

    void nextPageIsRequestedBeforeThisOneIsDelivered()
    {
        auto client = makeClient();
        QList<bool> nextAskedAtDelivery;
        ApiClient *c = client.get();
        const QString path
            = u"/agent/v4/stream/"_s + QString::fromLatin1(Demo::RatesDeskStreamId) + u"/message"_s;
        Pager *pager = Fetch::messages(
            c, QString::fromLatin1(Demo::RatesDeskStreamId), 0, std::nullopt, -1,
            [&](const QList<Message> &) {
                // The next page's request is in flight, or (the pod being quick) already answered.
                int running = 0;
                for (const ApiJob *job : c->findChildren<ApiJob *>())
                    running += !job->isFinished();
                const int pagesSoFar = int(nextAskedAtDelivery.size()) + 1;
                nextAskedAtDelivery.append(running > 0 || countRequests(path) > pagesSoFar);
            },
            this);
        QSignalSpy finished(pager, &Pager::finished);
        pager->start();
        QVERIFY(finished.wait(30000));
        // 1200 messages: pages of 500, 500, 200. While the first two are delivered the next
        // request is already out; the last page has nothing after it.
        QCOMPARE(nextAskedAtDelivery, (QList<bool> {true, true, false}));
        QCOMPARE(countRequests(path), 3);
    }

    void nextPageReachesTheServerWhileThisOneIsDelivered()
    {
        // A slow sink (an export converting and writing a page) blocks its thread; the request for the
        // next page must have left before that, so that the server prepares it meanwhile. Queued but
        // unsent work does not count: the sink waits for the pod itself to have answered it.
        auto client = makeClient();
        const QString path
            = u"/agent/v4/stream/"_s + QString::fromLatin1(Demo::RatesDeskStreamId) + u"/message"_s;
        QList<int> servedAtDelivery;
        Pager *pager = Fetch::messages(
            client.get(), QString::fromLatin1(Demo::RatesDeskStreamId), 0, std::nullopt, -1,
            [&](const QList<Message> &) {
                const int wanted = servedAtDelivery.size() + 2; // this page and the next
                QElapsedTimer waited;
                waited.start();
                while (countRequests(path) < wanted && waited.elapsed() < 10000)
                    QThread::msleep(5);
                servedAtDelivery.append(countRequests(path));
            },
            this);
        m_pod->clearRequestLog();
        QSignalSpy finished(pager, &Pager::finished);
        pager->start();
        QVERIFY(finished.wait(60000));
        // Pages of 500, 500, 200: the second and third were served while the first two were delivered.
        QCOMPARE(servedAtDelivery, (QList<int> {2, 3, 3}));
    }

    /// Pages of a few hundred kilobytes are outlined on the pager's thread; with the limit at 0, on
    /// the worker thread with their parse.
    static void outlineModes()
    {
        QTest::addColumn<bool>("inlineOutline");
        QTest::newRow("outlined on the pager's thread") << true;
        QTest::newRow("outlined on the worker thread") << false;
    }

    /// Runs a pager over an OutlinedSource to its end; returns its one error (None when it read all).
    /// Checks that the outlines ran on this thread when `inline` is set, on the worker thread if not.
    ApiError runOutlined(
        ApiClient *client, OutlinedSource::FirstParse first, QStringList *log, bool inlineOutline)
    {
        const auto threads = std::make_shared<QList<QThread *>>();
        auto *pager
            = new Pager(client, std::make_unique<OutlinedSource>(m_pod.get(), first, log, threads), this);
        if (!inlineOutline)
            pager->setInlineOutlineLimit(0);
        QSignalSpy finished(pager, &Pager::finished);
        pager->start();
        [&] { QVERIFY(finished.wait(30000)); }();
        QTest::qWait(100); // and nothing after it
        [&] { QCOMPARE(finished.size(), 1); }();
        [&] {
            QVERIFY(!threads->isEmpty());
            for (QThread *t : std::as_const(*threads))
                QCOMPARE(t == QThread::currentThread(), inlineOutline);
        }();
        return finished.isEmpty() ? ApiError::fromLocal(LocalError(u"timed out"_s))
                                  : finished.first().first().value<ApiError>();
    }

    void nextPageLeavesWhileThisOneIsParsed_data() { outlineModes(); }
    void nextPageLeavesWhileThisOneIsParsed()
    {
        QFETCH(bool, inlineOutline);
        auto client = makeClient();
        QStringList log;
        const ApiError error = runOutlined(
            client.get(), OutlinedSource::FirstParse::WaitForSecondRequest, &log, inlineOutline);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        // The second page waited for the first one's parse: its outline comes after the first page
        // was accepted, and the pages are delivered in order. Outlined on the pager's thread, the
        // second page is read as soon as the first is accepted when it is back by then (the pod has
        // served it, but it may still be on its way), before the first page is delivered.
        const QStringList inOrder {
            u"outline"_s, u"accept 1"_s, u"page 1"_s, u"outline"_s, u"accept 2"_s, u"page 2"_s};
        const QStringList early {
            u"outline"_s, u"accept 1"_s, u"outline"_s, u"page 1"_s, u"accept 2"_s, u"page 2"_s};
        if (inlineOutline && log != inOrder)
            QCOMPARE(log, early);
        else
            QCOMPARE(log, inOrder);
    }

    void pageThatFailsAfterItsOutlineCancelsTheNextRequest_data() { outlineModes(); }
    void pageThatFailsAfterItsOutlineCancelsTheNextRequest()
    {
        QFETCH(bool, inlineOutline);
        auto client = makeClient();
        QStringList log;
        const ApiError error
            = runOutlined(client.get(), OutlinedSource::FirstParse::Fail, &log, inlineOutline);
        QCOMPARE(error.kind, Kind::BadResponse);
        QVERIFY2(error.message.contains(u"broken page"_s), qPrintable(error.message));
        QCOMPARE(log, QStringList {u"outline"_s}); // nothing delivered
        // The request sent from the outline is cancelled with the pager: no job is left running.
        for (const ApiJob *job : client->findChildren<ApiJob *>())
            QVERIFY(job->isFinished());
    }

    void messagesPagerHonoursWindowAndCap()
    {
        auto client = makeClient();
        const qint64 since = Demo::M1Timestamp + 60000; // from m2
        const auto got = collect<Message>([&](auto sink) {
            return Fetch::messages(client.get(), QString::fromLatin1(Demo::RatesDeskStreamId), since,
                std::nullopt, 7, sink, this);
        });
        QVERIFY(!got.error.isError());
        QCOMPARE(got.items.size(), 7);
        QCOMPARE(got.items.first().key(), QString::fromLatin1(Demo::M2Id));
        for (const Message &m : got.items)
            QVERIFY(m.timestamp >= since);
    }

    void messagesPagerStopsOnMalformedPage()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/agent/v4/stream/.*/message"_s;
        f.kind = Fault::Kind::Malformed;
        f.skip = 1; // the second page is broken
        m_pod->addFault(f);
        const auto got = collect<Message>([&](auto sink) {
            return Fetch::messages(
                client.get(), QString::fromLatin1(Demo::RatesDeskStreamId), 0, std::nullopt, -1, sink, this);
        });
        QCOMPARE(got.error.kind, Kind::BadResponse);
        QVERIFY2(got.error.message.contains(u"JSON"_s), qPrintable(got.error.message));
        QCOMPARE(got.items.size(), 500); // the first page, nothing of the broken one
    }

    void emptyAnswerIsAnEmptyPage()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/pod/v1/streams/list"_s;
        f.kind = Fault::Kind::Empty204;
        m_pod->addFault(f);
        const auto got
            = collect<Stream>([&](auto sink) { return Fetch::streams(client.get(), {}, sink, this); });
        QVERIFY(!got.error.isError());
        QVERIFY(got.items.isEmpty());
        QCOMPARE(countRequests(u"/pod/v1/streams/list"_s), 1);
    }

    void streamsPagersReadEverything()
    {
        auto client = makeClient();
        const auto mine
            = collect<Stream>([&](auto sink) { return Fetch::streams(client.get(), {}, sink, this); });
        QVERIFY(!mine.error.isError());
        QVERIFY(mine.items.size() > 100); // more than one page
        QSet<QString> ids;
        for (const Stream &s : mine.items)
            ids.insert(s.id);
        QCOMPARE(ids.size(), mine.items.size());
        QVERIFY(ids.contains(QString::fromLatin1(Demo::RatesDeskStreamId)));
        QVERIFY(!ids.contains(QString::fromLatin1(Demo::OldProjectStreamId))); // inactive
        QVERIFY(!ids.contains(QString::fromLatin1(Demo::ComplianceStreamId))); // not a member

        Requests::StreamFilter all;
        all.includeInactive = true;
        const auto admin = collect<AdminStream>(
            [&](auto sink) { return Fetch::adminStreams(client.get(), all, sink, this); });
        QVERIFY2(!admin.error.isError(), qPrintable(admin.error.message));
        QSet<QString> adminIds;
        for (const AdminStream &s : admin.items)
            adminIds.insert(s.id);
        QCOMPARE(adminIds.size(), admin.items.size());
        QVERIFY(adminIds.contains(QString::fromLatin1(Demo::ComplianceStreamId)));
        QVERIFY(adminIds.contains(QString::fromLatin1(Demo::OldProjectStreamId)));
    }

    void receiptsFollowCursors()
    {
        auto client = makeClient();
        const auto got = collect<ReceiptPage>([&](auto sink) {
            return Fetch::receipts(client.get(), QString::fromLatin1(Demo::M1Id), sink, this);
        });
        QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
        QVERIFY(got.items.size() >= 2);
        int receipts = 0;
        for (const ReceiptPage &p : got.items)
            receipts += int(p.receipts.size());
        QCOMPARE(receipts, 3);
        QCOMPARE(got.items.first().deliveryReceiptCount, 3);
    }

    void receiptsRepeatingCursorStops()
    {
        auto client = makeClient();
        Fault f;
        f.pathPattern = u"/pod/v1/admin/messages/.*/receipts"_s;
        f.kind = Fault::Kind::Status;
        f.status = 200;
        f.count = -1;
        f.body
            = R"({"deliveryReceiptCount":1,"readReceiptCount":0,"emailNotificationCount":0,"MessageReceiptDetail":[],)"
              R"("pagination":{"cursors":{"before":"b","after":"same"},"next":"https://x/next"}})";
        m_pod->addFault(f);
        const auto got = collect<ReceiptPage>([&](auto sink) {
            return Fetch::receipts(client.get(), QString::fromLatin1(Demo::M1Id), sink, this);
        });
        QCOMPARE(got.error.kind, Kind::NoProgress);
        QCOMPARE(
            countRequests(u"/pod/v1/admin/messages/"_s + QString::fromLatin1(Demo::M1Id) + u"/receipts"_s),
            2);
    }

    void otherPagers()
    {
        auto client = makeClient();
        const auto sigs
            = collect<Signal>([&](auto sink) { return Fetch::signalList(client.get(), sink, this); });
        QVERIFY(!sigs.error.isError());
        QCOMPARE(sigs.items.size(), 2);

        const auto att = collect<StreamAttachment>([&](auto sink) {
            return Fetch::attachments(
                client.get(), QString::fromLatin1(Demo::ImStreamId), std::nullopt, std::nullopt, sink, this);
        });
        QVERIFY2(!att.error.isError(), qPrintable(att.error.message));
        QVERIFY(att.items.size() >= 2);

        const auto members = collect<AdminMember>([&](auto sink) {
            return Fetch::adminMembers(
                client.get(), QString::fromLatin1(Demo::RatesDeskStreamId), sink, this);
        });
        QVERIFY2(!members.error.isError(), qPrintable(members.error.message));
        QVERIFY(members.items.size() >= 3);

        const auto rooms = collect<RoomDetail>([&](auto sink) {
            return Fetch::roomSearch(client.get(), QJsonObject {{u"query"_s, u"Rates"_s}}, sink, this);
        });
        QVERIFY2(!rooms.error.isError(), qPrintable(rooms.error.message));
        QVERIFY(!rooms.items.isEmpty());

        const auto found = collect<Message>([&](auto sink) {
            return Fetch::messageSearch(client.get(), u"hashtag:rates"_s, {}, 20, sink, this);
        });
        QVERIFY2(!found.error.isError(), qPrintable(found.error.message));
        QVERIFY(!found.items.isEmpty());
        QVERIFY(found.items.size() <= 20);
    }

    void usersAreLookedUpInBatches()
    {
        auto client = makeClient();
        QStringList ids {QString::number(Demo::AliceId), QString::number(Demo::ErinId)};
        for (int i = 0; i < 150; ++i)
            ids.append(QString::number(Demo::userIdOf(Demo::AcmeTenant, 900000 + i))); // unknown ones
        const auto got = collect<UserList>([&](auto sink) {
            return Fetch::users(client.get(), Requests::UserKey::Id, ids, false, sink, this);
        });
        QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
        QCOMPARE(got.items.size(), 2); // two calls: 100 + 52 values
        QList<qint64> found;
        for (const UserList &l : got.items) {
            for (const User &u : l.users)
                found.append(u.id);
        }
        QVERIFY(found.contains(Demo::AliceId));
        QVERIFY(found.contains(Demo::ErinId)); // above 2^43: exact
        QCOMPARE(countRequests(u"/pod/v3/users"_s), 2);
    }

    void cancelledPagerDeliversNothingMore()
    {
        auto client = makeClient();
        int delivered = 0;
        Pager *pager = Fetch::messages(
            client.get(), QString::fromLatin1(Demo::RatesDeskStreamId), 0, std::nullopt, -1,
            [&](const QList<Message> &page) { delivered += int(page.size()); }, this);
        QSignalSpy finished(pager, &Pager::finished);
        pager->start();
        pager->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, Kind::Cancelled);
        QTest::qWait(200);
        QCOMPARE(delivered, 0);
        QCOMPARE(finished.size(), 1);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
