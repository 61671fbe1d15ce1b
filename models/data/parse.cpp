// SPDX-License-Identifier: Apache-2.0
#include "data/parse.h"

#include "data/fieldreader.h"
#include "data/messagefields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Parse)
};

// A shared message may itself share one; real posts stop at one level, and a cap keeps a hostile
// body from recursing as deep as the JSON parser allows.
constexpr int MaxSharedMessageDepth = 3;

// ---------------------------------------------------------------------------------------------
// Object readers. Each takes the object and its path in the response, and returns a struct whose
// problems already include those of the nested objects.

UserRef readUserRef(const QJsonObject &o, const QString &path)
{
    UserRef u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
    u.userId = r.integer("userId"_L1);
    u.firstName = r.string("firstName"_L1);
    u.lastName = r.string("lastName"_L1);
    u.displayName = r.string("displayName"_L1);
    u.email = r.string("email"_L1);
    u.username = r.has("username"_L1) ? r.string("username"_L1) : r.string("userName"_L1);
    return u;
}

StreamRef readStreamRef(const QJsonObject &o, const QString &path)
{
    StreamRef s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    s.streamId = r.string("streamId"_L1);
    r.checkId("streamId"_L1, s.streamId);
    // V4Stream has a plain string here; accept the pod's {"type": …} object too rather than lose it.
    const QJsonValue type = o.value("streamType"_L1);
    if (type.isObject())
        s.streamType = FieldReader(type.toObject(), &s.problems, r.path("streamType"_L1)).string("type"_L1);
    else
        s.streamType = r.string("streamType"_L1);
    s.roomName = r.string("roomName"_L1);
    s.members = r.objectList<UserRef>("members"_L1, readUserRef);
    s.external = r.boolean("external"_L1);
    s.crossPod = r.boolean("crossPod"_L1);
    s.recipientTenantIds = r.integerList("recipientTenantIds"_L1);
    return s;
}

ThumbnailInfo readThumbnail(const QJsonObject &o, const QString &path)
{
    ThumbnailInfo t;
    t.raw = o;
    FieldReader r(o, &t.problems, path);
    t.id = r.string("id"_L1);
    t.dimension = r.stringOrNumber("dimension"_L1);
    return t;
}

AttachmentInfo readAttachmentInfo(const QJsonObject &o, const QString &path)
{
    AttachmentInfo a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
    r.require("id"_L1);
    a.id = r.string("id"_L1);
    a.name = r.string("name"_L1);
    a.size = r.integer("size"_L1);
    a.images = r.objectList<ThumbnailInfo>("images"_L1, readThumbnail);
    return a;
}

Message readMessage(const QJsonObject &o, const QString &path, int depth)
{
    Message m;
    m.raw = o;
    FieldReader r(o, &m.problems, path);
    r.require("messageId"_L1);
    m.messageId = r.string("messageId"_L1);
    r.checkId("messageId"_L1, m.messageId);
    m.parentMessageId = r.string("parentMessageId"_L1);
    r.checkId("parentMessageId"_L1, m.parentMessageId);
    m.timestamp = r.integer("timestamp"_L1);
    m.message = r.string("message"_L1);

    // EntityJSON travels as a string and is parsed later, by whoever renders it: here it stays text,
    // even when it is not valid JSON. An object instead of a string is kept, re-serialised.
    const QJsonValue data = o.value("data"_L1);
    if (data.isObject()) {
        m.data = QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
        r.addProblem(Text::tr("%1: should be a string of EntityJSON but is an object; it was kept "
                              "re-serialised.")
                         .arg(r.path("data"_L1)));
    } else {
        m.data = r.string("data"_L1);
    }

    m.user = readUserRef(r.object("user"_L1), r.path("user"_L1));
    r.adopt(m.user.problems);
    m.stream = readStreamRef(r.object("stream"_L1), r.path("stream"_L1));
    r.adopt(m.stream.problems);
    m.attachments = r.objectList<AttachmentInfo>("attachments"_L1, readAttachmentInfo);
    m.externalRecipients = r.optionalBoolean("externalRecipients"_L1);
    m.diagnostic = r.string("diagnostic"_L1);
    m.userAgent = r.string("userAgent"_L1);
    m.originalFormat = r.string("originalFormat"_L1);
    m.disclaimer = r.string("disclaimer"_L1);
    m.sid = r.string("sid"_L1);
    m.replacing = r.string("replacing"_L1);
    r.checkId("replacing"_L1, m.replacing);
    m.replacedBy = r.string("replacedBy"_L1);
    r.checkId("replacedBy"_L1, m.replacedBy);
    m.initialTimestamp = r.optionalInteger("initialTimestamp"_L1);
    m.initialMessageId = r.string("initialMessageId"_L1);
    r.checkId("initialMessageId"_L1, m.initialMessageId);
    m.silent = r.optionalBoolean("silent"_L1);

    const QJsonObject shared = r.object("sharedMessage"_L1);
    if (!shared.isEmpty()) {
        if (depth >= MaxSharedMessageDepth) {
            r.addProblem(
                Text::tr("%1: nests shared messages more than %2 levels deep; the rest was not read.")
                    .arg(r.path("sharedMessage"_L1))
                    .arg(MaxSharedMessageDepth));
        } else {
            auto sharedMessage
                = std::make_shared<Message>(readMessage(shared, r.path("sharedMessage"_L1), depth + 1));
            r.adopt(sharedMessage->problems);
            m.sharedMessage = std::move(sharedMessage);
        }
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!isMessageField(it.key()))
            m.otherFields.append(it.key());
    }
    if (!m.sharedMessage && r.has("sharedMessage"_L1))
        m.otherFields.append(u"sharedMessage"_s);
    return m;
}

