// SPDX-License-Identifier: Apache-2.0
#include "api/apiclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>

#include "api/requests.h"
#include "api/timesource.h"
#include "auth/jwt.h"
#include "data/parse.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

// Transport-level failures: even when Qt recorded a status line, the body is incomplete.
bool isTransportError(QNetworkReply::NetworkError e)
{
    const int code = int(e);
    return (code >= 1 && code <= 99) || (code >= 101 && code <= 199);
}

int defaultPort(const QUrl &url)
{
    return url.scheme() == "https"_L1 ? 443 : url.scheme() == "http"_L1 ? 80 : -1;
}

// RFC 6454 origin: scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

// How a sentence names a service, and the setting that points at it (empty when there is none).
struct ServiceWords
{
    QString subject;
    QString setting;
};

ServiceWords serviceWords(ServiceUrls::Service service)
{
    using S = ServiceUrls::Service;
    switch (service) {
    case S::Pod:
        return {ApiClient::tr("The pod"), ApiClient::tr("the pod URL (--pod)")};
    case S::Agent:
        return {ApiClient::tr("The agent"), ApiClient::tr("the agent URL (--agent)")};
    case S::KeyManager:
        return {ApiClient::tr("The key manager"), ApiClient::tr("the key manager URL (--key-manager)")};
    case S::Login:
        return {ApiClient::tr("The login service"), ApiClient::tr("the login URL (--login)")};
    case S::SessionAuth:
        return {ApiClient::tr("The session authentication service"), {}};
    case S::KeyAuth:
        return {ApiClient::tr("The key authentication service"), {}};
    }
    return {};
}

} // namespace

Credentials Credentials::fromTokens(const QByteArray &session, const QByteArray &keyManager)
{
    Credentials c;
    c.mode = Mode::Tokens;
    c.sessionToken = session;
    c.keyManagerToken = keyManager;
    return c;
}

Credentials Credentials::fromRsaKey(const QString &username, const Auth::RsaKey &key)
{
    Credentials c;
    c.mode = Mode::RsaKey;
    c.username = username;
    c.key = key;
    return c;
}

Credentials Credentials::fromCertificate(const Auth::ClientCertificate &certificate)
{
    Credentials c;
    c.mode = Mode::Certificate;
    c.certificate = certificate;
    return c;
}

ApiClient::ApiClient(
    const ServiceUrls &urls, const Options &options, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_urls(urls)
    , m_options(options)
    , m_time(options.time ? options.time : TimeSource::system())
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    qRegisterMetaType<Inspector::ApiError>();
    qRegisterMetaType<Inspector::RequestLogEntry>();
    if (m_options.proxy)
        m_nam->setProxy(*m_options.proxy);
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_window = m_options.maxConcurrent;
}

ApiClient::~ApiClient()
{
    // The network manager is our first child, so it would go before the jobs, and a job's
    // destructor aborts its reply: delete the jobs (and their replies) while the manager lives.
    qDeleteAll(findChildren<ApiJob *>(Qt::FindDirectChildrenOnly));
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_keyManagerNote.clear();
}

std::optional<qint64> ApiClient::sessionExpiresAtMs() const
{
    if (const auto claims = Auth::decodeJwtClaimsUnverified(m_credentials.sessionToken);
        claims && claims->expiresAt > 0)
        return claims->expiresAt * 1000;
    return std::nullopt;
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request);
    job->m_waiting = true;
    // Never finish inside send(): the caller connects to finished() after we return.
    m_time->callLater(0, job, [this, job] { dispatch(job); });
    return job;
}

void ApiClient::dispatch(ApiJob *job)
{
    if (job->m_finished)
        return;
    const ApiRequest &r = job->m_request;
    if (r.auth != ApiRequest::Auth::None && !hasSession()) {
        if (m_credentials.canAuthenticate()) {
            waitForAuthentication(job);
            return;
        }
        job->finish(ApiError::fromLocal(LocalError(tr(
            "No credentials for %1: give a bot username and private key, a client certificate, or a session "
            "token.")
                                                       .arg(r.description))));
        return;
    }
    enqueue(job);
}

void ApiClient::setMaxConcurrent(int n)
{
    m_options.maxConcurrent = std::max(1, n);
    m_window = m_options.maxConcurrent;
    launchQueued();
}

