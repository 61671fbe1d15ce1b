// SPDX-License-Identifier: Apache-2.0
// The /pod endpoints of the demo pod (docs/symphony-api.md §1.4, §3, §5, §6.2, §9).
#include "backend.h"

#include "demodata.h"
#include "idcodec.h"
#include "requestparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr int ReceiptPageSize = 2;

QString typeOf(const QJsonValue &entry, bool *ok)
{
    if (!entry.isObject() || !entry.toObject().value(u"type"_s).isString()) {
        *ok = false;
        return {};
    }
    return entry.toObject().value(u"type"_s).toString();
}

/** streamTypes [{type}] of a filter; false when malformed or holding a type outside `allowed`. */
bool readStreamTypes(
    const QJsonObject &filter, const QStringList &allowed, QStringList *types, QString *error)
{
    if (!filter.contains(u"streamTypes"_s))
        return true;
    const QJsonValue value = filter.value(u"streamTypes"_s);
    if (!value.isArray()) {
        *error = u"streamTypes must be an array"_s;
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        bool ok = true;
        const QString type = typeOf(entry, &ok);
        if (!ok || !allowed.contains(type)) {
            *error = u"Invalid stream type in streamTypes; allowed: "_s + allowed.join(u", "_s);
            return false;
        }
        types->append(type);
    }
    return true;
}

QString receiptCursor(int position)
{
    return QString::fromLatin1(QByteArray("receipts:" + QByteArray::number(position))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int parseReceiptCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("receipts:"))
        return -1;
    bool ok = false;
    const int position = decoded.decoded.mid(9).toInt(&ok);
    return ok && position >= 0 ? position : -1;
}

/** A cache key for a listing: the endpoint and every parameter that changes its answer. */
QString listKey(const QJsonArray &parts)
{
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject Backend::streamAttributes(const DemoStream &s, bool v2) const
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
        if (s.messageCount > 0)
            o.insert(u"lastMessageDate"_s, m_data->timestamp(s.index, s.messageCount - 1));
    }
    return o;
}

QJsonObject Backend::roomDetail(const DemoStream &s) const
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

QJsonObject Backend::adminStreamInfo(const DemoStream &s) const
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
    if (s.messageCount > 0)
        attributes.insert(u"lastMessageDate"_s, m_data->timestamp(s.index, s.messageCount - 1));
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

HttpReply Backend::sessionInfo(const HttpRequest &request)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    return HttpReply::json(200, m_data->userV2(*m_data->user(caller)));
}

HttpReply Backend::streamsList(const HttpRequest &request, qint64 forUser, bool admin)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    if (admin && !isAdmin(caller))
        return HttpReply::error(403, u"The user lacks the required entitlement to perform this operation"_s);
    const qint64 user = forUser ? forUser : caller;
    if (!m_data->user(user))
        return HttpReply::error(400, u"User not found: "_s + QString::number(user));
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, std::numeric_limits<int>::max());
    if (!q.ok())
        return q.errorReply();
    QJsonObject filter;
    if (!readJsonObject(request.body, false, &filter, &error))
        return error;
    QStringList types;
    QString why;
    if (!readStreamTypes(filter, {u"IM"_s, u"MIM"_s, u"ROOM"_s, u"POST"_s}, &types, &why))
        return HttpReply::error(400, why);
    const QJsonValue inactive = filter.value(u"includeInactiveStreams"_s);
    if (!inactive.isUndefined() && !inactive.isBool())
        return HttpReply::error(400, u"includeInactiveStreams must be a boolean"_s);

    QStringList sortedTypes = types;
    sortedTypes.sort();
    const bool withInactive = inactive.toBool(false);
    const QList<int> matches = cachedList(
        listKey({u"streams"_s, QString::number(user), QJsonArray::fromStringList(sortedTypes), withInactive}),
        [&] {
            QList<int> list;
            for (const DemoStream &s : m_data->streams()) {
                m_data->work().streamsVisited += 1;
                if (!s.canView(user))
                    continue;
                if (!types.isEmpty() && !types.contains(s.typeName()))
                    continue;
                if (!s.active && !withInactive)
                    continue;
                list.append(s.index);
            }
            std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
                return m_data->streams().at(a).created < m_data->streams().at(b).created;
            });
            return list;
        });
    QJsonArray out;
    for (qint64 i = skip; i < matches.size() && out.size() < limit; ++i)
        out.append(streamAttributes(m_data->streams().at(matches.at(i)), false));
    if (out.isEmpty())
        return HttpReply::noContent();
    return HttpReply::json(200, out);
}

