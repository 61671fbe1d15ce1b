// SPDX-License-Identifier: Apache-2.0
// The demo pod's normal answers, checked against the official OpenAPI files by a real validator:
// every call goes through Stoplight Prism in proxy mode (one instance per spec file, see
// prismproxy.h), which forwards it to the in-process demo pod and validates both the request and
// the answer. The requests come from the client's own catalogue (models/api/requests.h) and its
// URL rules (ServiceUrls), so a request that breaks the spec fails here too.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include "api/requests.h"
#include "api/serviceurls.h"
#include "auth/jwt.h"
#include "auth/rsakey.h"
#include "common/testsuite.h"
#include "demodata.h"
#include "demopodserver.h"
#include "prismproxy.h"
#include "tlsbridge.h"

using namespace Qt::StringLiterals;
using Inspector::ApiRequest;
using Inspector::ServiceUrls;
using Inspector::SchemaCheck::PrismProxy;
using Inspector::SchemaCheck::TlsBridge;
using Service = Inspector::ServiceUrls::Service;
using Fault = Inspector::DemoPod::Fault;
namespace Requests = Inspector::Requests;
namespace Demo = Inspector::DemoPod::Demo;

namespace {

const QString SchemaDir = QStringLiteral(INSPECTOR_SOURCE_DIR "/tests/schema");
const QString SpecDir = QStringLiteral(INSPECTOR_API_SPEC_DIR);
constexpr int CallTimeoutMs = 30000;

/** What came back through a proxy. */
struct Exchange
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray violationsHeader; ///< sl-violations, verbatim
    QString networkError;
};

/** Values one row learns for a later row (datafeed id, ackId, receipts cursor). */
struct State
{
    QString feedId;
    QString ackId;
    QString receiptsAfter;
};

/**
 * A violation the spec file itself forces on a correct server, so the row accepts exactly it
 * (documented in tests/schema/README.md). Matched on the location and a part of the message.
 */
struct SpecDefect
{
    QString location;
    QString messagePart;
};

struct Call
{
    const char *name;
    std::function<ApiRequest(const State &)> request;
    int status; ///< the normal status the demo pod must answer
    /** Learns from the answer what a later row needs; false when the answer lacks it. */
    std::function<bool(const QJsonDocument &, State *)> remember = {};
    QList<SpecDefect> specDefects = {};
};

ApiRequest plain(Service service, ApiRequest::Method method, const QString &path, ApiRequest::Auth auth,
    const QByteArray &jsonBody = {})
{
    ApiRequest r;
    r.service = service;
    r.method = method;
    r.path = path;
    r.auth = auth;
    if (!jsonBody.isNull()) {
        r.body = jsonBody;
        r.hasBody = true;
    }
    return r;
}

QByteArray botJwt()
{
    const auto key = Inspector::Auth::RsaKey::fromPem(Inspector::DemoPod::Server::botPrivateKeyPem(), {});
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 240; // the pod refuses more than 300 s ahead
    const auto jwt = Inspector::Auth::signJwtRs512(
        key.valueOr(Inspector::Auth::RsaKey()), Inspector::DemoPod::Server::botUsername(), exp);
    if (!jwt) {
        qWarning("signing the bot JWT failed: %s", qPrintable(jwt.error().message()));
        return {};
    }
    return jwt.value();
}

Requests::StreamFilter filter(const QStringList &types, bool includeInactive)
{
    Requests::StreamFilter f;
    f.types = types;
    f.includeInactive = includeInactive;
    return f;
}

