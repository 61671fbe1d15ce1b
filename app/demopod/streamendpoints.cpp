// SPDX-License-Identifier: Apache-2.0
// The stream and room endpoints of the demo pod (docs/symphony-api.md §3).
#include "streamendpoints.h"

#include "endpointcontext.h"
#include "gate.h"
#include "listcache.h"
#include "requestparams.h"
#include "router.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

StreamEndpoints::StreamEndpoints(EndpointContext &context, ListCache &lists)
    : m_context(context)
    , m_data(context.dataSet())
    , m_lists(lists)
{ }

void StreamEndpoints::registerRoutes(Router &router)
{
    router.add("POST", u"/pod/v1/streams/list"_s, this, &StreamEndpoints::ownStreamsList);
    router.add("POST", u"/pod/v1/admin/user/{uid}/streams/list"_s, this, &StreamEndpoints::userStreamsList);
    router.add("GET", u"/pod/v2/streams/{sid}/info"_s, this, &StreamEndpoints::streamInfo);
    router.add("GET", u"/pod/v3/room/{id}/info"_s, this, &StreamEndpoints::roomInfo);
    router.add("POST", u"/pod/v3/room/search"_s, this, &StreamEndpoints::roomSearch);
    router.add("GET", u"/pod/v2/room/{id}/membership/list"_s, this, &StreamEndpoints::roomMembers);
}

HttpReply StreamEndpoints::ownStreamsList(const HttpRequest &request)
{
    return streamsList(request, 0, false);
}

HttpReply StreamEndpoints::userStreamsList(const HttpRequest &request, const QString &uid)
{
    bool ok = false;
    const qint64 id = uid.toLongLong(&ok);
    if (!ok || id <= 0)
        return HttpReply::error(400, u"Invalid user id: "_s + uid);
    return streamsList(request, id, true);
}

QJsonObject StreamEndpoints::streamAttributes(const DemoStream &s, bool v2) const
{
    QJsonObject o {
        {u"id"_s, s.id},
        {u"crossPod"_s, s.crossPod},
        {u"active"_s, s.active},
        {u"streamType"_s, QJsonObject {{u"type"_s, s.typeName()}}},
    };
    if (s.kind == StreamKind::Room) {
        o.insert(u"roomAttributes"_s, QJsonObject {{u"name"_s, s.name}});
    } else {
        QJsonArray members;
        for (const RoomMember &m : s.members)
            members.append(m.userId);
        o.insert(u"streamAttributes"_s, QJsonObject {{u"members"_s, members}});
    }
    if (v2) {
        o.insert(u"origin"_s, u"INTERNAL"_s);
        if (m_data.viewCount(s.index) > 0)
            o.insert(u"lastMessageDate"_s, m_data.lastTimestamp(s.index));
    }
    return o;
}

QJsonObject StreamEndpoints::roomDetail(const DemoStream &s) const
{
    QJsonArray keywords;
    for (const auto &[key, value] : s.keywords)
        keywords.append(QJsonObject {{u"key"_s, key}, {u"value"_s, value}});
    QJsonObject attributes {
        {u"name"_s, s.name},
        {u"keywords"_s, keywords},
        {u"description"_s, s.description},
        {u"membersCanInvite"_s, !s.readOnly},
        {u"discoverable"_s, s.discoverable},
        {u"public"_s, s.isPublic},
        {u"readOnly"_s, s.readOnly},
        {u"copyProtected"_s, false},
        {u"crossPod"_s, s.crossPod},
        {u"viewHistory"_s, s.viewHistory},
        {u"multiLateralRoom"_s, false},
        {u"scheduledMeeting"_s, false},
        {u"groupChat"_s, false},
    };
    if (!s.pinnedMessageId.isEmpty())
        attributes.insert(u"pinnedMessageId"_s, s.pinnedMessageId);
    return QJsonObject {
        {u"roomAttributes"_s, attributes},
        {u"roomSystemInfo"_s,
            QJsonObject {
                {u"id"_s, s.id},
                {u"creationDate"_s, s.created},
                {u"createdByUserId"_s, s.createdBy},
                {u"active"_s, s.active},
            }},
    };
}

HttpReply StreamEndpoints::streamsList(const HttpRequest &request, qint64 forUser, bool admin)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate)
        return gate.reply();
    HttpReply error;
    const qint64 caller = gate.caller();
    if (admin && !gate.admin())
        return gate.reply();
    const qint64 user = forUser ? forUser : caller;
    if (!m_data.user(user))
        return HttpReply::error(400, u"User not found: "_s + QString::number(user));
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, std::numeric_limits<int>::max());
    if (!q.ok())
        return q.errorReply();
    QJsonObject filter;
    if (!readJsonObject(request.body, false, &filter, &error))
        return error;
    const Result<QStringList> readTypes = readStreamTypes(filter, {u"IM"_s, u"MIM"_s, u"ROOM"_s, u"POST"_s});
    if (!readTypes)
        return HttpReply::error(400, readTypes.error().message());
    const QStringList &types = readTypes.value();
    const QJsonValue inactive = filter.value(u"includeInactiveStreams"_s);
    if (!inactive.isUndefined() && !inactive.isBool())
        return HttpReply::error(400, u"includeInactiveStreams must be a boolean"_s);

    QStringList sortedTypes = types;
    sortedTypes.sort();
    const bool withInactive = inactive.toBool(false);
    const QList<int> matches = m_lists.get(ListCache::key({u"streams"_s, QString::number(user),
                                               QJsonArray::fromStringList(sortedTypes), withInactive}),
        [&] {
            QList<int> list;
            for (const DemoStream &s : m_data.streams()) {
                m_data.work().streamsVisited += 1;
                if (!s.canView(user))
                    continue;
                if (!types.isEmpty() && !types.contains(s.typeName()))
                    continue;
                if (!s.active && !withInactive)
                    continue;
                list.append(s.index);
            }
            std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
                return m_data.streams().at(a).created < m_data.streams().at(b).created;
            });
            return list;
        });
    QJsonArray out;
    for (qint64 i = skip; i < matches.size() && out.size() < limit; ++i)
        out.append(streamAttributes(m_data.streams().at(matches.at(i)), false));
    if (out.isEmpty())
        return HttpReply::noContent();
    return HttpReply::json(200, out);
}

