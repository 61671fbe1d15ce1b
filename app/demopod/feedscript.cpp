// SPDX-License-Identifier: Apache-2.0
// The event script of the demo pod's datafeeds and datahose (docs/symphony-api.md §8, §15.7).
#include "feedscript.h"

#include "demodata.h"
#include "idcodec.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

FeedScript::FeedScript(const Config &config, const DataSet &data)
    : m_data(data)
    , m_generator(std::make_unique<EventGenerator>(data, config))
{ }

QJsonObject FeedScript::event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
    const QString &payloadKey, const QJsonObject &payload, const QString &messageId) const
{
    return m_data.v4Event(id, type, timestamp, initiator, payloadKey, payload, messageId);
}

QList<QList<FeedScript::Event>> FeedScript::makeScriptedBatches(bool podWide) const
{
    const DemoStream &im = m_data.streams().at(Demo::ImIndex);
    const DemoStream &rates = m_data.streams().at(Demo::RatesDeskIndex);
    const DemoStream &cross = m_data.streams().at(Demo::CrossPodIndex);
    const DemoStream &compliance = m_data.streams().at(Demo::ComplianceIndex);
    auto roomProperties = [this](const DemoStream &s) {
        QJsonArray keywords;
        for (const auto &[key, value] : s.keywords)
            keywords.append(QJsonObject {{u"key"_s, key}, {u"value"_s, value}});
        QJsonObject properties = m_data.v4RoomProperties(s, s.description);
        properties.insert(u"keywords"_s, keywords);
        return properties;
    };
    auto messageSent = [this](const QString &id, int stream, int index) {
        const QJsonObject message = m_data.message(stream, index);
        const qint64 author = message.value(u"user"_s).toObject().value(u"userId"_s).toInteger();
        const qint64 ts = message.value(u"timestamp"_s).toInteger();
        return event(id, u"MESSAGESENT"_s, ts + 150, author, u"messageSent"_s,
            QJsonObject {{u"message"_s, message}}, message.value(u"messageId"_s).toString());
    };
    const qint64 t = Demo::M1Timestamp;

    QList<Event> first {
        {messageSent(u"q1w2e3"_s, Demo::RatesDeskIndex, 0), u"MESSAGESENT"_s, false},
        {event(u"a8s7d6"_s, u"INSTANTMESSAGECREATED"_s, im.created + 200, Demo::AliceId,
             u"instantMessageCreated"_s, QJsonObject {{u"stream"_s, m_data.v4Stream(Demo::ImIndex, true)}}),
            u"INSTANTMESSAGECREATED"_s, false},
        {event(u"z9x8c7"_s, u"ROOMCREATED"_s, cross.created + 200, Demo::AliceId, u"roomCreated"_s,
             QJsonObject {{u"stream"_s, m_data.v4Stream(Demo::CrossPodIndex)},
                 {u"roomProperties"_s, roomProperties(cross)}}),
            u"ROOMCREATED"_s, true},
    };
    if (podWide) {
        // The datahose also sees conversations the bot is not a member of.
        first.append(
            {event(u"h4j5k6"_s, u"ROOMCREATED"_s, compliance.created + 200, Demo::CarolId, u"roomCreated"_s,
                 QJsonObject {{u"stream"_s, m_data.v4Stream(Demo::ComplianceIndex)},
                     {u"roomProperties"_s, roomProperties(compliance)}}),
                u"ROOMCREATED"_s, false});
        first.append({messageSent(u"h7j8k9"_s, Demo::ComplianceIndex, 0), u"MESSAGESENT"_s, false});
    }
    const QList<Event> second {
        {event(u"u1i2o3"_s, u"USERJOINEDROOM"_s, cross.created + 5 * 60000, Demo::AliceId,
             u"userJoinedRoom"_s,
             QJsonObject {{u"stream"_s, m_data.v4Stream(Demo::CrossPodIndex)},
                 {u"affectedUser"_s, m_data.v4User(Demo::ErinId)}}),
            u"USERJOINEDROOM"_s, true},
        {messageSent(u"p4o5i6"_s, Demo::CrossPodIndex, 0), u"MESSAGESENT"_s, true},
        {event(u"r7t8y9"_s, u"ROOMMEMBERPROMOTEDTOOWNER"_s, t + 20 * 60000, Demo::AliceId,
             u"roomMemberPromotedToOwner"_s,
             QJsonObject {{u"stream"_s, m_data.v4Stream(Demo::RatesDeskIndex)},
                 {u"affectedUser"_s, m_data.v4User(Demo::BobId)}}),
            u"ROOMMEMBERPROMOTEDTOOWNER"_s, false},
    };
    QJsonObject elementsStream = m_data.v4Stream(Demo::RatesDeskIndex);
    // Docs examples show standard Base64 stream ids in Elements actions (§8.4).
    elementsStream.insert(u"streamId"_s, IdCodec::toStandard(rates.rawId));
    const QList<Event> third {
        {event(u"s1d2f3"_s, u"MESSAGESUPPRESSED"_s, Demo::M9Timestamp + 30 * 60000, Demo::AliceId,
             u"messageSuppressed"_s,
             QJsonObject {{u"messageId"_s, QString::fromLatin1(Demo::M9Id)},
                 {u"stream"_s, m_data.v4Stream(Demo::RatesDeskIndex)}},
             QString::fromLatin1(Demo::M9Id)),
            u"MESSAGESUPPRESSED"_s, false},
        {event(u"l4k5j6"_s, u"USERLEFTROOM"_s, rates.lastModified, Demo::CarolId, u"userLeftRoom"_s,
             QJsonObject {{u"stream"_s, m_data.v4Stream(Demo::RatesDeskIndex)},
                 {u"affectedUser"_s, m_data.v4User(Demo::CarolId)}}),
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
             QJsonObject {{u"toUser"_s, m_data.v4User(Demo::BotId)}}),
            u"CONNECTIONREQUESTED"_s, true},
        {event(u"f0f1f2"_s, u"FUTUREEVENT"_s, t + 9 * 3600000, Demo::AliceId, QString(), QJsonObject()),
            u"FUTUREEVENT"_s, false},
    };
    return {first, second, third};
}

