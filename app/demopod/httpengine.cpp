// SPDX-License-Identifier: Apache-2.0
#include "httpengine.h"

#include "jwtverifier.h"
#include "sharedstate.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

HttpEngine::HttpEngine(const Config &config, SharedState *shared, std::shared_ptr<DataSet> data)
    : m_config(config)
    , m_shared(shared)
    , m_backend(config, shared, std::move(data))
{ }

HttpEngine::~HttpEngine() = default;

Result<quint16> HttpEngine::startListening()
{
    QTcpServer *server = nullptr;
    if (m_config.tls) {
        const QSslKey key(readResource(u":/demopod/demo-tls-key.pem"_s), QSsl::Rsa, QSsl::Pem);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(Server::tlsCertificate());
        tls.setPrivateKey(key);
        // Ask for a client certificate without requiring one: /sessionauth and /keyauth need it,
        // every other endpoint works without.
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(tls);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(QHostAddress::LocalHost, m_config.port)) {
        LocalError error(u"Cannot listen on 127.0.0.1:"_s + QString::number(m_config.port) + u": "_s
            + server->errorString());
        delete server;
        return error;
    }
    bind(server);
    const quint16 port = server->serverPort();
    QUrl url;
    url.setScheme(m_config.tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    m_backend.setBaseUrl(url);
    return port;
}

bool HttpEngine::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    // In a query string '+' means a space (HTML forms, and Java servlets such as the real agent);
    // QUrlQuery keeps it literally, so turn it into %20 first. A real '+' arrives as %2B.
    r.query = QUrlQuery(request.url().query(QUrl::FullyEncoded).replace(u'+', u"%20"_s));
    r.headers = request.headers();
    r.body = request.body();
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        r.tls = true;
        r.peerCertificate = ssl->peerCertificate();
    }

    if (r.path.startsWith(u"/__mock/"_s)) {
        respond(socket, control(r), SendMode::Normal, 0);
        return true;
    }

    SendMode mode = SendMode::Normal;
    HttpReply reply;
    int delayMs = 0;
    const std::optional<Fault> fault = m_shared->takeFault(r.method, r.path);
    if (fault) {
        reply = faultReply(*fault, r, &mode);
        delayMs = fault->delayMs;
    } else {
        reply = m_backend.handle(r);
    }
    delayMs += reply.delayMs + m_shared->latencyMs();

    LoggedRequest entry;
    entry.method = r.method;
    entry.path = r.path;
    entry.query = r.query;
    entry.headers = r.headers;
    entry.body = r.body;
    entry.status = mode == SendMode::Drop ? 0 : reply.status;
    m_shared->appendLog(entry);

    reply.headOnly = r.method == "HEAD";
    respond(socket, reply, mode, delayMs);
    return true;
}

void HttpEngine::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(
        socket, HttpReply::error(404, u"No such endpoint: "_s + request.url().path()), SendMode::Normal, 0);
}

