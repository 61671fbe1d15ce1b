// SPDX-License-Identifier: Apache-2.0
// Datafeed v2 (v5 endpoints) and datahose of the demo pod (docs/symphony-api.md §8, §15.7).
#include "backend.h"

#include "demodata.h"
#include "eventgenerator.h"
#include "idcodec.h"
#include "requestparams.h"
#include "sharedstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr int MaxActiveFeeds = 20;

const QStringList &realTimeEventTypes()
{
    static const QStringList types {u"MESSAGESENT"_s, u"MESSAGESUPPRESSED"_s, u"SYMPHONYELEMENTSACTION"_s,
        u"SHAREDPOST"_s, u"INSTANTMESSAGECREATED"_s, u"ROOMCREATED"_s, u"ROOMUPDATED"_s, u"ROOMDEACTIVATED"_s,
        u"ROOMREACTIVATED"_s, u"USERREQUESTEDTOJOINROOM"_s, u"USERJOINEDROOM"_s, u"USERLEFTROOM"_s,
        u"ROOMMEMBERPROMOTEDTOOWNER"_s, u"ROOMMEMBERDEMOTEDFROMOWNER"_s, u"CONNECTIONREQUESTED"_s,
        u"CONNECTIONACCEPTED"_s, u"GENERICSYSTEMEVENT"_s};
    return types;
}

HttpReply feedNotFound(const QString &id)
{
    return HttpReply::error(400, u"Datafeed "_s + id + u" not found"_s);
}

} // namespace

QJsonObject Backend::event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
    const QString &payloadKey, const QJsonObject &payload, const QString &messageId) const
{
    QJsonObject o {
        {u"id"_s, id},
        {u"timestamp"_s, timestamp},
        {u"type"_s, type},
        {u"initiator"_s, QJsonObject {{u"user"_s, m_data->v4User(initiator)}}},
        {u"payload"_s, payloadKey.isEmpty() ? QJsonObject() : QJsonObject {{payloadKey, payload}}},
    };
    if (!messageId.isEmpty())
        o.insert(u"messageId"_s, messageId);
    return o;
}