void ApiClient::enqueue(ApiJob *job)
{
    if (job->m_finished)
        return;
    if (canLaunch() && m_queue.isEmpty())
        launch(job);
    else
        m_queue.enqueue(job);
}

void ApiClient::releaseSlot()
{
    --m_running;
    launchQueued();
}

void ApiClient::launchQueued()
{
    while (!m_queue.isEmpty() && canLaunch()) {
        QPointer<ApiJob> next = m_queue.dequeue();
        if (next && !next->m_finished)
            launch(next);
    }
}

void ApiClient::govern(const ApiJob *job, int status)
{
    if (status == 429) {
        // Once per round: the other answers to requests that left before the last decrease were
        // on their way already and say nothing new.
        if (job->m_launch > m_lastDecrease) {
            m_window = std::max(1.0, m_window / 2);
            m_lastDecrease = m_launches;
            ++m_slowdowns;
            qCInfo(lcApi) << "429: at most" << window() << "requests at once from now on";
        }
    } else if (status >= 200 && status <= 299) {
        m_window = std::min<double>(m_options.maxConcurrent, m_window + 1.0 / m_window);
        launchQueued();
    }
}

void ApiClient::launch(ApiJob *job)
{
    const ApiRequest &r = job->m_request;
    // A new attempt starts from the configured URL; following a same-origin redirect continues this one.
    const bool redirect = std::exchange(job->m_followingRedirect, false);
    if (!redirect) {
        job->m_redirectUrl.clear();
        job->m_redirectAsGet = false;
        job->m_redirects = 0;
    }
    const ApiRequest::Method method = job->m_redirectAsGet ? ApiRequest::Method::Get : r.method;
    const bool hasBody = r.hasBody && !job->m_redirectAsGet;
    QNetworkRequest req(redirect ? job->m_redirectUrl : m_urls.url(r.service, r.path, r.query));
    const int idleTimeoutMs = r.timeoutMs > 0 ? r.timeoutMs : m_options.timeoutMs;
    req.setTransferTimeout(idleTimeoutMs);
    // Qt would follow a 3xx to any origin and send the tokens (and the login JWT) there: every redirect
    // comes back to handleReply(), which follows it only when it stays on the same origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArray("SymphonyInspector/" + QCoreApplication::applicationVersion().toLatin1()));
    if (hasBody)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (r.auth != ApiRequest::Auth::None) {
        req.setRawHeader("sessionToken", m_credentials.sessionToken);
        if (r.auth == ApiRequest::Auth::SessionAndKeyManager && hasKeyManagerToken())
            req.setRawHeader("keyManagerToken", m_credentials.keyManagerToken);
    }
    job->m_sentSessionToken = m_credentials.sessionToken;

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_options.caCertificates.isEmpty())
        ssl.addCaCertificates(m_options.caCertificates);
    if (r.useClientCertificate && m_credentials.certificate) {
        ssl.setLocalCertificate(m_credentials.certificate->certificate);
        ssl.setPrivateKey(m_credentials.certificate->key);
        if (!m_credentials.certificate->chain.isEmpty())
            ssl.setLocalCertificateChain(QList<QSslCertificate> {m_credentials.certificate->certificate}
                + m_credentials.certificate->chain);
    }
    req.setSslConfiguration(ssl);

    ++m_running;
    job->m_launch = ++m_launches;
    if (!redirect)
        ++job->m_attempts;
    job->m_waiting = false;
    job->m_attemptTimer.start();
    QNetworkReply *reply = nullptr;
    switch (method) {
    case ApiRequest::Method::Get:
        reply = m_nam->get(req);
        break;
    case ApiRequest::Method::Post:
        reply = m_nam->post(req, hasBody ? r.body : QByteArray());
        break;
    case ApiRequest::Method::Delete:
        reply = m_nam->deleteResource(req);
        break;
    }
    qCDebug(lcApi) << ApiRequest::methodName(method).constData() << req.url().toString() << "attempt"
                   << job->m_attempts;
    const qint64 maxBody = r.maxBodyBytes > 0 ? r.maxBodyBytes : RequestLimits::DefaultBodyBytes;
    const int deadline
        = std::max(r.deadlineMs > 0 ? r.deadlineMs : RequestLimits::DefaultDeadlineMs, idleTimeoutMs);
    job->attachReply(reply, maxBody, deadline);
}