// Every endpoint the demo pod serves, with valid parameters, in an order where a row that needs
// something (a datafeed id, an ackId, a cursor) comes after the row that learns it.
const QList<Call> &calls()
{
    using Method = ApiRequest::Method;
    using Auth = ApiRequest::Auth;
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    const QString im = QString::fromLatin1(Demo::ImStreamId);
    const QString mim = QString::fromLatin1(Demo::MimStreamId);
    const QString crossPod = QString::fromLatin1(Demo::CrossPodStreamId);
    const QString oldProject = QString::fromLatin1(Demo::OldProjectStreamId);
    const QString wall = QString::fromLatin1(Demo::WallStreamId);
    const QString m1 = QString::fromLatin1(Demo::M1Id);
    const QString m5 = QString::fromLatin1(Demo::M5Id);
    const QString m8 = QString::fromLatin1(Demo::M8Id);
    const auto fixed = [](ApiRequest r) { return [r](const State &) { return r; }; };
    const auto rememberAckId = [](const QJsonDocument &body, State *state) {
        state->ackId = body[u"ackId"_s].toString();
        return !state->ackId.isEmpty();
    };

    static const QList<Call> list = {
        // Authentication (login and relay share login-api-public.yaml)
        {"login authenticate", [](const State &) { return Requests::rsaSessionAuth(botJwt()); }, 200},
        {"relay authenticate", [](const State &) { return Requests::rsaKeyManagerAuth(botJwt()); }, 200},
        {"session authenticate by certificate", fixed(Requests::certSessionAuth()), 200},
        {"key manager authenticate by certificate", fixed(Requests::certKeyManagerAuth()), 200},
        // Diagnostics and session
        {"agent info", fixed(Requests::agentInfo()), 200},
        {"health", fixed(Requests::health()), 200},
        {"extended health", fixed(Requests::healthExtended()), 200},
        {"session info", fixed(Requests::sessionInfo()), 200},
        // Streams
        {"streams list page 1", fixed(Requests::streams({}, 0, 100)), 200},
        {"streams list page 2 with inactive", fixed(Requests::streams(filter({}, true), 100, 100)), 200},
        {"streams list rooms and posts", fixed(Requests::streams(filter({u"ROOM"_s, u"POST"_s}, true), 0, 100)), 200},
        {"admin streams list page 1", fixed(Requests::adminStreams({}, 0, 100)), 200},
        {"admin streams list page 2", fixed(Requests::adminStreams(filter({}, true), 100, 100)), 200},
        {"admin streams list rooms", fixed(Requests::adminStreams(filter({u"ROOM"_s}, false), 0, 100)), 200},
        {"user streams list", fixed(Requests::userStreams(Demo::AliceId, filter({}, true), 0, 100)), 200},
        {"stream info room", fixed(Requests::streamInfo(rates)), 200},
        {"stream info IM", fixed(Requests::streamInfo(im)), 200},
        {"stream info MIM", fixed(Requests::streamInfo(mim)), 200},
        {"stream info cross-pod room", fixed(Requests::streamInfo(crossPod)), 200},
        {"stream info inactive room", fixed(Requests::streamInfo(oldProject)), 200},
        {"room info", fixed(Requests::roomInfo(rates)), 200},
        {"room info cross-pod", fixed(Requests::roomInfo(crossPod)), 200},
        {"room info inactive", fixed(Requests::roomInfo(oldProject)), 200},
        {"room search", fixed(Requests::roomSearch(QJsonObject{{u"query"_s, u"Desk"_s}}, 0, 100)), 200},
        {"room search inactive included",
         fixed(Requests::roomSearch(QJsonObject{{u"query"_s, u"Project"_s}, {u"active"_s, false}}, 0, 100)), 200},
        {"room membership", fixed(Requests::roomMembers(rates)), 200},
        {"room membership cross-pod", fixed(Requests::roomMembers(crossPod)), 200},
        {"admin stream membership room", fixed(Requests::adminMembers(rates, 0, 1000)), 200},
        {"admin stream membership IM", fixed(Requests::adminMembers(im, 0, 1000)), 200},
        // Messages
        {"messages Rates Desk page 1", fixed(Requests::messages(rates, 0, std::nullopt, 0, 500)), 200},
        {"messages Rates Desk page 2", fixed(Requests::messages(rates, 0, std::nullopt, 500, 500)), 200},
        {"messages Rates Desk since m9 skip 1",
         fixed(Requests::messages(rates, Demo::M9Timestamp, std::nullopt, 1, 20)), 200},
        {"messages Rates Desk until", fixed(Requests::messages(rates, 0, Demo::M9Timestamp, 0, 50)), 200},
        {"messages IM", fixed(Requests::messages(im, 0, std::nullopt, 0, 500)), 200},
        {"messages MIM", fixed(Requests::messages(mim, 0, std::nullopt, 0, 500)), 200},
        {"messages cross-pod room", fixed(Requests::messages(crossPod, 0, std::nullopt, 0, 500)), 200},
        {"messages inactive room", fixed(Requests::messages(oldProject, 0, std::nullopt, 0, 500)), 200},
        {"messages post wall", fixed(Requests::messages(wall, 0, std::nullopt, 0, 500)), 200},
        {"one message m1", fixed(Requests::message(m1)), 200},
        {"one message m4 cards", fixed(Requests::message(QString::fromLatin1(Demo::M4Id))), 200},
        {"one message m5 attachments", fixed(Requests::message(m5)), 200},
        {"one message m6 edit", fixed(Requests::message(QString::fromLatin1(Demo::M6Id))), 200},
        {"one message m8 cross-pod", fixed(Requests::message(m8)), 200},
        {"message search GET", fixed(Requests::messageSearch(u"hashtag:rates"_s, 0, 50)), 200},
        {"message search GET by stream",
         fixed(Requests::messageSearch(u"streamId:"_s + rates + u" AND author:"_s + QString::number(Demo::AliceId),
                                       0, 50)),
         200},
        {"message search POST",
         fixed(Requests::messageSearch(QJsonObject{{u"text"_s, u"rates"_s}, {u"streamId"_s, rates}}, 0, 50)), 200},
        {"message search POST by hashtag",
         fixed(Requests::messageSearch(QJsonObject{{u"hashtag"_s, u"rates"_s}}, 0, 50)), 200},
        {"receipts m1 page 1", fixed(Requests::receipts(m1, {})), 200,
         [](const QJsonDocument &body, State *state) {
             state->receiptsAfter = body[u"pagination"_s][u"cursors"_s][u"after"_s].toString();
             return !state->receiptsAfter.isEmpty();
         }},
        {"receipts m1 page 2", [m1](const State &s) { return Requests::receipts(m1, s.receiptsAfter); }, 200},
        {"receipts m8 cross-pod", fixed(Requests::receipts(m8, {})), 200},
        {"message status m1", fixed(Requests::messageStatus(m1)), 200},
        {"message status m8 cross-pod", fixed(Requests::messageStatus(m8)), 200},
        // Attachments
        {"stream attachments IM", fixed(Requests::streamAttachments(im, std::nullopt, std::nullopt, 100)), 200},
        {"stream attachments Rates Desk",
         fixed(Requests::streamAttachments(rates, 0, Demo::M1Timestamp + 700LL * 60000, 100)), 200},
        {"attachment download PDF",
         fixed(Requests::attachment(im, QString::fromLatin1(Demo::PdfAttachmentId), m5)), 200},
        {"attachment download PNG",
         fixed(Requests::attachment(im, QString::fromLatin1(Demo::PngAttachmentId), m5)), 200},
        {"attachment download PNG thumbnail",
         fixed(Requests::attachment(im, QString::fromLatin1(Demo::PngThumbnailId), m5)), 200},
        // Signals
        {"signals list", fixed(Requests::signalList(0, 500)), 200},
        {"signal get Rates chatter", fixed(Requests::signal(QString::fromLatin1(Demo::RatesSignalId))), 200},
        {"signal get FX", fixed(Requests::signal(QString::fromLatin1(Demo::FxSignalId))), 200},
        // Users
        {"users by uid",
         fixed(Requests::users(Requests::UserKey::Id,
                               {QString::number(Demo::AliceId), QString::number(Demo::BobId),
                                QString::number(Demo::DanId), QString::number(Demo::ErinId)},
                               false)),
         200},
        {"users by email",
         fixed(Requests::users(Requests::UserKey::Email, {u"alice@acme.example"_s, u"bob@acme.example"_s}, true)),
         200},
        {"users by username",
         fixed(Requests::users(Requests::UserKey::Username, {u"aadams"_s, u"bbaker"_s, u"export-bot"_s}, true)),
         200},
        // Datafeed v5 and datahose: not in the client's catalogue, so spelled out from the spec.
        {"datafeeds list", fixed(plain(Service::Agent, Method::Get, u"/v5/datafeeds"_s, Auth::SessionAndKeyManager)),
         200},
        {"datafeed create",
         fixed(plain(Service::Agent, Method::Post, u"/v5/datafeeds"_s, Auth::SessionAndKeyManager, "{}")), 201,
         [](const QJsonDocument &body, State *state) {
             state->feedId = body[u"id"_s].toString();
             return !state->feedId.isEmpty();
         }},
        {"datafeed read 1",
         [](const State &s) {
             return plain(Service::Agent, Method::Post, u"/v5/datafeeds/%1/read"_s.arg(s.feedId),
                          Auth::SessionAndKeyManager, R"({"ackId":""})");
         },
         200, rememberAckId},
        {"datafeed read 2",
         [](const State &s) {
             return plain(Service::Agent, Method::Post, u"/v5/datafeeds/%1/read"_s.arg(s.feedId),
                          Auth::SessionAndKeyManager,
                          QJsonDocument(QJsonObject{{u"ackId"_s, s.ackId}}).toJson(QJsonDocument::Compact));
         },
         200, rememberAckId},
        {"datafeed read 3",
         [](const State &s) {
             return plain(Service::Agent, Method::Post, u"/v5/datafeeds/%1/read"_s.arg(s.feedId),
                          Auth::SessionAndKeyManager,
                          QJsonDocument(QJsonObject{{u"ackId"_s, s.ackId}}).toJson(QJsonDocument::Compact));
         },
         200, rememberAckId},
        {"datafeed read 4 long poll",
         [](const State &s) {
             return plain(Service::Agent, Method::Post, u"/v5/datafeeds/%1/read"_s.arg(s.feedId),
                          Auth::SessionAndKeyManager,
                          QJsonDocument(QJsonObject{{u"ackId"_s, s.ackId}}).toJson(QJsonDocument::Compact));
         },
         200},
        // The spec gives 204 "Datafeed successfully deleted." a V2Error application/json body, but
        // a 204 has no body (RFC 9110 §15.3.5), and the real agent sends none.
        {"datafeed delete",
         [](const State &s) {
             return plain(Service::Agent, Method::Delete, u"/v5/datafeeds/%1"_s.arg(s.feedId),
                          Auth::SessionAndKeyManager);
         },
         204, {},
         {{u"response"_s, u"The received media type \"\" does not match"_s},
          {u"response.body"_s, u"Response body must be object"_s}}},
        {"datahose events read",
         fixed(plain(Service::Agent, Method::Post, u"/v5/events/read"_s, Auth::SessionAndKeyManager,
                     R"({"type":"datahose","tag":"schema-check","eventTypes":["MESSAGESENT","USERJOINEDROOM","ROOMCREATED"]})")),
         200},
    };
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Inspector::ApiRequest)

class SchemaTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void endpoint_data();
    void endpoint();
    void violationIsReported_data();
    void violationIsReported();

private:
    bool installValidator(QString *why);
    Exchange send(const ApiRequest &request);
    /** Every violation and Prism error in @p exchange, one readable line each; empty = conforms. */
    static QStringList findings(const Exchange &exchange);
    static QString describe(const ApiRequest &request, const Exchange &exchange);
    QString proxyOutputs() const;
    /** The status the demo pod answered for the one request it received since init(). */
    std::optional<int> upstreamStatus(Service service, const QString &path, QString *why) const;
    /** The demo pod behind a service: the HTTPS one for certificate authentication. */
    Inspector::DemoPod::Server *serverFor(Service service) const;

    std::unique_ptr<Inspector::DemoPod::Server> m_server;
    std::unique_ptr<Inspector::DemoPod::Server> m_tlsServer;
    std::unique_ptr<TlsBridge> m_bridge;
    std::vector<std::pair<Service, std::unique_ptr<PrismProxy>>> m_proxies;
    std::optional<ServiceUrls> m_urls;
    QNetworkAccessManager m_nam;
    QByteArray m_sessionToken;
    QByteArray m_keyManagerToken;
    State m_state;
};

bool SchemaTest::installValidator(QString *why)
{
    // ./run calls install.sh before the tests; this covers a plain `ctest` in a fresh checkout.
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(u"bash"_s, {SchemaDir + u"/install.sh"_s});
    if (!install.waitForFinished(240000)) {
        install.kill();
        install.waitForFinished(5000);
        *why = u"tests/schema/install.sh did not finish within 240 s"_s;
        return false;
    }
    const QString output = QString::fromLocal8Bit(install.readAll());
    if (install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0) {
        *why = u"tests/schema/install.sh failed:\n"_s + output;
        return false;
    }
    *why = output;
    return true;
}