QList<QList<Backend::ScriptEvent>> Backend::makeScriptedBatches(bool podWide) const
{
    const DemoStream &im = m_data->streams().at(Demo::ImIndex);
    const DemoStream &rates = m_data->streams().at(Demo::RatesDeskIndex);
    const DemoStream &cross = m_data->streams().at(Demo::CrossPodIndex);
    const DemoStream &compliance = m_data->streams().at(Demo::ComplianceIndex);
    auto roomProperties = [this](const DemoStream &s) {
        QJsonArray keywords;
        for (const auto &[key, value] : s.keywords)
            keywords.append(QJsonObject {{u"key"_s, key}, {u"value"_s, value}});
        return QJsonObject {
            {u"name"_s, s.name},
            {u"description"_s, s.description},
            {u"creatorUser"_s, m_data->v4User(s.createdBy)},
            {u"createdDate"_s, s.created},
            {u"external"_s, s.crossPod},
            {u"crossPod"_s, s.crossPod},
            {u"public"_s, s.isPublic},
            {u"copyProtected"_s, false},
            {u"readOnly"_s, s.readOnly},
            {u"discoverable"_s, s.discoverable},
            {u"membersCanInvite"_s, true},
            {u"keywords"_s, keywords},
            {u"canViewHistory"_s, s.viewHistory},
        };
    };
    auto messageSent = [this](const QString &id, int stream, int index) {
        const QJsonObject message = m_data->message(stream, index);
        const qint64 author = message.value(u"user"_s).toObject().value(u"userId"_s).toInteger();
        const qint64 ts = message.value(u"timestamp"_s).toInteger();
        return event(id, u"MESSAGESENT"_s, ts + 150, author, u"messageSent"_s,
            QJsonObject {{u"message"_s, message}}, message.value(u"messageId"_s).toString());
    };
    const qint64 t = Demo::M1Timestamp;

    QList<ScriptEvent> first {
        {messageSent(u"q1w2e3"_s, Demo::RatesDeskIndex, 0), u"MESSAGESENT"_s, false},
        {event(u"a8s7d6"_s, u"INSTANTMESSAGECREATED"_s, im.created + 200, Demo::AliceId,
             u"instantMessageCreated"_s, QJsonObject {{u"stream"_s, m_data->v4Stream(Demo::ImIndex, true)}}),
            u"INSTANTMESSAGECREATED"_s, false},
        {event(u"z9x8c7"_s, u"ROOMCREATED"_s, cross.created + 200, Demo::AliceId, u"roomCreated"_s,
             QJsonObject {{u"stream"_s, m_data->v4Stream(Demo::CrossPodIndex)},
                 {u"roomProperties"_s, roomProperties(cross)}}),
            u"ROOMCREATED"_s, true},
    };
    if (podWide) {
        // The datahose also sees conversations the bot is not a member of.
        first.append(
            {event(u"h4j5k6"_s, u"ROOMCREATED"_s, compliance.created + 200, Demo::CarolId, u"roomCreated"_s,
                 QJsonObject {{u"stream"_s, m_data->v4Stream(Demo::ComplianceIndex)},
                     {u"roomProperties"_s, roomProperties(compliance)}}),
                u"ROOMCREATED"_s, false});
        first.append({messageSent(u"h7j8k9"_s, Demo::ComplianceIndex, 0), u"MESSAGESENT"_s, false});
    }
    const QList<ScriptEvent> second {
        {event(u"u1i2o3"_s, u"USERJOINEDROOM"_s, cross.created + 5 * 60000, Demo::AliceId,
             u"userJoinedRoom"_s,
             QJsonObject {{u"stream"_s, m_data->v4Stream(Demo::CrossPodIndex)},
                 {u"affectedUser"_s, m_data->v4User(Demo::ErinId)}}),
            u"USERJOINEDROOM"_s, true},
        {messageSent(u"p4o5i6"_s, Demo::CrossPodIndex, 0), u"MESSAGESENT"_s, true},
        {event(u"r7t8y9"_s, u"ROOMMEMBERPROMOTEDTOOWNER"_s, t + 20 * 60000, Demo::AliceId,
             u"roomMemberPromotedToOwner"_s,
             QJsonObject {{u"stream"_s, m_data->v4Stream(Demo::RatesDeskIndex)},
                 {u"affectedUser"_s, m_data->v4User(Demo::BobId)}}),
            u"ROOMMEMBERPROMOTEDTOOWNER"_s, false},
    };
    QJsonObject elementsStream = m_data->v4Stream(Demo::RatesDeskIndex);
    // Docs examples show standard Base64 stream ids in Elements actions (§8.4).
    elementsStream.insert(u"streamId"_s, IdCodec::toStandard(rates.rawId));
    const QList<ScriptEvent> third {
        {event(u"s1d2f3"_s, u"MESSAGESUPPRESSED"_s, Demo::M9Timestamp + 30 * 60000, Demo::AliceId,
             u"messageSuppressed"_s,
             QJsonObject {{u"messageId"_s, QString::fromLatin1(Demo::M9Id)},
                 {u"stream"_s, m_data->v4Stream(Demo::RatesDeskIndex)}},
             QString::fromLatin1(Demo::M9Id)),
            u"MESSAGESUPPRESSED"_s, false},
        {event(u"l4k5j6"_s, u"USERLEFTROOM"_s, rates.lastModified, Demo::CarolId, u"userLeftRoom"_s,
             QJsonObject {{u"stream"_s, m_data->v4Stream(Demo::RatesDeskIndex)},
                 {u"affectedUser"_s, m_data->v4User(Demo::CarolId)}}),
            u"USERLEFTROOM"_s, false},
        {event(u"e1l2m3"_s, u"SYMPHONYELEMENTSACTION"_s, t + 7 * 3600000, Demo::BobId,
             u"symphonyElementsAction"_s,
             QJsonObject {
                 {u"stream"_s, elementsStream},
                 {u"formMessageId"_s, QString::fromLatin1(Demo::M3Id)},
                 {u"formId"_s, u"rates-request"_s},
                 {u"formValues"_s,
                     QJsonObject {
                         {u"action"_s, u"submit"_s}, {u"tenor"_s, u"5Y"_s}, {u"notional"_s, u"25m"_s}}},
             }),
            u"SYMPHONYELEMENTSACTION"_s, false},
        {event(u"c0n1r2"_s, u"CONNECTIONREQUESTED"_s, t + 8 * 3600000, Demo::ErinId, u"connectionRequested"_s,
             QJsonObject {{u"toUser"_s, m_data->v4User(Demo::BotId)}}),
            u"CONNECTIONREQUESTED"_s, true},
        {event(u"f0f1f2"_s, u"FUTUREEVENT"_s, t + 9 * 3600000, Demo::AliceId, QString(), QJsonObject()),
            u"FUTUREEVENT"_s, false},
    };
    return {first, second, third};
}

