// SPDX-License-Identifier: Apache-2.0
// The demo pod over real HTTP: authentication, every endpoint's shape, paging, the data set,
// datafeeds, faults, the request log, TLS and the standalone program.
#include "common/testsuite.h"
#include "demodata.h"
#include "demopodserver.h"
#include "standalonepod.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QXmlStreamReader>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Inspector::DemoPod;
using Inspector::Result;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Response
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct MdDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

/** A fresh RSA key pair (PEM private PKCS#8, PEM public SPKI), made by OpenSSL in the test. */
QPair<QByteArray, QByteArray> generateKeyPair()
{
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key(EVP_RSA_gen(2048));
    std::unique_ptr<BIO, BioDeleter> priv(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioDeleter> pub(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_PUBKEY(pub.get(), key.get());
    return {bioText(priv.get()), bioText(pub.get())};
}

QByteArray rs512(const QByteArray &privatePem, const QByteArray &input)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(privatePem.constData(), int(privatePem.size())));
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return {};
    std::unique_ptr<EVP_MD_CTX, MdDeleter> ctx(EVP_MD_CTX_new());
    EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha512(), nullptr, key.get());
    size_t size = 0;
    EVP_DigestSign(ctx.get(), nullptr, &size, reinterpret_cast<const unsigned char *>(input.constData()),
        size_t(input.size()));
    QByteArray signature(int(size), '\0');
    EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
        reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    signature.resize(int(size));
    return signature;
}

QByteArray makeJwt(const QByteArray &privatePem, const QString &sub, qint64 exp,
    const QByteArray &header = R"({"alg":"RS512"})")
{
    const QJsonObject claims {{u"sub"_s, sub}, {u"exp"_s, exp}};
    const QByteArray input
        = b64url(header) + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + b64url(rs512(privatePem, input));
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QByteArray tokenBody(const QByteArray &jwt)
{
    return QJsonDocument(QJsonObject {{u"token"_s, QString::fromLatin1(jwt)}}).toJson(QJsonDocument::Compact);
}

/** Checks that PresentationML is well-formed XML and that each data-entity-id is in `data`. */
QString checkPresentation(const QJsonObject &message)
{
    const QString markup = message.value(u"message"_s).toString();
    QXmlStreamReader xml(markup);
    QStringList entityIds;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.attributes().hasAttribute(u"data-entity-id"_s))
            entityIds.append(xml.attributes().value(u"data-entity-id"_s).toString());
    }
    if (xml.hasError())
        return u"not well-formed: "_s + xml.errorString();
    if (!markup.startsWith(u"<div data-format=\"PresentationML\" data-version=\"2.0\""_s))
        return u"wrong root element"_s;
    const QJsonObject data = QJsonDocument::fromJson(message.value(u"data"_s).toString().toUtf8()).object();
    for (const QString &id : entityIds) {
        if (!data.contains(id))
            return u"entity "_s + id + u" missing from data"_s;
    }
    if (data.size() != entityIds.size())
        return u"data has entities that the markup does not use"_s;
    return {};
}

} // namespace

class DemoPodTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void authAccepted();
    void authRejected_data();
    void authRejected();
    void registeredUserKey();
    void certAuthNeedsTls();
    void tokenChecks_data();
    void tokenChecks();
    void tokenExpiry();
    void simplifiedKeyDelivery();

    void endpointShapes_data();
    void endpointShapes();
    void badRequests_data();
    void badRequests();
    void routing();

    void streamsListPaging();
    void adminStreamsList();
    void adminUserStreams();
    void roomAndStreamInfo();
    void roomSearch();
    void memberships();

    void historyWalk_data();
    void historyWalk();
    void sharedTimestampBoundary();
    void historyWindows();
    void namedMessages();
    void fillerMessagesAreValid();
    void crossPodDuplicate();
    void oneMessage();

    void search();
    void searchErrors_data();
    void searchErrors();

    void receiptsPaging();
    void receiptsOthers();
    void messageStatus();
    void attachmentList();
    void attachmentDownload();
    void signalsEndpoints();
    void usersLookup();
    void health();

    void datafeedProtocol();
    void datafeedLifecycle();
    void datahose_data();
    void datahose();

    void faults_data();
    void faults();
    void faultCountSkipAndMethod();
    void expiredFault();
    void staleFeedFault();
    void redirectFault();
    void controlApi();
    void requestLog();

    void lazyMillionMessages();
    void tls();
    void stopWithPendingReply();
    void standaloneProgram();

private:
    Response send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
        const QByteArray &body = {}, const Headers &headers = {}, const QUrl &base = {},
        QNetworkAccessManager *nam = nullptr);
    Response pod(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
        const QByteArray &body = {});
    Response agent(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
        const QByteArray &body = {});
    QPair<QByteArray, QByteArray> login(const QUrl &base, QNetworkAccessManager *nam = nullptr);
    QJsonArray history(const QString &streamId, qint64 since, int skip, int limit, int *status = nullptr);

    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_session;
    QByteArray m_km;
    Config m_config;
    std::optional<QSslConfiguration> m_ssl;
};

Response DemoPodTest::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QByteArray &body, const Headers &headers, const QUrl &base, QNetworkAccessManager *nam)
{
    QUrl url = base.isEmpty() ? m_server->baseUrl() : base;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkAccessManager *manager = nam ? nam : &m_nam;
    // QNAM only knows that a HEAD answer has no body when it is sent as a real HEAD.
    QNetworkReply *reply
        = method == "HEAD" ? manager->head(request) : manager->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response r;
    if (!reply->isFinished() && !finished.wait(30000)) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return r;
    }
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

Response DemoPodTest::pod(
    const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    return send(method, path, query, body, {{"sessionToken", m_session}});
}

Response DemoPodTest::agent(
    const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    return send(method, path, query, body, {{"sessionToken", m_session}, {"keyManagerToken", m_km}});
}

QPair<QByteArray, QByteArray> DemoPodTest::login(const QUrl &base, QNetworkAccessManager *nam)
{
    const QByteArray jwt = makeJwt(Server::botPrivateKeyPem(), Server::botUsername(), nowSecs() + 240);
    const Response session = send("POST", u"/login/pubkey/authenticate"_s, {}, tokenBody(jwt), {}, base, nam);
    const Response km = send("POST", u"/relay/pubkey/authenticate"_s, {}, tokenBody(jwt), {}, base, nam);
    return {session.object().value(u"token"_s).toString().toLatin1(),
        km.object().value(u"token"_s).toString().toLatin1()};
}

QJsonArray DemoPodTest::history(const QString &streamId, qint64 since, int skip, int limit, int *status)
{
    QUrlQuery q;
    q.addQueryItem(u"since"_s, QString::number(since));
    q.addQueryItem(u"skip"_s, QString::number(skip));
    q.addQueryItem(u"limit"_s, QString::number(limit));
    const Response r = agent("GET", u"/agent/v4/stream/"_s + streamId + u"/message"_s, q);
    if (status)
        *status = r.status;
    return r.array();
}

void DemoPodTest::initTestCase()
{
    m_config.longPollMs = 300;
    m_server = std::make_unique<Server>(m_config);
    INSPECTOR_VERIFY_OK(m_server->start());
    QVERIFY(m_server->baseUrl().toString().startsWith(u"http://127.0.0.1:"_s));
    const auto tokens = login(m_server->baseUrl());
    m_session = tokens.first;
    m_km = tokens.second;
    QVERIFY(!m_session.isEmpty());
    QVERIFY(!m_km.isEmpty());
}

void DemoPodTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void DemoPodTest::cleanup()
{
    m_server->clearFaults();
}

void DemoPodTest::cleanupTestCase()
{
    m_server.reset();
}

// --- Authentication -----------------------------------------------------------------------------

void DemoPodTest::authAccepted()
{
    const QByteArray jwt = makeJwt(Server::botPrivateKeyPem(), u"export-bot"_s, nowSecs() + 240);
    Response r = send("POST", u"/login/pubkey/authenticate"_s, {}, tokenBody(jwt));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"name"_s).toString(), u"sessionToken"_s);
    const QString session = r.object().value(u"token"_s).toString();
    QVERIFY(session.startsWith(u"eyJ"_s));
    // The session token is a JWT whose claims announce (no) simplified key delivery.
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(session.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
                                   .object();
    QCOMPARE(claims.value(u"sub"_s).toString(), u"export-bot"_s);
    QCOMPARE(claims.value(u"canUseSimplifiedKeyDelivery"_s).toBool(true), false);

    // BDK-Py style header with "typ" is accepted too.
    const QByteArray withTyp = makeJwt(
        Server::botPrivateKeyPem(), u"export-bot"_s, nowSecs() + 299, R"({"alg":"RS512","typ":"JWT"})");
    r = send("POST", u"/relay/pubkey/authenticate"_s, {}, tokenBody(withTyp));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"name"_s).toString(), u"keyManagerToken"_s);
    QVERIFY(
        QRegularExpression(u"^[0-9a-f]{128}$"_s).match(r.object().value(u"token"_s).toString()).hasMatch());

    r = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, {{"sessionToken", session.toLatin1()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"id"_s).toInteger(), Demo::BotId);
    QCOMPARE(r.object().value(u"accountType"_s).toString(), u"SYSTEM"_s);
}

void DemoPodTest::authRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray bot = Server::botPrivateKeyPem();
    const QByteArray other = generateKeyPair().first;
    const qint64 now = nowSecs();
    QTest::newRow("bad signature") << tokenBody(makeJwt(other, u"export-bot"_s, now + 240));
    QTest::newRow("unknown sub") << tokenBody(makeJwt(bot, u"nobody"_s, now + 240));
    QTest::newRow("user without key") << tokenBody(makeJwt(bot, u"aadams"_s, now + 240));
    QTest::newRow("exp too far") << tokenBody(makeJwt(bot, u"export-bot"_s, now + 400));
    QTest::newRow("expired") << tokenBody(makeJwt(bot, u"export-bot"_s, now - 5));
    QTest::newRow("alg HS512") << tokenBody(makeJwt(bot, u"export-bot"_s, now + 240, R"({"alg":"HS512"})"));
    QTest::newRow("alg none") << tokenBody(makeJwt(bot, u"export-bot"_s, now + 240, R"({"alg":"none"})"));
    QByteArray tampered = makeJwt(bot, u"export-bot"_s, now + 240);
    const QList<QByteArray> parts = tampered.split('.');
    tampered = parts.at(0) + '.'
        + b64url(R"({"sub":"export-bot","exp":)" + QByteArray::number(now + 200) + "}") + '.' + parts.at(2);
    QTest::newRow("tampered claims") << tokenBody(tampered);
    QTest::newRow("not a jwt") << tokenBody("abc");
    QTest::newRow("two parts") << tokenBody("abc.def");
    QTest::newRow("token not a string") << QByteArray(R"({"token":42})");
    QTest::newRow("no token") << QByteArray(R"({})");
    QTest::newRow("body not json") << QByteArray("token=abc");
    QTest::newRow("empty body") << QByteArray();
}

void DemoPodTest::authRejected()
{
    QFETCH(QByteArray, body);
    for (const QString &path : {u"/login/pubkey/authenticate"_s, u"/relay/pubkey/authenticate"_s}) {
        const Response r = send("POST", path, {}, body);
        QCOMPARE(r.status, 401);
        QCOMPARE(
            r.object(), (QJsonObject {{u"code"_s, 401}, {u"message"_s, u"Invalid authentication token"_s}}));
    }
}

void DemoPodTest::registeredUserKey()
{
    const auto [privatePem, publicPem] = generateKeyPair();
    const QByteArray jwt = makeJwt(privatePem, u"aadams"_s, nowSecs() + 240);
    QCOMPARE(send("POST", u"/login/pubkey/authenticate"_s, {}, tokenBody(jwt)).status, 401);

    const Result<> unknownUser = m_server->addUserPublicKey(u"nobody"_s, publicPem);
    QVERIFY(!unknownUser.ok());
    QVERIFY(unknownUser.error().message().contains(u"nobody"_s));
    const Result<> badKey = m_server->addUserPublicKey(
        u"aadams"_s, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    QVERIFY(!badKey.ok());
    QVERIFY(!badKey.error().message().isEmpty());
    INSPECTOR_VERIFY_OK(m_server->addUserPublicKey(u"aadams"_s, publicPem));

    const Response r = send("POST", u"/login/pubkey/authenticate"_s, {}, tokenBody(jwt));
    QCOMPARE(r.status, 200);
    const QByteArray session = r.object().value(u"token"_s).toString().toLatin1();
    const Response info = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, {{"sessionToken", session}});
    QCOMPARE(info.object().value(u"id"_s).toInteger(), Demo::AliceId);
    QCOMPARE(info.object().value(u"username"_s).toString(), u"aadams"_s);
    // Alice is no admin.
    const Response admin
        = send("POST", u"/pod/v2/admin/streams/list"_s, {}, "{}", {{"sessionToken", session}});
    QCOMPARE(admin.status, 403);
    // Her own stream list includes the compliance room the bot cannot see.
    const Response streams = send("POST", u"/pod/v1/streams/list"_s, {}, "{}", {{"sessionToken", session}});
    QCOMPARE(streams.status, 200);
    QStringList ids;
    for (const QJsonValue &s : streams.array())
        ids.append(s.toObject().value(u"id"_s).toString());
    QVERIFY(ids.contains(str(Demo::ComplianceStreamId)));
}

void DemoPodTest::certAuthNeedsTls()
{
    for (const QString &path : {u"/sessionauth/v1/authenticate"_s, u"/keyauth/v1/authenticate"_s}) {
        const Response r = send("POST", path);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(u"code"_s).toInt(), 401);
    }
}