Message readMessageItem(const QJsonObject &o, const QString &path)
{
    return readMessage(o, path, 0);
}

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
    Stream s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
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
    return s;
}

AdminStreamAttributes readAdminStreamAttributes(const QJsonObject &o, const QString &path)
{
    AdminStreamAttributes a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
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
    return a;
}

AdminStream readAdminStream(const QJsonObject &o, const QString &path)
{
    AdminStream s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
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
    return s;
}

/** Envelope lists: the items keep their own problems; the envelope only lists its own fields. */
template<typename T, typename Read> QList<T> readRecords(FieldReader &r, QLatin1StringView key, Read read)
{
    QList<T> out;
    const QJsonArray array = r.array(key);
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject()) {
            out.append(read(item.toObject(), QString()));
        } else {
            // Kept as an empty record so that the item count (which drives skip) stays true.
            T placeholder;
            placeholder.problems.append(FieldReader::wrongTypeSentence(
                r.path(key) + u'[' + QString::number(i) + u']', FieldReader::Expect::Object, item));
            out.append(std::move(placeholder));
        }
    }
    return out;
}

AdminStreamList readAdminStreamList(const QJsonObject &o, const QString &path)
{
    AdminStreamList l;
    l.raw = o;
    FieldReader r(o, &l.problems, path);
    l.count = r.integer("count"_L1);
    l.skip = r.integer("skip"_L1);
    l.limit = r.integer("limit"_L1);
    l.streams = readRecords<AdminStream>(r, "streams"_L1, readAdminStream);
    return l;
}

GroupItem readGroupItem(const QJsonObject &o, const QString &path)
{
    GroupItem g;
    g.raw = o;
    FieldReader r(o, &g.problems, path);
    g.id = r.integer("id"_L1);
    g.addedBy = r.integer("addedBy"_L1);
    return g;
}

StreamInfo readStreamInfo(const QJsonObject &o, const QString &path)
{
    StreamInfo s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
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
    return s;
}

RoomKeyword readRoomKeyword(const QJsonObject &o, const QString &path)
{
    RoomKeyword k;
    k.raw = o;
    FieldReader r(o, &k.problems, path);
    k.key = r.string("key"_L1);
    k.value = r.string("value"_L1);
    return k;
}

RoomAttributes readRoomAttributes(const QJsonObject &o, const QString &path)
{
    RoomAttributes a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
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
    return a;
}

RoomSystemInfo readRoomSystemInfo(const QJsonObject &o, const QString &path)
{
    RoomSystemInfo s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    r.require("id"_L1);
    s.id = r.string("id"_L1);
    r.checkId("id"_L1, s.id);
    s.creationDate = r.integer("creationDate"_L1);
    s.createdByUserId = r.integer("createdByUserId"_L1);
    s.active = r.boolean("active"_L1);
    return s;
}

RoomDetail readRoomDetail(const QJsonObject &o, const QString &path)
{
    RoomDetail d;
    d.raw = o;
    FieldReader r(o, &d.problems, path);
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
    return d;
}

RoomSearchResult readRoomSearchResult(const QJsonObject &o, const QString &path)
{
    RoomSearchResult s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    s.count = r.integer("count"_L1);
    s.skip = r.integer("skip"_L1);
    s.limit = r.integer("limit"_L1);
    s.rooms = readRecords<RoomDetail>(r, "rooms"_L1, readRoomDetail);
    return s;
}