void ApiClient::handleReply(ApiJob *job, QNetworkReply *reply)
{
    // A 429, or a 5xx with a Retry-After, holds every request that has not left yet, before this
    // one's slot goes to the next in line.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool holds = status == 429 || (status >= 500 && reply->hasRawHeader("Retry-After"));
    if (holds) {
        m_held = true;
        ++m_hold;
    }
    const quint64 hold = m_hold;
    releaseSlot();
    const ApiRequest &r = job->m_request;
    ApiResponse &resp = job->m_response;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (a transfer timeout) is closed: reading it would only print a warning.
    resp.body = reply->isOpen() ? reply->readAll() : QByteArray();
    resp.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    resp.retryAfter = reply->rawHeader("Retry-After");

    ApiError error;
    const QNetworkReply::NetworkError netError = reply->error();
    const std::optional<ApiError> abortReason = std::exchange(job->m_abortReason, std::nullopt);
    std::optional<QUrl> redirectTarget;
    if (abortReason && netError == QNetworkReply::OperationCanceledError)
        error = *abortReason; // we aborted it: past the size cap, or the deadline
    else if (netError != QNetworkReply::NoError && (resp.status == 0 || isTransportError(netError)))
        error = ApiError::fromNetwork(netError, reply->errorString(), r.description);
    else if (resp.status >= 300 && resp.status <= 399 && reply->hasRawHeader("Location"))
        redirectTarget = checkRedirect(job, reply, &error);
    else if ((resp.status < 200 || resp.status > 299)
        && !(r.acceptsAnswer && r.acceptsAnswer(resp.status, resp.body)))
        error = ApiError::fromHttp(resp.status, resp.body, r.description);

    RequestLogEntry log;
    log.method = ApiRequest::methodName(r.method);
    log.url = reply->url();
    log.status = resp.status;
    log.elapsedMs = job->m_attemptTimer.elapsed();
    log.bytes = resp.body.size();
    log.startedAtMs = m_time->nowMs() - log.elapsedMs;
    log.error = error.isError() ? error.message : QString();
    Q_EMIT requestLogged(log);

    if (redirectTarget) {
        // Same origin: the credentials go nowhere new. The next hop is checked again when it answers.
        ++job->m_redirects;
        job->m_redirectUrl = *redirectTarget;
        // 303, and 301/302 after a POST, mean "GET the other resource" (RFC 9110 15.4); 307/308 keep all.
        if (resp.status == 303
            || ((resp.status == 301 || resp.status == 302) && r.method == ApiRequest::Method::Post))
            job->m_redirectAsGet = true;
        job->m_followingRedirect = true;
        resp = ApiResponse();
        qCInfo(lcApi) << "following a same-origin redirect while" << r.description;
        enqueue(job);
        return;
    }

    // Not sent again (an answer the request accepts, or one it gives up on): nothing to wait for.
    auto endHold = [this, holds, hold] {
        if (holds && hold == m_hold) {
            m_held = false;
            launchQueued();
        }
    };
    if (!error.isError()) {
        govern(job, resp.status);
        endHold();
        job->finish(error);
        return;
    }

    // One re-authentication per request, never for the authentication calls themselves.
    if (error.kind == ApiError::Kind::Unauthorized && r.auth != ApiRequest::Auth::None && !r.isAuthentication
        && !job->m_reauthenticated && m_credentials.canAuthenticate()) {
        job->m_reauthenticated = true;
        qCInfo(lcAuth) << "401 while" << r.description << "- re-authenticating once";
        if (job->m_sentSessionToken == m_credentials.sessionToken)
            m_credentials.sessionToken.clear(); // stale: whoever comes next must wait for a new one
        dispatch(job);
        return;
    }

    const auto delay = m_options.retry.delayBeforeRetry(
        job->m_attempts, error, resp.retryAfter, m_time->nowMs(), m_time->random01());
    govern(job, resp.status);
    if (!delay) {
        endHold();
        job->finish(m_options.retry.explainRetryAfterCap(error, resp.retryAfter, m_time->nowMs()));
        return;
    }
    qCInfo(lcApi) << "retrying" << r.description << "in" << *delay << "ms after" << error.message;
    job->m_waiting = true;
    Q_EMIT job->retrying(job->m_attempts, *delay, error);
    // The hold (if this answer made one) ends when this request is sent again, or would have been:
    // a job cancelled meanwhile does not keep the others waiting.
    m_time->callLater(*delay, this, [this, hold, holds, job = QPointer<ApiJob>(job)] {
        if (holds && hold == m_hold) {
            m_held = false;
            if (job && !job->m_finished)
                m_queue.prepend(job); // first in line: it waited longest (a 401 still re-authenticates)
            launchQueued();
            return;
        }
        if (job)
            dispatch(job);
    });
}