HttpReply StreamEndpoints::streamInfo(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Pod);
    int index = -1;
    if (!gate.stream(sid, &index).canView(index))
        return gate.reply();
    const DemoStream &s = m_data.streams().at(index);
    return HttpReply::json(200, streamAttributes(s, true));
}

HttpReply StreamEndpoints::roomInfo(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Pod);
    int index = -1;
    if (!gate.room(sid, &index).canView(index))
        return gate.reply();
    return HttpReply::json(200, roomDetail(m_data.streams().at(index)));
}

HttpReply StreamEndpoints::roomSearch(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate)
        return gate.reply();
    HttpReply error;
    const qint64 caller = gate.caller();
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 100);
    const bool includeNonDiscoverable = q.boolean(u"includeNonDiscoverable"_s).value_or(false);
    if (!q.ok())
        return q.errorReply();
    QJsonObject criteria;
    if (!readJsonObject(request.body, true, &criteria, &error))
        return error;
    if (!criteria.value(u"query"_s).isString())
        return HttpReply::error(400, u"The search query is required"_s);
    const QString text = criteria.value(u"query"_s).toString().trimmed();
    const QJsonValue active = criteria.value(u"active"_s);
    const QJsonValue isPrivate = criteria.value(u"private"_s);
    if ((!active.isUndefined() && !active.isBool()) || (!isPrivate.isUndefined() && !isPrivate.isBool()))
        return HttpReply::error(400, u"active and private must be booleans"_s);
    auto userFilter = [&criteria](const QString &name, bool *ok) -> qint64 {
        const QJsonValue v = criteria.value(name);
        if (v.isUndefined() || v.isNull())
            return 0;
        const QJsonValue id = v.toObject().value(u"id"_s);
        if (!v.isObject() || !id.isDouble()) {
            *ok = false;
            return 0;
        }
        return id.toInteger();
    };
    bool usersOk = true;
    const qint64 owner = userFilter(u"owner"_s, &usersOk);
    const qint64 creator = userFilter(u"creator"_s, &usersOk);
    const qint64 member = userFilter(u"member"_s, &usersOk);
    if (!usersOk)
        return HttpReply::error(400, u"owner, creator and member must be objects with a numeric id"_s);
    QStringList labels;
    for (const QJsonValue &label : criteria.value(u"labels"_s).toArray())
        labels.append(label.toString());

    auto optionalBool = [](const QJsonValue &v) { return v.isUndefined() ? QJsonValue(u"-"_s) : v; };
    const QList<int> matches = m_lists.get(
        ListCache::key({u"rooms"_s, QString::number(caller), includeNonDiscoverable, text,
            optionalBool(active), optionalBool(isPrivate), QString::number(owner), QString::number(creator),
            QString::number(member), QJsonArray::fromStringList(labels)}),
        [&] {
            QList<int> list;
            for (const DemoStream &s : m_data.streams()) {
                m_data.work().streamsVisited += 1;
                if (s.kind != StreamKind::Room)
                    continue;
                if (!s.isMember(caller) && !s.discoverable && !includeNonDiscoverable)
                    continue;
                if (!active.isUndefined() && active.toBool() != s.active)
                    continue;
                if (!isPrivate.isUndefined() && isPrivate.toBool() == s.isPublic)
                    continue;
                if (creator && s.createdBy != creator)
                    continue;
                if (member && !s.isMember(member))
                    continue;
                if (owner && std::none_of(s.members.cbegin(), s.members.cend(), [owner](const RoomMember &m) {
                        return m.userId == owner && m.owner;
                    })) {
                    continue;
                }
                bool textMatch = text.isEmpty() || s.name.contains(text, Qt::CaseInsensitive)
                    || s.description.contains(text, Qt::CaseInsensitive);
                for (const auto &[key, value] : s.keywords)
                    textMatch = textMatch || value.contains(text, Qt::CaseInsensitive);
                if (!textMatch)
                    continue;
                if (!labels.isEmpty()
                    && std::none_of(s.keywords.cbegin(), s.keywords.cend(),
                        [&labels](const QPair<QString, QString> &k) { return labels.contains(k.first); })) {
                    continue;
                }
                list.append(s.index);
            }
            return list;
        });
    const qint64 count = matches.size();
    QJsonArray rooms;
    for (qint64 i = skip; i < count && rooms.size() < limit; ++i)
        rooms.append(roomDetail(m_data.streams().at(matches.at(i))));
    return HttpReply::json(200,
        QJsonObject {
            {u"count"_s, count},
            {u"skip"_s, int(skip)},
            {u"limit"_s, int(limit)},
            {u"query"_s, criteria},
            {u"rooms"_s, rooms},
        });
}

HttpReply StreamEndpoints::roomMembers(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Pod);
    int index = -1;
    if (!gate.room(sid, &index).member(index))
        return gate.reply();
    const DemoStream &s = m_data.streams().at(index);
    QJsonArray out;
    for (const RoomMember &m : s.members)
        out.append(QJsonObject {{u"id"_s, m.userId}, {u"owner"_s, m.owner}, {u"joinDate"_s, m.joinDate}});
    return HttpReply::json(200, out);
}

} // namespace Inspector::DemoPod
