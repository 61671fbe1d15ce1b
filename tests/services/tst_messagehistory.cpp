// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <deque>

#include "api/fetch.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "itemmodels/messagetablemodel.h"
#include "services/messagehistoryfeed.h"
#include "services/podmessagehistory.h"
#include "services/servicecall.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

namespace {

/// A message object as the API sends it.
QJsonObject messageObject(const QString &id, qint64 timestamp, qint64 userId, const QString &text)
{
    return QJsonObject {{u"messageId"_s, id}, {u"timestamp"_s, timestamp},
        {u"message"_s, u"<div data-format=\"PresentationML\" data-version=\"2.0\">%1</div>"_s.arg(text)},
        {u"user"_s,
            QJsonObject {{u"userId"_s, userId}, {u"displayName"_s, u"User %1"_s.arg(userId)},
                {u"email"_s, u"u%1@example.com"_s.arg(userId)}}},
        {u"stream"_s, QJsonObject {{u"streamId"_s, u"s1"_s}, {u"streamType"_s, u"ROOM"_s}}}};
}

Message messageOf(const QString &id, qint64 timestamp, qint64 userId, const QString &text)
{
    Message m;
    m.messageId = id;
    m.timestamp = timestamp;
    m.user.userId = userId;
    m.user.displayName = u"User %1"_s.arg(userId);
    m.message = u"<div data-format=\"PresentationML\" data-version=\"2.0\">%1</div>"_s.arg(text);
    m.stream.streamId = u"s1"_s;
    m.json = QJsonDocument(messageObject(id, timestamp, userId, text)).toJson(QJsonDocument::Compact);
    return m;
}

/**
 * A test-only source: each more() answers with the next canned answer (a batch, the end, or an
 * error), from the event loop, keeping the ServiceCall contract. No pod, no network.
 */
class FakeHistory final : public MessageHistory
{
public:
    struct Answer
    {
        QList<Message> messages; ///< delivered as they are (newest first for a history)
        bool end = false; ///< the cursor is done after this answer
        ApiError error; ///< finish with this instead of delivering
        bool hold = false; ///< never answer (until cancelled or deleted)
    };
    static Answer rows(const QList<Message> &messages, bool end = false)
    {
        Answer a;
        a.messages = messages;
        a.end = end;
        return a;
    }
    std::deque<Answer> answers;
    QList<MessageCursor::Kind> asked;
    int cancelled = 0;
    int destroyed = 0;
    QList<QString> lookedUp;
    Message lookupAnswer;

    ServiceCall *more(MessageCursor *cursor, BatchSink sink) override
    {
        auto *call = new ServiceCall(this);
        asked.append(cursor->kind);
        connect(call, &QObject::destroyed, this, [this] { ++destroyed; });
        if (answers.empty()) {
            call->finishLater(ApiError::badResponse(u"fake"_s, u"no answer left"_s));
            return call;
        }
        Answer a = answers.front();
        answers.pop_front();
        if (a.hold) {
            call->setCancelHandler([this] { ++cancelled; });
            return call;
        }
        call->deliverLater([call, cursor, a, sink] {
            cursor->started = true;
            if (a.error.isError()) {
                call->finish(a.error);
                return;
            }
            cursor->done = a.end;
            if (!a.messages.isEmpty())
                sink(MessageBatch::of(a.messages));
            call->finish({});
        });
        return call;
    }

