// SPDX-License-Identifier: Apache-2.0
// The scripted event generator of the demo pod's datafeeds and datahose.
#include "eventgenerator.h"

#include "dataset.h"
#include "demodata.h"
#include "demopodserver.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

/** xorshift32: the same numbers on every platform, unlike the distributions of <random>. */
class Random
{
public:
    static Random fromSeed(quint32 seed) { return Random(seed == 0 ? 0x9e3779b9u : seed); }
    static Random fromState(quint32 state) { return Random(state); }
    quint32 state() const { return m_state; }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }

private:
    explicit Random(quint32 state)
        : m_state(state)
    { }
    quint32 m_state;
};

QString eventId(qint64 n)
{
    // Short and random-looking like the agent's ("9rc1dr"), unique per generated event.
    return u"g"_s + QString::number(n, 36).rightJustified(5, u'0');
}

// Rooms the bot is in, so that the datafeed sees them too.
constexpr int Rooms[] = {Demo::RatesDeskIndex, Demo::CrossPodIndex};
constexpr qint64 People[] = {Demo::AliceId, Demo::BobId, Demo::CarolId};

} // namespace

EventGenerator::EventGenerator(const DataSet &data, const Config &config)
    : m_data(data)
    , m_batchCount(config.eventBatches < 0 ? -1 : config.eventBatches)
    , m_seed(config.eventSeed)
    , m_eventsPerBatch(qMax(1, config.eventsPerBatch))
    , m_duplicateEvery(config.duplicateEvery)
{
    m_checkpoints.append({Random::fromSeed(m_seed).state(), 0});
}

QList<EventGenerator::Plan> EventGenerator::freshPlans(const Position &start, Position *next) const
{
    Random random = Random::fromState(start.state);
    const int size = 1 + random.below(m_eventsPerBatch);
    QList<Plan> out;
    out.reserve(size);
    for (int i = 0; i < size; ++i) {
        Plan p;
        p.n = start.n + i;
        // Every tenth event is a different action at the same moment under the same id.
        p.sameId = p.n % 10 == 9 && i > 0;
        p.room = Rooms[random.below(2)];
        p.who = People[random.below(3)];
        p.kind = random.below(20);
        out.append(p);
    }
    m_data.work().eventsPlanned += size;
    if (next)
        *next = {random.state(), start.n + size};
    return out;
}

EventGenerator::Position EventGenerator::seek(qint64 b)
{
    // From the nearest known start at or before b: a recent batch (a feed reads in order and
    // redelivers the batch in flight) or the checkpoint below.
    const qint64 checkpoint = qMin<qint64>(b / CheckpointStride, m_checkpoints.size() - 1);
    qint64 from = checkpoint * CheckpointStride;
    Position at = m_checkpoints.at(checkpoint);
    for (const Recent &r : m_recent) {
        if (r.batch >= from && r.batch <= b) {
            from = r.batch;
            at = r.start;
        }
    }
    for (; from < b; ++from) {
        Position next;
        freshPlans(at, &next);
        at = next;
        remember(from + 1, at);
    }
    return at;
}

void EventGenerator::remember(qint64 b, const Position &start)
{
    if (b % CheckpointStride == 0 && b / CheckpointStride == m_checkpoints.size())
        m_checkpoints.append(start);
    for (const Recent &r : m_recent) {
        if (r.batch == b)
            return;
    }
    m_recent[m_nextRecent] = {b, start};
    m_nextRecent = (m_nextRecent + 1) % RecentBatches;
}

QList<EventGenerator::Plan> EventGenerator::plans(qint64 b)
{
    QList<Plan> out;
    Position start;
    if (b > 0 && m_duplicateEvery > 0 && b % m_duplicateEvery == 0) {
        // A redelivered copy of the previous batch's last event (at-least-once delivery).
        const Position previous = seek(b - 1);
        remember(b - 1, previous);
        Plan copy = freshPlans(previous, &start).constLast();
        copy.duplicate = true;
        out.append(copy);
    } else {
        start = seek(b);
    }
    remember(b, start);
    Position next;
    out += freshPlans(start, &next);
    // The next batch is the likely next call: it starts from here.
    remember(b + 1, next);
    return out;
}

