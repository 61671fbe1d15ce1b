// SPDX-License-Identifier: Apache-2.0
#include "api/requests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include "data/ids.h"
#include "data/parse.h"

using namespace Qt::StringLiterals;
using Service = Inspector::ServiceUrls::Service;
using Method = Inspector::ApiRequest::Method;
using Auth = Inspector::ApiRequest::Auth;

namespace Inspector {

QByteArray ApiRequest::methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

void ApiRequest::setMessagesLimits()
{
    maxBodyBytes = RequestLimits::MessagesBodyBytes;
    deadlineMs = RequestLimits::MessagesDeadlineMs;
}

void ApiRequest::setAttachmentLimits()
{
    maxBodyBytes = RequestLimits::AttachmentBodyBytes;
    deadlineMs = RequestLimits::AttachmentDeadlineMs;
}

namespace Requests {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Requests", text);
}

ApiRequest make(Service service, Method method, const QString &path, Auth auth, const QString &description)
{
    ApiRequest r;
    r.service = service;
    r.method = method;
    r.path = path;
    r.auth = auth;
    r.description = description;
    return r;
}

/// A login request: POST, without credentials (it is what gets them), marked as authentication.
ApiRequest authentication(Service service, const QString &path, const QString &description)
{
    ApiRequest r = make(service, Method::Post, path, Auth::None, description);
    r.isAuthentication = true;
    return r;
}

void setJson(ApiRequest &r, const QJsonObject &body)
{
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.hasBody = true;
}

int clampLimit(int limit, int max)
{
    return std::clamp(limit, 1, max);
}

void addPaging(ApiRequest &r, int skip, int limit, int max)
{
    r.query.addQueryItem(u"skip"_s, QString::number(std::max(skip, 0)));
    r.query.addQueryItem(u"limit"_s, QString::number(clampLimit(limit, max)));
}

QString id(const QString &raw)
{
    return Ids::toUrlSafe(raw);
}

} // namespace

QJsonObject StreamFilter::toJson() const
{
    QJsonObject o;
    if (!types.isEmpty()) {
        QJsonArray arr;
        for (const QString &t : types)
            arr.append(QJsonObject {{u"type"_s, t}});
        o.insert(u"streamTypes"_s, arr);
    }
    o.insert(u"includeInactiveStreams"_s, includeInactive);
    return o;
}

QJsonObject StreamFilter::toAdminJson() const
{
    QJsonObject o;
    QJsonArray arr;
    for (const QString &t : types) {
        if (t != "POST"_L1) // V2AdminStreamType knows IM, MIM and ROOM only
            arr.append(QJsonObject {{u"type"_s, t}});
    }
    if (!arr.isEmpty())
        o.insert(u"streamTypes"_s, arr);
    if (!includeInactive)
        o.insert(u"status"_s, u"ACTIVE"_s);
    return o;
}

ApiRequest agentInfo()
{
    return make(Service::Agent, Method::Get, u"/v1/info"_s, Auth::None, tr("reading the agent information"));
}

ApiRequest health()
{
    return make(Service::Agent, Method::Get, u"/v3/health"_s, Auth::None, tr("checking the agent's health"));
}

ApiRequest healthExtended()
{
    ApiRequest r = make(Service::Agent, Method::Get, u"/v3/health/extended"_s, Auth::None,
        tr("checking the health of the agent's components"));
    // 503 is the agent's DOWN report, in the same V3Health shape; a proxy's 503 page is not.
    r.acceptsAnswer = [](int status, const QByteArray &body) {
        if (status != 503)
            return false;
        const auto health = Parse::health(body);
        return health.ok() && !health.value.status.isEmpty();
    };
    return r;
}

ApiRequest sessionInfo()
{
    return make(Service::Pod, Method::Get, u"/v2/sessioninfo"_s, Auth::Session, tr("reading the session"));
}

ApiRequest rsaSessionAuth(const QByteArray &jwt)
{
    ApiRequest r = authentication(
        Service::Login, u"/pubkey/authenticate"_s, tr("authenticating with the bot's RSA key"));
    setJson(r, QJsonObject {{u"token"_s, QString::fromLatin1(jwt)}});
    return r;
}