HttpReply Backend::adminStreamsList(const HttpRequest &request)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    if (!isAdmin(caller))
        return HttpReply::error(403, u"The user lacks the required entitlement to perform this operation"_s);
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 100);
    if (!q.ok())
        return q.errorReply();
    QJsonObject filter;
    if (!readJsonObject(request.body, false, &filter, &error))
        return error;
    QStringList types;
    QString why;
    if (!readStreamTypes(filter, {u"IM"_s, u"MIM"_s, u"ROOM"_s}, &types, &why))
        return HttpReply::error(400, why);
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
        = cachedList(listKey({u"admin"_s, QJsonArray::fromStringList(sortedTypes), scope, origin, status,
                         privacy, QString::number(startDate), QString::number(endDate)}),
            [&] {
                QList<int> list;
                for (const DemoStream &s : m_data->streams()) {
                    m_data->work().streamsVisited += 1;
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
        streams.append(adminStreamInfo(m_data->streams().at(matches.at(i))));
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

HttpReply Backend::streamInfo(const HttpRequest &request, const QString &sid)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    const int index = resolveStream(sid, &error);
    if (index < 0)
        return error;
    const DemoStream &s = m_data->streams().at(index);
    if (!s.canView(caller))
        return forbidden(caller);
    return HttpReply::json(200, streamAttributes(s, true));
}

HttpReply Backend::roomInfo(const HttpRequest &request, const QString &sid)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    const int index = resolveStream(sid, &error);
    if (index < 0)
        return error;
    const DemoStream &s = m_data->streams().at(index);
    if (s.kind != StreamKind::Room)
        return HttpReply::error(400, u"Stream "_s + sid + u" is not a room."_s);
    if (!s.canView(caller))
        return forbidden(caller);
    return HttpReply::json(200, roomDetail(s));
}

HttpReply Backend::roomSearch(const HttpRequest &request)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
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
    const QList<int> matches = cachedList(
        listKey({u"rooms"_s, QString::number(caller), includeNonDiscoverable, text, optionalBool(active),
            optionalBool(isPrivate), QString::number(owner), QString::number(creator),
            QString::number(member), QJsonArray::fromStringList(labels)}),
        [&] {
            QList<int> list;
            for (const DemoStream &s : m_data->streams()) {
                m_data->work().streamsVisited += 1;
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
        rooms.append(roomDetail(m_data->streams().at(matches.at(i))));
    return HttpReply::json(200,
        QJsonObject {
            {u"count"_s, count},
            {u"skip"_s, int(skip)},
            {u"limit"_s, int(limit)},
            {u"query"_s, criteria},
            {u"rooms"_s, rooms},
        });
}

HttpReply Backend::roomMembers(const HttpRequest &request, const QString &sid)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    const int index = resolveStream(sid, &error);
    if (index < 0)
        return error;
    const DemoStream &s = m_data->streams().at(index);
    if (s.kind != StreamKind::Room)
        return HttpReply::error(400, u"Stream "_s + sid + u" is not a room."_s);
    if (!s.isMember(caller))
        return forbidden(caller);
    QJsonArray out;
    for (const RoomMember &m : s.members)
        out.append(QJsonObject {{u"id"_s, m.userId}, {u"owner"_s, m.owner}, {u"joinDate"_s, m.joinDate}});
    return HttpReply::json(200, out);
}

HttpReply Backend::adminMembers(const HttpRequest &request, const QString &sid)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    if (!isAdmin(caller))
        return HttpReply::error(403, u"The user lacks the required entitlement to perform this operation"_s);
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 100, 1, 1000);
    if (!q.ok())
        return q.errorReply();
    const int index = resolveStream(sid, &error);
    if (index < 0)
        return error;
    const DemoStream &s = m_data->streams().at(index);
    if (s.kind == StreamKind::Post)
        return HttpReply::error(400, u"Stream "_s + sid + u" is not an IM, MIM or room."_s);
    QJsonArray members;
    for (qint64 i = skip; i < s.members.size() && members.size() < limit; ++i) {
        const RoomMember &m = s.members.at(i);
        const DemoUser *u = m_data->user(m.userId);
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

HttpReply Backend::receipts(const HttpRequest &request, const QString &messageId)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    if (!isAdmin(caller))
        return HttpReply::error(403, u"The user lacks the required entitlement to perform this operation"_s);
    const QString notFound = u"Message receipt details cannot be found."_s;
    const MessageRef ref = resolveMessage(messageId, 404, notFound, &error);
    if (!ref.isValid())
        return error;
    const QList<ReceiptEntry> entries = m_data->receipts(ref);
    if (entries.isEmpty())
        return HttpReply::error(404, notFound);

    QueryReader q(request.query);
    int first = 0;
    int last = qMin(int(entries.size()), ReceiptPageSize);
    if (q.has(u"after"_s)) {
        first = parseReceiptCursor(q.text(u"after"_s));
        if (first < 0 || first > entries.size())
            return HttpReply::error(400, u"Invalid 'after' cursor"_s);
        last = qMin(int(entries.size()), first + ReceiptPageSize);
    } else if (q.has(u"before"_s)) {
        last = parseReceiptCursor(q.text(u"before"_s));
        if (last < 0 || last > entries.size())
            return HttpReply::error(400, u"Invalid 'before' cursor"_s);
        first = qMax(0, last - ReceiptPageSize);
    }

    const MessageMeta meta = m_data->meta(ref.stream, ref.index);
    const DemoStream &s = m_data->streams().at(ref.stream);
    const DemoUser *author = m_data->user(meta.authorId);
    QJsonArray details;
    int delivered = 0;
    int read = 0;
    QHash<QString, qint64> downloads;
    for (const ReceiptEntry &e : entries) {
        delivered += e.delivered ? 1 : 0;
        read += e.read ? 1 : 0;
        if (!e.downloadedFile.isEmpty())
            downloads[e.downloadedFile] += 1;
    }
    for (int i = first; i < last; ++i) {
        const ReceiptEntry &e = entries.at(i);
        const DemoUser *u = m_data->user(e.userId);
        QJsonObject user {
            {u"id"_s, e.userId},
            {u"firstName"_s, u->firstName},
            {u"lastName"_s, u->lastName},
            {u"emailAddress"_s, u->email},
        };
        if (!u->username.isEmpty())
            user.insert(u"username"_s, u->username);
        QJsonObject detail {{u"user"_s, user}};
        if (e.delivered)
            detail.insert(u"deliveryReceiptTimestamp"_s, e.delivered);
        if (e.read)
            detail.insert(u"readReceiptTimestamp"_s, e.read);
        QJsonArray userDownloads;
        if (!e.downloadedFile.isEmpty())
            userDownloads.append(
                QJsonObject {{u"fileName"_s, e.downloadedFile}, {u"timestamp"_s, e.downloaded}});
        detail.insert(u"downloadReceiptCounts"_s, userDownloads);
        details.append(detail);
    }
    QJsonArray downloadCounts;
    for (auto it = downloads.cbegin(); it != downloads.cend(); ++it)
        downloadCounts.append(QJsonObject {{u"fileName"_s, it.key()}, {u"count"_s, it.value()}});

    QJsonObject cursors {{u"before"_s, receiptCursor(first)}};
    QJsonObject pagination;
    QUrl pageUrl = m_baseUrl;
    pageUrl.setPath(request.path);
    if (last < entries.size()) {
        cursors.insert(u"after"_s, receiptCursor(last));
        QUrl next = pageUrl;
        next.setQuery(u"after="_s + receiptCursor(last));
        pagination.insert(u"next"_s, next.toString());
    }
    if (first > 0) {
        QUrl previous = pageUrl;
        previous.setQuery(u"before="_s + receiptCursor(first));
        pagination.insert(u"previous"_s, previous.toString());
    }
    pagination.insert(u"cursors"_s, cursors);

    QJsonObject stream {{u"id"_s, IdCodec::toStandard(s.rawId)}, {u"streamType"_s, s.typeName()}};
    if (s.kind == StreamKind::Room)
        stream.insert(u"name"_s, s.name);
    return HttpReply::json(200,
        QJsonObject {
            {u"creator"_s, QJsonObject {{u"id"_s, meta.authorId}, {u"name"_s, author->displayName()}}},
            {u"stream"_s, stream},
            {u"creationDate"_s, meta.timestamp},
            {u"deliveryReceiptCount"_s, delivered},
            {u"readReceiptCount"_s, read},
            {u"emailNotificationCount"_s, 0},
            {u"downloadReceiptCounts"_s, downloadCounts},
            {u"MessageReceiptDetail"_s, details},
            {u"pagination"_s, pagination},
        });
}

HttpReply Backend::messageStatus(const HttpRequest &request, const QString &messageId)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    const MessageRef ref = resolveMessage(messageId, 404, u"Message ID does not exist."_s, &error);
    if (!ref.isValid())
        return error;
    const DemoStream &s = m_data->streams().at(ref.stream);
    if (!s.canView(caller))
        return forbidden(caller);
    auto statusUser = [this](qint64 userId, qint64 timestamp) {
        const DemoUser *u = m_data->user(userId);
        QJsonObject o {
            {u"userId"_s, QString::number(userId)},
            {u"firstName"_s, u->firstName},
            {u"lastName"_s, u->lastName},
            {u"displayName"_s, u->displayName()},
            {u"email"_s, u->email},
            {u"timestamp"_s, QString::number(timestamp)},
        };
        if (!u->username.isEmpty())
            o.insert(u"userName"_s, u->username);
        return o;
    };
    auto list = [&statusUser](const QList<StatusEntry> &entries) {
        QJsonArray out;
        for (const StatusEntry &e : entries)
            out.append(statusUser(e.userId, e.timestamp));
        return out;
    };
    const MessageMeta meta = m_data->meta(ref.stream, ref.index);
    const MessageStatusData status = m_data->status(ref);
    return HttpReply::json(200,
        QJsonObject {
            {u"author"_s, statusUser(meta.authorId, meta.timestamp)},
            {u"read"_s, list(status.read)},
            {u"delivered"_s, list(status.delivered)},
            {u"sent"_s, list(status.sent)},
        });
}