RoomMember readRoomMember(const QJsonObject &o, const QString &path)
{
    RoomMember m;
    m.raw = o;
    FieldReader r(o, &m.problems, path);
    r.require("id"_L1);
    m.id = r.integer("id"_L1);
    m.owner = r.boolean("owner"_L1);
    m.joinDate = r.integer("joinDate"_L1);
    m.addedThroughGroups = r.integerList("addedThroughGroups"_L1);
    return m;
}

AdminMemberUser readAdminMemberUser(const QJsonObject &o, const QString &path)
{
    AdminMemberUser u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
    u.userId = r.integer("userId"_L1);
    u.email = r.string("email"_L1);
    u.firstName = r.string("firstName"_L1);
    u.lastName = r.string("lastName"_L1);
    u.displayName = r.string("displayName"_L1);
    u.company = r.string("company"_L1);
    u.companyId = r.integer("companyId"_L1);
    u.isExternal = r.boolean("isExternal"_L1);
    return u;
}

AdminMember readAdminMember(const QJsonObject &o, const QString &path)
{
    AdminMember m;
    m.raw = o;
    FieldReader r(o, &m.problems, path);
    r.require("user"_L1);
    m.user = readAdminMemberUser(r.object("user"_L1), r.path("user"_L1));
    r.adopt(m.user.problems);
    m.isOwner = r.boolean("isOwner"_L1);
    m.isCreator = r.boolean("isCreator"_L1);
    m.joinDate = r.integer("joinDate"_L1);
    m.addedThroughGroups = r.integerList("addedThroughGroups"_L1);
    return m;
}

AdminMemberList readAdminMemberList(const QJsonObject &o, const QString &path)
{
    AdminMemberList l;
    l.raw = o;
    FieldReader r(o, &l.problems, path);
    l.count = r.integer("count"_L1);
    l.skip = r.integer("skip"_L1);
    l.limit = r.integer("limit"_L1);
    l.members = readRecords<AdminMember>(r, "members"_L1, readAdminMember);
    return l;
}

MessageUser readMessageUser(const QJsonObject &o, const QString &path)
{
    MessageUser u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
    u.id = r.integer("id"_L1);
    u.name = r.string("name"_L1);
    return u;
}

ReceiptStream readReceiptStream(const QJsonObject &o, const QString &path)
{
    ReceiptStream s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    s.id = r.string("id"_L1);
    r.checkId("id"_L1, s.id);
    s.name = r.string("name"_L1);
    s.streamType = r.string("streamType"_L1);
    return s;
}

DownloadCount readDownloadCount(const QJsonObject &o, const QString &path)
{
    DownloadCount c;
    c.raw = o;
    FieldReader r(o, &c.problems, path);
    c.fileName = r.string("fileName"_L1);
    c.count = r.integer("count"_L1);
    return c;
}

DownloadReceipt readDownloadReceipt(const QJsonObject &o, const QString &path)
{
    DownloadReceipt d;
    d.raw = o;
    FieldReader r(o, &d.problems, path);
    d.fileName = r.string("fileName"_L1);
    d.timestamp = r.integer("timestamp"_L1);
    return d;
}

ReceiptUser readReceiptUser(const QJsonObject &o, const QString &path)
{
    ReceiptUser u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
    r.require("id"_L1);
    u.id = r.integer("id"_L1);
    u.username = r.has("username"_L1) ? r.string("username"_L1) : r.string("userName"_L1);
    u.firstName = r.string("firstName"_L1);
    u.lastName = r.string("lastName"_L1);
    u.emailAddress = r.string("emailAddress"_L1);
    return u;
}

Receipt readReceipt(const QJsonObject &o, const QString &path)
{
    Receipt rc;
    rc.raw = o;
    FieldReader r(o, &rc.problems, path);
    rc.user = readReceiptUser(r.object("user"_L1), r.path("user"_L1));
    r.adopt(rc.user.problems);
    rc.deliveryReceiptTimestamp = r.optionalInteger("deliveryReceiptTimestamp"_L1);
    rc.readReceiptTimestamp = r.optionalInteger("readReceiptTimestamp"_L1);
    rc.emailNotificationTimestamp = r.optionalInteger("emailNotificationTimestamp"_L1);
    rc.downloadReceipts = r.objectList<DownloadReceipt>("downloadReceiptCounts"_L1, readDownloadReceipt);
    return rc;
}