void SchemaTest::initTestCase()
{
    QVERIFY2(QFileInfo::exists(SpecDir + u"/pod/pod-api-public.yaml"_s),
        qPrintable(u"The official OpenAPI files are missing: no "_s + SpecDir
            + u"/pod/pod-api-public.yaml (the vendored third_party/symphony-api-spec)"_s));

    const QString prismScript = SchemaDir + u"/node_modules/@stoplight/prism-cli/dist/index.js"_s;
    QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString stamp = SchemaDir + u"/node_modules/.install-stamp"_s;
    if (node.isEmpty() || !QFileInfo::exists(prismScript) || !QFileInfo::exists(stamp)) {
        QString installLog;
        QVERIFY2(installValidator(&installLog), qPrintable(installLog));
        node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            QSKIP(qPrintable(u"Node.js is not installed and tests/schema/install.sh could not install it "
                             "(it needs root or password-less sudo for apt-get install nodejs npm):\n"_s
                + installLog));
        QVERIFY2(QFileInfo::exists(prismScript),
            qPrintable(u"Prism is still missing after install.sh:\n"_s + installLog));
    }

    Inspector::DemoPod::Config config;
    config.longPollMs = 300; // the empty datafeed read answers quickly
    m_server = std::make_unique<Inspector::DemoPod::Server>(config);
    QString error;
    INSPECTOR_VERIFY_OK(m_server->start());

    // Certificate authentication needs TLS and a client certificate, which Prism cannot present
    // upstream: a second, small demo pod on HTTPS behind a TlsBridge that presents one.
    Inspector::DemoPod::Config tlsConfig;
    tlsConfig.tls = true;
    tlsConfig.streams = 0;
    tlsConfig.messagesPerStream = 12;
    m_tlsServer = std::make_unique<Inspector::DemoPod::Server>(tlsConfig);
    INSPECTOR_VERIFY_OK(m_tlsServer->start());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(Inspector::DemoPod::Server::tlsCertificate());
    const QList<QSslCertificate> clientCert
        = QSslCertificate::fromPath(QStringLiteral(INSPECTOR_TEST_DATA "/keys/client.pem"));
    QFile clientKey(QStringLiteral(INSPECTOR_TEST_DATA "/keys/client.key"));
    QVERIFY(clientCert.size() == 1 && clientKey.open(QIODevice::ReadOnly));
    tls.setLocalCertificate(clientCert.first());
    tls.setPrivateKey(QSslKey(clientKey.readAll(), QSsl::Rsa));
    QVERIFY(!tls.privateKey().isNull());
    m_bridge = std::make_unique<TlsBridge>(m_tlsServer->baseUrl(), tls);
    QVERIFY2(m_bridge->listen(&error), qPrintable(error));

    // One Prism per spec file and service: login and relay share the login spec, session and key
    // authentication the authenticator spec. Swagger 2 basePath and OpenAPI 3 server paths are not
    // part of Prism's routes, so each proxy's upstream carries the service context and the client
    // talks to the proxies with an empty context ("/").
    const auto upstream = [](const QUrl &origin, Service service) {
        QUrl u = origin;
        u.setPath(ServiceUrls::standardContext(service));
        return u;
    };
    struct Spec
    {
        Service service;
        QString file;
        QUrl origin;
    };
    const QList<Spec> specs = {
        {Service::Pod, u"pod/pod-api-public.yaml"_s, m_server->baseUrl()},
        {Service::Agent, u"agent/agent-api-public.yaml"_s, m_server->baseUrl()},
        {Service::Login, u"login/login-api-public.yaml"_s, m_server->baseUrl()},
        {Service::KeyManager, u"login/login-api-public.yaml"_s, m_server->baseUrl()},
        {Service::SessionAuth, u"authenticator/authenticator-api-public.yaml"_s, m_bridge->url()},
        {Service::KeyAuth, u"authenticator/authenticator-api-public.yaml"_s, m_bridge->url()},
    };
    for (const Spec &spec : specs) {
        m_proxies.emplace_back(spec.service,
            std::make_unique<PrismProxy>(ServiceUrls::serviceName(spec.service), node, prismScript,
                SpecDir + u'/' + spec.file, upstream(spec.origin, spec.service)));
        m_proxies.back().second->start();
    }
    const auto allUp = [this] {
        return std::all_of(
            m_proxies.cbegin(), m_proxies.cend(), [](const auto &p) { return p.second->isListening(); });
    };
    const auto anyEnded = [this] {
        return std::any_of(
            m_proxies.cbegin(), m_proxies.cend(), [](const auto &p) { return p.second->hasEnded(); });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        allUp() || anyEnded(), qPrintable(u"Prism did not start within 90 s:\n"_s + proxyOutputs()), 90000);
    QVERIFY2(!anyEnded(), qPrintable(u"Prism stopped while starting:\n"_s + proxyOutputs()));

    const auto proxyUrl = [this](Service service) {
        for (const auto &[s, proxy] : m_proxies) {
            if (s == service)
                return u"http://127.0.0.1:%1/"_s.arg(proxy->port());
        }
        return QString();
    };
    ServiceUrls::Input input;
    input.pod = proxyUrl(Service::Pod);
    input.agent = proxyUrl(Service::Agent);
    input.login = proxyUrl(Service::Login);
    input.keyManager = proxyUrl(Service::KeyManager);
    input.sessionAuth = proxyUrl(Service::SessionAuth);
    input.keyAuth = proxyUrl(Service::KeyAuth);
    const Inspector::Result<ServiceUrls> urls = ServiceUrls::resolve(input);
    QVERIFY2(urls.ok(), qPrintable(urls.error().message()));
    m_urls = urls.value();

    // Log in through the proxies: these answers are checked again by their own rows.
    const Exchange login = send(Requests::rsaSessionAuth(botJwt()));
    QVERIFY2(login.status == 200 && findings(login).isEmpty(), qPrintable(describe({}, login)));
    m_sessionToken = QJsonDocument::fromJson(login.body)[u"token"_s].toString().toUtf8();
    const Exchange relay = send(Requests::rsaKeyManagerAuth(botJwt()));
    QVERIFY2(relay.status == 200 && findings(relay).isEmpty(), qPrintable(describe({}, relay)));
    m_keyManagerToken = QJsonDocument::fromJson(relay.body)[u"token"_s].toString().toUtf8();
    QVERIFY(!m_sessionToken.isEmpty());
    QVERIFY(!m_keyManagerToken.isEmpty());
}