void DemoPodTest::tokenChecks_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("session");
    QTest::addColumn<QByteArray>("km");
    QTest::addColumn<int>("status");
    const QByteArray s = "SESSION";
    const QByteArray k = "KM";
    QTest::newRow("pod without token")
        << QByteArray("GET") << u"/pod/v2/sessioninfo"_s << QString() << QByteArray() << QByteArray() << 401;
    QTest::newRow("pod unknown token") << QByteArray("GET") << u"/pod/v2/sessioninfo"_s << QString()
                                       << QByteArray("eyJnope") << QByteArray() << 401;
    QTest::newRow("pod km token as session")
        << QByteArray("GET") << u"/pod/v2/sessioninfo"_s << QString() << k << QByteArray() << 401;
    QTest::newRow("pod ok") << QByteArray("GET") << u"/pod/v2/sessioninfo"_s << QString() << s << QByteArray()
                            << 200;
    const QString history = u"/agent/v4/stream/"_s + str(Demo::ImStreamId) + u"/message"_s;
    QTest::newRow("agent without km")
        << QByteArray("GET") << history << u"since=0"_s << s << QByteArray() << 401;
    QTest::newRow("agent bad km") << QByteArray("GET") << history << u"since=0"_s << s << QByteArray("00ff")
                                  << 401;
    QTest::newRow("agent without session")
        << QByteArray("GET") << history << u"since=0"_s << QByteArray() << k << 401;
    QTest::newRow("agent ok") << QByteArray("GET") << history << u"since=0"_s << s << k << 200;
    QTest::newRow("health no token") << QByteArray("GET") << u"/agent/v3/health"_s << QString()
                                     << QByteArray() << QByteArray() << 200;
    QTest::newRow("extended health no token") << QByteArray("GET") << u"/agent/v3/health/extended"_s
                                              << QString() << QByteArray() << QByteArray() << 200;
    QTest::newRow("info no token") << QByteArray("GET") << u"/agent/v1/info"_s << QString() << QByteArray()
                                   << QByteArray() << 200;
}

void DemoPodTest::tokenChecks()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, session);
    QFETCH(QByteArray, km);
    QFETCH(int, status);
    Headers headers;
    if (!session.isEmpty())
        headers.append(
            {"sessionToken", session == "SESSION" ? m_session : (session == "KM" ? m_km : session)});
    if (!km.isEmpty())
        headers.append({"keyManagerToken", km == "KM" ? m_km : km});
    const Response r = send(method, path, QUrlQuery(query), {}, headers);
    QCOMPARE(r.status, status);
    if (status == 401)
        QCOMPARE(r.object().value(u"code"_s).toInt(), 401);
}

void DemoPodTest::tokenExpiry()
{
    Config config;
    config.streams = 2;
    config.tokenTtlMs = 400;
    Server server(config);
    INSPECTOR_VERIFY_OK(server.start());
    const auto [session, km] = login(server.baseUrl());
    const Headers h {{"sessionToken", session}, {"keyManagerToken", km}};
    QCOMPARE(send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, h, server.baseUrl()).status, 200);
    QTest::qWait(600);
    const Response r = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, h, server.baseUrl());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object().value(u"message"_s).toString(), u"Invalid session"_s);
    const auto fresh = login(server.baseUrl());
    QCOMPARE(send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, {{"sessionToken", fresh.first}}, server.baseUrl())
                 .status,
        200);
}

void DemoPodTest::simplifiedKeyDelivery()
{
    Config config;
    config.streams = 1;
    config.requireKeyManagerToken = false;
    Server server(config);
    INSPECTOR_VERIFY_OK(server.start());
    const QByteArray session = login(server.baseUrl()).first;
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(session.split('.').value(1), QByteArray::Base64UrlEncoding))
                                   .object();
    QCOMPARE(claims.value(u"canUseSimplifiedKeyDelivery"_s).toBool(), true);
    const Response r = send("GET", u"/agent/v4/stream/"_s + str(Demo::ImStreamId) + u"/message"_s,
        QUrlQuery(u"since=0"_s), {}, {{"sessionToken", session}}, server.baseUrl());
    QCOMPARE(r.status, 200);
}

// --- Shapes and errors ---------------------------------------------------------------------------

void DemoPodTest::endpointShapes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("keys"); // of the object, or of the first array element

    const QString rates = str(Demo::RatesDeskStreamId);
    const QString im = str(Demo::ImStreamId);
    const QString m1 = str(Demo::M1Id);
    auto row = [](const char *name, const char *method, const QString &path, const QString &query,
                   const QByteArray &body, int status, const QStringList &keys) {
        QTest::newRow(name) << QByteArray(method) << path << query << body << status << keys;
    };
    row("agent info", "GET", u"/agent/v1/info"_s, {}, {}, 200,
        {u"ipAddress"_s, u"hostname"_s, u"serverFqdn"_s, u"version"_s, u"url"_s, u"onPrem"_s, u"mt"_s,
            u"commitId"_s});
    row("health", "GET", u"/agent/v3/health"_s, {}, {}, 200, {u"status"_s});
    row("extended health", "GET", u"/agent/v3/health/extended"_s, {}, {}, 200,
        {u"status"_s, u"version"_s, u"services"_s, u"users"_s});
    row("session info", "GET", u"/pod/v2/sessioninfo"_s, {}, {}, 200,
        {u"id"_s, u"emailAddress"_s, u"displayName"_s, u"username"_s, u"accountType"_s});
    row("streams list", "POST", u"/pod/v1/streams/list"_s, u"skip=0&limit=5"_s, "{}", 200,
        {u"id"_s, u"crossPod"_s, u"active"_s, u"streamType"_s, u"streamAttributes"_s});
    row("admin streams list", "POST", u"/pod/v2/admin/streams/list"_s, u"limit=10"_s, "{}", 200,
        {u"count"_s, u"skip"_s, u"limit"_s, u"filter"_s, u"streams"_s});
    row("admin user streams", "POST", u"/pod/v1/admin/user/8933531976681/streams/list"_s, {}, "{}", 200,
        {u"id"_s, u"streamType"_s});
    row("stream info", "GET", u"/pod/v2/streams/"_s + rates + u"/info"_s, {}, {}, 200,
        {u"id"_s, u"crossPod"_s, u"origin"_s, u"active"_s, u"lastMessageDate"_s, u"streamType"_s,
            u"roomAttributes"_s});
    row("room info", "GET", u"/pod/v3/room/"_s + rates + u"/info"_s, {}, {}, 200,
        {u"roomAttributes"_s, u"roomSystemInfo"_s});
    row("room search", "POST", u"/pod/v3/room/search"_s, {}, R"({"query":"rates"})", 200,
        {u"count"_s, u"skip"_s, u"limit"_s, u"query"_s, u"rooms"_s});
    row("room members", "GET", u"/pod/v2/room/"_s + rates + u"/membership/list"_s, {}, {}, 200,
        {u"id"_s, u"owner"_s, u"joinDate"_s});
    row("admin members", "GET", u"/pod/v1/admin/stream/"_s + rates + u"/membership/list"_s, {}, {}, 200,
        {u"count"_s, u"skip"_s, u"limit"_s, u"members"_s});
    row("history", "GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, u"since=0"_s, {}, 200,
        {u"messageId"_s, u"timestamp"_s, u"message"_s, u"data"_s, u"user"_s, u"stream"_s,
            u"externalRecipients"_s, u"userAgent"_s, u"originalFormat"_s, u"sid"_s});
    row("one message", "GET", u"/agent/v1/message/"_s + m1, {}, {}, 200,
        {u"messageId"_s, u"timestamp"_s, u"message"_s, u"data"_s, u"user"_s, u"stream"_s});
    row("search get", "GET", u"/agent/v1/message/search"_s, u"query=hashtag:rates"_s, {}, 200,
        {u"messageId"_s, u"message"_s});
    row("search post", "POST", u"/agent/v1/message/search"_s, {}, R"({"hashtag":"rates"})", 200,
        {u"messageId"_s, u"message"_s});
    row("receipts", "GET", u"/pod/v1/admin/messages/"_s + m1 + u"/receipts"_s, {}, {}, 200,
        {u"creator"_s, u"stream"_s, u"creationDate"_s, u"deliveryReceiptCount"_s, u"readReceiptCount"_s,
            u"emailNotificationCount"_s, u"downloadReceiptCounts"_s, u"MessageReceiptDetail"_s,
            u"pagination"_s});
    row("message status", "GET", u"/pod/v1/message/"_s + m1 + u"/status"_s, {}, {}, 200,
        {u"author"_s, u"read"_s, u"delivered"_s, u"sent"_s});
    row("attachment list", "GET", u"/pod/v1/streams/"_s + im + u"/attachments"_s, {}, {}, 200,
        {u"messageId"_s, u"ingestionDate"_s, u"userId"_s, u"fileId"_s, u"name"_s, u"size"_s, u"previews"_s});
    row("signals list", "GET", u"/agent/v1/signals/list"_s, {}, {}, 200,
        {u"id"_s, u"name"_s, u"query"_s, u"visibleOnProfile"_s, u"companyWide"_s, u"timestamp"_s});
    row("signal", "GET", u"/agent/v1/signals/"_s + str(Demo::FxSignalId) + u"/get"_s, {}, {}, 200,
        {u"id"_s, u"name"_s, u"query"_s});
    row("users", "GET", u"/pod/v3/users"_s, u"uid=8933531976681"_s, {}, 200, {u"users"_s});
    row("datafeeds", "GET", u"/agent/v5/datafeeds"_s, {}, {}, 200, {u"id"_s, u"createdAt"_s, u"type"_s});
}

void DemoPodTest::endpointShapes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, keys);
    const Response r = agent(method, path, QUrlQuery(query), body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(r.isJson());
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    QJsonObject object = doc.object();
    if (doc.isArray()) {
        QVERIFY(!doc.array().isEmpty());
        object = doc.array().first().toObject();
    }
    for (const QString &key : keys)
        QVERIFY2(object.contains(key), qPrintable(u"missing "_s + key));
}

void DemoPodTest::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // part of the message

    const QString rates = str(Demo::RatesDeskStreamId);
    const QString ratesStd = u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
    const QString history = u"/agent/v4/stream/"_s + rates + u"/message"_s;
    auto row = [](const char *name, const char *method, const QString &path, const QString &query,
                   const QByteArray &body, int status, const QString &message) {
        QTest::newRow(name) << QByteArray(method) << path << query << body << status << message;
    };
    row("history without since", "GET", history, {}, {}, 400, u"since"_s);
    row("history since not a number", "GET", history, u"since=yesterday"_s, {}, 400, u"since"_s);
    row("history limit 501", "GET", history, u"since=0&limit=501"_s, {}, 400, u"limit"_s);
    row("history limit 0", "GET", history, u"since=0&limit=0"_s, {}, 400, u"limit"_s);
    row("history negative skip", "GET", history, u"since=0&skip=-1"_s, {}, 400, u"skip"_s);
    row("unknown stream", "GET", u"/agent/v4/stream/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/message"_s,
        u"since=0"_s, {}, 400, u"Stream not found."_s);
    row("standard id in path", "GET", u"/agent/v4/stream/"_s + ratesStd + u"/message"_s, u"since=0"_s, {},
        400, u"Stream not found."_s);
    row("encoded standard id in path", "GET",
        u"/agent/v4/stream/WM4HarJ2K%2BcuwJqoNJVsgH%2F%2F%2FmSGkin%2FdA%3D%3D/message"_s, u"since=0"_s, {},
        400, u"Stream not found."_s);
    row("short id", "GET", u"/pod/v2/streams/abc/info"_s, {}, {}, 400, u"Stream not found."_s);
    row("stream info standard id", "GET", u"/pod/v2/streams/"_s + ratesStd + u"/info"_s, {}, {}, 400,
        u"Stream not found."_s);
    row("room info of an IM", "GET", u"/pod/v3/room/"_s + str(Demo::ImStreamId) + u"/info"_s, {}, {}, 400,
        u"not a room"_s);
    row("not a member", "GET", u"/pod/v2/streams/"_s + str(Demo::ComplianceStreamId) + u"/info"_s, {}, {},
        403, u"neither an admin nor a member"_s);
    row("history not a member", "GET", u"/agent/v4/stream/"_s + str(Demo::ComplianceStreamId) + u"/message"_s,
        u"since=0"_s, {}, 403, u"neither an admin nor a member"_s);
    row("streams list bad type", "POST", u"/pod/v1/streams/list"_s, {},
        R"({"streamTypes":[{"type":"CHAT"}]})", 400, u"stream type"_s);
    row("streams list bad body", "POST", u"/pod/v1/streams/list"_s, {}, "[1,2", 400, u"JSON"_s);
    row("streams list bad skip", "POST", u"/pod/v1/streams/list"_s, u"skip=x"_s, "{}", 400, u"skip"_s);
    row("admin list limit 101", "POST", u"/pod/v2/admin/streams/list"_s, u"limit=101"_s, "{}", 400,
        u"limit"_s);
    row("admin list POST type", "POST", u"/pod/v2/admin/streams/list"_s, {},
        R"({"streamTypes":[{"type":"POST"}]})", 400, u"stream type"_s);
    row("admin list bad status", "POST", u"/pod/v2/admin/streams/list"_s, {}, R"({"status":"DELETED"})", 400,
        u"status"_s);
    row("admin user not a number", "POST", u"/pod/v1/admin/user/alice/streams/list"_s, {}, "{}", 400,
        u"user id"_s);
    row("admin user unknown", "POST", u"/pod/v1/admin/user/123/streams/list"_s, {}, "{}", 400,
        u"User not found"_s);
    row("admin members limit 1001", "GET", u"/pod/v1/admin/stream/"_s + rates + u"/membership/list"_s,
        u"limit=1001"_s, {}, 400, u"limit"_s);
    row("room search without query", "POST", u"/pod/v3/room/search"_s, {}, R"({"active":true})", 400,
        u"query"_s);
    row("room search limit 101", "POST", u"/pod/v3/room/search"_s, u"limit=101"_s, R"({"query":""})", 400,
        u"limit"_s);
    row("receipts standard id", "GET",
        u"/pod/v1/admin/messages/yg3yyVqhRMHQ%2Fy%2FzyPln%2FX%2F%2F%2FmSB2ar%2FbQ%3D%3D/receipts"_s, {}, {},
        400, u"Invalid message id"_s);
    row("status unknown message", "GET", u"/pod/v1/message/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/status"_s, {},
        {}, 404, u"does not exist"_s);
    row("attachments limit 101", "GET", u"/pod/v1/streams/"_s + rates + u"/attachments"_s, u"limit=101"_s, {},
        400, u"limit"_s);
    row("attachments bad sortDir", "GET", u"/pod/v1/streams/"_s + rates + u"/attachments"_s, u"sortDir=UP"_s,
        {}, 400, u"sortDir"_s);
    row("download without fileId", "GET", u"/agent/v1/stream/"_s + str(Demo::ImStreamId) + u"/attachment"_s,
        u"messageId="_s + str(Demo::M5Id), {}, 400, u"fileId"_s);
    row("download unknown file", "GET", u"/agent/v1/stream/"_s + str(Demo::ImStreamId) + u"/attachment"_s,
        u"fileId=internal_130_9&messageId="_s + str(Demo::M5Id), {}, 400, u"Attachment not found"_s);
    row("download message of another stream", "GET", u"/agent/v1/stream/"_s + rates + u"/attachment"_s,
        u"fileId=internal_130_5001&messageId="_s + str(Demo::M5Id), {}, 400, u"not found in this stream"_s);
    row("download standard message id", "GET",
        u"/agent/v1/stream/"_s + str(Demo::ImStreamId) + u"/attachment"_s,
        u"fileId=internal_130_5001&messageId=tfIDHrYuN8bTgoezj4Ov6n%2F%2F%2FmSB1gF%2FbQ%3D%3D"_s, {}, 400,
        u"Invalid message id"_s);
    row("unknown signal", "GET", u"/agent/v1/signals/000000000000000000000000/get"_s, {}, {}, 400,
        u"Signal not found"_s);
    row("signals limit 0", "GET", u"/agent/v1/signals/list"_s, u"limit=0"_s, {}, 400, u"limit"_s);
    row("users no list", "GET", u"/pod/v3/users"_s, {}, {}, 400, u"Exactly one"_s);
    row("users two lists", "GET", u"/pod/v3/users"_s, u"uid=1&email=a@b.c"_s, {}, 400, u"Exactly one"_s);
    row("users local not boolean", "GET", u"/pod/v3/users"_s, u"uid=1&local=yes"_s, {}, 400, u"local"_s);
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(QString::number(Demo::AliceId + i));
    row("users 101 values", "GET", u"/pod/v3/users"_s, u"uid="_s + many.join(u','), {}, 400,
        u"At most 100"_s);
    row("feed tag too long", "POST", u"/agent/v5/datafeeds"_s, {},
        R"({"tag":")" + QByteArray(101, 't') + R"("})", 400, u"100"_s);
    row("read unknown feed", "POST", u"/agent/v5/datafeeds/nope_f/read"_s, {}, R"({"ackId":""})", 400,
        u"Datafeed nope_f not found"_s);
    row("delete unknown feed", "DELETE", u"/agent/v5/datafeeds/nope_f"_s, {}, {}, 400,
        u"Datafeed nope_f not found"_s);
}