ReceiptPage readReceiptPage(const QJsonObject &o, const QString &path)
{
    ReceiptPage p;
    p.raw = o;
    FieldReader r(o, &p.problems, path);
    p.creator = readMessageUser(r.object("creator"_L1), r.path("creator"_L1));
    r.adopt(p.creator.problems);
    p.onBehalfOfUser = readMessageUser(r.object("onBehalfOfUser"_L1), r.path("onBehalfOfUser"_L1));
    r.adopt(p.onBehalfOfUser.problems);
    p.stream = readReceiptStream(r.object("stream"_L1), r.path("stream"_L1));
    r.adopt(p.stream.problems);
    p.creationDate = r.integer("creationDate"_L1);
    p.deliveryReceiptCount = r.integer("deliveryReceiptCount"_L1);
    p.readReceiptCount = r.integer("readReceiptCount"_L1);
    p.emailNotificationCount = r.integer("emailNotificationCount"_L1);
    p.downloadReceiptCounts = r.objectList<DownloadCount>("downloadReceiptCounts"_L1, readDownloadCount);
    p.receipts = readRecords<Receipt>(r, "MessageReceiptDetail"_L1, readReceipt);

    // `pagination` is null on a single page; without it there is no next page.
    FieldReader pagination(r.object("pagination"_L1), &p.problems, r.path("pagination"_L1));
    FieldReader cursors(pagination.object("cursors"_L1), &p.problems, pagination.path("cursors"_L1));
    p.before = cursors.string("before"_L1);
    p.after = cursors.string("after"_L1);
    p.next = pagination.string("next"_L1);
    p.previous = pagination.string("previous"_L1);
    return p;
}

StatusUser readStatusUser(const QJsonObject &o, const QString &path)
{
    StatusUser u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
    // The spec types userId and timestamp as strings, the Docs send numbers: both are normal.
    u.userId = r.integerOrString("userId"_L1);
    // The spec's own example spells it "firsName".
    u.firstName = r.has("firstName"_L1) ? r.string("firstName"_L1) : r.string("firsName"_L1);
    u.lastName = r.string("lastName"_L1);
    u.displayName = r.string("displayName"_L1);
    u.email = r.string("email"_L1);
    u.userName = r.has("userName"_L1) ? r.string("userName"_L1) : r.string("username"_L1);
    u.timestamp = r.integerOrString("timestamp"_L1);
    return u;
}

MessageStatus readMessageStatus(const QJsonObject &o, const QString &path)
{
    MessageStatus s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    s.author = readStatusUser(r.object("author"_L1), r.path("author"_L1));
    r.adopt(s.author.problems);
    s.read = r.objectList<StatusUser>("read"_L1, readStatusUser);
    s.delivered = r.objectList<StatusUser>("delivered"_L1, readStatusUser);
    s.sent = r.objectList<StatusUser>("sent"_L1, readStatusUser);
    return s;
}

AttachmentPreview readAttachmentPreview(const QJsonObject &o, const QString &path)
{
    AttachmentPreview p;
    p.raw = o;
    FieldReader r(o, &p.problems, path);
    p.fileId = r.string("fileId"_L1);
    p.width = r.integer("width"_L1);
    return p;
}

StreamAttachment readStreamAttachment(const QJsonObject &o, const QString &path)
{
    StreamAttachment a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
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
    return a;
}

Signal readSignal(const QJsonObject &o, const QString &path)
{
    Signal s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    r.require("id"_L1);
    s.id = r.string("id"_L1);
    s.name = r.string("name"_L1);
    s.query = r.string("query"_L1);
    s.visibleOnProfile = r.boolean("visibleOnProfile"_L1);
    s.companyWide = r.boolean("companyWide"_L1);
    s.timestamp = r.integer("timestamp"_L1);
    return s;
}

Avatar readAvatar(const QJsonObject &o, const QString &path)
{
    Avatar a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
    a.size = r.string("size"_L1);
    a.url = r.string("url"_L1);
    return a;
}

User readUser(const QJsonObject &o, const QString &path)
{
    User u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
    r.require("id"_L1);
    u.id = r.integer("id"_L1);
    u.emailAddress = r.string("emailAddress"_L1);
    u.firstName = r.string("firstName"_L1);
    u.lastName = r.string("lastName"_L1);
    u.displayName = r.string("displayName"_L1);
    u.title = r.string("title"_L1);
    u.company = r.string("company"_L1);
    u.username = r.has("username"_L1) ? r.string("username"_L1) : r.string("userName"_L1);
    u.location = r.string("location"_L1);
    u.accountType = r.string("accountType"_L1);
    u.roles = r.stringList("roles"_L1);
    u.workPhoneNumber = r.stringOrNumber("workPhoneNumber"_L1);
    u.mobilePhoneNumber = r.stringOrNumber("mobilePhoneNumber"_L1);
    u.jobFunction = r.string("jobFunction"_L1);
    u.department = r.string("department"_L1);
    u.division = r.string("division"_L1);
    u.avatars = r.objectList<Avatar>("avatars"_L1, readAvatar);
    return u;
}

