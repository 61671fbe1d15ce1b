// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <algorithm>

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
 * One rate governor for everything the session sends (a sync's workers, an export's pages): the
 * number of requests on the wire at once is a window of at most `maxConcurrent` that halves on a
 * 429 (multiplicative decrease, once per round of requests: the answers to requests sent before
 * the last decrease do not halve it again) and grows by one per window of answers (additive
 * increase). A 429, or a 5xx with a Retry-After, also holds every request that has not left yet
 * until the throttled one is sent again (or given up), so no worker runs into the same wall.
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

    int maxConcurrent() const { return m_options.maxConcurrent; }
    /// At most @p n requests at once from now on (at least 1); the window starts again at @p n.
    void setMaxConcurrent(int n);
    /// Requests allowed on the wire at once now (the rate governor's window, 1 to maxConcurrent).
    int window() const { return std::max(1, int(m_window)); }
    /// Times a 429 halved the window.
    int slowdowns() const { return m_slowdowns; }
    /// Whether requests wait for a throttled one to be sent again.
    bool isHeld() const { return m_held; }

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
    bool canLaunch() const { return m_running < window() && !m_held; }
    void launchQueued();
    /// The governor's window after an answer with @p status (see the class comment).
    void govern(const ApiJob *job, int status);
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
    double m_window = 4; ///< the rate governor's window (see the class comment)
    quint64 m_launches = 0; ///< requests sent so far
    quint64 m_lastDecrease = 0; ///< m_launches when the window last halved
    int m_slowdowns = 0;
    bool m_held = false; ///< requests wait for a throttled one to be sent again
    quint64 m_hold = 0; ///< which hold is current (a later 429 replaces an earlier one)
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::RequestLogEntry)