void DemoPodTest::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Response r = agent(method, path, QUrlQuery(query), body);
    QCOMPARE(r.status, status);
    const QJsonObject error = r.object();
    QCOMPARE(error.value(u"code"_s).toInt(), status);
    QVERIFY2(error.value(u"message"_s).toString().contains(message, Qt::CaseInsensitive),
        qPrintable(error.value(u"message"_s).toString()));
}

void DemoPodTest::routing()
{
    Response r = agent("GET", u"/pod/v9/nothing"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(u"code"_s).toInt(), 404);
    r = agent("DELETE", u"/pod/v2/sessioninfo"_s);
    QCOMPARE(r.status, 405);
    // The literal search route wins over /agent/v1/message/{id}.
    r = agent("DELETE", u"/agent/v1/message/search"_s);
    QCOMPARE(r.status, 405);
    // HEAD gets the headers of the answer without its body.
    r = agent("HEAD", u"/agent/v3/health"_s);
    QCOMPARE(r.status, 405);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(agent("GET", u"/agent/v3/health"_s).status, 200); // the connection is still in step
    // The deprecated paths of the dlt page (§13) do not exist.
    QCOMPARE(agent("GET", u"/agent/v4/info"_s).status, 404);
    QCOMPARE(agent("GET", u"/agent/v1/signals"_s).status, 404);
    QCOMPARE(agent("GET", u"/pod/v1/message/"_s + str(Demo::M1Id) + u"/receipts"_s).status, 404);
}

// --- Streams -------------------------------------------------------------------------------------

void DemoPodTest::streamsListPaging()
{
    auto walk = [this](const QByteArray &filter, int limit) {
        QStringList ids;
        for (int skip = 0;; skip += limit) {
            QUrlQuery q;
            q.addQueryItem(u"skip"_s, QString::number(skip));
            q.addQueryItem(u"limit"_s, QString::number(limit));
            const Response r = pod("POST", u"/pod/v1/streams/list"_s, q, filter);
            if (r.status == 204) {
                [&] { QVERIFY(r.body.isEmpty()); }();
                break;
            }
            [&] { QCOMPARE(r.status, 200); }();
            for (const QJsonValue &s : r.array())
                ids.append(s.toObject().value(u"id"_s).toString());
            if (r.array().size() < limit)
                break;
        }
        return ids;
    };
    const int fillers = m_config.streams;
    const QStringList active = walk("{}", 50);
    QCOMPARE(active.size(), 5 + fillers); // IM, MIM, Rates Desk, Acme x Globex, wall + fillers
    QCOMPARE(QSet<QString>(active.cbegin(), active.cend()).size(), active.size());
    QCOMPARE(active.first(), str(Demo::ImStreamId));
    QVERIFY(!active.contains(str(Demo::OldProjectStreamId)));
    QVERIFY(!active.contains(str(Demo::ComplianceStreamId)));
    const QStringList all = walk(R"({"includeInactiveStreams":true})", 7);
    QCOMPARE(all.size(), 6 + fillers);
    QVERIFY(all.contains(str(Demo::OldProjectStreamId)));
    // Without a body at all the defaults apply.
    QCOMPARE(walk(QByteArray(), 100), active);

    const QStringList posts = walk(R"({"streamTypes":[{"type":"POST"}]})", 50);
    QCOMPARE(posts, QStringList {str(Demo::WallStreamId)});
    const QStringList rooms = walk(R"({"streamTypes":[{"type":"ROOM"}],"includeInactiveStreams":true})", 50);
    QCOMPARE(rooms.size(), 3 + fillers / 10);
    const Response one = pod("POST", u"/pod/v1/streams/list"_s, QUrlQuery(u"limit=1&skip=2"_s), "{}");
    QCOMPARE(one.array().size(), 1);
    const QJsonObject ratesDesk = one.array().first().toObject();
    QCOMPARE(ratesDesk.value(u"id"_s).toString(), str(Demo::RatesDeskStreamId));
    QCOMPARE(ratesDesk.value(u"streamType"_s).toObject().value(u"type"_s).toString(), u"ROOM"_s);
    QCOMPARE(ratesDesk.value(u"roomAttributes"_s).toObject().value(u"name"_s).toString(), u"Rates Desk"_s);
    QVERIFY(!ratesDesk.contains(u"streamAttributes"_s));
    QVERIFY(!ratesDesk.contains(u"isExternal"_s));
}

void DemoPodTest::adminStreamsList()
{
    QStringList ids;
    qint64 count = -1;
    for (int skip = 0;; skip += 100) {
        const Response r = pod("POST", u"/pod/v2/admin/streams/list"_s,
            QUrlQuery(u"limit=100&skip="_s + QString::number(skip)), "{}");
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        count = page.value(u"count"_s).toInteger();
        QCOMPARE(page.value(u"limit"_s).toInt(), 100);
        QCOMPARE(page.value(u"skip"_s).toInt(), skip);
        const QJsonArray streams = page.value(u"streams"_s).toArray();
        for (const QJsonValue &s : streams)
            ids.append(s.toObject().value(u"id"_s).toString());
        if (streams.size() < 100)
            break;
    }
    // Every stream except the POST wall, including the room the bot is not in.
    QCOMPARE(count, qint64(6 + m_config.streams));
    QCOMPARE(ids.size(), int(count));
    QVERIFY(ids.contains(str(Demo::ComplianceStreamId)));

    const Response inactive = pod("POST", u"/pod/v2/admin/streams/list"_s, {}, R"({"status":"INACTIVE"})");
    QCOMPARE(inactive.object().value(u"count"_s).toInteger(), 1);
    const QJsonObject old = inactive.object().value(u"streams"_s).toArray().first().toObject();
    QCOMPARE(old.value(u"id"_s).toString(), str(Demo::OldProjectStreamId));
    QCOMPARE(old.value(u"isActive"_s).toBool(true), false);
    QCOMPARE(old.value(u"type"_s).toString(), u"ROOM"_s);
    QCOMPARE(old.value(u"attributes"_s).toObject().value(u"roomName"_s).toString(), u"Old Project"_s);
    QCOMPARE(inactive.object().value(u"filter"_s).toObject().value(u"status"_s).toString(), u"INACTIVE"_s);

    const Response external = pod("POST", u"/pod/v2/admin/streams/list"_s, {}, R"({"scope":"EXTERNAL"})");
    QCOMPARE(external.object().value(u"count"_s).toInteger(), 1);
    QCOMPARE(external.object().value(u"streams"_s).toArray().first().toObject().value(u"crossPod"_s).toBool(),
        true);
    const Response ims
        = pod("POST", u"/pod/v2/admin/streams/list"_s, {}, R"({"streamTypes":[{"type":"IM"}]})");
    const QJsonObject firstIm = ims.object().value(u"streams"_s).toArray().first().toObject();
    QCOMPARE(firstIm.value(u"type"_s).toString(), u"IM"_s);
    QCOMPARE(firstIm.value(u"attributes"_s).toObject().value(u"members"_s).toArray().size(), 2);
    // Membership changes in Rates Desk happened on 2026-01-02 (Carol left).
    const Response recent = pod("POST", u"/pod/v2/admin/streams/list"_s, {},
        R"({"streamTypes":[{"type":"ROOM"}],"startDate":1767366000000,"endDate":1767373200000})");
    QCOMPARE(recent.object().value(u"count"_s).toInteger(), 1);
}

void DemoPodTest::adminUserStreams()
{
    const Response alice
        = pod("POST", u"/pod/v1/admin/user/"_s + QString::number(Demo::AliceId) + u"/streams/list"_s,
            QUrlQuery(u"limit=500"_s), "{}");
    QCOMPARE(alice.status, 200);
    QStringList ids;
    for (const QJsonValue &s : alice.array())
        ids.append(s.toObject().value(u"id"_s).toString());
    QVERIFY(ids.contains(str(Demo::ComplianceStreamId)));
    QVERIFY(ids.contains(str(Demo::WallStreamId)));
    QVERIFY(!ids.contains(str(Demo::OldProjectStreamId)));
    const Response erin
        = pod("POST", u"/pod/v1/admin/user/"_s + QString::number(Demo::ErinId) + u"/streams/list"_s, {},
            R"({"streamTypes":[{"type":"IM"}]})");
    QCOMPARE(erin.status, 204);
}

void DemoPodTest::roomAndStreamInfo()
{
    const QString rates = str(Demo::RatesDeskStreamId);
    const QJsonObject room = pod("GET", u"/pod/v3/room/"_s + rates + u"/info"_s).object();
    const QJsonObject attributes = room.value(u"roomAttributes"_s).toObject();
    QCOMPARE(attributes.value(u"name"_s).toString(), u"Rates Desk"_s);
    QCOMPARE(attributes.value(u"keywords"_s).toArray(),
        (QJsonArray {QJsonObject {{u"key"_s, u"desk"_s}, {u"value"_s, u"rates"_s}}}));
    QCOMPARE(attributes.value(u"viewHistory"_s).toBool(), true);
    QCOMPARE(attributes.value(u"public"_s).toBool(true), false);
    QCOMPARE(attributes.value(u"crossPod"_s).toBool(true), false);
    QCOMPARE(attributes.value(u"pinnedMessageId"_s).toString(), str(Demo::M1Id));
    const QJsonObject system = room.value(u"roomSystemInfo"_s).toObject();
    QCOMPARE(system.value(u"id"_s).toString(), rates);
    QCOMPARE(system.value(u"createdByUserId"_s).toInteger(), Demo::AliceId);
    QCOMPARE(system.value(u"active"_s).toBool(), true);

    const QJsonObject cross
        = pod("GET", u"/pod/v3/room/"_s + str(Demo::CrossPodStreamId) + u"/info"_s).object();
    QCOMPARE(cross.value(u"roomAttributes"_s).toObject().value(u"crossPod"_s).toBool(), true);

    const QJsonObject info = pod("GET", u"/pod/v2/streams/"_s + str(Demo::MimStreamId) + u"/info"_s).object();
    QCOMPARE(info.value(u"streamType"_s).toObject().value(u"type"_s).toString(), u"MIM"_s);
    QCOMPARE(info.value(u"origin"_s).toString(), u"INTERNAL"_s);
    QCOMPARE(info.value(u"streamAttributes"_s).toObject().value(u"members"_s).toArray(),
        (QJsonArray {Demo::AliceId, Demo::BobId, Demo::BotId}));
    QCOMPARE(info.value(u"lastMessageDate"_s).toInteger(),
        history(str(Demo::MimStreamId), 0, Demo::MimMessageCount - 1, 1)
            .first()
            .toObject()
            .value(u"timestamp"_s)
            .toInteger());
}

