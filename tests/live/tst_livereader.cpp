// SPDX-License-Identifier: Apache-2.0
// Datafeed and datahose readers, the capture and the session against the demo pod: ack after
// store, kill and resume, redelivery, duplicates, stale feeds, datahose validation and faults.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apijob.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/event.h"
#include "demodata.h"
#include "live/capturewriter.h"
#include "live/datafeedreader.h"
#include "live/datahosereader.h"
#include "live/liverequests.h"
#include "live/livesession.h"
#include "livetestsupport.h"

using namespace Inspector;
using namespace Inspector::Live;
using namespace Qt::StringLiterals;
using Fault = Inspector::DemoPod::Fault;
using Kind = ApiError::Kind;

class LiveReaderTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    std::unique_ptr<ApiClient> m_client;
    FakeTimeSource m_time;
    std::unique_ptr<QTemporaryDir> m_dir;

    void startPod(const DemoPod::Config &config = LiveTest::podConfig())
    {
        m_client.reset();
        m_pod = TestSupport::startPod(config);
        m_client = TestSupport::botClient(*m_pod, {&m_time, 15000});
    }

    QList<DemoPod::LoggedRequest> requests(const QByteArray &method, const QString &pathPrefix) const
    {
        QList<DemoPod::LoggedRequest> out;
        for (const auto &r : m_pod->requestLog()) {
            if (r.method == method && r.path.startsWith(pathPrefix))
                out.append(r);
        }
        return out;
    }

    /** Keys of the events a feed delivers, without the unknown FUTUREEVENT the readers skip. */
    QStringList expectedKeys(bool datahose) const
    {
        QStringList keys;
        for (const QJsonObject &e : m_pod->feedEvents(datahose)) {
            if (Event::realTimeTypes().contains(e.value(u"type"_s).toString()))
                keys.append(LiveTest::rawKey(e));
        }
        return keys;
    }

    static QList<QJsonObject> captureLines(const QString &path)
    {
        QList<QJsonObject> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        while (!f.atEnd())
            out.append(QJsonDocument::fromJson(f.readLine()).object());
        return out;
    }

    static QStringList keysOf(const QList<QJsonObject> &lines)
    {
        QStringList keys;
        for (const QJsonObject &l : lines)
            keys.append(LiveTest::rawKey(l));
        return keys;
    }

    int jobsInFlight() const
    {
        int n = 0;
        for (const ApiJob *job : m_client->findChildren<ApiJob *>())
            n += !job->isFinished();
        return n;
    }

    QString capturePath(const QString &name = u"capture.jsonl"_s) const { return m_dir->filePath(name); }

    /** A session of the datafeed with @p tag that captures to capturePath(). */
    LiveSettings feedSettings(const QString &tag) const
    {
        LiveSettings settings;
        settings.tag = tag;
        settings.capturePath = capturePath();
        return settings;
    }

    /** Opens @p session: empty, or why it did not open. */
    static QString openError(LiveSession &session)
    {
        ApiError error;
        if (session.open(&error))
            return {};
        return error.message.isEmpty() ? u"not opened, no reason given"_s : error.message;
    }

    /** A session of @p settings reads until it has caught up: empty, or why it did not. */
    QString captureUntilCaughtUp(const LiveSettings &settings)
    {
        LiveSession session(m_client.get(), settings);
        if (const QString error = openError(session); !error.isEmpty())
            return error;
        session.start();
        const ApiError end = runUntilCaughtUp(&session);
        return end.isError() ? end.message : QString();
    }

    /** A fault of @p kind on the reads of every datafeed. */
    static Fault onFeedReads(Fault::Kind kind)
    {
        Fault fault;
        fault.method = "POST";
        fault.pathPattern = u"/agent/v5/datafeeds/[^/]+/read"_s;
        fault.kind = kind;
        return fault;
    }

    /** Reads one batch with a reader already started; stores it in @p capture (append + commit). */
    static EventBatch nextBatch(EventReader *reader)
    {
        QSignalSpy spy(reader, &EventReader::batchReceived);
        [&] { QVERIFY(spy.wait(20000)); }();
        return spy.isEmpty() ? EventBatch() : spy.first().first().value<EventBatch>();
    }

    /** Runs a session until it stops, stopping it once it reads an empty batch (caught up). */
    ApiError runUntilCaughtUp(LiveSession *session)
    {
        QSignalSpy finished(session, &LiveSession::finished);
        connect(session->reader(), &EventReader::batchReceived, session, [session](const EventBatch &b) {
            if (b.events.isEmpty() && b.unknownTypes == 0)
                QMetaObject::invokeMethod(
                    session, [session] { session->stop(); }, Qt::QueuedConnection);
        });
        [&] { QVERIFY(finished.wait(30000)); }();
        return finished.isEmpty() ? ApiError::fromLocal(LocalError(u"no finish"_s))
                                  : finished.first().first().value<ApiError>();
    }

