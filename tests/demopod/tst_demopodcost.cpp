// SPDX-License-Identifier: Apache-2.0
// What an answer of the demo pod costs, counted (never timed) with its work counters: a feed read
// costs its batch, a search page its own messages, a listing page its own streams, a user lookup
// one lookup, whatever the size of the data. And the answers are what they were: the generator and
// the search are compared with straightforward reference versions (the pod's earlier code).
#include "backend.h"
#include "common/testsuite.h"
#include "dataset.h"
#include "demodata.h"
#include "demopodserver.h"
#include "eventgenerator.h"
#include "messagesearch.h"
#include "sharedstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Inspector::DemoPod;

Q_DECLARE_METATYPE(Inspector::DemoPod::SearchCriteria)

namespace {

// --- Reference versions ---------------------------------------------------------------------------

/** The event generator as it was: every batch built at once, in one pass. */
QList<QList<GeneratedEvent>> referenceBatches(const DataSet &data, const Config &config)
{
    struct Random
    {
        quint32 state;
        quint32 next()
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        }
        int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }
    } random {config.eventSeed == 0 ? 0x9e3779b9u : config.eventSeed};
    QList<QList<GeneratedEvent>> batches;
    const QList<DemoStream> &streams = data.streams();
    const DemoStream &rates = streams.at(Demo::RatesDeskIndex);
    const QList<qint64> people {Demo::AliceId, Demo::BobId, Demo::CarolId};
    const QList<int> rooms {Demo::RatesDeskIndex, Demo::CrossPodIndex};
    const qint64 start = Demo::M1Timestamp + 10LL * 24 * 3600000;
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
            const bool sameId = n % 10 == 9 && !batch.isEmpty() && !batch.last().duplicate;
            const QString id = sameId ? batch.last().json.value(u"id"_s).toString()
                                      : u"g"_s + QString::number(n, 36).rightJustified(5, u'0');
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
                e.json = data.v4Event(id, e.type, ts, author, u"messageSent"_s,
                    QJsonObject {{u"message"_s, message}}, message.value(u"messageId"_s).toString());
            } else if (kind < 12) {
                e.type = u"USERJOINEDROOM"_s;
                e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"userJoinedRoom"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind < 14) {
                e.type = u"USERLEFTROOM"_s;
                e.json = data.v4Event(id, e.type, ts, who, u"userLeftRoom"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind == 14) {
                e.type = u"ROOMUPDATED"_s;
                e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"roomUpdated"_s,
                    QJsonObject {{u"stream"_s, stream},
                        {u"newRoomProperties"_s,
                            data.v4RoomProperties(room, u"Update "_s + QString::number(n))}},
                    {});
            } else if (kind == 15) {
                e.type = u"ROOMMEMBERPROMOTEDTOOWNER"_s;
                e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"roomMemberPromotedToOwner"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind == 16) {
                e.type = u"ROOMMEMBERDEMOTEDFROMOWNER"_s;
                e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"roomMemberDemotedFromOwner"_s,
                    QJsonObject {{u"stream"_s, stream}, {u"affectedUser"_s, data.v4User(who)}}, {});
            } else if (kind == 17) {
                e.type = u"INSTANTMESSAGECREATED"_s;
                e.external = false;
                e.json = data.v4Event(id, e.type, ts, Demo::AliceId, u"instantMessageCreated"_s,
                    QJsonObject {{u"stream"_s, data.v4Stream(Demo::ImIndex, true)}}, {});
            } else if (kind == 18) {
                e.type = u"CONNECTIONACCEPTED"_s;
                e.external = true;
                e.json = data.v4Event(id, e.type, ts, Demo::ErinId, u"connectionAccepted"_s,
                    QJsonObject {{u"fromUser"_s, data.v4User(Demo::ErinId)}}, {});
            } else {
                e.type = u"GENERICSYSTEMEVENT"_s;
                e.json = data.v4Event(id, e.type, ts, who, u"genericSystemEvent"_s,
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

/** The search as it was: every candidate message of the pod looked at, then sorted. */
QList<MessageRef> referenceSearch(
    const DataSet &data, const QList<SearchCriteria> &criteria, qint64 caller, bool ascending)
{
    struct Hit
    {
        qint64 timestamp;
        int stream;
        int index;
    };
    QList<Hit> hits;
    for (const DemoStream &s : data.streams()) {
        if (!s.canView(caller) || s.messageCount == 0)
            continue;
        QList<const SearchCriteria *> applicable;
        int lo = s.messageCount;
        int hi = 0;
        for (const SearchCriteria &c : criteria) {
            if (c.stream >= 0 && c.stream != s.index)
                continue;
            if (!c.streamTypes.isEmpty() && !c.streamTypes.contains(s.typeName()))
                continue;
            applicable.append(&c);
            lo = qMin(lo, data.lowerBound(s.index, c.fromDate));
            hi = qMax(hi,
                c.toDate == std::numeric_limits<qint64>::max() ? s.messageCount
                                                               : data.lowerBound(s.index, c.toDate));
        }
        for (int i = lo; i < hi; ++i) {
            const MessageMeta meta = data.meta(s.index, i);
            QString text;
            bool textLoaded = false;
            for (const SearchCriteria *c : applicable) {
                if (meta.timestamp < c->fromDate || meta.timestamp >= c->toDate)
                    continue;
                if (c->author && *c->author != meta.authorId)
                    continue;
                if (c->mention && !meta.mentions.contains(*c->mention))
                    continue;
                if (!c->hashtag.isEmpty() && !meta.hashtags.contains(c->hashtag, Qt::CaseInsensitive))
                    continue;
                if (!c->cashtag.isEmpty() && !meta.cashtags.contains(c->cashtag, Qt::CaseInsensitive))
                    continue;
                if (!c->text.isEmpty()) {
                    if (!textLoaded) {
                        text = data.plainText(s.index, i);
                        textLoaded = true;
                    }
                    if (!text.contains(c->text, Qt::CaseInsensitive))
                        continue;
                }
                hits.append({meta.timestamp, s.index, i});
                break;
            }
        }
    }
    std::sort(hits.begin(), hits.end(), [ascending](const Hit &a, const Hit &b) {
        const auto ka = std::tie(a.timestamp, a.stream, a.index);
        const auto kb = std::tie(b.timestamp, b.stream, b.index);
        return ascending ? ka < kb : kb < ka;
    });
    QList<MessageRef> out;
    for (const Hit &h : hits)
        out.append({h.stream, h.index});
    return out;
}

// --- A backend without sockets --------------------------------------------------------------------

/** The pod's request -> reply logic, called directly, logged in as the bot. */
class Pod
{
public:
    explicit Pod(const Config &config)
        : data(std::make_shared<DataSet>(config))
        , backend(std::make_unique<Backend>(config, &shared, data))
    {
        backend->setBaseUrl(QUrl(u"http://127.0.0.1:1"_s));
        session = login("/sessionauth/v1/authenticate");
        keyManager = login("/keyauth/v1/authenticate");
        data->work().reset();
    }

    HttpReply call(
        const QByteArray &method, const QString &path, const QString &query = {}, const QByteArray &body = {})
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        r.query = QUrlQuery(query);
        r.body = body;
        r.headers = {{"sessionToken", session}, {"keyManagerToken", keyManager}};
        return backend->handle(r);
    }
    HttpReply read(const QString &feedId, const QString &ackId)
    {
        return call("POST", u"/agent/v5/datafeeds/"_s + feedId + u"/read"_s, {},
            QJsonDocument(QJsonObject {{u"ackId"_s, ackId}}).toJson());
    }
    HttpReply datahose(const QStringList &types, const QString &ackId)
    {
        const QJsonObject body {{u"type"_s, u"datahose"_s}, {u"tag"_s, u"cost"_s},
            {u"eventTypes"_s, QJsonArray::fromStringList(types)}, {u"ackId"_s, ackId}};
        return call("POST", u"/agent/v5/events/read"_s, {}, QJsonDocument(body).toJson());
    }
    WorkCounts work() const { return data->work().snapshot(); }

    SharedState shared;
    std::shared_ptr<DataSet> data;
    std::unique_ptr<Backend> backend;
    QByteArray session;
    QByteArray keyManager;

private:
    QByteArray login(const char *path)
    {
        HttpRequest r;
        r.method = "POST";
        r.path = QString::fromLatin1(path);
        r.tls = true; // any client certificate logs the bot in
        r.peerCertificate = Server::tlsCertificate();
        return QJsonDocument::fromJson(backend->handle(r).body)
            .object()
            .value(u"token"_s)
            .toString()
            .toUtf8();
    }
};

QJsonObject object(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonArray events(const HttpReply &r)
{
    return object(r).value(u"events"_s).toArray();
}

Config smallConfig()
{
    Config c;
    c.streams = 30;
    c.messagesPerStream = 300;
    c.longPollMs = 20;
    return c;
}

QString feedId()
{
    return QString::fromLatin1(Demo::ExistingFeedId);
}

QString rates()
{
    return QString::fromLatin1(Demo::RatesDeskStreamId);
}

} // namespace

class DemoPodCostTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorMatchesReference_data();
    void generatorMatchesReference();
    void feedReadCostsItsBatch();
    void endlessFeeds();
    void datahoseBuildsWhatItKeeps();
    void searchMatchesReference_data();
    void searchMatchesReference();
    void searchPagesOverHttp();
    void searchPageCostsItsPage();
    void textSearchReadsEachMessageOnce();
    void listingsCostTheirPage();
    void usersAreLookedUpNotScanned();
    void historyPageCostsItsPage();
    void serverCounts();
};