void DemoPodTest::roomSearch()
{
    Response r = pod("POST", u"/pod/v3/room/search"_s, {}, R"({"query":"desk"})");
    QCOMPARE(r.status, 200);
    QJsonObject result = r.object();
    QCOMPARE(
        result.value(u"count"_s).toInteger(), qint64(1 + m_config.streams / 10)); // Rates Desk + Desk Chat N
    QCOMPARE(result.value(u"query"_s).toObject().value(u"query"_s).toString(), u"desk"_s);
    r = pod("POST", u"/pod/v3/room/search"_s, QUrlQuery(u"skip=2&limit=3"_s), R"({"query":"desk"})");
    QCOMPARE(r.object().value(u"rooms"_s).toArray().size(), 3);
    QCOMPARE(r.object().value(u"skip"_s).toInt(), 2);
    r = pod("POST", u"/pod/v3/room/search"_s, {}, R"({"query":"","active":false})");
    QCOMPARE(r.object().value(u"count"_s).toInteger(), 1);
    QCOMPARE(r.object()
                 .value(u"rooms"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"roomAttributes"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
        u"Old Project"_s);
    // The compliance room is neither discoverable nor shared with the bot.
    r = pod("POST", u"/pod/v3/room/search"_s, {}, R"({"query":"compliance"})");
    QCOMPARE(r.object().value(u"count"_s).toInteger(), 0);
    r = pod("POST", u"/pod/v3/room/search"_s, QUrlQuery(u"includeNonDiscoverable=true"_s),
        R"({"query":"compliance"})");
    QCOMPARE(r.object().value(u"count"_s).toInteger(), 1);
    r = pod("POST", u"/pod/v3/room/search"_s, {}, R"({"query":"","labels":["desk"]})");
    QCOMPARE(r.object().value(u"count"_s).toInteger(), 1);
    r = pod("POST", u"/pod/v3/room/search"_s, {}, R"({"query":"","member":{"id":14087492732881}})");
    QCOMPARE(r.object().value(u"count"_s).toInteger(), 1);
}

void DemoPodTest::memberships()
{
    const QString rates = str(Demo::RatesDeskStreamId);
    const QJsonArray members = pod("GET", u"/pod/v2/room/"_s + rates + u"/membership/list"_s).array();
    QCOMPARE(members.size(), 3); // Carol left
    QCOMPARE(members.at(0).toObject().value(u"id"_s).toInteger(), Demo::AliceId);
    QCOMPARE(members.at(0).toObject().value(u"owner"_s).toBool(), true);
    QCOMPARE(members.at(1).toObject().value(u"owner"_s).toBool(), true); // Bob, promoted
    QCOMPARE(members.at(2).toObject().value(u"id"_s).toInteger(), Demo::BotId);
    QCOMPARE(members.at(2).toObject().value(u"owner"_s).toBool(true), false);

    const QJsonObject admin
        = pod("GET", u"/pod/v1/admin/stream/"_s + str(Demo::CrossPodStreamId) + u"/membership/list"_s,
            QUrlQuery(u"skip=1&limit=5"_s))
              .object();
    QCOMPARE(admin.value(u"count"_s).toInt(), 3);
    QCOMPARE(admin.value(u"skip"_s).toInt(), 1);
    QCOMPARE(admin.value(u"limit"_s).toInt(), 5);
    const QJsonArray page = admin.value(u"members"_s).toArray();
    QCOMPARE(page.size(), 2);
    const QJsonObject erin = page.at(1).toObject().value(u"user"_s).toObject();
    QCOMPARE(erin.value(u"userId"_s).toInteger(), Demo::ErinId);
    QCOMPARE(erin.value(u"isExternal"_s).toBool(), true);
    QCOMPARE(erin.value(u"companyId"_s).toInt(), 205);
    QCOMPARE(erin.value(u"company"_s).toString(), u"Globex"_s);
    // An admin sees members of a room the bot is not in; the member list needs membership.
    QCOMPARE(
        pod("GET", u"/pod/v1/admin/stream/"_s + str(Demo::ComplianceStreamId) + u"/membership/list"_s).status,
        200);
    QCOMPARE(
        pod("GET", u"/pod/v2/room/"_s + str(Demo::ComplianceStreamId) + u"/membership/list"_s).status, 403);
}

// --- Messages ------------------------------------------------------------------------------------

void DemoPodTest::historyWalk_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("rates desk by 500") << str(Demo::RatesDeskStreamId) << 500 << m_config.messagesPerStream;
    QTest::newRow("rates desk by 50") << str(Demo::RatesDeskStreamId) << 50 << m_config.messagesPerStream;
    QTest::newRow("rates desk by 7") << str(Demo::RatesDeskStreamId) << 7 << m_config.messagesPerStream;
    QTest::newRow("rates desk by 2") << str(Demo::RatesDeskStreamId) << 2 << m_config.messagesPerStream;
    QTest::newRow("cross pod by 1") << str(Demo::CrossPodStreamId) << 1 << Demo::CrossPodMessageCount;
    QTest::newRow("im by 500") << str(Demo::ImStreamId) << 500 << Demo::ImMessageCount;
    QTest::newRow("wall by 2") << str(Demo::WallStreamId) << 2 << Demo::WallMessageCount;
}

void DemoPodTest::historyWalk()
{
    QFETCH(QString, stream);
    QFETCH(int, limit);
    QFETCH(int, expected);
    // The spec's continuation: since = last timestamp, skip = how many had exactly that timestamp.
    QList<QPair<QString, qint64>> seen;
    qint64 since = 0;
    int skip = 0;
    for (int page = 0; page < 2000; ++page) {
        int status = 0;
        const QJsonArray messages = history(stream, since, skip, limit, &status);
        if (status == 204)
            break;
        QCOMPARE(status, 200);
        QVERIFY(messages.size() <= limit);
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const qint64 ts = m.value(u"timestamp"_s).toInteger();
            if (!seen.isEmpty())
                QVERIFY(ts >= seen.last().second);
            if (ts == since)
                ++skip;
            else {
                since = ts;
                skip = 1;
            }
            seen.append({m.value(u"messageId"_s).toString(), ts});
        }
        if (messages.size() < limit)
            break;
    }
    QCOMPARE(seen.size(), expected);
    QSet<QString> unique;
    for (const auto &[id, ts] : seen)
        unique.insert(id);
    // The cross-pod stream holds m8 twice, once in each Base64 form: both are distinct entries.
    QCOMPARE(unique.size(), expected);
}

void DemoPodTest::sharedTimestampBoundary()
{
    const QString rates = str(Demo::RatesDeskStreamId);
    const int first = Demo::sharedRunFirst(m_config.messagesPerStream);
    const int last = Demo::sharedRunLast(m_config.messagesPerStream);
    QCOMPARE(first, 497);
    QCOMPARE(last, 503);
    const QJsonArray page = history(rates, 0, 0, 500);
    QCOMPARE(page.size(), 500);
    const qint64 shared = page.at(first).toObject().value(u"timestamp"_s).toInteger();
    QVERIFY(page.at(first - 1).toObject().value(u"timestamp"_s).toInteger() < shared);
    for (int i = first; i < 500; ++i)
        QCOMPARE(page.at(i).toObject().value(u"timestamp"_s).toInteger(), shared);
    // Continue from the shared millisecond: skip the three already seen.
    const QJsonArray next = history(rates, shared, 500 - first, 500);
    QCOMPARE(next.size(), m_config.messagesPerStream - 500);
    for (int i = 0; i <= last - 500; ++i)
        QCOMPARE(next.at(i).toObject().value(u"timestamp"_s).toInteger(), shared);
    QVERIFY(next.at(last - 500 + 1).toObject().value(u"timestamp"_s).toInteger() > shared);
    QVERIFY(next.first().toObject().value(u"messageId"_s) != page.last().toObject().value(u"messageId"_s));
    // m9 shares its millisecond with the next message.
    const QJsonArray start = history(rates, Demo::M9Timestamp, 0, 3);
    QCOMPARE(start.at(0).toObject().value(u"messageId"_s).toString(), str(Demo::M9Id));
    QCOMPARE(start.at(1).toObject().value(u"timestamp"_s).toInteger(), Demo::M9Timestamp);
    QVERIFY(start.at(2).toObject().value(u"timestamp"_s).toInteger() > Demo::M9Timestamp);
}

void DemoPodTest::historyWindows()
{
    const QString rates = str(Demo::RatesDeskStreamId);
    QUrlQuery q;
    q.addQueryItem(u"since"_s, QString::number(Demo::M1Timestamp));
    q.addQueryItem(u"until"_s, QString::number(Demo::M1Timestamp + 3 * 60000));
    Response r = agent("GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, q);
    QCOMPARE(r.array().size(), 4); // m1..m4, until is inclusive
    QCOMPARE(r.array().last().toObject().value(u"messageId"_s).toString(), str(Demo::M4Id));
    // Default limit is 50.
    QCOMPARE(history(rates, 0, 0, 50).size(), 50);
    r = agent("GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, QUrlQuery(u"since=0"_s));
    QCOMPARE(r.array().size(), 50);
    int status = 0;
    history(rates, 4102444800000, 0, 10, &status);
    QCOMPARE(status, 204);
    history(rates, 0, m_config.messagesPerStream, 10, &status);
    QCOMPARE(status, 204);
    q.clear();
    q.addQueryItem(u"since"_s, u"0"_s);
    q.addQueryItem(u"until"_s, QString::number(Demo::M1Timestamp - 1));
    r = agent("GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, q);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
}

void DemoPodTest::namedMessages()
{
    auto byId = [this](const char *id) { return agent("GET", u"/agent/v1/message/"_s + str(id)).object(); };
    const QJsonObject m1 = byId(Demo::M1Id);
    QCOMPARE(m1.value(u"timestamp"_s).toInteger(), Demo::M1Timestamp);
    QVERIFY(m1.value(u"message"_s).toString().contains(u"class=\"wysiwyg\""_s));
    QCOMPARE(checkPresentation(m1), QString());
    const QJsonObject data = QJsonDocument::fromJson(m1.value(u"data"_s).toString().toUtf8()).object();
    QCOMPARE(data.value(u"0"_s).toObject().value(u"type"_s).toString(), u"com.symphony.user.mention"_s);
    QCOMPARE(data.value(u"0"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"value"_s)
                 .toInteger(),
        Demo::BobId);
    QCOMPARE(data.value(u"1"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"value"_s)
                 .toString(),
        u"rates"_s);
    QCOMPARE(m1.value(u"user"_s).toObject().value(u"username"_s).toString(), u"aadams"_s);
    const QJsonObject stream = m1.value(u"stream"_s).toObject();
    QCOMPARE(stream.value(u"streamType"_s).toString(), u"ROOM"_s); // a string in V4Stream
    QCOMPARE(stream.value(u"roomName"_s).toString(), u"Rates Desk"_s);
    QCOMPARE(m1.value(u"externalRecipients"_s).toBool(true), false);
    QVERIFY(!m1.contains(u"attachments"_s));

    QCOMPARE(byId(Demo::M2Id).value(u"parentMessageId"_s).toString(), str(Demo::M1Id));
    const QJsonObject m3 = byId(Demo::M3Id);
    QVERIFY(m3.value(u"message"_s).toString().contains(u"<thead>"_s));
    QVERIFY(m3.value(u"message"_s).toString().contains(u"data-entity-id=\"keyword1\">$EURUSD"_s));
    QVERIFY(m3.value(u"data"_s).toString().contains(u"com.symphony.emoji"_s));
    QVERIFY(!m3.value(u"message"_s).toString().contains(u"wysiwyg"_s));
    QCOMPARE(checkPresentation(m3), QString());
    const QString m4 = byId(Demo::M4Id).value(u"message"_s).toString();
    QVERIFY(m4.contains(u"class=\"cardHeader\""_s));
    QVERIFY(m4.contains(u"data-state=\"cropped\""_s));
    QVERIFY(m4.contains(u"data-variant=\"error\""_s));

    const QJsonObject m5 = byId(Demo::M5Id);
    QCOMPARE(m5.value(u"replacedBy"_s).toString(), str(Demo::M6Id));
    QVERIFY(m5.value(u"message"_s).toString().contains(u"<pre>"_s));
    QVERIFY(m5.value(u"message"_s).toString().contains(u"<code"_s));
    const QJsonArray attachments = m5.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(0).toObject(),
        (QJsonObject {{u"id"_s, str(Demo::PdfAttachmentId)}, {u"name"_s, u"term-sheet.pdf"_s},
            {u"size"_s, Demo::PdfAttachmentSize}, {u"images"_s, QJsonArray()}}));
    QCOMPARE(attachments.at(1).toObject().value(u"images"_s).toArray().first().toObject(),
        (QJsonObject {{u"id"_s, str(Demo::PngThumbnailId)}, {u"dimension"_s, u"600"_s}}));
    const QJsonObject m6 = byId(Demo::M6Id);
    QCOMPARE(m6.value(u"replacing"_s).toString(), str(Demo::M5Id));
    QCOMPARE(m6.value(u"initialMessageId"_s).toString(), str(Demo::M5Id));
    QCOMPARE(m6.value(u"initialTimestamp"_s).toInteger(), m5.value(u"timestamp"_s).toInteger());

    const QJsonObject m7 = byId(Demo::M7Id);
    const QString hostile = m7.value(u"message"_s).toString();
    for (const QString &needle : {u"<img src=\"http://tracker.example/p.gif\"/>"_s,
             u"href=\"javascript:alert(1)\""_s, u"<audio"_s, u"<blink>"_s, u"<script>"_s, u"onclick="_s})
        QVERIFY2(hostile.contains(needle), qPrintable(needle));
    QCOMPARE(checkPresentation(m7), QString());
    QCOMPARE(m7.value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::BobId);

    const QJsonObject m9 = byId(Demo::M9Id);
    QCOMPARE(m9.value(u"timestamp"_s).toInteger(), Demo::M9Timestamp);
    QCOMPARE(m9.value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::CarolId);

    const QJsonObject diagnostic
        = history(str(Demo::RatesDeskStreamId), 0, Demo::RatesDeskDiagnosticIndex, 1).first().toObject();
    QCOMPARE(diagnostic.value(u"diagnostic"_s).toString(), u"decryption failed"_s);
    QVERIFY(!diagnostic.contains(u"message"_s));
    QVERIFY(!diagnostic.contains(u"data"_s));
}

void DemoPodTest::fillerMessagesAreValid()
{
    const QJsonArray messages = history(str(Demo::RatesDeskStreamId), 0, 0, 500);
    QCOMPARE(messages.size(), 500);
    QSet<QString> templates;
    int withAttachments = 0;
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages.at(i).toObject();
        if (i == Demo::RatesDeskDiagnosticIndex)
            continue;
        QCOMPARE(checkPresentation(m), QString());
        const QString markup = m.value(u"message"_s).toString();
        if (i >= 7) {
            QVERIFY2(
                markup.size() >= 700 && markup.size() <= 2500, qPrintable(QString::number(markup.size())));
            for (const QString &marker : {u"<table"_s, u"<ul>"_s, u"<pre>"_s, u"class=\"card"_s,
                     u"class=\"expandable-card\""_s, u"<ol>"_s, u"<a href"_s, u"com.symphony.emoji"_s}) {
                if (markup.contains(marker) || m.value(u"data"_s).toString().contains(marker))
                    templates.insert(marker);
            }
        }
        const QString id = m.value(u"messageId"_s).toString();
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{34}$"_s).match(id).hasMatch());
        QVERIFY(id.endsWith(u"bQ"_s));
        if (m.contains(u"attachments"_s))
            ++withAttachments;
    }
    QCOMPARE(templates.size(), 8); // every kind of content shows up
    QCOMPARE(withAttachments, 10); // #25, #75, ... #475
    // Deterministic: asking again gives identical content.
    const QJsonArray again = history(str(Demo::RatesDeskStreamId), 0, 100, 20);
    for (int i = 0; i < again.size(); ++i)
        QCOMPARE(again.at(i), messages.at(100 + i));
}

void DemoPodTest::crossPodDuplicate()
{
    const QJsonArray messages = history(str(Demo::CrossPodStreamId), 0, 0, 2);
    QCOMPARE(messages.size(), 2);
    const QJsonObject first = messages.at(0).toObject();
    const QJsonObject second = messages.at(1).toObject();
    QCOMPARE(first.value(u"messageId"_s).toString(), str(Demo::M8Id));
    QCOMPARE(second.value(u"messageId"_s).toString(), str(Demo::M8StandardId));
    QCOMPARE(first.value(u"timestamp"_s), second.value(u"timestamp"_s));
    QCOMPARE(first.value(u"message"_s), second.value(u"message"_s));
    const QJsonObject erin = first.value(u"user"_s).toObject();
    QCOMPARE(erin.value(u"userId"_s).toInteger(), Demo::ErinId);
    QVERIFY(!erin.contains(u"username"_s));
    QCOMPARE(first.value(u"externalRecipients"_s).toBool(), true);
    const QJsonObject stream = first.value(u"stream"_s).toObject();
    QCOMPARE(stream.value(u"crossPod"_s).toBool(), true);
    QCOMPARE(stream.value(u"recipientTenantIds"_s).toArray(), (QJsonArray {130, 205}));

    QUrlQuery q;
    q.addQueryItem(u"query"_s, u"author:"_s + QString::number(Demo::ErinId) + u" AND cashtag:GBPUSD"_s);
    const QJsonArray found = agent("GET", u"/agent/v1/message/search"_s, q).array();
    QStringList ids;
    for (const QJsonValue &m : found)
        ids.append(m.toObject().value(u"messageId"_s).toString());
    QVERIFY(ids.contains(str(Demo::M8Id)));
    QVERIFY(ids.contains(str(Demo::M8StandardId)));

    // Regression: a '+' in a query string is a space, as proxies (and forms) send it.
    QUrlQuery plus(u"query=author:"_s + QString::number(Demo::ErinId) + u"+AND+cashtag:GBPUSD"_s);
    const QJsonArray viaPlus = agent("GET", u"/agent/v1/message/search"_s, plus).array();
    QCOMPARE(viaPlus.size(), found.size());
}

void DemoPodTest::oneMessage()
{
    // A generated id is resolved back to its message without any table of messages.
    const QJsonObject m = history(str(Demo::RatesDeskStreamId), 0, 321, 1).first().toObject();
    const Response r = agent("GET", u"/agent/v1/message/"_s + m.value(u"messageId"_s).toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), m);
    QCOMPARE(
        agent("GET", u"/agent/v1/message/"_s + str(Demo::M8Id)).object().value(u"messageId"_s).toString(),
        str(Demo::M8Id));
    // Well-formed but unknown: 204 without a body.
    QString unknown = m.value(u"messageId"_s).toString();
    unknown[3] = unknown.at(3) == u'A' ? u'B' : u'A';
    const Response none = agent("GET", u"/agent/v1/message/"_s + unknown);
    QCOMPARE(none.status, 204);
    QVERIFY(none.body.isEmpty());
    QCOMPARE(agent("GET", u"/agent/v1/message/"_s + str(Demo::M8StandardId)).status, 400);
    QCOMPARE(agent("GET", u"/agent/v1/message/tooshort"_s).status, 400);
}