void SchemaTest::cleanupTestCase()
{
    m_proxies.clear();
    m_bridge.reset();
    if (m_tlsServer)
        m_tlsServer->stop();
    if (m_server)
        m_server->stop();
}

void SchemaTest::init()
{
    for (const auto &server : {m_server.get(), m_tlsServer.get()}) {
        if (server) {
            server->clearFaults();
            server->clearRequestLog();
        }
    }
}

Exchange SchemaTest::send(const ApiRequest &request)
{
    // The headers ApiClient sends (models/api/apiclient.cpp), so Prism judges the client's requests too.
    QNetworkRequest req(m_urls->url(request.service, request.path, request.query));
    req.setRawHeader("Accept", "application/json");
    if (request.hasBody)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (request.auth != ApiRequest::Auth::None)
        req.setRawHeader("sessionToken", m_sessionToken);
    if (request.auth == ApiRequest::Auth::SessionAndKeyManager)
        req.setRawHeader("keyManagerToken", m_keyManagerToken);
    req.setTransferTimeout(CallTimeoutMs);

    QNetworkReply *reply = nullptr;
    switch (request.method) {
    case ApiRequest::Method::Get:
        reply = m_nam.get(req);
        break;
    case ApiRequest::Method::Post:
        reply = m_nam.post(req, request.body);
        break;
    case ApiRequest::Method::Delete:
        reply = m_nam.deleteResource(req);
        break;
    }
    std::unique_ptr<QNetworkReply> owner(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(CallTimeoutMs + 5000);

    Exchange e;
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.contentType = reply->rawHeader("Content-Type");
    e.violationsHeader = reply->rawHeader("sl-violations");
    e.body = reply->readAll();
    if (!reply->isFinished())
        e.networkError = u"no answer within %1 ms"_s.arg(CallTimeoutMs + 5000);
    else if (e.status == 0)
        e.networkError = reply->errorString();
    return e;
}

QStringList SchemaTest::findings(const Exchange &e)
{
    QStringList out;
    if (!e.networkError.isEmpty())
        out << u"network error: "_s + e.networkError;
    if (!e.violationsHeader.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(e.violationsHeader);
        if (!doc.isArray()) {
            out << u"sl-violations: "_s + QString::fromUtf8(e.violationsHeader); // "Too many violations! ..."
        } else {
            for (const QJsonValue &v : doc.array()) {
                QStringList location;
                for (const QJsonValue &part : v[u"location"_s].toArray())
                    location << part.toVariant().toString();
                out << u"%1 [%2%3]: %4"_s.arg(location.join(u'.'), v[u"severity"_s].toString(),
                    v[u"code"_s].isUndefined() ? QString() : u", "_s + v[u"code"_s].toVariant().toString(),
                    v[u"message"_s].toString());
            }
        }
    }
    // Prism's own errors (no route in the spec, upstream unreachable, ...) are never the pod's answer.
    if (e.contentType.startsWith("application/problem+json")) {
        const QJsonDocument problem = QJsonDocument::fromJson(e.body);
        const QString type = problem[u"type"_s].toString();
        if (type.startsWith("https://stoplight.io/prism/errors#"_L1) && !type.endsWith("#VIOLATIONS"_L1))
            out << u"prism: %1: %2"_s.arg(problem[u"title"_s].toString(), problem[u"detail"_s].toString());
    }
    return out;
}

QString SchemaTest::describe(const ApiRequest &request, const Exchange &e)
{
    QString text = u"%1 %2 -> HTTP %3 (%4)"_s.arg(QString::fromLatin1(ApiRequest::methodName(request.method)),
        request.path, QString::number(e.status), QString::fromLatin1(e.contentType));
    const QStringList found = findings(e);
    if (!found.isEmpty())
        text += u"\n  "_s + found.join(u"\n  "_s);
    text += u"\n  body: "_s + QString::fromUtf8(e.body.left(1500));
    return text;
}

QString SchemaTest::proxyOutputs() const
{
    QString text;
    for (const auto &p : m_proxies)
        text += u"--- prism for the %1 service:\n"_s.arg(p.second->name()) + p.second->output() + u'\n';
    return text;
}

Inspector::DemoPod::Server *SchemaTest::serverFor(Service service) const
{
    const bool tls = service == Service::SessionAuth || service == Service::KeyAuth;
    return tls ? m_tlsServer.get() : m_server.get();
}

std::optional<int> SchemaTest::upstreamStatus(Service service, const QString &path, QString *why) const
{
    const auto log = serverFor(service)->requestLog();
    QStringList seen;
    std::optional<int> status;
    for (const auto &entry : log) {
        seen << QString::fromLatin1(entry.method) + u' ' + entry.path;
        if (entry.path == path)
            status = entry.status;
    }
    if (!status || log.size() != 1)
        *why = u"the demo pod should have received exactly one request for %1, it received: %2"_s.arg(
            path, seen.isEmpty() ? u"none"_s : seen.join(u", "_s));
    return log.size() == 1 ? status : std::nullopt;
}

void SchemaTest::endpoint_data()
{
    QTest::addColumn<int>("index");
    const QList<Call> &list = calls();
    for (int i = 0; i < list.size(); ++i)
        QTest::newRow(list[i].name) << i;
}

void SchemaTest::endpoint()
{
    QFETCH(int, index);
    const Call &call = calls()[index];
    const ApiRequest request = call.request(m_state);
    if (request.path.contains(u"//"_s) || request.path.endsWith(u'/'))
        QFAIL("this row needs the datafeed id that the row \"datafeed create\" failed to learn");
    const Exchange e = send(request);
    const QString details = describe(request, e);

    QStringList found = findings(e);
    if (!call.specDefects.isEmpty()) {
        // Prism must have found exactly the spec's own defect, nothing else.
        QStringList unexpected;
        for (const QString &line : std::as_const(found)) {
            const bool known = std::any_of(
                call.specDefects.cbegin(), call.specDefects.cend(), [&line](const SpecDefect &d) {
                    return line.startsWith(d.location + u" ["_s) && line.contains(d.messagePart);
                });
            if (!known)
                unexpected << line;
        }
        found = unexpected;
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"the answer does not conform to the OpenAPI file:\n"_s + details));
    if (call.specDefects.isEmpty())
        QVERIFY2(e.status == call.status, qPrintable(u"expected HTTP %1\n"_s.arg(call.status) + details));

    // The answer came from the demo pod, not from Prism, with the normal status.
    QString why;
    const std::optional<int> upstream
        = upstreamStatus(request.service, ServiceUrls::standardContext(request.service) + request.path, &why);
    QVERIFY2(upstream, qPrintable(why));
    QCOMPARE(*upstream, call.status);

    if (call.remember)
        QVERIFY2(call.remember(QJsonDocument::fromJson(e.body), &m_state),
            qPrintable(u"the answer lacks what the next rows need\n"_s + details));
}