void DemoPodCostTest::generatorMatchesReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("perBatch");
    QTest::addColumn<int>("duplicateEvery");
    QTest::newRow("defaults") << 1u << 5 << 3;
    QTest::newRow("seed 0") << 0u << 5 << 3;
    QTest::newRow("seed 7, pairs") << 7u << 2 << 2;
    QTest::newRow("one per batch, no duplicates") << 8u << 1 << 0;
    QTest::newRow("big batches") << 12345u << 9 << 1;
}

void DemoPodCostTest::generatorMatchesReference()
{
    QFETCH(quint32, seed);
    QFETCH(int, perBatch);
    QFETCH(int, duplicateEvery);
    Config config = smallConfig();
    config.eventBatches = 300;
    config.eventSeed = seed;
    config.eventsPerBatch = perBatch;
    config.duplicateEvery = duplicateEvery;
    const DataSet data(config);
    const QList<QList<GeneratedEvent>> reference = referenceBatches(data, config);
    QCOMPARE(reference.size(), 300);
    auto same = [](const QList<GeneratedEvent> &a, const QList<GeneratedEvent> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).json != b.at(i).json || a.at(i).type != b.at(i).type
                || a.at(i).external != b.at(i).external || a.at(i).duplicate != b.at(i).duplicate)
                return false;
        }
        return true;
    };
    // In order, as a feed reads them; then backwards and at random, as redeliveries and new
    // readers jump about; a fresh generator straight to the end.
    EventGenerator generator(data, config);
    QCOMPARE(generator.batchCount(), 300);
    for (int b = 0; b < 300; ++b)
        QVERIFY2(same(generator.batch(b), reference.at(b)), qPrintable(QString::number(b)));
    for (int b = 299; b >= 0; b -= 7)
        QVERIFY2(same(generator.batch(b), reference.at(b)), qPrintable(QString::number(b)));
    QRandomGenerator random(seed);
    for (int i = 0; i < 100; ++i) {
        const int b = int(random.bounded(300));
        QVERIFY2(same(generator.batch(b), reference.at(b)), qPrintable(QString::number(b)));
    }
    EventGenerator fresh(data, config);
    QVERIFY(same(fresh.batch(299), reference.at(299)));
    QVERIFY(fresh.batch(300).isEmpty());
    // The finite helper and the old one agree on the whole script.
    const QList<QList<GeneratedEvent>> all = generateEventBatches(data, config);
    QCOMPARE(all.size(), reference.size());
    for (int b = 0; b < 300; ++b)
        QVERIFY(same(all.at(b), reference.at(b)));
}