HttpReply Backend::attachmentList(const HttpRequest &request, const QString &sid)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    QueryReader q(request.query);
    const qint64 since = q.integer(u"since"_s, 0, 0, std::numeric_limits<qint64>::max());
    const qint64 to
        = q.integer(u"to"_s, std::numeric_limits<qint64>::max(), 0, std::numeric_limits<qint64>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 100);
    const QString sortDir = q.choice(u"sortDir"_s, {u"ASC"_s, u"DESC"_s}, u"ASC"_s);
    if (!q.ok())
        return q.errorReply();
    const int index = resolveStream(sid, &error);
    if (index < 0)
        return error;
    const DemoStream &s = m_data->streams().at(index);
    if (!s.canView(caller))
        return forbidden(caller);

    const int lo = m_data->lowerBound(index, since);
    const int hi = m_data->upperBound(index, to);
    const QList<int> messages
        = m_data->messagesWithAttachments(index, lo, hi, sortDir == u"DESC"_s, int(limit));
    QJsonArray out;
    for (const int i : messages) {
        const MessageMeta meta = m_data->meta(index, i);
        QList<AttachmentMeta> files = meta.attachments;
        if (sortDir == u"DESC"_s)
            std::reverse(files.begin(), files.end());
        for (const AttachmentMeta &a : files) {
            if (out.size() >= limit)
                break;
            QJsonObject item {
                {u"messageId"_s, IdCodec::toStandard(m_data->messageRawId(index, i))},
                {u"ingestionDate"_s, meta.timestamp},
                {u"userId"_s, meta.authorId},
                {u"fileId"_s, a.id},
                {u"name"_s, a.name},
                {u"size"_s, a.size},
            };
            // Real pods disagree with their own schema here (§6.2): one spelling per file type.
            item.insert(
                a.contentType == u"image/png"_s ? u"contentType"_s : u"content-type"_s, a.contentType);
            QJsonArray previews;
            if (!a.previewId.isEmpty())
                previews.append(QJsonObject {{u"fileId"_s, a.previewId}, {u"width"_s, a.previewWidth}});
            item.insert(u"previews"_s, previews);
            out.append(item);
        }
    }
    return HttpReply::json(200, out);
}