private Q_SLOTS:
    void init()
    {
        m_time.delays.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        startPod();
    }

    void cleanup()
    {
        m_client.reset();
        m_pod.reset();
    }

    void datafeedReusesTheFeedOfItsTag()
    {
        // A feed with our tag exists already: the reader must read it, not create another.
        ApiJob *job = m_client->send(LiveRequests::createDatafeed(u"inspector-test"_s, false));
        QSignalSpy created(job, &ApiJob::finished);
        QVERIFY(created.wait(10000));
        QCOMPARE(job->response().status, 201);
        const QString id = QJsonDocument::fromJson(job->response().body).object().value(u"id"_s).toString();
        m_pod->clearRequestLog();

        DatafeedReader reader(m_client.get(), u"inspector-test"_s);
        QSignalSpy ready(&reader, &DatafeedReader::feedReady);
        reader.start();
        const EventBatch batch = nextBatch(&reader);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toString(), id);
        QCOMPARE(ready.first().at(1).toBool(), true);
        QVERIFY(requests("POST", u"/agent/v5/datafeeds"_s).size() == 1); // the read only
        QVERIFY(requests("POST", u"/agent/v5/datafeeds/"_s + id + u"/read"_s).size() == 1);
        const auto lists = requests("GET", u"/agent/v5/datafeeds"_s);
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.first().query.queryItemValue(u"tag"_s), u"inspector-test"_s);
        QCOMPARE(batch.events.size(), 3);
    }

    void datafeedCreatesOneWhenNoneHasItsTagAndIgnoresDatahoseFeeds()
    {
        DatafeedReader reader(m_client.get(), u"fresh-tag"_s);
        QSignalSpy ready(&reader, &DatafeedReader::feedReady);
        reader.start();
        nextBatch(&reader);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(1).toBool(), false);
        const QString id = ready.first().at(0).toString();
        QVERIFY(id != QLatin1StringView(DemoPod::Demo::DatahoseFeedId));
        const auto creates = requests("POST", u"/agent/v5/datafeeds"_s);
        QCOMPARE(QJsonDocument::fromJson(creates.first().body).object().value(u"tag"_s).toString(),
            u"fresh-tag"_s);
    }

    void datafeedTagLongerThan100IsRefused()
    {
        DatafeedReader reader(m_client.get(), QString(101, u'x'));
        QSignalSpy stopped(&reader, &EventReader::stopped);
        reader.start();
        QVERIFY(stopped.wait(5000));
        const auto error = stopped.first().first().value<ApiError>();
        QCOMPARE(error.kind, Kind::Local);
        QCOMPARE(error.local.category(), LocalError::Category::Config);
        QVERIFY2(error.message.contains(u"100"_s), qPrintable(error.message));
        QVERIFY(m_pod->requestLog().isEmpty());
    }

    void ackIdIsSentOnlyAfterTheBatchIsStored()
    {
        DatafeedReader reader(m_client.get(), u"ack-test"_s);
        reader.start();
        const EventBatch first = nextBatch(&reader);
        QCOMPARE(first.ackId, u"ack-1"_s);
        QCOMPARE(reader.state(), EventReader::State::Storing);
        // Not stored yet: no request is on the wire, and none was sent.
        QCOMPARE(jobsInFlight(), 0);
        const QString readPath = u"/agent/v5/datafeeds/"_s + reader.feedId() + u"/read"_s;
        QCOMPARE(requests("POST", readPath).size(), 1);
        QCOMPARE(QJsonDocument::fromJson(requests("POST", readPath).first().body).object(),
            (QJsonObject {{u"ackId"_s, u""_s}, {u"updatePresence"_s, false}}));
        reader.confirmStored();
        const EventBatch second = nextBatch(&reader);
        const auto reads = requests("POST", readPath);
        QCOMPARE(reads.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(reads.at(1).body).object().value(u"ackId"_s).toString(), u"ack-1"_s);
        QCOMPARE(second.previousAckId, u"ack-1"_s);
    }

    void unacknowledgedBatchIsRedelivered()
    {
        QString feedId;
        QList<QString> firstKeys;
        {
            DatafeedReader reader(m_client.get(), u"redeliver"_s);
            reader.start();
            const EventBatch b = nextBatch(&reader);
            feedId = reader.feedId();
            for (const Event &e : b.events)
                firstKeys.append(e.key());
            // Destroyed while the batch is not stored: nothing acknowledged.
        }
        DatafeedReader again(m_client.get(), u"redeliver"_s);
        again.setFeedId(feedId);
        again.start();
        const EventBatch b = nextBatch(&again);
        QStringList keys;
        for (const Event &e : b.events)
            keys.append(e.key());
        QCOMPARE(keys, firstKeys);
    }

    void killBetweenStoredAndNextReadThenResumeStoresEveryEventOnce()
    {
        const QString path = capturePath();
        QString feedId;
        // Run 1: two batches stored, then the reader and the capture die before the next read.
        {
            CaptureWriter capture(path);
            ApiError error;
            QVERIFY(capture.open(false, &error));
            capture.state().source = u"datafeed"_s;
            DatafeedReader reader(m_client.get(), u"kill-test"_s);
            reader.start();
            for (int i = 0; i < 2; ++i) {
                const EventBatch b = nextBatch(&reader);
                QList<Event> written;
                QVERIFY(capture.append(b.events, &written, &error));
                capture.state().feedId = reader.feedId();
                QVERIFY(capture.commit(b.ackId, &error));
                if (i == 0)
                    reader.confirmStored();
            }
            feedId = reader.feedId();
        }
        // Run 2: resume, store one batch up to the fsync, and crash before the state is written.
        {
            CaptureWriter capture(path);
            ApiError error;
            QVERIFY2(capture.open(true, &error), qPrintable(error.message));
            QCOMPARE(capture.state().ackId, u"ack-2"_s);
            DatafeedReader reader(m_client.get(), capture.state().tag);
            reader.setFeedId(capture.state().feedId);
            reader.start(capture.state().ackId);
            const EventBatch b = nextBatch(&reader);
            QVERIFY(!b.events.isEmpty());
            QList<Event> written;
            QVERIFY(capture.append(b.events, &written, &error));
            QCOMPARE(written.size(), b.events.size());
        }
        // A torn line from a crash in the middle of a write.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"id\":\"torn\",\"type\":\"MESSAGESE");
        }
        // Run 3: resume with the session and read to the end.
        LiveSettings settings;
        settings.capturePath = path;
        settings.resume = true;
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        QCOMPARE(session.settings().source, LiveSettings::Source::Datafeed);
        session.start();
        QCOMPARE(session.feedId(), feedId);
        const ApiError end = runUntilCaughtUp(&session);
        QVERIFY2(!end.isError(), qPrintable(end.message));

        const QStringList stored = keysOf(captureLines(path));
        QCOMPARE(stored, expectedKeys(false));
        QVERIFY(session.duplicates() > 0); // the batch of run 2 came again, and the generator's copies
        for (const QJsonObject &line : captureLines(path))
            QVERIFY(line.value(u"_inspector"_s).toObject().contains(u"key"_s));
    }

    void generatorDuplicatesAreDroppedAndCounted()
    {
        LiveSettings settings = feedSettings(u"dup-test"_s);
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        QList<Event> seen;
        session.setSink([&seen](const QList<Event> &events, ApiError *) {
            seen += events;
            return true;
        });
        session.start();
        QVERIFY(!runUntilCaughtUp(&session).isError());
        // duplicateEvery = 2 over 8 generated batches: batches 2, 4 and 6 repeat an event.
        QCOMPARE(session.duplicates(), 3);
        QCOMPARE(session.storedEvents(), qint64(expectedKeys(false).size()));
        QCOMPARE(seen.size(), expectedKeys(false).size());
        QCOMPARE(session.unknownTypes(), 1); // FUTUREEVENT, skipped
        QCOMPARE(session.capture()->state().duplicates, 3);
        // Same id, different action: both kept (the generator gives every tenth event its neighbour's id).
        QHash<QString, int> ids;
        for (const Event &e : std::as_const(seen))
            ++ids[e.id];
        QVERIFY(std::any_of(ids.cbegin(), ids.cend(), [](int n) { return n > 1; }));
        qint64 sum = 0;
        for (qint64 n : session.countsByType())
            sum += n;
        QCOMPARE(sum, session.storedEvents());
    }

    void staleFeedIsRecreatedAndTheGapReported()
    {
        LiveSettings settings = feedSettings(u"stale-test"_s);
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        Fault fault = onFeedReads(Fault::Kind::StaleFeed);
        fault.skip = 2;
        m_pod->addFault(fault);
        QSignalSpy gap(&session, &LiveSession::gapDetected);
        QSignalSpy ready(&session, &LiveSession::feedReady);
        session.start();
        QVERIFY(!runUntilCaughtUp(&session).isError());
        QCOMPARE(gap.size(), 1);
        QVERIFY2(gap.first().first().toString().contains(u"recreated"_s),
            qPrintable(gap.first().first().toString()));
        QCOMPARE(ready.size(), 2);
        QVERIFY(ready.at(0).at(0).toString() != ready.at(1).at(0).toString());
        QCOMPARE(requests("DELETE", u"/agent/v5/datafeeds/"_s).size(), 1);
        // The new feed replays from the start: what was stored already is dropped, nothing twice.
        QCOMPARE(keysOf(captureLines(settings.capturePath)), expectedKeys(false));
        const CaptureState &state = session.capture()->state();
        QCOMPARE(state.feedId, ready.at(1).at(0).toString());
        QCOMPARE(state.gaps.size(), 1);
        QFile stateFile(CaptureWriter::statePath(settings.capturePath));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(stateFile.readAll()).object().value(u"gaps"_s).toArray().size(), 1);
    }

    void refusedReadsKeepTheServersWords()
    {
        // After the last recreation the server's own sentence is quoted as sent: a "%2" in it is
        // text, not a placeholder for the number of recreations.
        LiveSettings settings = feedSettings(u"refused-test"_s);
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        Fault fault = onFeedReads(Fault::Kind::Status);
        fault.status = 400;
        fault.count = -1;
        fault.body = R"({"code":400,"message":"Datafeed refused: 100%2 busy"})";
        m_pod->addFault(fault);
        session.start();
        const ApiError end = runUntilCaughtUp(&session);
        QVERIFY(end.isError());
        QVERIFY2(
            end.message.contains(u"(Datafeed refused: 100%2 busy) even after it was recreated 3 times"_s),
            qPrintable(end.message));
    }

    void resumingAnExpiredFeedReportsTheGap()
    {
        LiveSettings settings = feedSettings(u"expire-test"_s);
        settings.maxEvents = 2;
        QString feedId;
        {
            LiveSession session(m_client.get(), settings);
            QCOMPARE(openError(session), QString());
            QSignalSpy finished(&session, &LiveSession::finished);
            session.start();
            QVERIFY(finished.wait(20000));
            feedId = session.feedId();
            QCOMPARE(session.storedEvents(), 2);
        }
        // The server forgets the feed (30 minutes without a read).
        ApiJob *job = m_client->send(LiveRequests::deleteDatafeed(feedId));
        QSignalSpy deleted(job, &ApiJob::finished);
        QVERIFY(deleted.wait(10000));
        settings.resume = true;
        settings.maxEvents = -1;
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        QSignalSpy gap(&session, &LiveSession::gapDetected);
        session.start();
        QVERIFY(!runUntilCaughtUp(&session).isError());
        QCOMPARE(gap.size(), 1);
        QVERIFY2(gap.first().first().toString().contains(feedId), qPrintable(gap.first().first().toString()));
        QVERIFY(session.feedId() != feedId);
        QCOMPARE(keysOf(captureLines(settings.capturePath)), expectedKeys(false));
    }

    void maxEventsStoresPartOfABatchWithoutAcknowledgingIt()
    {
        LiveSettings settings = feedSettings(u"limit-test"_s);
        settings.maxEvents = 2; // batch 1 has 3 events
        {
            LiveSession session(m_client.get(), settings);
            QCOMPARE(openError(session), QString());
            QSignalSpy finished(&session, &LiveSession::finished);
            session.start();
            QVERIFY(finished.wait(20000));
            QVERIFY(!finished.first().first().value<ApiError>().isError());
            QCOMPARE(session.capture()->state().ackId, QString()); // batch 1 not wholly stored
            QCOMPARE(captureLines(settings.capturePath).size(), 2);
        }
        settings.resume = true;
        settings.maxEvents = -1;
        QCOMPARE(captureUntilCaughtUp(settings), QString());
        QCOMPARE(keysOf(captureLines(settings.capturePath)), expectedKeys(false));
    }

    void malformedBatchStopsAndAcknowledgesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated JSON")
            << QByteArray("{\"events\":[{\"id\":\"a\",\"ty") << u"not valid JSON"_s;
        QTest::newRow("events not a list")
            << QByteArray(R"({"events":{},"ackId":"ack-1"})") << u"not a list"_s;
        QTest::newRow("event not an object") << QByteArray(R"({"events":[7],"ackId":"ack-1"})") << u"#1"_s;
        QTest::newRow("no ackId") << QByteArray(R"({"events":[]})") << u"ackId"_s;
        QTest::newRow("array at top") << QByteArray(R"([])") << u"not a JSON object"_s;
    }

    void malformedBatchStopsAndAcknowledgesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        LiveSettings settings = feedSettings(u"malformed"_s);
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        Fault fault = onFeedReads(Fault::Kind::Malformed);
        fault.body = body;
        fault.skip = 1; // the second read: batch 1 is stored, batch 2 arrives broken
        m_pod->addFault(fault);
        QSignalSpy finished(&session, &LiveSession::finished);
        session.start();
        QVERIFY(finished.wait(20000));
        const auto e = finished.first().first().value<ApiError>();
        QCOMPARE(e.kind, Kind::BadResponse);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"acknowledged"_s), qPrintable(e.message));
        QCOMPARE(session.capture()->state().ackId, u"ack-1"_s);
        QCOMPARE(captureLines(settings.capturePath).size(), 3);
        // No read after the broken one: ack-2 was never sent.
        const auto reads = requests("POST", u"/agent/v5/datafeeds/"_s + session.feedId() + u"/read"_s);
        QCOMPARE(reads.size(), 2);
    }

    void failingStoreStopsAndAcknowledgesNothing()
    {
        LiveSettings settings = feedSettings(u"sink-fails"_s);
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        int calls = 0;
        session.setSink([&calls](const QList<Event> &, ApiError *e) {
            if (++calls < 2)
                return true;
            *e = ApiError::fromLocal(LocalError(u"disk full"_s, LocalError::Category::File));
            return false;
        });
        QSignalSpy finished(&session, &LiveSession::finished);
        session.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<ApiError>().kind, Kind::Local);
        QCOMPARE(finished.first().first().value<ApiError>().local.category(), LocalError::Category::File);
        QCOMPARE(session.capture()->state().ackId, u"ack-1"_s);
        const auto reads = requests("POST", u"/agent/v5/datafeeds/"_s + session.feedId() + u"/read"_s);
        QCOMPARE(reads.size(), 2); // ack-2 never sent
        // The second batch's lines were synced before the sink failed: a resume keeps them, once.
        settings.resume = true;
        QCOMPARE(captureUntilCaughtUp(settings), QString());
        QCOMPARE(keysOf(captureLines(settings.capturePath)), expectedKeys(false));
    }

    void networkFaultsBackOffAndResume()
    {
        DatafeedReader reader(m_client.get(), u"network"_s);
        reader.start();
        nextBatch(&reader);
        Fault fault = onFeedReads(Fault::Kind::Drop);
        fault.count = 3;
        m_pod->addFault(fault);
        QSignalSpy retrying(&reader, &EventReader::retrying);
        reader.confirmStored();
        const EventBatch b = nextBatch(&reader);
        QCOMPARE(b.previousAckId, u"ack-1"_s);
        QCOMPARE(b.ackId, u"ack-2"_s);
        QCOMPARE(retrying.size(), 3);
        QCOMPARE(m_time.delays, (QList<int> {500, 1000, 2000}));
        QCOMPARE(reader.state(), EventReader::State::Storing);
    }

    void retryAfterZeroNeverBeatsTheBackoff_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<QList<int>>("delays");
        // "0" and past dates used to mean no wait at all: the feed, which retries forever, flooded the pod.
        QTest::newRow("0") << u"0"_s << QList<int> {500, 1000, 2000, 4000};
        QTest::newRow("past date") << u"Wed, 21 Oct 2015 07:28:00 GMT"_s
                                   << QList<int> {500, 1000, 2000, 4000};
        QTest::newRow("longer than the floor") << u"3"_s << QList<int> {3000, 3000, 3000, 4000};
        QTest::newRow("beyond the cap") << u"86400"_s << QList<int> {120000, 120000, 120000, 120000};
    }

    void retryAfterZeroNeverBeatsTheBackoff()
    {
        QFETCH(QString, retryAfter);
        QFETCH(QList<int>, delays);
        DatafeedReader reader(m_client.get(), u"floor"_s);
        reader.start();
        nextBatch(&reader);
        Fault fault = onFeedReads(Fault::Kind::Throttle);
        fault.retryAfterHttpDate = retryAfter; // sent verbatim
        fault.count = 4;
        m_pod->addFault(fault);
        QSignalSpy retrying(&reader, &EventReader::retrying);
        reader.confirmStored();
        const EventBatch b = nextBatch(&reader);
        QCOMPARE(b.previousAckId, u"ack-1"_s);
        QCOMPARE(retrying.size(), 4);
        QCOMPARE(m_time.delays, delays);
        const ApiError reason = retrying.last().at(2).value<ApiError>();
        QCOMPARE(reason.kind, ApiError::Kind::RateLimited);
        QCOMPARE(reason.message.contains(u"longer than the 120 s"_s), delays.first() == 120000);
    }

    void tooManyFeedsStopsWithAnExplanation()
    {
        Fault fault;
        fault.method = "POST";
        fault.pathPattern = u"/agent/v5/datafeeds"_s;
        fault.status = 403;
        fault.body = R"({"code":403,"message":"Too many feeds"})";
        m_pod->addFault(fault);
        DatafeedReader reader(m_client.get(), u"forbidden"_s);
        QSignalSpy stopped(&reader, &EventReader::stopped);
        reader.start();
        QVERIFY(stopped.wait(10000));
        const auto e = stopped.first().first().value<ApiError>();
        QCOMPARE(e.kind, Kind::Forbidden);
        QVERIFY2(e.message.contains(u"feeds --delete"_s), qPrintable(e.message));
    }

    void datahoseSendsTheFilterAndReadsOnlyThoseTypes()
    {
        const Result<QStringList> parsed = DatahoseReader::parseTypes({u"roomcreated,MESSAGESENT"_s});
        QVERIFY(parsed.ok());
        const QStringList types = parsed.value();
        QCOMPARE(types, (QStringList {u"ROOMCREATED"_s, u"MESSAGESENT"_s}));
        DatahoseReader reader(m_client.get(), u"hose-test"_s, types);
        reader.start();
        const EventBatch b = nextBatch(&reader);
        QVERIFY(!b.events.isEmpty());
        for (const Event &e : b.events)
            QVERIFY2(types.contains(e.type), qPrintable(e.type));
        // The datahose sees the room the bot is not a member of.
        bool compliance = false;
        for (const Event &e : b.events)
            compliance |= e.stream.key() == QLatin1StringView(DemoPod::Demo::ComplianceStreamId);
        QVERIFY(compliance);
        const auto reads = requests("POST", u"/agent/v5/events/read"_s);
        QCOMPARE(reads.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(reads.first().body).object();
        QCOMPARE(body.value(u"type"_s).toString(), u"datahose"_s);
        QCOMPARE(body.value(u"tag"_s).toString(), u"hose-test"_s);
        QCOMPARE(body.value(u"eventTypes"_s).toArray(), QJsonArray::fromStringList(types));
        QCOMPARE(body.value(u"ackId"_s).toString(), QString());
        QCOMPARE(body.value(u"updatePresence"_s).toBool(true), false);
        QVERIFY(!body.contains(u"scopes"_s));
        reader.confirmStored();
        nextBatch(&reader);
        const auto again = requests("POST", u"/agent/v5/events/read"_s);
        QCOMPARE(QJsonDocument::fromJson(again.at(1).body).object().value(u"ackId"_s).toString(), u"ack-1"_s);
    }

    void datahoseAllSendsEveryRealTimeType()
    {
        const Result<QStringList> parsed = DatahoseReader::parseTypes({u"all"_s});
        QVERIFY(parsed.ok());
        const QStringList types = parsed.value();
        QCOMPARE(types, Event::realTimeTypes());
        QCOMPARE(types.size(), 17);
        LiveSettings settings = feedSettings(u"hose-all"_s);
        settings.source = LiveSettings::Source::Datahose;
        settings.eventTypes = {u"all"_s};
        LiveSession session(m_client.get(), settings);
        QCOMPARE(openError(session), QString());
        session.start();
        QVERIFY(!runUntilCaughtUp(&session).isError());
        QCOMPARE(keysOf(captureLines(settings.capturePath)), expectedKeys(true));
        QCOMPARE(session.capture()->state().eventTypes, Event::realTimeTypes());
        QCOMPARE(session.capture()->state().source, u"datahose"_s);
    }

    void datahoseValidation_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty tag") << QString() << QStringList {u"MESSAGESENT"_s} << u"1 to 80"_s;
        QTest::newRow("81 characters") << QString(81, u't') << QStringList {u"MESSAGESENT"_s} << u"has 81"_s;
        QTest::newRow("no types") << u"t"_s << QStringList {} << u"at least one"_s;
        QTest::newRow("only commas") << u"t"_s << QStringList {u" , ,"_s} << u"at least one"_s;
        QTest::newRow("unknown type")
            << u"t"_s << QStringList {u"MESSAGEREAD"_s} << u"\"MESSAGEREAD\" is not"_s;
    }

    void datahoseValidation()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, types);
        QFETCH(QString, expected);
        DatahoseReader reader(m_client.get(), tag, types);
        QSignalSpy stopped(&reader, &EventReader::stopped);
        reader.start();
        QCOMPARE(stopped.size(), 0); // never from inside start()
        QVERIFY(stopped.wait(5000));
        const auto e = stopped.first().first().value<ApiError>();
        QCOMPARE(e.kind, Kind::Local);
        QCOMPARE(e.local.category(), LocalError::Category::Config);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY(m_pod->requestLog().isEmpty());
    }

    void datahoseTagOf80CharactersIsAccepted()
    {
        DatahoseReader reader(m_client.get(), QString(80, u't'), {u"ROOMCREATED"_s});
        reader.start();
        QVERIFY(!nextBatch(&reader).events.isEmpty());
        QCOMPARE(DatahoseReader::defaultTag(QString(100, u'b')).size(), 80);
    }

    void datahose400StopsWithAClearError()
    {
        Fault fault;
        fault.method = "POST";
        fault.pathPattern = u"/agent/v5/events/read"_s;
        fault.status = 400;
        fault.body = R"({"code":400,"message":"Invalid eventTypes"})";
        m_pod->addFault(fault);
        DatahoseReader reader(m_client.get(), u"hose"_s, {u"MESSAGESENT"_s});
        QSignalSpy stopped(&reader, &EventReader::stopped);
        QSignalSpy retrying(&reader, &EventReader::retrying);
        reader.start();
        QVERIFY(stopped.wait(10000));
        const auto e = stopped.first().first().value<ApiError>();
        QCOMPARE(e.kind, Kind::BadRequest);
        QVERIFY2(e.message.contains(u"Invalid eventTypes"_s) && e.message.contains(u"tag"_s),
            qPrintable(e.message));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(requests("POST", u"/agent/v5/events/read"_s).size(), 1);
    }

    void ceserviceDownIsExplained()
    {
        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, u"ceservice credentials not configured"_s));
        DatahoseReader reader(m_client.get(), u"hose"_s, {u"MESSAGESENT"_s, u"ROOMCREATED"_s});
        QSignalSpy warning(&reader, &EventReader::warning);
        QSignalSpy retrying(&reader, &EventReader::retrying);
        reader.start();
        QVERIFY(warning.wait(10000));
        const QString text = warning.first().first().toString();
        QVERIFY2(text.contains(u"ceservice"_s) && text.contains(u"credentials not configured"_s)
                && text.contains(u"MESSAGESENT"_s),
            qPrintable(text));
        // The same sentence as the diagnostics board and the CLI's health notes.
        HealthComponent down;
        down.name = u"ceservice"_s;
        down.status = u"DOWN"_s;
        QVERIFY2(text.contains(down.meaning()), qPrintable(text));
        QVERIFY(retrying.size() >= 1);
        QCOMPARE(reader.lastError().kind, Kind::Server);
        QVERIFY(reader.lastError().message.size() > 0);
        // UP again: the reader resumes by itself and reads.
        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, QString()));
        const EventBatch b = nextBatch(&reader);
        QVERIFY(!b.events.isEmpty());
        QCOMPARE(warning.size(), 1); // once per outage
    }

    void ceserviceDownDoesNotStopNonMessageTypes()
    {
        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, u"down"_s));
        DatahoseReader reader(m_client.get(), u"hose"_s, {u"ROOMCREATED"_s});
        reader.start();
        QVERIFY(!nextBatch(&reader).events.isEmpty());
    }

    void stopAbandonsTheReadInFlight()
    {
        DemoPod::Config config = LiveTest::podConfig(0);
        config.longPollMs = 5000;
        startPod(config);
        DatafeedReader reader(m_client.get(), u"stop"_s);
        QSignalSpy stopped(&reader, &EventReader::stopped);
        reader.start();
        for (int i = 0; i < 3; ++i) {
            nextBatch(&reader);
            reader.confirmStored();
        }
        // The fourth read is a long poll on the wire.
        QCOMPARE(reader.state(), EventReader::State::Reading);
        QCOMPARE(jobsInFlight(), 1);
        reader.stop();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!stopped.first().first().value<ApiError>().isError());
        QCOMPARE(reader.ackId(), u"ack-3"_s);
    }

    void exportReadsTheCaptureUpToItsSnapshot()
    {
        // A session goes on appending while an export reads (Live::CaptureExport): only the lines
        // within the size taken when the export was asked count, and a line cut by it does not.
        const QString capture = capturePath(u"snapshot.jsonl"_s);
        const QList<QByteArray> lines {R"({"type":"A","id":"1"})"
                                       "\n",
            R"({"type":"B","id":"2"})"
            "\n",
            R"({"type":"C","id":"3"})"
            "\n"};
        QFile f(capture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (const QByteArray &line : lines)
            f.write(line);
        f.close();
        const qint64 two = lines.at(0).size() + lines.at(1).size();
        const QString out = m_dir->filePath(u"snapshot-out.jsonl"_s);
        qint64 count = 0;
        QVERIFY(
            !CaptureWriter::exportCapture(capture, out, Export::Format::JsonLines, &count, two).isError());
        QCOMPARE(count, 2);
        QVERIFY(!CaptureWriter::exportCapture(capture, out, Export::Format::JsonLines, &count, two + 5)
                     .isError());
        QCOMPARE(count, 2);
        QVERIFY(!CaptureWriter::exportCapture(capture, out, Export::Format::JsonLines, &count).isError());
        QCOMPARE(count, 3);
    }

    void exportsTheCaptureAsJsonAndCsv()
    {
        const LiveSettings settings = feedSettings(u"export"_s);
        QCOMPARE(captureUntilCaughtUp(settings), QString());
        qint64 count = 0;
        const QString json = m_dir->filePath(u"out.json"_s);
        QVERIFY(!CaptureWriter::exportCapture(settings.capturePath, json, Export::Format::Json, &count)
                     .isError());
        QCOMPARE(count, qint64(expectedKeys(false).size()));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(jf.readAll()).array();
        QCOMPARE(array.size(), count);
        QCOMPARE(array.first().toObject().value(u"type"_s).toString(), u"MESSAGESENT"_s);
        // 64-bit ids stay exact and the server's object stays whole at top level.
        QCOMPARE(array.first()
                     .toObject()
                     .value(u"initiator"_s)
                     .toObject()
                     .value(u"user"_s)
                     .toObject()
                     .value(u"userId"_s)
                     .toInteger(),
            DemoPod::Demo::AliceId);
        const QString csv = m_dir->filePath(u"out.csv"_s);
        QVERIFY(
            !CaptureWriter::exportCapture(settings.capturePath, csv, Export::Format::Csv, &count).isError());
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = cf.readAll().split('\n');
        QCOMPARE(rows.first().trimmed(), CaptureWriter::csvColumns().join(u',').toUtf8());
        QCOMPARE(rows.size() - 2, count); // header + final empty piece
        QVERIFY(rows.at(1).contains("MESSAGESENT"));
        QVERIFY(rows.at(1).contains("8933531976681"));
    }

    void generatorIsDeterministicPerSeed()
    {
        DemoPod::Config config = LiveTest::podConfig(20);
        const QList<QJsonObject> a = DemoPod::Server(config).feedEvents(false);
        const QList<QJsonObject> b = DemoPod::Server(config).feedEvents(false);
        QCOMPARE(a, b);
        QVERIFY(a.size() > 20);
        config.eventSeed = 8;
        QVERIFY(DemoPod::Server(config).feedEvents(false) != a);
        // Messages sent, rooms updated, users joining and leaving, …: many kinds, all real-time types.
        QSet<QString> types;
        for (const QJsonObject &e : a)
            types.insert(e.value(u"type"_s).toString());
        QVERIFY2(types.size() >= 10, qPrintable(QStringList(types.cbegin(), types.cend()).join(u',')));
        config.eventBatches = 0;
        QCOMPARE(DemoPod::Server(config).feedEvents(false).size(), 11); // the §15.7 script only
    }

    void captureRefusesToOverwriteAndResumeNeedsState()
    {
        const QString path = capturePath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}\n");
        }
        CaptureWriter w(path);
        ApiError error;
        QVERIFY(!w.open(false, &error));
        QVERIFY2(error.message.contains(u"--resume"_s), qPrintable(error.message));
        CaptureWriter r(path);
        QVERIFY(!r.open(true, &error));
        QVERIFY2(error.message.contains(u"Nothing to resume"_s), qPrintable(error.message));
        QFile state(CaptureWriter::statePath(path));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(R"({"version":1,"source":"datafeed","captureBytes":99})");
        state.close();
        CaptureWriter s(path);
        QVERIFY(!s.open(true, &error));
        QVERIFY2(error.message.contains(u"shorter"_s), qPrintable(error.message));
    }
};

INSPECTOR_TEST_GUILESS_MAIN(LiveReaderTest)
#include "tst_livereader.moc"