    ServiceCall *message(const QString &messageId, MessageSink sink) override
    {
        auto *call = new ServiceCall(this);
        lookedUp.append(messageId);
        call->deliverLater([this, call, sink] {
            sink(lookupAnswer);
            call->finish({});
        });
        return call;
    }
};

bool waitIdle(MessageTableModel &model)
{
    QSignalSpy spy(&model, &MessageTableModel::loadingChanged);
    while (model.isLoading())
        if (!spy.wait(30000))
            return false;
    return true;
}

bool loadAll(MessageTableModel &model)
{
    for (int guard = 0; guard < 10000; ++guard) {
        if (!waitIdle(model))
            return false;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
    return false;
}

QStringList ids(const MessageTableModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out.append(model.messageId(i));
    return out;
}

/// What one more() call of a pod history delivered: its batches and its end.
struct MoreResult
{
    QList<MessageBatch> batches;
    ApiError error;
    bool finished = false;
    int rows() const
    {
        int n = 0;
        for (const MessageBatch &b : batches)
            n += int(b.rows.size());
        return n;
    }
};

MoreResult runMore(MessageHistory &history, MessageCursor *cursor)
{
    MoreResult result;
    ServiceCall *call
        = history.more(cursor, [&result](MessageBatch batch) { result.batches.append(std::move(batch)); });
    QSignalSpy spy(call, &ServiceCall::finished);
    if (!spy.wait(30000))
        return result;
    result.finished = true;
    result.error = spy.constFirst().constFirst().value<ApiError>();
    return result;
}

} // namespace

/**
 * MessageHistory: the passive MessageTableModel fed by MessageHistoryFeed from a fake source (no
 * pod), and PodMessageHistory against the demo pod (order, exactly once, search, lookup, errors,
 * cancellation).
 */
class MessageHistoryTest final : public QObject
{
    Q_OBJECT

private:
    FakeTimeSource m_time;
    TestSupport::SuitePod m_shared;

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 150; // the shared-millisecond run is then at 143..149
        m_shared.start(config, {&m_time});
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_shared.reset();
    }

    // --- The passive model and its feed, with a fake source ---