EventGenerator::Shape EventGenerator::shape(const Plan &plan) const
{
    const bool crossPod = m_data.streams().at(plan.room).crossPod;
    if (plan.kind < 10)
        return {u"MESSAGESENT"_s, false};
    if (plan.kind < 12)
        return {u"USERJOINEDROOM"_s, crossPod};
    if (plan.kind < 14)
        return {u"USERLEFTROOM"_s, crossPod};
    switch (plan.kind) {
    case 14:
        return {u"ROOMUPDATED"_s, crossPod};
    case 15:
        return {u"ROOMMEMBERPROMOTEDTOOWNER"_s, crossPod};
    case 16:
        return {u"ROOMMEMBERDEMOTEDFROMOWNER"_s, crossPod};
    case 17:
        return {u"INSTANTMESSAGECREATED"_s, false};
    case 18:
        return {u"CONNECTIONACCEPTED"_s, true};
    default:
        return {u"GENERICSYSTEMEVENT"_s, crossPod};
    }
}

GeneratedEvent EventGenerator::build(const Plan &plan) const
{
    m_data.work().eventsBuilt += 1;
    const DataSet &data = m_data;
    const QList<DemoStream> &streams = data.streams();
    const DemoStream &rates = streams.at(Demo::RatesDeskIndex);
    const qint64 start = Demo::M1Timestamp + 10LL * 24 * 3600000;
    const qint64 n = plan.n;
    const qint64 ts = start + n * 1500;
    // The event before it in the batch is always event n - 1 (see freshPlans).
    const QString id = plan.sameId ? eventId(n - 1) : eventId(n);
    const DemoStream &room = streams.at(plan.room);
    const qint64 who = plan.who;
    const Shape s = shape(plan);

    GeneratedEvent e;
    e.type = s.type;
    e.external = s.external;
    e.duplicate = plan.duplicate;
    if (plan.kind < 10) {
        const int messages = qMax(1, rates.messageCount - 7);
        const QJsonObject message = data.message(Demo::RatesDeskIndex, 7 + int(n % messages));
        const qint64 author = message.value(u"user"_s).toObject().value(u"userId"_s).toInteger();
        e.json = data.v4Event(id, e.type, ts, author, u"messageSent"_s, QJsonObject {{u"message"_s, message}},
            message.value(u"messageId"_s).toString());
        return e;
    }
    const QJsonObject stream = data.v4Stream(plan.room);
    switch (plan.kind) {
    case 10:
    case 11:
        e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"userJoinedRoom"_s,
            QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
        break;
    case 12:
    case 13:
        e.json = data.v4Event(id, e.type, ts, who, u"userLeftRoom"_s,
            QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
        break;
    case 14:
        e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"roomUpdated"_s,
            QJsonObject {{u"stream"_s, stream},
                {u"newRoomProperties"_s, data.v4RoomProperties(room, u"Update "_s + QString::number(n))}},
            {});
        break;
    case 15:
        e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"roomMemberPromotedToOwner"_s,
            QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
        break;
    case 16:
        e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"roomMemberDemotedFromOwner"_s,
            QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
        break;
    case 17:
        e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"instantMessageCreated"_s,
            QJsonObject {{u"stream"_s, data.v4Stream(Demo::ImIndex, true)}}, {});
        break;
    case 18:
        e.json = data.v4Event(id, e.type, ts, Demo::ErinId, u"connectionAccepted"_s,
            QJsonObject {{u"fromUser"_s, data.v4User(Demo::ErinId)}}, {});
        break;
    default:
        e.json = data.v4Event(id, e.type, ts, who, u"genericSystemEvent"_s,
            QJsonObject {{u"stream"_s, stream}, {u"eventTimestamp"_s, ts - 10},
                {u"sourceSystem"_s, u"demo-compliance"_s}, {u"eventSubtype"_s, u"retention.applied"_s},
                {u"parameters"_s, QJsonObject {{u"policy"_s, u"7y"_s}, {u"sequence"_s, n}}}},
            {});
        break;
    }
    return e;
}

QList<GeneratedEvent> EventGenerator::batch(qint64 b, const Filter &keep)
{
    QList<GeneratedEvent> out;
    if (b < 0 || (!endless() && b >= m_batchCount))
        return out;
    for (const Plan &p : plans(b)) {
        if (!keep || keep(shape(p)))
            out.append(build(p));
    }
    return out;
}

bool EventGenerator::batchHas(qint64 b, const Filter &keep)
{
    if (b < 0 || (!endless() && b >= m_batchCount))
        return false;
    const QList<Plan> planned = plans(b);
    return std::any_of(planned.cbegin(), planned.cend(), [&](const Plan &p) { return keep(shape(p)); });
}

QList<QList<GeneratedEvent>> generateEventBatches(const DataSet &data, const Config &config)
{
    QList<QList<GeneratedEvent>> batches;
    EventGenerator generator(data, config);
    for (qint64 b = 0; b < generator.batchCount(); ++b)
        batches.append(generator.batch(b));
    return batches;
}

} // namespace Inspector::DemoPod