UserError readUserError(const QJsonObject &o, const QString &path)
{
    UserError e;
    e.raw = o;
    FieldReader r(o, &e.problems, path);
    e.error = r.string("error"_L1);
    e.email = r.string("email"_L1);
    e.id = r.stringOrNumber("id"_L1);
    return e;
}

UserList readUserList(const QJsonObject &o, const QString &path)
{
    UserList l;
    l.raw = o;
    FieldReader r(o, &l.problems, path);
    l.users = readRecords<User>(r, "users"_L1, readUser);
    l.errors = readRecords<UserError>(r, "errors"_L1, readUserError);
    return l;
}

HealthComponent readHealthComponent(const QJsonObject &o, const QString &path)
{
    HealthComponent c;
    c.raw = o;
    FieldReader r(o, &c.problems, path);
    c.status = r.string("status"_L1);
    c.version = r.string("version"_L1);
    c.message = r.string("message"_L1);
    c.authType = r.string("authType"_L1);
    return c;
}

QMap<QString, HealthComponent> readHealthMap(FieldReader &r, QLatin1StringView group)
{
    QMap<QString, HealthComponent> out;
    const QJsonObject map = r.object(group);
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString componentPath = r.path(group) + u'.' + it.key();
        HealthComponent c;
        if (it.value().isObject()) {
            c = readHealthComponent(it.value().toObject(), componentPath);
        } else {
            c.problems.append(
                FieldReader::wrongTypeSentence(componentPath, FieldReader::Expect::Object, it.value()));
        }
        c.name = it.key();
        c.group = QString(group);
        r.adopt(c.problems);
        out.insert(it.key(), std::move(c));
    }
    return out;
}

Health readHealth(const QJsonObject &o, const QString &path)
{
    Health h;
    h.raw = o;
    FieldReader r(o, &h.problems, path);
    r.require("status"_L1);
    h.status = r.string("status"_L1);
    h.version = r.string("version"_L1);
    h.services = readHealthMap(r, "services"_L1);
    h.users = readHealthMap(r, "users"_L1);
    return h;
}

AgentInfo readAgentInfo(const QJsonObject &o, const QString &path)
{
    AgentInfo a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
    a.ipAddress = r.string("ipAddress"_L1);
    a.hostname = r.string("hostname"_L1);
    a.serverFqdn = r.string("serverFqdn"_L1);
    a.version = r.string("version"_L1);
    a.url = r.string("url"_L1);
    a.onPrem = r.boolean("onPrem"_L1);
    a.mt = r.boolean("mt"_L1);
    a.commitId = r.string("commitId"_L1);
    return a;
}

Token readToken(const QJsonObject &o, const QString &path)
{
    Token t;
    t.raw = o;
    FieldReader r(o, &t.problems, path);
    t.name = r.string("name"_L1);
    r.require("token"_L1);
    t.token = r.string("token"_L1);
    t.authorizationToken = r.string("authorizationToken"_L1);
    return t;
}

ErrorBody readErrorBody(const QJsonObject &o, const QString &path)
{
    ErrorBody e;
    e.raw = o;
    FieldReader r(o, &e.problems, path);
    const qint64 code = r.integer("code"_L1);
    if (code < std::numeric_limits<int>::min() || code > std::numeric_limits<int>::max()) {
        r.wrongType(r.path("code"_L1), FieldReader::Expect::Integer, o.value("code"_L1));
    } else {
        e.code = int(code);
    }
    e.message = r.string("message"_L1);
    e.details = r.object("details"_L1);
    return e;
}

// ---------------------------------------------------------------------------------------------
// Bodies.

int ownFlag(const QStringList &problems)
{
    return problems.isEmpty() ? 0 : 1;
}

template<typename T> int countFlagged(const QList<T> &records)
{
    return int(
        std::count_if(records.begin(), records.end(), [](const T &r) { return !r.problems.isEmpty(); }));
}

template<typename T> int flaggedIn(const T &value)
{
    return ownFlag(value.problems);
}

