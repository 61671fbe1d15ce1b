// SPDX-License-Identifier: Apache-2.0
// Streams, rooms and their members, stream attachments.
#include "data/parse.h"

#include "data/fieldreader.h"
#include "data/parsebody.h"

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using namespace Detail;

namespace {

/** `streamType` is `{"type": "ROOM"}` in pod objects; a plain string is accepted as well. */
QString readPodStreamType(FieldReader &r)
{
    const QJsonValue type = r.json().value("streamType"_L1);
    if (type.isString())
        return type.toString();
    QStringList problems;
    const QString value
        = FieldReader(r.object("streamType"_L1), &problems, r.path("streamType"_L1)).string("type"_L1);
    r.adopt(problems);
    return value;
}

Stream readStream(const QJsonObject &o, const QString &path)
{
    return readRecord<Stream>(o, path, [&](Stream &s, FieldReader &r) {
        r.require("id"_L1);
        s.id = r.string("id"_L1);
        r.checkId("id"_L1, s.id);
        s.crossPod = r.boolean("crossPod"_L1);
        s.active = r.boolean("active"_L1);
        s.type = readPodStreamType(r);
        s.members = FieldReader(r.object("streamAttributes"_L1), &s.problems, r.path("streamAttributes"_L1))
                        .integerList("members"_L1);
        s.roomName = FieldReader(r.object("roomAttributes"_L1), &s.problems, r.path("roomAttributes"_L1))
                         .string("name"_L1);
    });
}

AdminStreamAttributes readAdminStreamAttributes(const QJsonObject &o, const QString &path)
{
    return readRecord<AdminStreamAttributes>(o, path, [](AdminStreamAttributes &a, FieldReader &r) {
        a.roomName = r.string("roomName"_L1);
        a.roomDescription = r.string("roomDescription"_L1);
        a.members = r.integerList("members"_L1);
        a.createdByUserId = r.integer("createdByUserId"_L1);
        a.createdDate = r.integer("createdDate"_L1);
        a.lastModifiedDate = r.integer("lastModifiedDate"_L1);
        a.originCompany = r.string("originCompany"_L1);
        a.originCompanyId = r.integer("originCompanyId"_L1);
        a.membersCount = r.integer("membersCount"_L1);
        a.lastMessageDate = r.optionalInteger("lastMessageDate"_L1);
        a.groupChat = r.boolean("groupChat"_L1);
    });
}

AdminStream readAdminStream(const QJsonObject &o, const QString &path)
{
    return readRecord<AdminStream>(o, path, [&](AdminStream &s, FieldReader &r) {
        r.require("id"_L1);
        s.id = r.string("id"_L1);
        r.checkId("id"_L1, s.id);
        s.isExternal = r.boolean("isExternal"_L1);
        s.isActive = r.boolean("isActive"_L1);
        s.isPublic = r.boolean("isPublic"_L1);
        s.type = r.string("type"_L1);
        s.crossPod = r.boolean("crossPod"_L1);
        s.origin = r.string("origin"_L1);
        s.attributes = readAdminStreamAttributes(r.object("attributes"_L1), r.path("attributes"_L1));
        r.adopt(s.attributes.problems);
    });
}

/// A page of a paged list: the ListPage fields, and the records under @p key read by @p read into @p records.
template<typename List, typename Item, typename Read>
List readListPage(
    const QJsonObject &o, const QString &path, QList<Item> List::*records, QLatin1StringView key, Read read)
{
    return readRecord<List>(o, path, [&](List &l, FieldReader &r) {
        l.count = r.integer("count"_L1);
        l.skip = r.integer("skip"_L1);
        l.limit = r.integer("limit"_L1);
        l.*records = readRecords<Item>(r, key, read);
    });
}

AdminStreamList readAdminStreamList(const QJsonObject &o, const QString &path)
{
    return readListPage(o, path, &AdminStreamList::streams, "streams"_L1, readAdminStream);
}

GroupItem readGroupItem(const QJsonObject &o, const QString &path)
{
    return readRecord<GroupItem>(o, path, [](GroupItem &g, FieldReader &r) {
        g.id = r.integer("id"_L1);
        g.addedBy = r.integer("addedBy"_L1);
    });
}

StreamInfo readStreamInfo(const QJsonObject &o, const QString &path)
{
    return readRecord<StreamInfo>(o, path, [&](StreamInfo &s, FieldReader &r) {
        r.require("id"_L1);
        s.id = r.string("id"_L1);
        r.checkId("id"_L1, s.id);
        s.crossPod = r.boolean("crossPod"_L1);
        s.origin = r.string("origin"_L1);
        s.active = r.boolean("active"_L1);
        s.lastMessageDate = r.optionalInteger("lastMessageDate"_L1);
        s.type = readPodStreamType(r);
        s.members = FieldReader(r.object("streamAttributes"_L1), &s.problems, r.path("streamAttributes"_L1))
                        .integerList("members"_L1);
        FieldReader room(r.object("roomAttributes"_L1), &s.problems, r.path("roomAttributes"_L1));
        s.roomName = room.string("name"_L1);
        s.groups = room.objectList<GroupItem>("groups"_L1, readGroupItem);
    });
}

RoomKeyword readRoomKeyword(const QJsonObject &o, const QString &path)
{
    return readRecord<RoomKeyword>(o, path, [](RoomKeyword &k, FieldReader &r) {
        k.key = r.string("key"_L1);
        k.value = r.string("value"_L1);
    });
}

RoomAttributes readRoomAttributes(const QJsonObject &o, const QString &path)
{
    return readRecord<RoomAttributes>(o, path, [](RoomAttributes &a, FieldReader &r) {
        a.name = r.string("name"_L1);
        a.description = r.string("description"_L1);
        a.keywords = r.objectList<RoomKeyword>("keywords"_L1, readRoomKeyword);
        a.membersCanInvite = r.boolean("membersCanInvite"_L1);
        a.discoverable = r.boolean("discoverable"_L1);
        a.isPublic = r.boolean("public"_L1);
        a.readOnly = r.boolean("readOnly"_L1);
        a.copyProtected = r.boolean("copyProtected"_L1);
        a.crossPod = r.boolean("crossPod"_L1);
        a.viewHistory = r.boolean("viewHistory"_L1);
        a.multiLateralRoom = r.boolean("multiLateralRoom"_L1);
        a.scheduledMeeting = r.boolean("scheduledMeeting"_L1);
        a.groupChat = r.boolean("groupChat"_L1);
        a.subType = r.string("subType"_L1);
        a.pinnedMessageId = r.string("pinnedMessageId"_L1);
        r.checkId("pinnedMessageId"_L1, a.pinnedMessageId);
    });
}

RoomSystemInfo readRoomSystemInfo(const QJsonObject &o, const QString &path)
{
    return readRecord<RoomSystemInfo>(o, path, [](RoomSystemInfo &s, FieldReader &r) {
        r.require("id"_L1);
        s.id = r.string("id"_L1);
        r.checkId("id"_L1, s.id);
        s.creationDate = r.integer("creationDate"_L1);
        s.createdByUserId = r.integer("createdByUserId"_L1);
        s.active = r.boolean("active"_L1);
    });
}

RoomDetail readRoomDetail(const QJsonObject &o, const QString &path)
{
    return readRecord<RoomDetail>(o, path, [&](RoomDetail &d, FieldReader &r) {
        d.roomAttributes = readRoomAttributes(r.object("roomAttributes"_L1), r.path("roomAttributes"_L1));
        r.adopt(d.roomAttributes.problems);
        if (!r.has("roomSystemInfo"_L1))
            r.require("roomSystemInfo"_L1);
        d.roomSystemInfo = readRoomSystemInfo(r.object("roomSystemInfo"_L1), r.path("roomSystemInfo"_L1));
        // Without its own object, "roomSystemInfo.id is missing" would repeat "roomSystemInfo is missing".
        if (!r.has("roomSystemInfo"_L1))
            d.roomSystemInfo.problems.clear();
        r.adopt(d.roomSystemInfo.problems);
        d.groups = r.objectList<GroupItem>("groups"_L1, readGroupItem);
    });
}

RoomSearchResult readRoomSearchResult(const QJsonObject &o, const QString &path)
{
    return readListPage(o, path, &RoomSearchResult::rooms, "rooms"_L1, readRoomDetail);
}

RoomMember readRoomMember(const QJsonObject &o, const QString &path)
{
    return readRecord<RoomMember>(o, path, [](RoomMember &m, FieldReader &r) {
        r.require("id"_L1);
        m.id = r.integer("id"_L1);
        m.owner = r.boolean("owner"_L1);
        m.joinDate = r.integer("joinDate"_L1);
        m.addedThroughGroups = r.integerList("addedThroughGroups"_L1);
    });
}

AdminMemberUser readAdminMemberUser(const QJsonObject &o, const QString &path)
{
    return readRecord<AdminMemberUser>(o, path, [](AdminMemberUser &u, FieldReader &r) {
        u.userId = r.integer("userId"_L1);
        u.email = r.string("email"_L1);
        u.firstName = r.string("firstName"_L1);
        u.lastName = r.string("lastName"_L1);
        u.displayName = r.string("displayName"_L1);
        u.company = r.string("company"_L1);
        u.companyId = r.integer("companyId"_L1);
        u.isExternal = r.boolean("isExternal"_L1);
    });
}

AdminMember readAdminMember(const QJsonObject &o, const QString &path)
{
    return readRecord<AdminMember>(o, path, [&](AdminMember &m, FieldReader &r) {
        r.require("user"_L1);
        m.user = readAdminMemberUser(r.object("user"_L1), r.path("user"_L1));
        r.adopt(m.user.problems);
        m.isOwner = r.boolean("isOwner"_L1);
        m.isCreator = r.boolean("isCreator"_L1);
        m.joinDate = r.integer("joinDate"_L1);
        m.addedThroughGroups = r.integerList("addedThroughGroups"_L1);
    });
}

AdminMemberList readAdminMemberList(const QJsonObject &o, const QString &path)
{
    return readListPage(o, path, &AdminMemberList::members, "members"_L1, readAdminMember);
}

AttachmentPreview readAttachmentPreview(const QJsonObject &o, const QString &path)
{
    return readRecord<AttachmentPreview>(o, path, [](AttachmentPreview &p, FieldReader &r) {
        p.fileId = r.string("fileId"_L1);
        p.width = r.integer("width"_L1);
    });
}

StreamAttachment readStreamAttachment(const QJsonObject &o, const QString &path)
{
    return readRecord<StreamAttachment>(o, path, [](StreamAttachment &a, FieldReader &r) {
        a.messageId = r.string("messageId"_L1);
        r.checkId("messageId"_L1, a.messageId);
        a.ingestionDate = r.integer("ingestionDate"_L1);
        a.userId = r.integer("userId"_L1);
        r.require("fileId"_L1);
        a.fileId = r.string("fileId"_L1);
        a.name = r.string("name"_L1);
        a.size = r.integer("size"_L1);
        // The schema says "content-type", the spec's example "contentType".
        a.contentType = r.has("content-type"_L1) ? r.string("content-type"_L1) : r.string("contentType"_L1);
        a.previews = r.objectList<AttachmentPreview>("previews"_L1, readAttachmentPreview);
    });
}

} // namespace

