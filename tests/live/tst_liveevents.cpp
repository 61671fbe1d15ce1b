// SPDX-License-Identifier: Apache-2.0
// V4Event parsing, the de-duplicator and the live event model (with QAbstractItemModelTester).
#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "api/timesource.h"
#include "common/testsuite.h"
#include "data/event.h"
#include "live/eventdeduplicator.h"
#include "live/liveeventmodel.h"

using namespace Inspector;
using namespace Inspector::Live;
using namespace Qt::StringLiterals;

namespace {

/** A clock the test moves by hand. */
class ManualClock final : public TimeSource
{
public:
    qint64 now = 1767348000000;
    qint64 nowMs() const override { return now; }
};

QJsonObject user(qint64 id, const QString &name)
{
    return QJsonObject {{u"userId"_s, id}, {u"displayName"_s, name}, {u"username"_s, name.toLower()}};
}

QJsonObject stream(const QString &id, const QString &type = u"ROOM"_s)
{
    return QJsonObject {{u"streamId"_s, id}, {u"streamType"_s, type}};
}

QJsonObject ev(const QString &type, const QString &id, qint64 ts, const QString &key,
    const QJsonObject &payload, const QString &messageId = {})
{
    QJsonObject o {
        {u"id"_s, id},
        {u"type"_s, type},
        {u"timestamp"_s, ts},
        {u"initiator"_s, QJsonObject {{u"user"_s, user(8933531976681, u"Alice Adams"_s)}}},
        {u"payload"_s, QJsonObject {{key, payload}}},
    };
    if (!messageId.isEmpty())
        o.insert(u"messageId"_s, messageId);
    return o;
}

Event parsed(const QJsonObject &o)
{
    return Parse::eventFromJson(o);
}

const QString Room = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
const QString RoomStandard = u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
const QString Msg = u"KcGyiedSIZWzYuRPVOBUcH___mSB2MCfbQ"_s;

} // namespace

class LiveEventsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryPayload_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("streamId");
        QTest::addColumn<QString>("preview");
        QTest::addColumn<qint64>("affected");
        const QJsonObject message {
            {u"messageId"_s, Msg},
            {u"timestamp"_s, Q_INT64_C(1767348060000)},
            {u"message"_s,
                u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>hello <b>desk</b></p></div>"_s},
            {u"data"_s, u"{}"_s},
            {u"user"_s, user(8933531976682, u"Bob Baker"_s)},
            {u"stream"_s, stream(Room)},
        };
        QTest::newRow("MESSAGESENT") << ev(
            u"MESSAGESENT"_s, u"q1"_s, 1, u"messageSent"_s, QJsonObject {{u"message"_s, message}}, Msg)
                                     << Room << u"hello desk"_s << qint64(0);
        QTest::newRow("SHAREDPOST") << ev(u"SHAREDPOST"_s, u"q2"_s, 1, u"sharedPost"_s,
            QJsonObject {{u"message"_s, message}, {u"sharedMessage"_s, message}})
                                    << Room << u"hello desk"_s << qint64(0);
        QTest::newRow("ROOMCREATED") << ev(u"ROOMCREATED"_s, u"q3"_s, 1, u"roomCreated"_s,
            QJsonObject {{u"stream"_s, stream(Room)},
                {u"roomProperties"_s, QJsonObject {{u"name"_s, u"Rates Desk"_s}}}})
                                     << Room << u"Rates Desk"_s << qint64(0);
        QTest::newRow("ROOMUPDATED") << ev(u"ROOMUPDATED"_s, u"q4"_s, 1, u"roomUpdated"_s,
            QJsonObject {{u"stream"_s, stream(Room)},
                {u"newRoomProperties"_s, QJsonObject {{u"name"_s, u"Rates 2"_s}}}})
                                     << Room << u"Rates 2"_s << qint64(0);
        QTest::newRow("USERJOINEDROOM standard id")
            << ev(u"USERJOINEDROOM"_s, u"q5"_s, 1, u"userJoinedRoom"_s,
                   QJsonObject {{u"stream"_s, stream(RoomStandard)},
                       {u"affectedUser"_s, user(14087492732881, u"Erin"_s)}})
            << Room << u"Erin"_s << qint64(14087492732881);
        QTest::newRow("USERLEFTROOM") << ev(u"USERLEFTROOM"_s, u"q6"_s, 1, u"userLeftRoom"_s,
            QJsonObject {{u"stream"_s, stream(Room)}, {u"affectedUser"_s, user(8933531976683, u"Carol"_s)}})
                                      << Room << u"Carol"_s << qint64(8933531976683);
        QTest::newRow("USERREQUESTEDTOJOINROOM")
            << ev(u"USERREQUESTEDTOJOINROOM"_s, u"q7"_s, 1, u"userRequestedToJoinRoom"_s,
                   QJsonObject {{u"stream"_s, stream(Room)},
                       {u"affectedUsers"_s, QJsonArray {user(8933531976681, u"Alice"_s)}}})
            << Room << u"Alice"_s << qint64(8933531976681);
        QTest::newRow("CONNECTIONREQUESTED") << ev(u"CONNECTIONREQUESTED"_s, u"q8"_s, 1,
            u"connectionRequested"_s, QJsonObject {{u"toUser"_s, user(8933531976685, u"Export Bot"_s)}})
                                             << QString() << u"Export Bot"_s << qint64(8933531976685);
        QTest::newRow("MESSAGESUPPRESSED") << ev(u"MESSAGESUPPRESSED"_s, u"q9"_s, 1, u"messageSuppressed"_s,
            QJsonObject {{u"messageId"_s, Msg}, {u"stream"_s, stream(Room)}})
                                           << Room << QString() << qint64(0);
        QTest::newRow("GENERICSYSTEMEVENT")
            << ev(u"GENERICSYSTEMEVENT"_s, u"q10"_s, 1, u"genericSystemEvent"_s,
                   QJsonObject {{u"stream"_s, stream(Room)}, {u"sourceSystem"_s, u"dlp"_s},
                       {u"eventSubtype"_s, u"block"_s}})
            << Room << u"dlp: block"_s << qint64(0);
        QTest::newRow("SYMPHONYELEMENTSACTION")
            << ev(u"SYMPHONYELEMENTSACTION"_s, u"q11"_s, 1, u"symphonyElementsAction"_s,
                   QJsonObject {{u"stream"_s, stream(RoomStandard)}, {u"formId"_s, u"f1"_s}})
            << Room << u"form f1"_s << qint64(0);
    }

    void parsesEveryPayload()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, streamId);
        QFETCH(QString, preview);
        QFETCH(qint64, affected);
        const Event e = parsed(json);
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(u"; "_s)));
        QVERIFY(e.isKnownType());
        QCOMPARE(e.raw, json);
        QCOMPARE(e.stream.key(), streamId);
        QCOMPARE(e.preview, preview);
        QCOMPARE(e.affectedUser.userId, affected);
        QCOMPARE(e.initiator.userId, 8933531976681);
        QCOMPARE(e.initiator.displayName, u"Alice Adams"_s);
        if (e.type == "MESSAGESENT"_L1 || e.type == "MESSAGESUPPRESSED"_L1)
            QCOMPARE(e.messageId, Msg);
        if (e.type == "MESSAGESENT"_L1) {
            QVERIFY(e.message);
            QCOMPARE(e.message->user.userId, 8933531976682);
        }
        const QJsonObject derived = e.derivedJson();
        QCOMPARE(derived.value(u"key"_s).toString(), e.key());
        QCOMPARE(derived.value(u"preview"_s).toString(), preview);
    }

    void keepsSixtyFourBitIdsExact()
    {
        // 2^62 + 1 cannot survive a double.
        const QByteArray body
            = R"({"events":[{"id":"x","type":"USERJOINEDROOM","timestamp":9007199254740993,)"
              R"("initiator":{"user":{"userId":4611686018427387905}},"payload":{"userJoinedRoom":)"
              R"({"stream":{"streamId":"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"},)"
              R"("affectedUser":{"userId":4611686018427387907}}}}],"ackId":"a"})";
        const auto list = Parse::eventList(body);
        QVERIFY2(list.ok(), qPrintable(list.error));
        const Event &e = list.value.events.first();
        QCOMPARE(e.initiator.userId, Q_INT64_C(4611686018427387905));
        QCOMPARE(e.affectedUser.userId, Q_INT64_C(4611686018427387907));
        QCOMPARE(e.timestamp, Q_INT64_C(9007199254740993));
        QCOMPARE(e.derivedJson().value(u"initiator"_s).toObject().value(u"userId"_s).toInteger(),
            Q_INT64_C(4611686018427387905));
    }

    void flagsWrongTypesAndKeepsTheEvent_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("timestamp as text") << QJsonObject {{u"id"_s, u"a"_s}, {u"type"_s, u"ROOMCREATED"_s},
            {u"timestamp"_s, u"soon"_s}} << u"timestamp"_s;
        QTest::newRow("missing type") << QJsonObject {{u"id"_s, u"a"_s}} << u"type"_s;
        QTest::newRow("payload key missing") << QJsonObject {{u"id"_s, u"a"_s}, {u"type"_s, u"ROOMCREATED"_s},
            {u"payload"_s, QJsonObject {}}} << u"payload.roomCreated"_s;
        QTest::newRow("initiator user id as object")
            << QJsonObject {{u"id"_s, u"a"_s}, {u"type"_s, u"ROOMCREATED"_s},
                   {u"initiator"_s, QJsonObject {{u"user"_s, QJsonObject {{u"userId"_s, QJsonObject {}}}}}}}
            << u"initiator.user"_s;
    }

    void flagsWrongTypesAndKeepsTheEvent()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, problem);
        const Event e = parsed(json);
        QVERIFY2(e.problems.join(u"; "_s).contains(problem), qPrintable(e.problems.join(u"; "_s)));
        QCOMPARE(e.raw, json);
    }

    void problemsNameTheWholePath()
    {
        // Modelled on the BDKs' datafeed fixtures: "test-message1" is not Base64 at all. The message's
        // problem is reported with its path in the event, not run into the sentence
        // ("payload.messageSent.message.Field 'messageId' …").
        QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/bdk/events-message-sent.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto list = Parse::eventList(file.readAll());
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value.events.size(), 1);
        const Event &e = list.value.events.first();
        QCOMPARE(e.problems,
            QStringList {
                u"payload.messageSent.message.messageId: not a valid id: the id 'test-message1' has 13 "
                u"Base64 characters, a length that no Base64 value has."_s});
        QCOMPARE(list.flagged, 1);

        const Event bad = parsed(QJsonObject {{u"id"_s, u"a"_s}, {u"type"_s, u"USERJOINEDROOM"_s},
            {u"initiator"_s, QJsonObject {{u"user"_s, QJsonObject {{u"userId"_s, u"x"_s}}}}},
            {u"payload"_s,
                QJsonObject {{u"userJoinedRoom"_s,
                    QJsonObject {{u"stream"_s, QJsonObject {{u"streamId"_s, u"a b"_s}}},
                        {u"affectedUser"_s, QJsonObject {{u"userId"_s, true}}}}}}}});
        QCOMPARE(bad.problems,
            (QStringList {u"initiator.user.userId: should be a whole number but is the string \"x\"."_s,
                u"payload.userJoinedRoom.stream.streamId: not a valid id: the id 'a b' contains a space, "
                u"which is "
                u"not Base64."_s,
                u"payload.userJoinedRoom.affectedUser.userId: should be a whole number but is true."_s}));
    }

    void unknownTypesAreRecognised()
    {
        const Event e = parsed(QJsonObject {{u"id"_s, u"f"_s}, {u"type"_s, u"FUTUREEVENT"_s}});
        QVERIFY(!e.isKnownType());
        QVERIFY(Event::payloadKey(u"FUTUREEVENT"_s).isEmpty());
        QVERIFY(!Event::realTimeTypes().contains(u"MESSAGEREAD"_s)); // there is no such event
    }

    void eventListRefusesMalformedBatches_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("truncated") << QByteArray(R"({"events":[)") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("ackId number") << QByteArray(R"({"events":[],"ackId":5})") << u"ackId"_s;
        QTest::newRow("events string") << QByteArray(R"({"events":"x","ackId":"a"})") << u"not a list"_s;
        QTest::newRow("event string") << QByteArray(R"({"events":[{},"x"],"ackId":"a"})") << u"#2"_s;
    }

    void eventListRefusesMalformedBatches()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto r = Parse::eventList(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(r.value.events.isEmpty());
    }

    void eventListWithoutEventsIsAnEmptyBatch()
    {
        const auto r = Parse::eventList(R"({"ackId":"a-1"})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.ackId, u"a-1"_s);
        QVERIFY(r.value.events.isEmpty());
    }

    void deduplicatorKeysOnTypeIdTimestampAndMessageId()
    {
        EventDeduplicator d(3);
        const Event a = parsed(ev(u"USERJOINEDROOM"_s, u"same"_s, 10, u"userJoinedRoom"_s, {}));
        const Event b
            = parsed(ev(u"USERLEFTROOM"_s, u"same"_s, 10, u"userLeftRoom"_s, {})); // same id, other action
        const Event c = parsed(ev(u"MESSAGESENT"_s, u"m"_s, 10, u"messageSent"_s, {}, Msg));
        // The same message id in standard Base64 is the same event.
        const Event cStandard = parsed(ev(
            u"MESSAGESENT"_s, u"m"_s, 10, u"messageSent"_s, {}, u"KcGyiedSIZWzYuRPVOBUcH///mSB2MCfbQ=="_s));
        QVERIFY(d.accept(a));
        QVERIFY(d.accept(b));
        QVERIFY(d.accept(c));
        QVERIFY(!d.accept(a));
        QVERIFY(!d.accept(cStandard));
        QCOMPARE(d.dropped(), 2);
        QCOMPARE(d.droppedByType().value(u"USERJOINEDROOM"_s), 1);
        QCOMPARE(d.droppedByType().value(u"MESSAGESENT"_s), 1);
        // Bounded: a fourth key pushes the oldest out.
        const Event e = parsed(ev(u"ROOMCREATED"_s, u"r"_s, 11, u"roomCreated"_s, {}));
        QVERIFY(d.accept(e));
        QCOMPARE(d.keys().size(), 3);
        QVERIFY(!d.contains(a.key()));
        QVERIFY(d.accept(a));
    }

    void modelIsARingBuffer()
    {
        LiveEventModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Event> events;
        for (int i = 0; i < 5; ++i)
            events.append(parsed(ev(u"ROOMCREATED"_s, u"r"_s + QString::number(i), 100 + i, u"roomCreated"_s,
                QJsonObject {
                    {u"stream"_s, stream(Room)}, {u"roomProperties"_s, QJsonObject {{u"name"_s, u"R"_s}}}})));
        model.addEvents(events.mid(0, 2));
        QCOMPARE(model.rowCount(), 2);
        model.addEvents(events.mid(2, 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.eventAt(0).id, u"r2"_s);
        QCOMPARE(model.eventAt(2).id, u"r4"_s);
        QCOMPARE(model.totalEvents(), 5);
        QCOMPARE(model.countsByType().value(u"ROOMCREATED"_s), 5);
        QCOMPARE(model.index(0, LiveEventModel::TypeColumn).data().toString(), u"ROOMCREATED"_s);
        QCOMPARE(model.index(0, LiveEventModel::InitiatorColumn).data().toString(), u"Alice Adams"_s);
        QCOMPARE(model.index(0, LiveEventModel::StreamColumn).data().toString(), u"R"_s);
        QCOMPARE(model.index(0, LiveEventModel::TimeColumn).data().toString(), u"1970-01-01T00:00:00.102Z"_s);
        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.eventAt(0).id, u"r4"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalEvents(), 0);
    }

    void modelPausesAndResumes()
    {
        LiveEventModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counters(&model, &LiveEventModel::countersChanged);
        model.setPaused(true);
        model.addEvents({parsed(ev(u"ROOMCREATED"_s, u"a"_s, 1, u"roomCreated"_s, {})),
            parsed(ev(u"USERLEFTROOM"_s, u"b"_s, 2, u"userLeftRoom"_s, {}))});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 2);
        QCOMPARE(model.totalEvents(), 2); // counted at once
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(counters.size() >= 3);
    }

    void modelRateCountsTheLastMinute()
    {
        ManualClock clock;
        LiveEventModel model(10);
        model.setTimeSource(&clock);
        model.addEvents({parsed(ev(u"ROOMCREATED"_s, u"a"_s, 1, u"roomCreated"_s, {}))});
        clock.now += 30000;
        model.addEvents({parsed(ev(u"ROOMCREATED"_s, u"b"_s, 2, u"roomCreated"_s, {})),
            parsed(ev(u"ROOMCREATED"_s, u"c"_s, 3, u"roomCreated"_s, {}))});
        QCOMPARE(model.eventsLastMinute(), 3);
        clock.now += 30001;
        QCOMPARE(model.eventsLastMinute(), 2);
        clock.now += 60000;
        QCOMPARE(model.eventsLastMinute(), 0);
    }

    void filterByTypeStreamAndUser()
    {
        LiveEventModel model(10);
        LiveEventFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject joined = ev(u"USERJOINEDROOM"_s, u"j"_s, 1, u"userJoinedRoom"_s,
            QJsonObject {{u"stream"_s, stream(Room)}, {u"affectedUser"_s, user(1, u"X"_s)}});
        QJsonObject other = ev(u"ROOMCREATED"_s, u"o"_s, 2, u"roomCreated"_s,
            QJsonObject {{u"stream"_s, stream(u"BSH-voacKBbl55E4xafzFH___mSHAAb_dA"_s, u"IM"_s)}});
        other.insert(u"initiator"_s, QJsonObject {{u"user"_s, user(8933531976682, u"Bob Baker"_s)}});
        model.addEvents({parsed(joined), parsed(other)});
        QCOMPARE(filter.rowCount(), 2);
        filter.setTypes({u"USERJOINEDROOM"_s});
        QCOMPARE(filter.rowCount(), 1);
        filter.setTypes({});
        filter.setStreamText(RoomStandard); // the standard Base64 form finds the URL-safe id
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), u"USERJOINEDROOM"_s);
        filter.setStreamText({});
        filter.setUserText(u"BOB"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), u"ROOMCREATED"_s);
        filter.setUserText(u"8933531976682"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setUserText(u"nobody"_s);
        QCOMPARE(filter.rowCount(), 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(LiveEventsTest)
#include "tst_liveevents.moc"