HttpReply Backend::users(const HttpRequest &request)
{
    HttpReply error;
    const qint64 caller = authorize(request, Component::Pod, &error);
    if (!caller)
        return error;
    QueryReader q(request.query);
    const std::optional<bool> local = q.boolean(u"local"_s);
    const std::optional<bool> active = q.boolean(u"active"_s);
    if (!q.ok())
        return q.errorReply();
    QStringList present;
    for (const QString &name : {u"uid"_s, u"email"_s, u"username"_s}) {
        if (q.has(name))
            present.append(name);
    }
    if (present.size() != 1)
        return HttpReply::error(400, u"Exactly one of uid, email or username must be given"_s);
    const QString list = present.first();
    QStringList values;
    for (const QString &v : q.text(list).split(u',', Qt::SkipEmptyParts)) {
        if (!v.trimmed().isEmpty())
            values.append(v.trimmed());
    }
    if (values.isEmpty())
        return HttpReply::error(400, u"The "_s + list + u" list is empty"_s);
    if (values.size() > 100)
        return HttpReply::error(
            400, u"At most 100 values may be given, got "_s + QString::number(values.size()));

    QJsonArray found;
    QJsonArray errors;
    QSet<qint64> seen;
    // UserError only knows "email" and "id"; a username that matched nobody is reported as "id".
    const QString errorKey = list == u"email"_s ? u"email"_s : u"id"_s;
    for (const QString &value : values) {
        const DemoUser *u = nullptr;
        if (list == u"uid"_s) {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (ok)
                u = m_data->user(id);
        } else if (list == u"email"_s) {
            u = m_data->userByEmail(value);
        } else {
            u = m_data->userByUsername(value);
        }
        if (u && local.value_or(false) && u->external)
            u = nullptr;
        if (!u) {
            errors.append(QJsonObject {{u"error"_s, u"invalid.format"_s}, {errorKey, value}});
            continue;
        }
        if (active.has_value() && *active != u->active)
            continue;
        if (seen.contains(u->id))
            continue;
        seen.insert(u->id);
        found.append(m_data->userV2(*u));
    }
    if (found.isEmpty())
        return HttpReply::noContent();
    QJsonObject out {{u"users"_s, found}};
    if (!errors.isEmpty())
        out.insert(u"errors"_s, errors);
    return HttpReply::json(200, out);
}

} // namespace Inspector::DemoPod