void DemoPodTest::search()
{
    QUrlQuery q(u"query=hashtag:rates&limit=500"_s);
    Response r = agent("GET", u"/agent/v1/message/search"_s, q);
    QCOMPARE(r.status, 200);
    QJsonArray found = r.array();
    QVERIFY(found.size() > 20);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : found) {
        const QJsonObject m = v.toObject();
        QVERIFY(m.value(u"data"_s).toString().contains(u"\"rates\""_s));
        const qint64 ts = m.value(u"timestamp"_s).toInteger();
        QVERIFY(ts <= previous); // DESC by default
        previous = ts;
        QVERIFY(
            m.value(u"stream"_s).toObject().value(u"streamId"_s).toString() != str(Demo::ComplianceStreamId));
    }
    // ASC with paging: the pages concatenate to the whole result.
    QJsonArray ascending;
    for (int skip = 0;; skip += 40) {
        r = agent("GET", u"/agent/v1/message/search"_s,
            QUrlQuery(u"query=hashtag:rates&sortDir=ASC&limit=40&skip="_s + QString::number(skip)));
        if (r.status == 204)
            break;
        for (const QJsonValue &v : r.array())
            ascending.append(v);
    }
    QVERIFY(found.size() < 500);
    QCOMPARE(ascending.size(), found.size());
    QCOMPARE(ascending.last(), found.first());
    bool sawM1 = false;
    for (int i = 0; i < ascending.size(); ++i) {
        sawM1 = sawM1 || ascending.at(i).toObject().value(u"messageId"_s).toString() == str(Demo::M1Id);
        if (i > 0)
            QVERIFY(ascending.at(i - 1).toObject().value(u"timestamp"_s).toInteger()
                <= ascending.at(i).toObject().value(u"timestamp"_s).toInteger());
    }
    QVERIFY(sawM1);

    // A signal expands to its query: hashtag:rates AND author:Alice.
    r = agent("GET", u"/agent/v1/message/search"_s,
        QUrlQuery(u"query=signal:"_s + str(Demo::RatesSignalId) + u"&limit=500"_s));
    QCOMPARE(r.status, 200);
    for (const QJsonValue &v : r.array())
        QCOMPARE(v.toObject().value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::AliceId);
    QVERIFY(r.array().size() < found.size());

    r = agent("POST", u"/agent/v1/message/search"_s, QUrlQuery(u"limit=500"_s),
        R"({"streamId":")" + QByteArray(Demo::RatesDeskStreamId)
            + R"(","text":"belly","toDate":1767348120000})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 2); // m1 and m2 mention the belly; m3 is at toDate (exclusive)
    r = agent("POST", u"/agent/v1/message/search"_s, {},
        R"({"mention":8933531976682,"streamType":"ROOM","fromDate":1767348000000,"toDate":1767348000001})");
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value(u"messageId"_s).toString(), str(Demo::M1Id));
    r = agent(
        "GET", u"/agent/v1/message/search"_s, QUrlQuery(u"query=streamType:post AND author:8933531976681"_s));
    QCOMPARE(r.array().size(), Demo::WallMessageCount);
    r = agent(
        "GET", u"/agent/v1/message/search"_s, QUrlQuery(u"query=cashtag:EURUSD OR hashtag:fx&limit=500"_s));
    QVERIFY(r.array().size() > 10);
    r = agent("GET", u"/agent/v1/message/search"_s, QUrlQuery(u"query=hashtag:doesnotexist"_s));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
}

void DemoPodTest::searchErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no query") << QByteArray("GET") << QString() << QByteArray();
    QTest::newRow("empty query") << QByteArray("GET") << u"query="_s << QByteArray();
    QTest::newRow("unknown field") << QByteArray("GET") << u"query=colour:blue"_s << QByteArray();
    QTest::newRow("no colon") << QByteArray("GET") << u"query=rates"_s << QByteArray();
    QTest::newRow("text without stream") << QByteArray("GET") << u"query=text:belly"_s << QByteArray();
    QTest::newRow("author not a number") << QByteArray("GET") << u"query=author:alice"_s << QByteArray();
    QTest::newRow("bad stream type") << QByteArray("GET") << u"query=streamType:wall"_s << QByteArray();
    QTest::newRow("standard stream id")
        << QByteArray("GET") << u"query=streamId:WM4HarJ2K%2BcuwJqoNJVsgH%2F%2F%2FmSGkin%2FdA%3D%3D"_s
        << QByteArray();
    QTest::newRow("signal with author")
        << QByteArray("GET") << u"query=signal:65a1b2c3d4e5f60718293a4b AND author:1"_s << QByteArray();
    QTest::newRow("unknown signal") << QByteArray("GET") << u"query=signal:nope"_s << QByteArray();
    QTest::newRow("bad sortDir") << QByteArray("GET") << u"query=hashtag:rates&sortDir=UP"_s << QByteArray();
    QTest::newRow("bad tier") << QByteArray("GET") << u"query=hashtag:rates&tier=cold"_s << QByteArray();
    QTest::newRow("limit 501") << QByteArray("GET") << u"query=hashtag:rates&limit=501"_s << QByteArray();
    QTest::newRow("post empty criteria") << QByteArray("POST") << QString() << QByteArray("{}");
    QTest::newRow("post author as string")
        << QByteArray("POST") << QString() << QByteArray(R"({"author":"1"})");
    QTest::newRow("post text without stream")
        << QByteArray("POST") << QString() << QByteArray(R"({"text":"a"})");
    QTest::newRow("post not json") << QByteArray("POST") << QString() << QByteArray("hashtag=rates");
}

void DemoPodTest::searchErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    const Response r = agent(method, u"/agent/v1/message/search"_s, QUrlQuery(query), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"code"_s).toInt(), 400);
    QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
}

// --- Receipts, status, attachments, signals, users, health ---------------------------------------

void DemoPodTest::receiptsPaging()
{
    const QString path = u"/pod/v1/admin/messages/"_s + str(Demo::M1Id) + u"/receipts"_s;
    const QJsonObject first = pod("GET", path).object();
    QCOMPARE(first.value(u"deliveryReceiptCount"_s).toInt(), 3);
    QCOMPARE(first.value(u"readReceiptCount"_s).toInt(), 2);
    QCOMPARE(first.value(u"emailNotificationCount"_s).toInt(), 0);
    QCOMPARE(first.value(u"creator"_s).toObject().value(u"id"_s).toInteger(), Demo::AliceId);
    QCOMPARE(first.value(u"stream"_s).toObject().value(u"id"_s).toString(),
        u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s);
    const QJsonArray page1 = first.value(u"MessageReceiptDetail"_s).toArray();
    QCOMPARE(page1.size(), 2);
    QCOMPARE(page1.at(0).toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger(), Demo::BobId);
    QVERIFY(page1.at(0).toObject().contains(u"readReceiptTimestamp"_s));
    const QJsonObject pagination = first.value(u"pagination"_s).toObject();
    const QString after = pagination.value(u"cursors"_s).toObject().value(u"after"_s).toString();
    QVERIFY(!after.isEmpty());
    QVERIFY(!pagination.value(u"cursors"_s).toObject().value(u"before"_s).toString().isEmpty());
    const QUrl next(pagination.value(u"next"_s).toString());
    QCOMPARE(next.path(), path);
    QCOMPARE(QUrlQuery(next).queryItemValue(u"after"_s), after);

    const QJsonObject second = pod("GET", path, QUrlQuery(u"after="_s + after)).object();
    const QJsonArray page2 = second.value(u"MessageReceiptDetail"_s).toArray();
    QCOMPARE(page2.size(), 1);
    const QJsonObject bot = page2.first().toObject();
    QCOMPARE(bot.value(u"user"_s).toObject().value(u"id"_s).toInteger(), Demo::BotId);
    QVERIFY(bot.contains(u"deliveryReceiptTimestamp"_s));
    QVERIFY(!bot.contains(u"readReceiptTimestamp"_s));
    const QJsonObject pagination2 = second.value(u"pagination"_s).toObject();
    QVERIFY(!pagination2.contains(u"next"_s));
    QVERIFY(!pagination2.value(u"cursors"_s).toObject().contains(u"after"_s));
    // Going back with the before cursor gives page 1 again.
    const QString before = pagination2.value(u"cursors"_s).toObject().value(u"before"_s).toString();
    QCOMPARE(pod("GET", path, QUrlQuery(u"before="_s + before))
                 .object()
                 .value(u"MessageReceiptDetail"_s)
                 .toArray(),
        page1);
    QCOMPARE(pod("GET", path, QUrlQuery(u"after=garbage!"_s)).status, 400);
}

void DemoPodTest::receiptsOthers()
{
    Response r = pod("GET", u"/pod/v1/admin/messages/"_s + str(Demo::M2Id) + u"/receipts"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(u"code"_s).toInt(), 404);
    const QJsonObject m8
        = pod("GET", u"/pod/v1/admin/messages/"_s + str(Demo::M8Id) + u"/receipts"_s).object();
    QCOMPARE(m8.value(u"stream"_s).toObject().value(u"id"_s).toString(), str(Demo::CrossPodStreamStandardId));
    const QJsonObject erin
        = m8.value(u"MessageReceiptDetail"_s).toArray().first().toObject().value(u"user"_s).toObject();
    QCOMPARE(erin.value(u"id"_s).toInteger(), Demo::ErinId);
    QVERIFY(!erin.contains(u"username"_s));
    const QJsonObject m5
        = pod("GET", u"/pod/v1/admin/messages/"_s + str(Demo::M5Id) + u"/receipts"_s).object();
    QCOMPARE(m5.value(u"downloadReceiptCounts"_s).toArray(),
        (QJsonArray {QJsonObject {{u"fileName"_s, u"term-sheet.pdf"_s}, {u"count"_s, 1}}}));
    QCOMPARE(m5.value(u"stream"_s).toObject().value(u"streamType"_s).toString(), u"IM"_s);
}

void DemoPodTest::messageStatus()
{
    const QJsonObject m1 = pod("GET", u"/pod/v1/message/"_s + str(Demo::M1Id) + u"/status"_s).object();
    const QJsonObject author = m1.value(u"author"_s).toObject();
    QCOMPARE(author.value(u"userId"_s), QJsonValue(QString::number(Demo::AliceId))); // a string
    QCOMPARE(author.value(u"timestamp"_s), QJsonValue(QString::number(Demo::M1Timestamp)));
    QCOMPARE(m1.value(u"read"_s).toArray().size(), 1);
    QCOMPARE(m1.value(u"read"_s).toArray().first().toObject().value(u"userName"_s).toString(), u"bbaker"_s);
    QCOMPARE(m1.value(u"delivered"_s).toArray().first().toObject().value(u"userId"_s).toString(),
        QString::number(Demo::BotId));
    QCOMPARE(m1.value(u"sent"_s).toArray().first().toObject().value(u"userId"_s).toString(),
        QString::number(Demo::CarolId));
    const QJsonObject m8 = pod("GET", u"/pod/v1/message/"_s + str(Demo::M8Id) + u"/status"_s).object();
    QCOMPARE(m8.value(u"author"_s).toObject().value(u"userId"_s).toString(), QString::number(Demo::ErinId));
    QVERIFY(!m8.value(u"author"_s).toObject().contains(u"userName"_s));
    const QJsonObject m9 = pod("GET", u"/pod/v1/message/"_s + str(Demo::M9Id) + u"/status"_s).object();
    QVERIFY(m9.value(u"sent"_s).toArray().isEmpty());
}