ApiRequest rsaKeyManagerAuth(const QByteArray &jwt)
{
    ApiRequest r = authentication(
        Service::KeyManager, u"/pubkey/authenticate"_s, tr("authenticating with the key manager"));
    setJson(r, QJsonObject {{u"token"_s, QString::fromLatin1(jwt)}});
    return r;
}

ApiRequest certSessionAuth()
{
    // No body and no content type: some deployments answer a JSON content type with 401.
    ApiRequest r = authentication(
        Service::SessionAuth, u"/v1/authenticate"_s, tr("authenticating with the client certificate"));
    r.useClientCertificate = true;
    return r;
}

ApiRequest certKeyManagerAuth()
{
    ApiRequest r = authentication(Service::KeyAuth, u"/v1/authenticate"_s,
        tr("authenticating with the key manager using the client certificate"));
    r.useClientCertificate = true;
    return r;
}

ApiRequest streams(const StreamFilter &filter, int skip, int limit)
{
    ApiRequest r
        = make(Service::Pod, Method::Post, u"/v1/streams/list"_s, Auth::Session, tr("listing streams"));
    addPaging(r, skip, limit, Limits::Streams);
    setJson(r, filter.toJson());
    return r;
}

ApiRequest adminStreams(const StreamFilter &filter, int skip, int limit)
{
    ApiRequest r = make(Service::Pod, Method::Post, u"/v2/admin/streams/list"_s, Auth::Session,
        tr("listing the enterprise's streams"));
    addPaging(r, skip, limit, Limits::AdminStreams);
    setJson(r, filter.toAdminJson());
    return r;
}

ApiRequest userStreams(qint64 userId, const StreamFilter &filter, int skip, int limit)
{
    ApiRequest r = make(Service::Pod, Method::Post, u"/v1/admin/user/%1/streams/list"_s.arg(userId),
        Auth::Session, tr("listing the streams of user %1").arg(userId));
    addPaging(r, skip, limit, Limits::Streams);
    setJson(r, filter.toJson());
    return r;
}

ApiRequest streamInfo(const QString &streamId)
{
    return make(Service::Pod, Method::Get, u"/v2/streams/%1/info"_s.arg(id(streamId)), Auth::Session,
        tr("reading stream %1").arg(streamId));
}

ApiRequest roomInfo(const QString &roomId)
{
    return make(Service::Pod, Method::Get, u"/v3/room/%1/info"_s.arg(id(roomId)), Auth::Session,
        tr("reading room %1").arg(roomId));
}

ApiRequest roomSearch(const QJsonObject &criteria, int skip, int limit)
{
    ApiRequest r
        = make(Service::Pod, Method::Post, u"/v3/room/search"_s, Auth::Session, tr("searching rooms"));
    addPaging(r, skip, limit, Limits::RoomSearch);
    setJson(r, criteria);
    return r;
}

ApiRequest roomMembers(const QString &roomId)
{
    return make(Service::Pod, Method::Get, u"/v2/room/%1/membership/list"_s.arg(id(roomId)), Auth::Session,
        tr("listing the members of room %1").arg(roomId));
}

ApiRequest adminMembers(const QString &streamId, int skip, int limit)
{
    ApiRequest r = make(Service::Pod, Method::Get, u"/v1/admin/stream/%1/membership/list"_s.arg(id(streamId)),
        Auth::Session, tr("listing the members of stream %1").arg(streamId));
    addPaging(r, skip, limit, Limits::AdminMembers);
    return r;
}

ApiRequest messages(const QString &streamId, qint64 since, std::optional<qint64> until, int skip, int limit)
{
    ApiRequest r = make(Service::Agent, Method::Get, u"/v4/stream/%1/message"_s.arg(id(streamId)),
        Auth::SessionAndKeyManager, tr("reading the messages of stream %1").arg(streamId));
    r.query.addQueryItem(u"since"_s, QString::number(std::max<qint64>(since, 0)));
    if (until)
        r.query.addQueryItem(u"until"_s, QString::number(*until));
    addPaging(r, skip, limit, Limits::Messages);
    r.setMessagesLimits();
    return r;
}