qint64 Backend::scriptLength() const
{
    return m_generator->endless() ? -1 : ScriptedBatches + m_generator->batchCount();
}

QList<Backend::ScriptEvent> Backend::scriptBatch(qint64 position, bool podWide, const EventFilter &keep)
{
    QList<ScriptEvent> out;
    if (position < ScriptedBatches) {
        std::optional<QList<QList<ScriptEvent>>> &scripted = m_scripted[podWide ? 1 : 0];
        if (!scripted)
            scripted = makeScriptedBatches(podWide);
        for (const ScriptEvent &e : scripted->at(position)) {
            if (!keep || keep({e.type, e.external}))
                out.append(e);
        }
        return out;
    }
    for (const GeneratedEvent &e : m_generator->batch(position - ScriptedBatches, keep))
        out.append({e.json, e.type, e.external});
    return out;
}

bool Backend::scriptBatchHas(qint64 position, bool podWide, const EventFilter &keep)
{
    if (!keep)
        return true;
    if (position < ScriptedBatches)
        return !scriptBatch(position, podWide, keep).isEmpty();
    return m_generator->batchHas(position - ScriptedBatches, keep);
}

QList<QJsonObject> Backend::distinctFeedEvents(bool podWide, qint64 generatedBatches)
{
    QList<QJsonObject> out;
    QSet<QString> seen;
    qint64 end = scriptLength();
    if (generatedBatches >= 0 || end < 0)
        end = ScriptedBatches + qMax<qint64>(0, generatedBatches);
    if (scriptLength() >= 0)
        end = qMin(end, scriptLength());
    for (qint64 position = 0; position < end; ++position) {
        for (const ScriptEvent &e : scriptBatch(position, podWide, {})) {
            const QString key = e.type + u'|' + e.json.value(u"id"_s).toString() + u'|'
                + QString::number(e.json.value(u"timestamp"_s).toInteger()) + u'|'
                + e.json.value(u"messageId"_s).toString();
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append(e.json);
            }
        }
    }
    return out;
}

HttpReply Backend::deliver(
    FeedCursor *cursor, const QString &ackId, const QString &feedName, bool podWide, const EventFilter &keep)
{
    if (!ackId.isEmpty()) {
        static const QRegularExpression format(u"^ack-([1-9][0-9]{0,8})$"_s);
        const QRegularExpressionMatch match = format.match(ackId);
        const int number = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (number == 0 || number > cursor->issued)
            return HttpReply::error(400, u"Invalid ackId for "_s + feedName + u": "_s + ackId);
        // Acknowledging an older batch again leaves the newer one unacknowledged: it comes back.
        // (number <= issued <= acked + 1, so a newer number acknowledges the delivery in flight.)
        if (number > cursor->acked) {
            cursor->acked = number;
            cursor->position = cursor->pendingEnd;
        }
    }
    // The next batch with anything for this reader. A reader whose filter keeps nothing of a long
    // stretch gets an empty answer after MaxScannedBatches, and the search goes on at the next read.
    const qint64 length = scriptLength();
    const qint64 limit = cursor->position + MaxScannedBatches;
    qint64 position = cursor->position;
    while ((length < 0 || position < length) && position < limit && !scriptBatchHas(position, podWide, keep))
        ++position;
    QJsonArray events;
    if ((length < 0 || position < length) && position < limit) {
        for (const ScriptEvent &e : scriptBatch(position, podWide, keep))
            events.append(e.json);
        cursor->pendingEnd = position + 1;
    } else {
        cursor->pendingEnd = position;
    }
    const int delivery = cursor->acked + 1;
    cursor->issued = qMax(cursor->issued, delivery);
    HttpReply reply = HttpReply::json(200,
        QJsonObject {{u"events"_s, events}, {u"ackId"_s, QString(u"ack-"_s + QString::number(delivery))}});
    if (events.isEmpty())
        reply.delayMs = m_config.longPollMs;
    return reply;
}