qint64 FeedScript::length() const
{
    return m_generator->endless() ? -1 : ScriptedBatches + m_generator->batchCount();
}

QList<FeedScript::Event> FeedScript::batch(qint64 position, bool podWide, const Filter &keep)
{
    QList<Event> out;
    if (position < ScriptedBatches) {
        std::optional<QList<QList<Event>>> &scripted = m_scripted[podWide ? 1 : 0];
        if (!scripted)
            scripted = makeScriptedBatches(podWide);
        for (const Event &e : scripted->at(position)) {
            if (!keep || keep({e.type, e.external}))
                out.append(e);
        }
        return out;
    }
    for (const GeneratedEvent &e : m_generator->batch(position - ScriptedBatches, keep))
        out.append({e.json, e.type, e.external});
    return out;
}

bool FeedScript::batchHas(qint64 position, bool podWide, const Filter &keep)
{
    if (!keep)
        return true;
    if (position < ScriptedBatches)
        return !batch(position, podWide, keep).isEmpty();
    return m_generator->batchHas(position - ScriptedBatches, keep);
}

QList<QJsonObject> FeedScript::distinctEvents(bool podWide, qint64 generatedBatches)
{
    QList<QJsonObject> out;
    QSet<QString> seen;
    qint64 end = length();
    if (generatedBatches >= 0 || end < 0)
        end = ScriptedBatches + qMax<qint64>(0, generatedBatches);
    if (length() >= 0)
        end = qMin(end, length());
    for (qint64 position = 0; position < end; ++position) {
        for (const Event &e : batch(position, podWide, {})) {
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

} // namespace Inspector::DemoPod
