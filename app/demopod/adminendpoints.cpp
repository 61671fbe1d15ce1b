// SPDX-License-Identifier: Apache-2.0
// The administrator endpoints of the demo pod (docs/symphony-api.md §3).
#include "adminendpoints.h"

#include "demodata.h"
#include "endpointcontext.h"
#include "gate.h"
#include "listcache.h"
#include "requestparams.h"
#include "router.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

AdminEndpoints::AdminEndpoints(EndpointContext &context, ListCache &lists)
    : m_context(context)
    , m_data(context.dataSet())
    , m_lists(lists)
{ }

void AdminEndpoints::registerRoutes(Router &router)
{
    router.add("POST", u"/pod/v2/admin/streams/list"_s, this, &AdminEndpoints::streamsList);
    router.add("GET", u"/pod/v1/admin/stream/{id}/membership/list"_s, this, &AdminEndpoints::members);
}

QJsonObject AdminEndpoints::adminStreamInfo(const DemoStream &s) const
{
    QJsonObject attributes {
        {u"createdByUserId"_s, s.createdBy},
        {u"createdDate"_s, s.created},
        {u"lastModifiedDate"_s, s.lastModified},
        {u"originCompany"_s, u"Acme"_s},
        {u"originCompanyId"_s, int(Demo::AcmeTenant)},
        {u"membersCount"_s, int(s.members.size())},
        {u"groupChat"_s, false},
    };
    if (m_data.viewCount(s.index) > 0)
        attributes.insert(u"lastMessageDate"_s, m_data.lastTimestamp(s.index));
    if (s.kind == StreamKind::Room) {
        attributes.insert(u"roomName"_s, s.name);
        attributes.insert(u"roomDescription"_s, s.description);
    } else {
        QJsonArray members;
        for (const RoomMember &m : s.members)
            members.append(m.userId);
        attributes.insert(u"members"_s, members);
    }
    QJsonObject o {
        {u"id"_s, s.id},
        {u"isExternal"_s, s.crossPod},
        {u"isActive"_s, s.active},
        {u"type"_s, s.typeName()},
        {u"crossPod"_s, s.crossPod},
        {u"origin"_s, u"INTERNAL"_s},
        {u"attributes"_s, attributes},
    };
    if (s.kind == StreamKind::Room)
        o.insert(u"isPublic"_s, s.isPublic);
    return o;
}

