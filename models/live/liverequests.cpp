// SPDX-License-Identifier: Apache-2.0
#include "live/liverequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Inspector::LiveRequests {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::LiveRequests", text);
}

ApiRequest make(ApiRequest::Method method, const QString &path, const QString &description)
{
    ApiRequest r;
    r.service = ServiceUrls::Service::Agent;
    r.method = method;
    r.path = path;
    r.auth = ApiRequest::Auth::SessionAndKeyManager;
    r.description = description;
    return r;
}

void setBody(ApiRequest *r, const QJsonObject &body)
{
    r->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r->hasBody = true;
}

QString feedPath(const QString &feedId)
{
    // Feed ids are [0-9a-f_]+ in practice; encode anyway so that a hostile id cannot change the path.
    return u"/v5/datafeeds/"_s + QString::fromLatin1(QUrl::toPercentEncoding(feedId));
}

} // namespace

ApiRequest listDatafeeds(const QString &tag)
{
    ApiRequest r = make(ApiRequest::Method::Get, u"/v5/datafeeds"_s, tr("listing the datafeeds"));
    if (!tag.isEmpty())
        r.query.addQueryItem(
            u"tag"_s, QString::fromLatin1(QUrl::toPercentEncoding(tag.left(MaxDatafeedTagLength))));
    return r;
}

ApiRequest createDatafeed(const QString &tag, bool includeInvisible)
{
    ApiRequest r = make(ApiRequest::Method::Post, u"/v5/datafeeds"_s, tr("creating a datafeed"));
    QJsonObject body {{u"includeInvisible"_s, includeInvisible}};
    if (!tag.isEmpty())
        body.insert(u"tag"_s, tag.left(MaxDatafeedTagLength));
    setBody(&r, body);
    return r;
}

ApiRequest readDatafeed(const QString &feedId, const QString &ackId, bool updatePresence)
{
    ApiRequest r = make(ApiRequest::Method::Post, feedPath(feedId) + u"/read"_s, tr("reading the datafeed"));
    setBody(&r, QJsonObject {{u"ackId"_s, ackId}, {u"updatePresence"_s, updatePresence}});
    r.timeoutMs = ReadTimeoutMs;
    r.setMessagesLimits(); // a batch of events carries whole messages
    return r;
}

ApiRequest deleteDatafeed(const QString &feedId)
{
    return make(ApiRequest::Method::Delete, feedPath(feedId), tr("deleting the datafeed"));
}

ApiRequest readDatahose(const QString &tag, const QStringList &eventTypes, const QStringList &scopes,
    const QString &ackId, bool updatePresence)
{
    ApiRequest r = make(ApiRequest::Method::Post, u"/v5/events/read"_s, tr("reading the datahose"));
    QJsonObject body {
        {u"type"_s, u"datahose"_s},
        {u"tag"_s, tag},
        {u"eventTypes"_s, QJsonArray::fromStringList(eventTypes)},
        {u"ackId"_s, ackId},
        {u"updatePresence"_s, updatePresence},
    };
    if (!scopes.isEmpty())
        body.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
    setBody(&r, body);
    r.timeoutMs = ReadTimeoutMs;
    r.setMessagesLimits(); // a batch of events carries whole messages
    return r;
}

} // namespace Inspector::LiveRequests