void DemoPodCostTest::feedReadCostsItsBatch()
{
    // Two pods that differ only in the length of the script: reading the first batches costs the
    // same work in both, batch for batch, and gives the same bytes.
    Config small = smallConfig();
    small.eventBatches = 200;
    Config big = small;
    big.eventBatches = 5000;
    Pod a(small);
    Pod b(big);
    QString ack;
    for (int read = 0; read < 150; ++read) {
        const WorkCounts a0 = a.work();
        const WorkCounts b0 = b.work();
        const HttpReply ra = a.read(feedId(), ack);
        const HttpReply rb = b.read(feedId(), ack);
        QCOMPARE(ra.status, 200);
        QCOMPARE(rb.body, ra.body);
        const WorkCounts da = a.work() - a0;
        const WorkCounts db = b.work() - b0;
        const qint64 count = events(ra).size();
        QVERIFY(count > 0);
        QCOMPARE(db.eventsBuilt, da.eventsBuilt);
        QCOMPARE(db.eventsPlanned, da.eventsPlanned);
        QCOMPARE(db.messagesBuilt, da.messagesBuilt);
        // Only this batch's events are built (the scripted ones are built once, on the first read)...
        QVERIFY2(db.eventsBuilt <= count,
            qPrintable(u"read %1: %2 built for %3"_s.arg(read).arg(db.eventsBuilt).arg(count)));
        QVERIFY2(db.messagesBuilt <= (read == 0 ? 10 : count), qPrintable(QString::number(db.messagesBuilt)));
        // ... and drawn: this batch and, for its duplicate, the one before.
        QVERIFY2(db.eventsPlanned <= 2 * big.eventsPerBatch, qPrintable(QString::number(db.eventsPlanned)));
        ack = object(rb).value(u"ackId"_s).toString();
    }
    // A redelivery (the ackId before) costs the same batch again, not the script up to it.
    const WorkCounts b0 = b.work();
    const HttpReply again = b.read(feedId(), u"ack-149"_s);
    QCOMPARE(events(again).size(), events(b.read(feedId(), u"ack-149"_s)).size());
    QVERIFY((b.work() - b0).eventsPlanned <= 4 * big.eventsPerBatch);
}

