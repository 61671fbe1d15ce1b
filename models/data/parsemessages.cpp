// SPDX-License-Identifier: Apache-2.0
// Messages with QJsonDocument: the reference reader (messagepage.cpp holds the fast one), and the
// readers of the objects that arrive inside other JSON (events).
#include "data/parse.h"

#include "data/fieldreader.h"
#include "data/messagefields.h"
#include "data/parsebody.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using namespace Detail;

namespace {

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

UserRef userRefFromJson(const QJsonObject &object, const QString &path)
{
    return readUserRef(object, path);
}

StreamRef streamRefFromJson(const QJsonObject &object, const QString &path)
{
    return readStreamRef(object, path);
}

Message messageFromJson(const QJsonObject &object, const QString &path)
{
    return readMessage(object, path, 0);
}

} // namespace Inspector::Parse