void DemoPodTest::attachmentList()
{
    const QJsonArray items
        = pod("GET", u"/pod/v1/streams/"_s + str(Demo::ImStreamId) + u"/attachments"_s).array();
    QCOMPARE(items.size(), 2);
    const QJsonObject pdf = items.at(0).toObject();
    const QJsonObject png = items.at(1).toObject();
    QCOMPARE(pdf.value(u"messageId"_s).toString(), u"tfIDHrYuN8bTgoezj4Ov6n///mSB1gF/bQ=="_s);
    QCOMPARE(pdf.value(u"fileId"_s).toString(), str(Demo::PdfAttachmentId));
    QCOMPARE(pdf.value(u"content-type"_s).toString(), u"application/pdf"_s);
    QCOMPARE(png.value(u"contentType"_s).toString(), u"image/png"_s);
    QCOMPARE(png.value(u"previews"_s).toArray().first().toObject(),
        (QJsonObject {{u"fileId"_s, str(Demo::PngThumbnailId)}, {u"width"_s, 600}}));
    QCOMPARE(pdf.value(u"userId"_s).toInteger(), Demo::AliceId);

    // Rates Desk: a snapshot every 50 messages; time-window paging with since.
    const QString path = u"/pod/v1/streams/"_s + str(Demo::RatesDeskStreamId) + u"/attachments"_s;
    QStringList files;
    qint64 since = 0;
    for (int page = 0; page < 20; ++page) {
        const QJsonArray chunk
            = pod("GET", path, QUrlQuery(u"limit=3&since="_s + QString::number(since))).array();
        for (const QJsonValue &v : chunk) {
            const QString file = v.toObject().value(u"fileId"_s).toString();
            if (!files.contains(file))
                files.append(file);
            since = v.toObject().value(u"ingestionDate"_s).toInteger();
        }
        if (chunk.size() < 3)
            break;
    }
    QCOMPARE(files.size(), m_config.messagesPerStream / 50);
    const QJsonArray latest = pod("GET", path, QUrlQuery(u"limit=1&sortDir=DESC"_s)).array();
    QCOMPARE(latest.first().toObject().value(u"fileId"_s).toString(), files.last());
    QCOMPARE(
        pod("GET", u"/pod/v1/streams/"_s + str(Demo::MimStreamId) + u"/attachments"_s).array().size(), 0);
}

void DemoPodTest::attachmentDownload()
{
    const QString path = u"/agent/v1/stream/"_s + str(Demo::ImStreamId) + u"/attachment"_s;
    auto download = [&](const char *fileId) {
        QUrlQuery q;
        q.addQueryItem(u"fileId"_s, str(fileId));
        q.addQueryItem(u"messageId"_s, str(Demo::M5Id));
        return agent("GET", path, q);
    };
    const Response pdf = download(Demo::PdfAttachmentId);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.headers.value("content-type"), QByteArray("application/octet-stream"));
    const auto pdfBytes = QByteArray::fromBase64Encoding(pdf.body, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(pdfBytes);
    QCOMPARE(pdfBytes.decoded.size(), Demo::PdfAttachmentSize);
    QVERIFY(pdfBytes.decoded.startsWith("%PDF-1.4"));
    QVERIFY(pdfBytes.decoded.endsWith("%%EOF\n"));
    // The xref table points at every object.
    const QByteArray &doc = pdfBytes.decoded;
    const qsizetype startxref = doc.lastIndexOf("startxref\n");
    const qint64 xref
        = doc.mid(startxref + 10, doc.indexOf('\n', startxref + 10) - startxref - 10).toLongLong();
    QVERIFY(doc.mid(xref).startsWith("xref\n"));
    QVERIFY(doc.contains("1 0 obj"));

    const Response png = download(Demo::PngAttachmentId);
    const QByteArray pngBytes = QByteArray::fromBase64(png.body);
    QCOMPARE(pngBytes.size(), Demo::PngAttachmentSize);
    QVERIFY(pngBytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QVERIFY(pngBytes.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    const Response thumbnail = download(Demo::PngThumbnailId);
    QCOMPARE(thumbnail.status, 200);
    QVERIFY(QByteArray::fromBase64(thumbnail.body).startsWith("\x89PNG"));
    // Downloads are deterministic.
    QCOMPARE(download(Demo::PdfAttachmentId).body, pdf.body);

    const QJsonObject snapshot = history(str(Demo::RatesDeskStreamId), 0, 75, 1).first().toObject();
    const QJsonObject csv = snapshot.value(u"attachments"_s).toArray().first().toObject();
    QUrlQuery q;
    q.addQueryItem(u"fileId"_s, csv.value(u"id"_s).toString());
    q.addQueryItem(u"messageId"_s, snapshot.value(u"messageId"_s).toString());
    const Response csvReply
        = agent("GET", u"/agent/v1/stream/"_s + str(Demo::RatesDeskStreamId) + u"/attachment"_s, q);
    const QByteArray csvBytes = QByteArray::fromBase64(csvReply.body);
    QCOMPARE(csvBytes.size(), csv.value(u"size"_s).toInteger());
    QVERIFY(csvBytes.startsWith("tenor,bid,ask,change_bp\n"));
}

void DemoPodTest::signalsEndpoints()
{
    const QJsonArray all = agent("GET", u"/agent/v1/signals/list"_s).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject(),
        (QJsonObject {{u"id"_s, str(Demo::RatesSignalId)}, {u"name"_s, u"Rates chatter"_s},
            {u"query"_s, u"hashtag:rates AND author:8933531976681"_s}, {u"visibleOnProfile"_s, true},
            {u"companyWide"_s, false}, {u"timestamp"_s, qint64(1767340000000)}}));
    QCOMPARE(agent("GET", u"/agent/v1/signals/list"_s, QUrlQuery(u"skip=1&limit=5"_s)).array().size(), 1);
    QCOMPARE(agent("GET", u"/agent/v1/signals/list"_s, QUrlQuery(u"skip=5"_s)).array().size(), 0);
    const QJsonObject fx = agent("GET", u"/agent/v1/signals/"_s + str(Demo::FxSignalId) + u"/get"_s).object();
    QCOMPARE(fx.value(u"companyWide"_s).toBool(), true);
    QCOMPARE(fx.value(u"query"_s).toString(), u"cashtag:EURUSD OR hashtag:fx"_s);
}

void DemoPodTest::usersLookup()
{
    Response r = pod("GET", u"/pod/v3/users"_s,
        QUrlQuery(u"uid="_s + QString::number(Demo::AliceId) + u","_s + QString::number(Demo::ErinId)
            + u",42,x"_s));
    QCOMPARE(r.status, 200);
    QJsonArray users = r.object().value(u"users"_s).toArray();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toObject().value(u"id"_s).toInteger(), Demo::AliceId);
    QCOMPARE(users.at(0).toObject().value(u"username"_s).toString(), u"aadams"_s);
    const QJsonObject erin = users.at(1).toObject();
    QCOMPARE(erin.value(u"company"_s).toString(), u"Globex"_s);
    QVERIFY(!erin.contains(u"username"_s));
    QCOMPARE(r.object().value(u"errors"_s).toArray(),
        (QJsonArray {QJsonObject {{u"error"_s, u"invalid.format"_s}, {u"id"_s, u"42"_s}},
            QJsonObject {{u"error"_s, u"invalid.format"_s}, {u"id"_s, u"x"_s}}}));

    r = pod(
        "GET", u"/pod/v3/users"_s, QUrlQuery(u"uid="_s + QString::number(Demo::ErinId) + u"&local=true"_s));
    QCOMPARE(r.status, 204);
    r = pod("GET", u"/pod/v3/users"_s, QUrlQuery(u"email=BOB@acme.example,erin@globex.example&local=true"_s));
    QCOMPARE(r.object().value(u"users"_s).toArray().size(), 1);
    r = pod("GET", u"/pod/v3/users"_s, QUrlQuery(u"username=aadams,dduke,export-bot&active=false"_s));
    users = r.object().value(u"users"_s).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(u"id"_s).toInteger(), Demo::DanId);
    // Filler users exist for every filler stream.
    const qint64 filler = Demo::userIdOf(Demo::AcmeTenant, Demo::FillerUserBase + 1);
    r = pod("GET", u"/pod/v3/users"_s, QUrlQuery(u"uid="_s + QString::number(filler)));
    QCOMPARE(r.object().value(u"users"_s).toArray().first().toObject().value(u"id"_s).toInteger(), filler);
    // 100 values are allowed.
    QStringList hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QString::number(Demo::AliceId + i % 5));
    QCOMPARE(pod("GET", u"/pod/v3/users"_s, QUrlQuery(u"uid="_s + hundred.join(u',')))
                 .object()
                 .value(u"users"_s)
                 .toArray()
                 .size(),
        5);
}

void DemoPodTest::health()
{
    Response r = send("GET", u"/agent/v3/health/extended"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"UP"_s);
    QCOMPARE(
        r.object().value(u"services"_s).toObject().value(u"pod"_s).toObject().value(u"version"_s).toString(),
        u"25.9.2"_s);
    QVERIFY(!m_server->setComponentDown(u"flux_capacitor"_s, u"x"_s));
    QVERIFY(m_server->setComponentDown(u"ceservice"_s, u"ceservice credentials not configured"_s));
    r = send("GET", u"/agent/v3/health/extended"_s);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"DOWN"_s);
    const QJsonObject ce = r.object().value(u"users"_s).toObject().value(u"ceservice"_s).toObject();
    QCOMPARE(ce.value(u"status"_s).toString(), u"DOWN"_s);
    QCOMPARE(ce.value(u"message"_s).toString(), u"ceservice credentials not configured"_s);
    QCOMPARE(r.object()
                 .value(u"users"_s)
                 .toObject()
                 .value(u"agentservice"_s)
                 .toObject()
                 .value(u"status"_s)
                 .toString(),
        u"UP"_s);
    QCOMPARE(send("GET", u"/agent/v3/health"_s).status, 200); // the agent itself is alive
    QVERIFY(m_server->setComponentDown(u"ceservice"_s, QString()));
    QCOMPARE(send("GET", u"/agent/v3/health/extended"_s).status, 200);

    // The same switch through the control API.
    QCOMPARE(
        send("POST", u"/__mock/health"_s, {}, R"({"component":"key_manager","status":"DOWN"})").status, 204);
    r = send("GET", u"/agent/v3/health/extended"_s);
    QCOMPARE(r.object()
                 .value(u"services"_s)
                 .toObject()
                 .value(u"key_manager"_s)
                 .toObject()
                 .value(u"status"_s)
                 .toString(),
        u"DOWN"_s);
    QCOMPARE(
        send("POST", u"/__mock/health"_s, {}, R"({"component":"key_manager","status":"UP"})").status, 204);
    QCOMPARE(
        send("POST", u"/__mock/health"_s, {}, R"({"component":"key_manager","status":"SIDEWAYS"})").status,
        400);
    QCOMPARE(send("GET", u"/agent/v3/health/extended"_s).status, 200);
}

// --- Datafeed and datahose -----------------------------------------------------------------------

void DemoPodTest::datafeedProtocol()
{
    const QJsonArray feeds = agent("GET", u"/agent/v5/datafeeds"_s).array();
    QCOMPARE(feeds.size(), 2);
    QCOMPARE(feeds.at(0).toObject().value(u"id"_s).toString(), str(Demo::DatahoseFeedId));
    QCOMPARE(feeds.at(1).toObject().value(u"id"_s).toString(), str(Demo::ExistingFeedId));
    QCOMPARE(feeds.at(1).toObject().value(u"type"_s).toString(), u"fanout"_s);

    // A fresh feed of its own so that this test does not depend on others.
    const Response created = agent("POST", u"/agent/v5/datafeeds"_s, {}, R"({"tag":"protocol-test"})");
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^[^\\s_]+_f(_[^\\s_]+)?$"_s).match(id).hasMatch());
    const QString readPath = u"/agent/v5/datafeeds/"_s + id + u"/read"_s;
    auto read = [&](const QString &ackId) {
        return agent("POST", readPath, {}, QJsonDocument(QJsonObject {{u"ackId"_s, ackId}}).toJson());
    };
    auto types = [](const Response &r) {
        QStringList out;
        for (const QJsonValue &e : r.object().value(u"events"_s).toArray())
            out.append(e.toObject().value(u"type"_s).toString());
        return out;
    };
    Response r = read(QString());
    QCOMPARE(r.object().value(u"ackId"_s).toString(), u"ack-1"_s);
    QCOMPARE(types(r), (QStringList {u"MESSAGESENT"_s, u"INSTANTMESSAGECREATED"_s, u"ROOMCREATED"_s}));
    const QJsonObject sent = r.object().value(u"events"_s).toArray().first().toObject();
    QCOMPARE(sent.value(u"messageId"_s).toString(), str(Demo::M1Id));
    QCOMPARE(sent.value(u"payload"_s)
                 .toObject()
                 .value(u"messageSent"_s)
                 .toObject()
                 .value(u"message"_s)
                 .toObject()
                 .value(u"messageId"_s)
                 .toString(),
        str(Demo::M1Id));
    QCOMPARE(sent.value(u"initiator"_s).toObject().value(u"user"_s).toObject().value(u"userId"_s).toInteger(),
        Demo::AliceId);
    const QJsonObject im = r.object().value(u"events"_s).toArray().at(1).toObject();
    QCOMPARE(im.value(u"payload"_s)
                 .toObject()
                 .value(u"instantMessageCreated"_s)
                 .toObject()
                 .value(u"stream"_s)
                 .toObject()
                 .value(u"members"_s)
                 .toArray()
                 .size(),
        2);

    r = read(u"ack-1"_s);
    QCOMPARE(r.object().value(u"ackId"_s).toString(), u"ack-2"_s);
    const QStringList second {u"USERJOINEDROOM"_s, u"MESSAGESENT"_s, u"ROOMMEMBERPROMOTEDTOOWNER"_s};
    QCOMPARE(types(r), second);
    // Not acknowledged: re-sending the previous ackId (or "") delivers the same batch again.
    QCOMPARE(types(read(u"ack-1"_s)), second);
    r = read(QString());
    QCOMPARE(types(r), second);
    QCOMPARE(r.object().value(u"ackId"_s).toString(), u"ack-2"_s);

    r = read(u"ack-2"_s);
    QCOMPARE(types(r),
        (QStringList {u"MESSAGESUPPRESSED"_s, u"USERLEFTROOM"_s, u"SYMPHONYELEMENTSACTION"_s,
            u"CONNECTIONREQUESTED"_s, u"FUTUREEVENT"_s}));
    const QJsonArray third = r.object().value(u"events"_s).toArray();
    QCOMPARE(third.at(0)
                 .toObject()
                 .value(u"payload"_s)
                 .toObject()
                 .value(u"messageSuppressed"_s)
                 .toObject()
                 .value(u"messageId"_s)
                 .toString(),
        str(Demo::M9Id));
    QCOMPARE(third.at(2)
                 .toObject()
                 .value(u"payload"_s)
                 .toObject()
                 .value(u"symphonyElementsAction"_s)
                 .toObject()
                 .value(u"stream"_s)
                 .toObject()
                 .value(u"streamId"_s)
                 .toString(),
        u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s);

    // Nothing left: the read is held for longPollMs, then answers an empty list.
    r = read(u"ack-3"_s);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= m_config.longPollMs - 20, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.object().value(u"events"_s).toArray().size(), 0);
    QCOMPARE(r.object().value(u"ackId"_s).toString(), u"ack-4"_s);

    r = read(u"ack-99"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.object().value(u"message"_s).toString().contains(u"ackId"_s));
    QCOMPARE(read(u"bogus"_s).status, 400);
    // No body at all counts as an empty ackId.
    QCOMPARE(agent("POST", readPath).status, 200);
    QCOMPARE(agent("POST", readPath, {}, R"({"ackId":5})").status, 400);
    QCOMPARE(agent("DELETE", u"/agent/v5/datafeeds/"_s + id).status, 204);
}

