// SPDX-License-Identifier: Apache-2.0
#include "sessions.h"

#include "dataset.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
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

Sessions::Sessions(const Config &config, const DataSet &data)
    : m_tokenTtlMs(config.tokenTtlMs)
    , m_requireKeyManagerToken(config.requireKeyManagerToken)
    , m_data(data)
{ }

QString Sessions::issue(qint64 userId, bool keyManager)
{
    QString token;
    if (keyManager) {
        token = QString::fromLatin1(randomBytes(64).toHex());
    } else {
        const DemoUser *u = m_data.user(userId);
        const QJsonObject claims {
            {u"sub"_s, u ? u->username : QString::number(userId)},
            {u"userId"_s, userId},
            {u"exp"_s, QDateTime::currentSecsSinceEpoch() + m_tokenTtlMs / 1000},
            {u"canUseSimplifiedKeyDelivery"_s, !m_requireKeyManagerToken},
            {u"sessionId"_s, QString::fromLatin1(randomBytes(16).toHex())},
        };
        token = QString::fromLatin1(base64Url(R"({"alg":"RS512"})") + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(randomBytes(64)));
    }
    Session session {userId, QDeadlineTimer(m_tokenTtlMs)};
    (keyManager ? m_keyManagerTokens : m_sessions).insert(token, session);
    return token;
}

qint64 Sessions::authorize(const HttpRequest &request, Component component, HttpReply *error)
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
    if (component == Component::Agent && m_requireKeyManagerToken) {
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

void Sessions::invalidate(const HttpRequest &request)
{
    m_sessions.remove(QString::fromLatin1(request.header("sessionToken")));
}

} // namespace Inspector::DemoPod
