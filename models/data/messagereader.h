// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to models/data: how a V4Message and the objects inside it are read, written once for
// both JSON readers. parsemessages.cpp instantiates it with JsonCursor (QJsonDocument, the reference
// that writes the problem sentences); messagepage.cpp with its simdjson cursor, whose reader gives up
// on the first problem so that the message is read again by the reference (the two can never
// disagree on a message with problems).
//
// A Cursor names one object in the response (or its absence) and makes a Reader for it that writes
// problems to a given list. A Reader has FieldReader's typed getters (has, string, stringOrNumber,
// integer, optionalInteger, boolean, optionalBoolean, integerList, require, checkId, adopt,
// addProblem, path) and:
//   raw()                  the object, for the struct's `raw`
//   isObject(key)          whether the value at key is an object
//   compactText(key)       that object as compact JSON text
//   nested(key)            a Cursor for the object at key (flagged when it is another type)
//   list<T>(key, read)     an array of objects, each read with read(cursor); its problems adopted
//   otherKeys(keep)        the keys for which keep(key) is false, sorted
// and a Cursor has reader(problems), isEmpty() and bytes() (the object's JSON text, where the
// reader keeps it; empty otherwise).

#include "data/fieldreader.h"
#include "data/message.h"
#include "data/messagefields.h"
#include "data/parsebody.h"

#include <QJsonDocument>

#include <memory>

namespace Inspector::Parse::Detail {

using namespace Qt::StringLiterals;

class JsonReader;

/** @brief A QJsonObject and its path in the response. */
struct JsonCursor
{
    QJsonObject object;
    QString path;

    JsonReader reader(QStringList *problems) const;
    bool isEmpty() const { return object.isEmpty(); }
    QByteArray bytes() const { return {}; }
};

/** @brief FieldReader with what the message readers need besides. */
class JsonReader : public FieldReader
{
public:
    using FieldReader::FieldReader;

    const QJsonObject &raw() const { return json(); }
    bool isObject(QLatin1StringView key) const { return json().value(key).isObject(); }
    QString compactText(QLatin1StringView key) const
    {
        return QString::fromUtf8(QJsonDocument(json().value(key).toObject()).toJson(QJsonDocument::Compact));
    }
    JsonCursor nested(QLatin1StringView key) { return {object(key), path(key)}; }
    template<typename T, typename Read> QList<T> list(QLatin1StringView key, Read read)
    {
        return objectList<T>(key, [&read](const QJsonObject &o, const QString &itemPath) {
            return read(JsonCursor {o, itemPath});
        });
    }
    /** QJsonObject keeps its keys sorted. */
    template<typename Keep> QStringList otherKeys(Keep keep) const
    {
        QStringList out;
        for (auto it = json().constBegin(); it != json().constEnd(); ++it) {
            if (!keep(it.key()))
                out.append(it.key());
        }
        return out;
    }
};

inline JsonReader JsonCursor::reader(QStringList *problems) const
{
    return JsonReader(object, problems, path);
}

// ---------------------------------------------------------------------------------------------
// The readers. Each returns a struct whose problems already include those of the nested objects.

template<typename Cursor> UserRef readUserRef(const Cursor &c)
{
    UserRef u;
    auto r = c.reader(&u.problems);
    u.raw = r.raw();
    u.userId = r.integer("userId"_L1);
    u.firstName = r.string("firstName"_L1);
    u.lastName = r.string("lastName"_L1);
    u.displayName = r.string("displayName"_L1);
    u.email = r.string("email"_L1);
    u.username = r.has("username"_L1) ? r.string("username"_L1) : r.string("userName"_L1);
    return u;
}

template<typename Cursor> StreamRef readStreamRef(const Cursor &c)
{
    StreamRef s;
    auto r = c.reader(&s.problems);
    s.raw = r.raw();
    s.streamId = r.string("streamId"_L1);
    r.checkId("streamId"_L1, s.streamId);
    // V4Stream has a plain string here; accept the pod's {"type": …} object too rather than lose it.
    if (r.isObject("streamType"_L1))
        s.streamType = r.nested("streamType"_L1).reader(&s.problems).string("type"_L1);
    else
        s.streamType = r.string("streamType"_L1);
    s.roomName = r.string("roomName"_L1);
    s.members = r.template list<UserRef>("members"_L1, [](const Cursor &m) { return readUserRef(m); });
    s.external = r.boolean("external"_L1);
    s.crossPod = r.boolean("crossPod"_L1);
    s.recipientTenantIds = r.integerList("recipientTenantIds"_L1);
    return s;
}

template<typename Cursor> ThumbnailInfo readThumbnail(const Cursor &c)
{
    ThumbnailInfo t;
    auto r = c.reader(&t.problems);
    t.raw = r.raw();
    t.id = r.string("id"_L1);
    t.dimension = r.stringOrNumber("dimension"_L1);
    return t;
}

template<typename Cursor> AttachmentInfo readAttachmentInfo(const Cursor &c)
{
    AttachmentInfo a;
    auto r = c.reader(&a.problems);
    a.raw = r.raw();
    r.require("id"_L1);
    a.id = r.string("id"_L1);
    a.name = r.string("name"_L1);
    a.size = r.integer("size"_L1);
    a.images = r.template list<ThumbnailInfo>("images"_L1, [](const Cursor &i) { return readThumbnail(i); });
    return a;
}

template<typename Cursor> Message readMessage(const Cursor &c, int depth)
{
    Message m;
    auto r = c.reader(&m.problems);
    m.raw = r.raw();
    r.require("messageId"_L1);
    m.messageId = r.string("messageId"_L1);
    r.checkId("messageId"_L1, m.messageId);
    m.parentMessageId = r.string("parentMessageId"_L1);
    r.checkId("parentMessageId"_L1, m.parentMessageId);
    m.timestamp = r.integer("timestamp"_L1);
    m.message = r.string("message"_L1);

    // EntityJSON travels as a string and is parsed later, by whoever renders it: here it stays text,
    // even when it is not valid JSON. An object instead of a string is kept, re-serialised.
    if (r.isObject("data"_L1)) {
        m.data = r.compactText("data"_L1);
        r.addProblem(Text::tr("%1: should be a string of EntityJSON but is an object; it was kept "
                              "re-serialised.")
                         .arg(r.path("data"_L1)));
    } else {
        m.data = r.string("data"_L1);
    }

    m.user = readUserRef(r.nested("user"_L1));
    r.adopt(m.user.problems);
    m.stream = readStreamRef(r.nested("stream"_L1));
    r.adopt(m.stream.problems);
    m.attachments = r.template list<AttachmentInfo>(
        "attachments"_L1, [](const Cursor &a) { return readAttachmentInfo(a); });
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

    const Cursor shared = r.nested("sharedMessage"_L1);
    if (!shared.isEmpty()) {
        if (depth >= MaxSharedMessageDepth) {
            r.addProblem(
                Text::tr("%1: nests shared messages more than %2 levels deep; the rest was not read.")
                    .arg(r.path("sharedMessage"_L1))
                    .arg(MaxSharedMessageDepth));
        } else {
            auto sharedMessage = std::make_shared<Message>(readMessage(shared, depth + 1));
            r.adopt(sharedMessage->problems);
            sharedMessage->json = shared.bytes();
            m.sharedMessage = std::move(sharedMessage);
        }
    }
    m.otherFields = r.otherKeys([](const auto &key) { return isMessageField(key); });
    if (!m.sharedMessage && r.has("sharedMessage"_L1))
        m.otherFields.append(u"sharedMessage"_s);
    return m;
}

} // namespace Inspector::Parse::Detail