Result<QList<Stream>> streams(const QByteArray &body)
{
    return parseArray<Stream>(body, Text::tr("a list of streams"), readStream);
}

Result<AdminStreamList> adminStreams(const QByteArray &body)
{
    return parseObject<AdminStreamList>(body, Text::tr("an admin list of streams"), readAdminStreamList);
}

Result<StreamInfo> streamInfo(const QByteArray &body)
{
    return parseObject<StreamInfo>(body, Text::tr("the details of a stream"), readStreamInfo);
}

Result<RoomDetail> roomDetail(const QByteArray &body)
{
    return parseObject<RoomDetail>(body, Text::tr("the details of a room"), readRoomDetail);
}

Result<RoomSearchResult> roomSearch(const QByteArray &body)
{
    return parseObject<RoomSearchResult>(body, Text::tr("room search results"), readRoomSearchResult);
}

Result<QList<RoomMember>> roomMembers(const QByteArray &body)
{
    return parseArray<RoomMember>(body, Text::tr("a list of room members"), readRoomMember);
}

Result<AdminMemberList> adminMembers(const QByteArray &body)
{
    return parseObject<AdminMemberList>(
        body, Text::tr("an admin list of stream members"), readAdminMemberList);
}

Result<QList<StreamAttachment>> streamAttachments(const QByteArray &body)
{
    return parseArray<StreamAttachment>(body, Text::tr("a list of stream attachments"), readStreamAttachment);
}

} // namespace Inspector::Parse
