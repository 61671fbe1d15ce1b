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

ApiClient::ApiClient(const ServiceUrls &urls, const Options &options, QNetworkAccessManager *nam, QObject *parent)
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
    if (const auto claims = Auth::decodeJwtClaimsUnverified(m_credentials.sessionToken); claims && claims->expiresAt > 0)
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
        job->finish(ApiError::config(
            tr("No credentials for %1: give a bot username and private key, a client certificate, or a session "
               "token.")
                .arg(r.description)));
        return;
    }
    enqueue(job);
}

void ApiClient::enqueue(ApiJob *job)
{
    if (job->m_finished)
        return;
    if (m_running < m_options.maxConcurrent)
        launch(job);
    else
        m_queue.enqueue(job);
}

void ApiClient::releaseSlot()
{
    --m_running;
    while (!m_queue.isEmpty() && m_running < m_options.maxConcurrent) {
        QPointer<ApiJob> next = m_queue.dequeue();
        if (next && !next->m_finished)
            launch(next);
    }
}

void ApiClient::launch(ApiJob *job)
{
    const ApiRequest &r = job->m_request;
    QNetworkRequest req(m_urls.url(r.service, r.path, r.query));
    req.setTransferTimeout(r.timeoutMs > 0 ? r.timeoutMs : m_options.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray("SymphonyInspector/" + QCoreApplication::applicationVersion().toLatin1()));
    if (r.hasBody)
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
            ssl.setLocalCertificateChain(QList<QSslCertificate>{m_credentials.certificate->certificate}
                                         + m_credentials.certificate->chain);
    }
    req.setSslConfiguration(ssl);

    ++m_running;
    ++job->m_attempts;
    job->m_waiting = false;
    job->m_attemptTimer.start();
    QNetworkReply *reply = nullptr;
    switch (r.method) {
    case ApiRequest::Method::Get:
        reply = m_nam->get(req);
        break;
    case ApiRequest::Method::Post:
        reply = m_nam->post(req, r.hasBody ? r.body : QByteArray());
        break;
    case ApiRequest::Method::Delete:
        reply = m_nam->deleteResource(req);
        break;
    }
    qCDebug(lcApi) << ApiRequest::methodName(r.method).constData() << req.url().toString() << "attempt"
                   << job->m_attempts;
    job->attachReply(reply);
}

void ApiClient::handleReply(ApiJob *job, QNetworkReply *reply)
{
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
    if (netError != QNetworkReply::NoError && (resp.status == 0 || isTransportError(netError)))
        error = ApiError::fromNetwork(netError, reply->errorString(), r.description);
    else if ((resp.status < 200 || resp.status > 299) && !(r.acceptsAnswer && r.acceptsAnswer(resp.status, resp.body)))
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

    if (!error.isError()) {
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

    const auto delay = m_options.retry.delayBeforeRetry(job->m_attempts, error, resp.retryAfter, m_time->nowMs(),
                                                        m_time->random01());
    if (!delay) {
        job->finish(m_options.retry.explainRetryAfterCap(error, resp.retryAfter, m_time->nowMs()));
        return;
    }
    qCInfo(lcApi) << "retrying" << r.description << "in" << *delay << "ms after" << error.message;
    job->m_waiting = true;
    Q_EMIT job->retrying(job->m_attempts, *delay, error);
    m_time->callLater(*delay, job, [this, job] { dispatch(job); });
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
        finishAuthentication(ApiError::config(tr("These credentials cannot authenticate: give a bot username and "
                                                 "private key or a client certificate.")));
        return;
    }
    m_authenticating = true;
    m_credentials.sessionToken.clear();
    m_credentials.keyManagerToken.clear();
    m_keyManagerNote.clear();

    QByteArray jwt;
    ApiRequest request;
    if (m_credentials.mode == Credentials::Mode::RsaKey) {
        QString error;
        const qint64 exp = (m_time->nowMs() + m_options.jwtLifetimeMs) / 1000;
        jwt = Auth::signJwtRs512(m_credentials.key, m_credentials.username, exp, &error);
        if (jwt.isEmpty()) {
            finishAuthentication(ApiError::config(tr("Could not sign the authentication token: %1").arg(error)));
            return;
        }
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
            finishAuthentication(ApiError::badResponse(j->request().description,
                                                       token.ok() ? tr("the answer has no token.") : token.error));
            return;
        }
        m_credentials.sessionToken = token.value.token.toUtf8();
        authenticateKeyManager(jwt);
    });
}

void ApiClient::authenticateKeyManager(const QByteArray &jwt)
{
    const ApiRequest request =
        m_credentials.mode == Credentials::Mode::RsaKey ? Requests::rsaKeyManagerAuth(jwt) : Requests::certKeyManagerAuth();
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
        } else if (j->error().kind == ApiError::Kind::NotFound || j->error().kind == ApiError::Kind::Network) {
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
                ? tr("Could not authenticate as %1: the pod refused the signed token%2. Check the username, and "
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

std::optional<QNetworkProxy> ApiClient::parseProxy(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        type = QNetworkProxy::HttpProxy;
    else if (url.scheme() == "socks5"_L1)
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || url.host().isEmpty() || type == QNetworkProxy::NoProxy || url.port() <= 0) {
        if (error)
            *error = tr("The proxy \"%1\" is not of the form http://host:port or socks5://host:port.").arg(text);
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
}

} // namespace Inspector