void DemoPodTest::datafeedLifecycle()
{
    const Response created
        = agent("POST", u"/agent/v5/datafeeds"_s, {}, R"({"tag":"lifecycle","includeInvisible":false})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"type"_s).toString(), u"fanout"_s);
    const QString id = created.object().value(u"id"_s).toString();
    const QJsonArray tagged = agent("GET", u"/agent/v5/datafeeds"_s, QUrlQuery(u"tag=lifecycle"_s)).array();
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(tagged.first().toObject().value(u"id"_s).toString(), id);
    QCOMPARE(agent("POST", u"/agent/v5/datafeeds"_s, {}, R"({"tag":7})").status, 400);
    const Response deleted = agent("DELETE", u"/agent/v5/datafeeds/"_s + id);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(agent("POST", u"/agent/v5/datafeeds/"_s + id + u"/read"_s, {}, R"({"ackId":""})").status, 400);
    QCOMPARE(agent("DELETE", u"/agent/v5/datafeeds/"_s + id).status, 400);

    // Creating past 20 active feeds is refused with 403.
    QStringList made;
    Response r;
    for (int i = 0; i < 25; ++i) {
        r = agent("POST", u"/agent/v5/datafeeds"_s);
        if (r.status != 201)
            break;
        made.append(r.object().value(u"id"_s).toString());
    }
    QCOMPARE(r.status, 403);
    QCOMPARE(made.size() + 1, 20); // the pre-existing fanout feed counts
    for (const QString &f : made)
        QCOMPARE(agent("DELETE", u"/agent/v5/datafeeds/"_s + f).status, 204);
}

void DemoPodTest::datahose_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("wrong type") << QByteArray(R"({"type":"datafeed","tag":"t","eventTypes":["MESSAGESENT"]})")
                                << 400 << QStringList();
    QTest::newRow("no type") << QByteArray(R"({"tag":"t","eventTypes":["MESSAGESENT"]})") << 400
                             << QStringList();
    QTest::newRow("empty tag") << QByteArray(R"({"type":"datahose","tag":"","eventTypes":["MESSAGESENT"]})")
                               << 400 << QStringList();
    QTest::newRow("tag of 81") << QByteArray(
        R"({"type":"datahose","tag":")" + QByteArray(81, 'x') + R"(","eventTypes":["MESSAGESENT"]})")
                               << 400 << QStringList();
    QTest::newRow("no eventTypes") << QByteArray(R"({"type":"datahose","tag":"t"})") << 400 << QStringList();
    QTest::newRow("empty eventTypes")
        << QByteArray(R"({"type":"datahose","tag":"t","eventTypes":[]})") << 400 << QStringList();
    QTest::newRow("filters instead") << QByteArray(
        R"({"type":"datahose","tag":"t","filters":["MESSAGESENT"]})")
                                     << 400 << QStringList();
    QTest::newRow("spec example typo")
        << QByteArray(R"({"type":"datahose","tag":"t","eventTypes":["MESSAGE_SENT"]})") << 400
        << QStringList();
    QTest::newRow("bad scope") << QByteArray(
        R"({"type":"datahose","tag":"t","eventTypes":["MESSAGESENT"],"scopes":["MARS"]})")
                               << 400 << QStringList();
    QTest::newRow("messages") << QByteArray(R"({"type":"datahose","tag":"a","eventTypes":["MESSAGESENT"]})")
                              << 200 << QStringList {u"MESSAGESENT"_s, u"MESSAGESENT"_s};
    QTest::newRow("rooms") << QByteArray(
        R"({"type":"datahose","tag":"a","eventTypes":["ROOMCREATED"],"ackId":""})")
                           << 200 << QStringList {u"ROOMCREATED"_s, u"ROOMCREATED"_s};
    QTest::newRow("external only") << QByteArray(
        R"({"type":"datahose","tag":"b","eventTypes":["ROOMCREATED","USERJOINEDROOM"],"scopes":["EXTERNAL"]})")
                                   << 200 << QStringList {u"ROOMCREATED"_s};
}

void DemoPodTest::datahose()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, types);
    const Response r = agent("POST", u"/agent/v5/events/read"_s, {}, body);
    QCOMPARE(r.status, status);
    if (status != 200)
        return;
    QStringList got;
    for (const QJsonValue &e : r.object().value(u"events"_s).toArray())
        got.append(e.toObject().value(u"type"_s).toString());
    QCOMPARE(got, types);
    QCOMPARE(r.object().value(u"ackId"_s).toString(), u"ack-1"_s);
}

// --- Faults, control API, log --------------------------------------------------------------------

void DemoPodTest::faults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("retryAfterHttpDate");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QByteArray>("expectedRetryAfter");
    QTest::addColumn<int>("expectedError");

    const int noError = int(QNetworkReply::NoError);
    QTest::newRow("500") << int(Fault::Kind::Status) << 500 << QString() << -1 << QByteArray() << 0 << 500
                         << QByteArray() << int(QNetworkReply::InternalServerError);
    QTest::newRow("502") << int(Fault::Kind::Status) << 502 << QString() << -1 << QByteArray() << 0 << 502
                         << QByteArray() << int(QNetworkReply::UnknownServerError);
    QTest::newRow("503 retry-after") << int(Fault::Kind::Status) << 503 << QString() << 3 << QByteArray() << 0
                                     << 503 << QByteArray("3") << int(QNetworkReply::ServiceUnavailableError);
    QTest::newRow("503 html proxy page")
        << int(Fault::Kind::Status) << 503 << QString() << -1
        << QByteArray("<html><body><h1>503 Service Unavailable</h1></body></html>") << 0 << 503
        << QByteArray() << int(QNetworkReply::ServiceUnavailableError);
    QTest::newRow("403 json body") << int(Fault::Kind::Status) << 403 << QString() << -1
                                   << QByteArray(R"({"code":403,"message":"Too many feeds"})") << 0 << 403
                                   << QByteArray() << int(QNetworkReply::ContentAccessDenied);
    QTest::newRow("throttle seconds")
        << int(Fault::Kind::Throttle) << 0 << QString() << 2 << QByteArray() << 0 << 429 << QByteArray("2")
        << int(QNetworkReply::UnknownContentError);
    QTest::newRow("throttle http-date")
        << int(Fault::Kind::Throttle) << 0 << u"Wed, 21 Oct 2026 07:28:00 GMT"_s << -1 << QByteArray() << 0
        << 429 << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << int(QNetworkReply::UnknownContentError);
    QTest::newRow("throttle no header")
        << int(Fault::Kind::Throttle) << 0 << QString() << -1 << QByteArray() << 0 << 429 << QByteArray()
        << int(QNetworkReply::UnknownContentError);
    QTest::newRow("delay") << int(Fault::Kind::Delay) << 0 << QString() << -1 << QByteArray() << 400 << 200
                           << QByteArray() << noError;
    QTest::newRow("malformed") << int(Fault::Kind::Malformed) << 0 << QString() << -1 << QByteArray() << 0
                               << 200 << QByteArray() << noError;
    QTest::newRow("malformed wrong types")
        << int(Fault::Kind::Malformed) << 0 << QString() << -1
        << QByteArray(R"({"id":"8933531976685","username":7})") << 0 << 200 << QByteArray() << noError;
    QTest::newRow("empty 204") << int(Fault::Kind::Empty204) << 0 << QString() << -1 << QByteArray() << 0
                               << 204 << QByteArray() << noError;
    QTest::newRow("truncated") << int(Fault::Kind::Truncated) << 0 << QString() << -1 << QByteArray() << 0
                               << 200 << QByteArray() << int(QNetworkReply::RemoteHostClosedError);
    QTest::newRow("drop") << int(Fault::Kind::Drop) << 0 << QString() << -1 << QByteArray() << 0 << 200
                          << QByteArray() << int(QNetworkReply::RemoteHostClosedError);
}

void DemoPodTest::faults()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, retryAfterHttpDate);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QByteArray, body);
    QFETCH(int, delayMs);
    QFETCH(int, expectedStatus);
    QFETCH(QByteArray, expectedRetryAfter);
    QFETCH(int, expectedError);

    Fault fault;
    fault.kind = Fault::Kind(kind);
    fault.method = "GET";
    fault.pathPattern = u"/pod/v2/sessioninfo"_s;
    fault.status = status;
    fault.retryAfterHttpDate = retryAfterHttpDate;
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.body = body;
    fault.delayMs = delayMs;
    m_server->addFault(fault);
    m_server->clearRequestLog();

    const Response r = pod("GET", u"/pod/v2/sessioninfo"_s);
    QCOMPARE(r.status, expectedStatus);
    QCOMPARE(r.headers.value("retry-after"), expectedRetryAfter);
    if (fault.kind == Fault::Kind::Truncated || fault.kind == Fault::Kind::Drop) {
        // QNAM reports the broken connection as an error; what matters is that it is one.
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(int(r.error))));
    } else {
        QCOMPARE(int(r.error), expectedError);
    }
    switch (fault.kind) {
    case Fault::Kind::Status:
        if (body.startsWith('<')) {
            QVERIFY(r.headers.value("content-type").startsWith("text/html"));
            QCOMPARE(r.body, body);
        } else if (!body.isEmpty()) {
            QCOMPARE(r.body, body);
        } else {
            QCOMPARE(r.object().value(u"code"_s).toInt(), status);
        }
        break;
    case Fault::Kind::Throttle:
        QCOMPARE(r.object().value(u"code"_s).toInt(), 429);
        break;
    case Fault::Kind::Delay:
        QVERIFY2(r.elapsedMs >= delayMs - 20, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.object().value(u"id"_s).toInteger(), Demo::BotId);
        break;
    case Fault::Kind::Malformed:
        if (body.isEmpty())
            QVERIFY(!r.isJson());
        else
            QCOMPARE(r.body, body);
        break;
    case Fault::Kind::Empty204:
        QVERIFY(r.body.isEmpty());
        break;
    default:
        break;
    }
    // The fault was used up: the next call is normal.
    QCOMPARE(pod("GET", u"/pod/v2/sessioninfo"_s).status, 200);
    const QList<LoggedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().status, fault.kind == Fault::Kind::Drop ? 0 : expectedStatus);
    QVERIFY(r.body.size() < 100 || fault.kind != Fault::Kind::Drop);
}

void DemoPodTest::faultCountSkipAndMethod()
{
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.pathPattern = u"/pod/v2/.*"_s;
    fault.count = 2;
    fault.skip = 1;
    m_server->addFault(fault);
    QCOMPARE(pod("GET", u"/pod/v2/sessioninfo"_s).status, 200); // skipped
    QCOMPARE(pod("GET", u"/pod/v2/streams/"_s + str(Demo::ImStreamId) + u"/info"_s).status, 500);
    QCOMPARE(pod("GET", u"/pod/v2/sessioninfo"_s).status, 500);
    QCOMPARE(pod("GET", u"/pod/v2/sessioninfo"_s).status, 200);
    QVERIFY(m_server->faults().isEmpty());

    // The pattern must match the whole path, and the method must match.
    fault = Fault();
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    fault.method = "POST";
    fault.pathPattern = u"/pod/v1/streams/list"_s;
    fault.count = -1;
    m_server->addFault(fault);
    QCOMPARE(pod("POST", u"/pod/v1/streams/list/extra"_s, {}, "{}").status, 404);
    QCOMPARE(pod("GET", u"/pod/v1/streams/list"_s).status, 405);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pod("POST", u"/pod/v1/streams/list"_s, {}, "{}").status, 503);
    QCOMPARE(m_server->faults().size(), 1);
    m_server->clearFaults();
    QCOMPARE(pod("POST", u"/pod/v1/streams/list"_s, {}, "{}").status, 200);
}

void DemoPodTest::expiredFault()
{
    const auto [session, km] = login(m_server->baseUrl());
    const Headers h {{"sessionToken", session}};
    Fault fault;
    fault.kind = Fault::Kind::Expired;
    fault.pathPattern = u"/pod/.*"_s;
    m_server->addFault(fault);
    Response r = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, h);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object(), (QJsonObject {{u"code"_s, 401}, {u"message"_s, u"Invalid session"_s}}));
    // The fault is used up, but the token stays dead: the client must re-authenticate.
    r = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, h);
    QCOMPARE(r.status, 401);
    const auto fresh = login(m_server->baseUrl());
    QCOMPARE(send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, {{"sessionToken", fresh.first}}).status, 200);
    // Other sessions are untouched.
    QCOMPARE(pod("GET", u"/pod/v2/sessioninfo"_s).status, 200);
}

void DemoPodTest::staleFeedFault()
{
    const QString id = agent("POST", u"/agent/v5/datafeeds"_s).object().value(u"id"_s).toString();
    const QString readPath = u"/agent/v5/datafeeds/"_s + id + u"/read"_s;
    Fault fault;
    fault.kind = Fault::Kind::StaleFeed;
    fault.pathPattern = u"/agent/v5/datafeeds/[^/]+/read"_s;
    fault.skip = 1; // the first read works, the second finds the feed gone
    m_server->addFault(fault);
    QCOMPARE(agent("POST", readPath, {}, R"({"ackId":""})").status, 200);
    const Response stale = agent("POST", readPath, {}, R"({"ackId":"ack-1"})");
    QCOMPARE(stale.status, 400);
    QCOMPARE(stale.object().value(u"message"_s).toString(), u"Datafeed "_s + id + u" not found"_s);
    // The feed is really gone: listing, reading and deleting agree.
    for (const QJsonValue &f : agent("GET", u"/agent/v5/datafeeds"_s).array())
        QVERIFY(f.toObject().value(u"id"_s).toString() != id);
    QCOMPARE(agent("POST", readPath, {}, R"({"ackId":""})").status, 400);
    QCOMPARE(agent("DELETE", u"/agent/v5/datafeeds/"_s + id).status, 400);
}