// Envelopes: their own problems and those of their records are counted apart (see the struct docs).
int flaggedIn(const AdminStreamList &l)
{
    return ownFlag(l.problems) + countFlagged(l.streams);
}
int flaggedIn(const RoomSearchResult &s)
{
    return ownFlag(s.problems) + countFlagged(s.rooms);
}
int flaggedIn(const AdminMemberList &l)
{
    return ownFlag(l.problems) + countFlagged(l.members);
}
int flaggedIn(const ReceiptPage &p)
{
    return ownFlag(p.problems) + countFlagged(p.receipts);
}
int flaggedIn(const UserList &l)
{
    return ownFlag(l.problems) + countFlagged(l.users) + countFlagged(l.errors);
}

/** The top-level JSON value of a body, or a fatal error; `empty` for a body of only whitespace. */
int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the `\uXXXX` escape at `i` (which points at the backslash), or -1.
int escapeAt(const QByteArray &json, qsizetype i)
{
    if (i + 5 >= json.size() || json[i] != '\\' || json[i + 1] != 'u')
        return -1;
    int value = 0;
    for (int k = 2; k <= 5; ++k) {
        const int h = hexDigit(json[i + k]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one (RFC 3629: no
// overlong forms, no encoded surrogates, nothing above U+10FFFF).
int utf8SequenceLength(const uchar *d, qsizetype i, qsizetype n)
{
    const uchar c = d[i];
    int len = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > n || d[i + 1] < lo || d[i + 1] > hi)
        return 0;
    for (int k = 2; k < len; ++k) {
        if (d[i + k] < 0x80 || d[i + k] > 0xBF)
            return 0;
    }
    return len;
}

struct Top
{
    QJsonValue value;
    QString error;
    bool empty = false;
    int replaced = 0;
};

QString htmlTitle(const QByteArray &body)
{
    const QByteArray head = body.left(4096);
    const QByteArray lower = head.toLower();
    const qsizetype open = lower.indexOf("<title");
    if (open < 0)
        return {};
    const qsizetype start = lower.indexOf('>', open);
    const qsizetype end = lower.indexOf("</title", start);
    if (start < 0 || end < 0)
        return {};
    QString title = QString::fromUtf8(head.mid(start + 1, end - start - 1)).simplified();
    constexpr qsizetype MaxShown = 80;
    if (title.size() > MaxShown)
        title = title.left(MaxShown) + u'\x2026';
    return title;
}

} // namespace

int repairJsonText(QByteArray *json)
{
    int replaced = 0;
    // 1. Escapes of half a surrogate pair (same length: the four hex digits become fffd).
    for (qsizetype i = json->indexOf('\\'); i >= 0 && i < json->size(); i = json->indexOf('\\', i)) {
        const int unit = escapeAt(*json, i);
        if (unit < 0) {
            i += 2; // some other escape, possibly an escaped backslash: skip it whole
            continue;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next = escapeAt(*json, i + 6);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                i += 12; // a valid pair
                continue;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
            json->replace(i + 2, 4, "fffd");
            ++replaced;
        }
        i += 6;
    }
    // 2. Bytes that are not UTF-8: copy only when there is one.
    const auto *d = reinterpret_cast<const uchar *>(json->constData());
    const qsizetype n = json->size();
    qsizetype i = 0;
    while (i < n && d[i] < 0x80)
        ++i;
    QByteArray out;
    qsizetype copied = 0;
    while (i < n) {
        if (d[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceLength(d, i, n);
        if (len > 0) {
            i += len;
            continue;
        }
        if (out.isEmpty())
            out.reserve(n + 16);
        out.append(json->constData() + copied, i - copied);
        out.append("\xEF\xBF\xBD");
        ++replaced;
        ++i;
        copied = i;
    }
    if (copied > 0) {
        out.append(json->constData() + copied, n - copied);
        *json = out;
    }
    return replaced;
}

namespace {

/**
 * True when the body stops inside a string or with brackets still open: the signature of a response
 * that was cut off (a dropped connection, a proxy's size limit) rather than one that was written wrong.
 * QJsonParseError cannot tell: it reports "unterminated object" for `{'a':1}` as well.
 */
bool endsInsideStructure(const QByteArray &body)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return inString || depth > 0;
}

Top readTop(const QByteArray &rawBody)
{
    Top top;
    QByteArray body = rawBody.trimmed();
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (body.isEmpty()) {
        top.empty = true;
        return top;
    }

    // Qt turns an escaped lone surrogate into a silent '?' and refuses a whole body over one byte
    // that is not UTF-8: repair both first, visibly (U+FFFD, counted).
    top.replaced = repairJsonText(&body);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        top.value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return top;
    }

    // Proxies and gateways answer with HTML pages (a 502/503 page, a login portal): say so.
    if (body.startsWith('<')) {
        const QString title = htmlTitle(body);
        top.error = title.isEmpty()
            ? Text::tr("The server sent HTML or XML instead of JSON.")
            : Text::tr("The server sent an HTML page (\"%1\") instead of JSON.").arg(title);
        return top;
    }
    // QJsonDocument only takes an object or an array at the top; a lone string, number or null is
    // valid JSON of the wrong shape, so it gets the wrong-shape sentence rather than "malformed".
    if (!body.startsWith('{') && !body.startsWith('[')) {
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray('[' + body + ']'), &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            top.value = wrapped.array().at(0);
            return top;
        }
    }

    const bool cutOff = endsInsideStructure(body);
    top.error = cutOff
        ? Text::tr("The server sent incomplete JSON (%1 at offset %2); the response was probably "
                   "cut off.")
              .arg(parseError.errorString())
              .arg(parseError.offset)
        : Text::tr("The server sent malformed JSON (%1 at offset %2).")
              .arg(parseError.errorString())
              .arg(parseError.offset);
    return top;
}

QString describeTop(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return Text::tr("a JSON object");
    case QJsonValue::Array:
        return Text::tr("a JSON array");
    case QJsonValue::String:
        return Text::tr("a JSON string");
    case QJsonValue::Double:
        return Text::tr("a JSON number");
    case QJsonValue::Bool:
        return Text::tr("a JSON boolean");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("JSON null");
}

QString wrongShape(const QJsonValue &value, const QString &what)
{
    // A 200 that carries an error object is best reported with the server's own words.
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonValue code = o.value("code"_L1);
        const QJsonValue message = o.value("message"_L1);
        if (code.isDouble() && message.isString()) {
            return Text::tr("The server answered with an error (%1: %2) where %3 was expected.")
                .arg(QString::number(code.toInteger()), message.toString(), what);
        }
    }
    return Text::tr("The server sent %1 where %2 was expected.").arg(describeTop(value), what);
}

template<typename T, typename Read>
Result<QList<T>> parseArray(const QByteArray &body, const QString &what, Read read)
{
    Result<QList<T>> result;
    const Top top = readTop(body);
    result.replaced = top.replaced;
    if (top.empty)
        return result;
    if (!top.error.isEmpty()) {
        result.error = top.error;
        return result;
    }
    if (!top.value.isArray()) {
        result.error = wrongShape(top.value, what);
        return result;
    }
    const QJsonArray array = top.value.toArray();
    result.value.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject()) {
            result.value.append(read(item.toObject(), QString()));
        } else {
            // Kept as an empty record so that the item count (which drives skip) stays true.
            T placeholder;
            placeholder.problems.append(Text::tr("Item %1 of the list should be an object but is %2.")
                                            .arg(i + 1)
                                            .arg(FieldReader::describe(item)));
            result.value.append(std::move(placeholder));
        }
        if (!result.value.constLast().problems.isEmpty())
            ++result.flagged;
    }
    return result;
}