HttpReply Backend::listFeeds(const HttpRequest &request)
{
    HttpReply error;
    if (!authorize(request, Component::Agent, &error))
        return error;
    QueryReader q(request.query);
    const bool filtered = q.has(u"tag"_s);
    const QString tag = q.text(u"tag"_s);
    QJsonArray out;
    for (const Feed &f : m_feeds) {
        if (filtered && f.tag != tag)
            continue;
        out.append(QJsonObject {{u"id"_s, f.id}, {u"createdAt"_s, f.createdAt}, {u"type"_s, f.type}});
    }
    return HttpReply::json(200, out);
}

HttpReply Backend::createFeed(const HttpRequest &request)
{
    HttpReply error;
    if (!authorize(request, Component::Agent, &error))
        return error;
    QJsonObject body;
    if (!readJsonObject(request.body, false, &body, &error))
        return error;
    const QJsonValue tag = body.value(u"tag"_s);
    const QJsonValue invisible = body.value(u"includeInvisible"_s);
    if ((!tag.isUndefined() && !tag.isString()) || (!invisible.isUndefined() && !invisible.isBool()))
        return HttpReply::error(400, u"tag must be a string and includeInvisible a boolean"_s);
    if (tag.toString().size() > 100)
        return HttpReply::error(400, u"tag must be at most 100 characters"_s);
    const qsizetype fanouts = std::count_if(
        m_feeds.cbegin(), m_feeds.cend(), [](const Feed &f) { return f.type == u"fanout"_s; });
    if (fanouts >= MaxActiveFeeds)
        return HttpReply::error(403, u"Too many feeds created: the limit is 20 active feeds"_s);
    const QByteArray seed = "demopod-feed-" + QByteArray::number(++m_feedCounter);
    Feed feed;
    feed.id = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex()) + u"_f"_s;
    feed.tag = tag.toString();
    feed.type = u"fanout"_s;
    feed.createdAt = QDateTime::currentMSecsSinceEpoch();
    m_feeds.append(feed);
    return HttpReply::json(
        201, QJsonObject {{u"id"_s, feed.id}, {u"createdAt"_s, feed.createdAt}, {u"type"_s, feed.type}});
}

HttpReply Backend::readFeed(const HttpRequest &request, const QString &feedId)
{
    HttpReply error;
    if (!authorize(request, Component::Agent, &error))
        return error;
    const auto it
        = std::find_if(m_feeds.begin(), m_feeds.end(), [&feedId](const Feed &f) { return f.id == feedId; });
    if (it == m_feeds.end())
        return feedNotFound(feedId);
    QJsonObject body;
    if (!readJsonObject(request.body, false, &body, &error))
        return error;
    const QJsonValue ackId = body.value(u"ackId"_s);
    if (!ackId.isUndefined() && !ackId.isNull() && !ackId.isString())
        return HttpReply::error(400, u"ackId must be a string"_s);
    return deliver(&it->cursor, ackId.toString(), feedId, false, {});
}