void DemoPodCostTest::endlessFeeds()
{
    Config config = smallConfig();
    config.eventBatches = Config::EndlessEvents;
    Pod pod(config);
    // Batches keep coming, each at the price of one.
    QString ack;
    qint64 total = 0;
    for (int read = 0; read < 3000; ++read) {
        const WorkCounts w0 = pod.work();
        const HttpReply r = pod.read(feedId(), ack);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.delayMs, 0);
        const qint64 count = events(r).size();
        QVERIFY2(count > 0, qPrintable(QString::number(read)));
        total += count;
        const WorkCounts w = pod.work() - w0;
        if (read >= 3)
            QVERIFY(w.eventsBuilt <= count);
        QVERIFY(w.eventsPlanned <= 2 * config.eventsPerBatch);
        ack = object(r).value(u"ackId"_s).toString();
    }
    QCOMPARE(ack, u"ack-3000"_s);
    QVERIFY(total > 6000);

    // The same events as a finite script of the same seed, as far as that one goes.
    Config finite = config;
    finite.eventBatches = 40;
    const QList<QJsonObject> first = Server(finite).feedEvents(false);
    QCOMPARE(Server(config).feedEvents(false, 40), first);
    QCOMPARE(Server(config).feedEvents(false).size(), 11); // without a limit: the scripted events
    QCOMPARE(Server(finite).feedEvents(false, 1000), first);

    // A datahose whose types the generator never makes: the scripted events, then empty
    // long-poll answers that each look at a bounded stretch and move on.
    QStringList got;
    ack.clear();
    for (int read = 0; read < 6; ++read) {
        const WorkCounts w0 = pod.work();
        const HttpReply r = pod.datahose({u"ROOMCREATED"_s}, ack);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &e : events(r))
            got.append(e.toObject().value(u"id"_s).toString());
        if (events(r).isEmpty())
            QCOMPARE(r.delayMs, config.longPollMs);
        const WorkCounts w = pod.work() - w0;
        QCOMPARE(w.eventsBuilt, qint64(0));
        QVERIFY(w.eventsPlanned <= 10000LL * config.eventsPerBatch + 2 * config.eventsPerBatch);
        ack = object(r).value(u"ackId"_s).toString();
    }
    QCOMPARE(got, (QStringList {u"z9x8c7"_s, u"h4j5k6"_s}));
    // One that it makes: never empty.
    ack.clear();
    for (int read = 0; read < 200; ++read) {
        const HttpReply r = pod.datahose({u"CONNECTIONACCEPTED"_s}, ack);
        QVERIFY(!events(r).isEmpty());
        for (const QJsonValue &e : events(r))
            QCOMPARE(e.toObject().value(u"type"_s).toString(), u"CONNECTIONACCEPTED"_s);
        ack = object(r).value(u"ackId"_s).toString();
    }
}

