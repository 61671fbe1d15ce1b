// SPDX-License-Identifier: Apache-2.0
#include "data/event.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "data/fieldreader.h"
#include "data/ids.h"
#include "data/times.h"
#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

struct TypeInfo
{
    QString type;
    QString payloadKey;
};

const QList<TypeInfo> &typeInfos()
{
    static const QList<TypeInfo> infos {
        {u"MESSAGESENT"_s, u"messageSent"_s},
        {u"MESSAGESUPPRESSED"_s, u"messageSuppressed"_s},
        {u"SYMPHONYELEMENTSACTION"_s, u"symphonyElementsAction"_s},
        {u"SHAREDPOST"_s, u"sharedPost"_s},
        {u"INSTANTMESSAGECREATED"_s, u"instantMessageCreated"_s},
        {u"ROOMCREATED"_s, u"roomCreated"_s},
        {u"ROOMUPDATED"_s, u"roomUpdated"_s},
        {u"ROOMDEACTIVATED"_s, u"roomDeactivated"_s},
        {u"ROOMREACTIVATED"_s, u"roomReactivated"_s},
        {u"USERREQUESTEDTOJOINROOM"_s, u"userRequestedToJoinRoom"_s},
        {u"USERJOINEDROOM"_s, u"userJoinedRoom"_s},
        {u"USERLEFTROOM"_s, u"userLeftRoom"_s},
        {u"ROOMMEMBERPROMOTEDTOOWNER"_s, u"roomMemberPromotedToOwner"_s},
        {u"ROOMMEMBERDEMOTEDFROMOWNER"_s, u"roomMemberDemotedFromOwner"_s},
        {u"CONNECTIONREQUESTED"_s, u"connectionRequested"_s},
        {u"CONNECTIONACCEPTED"_s, u"connectionAccepted"_s},
        {u"GENERICSYSTEMEVENT"_s, u"genericSystemEvent"_s},
    };
    return infos;
}

QString oneLine(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > Event::PreviewLength)
        s = s.left(Event::PreviewLength - 1) + QChar(0x2026);
    return s;
}

QJsonObject userJson(const UserRef &u)
{
    if (u.userId == 0 && u.displayName.isEmpty())
        return {};
    QJsonObject o {{u"userId"_s, u.userId}};
    if (!u.displayName.isNull())
        o.insert(u"displayName"_s, u.displayName);
    if (!u.username.isNull())
        o.insert(u"username"_s, u.username);
    return o;
}

} // namespace

const QStringList &Event::realTimeTypes()
{
    static const QStringList types = [] {
        QStringList out;
        for (const TypeInfo &i : typeInfos())
            out.append(i.type);
        return out;
    }();
    return types;
}

QString Event::payloadKey(const QString &type)
{
    for (const TypeInfo &i : typeInfos()) {
        if (i.type == type)
            return i.payloadKey;
    }
    return {};
}

bool Event::isMessageType(const QString &type)
{
    return type == "MESSAGESENT"_L1 || type == "SHAREDPOST"_L1;
}

QString Event::key() const
{
    return type + u'|' + id + u'|' + QString::number(timestamp) + u'|' + Ids::normalized(messageId);
}

QJsonObject Event::derivedJson() const
{
    QJsonObject o {
        {u"key"_s, key()},
        {u"time"_s, timestamp > 0 ? Times::toIso(timestamp) : QString()},
        {u"knownType"_s, isKnownType()},
        {u"preview"_s, preview},
    };
    if (const QJsonObject u = userJson(initiator); !u.isEmpty())
        o.insert(u"initiator"_s, u);
    if (const QJsonObject u = userJson(affectedUser); !u.isEmpty())
        o.insert(u"affectedUser"_s, u);
    if (!stream.streamId.isEmpty()) {
        QJsonObject s {{u"streamId"_s, stream.key()}};
        if (!stream.streamType.isEmpty())
            s.insert(u"streamType"_s, stream.streamType);
        if (!stream.roomName.isEmpty())
            s.insert(u"roomName"_s, stream.roomName);
        o.insert(u"stream"_s, s);
    }
    if (!messageId.isEmpty())
        o.insert(u"messageId"_s, Ids::normalized(messageId));
    o.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    return o;
}