void SchemaTest::violationIsReported_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QString>("pathPattern");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("location");

    QTest::newRow("number as a string")
        << Requests::sessionInfo() << u"/pod/v2/sessioninfo"_s
        << QByteArray(R"({"id":"8933531976685","username":"export-bot"})") << u"response.body.id"_s;
    QTest::newRow("object instead of an array") << Requests::streams({}, 0, 100) << u"/pod/v1/streams/list"_s
                                                << QByteArray(R"({"streams":[]})") << u"response.body"_s;
    QTest::newRow("required field missing")
        << Requests::receipts(QString::fromLatin1(Demo::M1Id), {}) << u"/pod/v1/admin/messages/.*/receipts"_s
        << QByteArray(R"({"readReceiptCount":2,"pagination":{"next":"x"}})") << u"response.body.pagination"_s;
    QTest::newRow("message list item of the wrong type")
        << Requests::messages(QString::fromLatin1(Demo::ImStreamId), 0, std::nullopt, 0, 10)
        << u"/agent/v4/stream/.*/message"_s << QByteArray(R"([{"messageId":"x","timestamp":"yesterday"}])")
        << u"response.body.0.timestamp"_s;
    QTest::newRow("token as a number, behind the TLS bridge")
        << Requests::certSessionAuth() << u"/sessionauth/v1/authenticate"_s
        << QByteArray(R"({"name":"sessionToken","token":5})") << u"response.body.token"_s;
    QTest::newRow("HTML instead of JSON") << Requests::health() << u"/agent/v3/health"_s
                                          << QByteArray("<html><body>OK</body></html>") << u"response"_s;
}