void DemoPodCostTest::datahoseBuildsWhatItKeeps()
{
    Config config = smallConfig();
    config.eventBatches = 2000;
    Pod pod(config);
    const QList<QList<GeneratedEvent>> reference = referenceBatches(*pod.data, config);
    // What a filtered reader must get: the kept events of each batch, batches left empty dropped.
    QList<QJsonArray> expected;
    for (const QList<GeneratedEvent> &batch : reference) {
        QJsonArray kept;
        for (const GeneratedEvent &e : batch) {
            if (e.type == u"USERJOINEDROOM"_s || e.type == u"USERLEFTROOM"_s)
                kept.append(e.json);
        }
        if (!kept.isEmpty())
            expected.append(kept);
    }
    QString ack;
    // The scripted batches first (USERJOINEDROOM in batch 2, USERLEFTROOM in batch 3).
    for (int read = 0; read < 2; ++read) {
        const HttpReply r = pod.datahose({u"USERJOINEDROOM"_s, u"USERLEFTROOM"_s}, ack);
        QCOMPARE(events(r).size(), 1);
        ack = object(r).value(u"ackId"_s).toString();
    }
    for (const QJsonArray &batch : std::as_const(expected)) {
        const WorkCounts w0 = pod.work();
        const HttpReply r = pod.datahose({u"USERJOINEDROOM"_s, u"USERLEFTROOM"_s}, ack);
        QCOMPARE(events(r), batch);
        const WorkCounts w = pod.work() - w0;
        QCOMPARE(w.eventsBuilt, qint64(batch.size()));
        ack = object(r).value(u"ackId"_s).toString();
    }
    const HttpReply end = pod.datahose({u"USERJOINEDROOM"_s, u"USERLEFTROOM"_s}, ack);
    QVERIFY(events(end).isEmpty());
    QCOMPARE(end.delayMs, config.longPollMs);
}

void DemoPodCostTest::searchMatchesReference_data()
{
    QTest::addColumn<QList<SearchCriteria>>("criteria");
    QTest::addColumn<qint64>("caller");
    SearchCriteria all;
    SearchCriteria hashtag;
    hashtag.hashtag = u"RATES"_s;
    SearchCriteria alice;
    alice.author = Demo::AliceId;
    alice.cashtag = u"eurusd"_s;
    SearchCriteria text;
    text.stream = Demo::RatesDeskIndex;
    text.text = u"curve"_s;
    SearchCriteria window;
    window.fromDate = Demo::M1Timestamp + 60 * 60000;
    window.toDate = Demo::M1Timestamp + 3 * 60 * 60000;
    window.streamTypes = {u"ROOM"_s};
    SearchCriteria mention;
    mention.mention = Demo::BobId;
    SearchCriteria shared; // the run of messages sharing one millisecond
    shared.stream = Demo::RatesDeskIndex;
    shared.fromDate = 0;
    QTest::newRow("everything the bot sees") << QList<SearchCriteria> {all} << Demo::BotId;
    QTest::newRow("hashtag") << QList<SearchCriteria> {hashtag} << Demo::BotId;
    QTest::newRow("author and cashtag OR text") << QList<SearchCriteria> {alice, text} << Demo::BotId;
    QTest::newRow("date window, rooms") << QList<SearchCriteria> {window} << Demo::BotId;
    QTest::newRow("mention OR window") << QList<SearchCriteria> {mention, window} << Demo::BotId;
    QTest::newRow("one stream") << QList<SearchCriteria> {shared} << Demo::BotId;
    QTest::newRow("as Carol") << QList<SearchCriteria> {all} << Demo::CarolId;
}

