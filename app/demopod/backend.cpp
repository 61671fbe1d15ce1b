// SPDX-License-Identifier: Apache-2.0
#include "backend.h"

#include "demodata.h"
#include "idcodec.h"
#include "jwtverifier.h"
#include "requestparams.h"
#include "sharedstate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

} // namespace

Backend::Backend(const Config &config, SharedState *shared, std::shared_ptr<const DataSet> data)
    : m_config(config)
    , m_shared(shared)
    , m_data(std::move(data))
{
    const qint64 created = Demo::M1Timestamp - 2 * 3600000;
    m_feeds.append({QString::fromLatin1(Demo::DatahoseFeedId), u"datahose-export-bot"_s, u"datahose"_s,
        created, FeedCursor {}});
    m_feeds.append(
        {QString::fromLatin1(Demo::ExistingFeedId), QString(), u"fanout"_s, created + 60000, FeedCursor {}});
    m_generator = std::make_unique<EventGenerator>(*m_data, m_config);
    // Costs are in hits and list entries: a few tens of MB at most.
    m_searches.setMaxCost(1000000);
    m_lists.setMaxCost(2000000);
    registerRoutes();
}

void Backend::registerRoutes()
{
    auto add = [this](const QByteArray &method, const QString &pattern,
                   HttpReply (Backend::*member)(const HttpRequest &, const QString &)) {
        m_router.add(method, pattern, [this, member](const HttpRequest &request, const QString &arg) {
            return (this->*member)(request, arg);
        });
    };
    auto add0 = [this](const QByteArray &method, const QString &pattern,
                    HttpReply (Backend::*member)(const HttpRequest &)) {
        m_router.add(method, pattern,
            [this, member](const HttpRequest &request, const QString &) { return (this->*member)(request); });
    };
    auto lambda = [this](const QByteArray &method, const QString &pattern, Router::Handler handler) {
        m_router.add(method, pattern, std::move(handler));
    };

    lambda("POST", u"/login/pubkey/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return rsaAuthenticate(r, false); });
    lambda("POST", u"/relay/pubkey/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return rsaAuthenticate(r, true); });
    lambda("POST", u"/sessionauth/v1/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return certAuthenticate(r, false); });
    lambda("POST", u"/keyauth/v1/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return certAuthenticate(r, true); });

    add0("GET", u"/pod/v2/sessioninfo"_s, &Backend::sessionInfo);
    lambda("POST", u"/pod/v1/streams/list"_s,
        [this](const HttpRequest &r, const QString &) { return streamsList(r, 0, false); });
    add0("POST", u"/pod/v2/admin/streams/list"_s, &Backend::adminStreamsList);
    lambda(
        "POST", u"/pod/v1/admin/user/{uid}/streams/list"_s, [this](const HttpRequest &r, const QString &uid) {
            bool ok = false;
            const qint64 id = uid.toLongLong(&ok);
            if (!ok || id <= 0)
                return HttpReply::error(400, u"Invalid user id: "_s + uid);
            return streamsList(r, id, true);
        });
    add("GET", u"/pod/v2/streams/{sid}/info"_s, &Backend::streamInfo);
    add("GET", u"/pod/v3/room/{id}/info"_s, &Backend::roomInfo);
    add0("POST", u"/pod/v3/room/search"_s, &Backend::roomSearch);
    add("GET", u"/pod/v2/room/{id}/membership/list"_s, &Backend::roomMembers);
    add("GET", u"/pod/v1/admin/stream/{id}/membership/list"_s, &Backend::adminMembers);
    add("GET", u"/pod/v1/admin/messages/{messageId}/receipts"_s, &Backend::receipts);
    add("GET", u"/pod/v1/message/{mid}/status"_s, &Backend::messageStatus);
    add("GET", u"/pod/v1/streams/{sid}/attachments"_s, &Backend::attachmentList);
    add0("GET", u"/pod/v3/users"_s, &Backend::users);

    add0("GET", u"/agent/v1/info"_s, &Backend::agentInfo);
    lambda("GET", u"/agent/v3/health"_s,
        [this](const HttpRequest &r, const QString &) { return health(r, false); });
    lambda("GET", u"/agent/v3/health/extended"_s,
        [this](const HttpRequest &r, const QString &) { return health(r, true); });
    add("GET", u"/agent/v4/stream/{sid}/message"_s, &Backend::history);
    lambda("POST", u"/agent/v1/message/search"_s,
        [this](const HttpRequest &r, const QString &) { return search(r, true); });
    lambda("GET", u"/agent/v1/message/search"_s,
        [this](const HttpRequest &r, const QString &) { return search(r, false); });
    add("GET", u"/agent/v1/message/{id}"_s, &Backend::oneMessage);
    add("GET", u"/agent/v1/stream/{sid}/attachment"_s, &Backend::attachment);
    add0("GET", u"/agent/v1/signals/list"_s, &Backend::signalsList);
    add("GET", u"/agent/v1/signals/{id}/get"_s, &Backend::signal);
    add0("GET", u"/agent/v5/datafeeds"_s, &Backend::listFeeds);
    add0("POST", u"/agent/v5/datafeeds"_s, &Backend::createFeed);
    add("POST", u"/agent/v5/datafeeds/{datafeedId}/read"_s, &Backend::readFeed);
    add("DELETE", u"/agent/v5/datafeeds/{datafeedId}"_s, &Backend::deleteFeed);
    add0("POST", u"/agent/v5/events/read"_s, &Backend::datahose);
}

HttpReply Backend::handle(const HttpRequest &request)
{
    Router::Handler handler;
    QString argument;
    switch (m_router.find(request.method, request.path, &handler, &argument)) {
    case Router::Match::Found:
        return handler(request, argument);
    case Router::Match::WrongMethod:
        return HttpReply::error(405,
            u"Method "_s + QString::fromLatin1(request.method) + u" is not allowed on "_s + request.path);
    case Router::Match::NotFound:
        break;
    }
    return HttpReply::error(404, u"No such endpoint: "_s + request.path);
}

// --- Authentication ------------------------------------------------------------------------------

QString Backend::issueToken(qint64 userId, bool keyManager)
{
    QString token;
    if (keyManager) {
        token = QString::fromLatin1(randomBytes(64).toHex());
    } else {
        const DemoUser *u = m_data->user(userId);
        const QJsonObject claims {
            {u"sub"_s, u ? u->username : QString::number(userId)},
            {u"userId"_s, userId},
            {u"exp"_s, QDateTime::currentSecsSinceEpoch() + m_config.tokenTtlMs / 1000},
            {u"canUseSimplifiedKeyDelivery"_s, !m_config.requireKeyManagerToken},
            {u"sessionId"_s, QString::fromLatin1(randomBytes(16).toHex())},
        };
        token = QString::fromLatin1(base64Url(R"({"alg":"RS512"})") + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(randomBytes(64)));
    }
    Session session {userId, QDeadlineTimer(m_config.tokenTtlMs)};
    (keyManager ? m_keyManagerTokens : m_sessions).insert(token, session);
    return token;
}

HttpReply Backend::rsaAuthenticate(const HttpRequest &request, bool keyManager)
{
    const HttpReply invalid = HttpReply::error(401, u"Invalid authentication token"_s);
    QJsonObject body;
    HttpReply error;
    if (!readJsonObject(request.body, true, &body, &error))
        return invalid;
    const QJsonValue tokenValue = body.value(u"token"_s);
    if (!tokenValue.isString())
        return invalid;
    JwtClaims claims;
    QByteArray signingInput;
    QByteArray signature;
    QString why;
    if (!parseJwt(tokenValue.toString().toUtf8(), &claims, &signingInput, &signature, &why))
        return invalid;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Docs: the JWT must expire in the future and no more than 5 minutes from now.
    if (claims.expiresAt <= now || claims.expiresAt > now + 300)
        return invalid;
    const DemoUser *user = m_data->userByUsername(claims.subject);
    if (!user || !user->active)
        return invalid;
    bool verified = false;
    for (const QByteArray &pem : m_shared->userKeys(user->username)) {
        RsaPublicKey key;
        QString keyError;
        if (RsaPublicKey::fromPem(pem, &key, &keyError) && key.verifyRs512(signingInput, signature)) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return invalid;
    return HttpReply::json(200,
        QJsonObject {
            {u"name"_s, keyManager ? u"keyManagerToken"_s : u"sessionToken"_s},
            {u"token"_s, issueToken(user->id, keyManager)},
        });
}

HttpReply Backend::certAuthenticate(const HttpRequest &request, bool keyManager)
{
    // Any client certificate presented over TLS is accepted: the demo pod has no CA of its own.
    // A certificate whose CN is a known username logs that user in, any other the bot.
    if (!request.tls || request.peerCertificate.isNull())
        return HttpReply::error(401, u"A client certificate is required"_s);
    const QStringList names = request.peerCertificate.subjectInfo(QSslCertificate::CommonName);
    const DemoUser *user = names.isEmpty() ? nullptr : m_data->userByUsername(names.first());
    if (!user)
        user = m_data->userByUsername(Server::botUsername());
    return HttpReply::json(200,
        QJsonObject {
            {u"name"_s, keyManager ? u"keyManagerToken"_s : u"sessionToken"_s},
            {u"token"_s, issueToken(user->id, keyManager)},
        });
}

qint64 Backend::authorize(const HttpRequest &request, Component component, HttpReply *error)
{
    const QString token = QString::fromLatin1(request.header("sessionToken"));
    const auto it = m_sessions.constFind(token);
    if (token.isEmpty() || it == m_sessions.cend() || it->expiry.hasExpired()) {
        if (it != m_sessions.cend())
            m_sessions.remove(token);
        *error = HttpReply::error(401, u"Invalid session"_s);
        return 0;
    }
    const qint64 userId = it->userId;
    if (component == Component::Agent && m_config.requireKeyManagerToken) {
        const QString km = QString::fromLatin1(request.header("keyManagerToken"));
        const auto kmIt = m_keyManagerTokens.constFind(km);
        if (km.isEmpty() || kmIt == m_keyManagerTokens.cend() || kmIt->expiry.hasExpired()) {
            if (kmIt != m_keyManagerTokens.cend())
                m_keyManagerTokens.remove(km);
            *error = HttpReply::error(401, u"Invalid key manager token"_s);
            return 0;
        }
    }
    return userId;
}

void Backend::invalidateSession(const HttpRequest &request)
{
    m_sessions.remove(QString::fromLatin1(request.header("sessionToken")));
}

QList<int> Backend::cachedList(const QString &key, const std::function<QList<int>()> &make)
{
    if (const QList<int> *list = m_lists.object(key))
        return *list;
    QList<int> list = make();
    m_lists.insert(key, new QList<int>(list), qMax<qsizetype>(1, list.size()));
    return list;
}

bool Backend::isAdmin(qint64 userId) const
{
    const DemoUser *u = m_data->user(userId);
    return u && u->system;
}

HttpReply Backend::forbidden(qint64 userId) const
{
    return HttpReply::error(403,
        u"User "_s + QString::number(userId) + u" is neither an admin nor a member of the specified rooms"_s);
}

int Backend::resolveStream(const QString &id, HttpReply *error) const
{
    QByteArray raw;
    if (id.isEmpty() || IdCodec::looksStandard(id) || !IdCodec::fromUrlSafe(id, &raw)) {
        *error = HttpReply::error(400, u"Stream not found."_s);
        return -1;
    }
    const int index = m_data->streamIndex(id);
    if (index < 0)
        *error = HttpReply::error(400, u"Stream not found."_s);
    return index;
}

MessageRef Backend::resolveMessage(
    const QString &id, int missingStatus, const QString &missingMessage, HttpReply *error) const
{
    QByteArray raw;
    if (id.isEmpty() || IdCodec::looksStandard(id) || !IdCodec::fromUrlSafe(id, &raw)) {
        *error = HttpReply::error(400, u"Invalid message id: "_s + id);
        return {};
    }
    const MessageRef ref = m_data->findMessage(raw);
    if (!ref.isValid()) {
        if (missingStatus == 204)
            *error = HttpReply::noContent();
        else
            *error = HttpReply::error(missingStatus, missingMessage);
    }
    return ref;
}

} // namespace Inspector::DemoPod
