// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the suites that talk to a demo pod share: starting one on loopback, a client logged in as
// its bot, counting the requests it saw, and reading the fixtures under tests/fixtures
// (common/fixturefile.h).

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/pager.h"
#include "api/timesource.h"
#include "auth/rsakey.h"
#include "common/fixturefile.h"
#include "demopodserver.h"

namespace Inspector::TestSupport {

/// A demo pod of @p streams streams with @p messagesPerStream messages each.
inline DemoPod::Config podConfig(int streams, int messagesPerStream)
{
    DemoPod::Config config;
    config.streams = streams;
    config.messagesPerStream = messagesPerStream;
    return config;
}

/// A demo pod started on a free loopback port; the test stops (qFatal) when it cannot start.
inline std::unique_ptr<DemoPod::Server> startPod(const DemoPod::Config &config = {})
{
    auto pod = std::make_unique<DemoPod::Server>(config);
    if (const Result<> started = pod->start(); !started)
        qFatal("demo pod: %s", qPrintable(started.error().message()));
    return pod;
}

/// How a test client behaves: by default no retries (a fault answers at once, no test sleeps).
struct ClientSetup
{
    TimeSource *time = nullptr;
    int timeoutMs = 20000;
    RetryPolicy retry = RetryPolicy::never();
};

/// A client of @p origin logged in as the demo pod's bot (RSA).
inline std::unique_ptr<ApiClient> botClient(const QUrl &origin, const ClientSetup &setup = {})
{
    ApiClientOptions options;
    options.time = setup.time;
    options.timeoutMs = setup.timeoutMs;
    options.retry = setup.retry;
    auto client = std::make_unique<ApiClient>(ServiceUrls::forOrigin(origin), options);
    const Result<Auth::RsaKey> key = Auth::RsaKey::fromPem(DemoPod::Server::botPrivateKeyPem(), {});
    if (!key)
        qFatal("bot key: %s", qPrintable(key.error().message()));
    client->setCredentials(Credentials::fromRsaKey(DemoPod::Server::botUsername(), key.value()));
    return client;
}

inline std::unique_ptr<ApiClient> botClient(const DemoPod::Server &pod, const ClientSetup &setup = {})
{
    return botClient(pod.baseUrl(), setup);
}

/**
 * The demo pod and its bot's client that a suite shares over its run: start() in initTestCase(),
 * reset() in init() (no faults, an empty request log), stop() in cleanupTestCase() or on
 * destruction (the client goes first). What uses the client (a service) must go before stop().
 */
class SuitePod
{
public:
    SuitePod() = default;
    SuitePod(const SuitePod &) = delete;
    SuitePod &operator=(const SuitePod &) = delete;
    ~SuitePod() { stop(); }

    void start(const DemoPod::Config &config, const ClientSetup &setup = {})
    {
        m_pod = startPod(config);
        m_client = botClient(*m_pod, setup);
    }
    void reset()
    {
        m_pod->clearFaults();
        m_pod->clearRequestLog();
    }
    void stop()
    {
        m_client.reset();
        m_pod.reset();
    }

    DemoPod::Server &pod() const { return *m_pod; }
    ApiClient *client() const { return m_client.get(); }

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    std::unique_ptr<ApiClient> m_client;
};

/// The requests @p pod received whose path matches @p pathPattern as a whole.
inline int countRequests(const DemoPod::Server &pod, const QString &pathPattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
    int n = 0;
    for (const auto &request : pod.requestLog())
        n += re.match(request.path).hasMatch() ? 1 : 0;
    return n;
}

/// The body the pod answers to @p request, asked as its bot; empty when no answer came.
inline QByteArray serverBody(const DemoPod::Server &pod, const ApiRequest &request)
{
    const auto client = botClient(pod);
    QByteArray body;
    bool done = false;
    ApiJob *job = client->send(request);
    QObject::connect(job, &ApiJob::finished, client.get(), [&](ApiJob *finished) {
        body = finished->response().body;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {};
    return body;
}

/// A new session of the pod's bot: its session token, and its key manager token in
/// *keyManagerToken; empty when the login did not finish.
inline QByteArray sessionToken(const DemoPod::Server &pod, QByteArray *keyManagerToken)
{
    const auto client = botClient(pod);
    QSignalSpy authenticated(client.get(), &ApiClient::authenticated);
    client->authenticate();
    if (!authenticated.wait(30000))
        return {};
    *keyManagerToken = client->credentials().keyManagerToken;
    return client->credentials().sessionToken;
}

/// Every item of a pager, read to the end: @p make gets the sink and returns the pager.
template<typename T, typename Make> QList<T> collectAll(Make make, ApiError *error = nullptr)
{
    auto items = std::make_shared<QList<T>>();
    Pager *pager = make([items](const QList<T> &page) { *items += page; });
    QSignalSpy spy(pager, &Pager::finished);
    pager->start();
    if (!spy.wait(60000))
        return {};
    if (error)
        *error = spy.constFirst().constFirst().template value<ApiError>();
    return *items;
}

} // namespace Inspector::TestSupport