void DemoPodCostTest::searchMatchesReference()
{
    QFETCH(QList<SearchCriteria>, criteria);
    QFETCH(qint64, caller);
    Config config = smallConfig();
    config.messagesPerStream = 1200; // the shared millisecond run lands in the middle of a page
    const DataSet data(config);
    for (const bool ascending : {false, true}) {
        const QList<MessageRef> expected = referenceSearch(data, criteria, caller, ascending);
        QVERIFY(!expected.isEmpty());
        for (const int limit : {1, 7, 50, 500}) {
            MessageSearch search(data, criteria, caller, ascending);
            QList<MessageRef> got;
            for (qint64 skip = 0; skip < expected.size() + limit; skip += limit) {
                const QList<MessageRef> page = search.page(skip, limit);
                QVERIFY(page.size() <= limit);
                got += page;
            }
            QCOMPARE(got.size(), expected.size());
            for (qsizetype i = 0; i < got.size(); ++i) {
                QVERIFY2(got.at(i).stream == expected.at(i).stream && got.at(i).index == expected.at(i).index,
                    qPrintable(
                        u"hit %1 (%2, limit %3)"_s.arg(i).arg(ascending ? u"ASC"_s : u"DESC"_s).arg(limit)));
            }
        }
        // Jumping ahead, and asking for a page again.
        MessageSearch search(data, criteria, caller, ascending);
        const qint64 middle = expected.size() / 2;
        const QList<MessageRef> page = search.page(middle, 3);
        QCOMPARE(qint64(page.size()), qMin<qint64>(3, expected.size() - middle));
        QCOMPARE(page.first().index, expected.at(middle).index);
        QCOMPARE(search.page(middle, 3).first().index, expected.at(middle).index);
    }
}

void DemoPodCostTest::searchPagesOverHttp()
{
    // Whole answers through the endpoint, including going back to an earlier page (a new search).
    Config config = smallConfig();
    config.messagesPerStream = 2000;
    Pod pod(config);
    SearchCriteria hashtag;
    hashtag.hashtag = u"rates"_s;
    const QList<MessageRef> expected = referenceSearch(*pod.data, {hashtag}, Demo::BotId, false);
    auto page = [&](qint64 skip, qint64 limit) {
        return pod.call("GET", u"/agent/v1/message/search"_s,
            u"query=hashtag:rates&skip=%1&limit=%2"_s.arg(skip).arg(limit));
    };
    auto expectedPage = [&](qint64 skip, qint64 limit) {
        QJsonArray out;
        for (qint64 i = skip; i < expected.size() && out.size() < limit; ++i)
            out.append(pod.data->message(expected.at(i).stream, expected.at(i).index));
        return out;
    };
    QVERIFY(expected.size() > 100);
    const qint64 n = expected.size();
    for (const qint64 skip : {qint64(0), n / 4, n / 2, n / 4, qint64(0), n - 30, n / 3}) {
        const HttpReply r = page(skip, 100);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).array(), expectedPage(skip, 100));
    }
    QCOMPARE(page(expected.size(), 100).status, 204);
    // A deep page alone, after the search went far past it and dropped what lay behind.
    for (qint64 skip = 0; skip < expected.size(); skip += 500)
        page(skip, 500);
    QCOMPARE(QJsonDocument::fromJson(page(5, 10).body).array(), expectedPage(5, 10));
}

