// SPDX-License-Identifier: Apache-2.0
#include "authendpoints.h"

#include "endpointcontext.h"
#include "jwtverifier.h"
#include "requestparams.h"
#include "router.h"
#include "sharedstate.h"

#include <QDateTime>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

AuthEndpoints::AuthEndpoints(EndpointContext &context)
    : m_context(context)
{ }

void AuthEndpoints::registerRoutes(Router &router)
{
    router.add("POST", u"/login/pubkey/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return rsaAuthenticate(r, false); });
    router.add("POST", u"/relay/pubkey/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return rsaAuthenticate(r, true); });
    router.add("POST", u"/sessionauth/v1/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return certAuthenticate(r, false); });
    router.add("POST", u"/keyauth/v1/authenticate"_s,
        [this](const HttpRequest &r, const QString &) { return certAuthenticate(r, true); });
}

HttpReply AuthEndpoints::tokenReply(qint64 userId, bool keyManager)
{
    return HttpReply::json(200,
        QJsonObject {
            {u"name"_s, keyManager ? u"keyManagerToken"_s : u"sessionToken"_s},
            {u"token"_s, m_context.sessions.issue(userId, keyManager)},
        });
}

HttpReply AuthEndpoints::rsaAuthenticate(const HttpRequest &request, bool keyManager)
{
    const HttpReply invalid = HttpReply::error(401, u"Invalid authentication token"_s);
    QJsonObject body;
    HttpReply error;
    if (!readJsonObject(request.body, true, &body, &error))
        return invalid;
    const QJsonValue tokenValue = body.value(u"token"_s);
    if (!tokenValue.isString())
        return invalid;
    const Result<ParsedJwt> jwt = parseJwt(tokenValue.toString().toUtf8());
    if (!jwt)
        return invalid;
    const JwtClaims &claims = jwt.value().claims;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Docs: the JWT must expire in the future and no more than 5 minutes from now.
    if (claims.expiresAt <= now || claims.expiresAt > now + 300)
        return invalid;
    const DemoUser *user = m_context.dataSet().userByUsername(claims.subject);
    if (!user || !user->active)
        return invalid;
    bool verified = false;
    for (const QByteArray &pem : m_context.shared->userKeys(user->username)) {
        const Result<RsaPublicKey> key = RsaPublicKey::fromPem(pem);
        if (key && key.value().verifyRs512(jwt.value().signingInput, jwt.value().signature)) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return invalid;
    return tokenReply(user->id, keyManager);
}

HttpReply AuthEndpoints::certAuthenticate(const HttpRequest &request, bool keyManager)
{
    // Any client certificate presented over TLS is accepted: the demo pod has no CA of its own.
    // A certificate whose CN is a known username logs that user in, any other the bot.
    if (!request.tls || request.peerCertificate.isNull())
        return HttpReply::error(401, u"A client certificate is required"_s);
    const QStringList names = request.peerCertificate.subjectInfo(QSslCertificate::CommonName);
    const DataSet &data = m_context.dataSet();
    const DemoUser *user = names.isEmpty() ? nullptr : data.userByUsername(names.first());
    if (!user)
        user = data.userByUsername(Server::botUsername());
    return tokenReply(user->id, keyManager);
}

} // namespace Inspector::DemoPod
