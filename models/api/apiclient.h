// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>

#include <optional>

#include "api/apijob.h"
#include "api/credentials.h"
#include "api/retrypolicy.h"
#include "api/serviceurls.h"

class QNetworkAccessManager;

namespace Inspector {

class TimeSource;

/// One line of the request log: never a token, never a body.
struct RequestLogEntry
{
    QByteArray method;
    QUrl url;
    int status = 0; ///< 0 when no HTTP answer came
    qint64 elapsedMs = 0;
    qint64 bytes = 0;
    qint64 startedAtMs = 0;
    QString error; ///< empty on success
};

/// How an ApiClient talks to the pod (outside the class so that `= {}` works as a default argument).
struct ApiClientOptions
{
    int timeoutMs = 30000;
    RetryPolicy retry;
    int maxConcurrent = 4;
    QList<QSslCertificate> caCertificates; ///< trusted in addition to the system's
    std::optional<QNetworkProxy> proxy;
    TimeSource *time = nullptr; ///< nullptr: the system clock and real timers
    qint64 jwtLifetimeMs = 240000; ///< the pod accepts at most 5 minutes
};

/**
 * @brief The session with one pod: one QNetworkAccessManager, the credentials and tokens, and the
 * jobs in flight.
 *
 * Lives on the thread that created it (the GUI thread or the CLI's main thread); jobs run there
 * too. At most `maxConcurrent` requests are on the wire at once (the pod's rate budget is per
 * source IP and shared); more wait in a queue.
 *
 * Tokens are added to requests here and nowhere else, and they never leave the origin they were
 * meant for: Qt's automatic redirects are off, a redirect to another origin (scheme, host, port) is
 * an error naming the target, and a same-origin one is followed by hand (at most
 * RequestLimits::MaxRedirects hops). On a 401 the client re-authenticates once
 * (concurrent 401s share one re-authentication) and replays the request; a second 401 is final.
 * A pod without a key manager (simplified key delivery) is fine: the key-manager token is sent
 * whenever there is one.
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Options = ApiClientOptions;

    /// `nam` may be injected (tests); otherwise the client makes its own.
    explicit ApiClient(const ServiceUrls &urls, const Options &options = {},
        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    const ServiceUrls &urls() const { return m_urls; }
    const Options &options() const { return m_options; }
    TimeSource *time() const { return m_time; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    bool hasSession() const { return !m_credentials.sessionToken.isEmpty(); }
    bool hasKeyManagerToken() const { return !m_credentials.keyManagerToken.isEmpty(); }
    /// The session token's expiry when it is a JWT with `exp` (Symphony's usually are).
    std::optional<qint64> sessionExpiresAtMs() const;
    /// Why there is no key-manager token, when authentication went on without one.
    QString keyManagerNote() const { return m_keyManagerNote; }

    /// Starts a request. See ApiJob for the signal contract.
    ApiJob *send(const ApiRequest &request);
    /// Authenticates now (normally it happens on the first request that needs a token).
    void authenticate();

    /// "http://user:pass@host:port" or "socks5://host:port"; an error on a bad value.
    static Result<QNetworkProxy> parseProxy(const QString &text);

Q_SIGNALS:
    void authenticated();
    void authenticationFailed(const Inspector::ApiError &error);
    void requestLogged(const Inspector::RequestLogEntry &entry);

private:
    friend class ApiJob;

    void dispatch(ApiJob *job);
    void enqueue(ApiJob *job);
    void launch(ApiJob *job);
    void releaseSlot();
    void handleReply(ApiJob *job, QNetworkReply *reply);
    /// For a 3xx with a Location: the URL to follow (same origin, within the hop limit), or nullopt
    /// with *error set (another origin, too many hops, not an http(s) URL).
    std::optional<QUrl> checkRedirect(const ApiJob *job, const QNetworkReply *reply, ApiError *error) const;
    void waitForAuthentication(ApiJob *job);
    void startAuthentication();
    void authenticateKeyManager(const QByteArray &jwt);
    void finishAuthentication(const ApiError &error);
    void forget(ApiJob *job);

    ServiceUrls m_urls;
    Options m_options;
    TimeSource *m_time;
    QNetworkAccessManager *m_nam;
    Credentials m_credentials;
    QString m_keyManagerNote;
    QQueue<QPointer<ApiJob>> m_queue;
    QList<QPointer<ApiJob>> m_waitingForAuth;
    int m_running = 0;
    bool m_authenticating = false;
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::RequestLogEntry)