template<typename T, typename Read>
Result<T> parseObject(const QByteArray &body, const QString &what, Read read, bool emptyIsEmpty = false)
{
    Result<T> result;
    const Top top = readTop(body);
    result.replaced = top.replaced;
    if (top.empty) {
        if (!emptyIsEmpty)
            result.error = Text::tr("The server sent an empty response where %1 was expected.").arg(what);
        return result;
    }
    if (!top.error.isEmpty()) {
        result.error = top.error;
        return result;
    }
    if (!top.value.isObject()) {
        result.error = wrongShape(top.value, what);
        return result;
    }
    result.value = read(top.value.toObject(), QString());
    result.flagged = flaggedIn(result.value);
    return result;
}

} // namespace

Result<QList<Message>> messagesReference(const QByteArray &body)
{
    return parseArray<Message>(body, Text::tr("a list of messages"), readMessageItem);
}

Result<Message> message(const QByteArray &body)
{
    Result<Message> result = parseObject<Message>(body, Text::tr("a message"), readMessageItem);
    if (result.ok()) {
        QByteArray json = body.trimmed();
        if (json.startsWith("\xEF\xBB\xBF"))
            json = json.mid(3).trimmed();
        repairJsonText(&json);
        result.value.json = json;
    }
    return result;
}

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