void DemoPodCostTest::searchPageCostsItsPage()
{
    // Oldest first, the first pages of a pod-wide search are the same messages in a pod of 5,000 and
    // one of 20,000 Rates Desk messages (one a minute in both): they cost the same work.
    Config small = smallConfig();
    small.messagesPerStream = 5000;
    Config big = small;
    big.messagesPerStream = 20000;
    Pod a(small);
    Pod b(big);
    for (qint64 skip = 0; skip < 200; skip += 100) {
        const QString query = u"query=hashtag:rates&sortDir=ASC&skip=%1&limit=100"_s.arg(skip);
        const WorkCounts a0 = a.work();
        const WorkCounts b0 = b.work();
        const HttpReply ra = a.call("GET", u"/agent/v1/message/search"_s, query);
        const HttpReply rb = b.call("GET", u"/agent/v1/message/search"_s, query);
        if (rb.body != ra.body) {
            const QJsonArray x = QJsonDocument::fromJson(ra.body).array();
            const QJsonArray y = QJsonDocument::fromJson(rb.body).array();
            for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
                if (x.at(i) != y.at(i)) {
                    qWarning() << i << QJsonDocument(x.at(i).toObject()).toJson()
                               << QJsonDocument(y.at(i).toObject()).toJson();
                    break;
                }
            }
        }
        QCOMPARE(rb.body, ra.body);
        const WorkCounts da = a.work() - a0;
        const WorkCounts db = b.work() - b0;
        QCOMPARE(db.messageMetas, da.messageMetas);
        QCOMPARE(QJsonDocument::fromJson(rb.body).array().size(), 100);
        QCOMPARE(db.messagesBuilt, qint64(100));
        QVERIFY2(db.messageMetas < 5000, qPrintable(QString::number(db.messageMetas)));
    }
    // Newest first across the whole pod: a page looks at the messages down to its last hit, once.
    const int count = b.data->messageCount(Demo::RatesDeskIndex);
    qint64 metas = 0;
    qint64 pages = 0;
    for (qint64 skip = 0;; skip += 100) {
        const WorkCounts w0 = b.work();
        const HttpReply r = b.call(
            "GET", u"/agent/v1/message/search"_s, u"query=hashtag:rates&skip=%1&limit=100"_s.arg(skip));
        const WorkCounts w = b.work() - w0;
        metas += w.messageMetas - w.messagesBuilt; // building a message looks at it too
        ++pages;
        if (r.status == 204)
            break;
        QCOMPARE(w.messagesBuilt, qint64(QJsonDocument::fromJson(r.body).array().size()));
        QCOMPARE(w.streamsVisited, skip == 0 ? qint64(b.data->streams().size()) : 0);
    }
    qint64 visible = 0;
    for (const DemoStream &s : b.data->streams())
        visible += s.canView(Demo::BotId) ? s.messageCount : 0;
    QVERIFY2(pages > 5, qPrintable(u"%1 pages"_s.arg(pages)));
    QVERIFY2(metas <= visible, qPrintable(u"%1 looked at, %2 messages"_s.arg(metas).arg(visible)));
    QVERIFY(visible > count);
}

void DemoPodCostTest::textSearchReadsEachMessageOnce()
{
    // `search --stream ID curve`: every page a text search, pages of 500. Each message's text is
    // built once for the whole search, not once per page.
    Config config = smallConfig();
    config.messagesPerStream = 10000;
    Pod pod(config);
    qint64 built = 0;
    qint64 hits = 0;
    for (qint64 skip = 0;; skip += 500) {
        const WorkCounts w0 = pod.work();
        const HttpReply r = pod.call("GET", u"/agent/v1/message/search"_s,
            u"query=streamId:%1 AND text:curve&skip=%2&limit=500"_s.arg(rates()).arg(skip));
        built += (pod.work() - w0).messagesBuilt;
        if (r.status == 204)
            break;
        QCOMPARE(r.status, 200);
        hits += QJsonDocument::fromJson(r.body).array().size();
    }
    QVERIFY(hits > 1000);
    // One text per message of the room, plus the hits' pages.
    QVERIFY2(built <= 10000 + hits, qPrintable(u"%1 messages built for %2 hits"_s.arg(built).arg(hits)));
}

void DemoPodCostTest::listingsCostTheirPage()
{
    Config config = smallConfig();
    config.streams = 3000;
    Pod pod(config);
    const qint64 streams = pod.data->streams().size();
    auto walk
        = [&](const QString &path, const QString &query, const QByteArray &body, const QString &listKey) {
              qint64 visited = 0;
              qint64 items = 0;
              for (qint64 skip = 0;; skip += 100) {
                  const WorkCounts w0 = pod.work();
                  const HttpReply r = pod.call("POST", path, query.arg(skip), body);
                  visited += (pod.work() - w0).streamsVisited;
                  const QJsonDocument doc = QJsonDocument::fromJson(r.body);
                  const qint64 got
                      = listKey.isEmpty() ? doc.array().size() : doc.object().value(listKey).toArray().size();
                  if (r.status == 204 || got == 0)
                      break;
                  items += got;
              }
              return QPair<qint64, qint64>(visited, items);
          };
    // Each filter's list is worked out once; its pages then cost their own streams.
    QPair<qint64, qint64> w = walk(u"/pod/v1/streams/list"_s, u"skip=%1&limit=100"_s, R"({})", {});
    QVERIFY(w.second > 2500);
    QCOMPARE(w.first, streams);
    w = walk(u"/pod/v1/streams/list"_s, u"skip=%1&limit=100"_s, R"({"streamTypes":[{"type":"ROOM"}]})", {});
    QCOMPARE(w.first, streams);
    w = walk(u"/pod/v1/streams/list"_s, u"skip=%1&limit=100"_s, R"({"streamTypes":[{"type":"ROOM"}]})", {});
    QCOMPARE(w.first, qint64(0)); // the same filter again
    w = walk(u"/pod/v2/admin/streams/list"_s, u"skip=%1&limit=100"_s, R"({})", u"streams"_s);
    QVERIFY(w.second > 2500);
    QCOMPARE(w.first, streams);
    w = walk(u"/pod/v3/room/search"_s, u"skip=%1&limit=100"_s, R"({"query":"desk"})", u"rooms"_s);
    QVERIFY(w.second > 250);
    QCOMPARE(w.first, streams);
    // The counts stay right on every page.
    const HttpReply admin
        = pod.call("POST", u"/pod/v2/admin/streams/list"_s, u"skip=2000&limit=10"_s, R"({})");
    QCOMPARE(object(admin).value(u"count"_s).toInteger(), streams - 1); // all but the wall (POST)
    QCOMPARE(object(admin).value(u"streams"_s).toArray().size(), 10);
}