void SchemaTest::violationIsReported()
{
    // The demo pod's fault injection answers 200 with a body that breaks the schema: the same
    // check the endpoint rows rely on must report it.
    QFETCH(ApiRequest, request);
    QFETCH(QString, pathPattern);
    QFETCH(QByteArray, body);
    QFETCH(QString, location);

    Fault fault;
    fault.method = ApiRequest::methodName(request.method);
    fault.pathPattern = pathPattern;
    fault.kind = Fault::Kind::Status;
    fault.status = 200;
    fault.body = body;
    serverFor(request.service)->addFault(fault);

    const Exchange e = send(request);
    const QString details = describe(request, e);
    QVERIFY2(
        serverFor(request.service)->faults().isEmpty(), qPrintable(u"the fault was not used\n"_s + details));
    const QStringList found = findings(e);
    QVERIFY2(!found.isEmpty(), qPrintable(u"the schema violation went unnoticed\n"_s + details));
    const bool atLocation = std::any_of(found.cbegin(), found.cend(),
        [&location](const QString &line) { return line.startsWith(location + u" [Error"_s); });
    QVERIFY2(atLocation, qPrintable(u"expected an Error at "_s + location + u'\n' + details));
    QCOMPARE(e.status, 500); // --errors: Prism replaces the broken answer
}

INSPECTOR_TEST_GUILESS_MAIN(SchemaTest)
#include "tst_schema.moc"
