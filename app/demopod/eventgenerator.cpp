// SPDX-License-Identifier: Apache-2.0
// The scripted event generator of the demo pod's datafeeds and datahose.
#include "eventgenerator.h"

#include "dataset.h"
#include "demodata.h"
#include "demopodserver.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

/** xorshift32: the same numbers on every platform, unlike the distributions of <random>. */
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed == 0 ? 0x9e3779b9u : seed)
    { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }

private:
    quint32 m_state;
};

QString eventId(int n)
{
    // Short and random-looking like the agent's ("9rc1dr"), unique per generated event.
    return u"g"_s + QString::number(n, 36).rightJustified(5, u'0');
}

} // namespace

QList<QList<GeneratedEvent>> generateEventBatches(const DataSet &data, const Config &config)
{
    QList<QList<GeneratedEvent>> batches;
    if (config.eventBatches <= 0)
        return batches;
    Random random(config.eventSeed);
    const QList<DemoStream> &streams = data.streams();
    const DemoStream &rates = streams.at(Demo::RatesDeskIndex);
    const QList<qint64> people {Demo::AliceId, Demo::BobId, Demo::CarolId};
    // Rooms the bot is in, so that the datafeed sees them too.
    const QList<int> rooms {Demo::RatesDeskIndex, Demo::CrossPodIndex};
    const qint64 start = Demo::M1Timestamp + 10LL * 24 * 3600000;

    auto make = [&data](const QString &id, const QString &type, qint64 ts, qint64 initiator,
                    const QString &key, const QJsonObject &payload, const QString &messageId) {
        QJsonObject o {
            {u"id"_s, id},
            {u"timestamp"_s, ts},
            {u"type"_s, type},
            {u"initiator"_s, QJsonObject {{u"user"_s, data.v4User(initiator)}}},
            {u"payload"_s, QJsonObject {{key, payload}}},
        };
        if (!messageId.isEmpty())
            o.insert(u"messageId"_s, messageId);
        return o;
    };
    auto roomProperties = [&data](const DemoStream &s, const QString &description) {
        return QJsonObject {
            {u"name"_s, s.name},
            {u"description"_s, description},
            {u"creatorUser"_s, data.v4User(s.createdBy)},
            {u"createdDate"_s, s.created},
            {u"external"_s, s.crossPod},
            {u"crossPod"_s, s.crossPod},
            {u"public"_s, s.isPublic},
            {u"copyProtected"_s, false},
            {u"readOnly"_s, s.readOnly},
            {u"discoverable"_s, s.discoverable},
            {u"membersCanInvite"_s, true},
            {u"canViewHistory"_s, s.viewHistory},
        };
    };

    const int messages = qMax(1, rates.messageCount - 7);
    int n = 0;
    for (int b = 0; b < config.eventBatches; ++b) {
        QList<GeneratedEvent> batch;
        if (b > 0 && config.duplicateEvery > 0 && b % config.duplicateEvery == 0
            && !batches.last().isEmpty()) {
            GeneratedEvent copy = batches.last().last();
            copy.duplicate = true;
            batch.append(copy);
        }
        const int size = 1 + random.below(qMax(1, config.eventsPerBatch));
        for (int i = 0; i < size; ++i, ++n) {
            const qint64 ts = start + qint64(n) * 1500;
            // Every tenth event is a different action at the same moment under the same id.
            const bool sameId = n % 10 == 9 && !batch.isEmpty() && !batch.last().duplicate;
            const QString id = sameId ? batch.last().json.value(u"id"_s).toString() : eventId(n);
            const int roomIndex = rooms.at(random.below(int(rooms.size())));
            const DemoStream &room = streams.at(roomIndex);
            const QJsonObject stream = data.v4Stream(roomIndex);
            const qint64 who = people.at(random.below(int(people.size())));
            const int kind = random.below(20);
            GeneratedEvent e;
            e.external = room.crossPod;
            if (kind < 10) {
                const QJsonObject message = data.message(Demo::RatesDeskIndex, 7 + n % messages);
                const qint64 author = message.value(u"user"_s).toObject().value(u"userId"_s).toInteger();
                e.type = u"MESSAGESENT"_s;
                e.external = false;
                e.json = make(id, e.type, ts, author, u"messageSent"_s, QJsonObject {{u"message"_s, message}},
                    message.value(u"messageId"_s).toString());
            } else if (kind < 12) {
                e.type = u"USERJOINEDROOM"_s;
                e.json = make(id, e.type, ts, Demo::AliceId, u"userJoinedRoom"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind < 14) {
                e.type = u"USERLEFTROOM"_s;
                e.json = make(id, e.type, ts, who, u"userLeftRoom"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind == 14) {
                e.type = u"ROOMUPDATED"_s;
                e.json = make(id, e.type, ts, Demo::AliceId, u"roomUpdated"_s,
                    QJsonObject {{u"stream"_s, stream},
                        {u"newRoomProperties"_s, roomProperties(room, u"Update "_s + QString::number(n))}},
                    {});
            } else if (kind == 15) {
                e.type = u"ROOMMEMBERPROMOTEDTOOWNER"_s;
                e.json = make(id, e.type, ts, Demo::AliceId, u"roomMemberPromotedToOwner"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind == 16) {
                e.type = u"ROOMMEMBERDEMOTEDFROMOWNER"_s;
                e.json = make(id, e.type, ts, Demo::AliceId, u"roomMemberDemotedFromOwner"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind == 17) {
                e.type = u"INSTANTMESSAGECREATED"_s;
                e.external = false;
                e.json = make(id, e.type, ts, Demo::AliceId, u"instantMessageCreated"_s,
                    QJsonObject {{u"stream"_s, data.v4Stream(Demo::ImIndex, true)}}, {});
            } else if (kind == 18) {
                e.type = u"CONNECTIONACCEPTED"_s;
                e.external = true;
                e.json = make(id, e.type, ts, Demo::ErinId, u"connectionAccepted"_s,
                    QJsonObject {{u"fromUser"_s, data.v4User(Demo::ErinId)}}, {});
            } else {
                e.type = u"GENERICSYSTEMEVENT"_s;
                e.json = make(id, e.type, ts, who, u"genericSystemEvent"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"eventTimestamp"_s, ts - 10},
                        {u"sourceSystem"_s, u"demo-compliance"_s},
                        {u"eventSubtype"_s, u"retention.applied"_s},
                        {u"parameters"_s, QJsonObject {{u"policy"_s, u"7y"_s}, {u"sequence"_s, n}}}},
                    {});
            }
            batch.append(e);
        }
        batches.append(batch);
    }
    return batches;
}

} // namespace Inspector::DemoPod