std::optional<QUrl> ApiClient::checkRedirect(
    const ApiJob *job, const QNetworkReply *reply, ApiError *error) const
{
    const ApiRequest &r = job->m_request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl from = reply->url();
    const QUrl target = from.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
    // Whatever the server put in the Location, a password in it is never printed.
    const QUrl shown = target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const ServiceWords words = serviceWords(r.service);

    ApiError e;
    e.kind = ApiError::Kind::Redirected;
    e.httpStatus = status;
    const bool web = target.scheme() == "https"_L1 || target.scheme() == "http"_L1;
    if (!target.isValid() || target.host().isEmpty() || !web) {
        e.message = tr("%1 redirected the request while %2 to an address that is not an http(s) URL.")
                        .arg(words.subject, r.description);
        e.details = tr("HTTP %1, Location: %2").arg(QString::number(status), shown.toString());
        *error = e;
        return std::nullopt;
    }
    if (!sameOrigin(from, target)) {
        // The tokens, the signed login JWT and the client certificate are for this origin only.
        const QString shownText = shown.toString();
        if (words.setting.isEmpty()) {
            e.message = tr("%1 redirected the request while %2 to %3; credentials never follow a redirect to "
                           "another address.")
                            .arg(words.subject, r.description, shownText);
        } else if (shown.path().endsWith(r.path) && !r.path.isEmpty()) {
            QUrl base = shown;
            const QString basePath = shown.path().chopped(r.path.size());
            base.setPath(basePath.isEmpty() ? u"/"_s : basePath); // a lone "/" means no context path
            e.message = tr("%1 redirected the request while %2 to %3; use %4 as %5.")
                            .arg(words.subject, r.description, shownText, base.toString(), words.setting);
        } else {
            e.message = tr("%1 redirected the request while %2 to %3; use that address as %4.")
                            .arg(words.subject, r.description, shownText, words.setting);
        }
        e.details
            = tr("HTTP %1 to another origin (scheme, host or port). Requests carry tokens, a signed login "
                 "or a client certificate, so no redirect to another origin is followed.")
                  .arg(status);
        *error = e;
        return std::nullopt;
    }
    if (job->m_redirects >= RequestLimits::MaxRedirects) {
        e.message = tr("%1 redirected the request while %2 more than %3 times; it was stopped.")
                        .arg(words.subject, r.description, QString::number(RequestLimits::MaxRedirects));
        e.details = tr("HTTP %1, last Location: %2").arg(QString::number(status), shown.toString());
        *error = e;
        return std::nullopt;
    }
    return target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

void ApiClient::waitForAuthentication(ApiJob *job)
{
    job->m_waiting = true;
    m_waitingForAuth.append(job);
    startAuthentication();
}

void ApiClient::authenticate()
{
    startAuthentication();
}

void ApiClient::startAuthentication()
{
    if (m_authenticating)
        return;
    if (!m_credentials.canAuthenticate()) {
        finishAuthentication(ApiError::fromLocal(
            LocalError(tr("These credentials cannot authenticate: give a bot username and "
                          "private key or a client certificate."))));
        return;
    }
    m_authenticating = true;
    m_credentials.sessionToken.clear();
    m_credentials.keyManagerToken.clear();
    m_keyManagerNote.clear();

    QByteArray jwt;
    ApiRequest request;
    if (m_credentials.mode == Credentials::Mode::RsaKey) {
        const qint64 exp = (m_time->nowMs() + m_options.jwtLifetimeMs) / 1000;
        const Result<QByteArray> signedJwt
            = Auth::signJwtRs512(m_credentials.key, m_credentials.username, exp);
        if (!signedJwt) {
            finishAuthentication(ApiError::fromLocal(LocalError(
                tr("Could not sign the authentication token: %1").arg(signedJwt.error().message()))));
            return;
        }
        jwt = signedJwt.value();
        request = Requests::rsaSessionAuth(jwt);
    } else {
        request = Requests::certSessionAuth();
    }

    ApiJob *job = send(request);
    connect(job, &ApiJob::finished, this, [this, jwt](ApiJob *j) {
        if (!j->isSuccess()) {
            finishAuthentication(j->error());
            return;
        }
        const auto token = Parse::token(j->response().body);
        if (!token.ok() || token.value.token.isEmpty()) {
            finishAuthentication(ApiError::badResponse(
                j->request().description, token.ok() ? tr("the answer has no token.") : token.error));
            return;
        }
        m_credentials.sessionToken = token.value.token.toUtf8();
        authenticateKeyManager(jwt);
    });
}

void ApiClient::authenticateKeyManager(const QByteArray &jwt)
{
    const ApiRequest request = m_credentials.mode == Credentials::Mode::RsaKey
        ? Requests::rsaKeyManagerAuth(jwt)
        : Requests::certKeyManagerAuth();
    ApiJob *job = send(request);
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
        if (j->isSuccess()) {
            const auto token = Parse::token(j->response().body);
            if (token.ok() && !token.value.token.isEmpty()) {
                m_credentials.keyManagerToken = token.value.token.toUtf8();
                finishAuthentication({});
                return;
            }
            m_keyManagerNote = tr("the key manager's answer had no token (%1)").arg(token.error);
        } else if (j->error().kind == ApiError::Kind::NotFound
            || j->error().kind == ApiError::Kind::Network) {
            // Pods with simplified key delivery have no key manager to talk to: go on without.
            m_keyManagerNote = j->error().message;
        } else {
            finishAuthentication(j->error());
            return;
        }
        qCInfo(lcAuth) << "continuing without a key manager token:" << m_keyManagerNote;
        finishAuthentication({});
    });
}