HttpReply Backend::deleteFeed(const HttpRequest &request, const QString &feedId)
{
    HttpReply error;
    if (!authorize(request, Component::Agent, &error))
        return error;
    const auto it
        = std::find_if(m_feeds.begin(), m_feeds.end(), [&feedId](const Feed &f) { return f.id == feedId; });
    if (it == m_feeds.end())
        return feedNotFound(feedId);
    m_feeds.erase(it);
    return HttpReply::noContent();
}

QString Backend::dropDatafeed(const QString &path)
{
    static const QRegularExpression feedPath(u"^/agent/v5/datafeeds/([^/]+)(/read)?$"_s);
    const QRegularExpressionMatch match = feedPath.match(path);
    if (!match.hasMatch())
        return QString();
    const QString id = match.captured(1);
    m_feeds.removeIf([&id](const Feed &f) { return f.id == id; });
    return id;
}

HttpReply Backend::datahose(const HttpRequest &request)
{
    HttpReply error;
    if (!authorize(request, Component::Agent, &error))
        return error;
    QJsonObject body;
    if (!readJsonObject(request.body, true, &body, &error))
        return error;
    if (body.value(u"type"_s).toString() != u"datahose"_s)
        return HttpReply::error(400, u"type must be \"datahose\""_s);
    const QJsonValue tag = body.value(u"tag"_s);
    if (!tag.isString() || tag.toString().isEmpty() || tag.toString().size() > 80)
        return HttpReply::error(400, u"tag must be a string of 1 to 80 characters"_s);
    const QJsonValue typesValue = body.value(u"eventTypes"_s);
    if (!typesValue.isArray() || typesValue.toArray().isEmpty())
        return HttpReply::error(400, u"eventTypes must hold at least one real-time event type"_s);
    QStringList types;
    for (const QJsonValue &v : typesValue.toArray()) {
        if (!v.isString() || !realTimeEventTypes().contains(v.toString()))
            return HttpReply::error(400, u"Unknown event type in eventTypes: "_s + v.toVariant().toString());
        types.append(v.toString());
    }
    QStringList scopes;
    const QJsonValue scopesValue = body.value(u"scopes"_s);
    if (!scopesValue.isUndefined() && !scopesValue.isNull()) {
        if (!scopesValue.isArray())
            return HttpReply::error(400, u"scopes must be an array"_s);
        for (const QJsonValue &v : scopesValue.toArray()) {
            static const QStringList known {u"INTERNAL"_s, u"EXTERNAL"_s, u"FEDERATED"_s};
            if (!v.isString() || !known.contains(v.toString()))
                return HttpReply::error(400, u"scopes values must be INTERNAL, EXTERNAL or FEDERATED"_s);
            scopes.append(v.toString());
        }
    }
    const QJsonValue ackId = body.value(u"ackId"_s);
    if (!ackId.isUndefined() && !ackId.isNull() && !ackId.isString())
        return HttpReply::error(400, u"ackId must be a string"_s);
    // Messages reach the datahose decrypted by the agent's ceservice account ("In case you retrieving
    // SOCIALMESSAGE events, the credentials of the ceservice account must be properly configured"):
    // without it a read that asks for message events fails on the agent, which answers 500.
    const QHash<QString, QString> down = m_shared->downComponents();
    const QString ceserviceDown = down.value(u"ceservice"_s);
    if (down.contains(u"ceservice"_s)
        && (types.contains(u"MESSAGESENT"_s) || types.contains(u"SHAREDPOST"_s)))
        return HttpReply::error(500,
            u"Unable to read social messages: the ceservice account is not available ("_s + ceserviceDown
                + u")"_s);

    const EventFilter keep = [&types, &scopes](const EventGenerator::Shape &e) {
        return types.contains(e.type)
            && (scopes.isEmpty() || scopes.contains(e.external ? u"EXTERNAL"_s : u"INTERNAL"_s));
    };
    types.sort();
    scopes.sort();
    // Instances sharing account, tag and event types share one feed (and its cursor).
    const QString key = tag.toString() + u'|' + types.join(u',') + u'|' + scopes.join(u',');
    return deliver(&m_datahoseCursors[key], ackId.toString(), u"datahose "_s + tag.toString(), true, keep);
}

} // namespace Inspector::DemoPod