void DemoPodTest::redirectFault()
{
    // The answer as it is on the wire: this manager follows nothing.
    QNetworkAccessManager manual;
    manual.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    Fault fault;
    fault.kind = Fault::Kind::Redirect;
    fault.pathPattern = u"/pod/v2/sessioninfo"_s;
    fault.location = u"https://elsewhere.example:8443/pod/v2/sessioninfo"_s;
    m_server->addFault(fault); // status 500 is not a 3xx: 307
    Response r = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, {}, {}, &manual);
    QCOMPARE(r.status, 307);
    QCOMPARE(r.headers.value("location"), QByteArray("https://elsewhere.example:8443/pod/v2/sessioninfo"));
    QVERIFY(r.body.isEmpty());

    fault.status = 308;
    fault.location = u"/pod/v2/sessioninfo?again=1"_s; // relative: same origin
    m_server->addFault(fault);
    r = send("GET", u"/pod/v2/sessioninfo"_s, {}, {}, {}, {}, &manual);
    QCOMPARE(r.status, 308);
    QCOMPARE(r.headers.value("location"), QByteArray("/pod/v2/sessioninfo?again=1"));
    QVERIFY(m_server->faults().isEmpty()); // used up

    // Through the control API: the kind by name, and the location is required.
    r = send("POST", u"/__mock/faults"_s, {},
        R"({"kind":"redirect","pathPattern":"/agent/v3/health","status":302,"location":"http://127.0.0.1:1/x"})");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(u"location"_s).toString(), u"http://127.0.0.1:1/x"_s);
    QCOMPARE(m_server->faults().first().kind, Fault::Kind::Redirect);
    QCOMPARE(send("DELETE", u"/__mock/faults"_s).status, 204);
    r = send("POST", u"/__mock/faults"_s, {}, R"({"kind":"redirect","pathPattern":"/agent/v3/health"})");
    QCOMPARE(r.status, 400);
    QVERIFY(m_server->faults().isEmpty());
}

void DemoPodTest::controlApi()
{
    Response r = send("POST", u"/__mock/faults"_s, {},
        R"({"kind":"throttle","method":"get","pathPattern":"/agent/v1/signals/list","retryAfterSeconds":1,"count":2})");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(u"kind"_s).toString(), u"throttle"_s);
    QCOMPARE(r.object().value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(send("GET", u"/__mock/faults"_s).array().size(), 1);
    QCOMPARE(m_server->faults().first().count, 2);
    QCOMPARE(agent("GET", u"/agent/v1/signals/list"_s).status, 429);
    QCOMPARE(send("DELETE", u"/__mock/faults"_s).status, 204);
    QCOMPARE(agent("GET", u"/agent/v1/signals/list"_s).status, 200);

    for (const QByteArray &bad :
        {QByteArray(R"({"kind":"explode"})"), QByteArray(R"({"kind":"status","status":"x"})"),
            QByteArray(R"({"kind":"status","status":299})"), QByteArray(R"({"kind":"delay","count":0})"),
            QByteArray(R"({"kind":"delay","pathPattern":"(("})"), QByteArray("[]")}) {
        r = send("POST", u"/__mock/faults"_s, {}, bad);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
    }
    QVERIFY(m_server->faults().isEmpty());
    // JSON round trip of every field.
    Fault f;
    f.kind = Fault::Kind::StaleFeed;
    f.method = "POST";
    f.pathPattern = u"/x"_s;
    f.status = 400;
    f.count = -1;
    f.skip = 3;
    f.retryAfterSeconds = 7;
    f.retryAfterHttpDate = u"Wed, 21 Oct 2026 07:28:00 GMT"_s;
    f.delayMs = 12;
    f.body = "b";
    f.location = u"https://elsewhere.example/pod"_s;
    const Result<Fault> back = faultFromJson(faultToJson(f));
    QVERIFY(back.ok());
    QCOMPARE(faultToJson(back.value()), faultToJson(f));

    m_server->clearRequestLog();
    agent("GET", u"/agent/v1/signals/list"_s, QUrlQuery(u"limit=1"_s));
    const QJsonArray log = send("GET", u"/__mock/log"_s).array();
    QCOMPARE(log.size(), 1); // control calls are not logged
    const QJsonObject entry = log.first().toObject();
    QCOMPARE(entry.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(entry.value(u"path"_s).toString(), u"/agent/v1/signals/list"_s);
    QCOMPARE(entry.value(u"query"_s).toString(), u"limit=1"_s);
    QCOMPARE(entry.value(u"status"_s).toInt(), 200);
    bool sawToken = false;
    for (const QJsonValue &h : entry.value(u"headers"_s).toArray())
        sawToken
            = sawToken || h.toArray().at(0).toString().compare(u"sessionToken"_s, Qt::CaseInsensitive) == 0;
    QVERIFY(sawToken);
    QCOMPARE(send("DELETE", u"/__mock/log"_s).status, 204);
    QCOMPARE(send("GET", u"/__mock/log"_s).array().size(), 0);
    QCOMPARE(send("GET", u"/__mock/nothing"_s).status, 404);

    const auto [privatePem, publicPem] = generateKeyPair();
    r = send("POST", u"/__mock/keys"_s, {},
        QJsonDocument(
            QJsonObject {{u"username"_s, u"bbaker"_s}, {u"publicKeyPem"_s, QString::fromLatin1(publicPem)}})
            .toJson());
    QCOMPARE(r.status, 204);
    QCOMPARE(send("POST", u"/login/pubkey/authenticate"_s, {},
                 tokenBody(makeJwt(privatePem, u"bbaker"_s, nowSecs() + 60)))
                 .status,
        200);
    QCOMPARE(send("POST", u"/__mock/keys"_s, {}, R"({"username":"nobody","publicKeyPem":""})").status, 400);
}

void DemoPodTest::requestLog()
{
    m_server->clearRequestLog();
    QUrlQuery q;
    q.addQueryItem(u"since"_s, u"0"_s);
    q.addQueryItem(u"limit"_s, u"2"_s);
    agent("GET", u"/agent/v4/stream/"_s + str(Demo::RatesDeskStreamId) + u"/message"_s, q);
    pod("POST", u"/pod/v1/streams/list"_s, {}, R"({"streamTypes":[{"type":"ROOM"}]})");
    agent("GET", u"/agent/v4/stream/"_s + str(Demo::RatesDeskStreamId) + u"/message"_s);
    const QList<LoggedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).method, QByteArray("GET"));
    QCOMPARE(log.at(0).path, u"/agent/v4/stream/"_s + str(Demo::RatesDeskStreamId) + u"/message"_s);
    QCOMPARE(log.at(0).query.queryItemValue(u"limit"_s), u"2"_s);
    QCOMPARE(log.at(0).header("SESSIONTOKEN"), m_session);
    QCOMPARE(log.at(0).header("keyManagerToken"), m_km);
    QCOMPARE(log.at(0).status, 200);
    QCOMPARE(log.at(1).body, QByteArray(R"({"streamTypes":[{"type":"ROOM"}]})"));
    QCOMPARE(log.at(1).header("content-type"), QByteArray("application/json"));
    QCOMPARE(log.at(2).status, 400); // since missing: a client that retried this would show twice
    m_server->clearRequestLog();
    QVERIFY(m_server->requestLog().isEmpty());
}

// --- Scale, TLS, lifetime, program ---------------------------------------------------------------

void DemoPodTest::lazyMillionMessages()
{
    Config config;
    config.messagesPerStream = 1000000;
    QElapsedTimer timer;
    timer.start();
    Server server(config);
    INSPECTOR_VERIFY_OK(server.start());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    const auto [session, km] = login(server.baseUrl());
    const Headers h {{"sessionToken", session}, {"keyManagerToken", km}};
    const QString rates = str(Demo::RatesDeskStreamId);
    const QJsonObject info
        = send("GET", u"/pod/v2/streams/"_s + rates + u"/info"_s, {}, {}, h, server.baseUrl()).object();
    const qint64 last = info.value(u"lastMessageDate"_s).toInteger();
    QVERIFY(last < QDateTime::currentMSecsSinceEpoch()); // a million messages still lie in the past

    timer.restart();
    QUrlQuery q;
    q.addQueryItem(u"since"_s, QString::number(last - 1000 * 15552));
    q.addQueryItem(u"limit"_s, u"500"_s);
    Response r = send("GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, q, {}, h, server.baseUrl());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 500);
    const QJsonObject lastMessage = r.array().last().toObject();
    // The last page ends with message #999999.
    q.clear();
    q.addQueryItem(u"since"_s, QString::number(last));
    r = send("GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, q, {}, h, server.baseUrl());
    QCOMPARE(r.array().size(), 1);
    QVERIFY(r.array().first().toObject().value(u"timestamp"_s).toInteger() == last);
    QVERIFY(lastMessage.value(u"timestamp"_s).toInteger() <= last);
    q.clear();
    q.addQueryItem(u"since"_s, u"0"_s);
    q.addQueryItem(u"skip"_s, u"999999"_s);
    r = send("GET", u"/agent/v4/stream/"_s + rates + u"/message"_s, q, {}, h, server.baseUrl());
    QCOMPARE(r.array().size(), 1);
    const QString lastId = r.array().first().toObject().value(u"messageId"_s).toString();
    QCOMPARE(send("GET", u"/agent/v1/message/"_s + lastId, {}, {}, h, server.baseUrl())
                 .object()
                 .value(u"timestamp"_s)
                 .toInteger(),
        last);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void DemoPodTest::tls()
{
    Config config;
    config.streams = 3;
    config.tls = true;
    Server server(config);
    INSPECTOR_VERIFY_OK(server.start());
    QCOMPARE(server.baseUrl().scheme(), u"https"_s);
    const QSslCertificate certificate = Server::tlsCertificate();
    QVERIFY(!certificate.isNull());
    QVERIFY(certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));

    // Trust the demo certificate explicitly: no ignoreSslErrors anywhere.
    QNetworkAccessManager nam;
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(certificate);
    m_ssl = trusting;
    Response r = send("GET", u"/agent/v3/health"_s, {}, {}, {}, server.baseUrl(), &nam);
    QCOMPARE(r.status, 200);
    const auto [session, km] = login(server.baseUrl(), &nam);
    QVERIFY(!session.isEmpty());

    r = send("POST", u"/sessionauth/v1/authenticate"_s, {}, {}, {}, server.baseUrl(), &nam);
    QCOMPARE(r.status, 401);

    // With a client certificate (the demo certificate doubles as one) cert auth succeeds.
    QFile keyFile(u":/demopod/demo-tls-key.pem"_s);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration withClientCert = trusting;
    withClientCert.setLocalCertificate(certificate);
    withClientCert.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    m_ssl = withClientCert;
    QNetworkAccessManager certNam;
    r = send("POST", u"/sessionauth/v1/authenticate"_s, {}, {}, {}, server.baseUrl(), &certNam);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"name"_s).toString(), u"sessionToken"_s);
    const QByteArray certSession = r.object().value(u"token"_s).toString().toLatin1();
    r = send("POST", u"/keyauth/v1/authenticate"_s, {}, {}, {}, server.baseUrl(), &certNam);
    QCOMPARE(r.object().value(u"name"_s).toString(), u"keyManagerToken"_s);
    r = send(
        "GET", u"/pod/v2/sessioninfo"_s, {}, {}, {{"sessionToken", certSession}}, server.baseUrl(), &certNam);
    QCOMPARE(r.object().value(u"username"_s).toString(), u"export-bot"_s);
    m_ssl.reset();
}

void DemoPodTest::stopWithPendingReply()
{
    Config config;
    config.streams = 1;
    auto server = std::make_unique<Server>(config);
    QVERIFY(server->start().ok());
    const Result<> again = server->start(); // already running
    QVERIFY(!again.ok());
    QVERIFY(again.error().message().contains(u"already"_s));
    Fault slow;
    slow.kind = Fault::Kind::Delay;
    slow.delayMs = 10000;
    server->addFault(slow);
    QUrl url = server->baseUrl();
    url.setPath(u"/agent/v3/health"_s);
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QTRY_COMPARE(server->requestLog().size(), 1);
    QElapsedTimer timer;
    timer.start();
    server.reset(); // stops the thread with the answer still pending
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();

    // A port in use is reported.
    Server first(config);
    QVERIFY(first.start().ok());
    Config same = config;
    same.port = quint16(first.baseUrl().port());
    Server second(same);
    const Result<> inUse = second.start();
    QVERIFY(!inUse.ok());
    const QString error = inUse.error().message();
    QVERIFY2(error.contains(QString::number(same.port)), qPrintable(error));
    QVERIFY(!second.isRunning());
    QVERIFY(second.baseUrl().isEmpty());
}

void DemoPodTest::standaloneProgram()
{
    QProcess process;
    QUrl base;
    StandalonePod::start(process,
        {u"--port"_s, u"0"_s, u"--streams"_s, u"3"_s, u"--messages-per-stream"_s, u"20"_s,
            u"--long-poll-ms"_s, u"100"_s, u"--down"_s, u"ceservice"_s},
        &base);
    if (QTest::currentTestFailed())
        return;
    Response r = send("GET", u"/agent/v3/health/extended"_s, {}, {}, {}, base);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.object()
                 .value(u"users"_s)
                 .toObject()
                 .value(u"ceservice"_s)
                 .toObject()
                 .value(u"message"_s)
                 .toString(),
        u"ceservice credentials not configured"_s);
    const auto [session, km] = login(base);
    r = send("POST", u"/pod/v1/streams/list"_s, QUrlQuery(u"limit=100"_s), "{}", {{"sessionToken", session}},
        base);
    QCOMPARE(r.array().size(), 5 + 3);
    QCOMPARE(
        send("POST", u"/__mock/faults"_s, {}, R"({"kind":"status","status":502})", {}, base).status, 201);
    QCOMPARE(send("GET", u"/agent/v3/health"_s, {}, {}, {}, base).status, 502);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));

    QProcess bad;
    bad.start(QString::fromLocal8Bit(DEMO_POD_EXECUTABLE), {u"--messages-per-stream"_s, u"3"_s});
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--messages-per-stream"));
    bad.start(QString::fromLocal8Bit(DEMO_POD_EXECUTABLE), {u"--down"_s, u"warp_drive"_s});
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 2);
}

INSPECTOR_TEST_GUILESS_MAIN(DemoPodTest)
#include "tst_demopod.moc"