HttpReply HttpEngine::faultReply(const Fault &fault, const HttpRequest &request, SendMode *mode)
{
    switch (fault.kind) {
    case Fault::Kind::Status: {
        HttpReply reply = HttpReply::error(fault.status, QString::fromLatin1(reasonPhrase(fault.status)));
        if (!fault.body.isEmpty()) {
            // A JSON body replaces the error object; anything else is a proxy's HTML page.
            const QByteArray trimmed = fault.body.trimmed();
            reply.body = fault.body;
            reply.contentType = trimmed.startsWith('{') || trimmed.startsWith('[')
                ? QByteArray("application/json")
                : QByteArray("text/html; charset=utf-8");
        }
        if (!fault.retryAfterHttpDate.isEmpty())
            reply.headers.append({"Retry-After", fault.retryAfterHttpDate.toLatin1()});
        else if (fault.retryAfterSeconds >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return reply;
    }
    case Fault::Kind::Expired:
        m_backend.invalidateSession(request);
        return HttpReply::error(401, u"Invalid session"_s);
    case Fault::Kind::Throttle: {
        HttpReply reply = HttpReply::error(429, u"Too many requests, please retry later"_s);
        if (!fault.retryAfterHttpDate.isEmpty())
            reply.headers.append({"Retry-After", fault.retryAfterHttpDate.toLatin1()});
        else if (fault.retryAfterSeconds >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return reply;
    }
    case Fault::Kind::Delay:
        return m_backend.handle(request);
    case Fault::Kind::Malformed: {
        HttpReply reply;
        reply.contentType = "application/json";
        if (!fault.body.isEmpty()) {
            reply.body = fault.body;
        } else {
            const HttpReply normal = m_backend.handle(request);
            reply.body = normal.body.size() > 2 ? normal.body.left(normal.body.size() / 2)
                                                : QByteArray(R"({"broken":)");
        }
        return reply;
    }
    case Fault::Kind::Truncated:
        *mode = SendMode::Truncated;
        return m_backend.handle(request);
    case Fault::Kind::Empty204:
        return HttpReply::noContent();
    case Fault::Kind::Drop:
        *mode = SendMode::Drop;
        return m_backend.handle(request);
    case Fault::Kind::Redirect: {
        HttpReply reply;
        reply.status = fault.status >= 300 && fault.status <= 399 ? fault.status : 307;
        reply.headers.append({"Location", fault.location.toUtf8()});
        return reply;
    }
    case Fault::Kind::StaleFeed: {
        const QString feed = m_backend.dropDatafeed(request.path);
        return HttpReply::error(
            400, u"Datafeed "_s + (feed.isEmpty() ? request.path : feed) + u" not found"_s);
    }
    }
    return HttpReply::error(500, u"Unknown fault"_s);
}

HttpReply HttpEngine::control(const HttpRequest &request)
{
    const QString path = request.path;
    if (path == u"/__mock/faults"_s) {
        if (request.method == "DELETE") {
            m_shared->clearFaults();
            return HttpReply::noContent();
        }
        if (request.method == "GET") {
            QJsonArray out;
            for (const Fault &f : m_shared->faults())
                out.append(faultToJson(f));
            return HttpReply::json(200, out);
        }
        if (request.method == "POST") {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            if (!doc.isObject())
                return HttpReply::error(400, u"Body must be a JSON object describing a fault"_s);
            const Result<Fault> fault = faultFromJson(doc.object());
            if (!fault)
                return HttpReply::error(400, fault.error().message());
            m_shared->addFault(fault.value());
            return HttpReply::json(201, faultToJson(fault.value()));
        }
    } else if (path == u"/__mock/log"_s) {
        if (request.method == "DELETE") {
            m_shared->clearLog();
            return HttpReply::noContent();
        }
        if (request.method == "GET") {
            QJsonArray out;
            for (const LoggedRequest &entry : m_shared->log())
                out.append(loggedRequestToJson(entry));
            return HttpReply::json(200, out);
        }
    } else if (path == u"/__mock/health"_s && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString component = body.value(u"component"_s).toString();
        const QString status = body.value(u"status"_s).toString();
        QString message = body.value(u"message"_s).toString();
        if (status != u"UP"_s && status != u"DOWN"_s)
            return HttpReply::error(400, u"status must be UP or DOWN"_s);
        if (status == u"DOWN"_s && message.isEmpty())
            message = component + u" is down"_s;
        if (!m_shared->setComponentDown(component, status == u"UP"_s ? QString() : message))
            return HttpReply::error(400, u"Unknown component: "_s + component);
        return HttpReply::noContent();
    } else if (path == u"/__mock/mutations"_s && request.method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return HttpReply::error(400, u"Body must be a JSON object describing a change"_s);
        const Result<Mutation> mutation = mutationFromJson(doc.object());
        if (!mutation.ok())
            return HttpReply::error(400, mutation.error().message());
        const Result<QString> messageId = m_backend.apply(mutation.value());
        if (!messageId.ok())
            return HttpReply::error(400, messageId.error().message());
        if (messageId.value().isEmpty())
            return HttpReply::noContent();
        return HttpReply::json(200, QJsonObject {{u"messageId"_s, messageId.value()}});
    } else if (path == u"/__mock/latency"_s) {
        if (request.method == "PUT") {
            const QJsonValue ms = QJsonDocument::fromJson(request.body).object().value(u"ms"_s);
            if (!ms.isDouble() || ms.toDouble() != double(ms.toInt()) || ms.toInt() < 0)
                return HttpReply::error(400, u"ms must be an integer >= 0"_s);
            m_shared->setLatencyMs(ms.toInt());
            return HttpReply::noContent();
        }
        if (request.method == "GET") {
            return HttpReply::json(200,
                QJsonObject {{u"ms"_s, m_shared->latencyMs()}, {u"held"_s, m_shared->heldAnswers()},
                    {u"maxHeld"_s, m_shared->maxHeldAnswers()}});
        }
    } else if (path == u"/__mock/keys"_s && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString username = body.value(u"username"_s).toString();
        const QByteArray pem = body.value(u"publicKeyPem"_s).toString().toLatin1();
        if (!m_backend.data().userByUsername(username))
            return HttpReply::error(400, u"Unknown username: "_s + username);
        if (const Result<RsaPublicKey> key = RsaPublicKey::fromPem(pem); !key)
            return HttpReply::error(400, u"Bad public key: "_s + key.error().message());
        m_shared->addUserKey(m_backend.data().userByUsername(username)->username, pem);
        return HttpReply::noContent();
    }
    return HttpReply::error(
        404, u"Unknown control endpoint: "_s + QString::fromLatin1(request.method) + u' ' + path);
}

void HttpEngine::respond(QTcpSocket *socket, const HttpReply &reply, SendMode mode, int delayMs)
{
    if (delayMs <= 0) {
        writeNow(socket, reply, mode);
        return;
    }
    // The socket may be gone by the time the timer fires (client cancelled): QPointer notices.
    // Every held answer has its own timer: many wait side by side, none waits for another.
    QPointer<QTcpSocket> guard(socket);
    m_shared->answerHeld();
    SharedState *shared = m_shared;
    QTimer::singleShot(delayMs, this, [guard, reply, mode, shared]() {
        shared->answerReleased();
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeNow(guard.data(), reply, mode);
    });
}

void HttpEngine::writeNow(QTcpSocket *socket, const HttpReply &reply, SendMode mode)
{
    // The head and the body may leave in separate segments: with Nagle's algorithm the second one
    // waits for the client's delayed ACK of the first, 40 ms per answer of more than a few KB.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ';
    const char *reason = reasonPhrase(reply.status);
    head += reason ? QByteArray(reason) : QByteArray("Status");
    head += "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    const bool bodyless = reply.status == 204 || reply.status == 304;
    if (!bodyless)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "\r\n";

    switch (mode) {
    case SendMode::Normal:
        socket->write(head);
        if (!bodyless && !reply.headOnly)
            socket->write(reply.body);
        break;
    case SendMode::Truncated:
        // The headers promise the whole body; half of it arrives, then the server hangs up.
        socket->write(head);
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        break;
    case SendMode::Drop:
        // The answer has visibly started (headers and a few body bytes), so a client cannot
        // silently resend the request (QNAM does when a kept-alive connection dies before any
        // reply arrives); then the connection is reset, unlike Truncated's orderly close.
        socket->write(head);
        socket->write(reply.body.left(qMin<qsizetype>(8, reply.body.size() / 2)));
        socket->flush();
        socket->abort();
        break;
    }
}

} // namespace Inspector::DemoPod