namespace Parse {

Event eventFromJson(const QJsonObject &object)
{
    Event e;
    e.raw = object;
    FieldReader r(object, &e.problems);
    e.id = r.string("id"_L1);
    e.type = r.string("type"_L1);
    e.timestamp = r.integer("timestamp"_L1);
    e.messageId = r.string("messageId"_L1);
    e.diagnostic = r.string("diagnostic"_L1);
    r.require("type"_L1);
    r.require("id"_L1);
    const QJsonObject initiator = r.object("initiator"_L1);
    if (initiator.contains(u"user"_s)) {
        FieldReader ir(initiator, &e.problems, u"initiator"_s);
        const QJsonObject user = ir.object("user"_L1);
        e.initiator = userRefFromJson(user, ir.path("user"_L1));
        e.problems += e.initiator.problems;
    }
    const QJsonObject payload = r.object("payload"_L1);
    const QString key = Event::payloadKey(e.type);
    if (key.isEmpty())
        return e;
    const QString path = u"payload."_s + key;
    FieldReader pr(payload, &e.problems, u"payload"_s);
    const QJsonObject body = pr.object(QLatin1StringView(key.toLatin1()));
    if (!payload.contains(key)) {
        e.problems.append(
            QCoreApplication::translate("Inspector::Parse", "%1: missing for a %2 event.").arg(path, e.type));
        return e;
    }
    // The nested readers get their path, so that each problem reads "payload.x.field: reason".
    const auto at = [&path](const QString &field) -> QString { return path + u'.' + field; };
    if (body.value(u"stream"_s).isObject()) {
        e.stream = streamRefFromJson(body.value(u"stream"_s).toObject(), at(u"stream"_s));
        e.problems += e.stream.problems;
    }
    for (const QString &field : {u"affectedUser"_s, u"toUser"_s, u"fromUser"_s}) {
        if (body.value(field).isObject()) {
            e.affectedUser = userRefFromJson(body.value(field).toObject(), at(field));
            e.problems += e.affectedUser.problems;
        }
    }
    if (const QJsonArray users = body.value(u"affectedUsers"_s).toArray();
        !users.isEmpty() && users.first().isObject())
        e.affectedUser = userRefFromJson(users.first().toObject());
    if (body.value(u"message"_s).isObject()) {
        auto message = std::make_shared<Message>(
            messageFromJson(body.value(u"message"_s).toObject(), at(u"message"_s)));
        e.problems += message->problems;
        if (e.stream.streamId.isEmpty())
            e.stream = message->stream;
        if (e.messageId.isEmpty())
            e.messageId = message->messageId;
        if (!message->message.isEmpty())
            e.preview = oneLine(PresentationMl::toPlainText(message->message, message->data));
        else if (!message->diagnostic.isEmpty())
            e.preview = oneLine(message->diagnostic);
        e.message = std::move(message);
    } else if (e.type == "MESSAGESUPPRESSED"_L1) {
        if (e.messageId.isEmpty())
            e.messageId = body.value(u"messageId"_s).toString();
    } else if (body.value(u"roomProperties"_s).isObject() || body.value(u"newRoomProperties"_s).isObject()) {
        const QJsonObject props
            = body.value(body.contains(u"roomProperties"_s) ? u"roomProperties"_s : u"newRoomProperties"_s)
                  .toObject();
        e.preview = oneLine(props.value(u"name"_s).toString());
        if (e.stream.roomName.isEmpty())
            e.stream.roomName = props.value(u"name"_s).toString();
    } else if (e.type == "GENERICSYSTEMEVENT"_L1) {
        e.preview = oneLine(
            body.value(u"sourceSystem"_s).toString() + u": "_s + body.value(u"eventSubtype"_s).toString());
    } else if (e.type == "SYMPHONYELEMENTSACTION"_L1) {
        e.preview = oneLine(u"form "_s + body.value(u"formId"_s).toString());
    }
    if (e.preview.isEmpty() && !e.affectedUser.displayName.isEmpty())
        e.preview = oneLine(e.affectedUser.displayName);
    return e;
}

Result<EventList> eventList(const QByteArray &body)
{
    Result<EventList> result;
    auto tr = [](const char *text) { return QCoreApplication::translate("Inspector::Parse", text); };
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = tr("The server sent a batch of events that is not valid JSON (%1 at byte %2).")
                           .arg(error.errorString())
                           .arg(error.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The server sent a batch of events that is not a JSON object.");
        return result;
    }
    const QJsonObject object = doc.object();
    result.value.raw = object;
    const QJsonValue ackId = object.value(u"ackId"_s);
    if (!ackId.isString()) {
        result.error = tr("The server sent a batch of events without a text \"ackId\".");
        return result;
    }
    result.value.ackId = ackId.toString();
    const QJsonValue events = object.value(u"events"_s);
    if (!events.isUndefined() && !events.isNull() && !events.isArray()) {
        result.error = tr("The server sent a batch whose \"events\" is not a list.");
        return result;
    }
    const QJsonArray items = events.toArray();
    result.value.events.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            result.error = tr("The server sent a batch whose event #%1 is not a JSON object.").arg(i + 1);
            result.value.events.clear();
            return result;
        }
        Event e = eventFromJson(items.at(i).toObject());
        if (!e.problems.isEmpty())
            ++result.flagged;
        result.value.events.append(std::move(e));
    }
    return result;
}

} // namespace Parse

} // namespace Inspector