void ApiClient::finishAuthentication(const ApiError &error)
{
    m_authenticating = false;
    const QList<QPointer<ApiJob>> waiting = std::exchange(m_waitingForAuth, {});
    if (error.isError()) {
        ApiError e = error;
        const QString who = m_credentials.mode == Credentials::Mode::RsaKey ? m_credentials.username
                                                                            : tr("the certificate's user");
        if (e.kind == ApiError::Kind::Unauthorized || e.kind == ApiError::Kind::Forbidden) {
            const QString server = e.serverMessage.isEmpty() ? QString() : u" ("_s + e.serverMessage + u")"_s;
            e.message = m_credentials.mode == Credentials::Mode::RsaKey
                ? tr("Could not authenticate as %1: the pod refused the signed token%2. Check the username, "
                     "and "
                     "that this key's public half is registered for that account.")
                      .arg(who, server)
                : tr("Could not authenticate with the client certificate: the pod refused it%1.").arg(server);
        } else if (!e.isCancelled()) {
            e.message = tr("Could not authenticate as %1: %2").arg(who, error.message);
        }
        qCWarning(lcAuth) << e.message;
        Q_EMIT authenticationFailed(e);
        for (const auto &job : waiting) {
            if (job)
                job->finish(e);
        }
        return;
    }
    qCInfo(lcAuth) << "authenticated" << (hasKeyManagerToken() ? "with" : "without") << "a key manager token";
    Q_EMIT authenticated();
    for (const auto &job : waiting) {
        if (job)
            enqueue(job);
    }
}

void ApiClient::forget(ApiJob *job)
{
    m_waitingForAuth.removeAll(job);
    m_queue.removeAll(job);
}

Result<QNetworkProxy> ApiClient::parseProxy(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        type = QNetworkProxy::HttpProxy;
    else if (url.scheme() == "socks5"_L1)
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || url.host().isEmpty() || type == QNetworkProxy::NoProxy || url.port() <= 0) {
        return LocalError(tr("The proxy \"%1\" is not of the form http://host:port or socks5://host:port.")
                              .arg(ServiceUrls::withoutPassword(text))); // never print a password
    }
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
}

} // namespace Inspector