HttpReply AdminEndpoints::streamsList(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate.admin())
        return gate.reply();
    HttpReply error;
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 100);
    if (!q.ok())
        return q.errorReply();
    QJsonObject filter;
    if (!readJsonObject(request.body, false, &filter, &error))
        return error;
    const Result<QStringList> readTypes = readStreamTypes(filter, {u"IM"_s, u"MIM"_s, u"ROOM"_s});
    if (!readTypes)
        return HttpReply::error(400, readTypes.error().message());
    const QStringList &types = readTypes.value();
    auto enumField = [&filter](const QString &name, const QStringList &allowed, QString *value) {
        const QJsonValue v = filter.value(name);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString() || !allowed.contains(v.toString()))
            return false;
        *value = v.toString();
        return true;
    };
    QString scope;
    QString origin;
    QString status;
    QString privacy;
    if (!enumField(u"scope"_s, {u"INTERNAL"_s, u"EXTERNAL"_s}, &scope)
        || !enumField(u"origin"_s, {u"INTERNAL"_s, u"EXTERNAL"_s}, &origin)
        || !enumField(u"status"_s, {u"ACTIVE"_s, u"INACTIVE"_s}, &status)
        || !enumField(u"privacy"_s, {u"PUBLIC"_s, u"PRIVATE"_s}, &privacy)) {
        return HttpReply::error(400, u"Invalid value for scope, origin, status or privacy"_s);
    }
    auto dateField = [&filter](const QString &name, qint64 fallback, bool *ok) {
        const QJsonValue v = filter.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble()) {
            *ok = false;
            return fallback;
        }
        return v.toInteger();
    };
    bool datesOk = true;
    const qint64 startDate = dateField(u"startDate"_s, std::numeric_limits<qint64>::min(), &datesOk);
    const qint64 endDate = dateField(u"endDate"_s, std::numeric_limits<qint64>::max(), &datesOk);
    if (!datesOk)
        return HttpReply::error(400, u"startDate and endDate must be integers (ms since the epoch)"_s);

    QStringList sortedTypes = types;
    sortedTypes.sort();
    const QList<int> matches
        = m_lists.get(ListCache::key({u"admin"_s, QJsonArray::fromStringList(sortedTypes), scope, origin,
                          status, privacy, QString::number(startDate), QString::number(endDate)}),
            [&] {
                QList<int> list;
                for (const DemoStream &s : m_data.streams()) {
                    m_data.work().streamsVisited += 1;
                    if (s.kind == StreamKind::Post)
                        continue;
                    if (!types.isEmpty() && !types.contains(s.typeName()))
                        continue;
                    if (!scope.isEmpty() && (scope == u"EXTERNAL"_s) != s.crossPod)
                        continue;
                    if (origin == u"EXTERNAL"_s)
                        continue;
                    if (!status.isEmpty() && (status == u"ACTIVE"_s) != s.active)
                        continue;
                    if (!privacy.isEmpty() && (privacy == u"PUBLIC"_s) != s.isPublic)
                        continue;
                    if (s.lastModified < startDate || s.lastModified > endDate)
                        continue;
                    list.append(s.index);
                }
                return list;
            });
    const qint64 count = matches.size();
    QJsonArray streams;
    for (qint64 i = skip; i < count && streams.size() < limit; ++i)
        streams.append(adminStreamInfo(m_data.streams().at(matches.at(i))));
    QJsonObject echo;
    for (const QString &key : {u"streamTypes"_s, u"scope"_s, u"origin"_s, u"status"_s, u"privacy"_s,
             u"startDate"_s, u"endDate"_s}) {
        if (filter.contains(key))
            echo.insert(key, filter.value(key));
    }
    return HttpReply::json(200,
        QJsonObject {
            {u"count"_s, count},
            {u"skip"_s, int(skip)},
            {u"limit"_s, int(limit)},
            {u"filter"_s, echo},
            {u"streams"_s, streams},
        });
}

HttpReply AdminEndpoints::members(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate.admin())
        return gate.reply();
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 100, 1, 1000);
    if (!q.ok())
        return q.errorReply();
    int index = -1;
    if (!gate.stream(sid, &index))
        return gate.reply();
    const DemoStream &s = m_data.streams().at(index);
    if (s.kind == StreamKind::Post)
        return HttpReply::error(400, u"Stream "_s + sid + u" is not an IM, MIM or room."_s);
    QJsonArray members;
    for (qint64 i = skip; i < s.members.size() && members.size() < limit; ++i) {
        const RoomMember &m = s.members.at(i);
        const DemoUser *u = m_data.user(m.userId);
        members.append(QJsonObject {
            {u"user"_s,
                QJsonObject {
                    {u"userId"_s, m.userId},
                    {u"email"_s, u->email},
                    {u"firstName"_s, u->firstName},
                    {u"lastName"_s, u->lastName},
                    {u"displayName"_s, u->displayName()},
                    {u"company"_s, u->company},
                    {u"companyId"_s, int(m.userId >> 36)},
                    {u"isExternal"_s, u->external},
                }},
            {u"isOwner"_s, m.owner},
            {u"isCreator"_s, m.userId == s.createdBy},
            {u"joinDate"_s, m.joinDate},
        });
    }
    return HttpReply::json(200,
        QJsonObject {
            {u"count"_s, int(s.members.size())},
            {u"skip"_s, int(skip)},
            {u"limit"_s, int(limit)},
            {u"members"_s, members},
        });
}

} // namespace Inspector::DemoPod