    void feedAppendsBatchesAsTheViewAsks()
    {
        FakeHistory fake;
        fake.answers.push_back(FakeHistory::rows(
            {messageOf(u"m9"_s, 900, 1, u"nine"_s), messageOf(u"m8"_s, 800, 2, u"eight"_s)}));
        fake.answers.push_back(FakeHistory::rows({messageOf(u"m7"_s, 700, 1, u"seven"_s)}));
        fake.answers.push_back(FakeHistory::rows({messageOf(u"m6"_s, 600, 3, u"six"_s)}, true));
        MessageTableModel model;
        MessageHistoryFeed feed(&model);
        feed.setHistory(&fake);
        QSignalSpy pages(&model, &MessageTableModel::pageLoaded);
        QSignalSpy beginning(&model, &MessageTableModel::atBeginning);
        feed.showStream(u"s1"_s);
        QCOMPARE(model.mode(), MessageTableModel::Mode::Stream);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one call at a time
        QVERIFY(waitIdle(model));
        // One batch, then nothing until the view asks.
        QCOMPARE(ids(model), (QStringList {u"m9"_s, u"m8"_s}));
        QCOMPARE(fake.asked.size(), 1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({}); // as the view does when it scrolls to the end
        QVERIFY(waitIdle(model));
        QCOMPARE(ids(model), (QStringList {u"m9"_s, u"m8"_s, u"m7"_s}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        QCOMPARE(ids(model), (QStringList {u"m9"_s, u"m8"_s, u"m7"_s, u"m6"_s}));
        QCOMPARE(fake.asked.size(), 3);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(beginning.size(), 1);
        QVERIFY(model.isAtBeginning());
        QVERIFY(!model.canFetchMore({}));
        // What the table shows comes from the rows.
        QCOMPARE(model.data(model.index(1, MessageTableModel::SenderColumn)).toString(), u"User 2"_s);
        QCOMPARE(model.data(model.index(1, MessageTableModel::TextColumn)).toString(), u"eight"_s);
        QCOMPARE(model.data(model.index(1, 0), ModelRole::Timestamp).toLongLong(), 800);
        QCOMPARE(model.rowOfMessage(u"m7"_s), 2);
    }

    void rowsAreCompactAndTheDetailsParsedFromTheirBytes()
    {
        FakeHistory fake;
        QStringList words;
        for (int i = 0; i < 80; ++i)
            words.append(u"word%1"_s.arg(i));
        const QString longText = words.join(u' ');
        Message multi = messageOf(u"m2"_s, 200, 1, u"first<br/>second"_s);
        fake.answers.push_back(FakeHistory::rows({messageOf(u"m3"_s, 300, 1, longText), multi}, true));
        MessageTableModel model;
        MessageHistoryFeed feed(&model);
        feed.setHistory(&fake);
        feed.showStream(u"s1"_s);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 2);
        // A long text: one line of at most LineChars and an ellipsis; the whole text on demand.
        const QString shown = model.data(model.index(0, MessageTableModel::TextColumn)).toString();
        QCOMPARE(shown.size(), MessageRow::LineChars + 1);
        QVERIFY(shown.endsWith(u'\u2026'));
        QCOMPARE(model.plainText(0), longText);
        QCOMPARE(model.data(model.index(0, 0), ModelRole::PlainText).toString(), longText);
        // Lines joined for the table, kept for the text.
        QVERIFY(!model.data(model.index(1, MessageTableModel::TextColumn)).toString().contains(u'\n'));
        QVERIFY(model.plainText(1).contains(u'\n'));
        QCOMPARE(model.data(model.index(1, 0), ModelRole::Flags).toInt(), 0); // TextCut is internal
        // The details: the full message, from the row's bytes.
        const Message m = model.message(1);
        QCOMPARE(m.messageId, u"m2"_s);
        QCOMPARE(m.timestamp, 200);
        QCOMPARE(m.message, multi.message);
        QCOMPARE(m.json, multi.json);
        QCOMPARE(m.user.displayName, u"User 1"_s);
    }

    void failureKeepsRowsAndRetryAsksAgain()
    {
        FakeHistory fake;
        fake.answers.push_back(FakeHistory::rows({messageOf(u"m9"_s, 900, 1, u"nine"_s)}));
        FakeHistory::Answer failed;
        failed.error = ApiError::badResponse(u"reading"_s, u"broken"_s);
        fake.answers.push_back(failed);
        fake.answers.push_back(FakeHistory::rows({messageOf(u"m8"_s, 800, 1, u"eight"_s)}, true));
        MessageTableModel model;
        MessageHistoryFeed feed(&model);
        feed.setHistory(&fake);
        QSignalSpy errors(&model, &MessageTableModel::errorOccurred);
        feed.showStream(u"s1"_s);
        QVERIFY(waitIdle(model));
        model.fetchMore({});
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(model.hasFailed());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 1);
        feed.retry();
        QVERIFY(waitIdle(model));
        QCOMPARE(ids(model), (QStringList {u"m9"_s, u"m8"_s}));
        QVERIFY(model.isAtBeginning());
        QCOMPARE(errors.size(), 1);
    }

    void switchingCancelsTheCallInFlightSilently()
    {
        FakeHistory fake;
        FakeHistory::Answer hold;
        hold.hold = true;
        fake.answers.push_back(hold);
        fake.answers.push_back(FakeHistory::rows({messageOf(u"x1"_s, 100, 1, u"x"_s)}, true));
        MessageTableModel model;
        MessageHistoryFeed feed(&model);
        feed.setHistory(&fake);
        QSignalSpy errors(&model, &MessageTableModel::errorOccurred);
        feed.showStream(u"s1"_s);
        QVERIFY(model.isLoading());
        feed.showSearch(u"hashtag:x"_s);
        QCOMPARE(fake.cancelled, 1); // deleted: the source's work stopped
        QCOMPARE(model.mode(), MessageTableModel::Mode::Search);
        QVERIFY(waitIdle(model));
        QCOMPARE(ids(model), QStringList {u"x1"_s});
        QCOMPARE(errors.size(), 0);
        QCOMPARE(fake.asked,
            (QList<MessageCursor::Kind> {MessageCursor::Kind::History, MessageCursor::Kind::Search}));
        feed.setHistory(nullptr);
        QCOMPARE(model.mode(), MessageTableModel::Mode::None);
        QCOMPARE(model.rowCount(), 0);
    }

    void repeatedIdsAreFlagged()
    {
        FakeHistory fake;
        fake.answers.push_back(FakeHistory::rows({messageOf(u"a_b"_s, 300, 1, u"one"_s)}));
        fake.answers.push_back(
            FakeHistory::rows({messageOf(u"a/b"_s, 200, 1, u"two"_s)}, true)); // the same id, standard Base64
        MessageTableModel model;
        MessageHistoryFeed feed(&model);
        feed.setHistory(&fake);
        feed.showStream(u"s1"_s);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!(model.data(model.index(0, 0), ModelRole::Flags).toInt() & MessageTableModel::Duplicate));
        QVERIFY(model.data(model.index(1, 0), ModelRole::Flags).toInt() & MessageTableModel::Duplicate);
    }