void DemoPodCostTest::usersAreLookedUpNotScanned()
{
    Config config = smallConfig();
    config.streams = 3000;
    const DataSet data(config);
    // Every user is found by username and e-mail in any case, and unknown ones are not.
    for (const DemoUser &u : data.users()) {
        if (!u.username.isEmpty()) {
            QCOMPARE(data.userByUsername(u.username.toUpper()), &u);
            QCOMPARE(data.userByUsername(u.username), &u);
        }
        QCOMPARE(data.userByEmail(u.email.toUpper()), &u);
    }
    QCOMPARE(data.userByUsername(QString()), nullptr);
    QCOMPARE(data.userByUsername(u"nobody"_s), nullptr);
    QCOMPARE(data.userByEmail(u"nobody@acme.example"_s), nullptr);

    Pod pod(config);
    QStringList names;
    for (int i = 0; i < 100; ++i)
        names.append(pod.data->users().at(pod.data->users().size() - 1 - i).username);
    const WorkCounts w0 = pod.work();
    const HttpReply r
        = pod.call("GET", u"/pod/v3/users"_s, u"username="_s + names.join(u',') + u"&local=true"_s);
    QCOMPARE(object(r).value(u"users"_s).toArray().size(), 100);
    QCOMPARE((pod.work() - w0).usersVisited, qint64(100));
}

void DemoPodCostTest::historyPageCostsItsPage()
{
    Config config = smallConfig();
    config.messagesPerStream = 50000;
    Pod pod(config);
    for (const qint64 skip : {0, 1000, 40000}) {
        const WorkCounts w0 = pod.work();
        const HttpReply r = pod.call(
            "GET", u"/agent/v4/stream/%1/message"_s.arg(rates()), u"since=0&skip=%1&limit=200"_s.arg(skip));
        QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 200);
        QCOMPARE((pod.work() - w0).messagesBuilt, qint64(200));
    }
    // The attachments of a long room: a page of them, not the room.
    const WorkCounts w0 = pod.work();
    const HttpReply r = pod.call("GET", u"/pod/v1/streams/%1/attachments"_s.arg(rates()), u"limit=20"_s);
    QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 20);
    QVERIFY((pod.work() - w0).messageMetas <= 40);
}

void DemoPodCostTest::serverCounts()
{
    Config config = smallConfig();
    config.eventBatches = 20;
    Server server(config);
    server.resetWorkCounts();
    QCOMPARE(server.workCounts().eventsBuilt, qint64(0));
    const QList<QJsonObject> all = server.feedEvents(false);
    QVERIFY(all.size() > 20);
    const WorkCounts w = server.workCounts();
    QVERIFY(w.eventsBuilt > 20);
    QVERIFY(w.messagesBuilt > 0);
    server.resetWorkCounts();
    QCOMPARE(server.workCounts().eventsBuilt, qint64(0));
}

INSPECTOR_TEST_GUILESS_MAIN(DemoPodCostTest)
#include "tst_demopodcost.moc"