Result<ReceiptPage> receipts(const QByteArray &body)
{
    return parseObject<ReceiptPage>(body, Text::tr("a page of message receipts"), readReceiptPage);
}

Result<MessageStatus> messageStatus(const QByteArray &body)
{
    return parseObject<MessageStatus>(body, Text::tr("the status of a message"), readMessageStatus);
}

Result<QList<StreamAttachment>> streamAttachments(const QByteArray &body)
{
    return parseArray<StreamAttachment>(body, Text::tr("a list of stream attachments"), readStreamAttachment);
}

Result<QList<Signal>> signalList(const QByteArray &body)
{
    return parseArray<Signal>(body, Text::tr("a list of signals"), readSignal);
}

Result<Signal> signal(const QByteArray &body)
{
    return parseObject<Signal>(body, Text::tr("a signal"), readSignal);
}

Result<UserList> users(const QByteArray &body)
{
    return parseObject<UserList>(body, Text::tr("a list of users"), readUserList, true);
}

Result<User> user(const QByteArray &body)
{
    return parseObject<User>(body, Text::tr("a user"), readUser);
}

Result<Health> health(const QByteArray &body)
{
    return parseObject<Health>(body, Text::tr("a health report"), readHealth);
}

Result<AgentInfo> agentInfo(const QByteArray &body)
{
    return parseObject<AgentInfo>(body, Text::tr("the agent information"), readAgentInfo);
}

Result<Token> token(const QByteArray &body)
{
    return parseObject<Token>(body, Text::tr("an authentication token"), readToken);
}

Result<ErrorBody> errorBody(const QByteArray &body)
{
    return parseObject<ErrorBody>(body, Text::tr("an error description"), readErrorBody);
}

UserRef userRefFromJson(const QJsonObject &object, const QString &path)
{
    return readUserRef(object, path);
}

StreamRef streamRefFromJson(const QJsonObject &object, const QString &path)
{
    return readStreamRef(object, path);
}

AttachmentInfo attachmentInfoFromJson(const QJsonObject &object)
{
    return readAttachmentInfo(object, QString());
}

Message messageFromJson(const QJsonObject &object, const QString &path)
{
    return readMessage(object, path, 0);
}

Stream streamFromJson(const QJsonObject &object)
{
    return readStream(object, QString());
}

AdminStream adminStreamFromJson(const QJsonObject &object)
{
    return readAdminStream(object, QString());
}

AdminStreamList adminStreamListFromJson(const QJsonObject &object)
{
    return readAdminStreamList(object, QString());
}

StreamInfo streamInfoFromJson(const QJsonObject &object)
{
    return readStreamInfo(object, QString());
}

RoomDetail roomDetailFromJson(const QJsonObject &object)
{
    return readRoomDetail(object, QString());
}

RoomSearchResult roomSearchResultFromJson(const QJsonObject &object)
{
    return readRoomSearchResult(object, QString());
}

RoomMember roomMemberFromJson(const QJsonObject &object)
{
    return readRoomMember(object, QString());
}

AdminMember adminMemberFromJson(const QJsonObject &object)
{
    return readAdminMember(object, QString());
}

AdminMemberList adminMemberListFromJson(const QJsonObject &object)
{
    return readAdminMemberList(object, QString());
}

Receipt receiptFromJson(const QJsonObject &object)
{
    return readReceipt(object, QString());
}

ReceiptPage receiptPageFromJson(const QJsonObject &object)
{
    return readReceiptPage(object, QString());
}

StatusUser statusUserFromJson(const QJsonObject &object)
{
    return readStatusUser(object, QString());
}

MessageStatus messageStatusFromJson(const QJsonObject &object)
{
    return readMessageStatus(object, QString());
}

StreamAttachment streamAttachmentFromJson(const QJsonObject &object)
{
    return readStreamAttachment(object, QString());
}

Signal signalFromJson(const QJsonObject &object)
{
    return readSignal(object, QString());
}

User userFromJson(const QJsonObject &object)
{
    return readUser(object, QString());
}

UserList userListFromJson(const QJsonObject &object)
{
    return readUserList(object, QString());
}

Health healthFromJson(const QJsonObject &object)
{
    return readHealth(object, QString());
}

AgentInfo agentInfoFromJson(const QJsonObject &object)
{
    return readAgentInfo(object, QString());
}

Token tokenFromJson(const QJsonObject &object)
{
    return readToken(object, QString());
}

ErrorBody errorBodyFromJson(const QJsonObject &object)
{
    return readErrorBody(object, QString());
}

} // namespace Inspector::Parse