    // --- PodMessageHistory against the demo pod ---

    void podHistoryIsNewestFirstAndExactlyOnce_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<qint64>("window");
        QTest::newRow("rates desk, pages of 5 (shared millisecond)")
            << QString::fromLatin1(Demo::RatesDeskStreamId) << 5 << qint64(3600000);
        QTest::newRow("rates desk, wide first window")
            << QString::fromLatin1(Demo::RatesDeskStreamId) << 50 << qint64(400) * 24 * 3600000;
        QTest::newRow("IM, pages of 7") << QString::fromLatin1(Demo::ImStreamId) << 7 << qint64(60000);
    }

    void podHistoryIsNewestFirstAndExactlyOnce()
    {
        QFETCH(QString, stream);
        QFETCH(int, pageSize);
        QFETCH(qint64, window);
        const QList<Message> all = TestSupport::collectAll<Message>([&](Fetch::Sink<Message> sink) {
            return Fetch::messages(m_shared.client(), stream, 0, std::nullopt, -1, sink, this);
        });
        QVERIFY(all.size() > 3);
        PodMessageHistory history(m_shared.client());
        MessageCursor cursor = MessageCursor::history(stream, pageSize, window);
        QList<QPair<qint64, QString>> got;
        int calls = 0;
        while (!cursor.done && calls < 1000) {
            ++calls;
            const MoreResult r = runMore(history, &cursor);
            QVERIFY(r.finished);
            QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
            QVERIFY(r.batches.size() <= 1); // at most one batch per call
            QVERIFY(r.rows() > 0 || cursor.done);
            for (const MessageBatch &b : r.batches) {
                QCOMPARE(b.keys.size(), b.rows.size());
                for (const MessageRow &row : b.rows)
                    got.append({row.timestamp, Ids::normalized(row.id())});
            }
        }
        QVERIFY(cursor.done);
        QCOMPARE(got.size(), all.size());
        for (int i = 1; i < got.size(); ++i)
            QVERIFY(got.at(i - 1).first >= got.at(i).first);
        QSet<QString> keys;
        for (const auto &g : std::as_const(got))
            keys.insert(g.second);
        QCOMPARE(keys.size(), got.size());
        QCOMPARE(got.constFirst().first, all.constLast().timestamp);
        // A finished cursor asks nothing more.
        m_shared.pod().clearRequestLog();
        const MoreResult end = runMore(history, &cursor);
        QVERIFY(end.finished && !end.error.isError() && end.batches.isEmpty());
        QVERIFY(m_shared.pod().requestLog().isEmpty());
    }

    void podSearchPagesInServerOrder()
    {
        const QString query = u"streamId:%1"_s.arg(QString::fromLatin1(Demo::ImStreamId));
        const QList<Message> all = TestSupport::collectAll<Message>([&](Fetch::Sink<Message> sink) {
            return Fetch::messageSearch(m_shared.client(), query, {}, -1, sink, this);
        });
        QVERIFY(!all.isEmpty());
        PodMessageHistory history(m_shared.client());
        MessageCursor cursor = MessageCursor::search(query, 9);
        QStringList got;
        while (!cursor.done && got.size() <= all.size()) {
            const MoreResult r = runMore(history, &cursor);
            QVERIFY(r.finished && !r.error.isError());
            for (const MessageBatch &b : r.batches)
                for (const MessageRow &row : b.rows)
                    got.append(Ids::normalized(row.id()));
        }
        QStringList expected;
        for (const Message &m : all)
            expected.append(m.key());
        QCOMPARE(got, expected);
    }

    void podLookupByEitherIdForm()
    {
        PodMessageHistory history(m_shared.client());
        for (const QString &id : {QString::fromLatin1(Demo::M8Id), QString::fromLatin1(Demo::M8StandardId)}) {
            Message found;
            int delivered = 0;
            ServiceCall *call = history.message(id, [&](const Message &m) {
                found = m;
                ++delivered;
            });
            QCOMPARE(delivered, 0); // never from inside the call
            QSignalSpy spy(call, &ServiceCall::finished);
            QVERIFY(spy.wait(20000));
            QVERIFY(!spy.constFirst().constFirst().value<ApiError>().isError());
            QCOMPARE(delivered, 1);
            QCOMPARE(found.key(), QString::fromLatin1(Demo::M8Id));
            QVERIFY(!found.stream.streamId.isEmpty());
        }
        // An unknown id: an error, nothing delivered.
        int delivered = 0;
        ServiceCall *call = history.message(
            u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s, [&](const Message &) { ++delivered; });
        QSignalSpy spy(call, &ServiceCall::finished);
        QVERIFY(spy.wait(20000));
        QVERIFY(spy.constFirst().constFirst().value<ApiError>().isError());
        QCOMPARE(delivered, 0);
    }

    void podErrorsFinishTheCallAndMoreAsksAgain()
    {
        PodMessageHistory history(m_shared.client());
        MessageCursor cursor = MessageCursor::history(QString::fromLatin1(Demo::ImStreamId), 8, 10 * 60000);
        const MoreResult first = runMore(history, &cursor);
        QVERIFY(first.finished && !first.error.isError() && first.rows() > 0);
        Fault f;
        f.pathPattern = u"/agent/v4/stream/.*/message"_s;
        f.kind = Fault::Kind::Malformed;
        f.status = 200;
        f.count = 1;
        m_shared.pod().addFault(f);
        const MessageCursor before = cursor;
        const MoreResult failed = runMore(history, &cursor);
        QVERIFY(failed.finished);
        QCOMPARE(failed.error.kind, ApiError::Kind::BadResponse);
        QVERIFY(failed.batches.isEmpty());
        QCOMPARE(cursor.windows.until, before.windows.until); // nothing skipped
        const MoreResult again = runMore(history, &cursor);
        QVERIFY(again.finished && !again.error.isError() && again.rows() > 0);
        QVERIFY(again.batches.constFirst().rows.front().timestamp
            <= first.batches.constLast().rows.back().timestamp);
    }

    void podCancelIsSynchronousAndDeletionSilent()
    {
        PodMessageHistory history(m_shared.client());
        MessageCursor cursor = MessageCursor::history(QString::fromLatin1(Demo::RatesDeskStreamId), 50);
        int batches = 0;
        ServiceCall *call = history.more(&cursor, [&](MessageBatch) { ++batches; });
        QSignalSpy finished(call, &ServiceCall::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.constFirst().constFirst().value<ApiError>().isCancelled());
        QTest::qWait(200);
        QCOMPARE(batches, 0);

        // The pod holds the first answer back, so the call is surely still running when it is
        // deleted (it used to race the whole walk and could be gone already).
        Fault slow;
        slow.pathPattern = u"/pod/v2/streams/.*/info"_s;
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 500;
        m_shared.pod().addFault(slow);
        const int asked = TestSupport::countRequests(m_shared.pod(), slow.pathPattern);
        MessageCursor other = MessageCursor::history(QString::fromLatin1(Demo::RatesDeskStreamId), 50);
        QPointer<ServiceCall> deleted = history.more(&other, [&](MessageBatch) { ++batches; });
        QSignalSpy silent(deleted.data(), &ServiceCall::finished);
        QTRY_COMPARE(TestSupport::countRequests(m_shared.pod(), slow.pathPattern), asked + 1);
        QVERIFY(deleted);
        delete deleted.data();
        QTest::qWait(800); // past the held-back answer
        QCOMPARE(silent.size(), 0);
        QCOMPARE(batches, 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(MessageHistoryTest)
#include "tst_messagehistory.moc"