ApiRequest message(const QString &messageId)
{
    ApiRequest r = make(Service::Agent, Method::Get, u"/v1/message/%1"_s.arg(id(messageId)),
        Auth::SessionAndKeyManager, tr("reading message %1").arg(messageId));
    r.setMessagesLimits();
    return r;
}

ApiRequest messageSearch(const QString &query, int skip, int limit)
{
    ApiRequest r = make(Service::Agent, Method::Get, u"/v1/message/search"_s, Auth::SessionAndKeyManager,
        tr("searching messages"));
    r.query.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
    addPaging(r, skip, limit, Limits::MessageSearch);
    r.setMessagesLimits();
    return r;
}

ApiRequest messageSearch(const QJsonObject &criteria, int skip, int limit)
{
    ApiRequest r = make(Service::Agent, Method::Post, u"/v1/message/search"_s, Auth::SessionAndKeyManager,
        tr("searching messages"));
    addPaging(r, skip, limit, Limits::MessageSearch);
    setJson(r, criteria);
    r.setMessagesLimits();
    return r;
}

ApiRequest receipts(const QString &messageId, const QString &after)
{
    ApiRequest r = make(Service::Pod, Method::Get, u"/v1/admin/messages/%1/receipts"_s.arg(id(messageId)),
        Auth::Session, tr("reading the receipts of message %1").arg(messageId));
    if (!after.isEmpty())
        r.query.addQueryItem(u"after"_s, QString::fromLatin1(QUrl::toPercentEncoding(after)));
    return r;
}

ApiRequest messageStatus(const QString &messageId)
{
    return make(Service::Pod, Method::Get, u"/v1/message/%1/status"_s.arg(id(messageId)), Auth::Session,
        tr("reading the status of message %1").arg(messageId));
}

ApiRequest streamAttachments(
    const QString &streamId, std::optional<qint64> since, std::optional<qint64> to, int limit)
{
    ApiRequest r = make(Service::Pod, Method::Get, u"/v1/streams/%1/attachments"_s.arg(id(streamId)),
        Auth::Session, tr("listing the attachments of stream %1").arg(streamId));
    if (since)
        r.query.addQueryItem(u"since"_s, QString::number(*since));
    if (to)
        r.query.addQueryItem(u"to"_s, QString::number(*to));
    r.query.addQueryItem(u"limit"_s, QString::number(clampLimit(limit, Limits::Attachments)));
    r.query.addQueryItem(u"sortDir"_s, u"ASC"_s);
    return r;
}

ApiRequest attachment(const QString &streamId, const QString &fileId, const QString &messageId)
{
    ApiRequest r = make(Service::Agent, Method::Get, u"/v1/stream/%1/attachment"_s.arg(id(streamId)),
        Auth::SessionAndKeyManager, tr("downloading attachment %1").arg(fileId));
    r.query.addQueryItem(u"fileId"_s, QString::fromLatin1(QUrl::toPercentEncoding(fileId)));
    r.query.addQueryItem(u"messageId"_s, id(messageId));
    r.setAttachmentLimits();
    return r;
}

ApiRequest signalList(int skip, int limit)
{
    ApiRequest r = make(Service::Agent, Method::Get, u"/v1/signals/list"_s, Auth::SessionAndKeyManager,
        tr("listing signals"));
    addPaging(r, skip, limit, Limits::Signals);
    return r;
}

ApiRequest signal(const QString &signalId)
{
    return make(Service::Agent, Method::Get,
        u"/v1/signals/%1/get"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(signalId))),
        Auth::SessionAndKeyManager, tr("reading signal %1").arg(signalId));
}

ApiRequest users(UserKey key, const QStringList &values, bool local)
{
    ApiRequest r = make(Service::Pod, Method::Get, u"/v3/users"_s, Auth::Session, tr("looking up users"));
    const QString name = key == UserKey::Id ? u"uid"_s : key == UserKey::Email ? u"email"_s : u"username"_s;
    QStringList encoded;
    encoded.reserve(values.size());
    for (const QString &v : values)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(v)));
    r.query.addQueryItem(name, encoded.join(u','));
    r.query.addQueryItem(u"local"_s, local ? u"true"_s : u"false"_s);
    return r;
}

} // namespace Requests
} // namespace Inspector
