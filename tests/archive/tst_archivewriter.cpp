// SPDX-License-Identifier: Apache-2.0
// What the archive keeps, written page by page as a sync writes it, without a pod: one row per
// message whatever form its id takes, a revision for each real change of content, missing marks
// instead of deletions, membership intervals, and cursors that leave no gap.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "archive/reader.h"
#include "archive/store.h"
#include "archive/sync.h"
#include "archive/writer.h"
#include "common/postgresfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;

namespace {

const QString StreamIdText = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
// Two ids of 16 bytes with characters that differ between the two Base64 alphabets.
const QString IdA = u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s;
const QString IdB = u"ab-_ab-_ab-_ab-_ab-_ab-_ab-_ab-_AA"_s;
const QString IdC = u"Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4eA"_s;

QJsonObject message(const QString &id, qint64 ts, const QString &text, qint64 userId = 8933531976681)
{
    return QJsonObject {{u"messageId"_s, id}, {u"timestamp"_s, ts},
        {u"message"_s,
            u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>%1</p></div>"_s.arg(text)},
        {u"user"_s, QJsonObject {{u"userId"_s, userId}, {u"displayName"_s, u"Alice Adams"_s}}},
        {u"stream"_s, QJsonObject {{u"streamId"_s, StreamIdText}, {u"streamType"_s, u"ROOM"_s}}}};
}

QList<Message> page(const QByteArray &json)
{
    Parse::Result<QList<Message>> parsed = Parse::messages(json);
    return parsed.value;
}

QList<Message> page(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &o : objects)
        array.append(o);
    return page(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString standardForm(const QString &urlSafe)
{
    return Ids::toStandard(urlSafe);
}

} // namespace

class TestArchiveWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Writer> m_writer;
    QString m_key;

    qint64 run()
    {
        Result<qint64> r = m_writer->startRun(u"sync"_s, u"pod.example"_s, u"test"_s, u"{}"_s);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message()));
        return r.value();
    }
    PageCounts store(qint64 run, const QList<Message> &messages, qint64 passFrom = 0)
    {
        Result<PageCounts> c = m_writer->storePage(run, m_key, passFrom, messages);
        if (!c.ok())
            qFatal("%s", qPrintable(c.error().message()));
        return c.value();
    }
    qint64 count(const QString &sql) { return m_store->scalar(sql).value().toLongLong(); }
    QList<StoredMessage> stored(bool revisions = true)
    {
        QList<StoredMessage> out;
        Reader reader(*m_store);
        const Result<> r = reader.messages(
            m_key, std::nullopt, std::nullopt, revisions, [&](const StoredMessage &m) { out.append(m); });
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message()));
        return out;
    }

private Q_SLOTS:
    // Every test runs on both backends, each time in a new archive (a file, or a new database).
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<TestSupport::PostgresServer>();
        const QString error = m_postgres->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_postgres.reset(); }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        QString error;
        const QString where = m_postgres->newArchive(m_dir, postgres, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        Result<std::unique_ptr<Store>> s = Store::open(Location::parse(where).value(), Store::Mode::Write);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
        m_store = std::move(s).value();
        m_writer = std::make_unique<Writer>(*m_store);
        m_key = Ids::normalized(StreamIdText);
    }
    void cleanup()
    {
        m_writer.reset();
        m_store.reset();
    }

    void bothIdFormsAreOneMessage()
    {
        const qint64 r = run();
        const PageCounts first = store(r, page({message(IdB, 1000, u"hello"_s)}));
        QCOMPARE(first.added, 1);
        // The same message with its id in standard Base64, as some endpoints send it.
        const PageCounts second = store(r, page({message(standardForm(IdB), 1000, u"hello"_s)}));
        QCOMPARE(second.added, 0);
        QCOMPARE(second.revised, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message_revision"_s), 1);
    }

    void aPageReadAgainStoresNothingTwice()
    {
        const QList<Message> messages = page({message(IdA, 1000, u"a"_s), message(IdB, 2000, u"b"_s),
            message(IdA, 1000, u"a"_s)}); // a duplicate inside the page too
        const qint64 r1 = run();
        QCOMPARE(store(r1, messages).added, 2);
        const qint64 r2 = run();
        const PageCounts again = store(r2, messages);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.revised, 0);
        QCOMPARE(again.seen, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message_revision"_s), 2);
        // Read with their revisions (a query per message while the messages are read): all of them.
        const QList<StoredMessage> all = stored(true);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].revisions.size(), 1);
        // Both runs saw them: first and last run say so.
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM message WHERE first_run = %1 AND last_run = %2"_s.arg(r1).arg(r2)),
            2);
    }

    void changedContentKeepsEveryVersion()
    {
        const qint64 r1 = run();
        store(r1, page({message(IdA, 1000, u"first wording"_s)}));
        const qint64 r2 = run();
        const PageCounts c = store(r2, page({message(IdA, 1000, u"second wording"_s)}));
        QCOMPARE(c.revised, 1);
        QCOMPARE(c.added, 0);
        const QList<StoredMessage> all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].rev, 2);
        QCOMPARE(all[0].line, u"second wording"_s);
        QCOMPARE(all[0].revisions.size(), 2);
        QVERIFY(all[0].revisions[0].json.contains("first wording"));
        QCOMPARE(all[0].revisions[0].lastRun, r1);
        QVERIFY(all[0].revisions[1].json.contains("second wording"));
        QCOMPARE(all[0].revisions[1].firstRun, r2);
        // Both versions are searchable; a hit shows the message as it is now.
        Reader reader(*m_store);
        const Result<QList<StoredMessage>> old = reader.search(u"first"_s, 10);
        QVERIFY(old.ok());
        QCOMPARE(old.value().size(), 1);
        QCOMPARE(old.value()[0].line, u"second wording"_s);
        QCOMPARE(reader.search(u"second wording"_s, 10).value().size(), 1);
        QCOMPARE(reader.search(u"\"wording second\""_s, 10).value().size(), 0);
        QCOMPARE(reader.search(u"Alice"_s, 10).value().size(), 1); // the sender
        QCOMPARE(reader.search(u"seco*"_s, 10).value().size(), 1);
    }

    void keyOrderAndSpacingAreNotAChange()
    {
        const qint64 r = run();
        store(r,
            page(QByteArray("[{\"messageId\":\"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ\",\"timestamp\":5,"
                            "\"message\":\"<p>x</p>\"}]")));
        const PageCounts c = store(r,
            page(QByteArray("[{ \"timestamp\": 5, \"message\": \"<p>x</p>\", \"messageId\": "
                            "\"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ\" }]")));
        QCOMPARE(c.revised, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message_revision"_s), 1);
    }

    void namesThePodRepeatsAreNotAChange()
    {
        // After a room rename or a user's new display name the pod serves every message with the
        // new names: the message itself did not change.
        QJsonObject renamed = message(IdA, 1000, u"same words"_s);
        const qint64 r = run();
        store(r, page({renamed}));
        QJsonObject stream = renamed.value(u"stream"_s).toObject();
        stream.insert(u"roomName"_s, u"Rates Desk (old)"_s);
        renamed.insert(u"stream"_s, stream);
        QJsonObject user = renamed.value(u"user"_s).toObject();
        user.insert(u"displayName"_s, u"Alice B. Adams"_s);
        renamed.insert(u"user"_s, user);
        QCOMPARE(store(run(), page({renamed})).revised, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message_revision"_s), 1);
        // The words do change the message.
        QCOMPARE(store(run(), page({message(IdA, 1000, u"other words"_s)})).revised, 1);
    }

    void serverBytesKeptVerbatim()
    {
        // Odd spacing, escapes and a field this program does not know: all kept as sent.
        const QByteArray object
            = "{\"messageId\":\"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ\", "
              "\"timestamp\":7,\"message\":\"<p>caf\\u00e9 \\ud83d\\ude00</p>\",\"futureField\":{\"n\":1}}";
        const qint64 r = run();
        store(r, page("[" + object + "]"));
        const QList<StoredMessage> all = stored(false);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].json, object);
    }

    void missingIsMarkedNeverDeleted()
    {
        const qint64 r1 = run();
        QVERIFY(m_writer->beginPass(r1, m_key, 0, 10000).ok());
        store(r1, page({message(IdA, 1000, u"a"_s), message(IdB, 2000, u"b"_s), message(IdC, 3000, u"c"_s)}));
        QCOMPARE(m_writer->finishPass(r1, m_key, 0, 10000).value(), 0);

        // The pod no longer returns B inside the next pass's window.
        const qint64 r2 = run();
        QVERIFY(m_writer->beginPass(r2, m_key, 500, 20000).ok());
        store(r2, page({message(IdA, 1000, u"a"_s), message(IdC, 3000, u"c"_s)}), 500);
        QCOMPARE(m_writer->finishPass(r2, m_key, 500, 20000).value(), 1);
        QList<StoredMessage> all = stored(false);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[1].missingRun, r2);
        QCOMPARE(all[0].missingRun, 0);

        // A pass whose window starts after B says nothing about it.
        const qint64 r3 = run();
        QVERIFY(m_writer->beginPass(r3, m_key, 2500, 30000).ok());
        store(r3, page({message(IdC, 3000, u"c"_s)}), 2500);
        QCOMPARE(m_writer->finishPass(r3, m_key, 2500, 30000).value(), 0);
        QCOMPARE(stored(false)[0].missingRun, 0);

        // B comes back: it is no longer missing, and nothing was stored twice.
        const qint64 r4 = run();
        const PageCounts back = store(r4, page({message(IdB, 2000, u"b"_s)}));
        QCOMPARE(back.restored, 1);
        QCOMPARE(stored(false)[1].missingRun, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM message_revision"_s), 3);
    }

    void idsAbove2Pow53StayExact()
    {
        const qint64 big = (1LL << 53) + 1;
        const qint64 r = run();
        store(r,
            page(QByteArray(
                "[{\"messageId\":\"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ\",\"timestamp\":1,\"message\":\"<p>x</"
                "p>\",\"user\":{\"userId\":9007199254740993,\"displayName\":\"Big\"}}]")));
        QCOMPARE(stored(false)[0].senderId, big);
        QCOMPARE(count(u"SELECT user_id FROM person"_s), big);
    }

    void hugeAndBrokenTextIsStored()
    {
        const QString huge = QString(u"word "_s).repeated(200000); // 1 MB
        QByteArray broken
            = "[{\"messageId\":\"ab-_ab-_ab-_ab-_ab-_ab-_ab-_ab-_AA\",\"timestamp\":2,\"message\":\"<p>bad ";
        broken += "\xff\xfe";
        broken += " bytes</p>\"}]";
        const qint64 r = run();
        store(r, page({message(IdA, 1, huge)}));
        store(r, page(broken));
        const QList<StoredMessage> all = stored(false);
        QCOMPARE(all.size(), 2);
        QVERIFY(all[0].json.size() > 1000000);
        QVERIFY(all[0].line.size() <= 301);
        QVERIFY(all[1].line.contains(u"bytes"_s));
        QVERIFY(all[1].json.contains("\xef\xbf\xbd")); // U+FFFD, as the page parser repairs it
    }

    void hugeMessagesOfManyWordsAreStoredAndFound()
    {
        // More distinct words than a PostgreSQL tsvector holds (1 MB): stored all the same, and
        // found by a word near its start, by its sender and by its stream.
        QString words;
        for (int i = 0; words.size() < 1500000; ++i)
            words += u"w%1x "_s.arg(i, 0, 36);
        const qint64 r = run();
        QVERIFY(m_writer->storeStream(r, {m_key, u"ROOM"_s, u"Rates Desk"_s, true, false, "{}"}).ok());
        const PageCounts c = store(r, page({message(IdA, 1, u"opening "_s + words)}));
        QCOMPARE(c.added, 1);
        QVERIFY(stored(false)[0].json.size() > 1500000);
        Reader reader(*m_store);
        QCOMPARE(reader.search(u"opening"_s, 10).value().size(), 1);
        QCOMPARE(reader.search(u"w1x"_s, 10).value().size(), 1);
        QCOMPARE(reader.search(u"alice rates"_s, 10).value().size(), 1);
    }

    void nulCharactersAreStored()
    {
        const qint64 r = run();
        store(r,
            page(QByteArray("[{\"messageId\":\"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ\",\"timestamp\":3,"
                            "\"message\":\"<p>nul\\u0000inside</p>\",\"user\":{\"userId\":7,"
                            "\"displayName\":\"Nul\\u0000Name\"}}]")));
        const QList<StoredMessage> all = stored(false);
        QCOMPARE(all.size(), 1);
        QVERIFY(all[0].json.contains("\\u0000")); // the server's bytes, as sent
        QVERIFY2(
            all[0].line.startsWith(u"nul"_s) && all[0].line.endsWith(u"inside"_s), qPrintable(all[0].line));
        QCOMPARE(count(u"SELECT COUNT(*) FROM person WHERE user_id = 7"_s), 1);
    }

    void aPersonKeepsWhatAnotherAnswerSaid()
    {
        // The member listing names the e-mail address; a message's sender comes without it: nothing
        // known is lost, and what an answer does say (a new name) is kept, the last one seen.
        const qint64 r1 = run();
        QVERIFY(m_writer
                    ->storeMembers(r1, m_key,
                        {{8933531976681, false, 100, u"Alice Adams"_s, u"alice@acme.example"_s, u"alice"_s}})
                    .ok());
        store(r1, page({message(IdA, 1000, u"hello"_s)})); // its user has no e-mail or username
        auto person = [this] {
            QSqlQuery q(m_store->database());
            if (!q.exec(u"SELECT display_name, email, username FROM person WHERE user_id = 8933531976681"_s)
                || !q.next())
                return QStringList();
            return QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        };
        QCOMPARE(person(), (QStringList {u"Alice Adams"_s, u"alice@acme.example"_s, u"alice"_s}));
        const qint64 r2 = run();
        QVERIFY(m_writer
                    ->storeMembers(r2, m_key,
                        {{8933531976681, false, 100, u"Alice Adams-Baker"_s, u"alice@acme.example"_s,
                            u"alice"_s}})
                    .ok());
        QCOMPARE(person(), (QStringList {u"Alice Adams-Baker"_s, u"alice@acme.example"_s, u"alice"_s}));
        store(r2, page({message(IdB, 2000, u"again"_s)}));
        QCOMPARE(person(), (QStringList {u"Alice Adams"_s, u"alice@acme.example"_s, u"alice"_s}));
    }

    void membershipIsKeptAsIntervals()
    {
        const qint64 r1 = run();
        QCOMPARE(m_writer
                     ->storeMembers(
                         r1, m_key, {{1, true, 100, u"One"_s, {}, {}}, {2, false, 100, u"Two"_s, {}, {}}})
                     .value(),
            2);
        const qint64 r2 = run();
        // 1 is no longer an owner, 2 left, 3 joined.
        QCOMPARE(m_writer
                     ->storeMembers(
                         r2, m_key, {{1, false, 100, u"One"_s, {}, {}}, {3, false, 200, u"Three"_s, {}, {}}})
                     .value(),
            3);
        const qint64 r3 = run();
        QCOMPARE(m_writer
                     ->storeMembers(
                         r3, m_key, {{1, false, 100, u"One"_s, {}, {}}, {3, false, 200, u"Three"_s, {}, {}}})
                     .value(),
            0);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(
            u"SELECT user_id, from_run, COALESCE(to_run, 0), owner FROM membership ORDER BY user_id, from_run"_s));
        QList<QList<qint64>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong()});
        const QList<QList<qint64>> expected {{1, r1, r2, 1}, {1, r2, 0, 0}, {2, r1, r2, 0}, {3, r2, 0, 0}};
        QCOMPARE(rows, expected);
        QCOMPARE(count(u"SELECT COUNT(*) FROM person"_s), 3); // a member who left is still known
    }

    void streamChangesAreRevisions()
    {
        const qint64 r1 = run();
        StreamRecord s {m_key, u"ROOM"_s, u"Rates"_s, true, false, "{\"id\":\"x\",\"name\":\"Rates\"}"};
        QCOMPARE(m_writer->storeStream(r1, s).value(), true);
        const qint64 r2 = run();
        QCOMPARE(m_writer->storeStream(r2, s).value(), false);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stream_revision"_s), 1);
        s.name = u"Rates Desk"_s;
        s.raw = "{\"id\":\"x\",\"name\":\"Rates Desk\"}";
        QCOMPARE(m_writer->storeStream(r2, s).value(), false);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stream_revision"_s), 2);
        QCOMPARE(m_store->scalar(u"SELECT name FROM stream"_s).value().toString(), u"Rates Desk"_s);
        QCOMPARE(m_store->scalar(u"SELECT name FROM stream_revision WHERE rev = 1"_s).value().toString(),
            u"Rates"_s);
    }

    void cursorLeavesNoGap()
    {
        const qint64 week = 7LL * 86400000;
        const qint64 floor = 1000;
        QCOMPARE(m_writer->passStart(m_key, floor, week).value(), floor); // never synced
        const qint64 r1 = run();
        store(r1, page({message(IdA, 20 * week, u"a"_s)}), floor);
        // Interrupted there: the next sync starts a look-back before what was stored.
        QCOMPARE(m_writer->passStart(m_key, floor, week).value(), 19 * week);
        // Asked for older messages than the stored block: they were never fetched, start there.
        QCOMPARE(m_writer->passStart(m_key, 0, week).value(), 0);
        // A pass from that earlier floor that dies before reaching the block does not claim it.
        const qint64 r2 = run();
        store(r2, page({message(IdB, 500, u"b"_s)}), 0);
        QCOMPARE(m_writer->passStart(m_key, 0, week).value(), 0);
        // Once it reaches the block, the block starts at the earlier floor.
        store(r2, page({message(IdC, 20 * week + 1, u"c"_s)}), 0);
        QCOMPARE(m_writer->passStart(m_key, 0, week).value(), 20 * week + 1 - week);
        // A finished pass moves the cursor to its end, even in a quiet stream.
        QVERIFY(m_writer->finishPass(r2, m_key, 0, 30 * week).ok());
        QCOMPARE(m_writer->passStart(m_key, 0, week).value(), 29 * week);
    }

    void oneArchiveKeepsOnePod()
    {
        run();
        const Result<qint64> other = m_writer->startRun(u"sync"_s, u"other.example"_s, u"test"_s, u"{}"_s);
        QVERIFY(!other.ok());
        QVERIFY(other.error().message().contains(u"pod.example"_s));
    }

    void aRunThatDiedIsMarkedInterrupted()
    {
        // The run dies after two pages: nothing but the pages' own transactions saved its counts.
        const qint64 r1 = run();
        store(r1, page({message(IdA, 1000, u"one"_s), message(IdB, 2000, u"two"_s)}));
        store(r1, page({message(IdB, 2000, u"two, edited"_s), message(IdC, 3000, u"three"_s)}));
        run();
        QCOMPARE(m_store->scalar(u"SELECT status FROM sync_run WHERE run_id = ?"_s, {r1}).value().toString(),
            u"interrupted"_s);
        QCOMPARE(count(u"SELECT messages_seen FROM sync_run WHERE run_id = %1"_s.arg(r1)), 4);
        QCOMPARE(count(u"SELECT messages_new FROM sync_run WHERE run_id = %1"_s.arg(r1)), 3);
        QCOMPARE(count(u"SELECT revisions FROM sync_run WHERE run_id = %1"_s.arg(r1)), 1);
    }

    void timeLeftAtThePaceOfTheStreamsDone()
    {
        SyncProgress p;
        p.streamsTotal = 10;
        p.elapsedMs = 30000;
        QCOMPARE(p.remainingMs(), std::nullopt); // nothing done yet: no pace to go by
        p.streamsDone = 4;
        QCOMPARE(p.remainingMs(), std::optional<qint64>(45000));
        p.streamsDone = 10;
        QCOMPARE(p.remainingMs(), std::nullopt);
    }

    void receiptsFillInAndAreKeptOnce()
    {
        auto receipt = [](qint64 userId, std::optional<qint64> delivered, std::optional<qint64> read) {
            QJsonObject o {{u"user"_s, QJsonObject {{u"id"_s, userId}, {u"firstName"_s, u"Bob"_s}}}};
            o.insert(u"deliveryReceiptTimestamp"_s, delivered ? QJsonValue(*delivered) : QJsonValue());
            o.insert(u"readReceiptTimestamp"_s, read ? QJsonValue(*read) : QJsonValue());
            Receipt r;
            r.user.id = userId;
            r.deliveryReceiptTimestamp = delivered;
            r.readReceiptTimestamp = read;
            r.raw = o;
            return r;
        };
        const qint64 big = 9007199254740993LL; // above 2^53
        const qint64 r1 = run();
        store(r1, page({message(IdA, 1000, u"one"_s)}));
        Result<int> first = m_writer->storeReceipts(
            r1, m_key, IdA, {receipt(big, 1100, std::nullopt), receipt(0, 1100, 1200)}); // 0: nobody
        INSPECTOR_VERIFY_OK(first);
        QCOMPARE(first.value(), 1);
        // Read since: the row fills in. The same answer again changes nothing.
        const qint64 r2 = run();
        Result<int> read = m_writer->storeReceipts(r2, m_key, IdA, {receipt(big, 1100, 1500)});
        INSPECTOR_VERIFY_OK(read);
        QCOMPARE(read.value(), 1);
        Result<int> again = m_writer->storeReceipts(r2, m_key, IdA, {receipt(big, 1100, 1500)});
        INSPECTOR_VERIFY_OK(again);
        QCOMPARE(again.value(), 0);
        // A later answer without the read time does not forget it.
        const qint64 r3 = run();
        INSPECTOR_VERIFY_OK(m_writer->storeReceipts(r3, m_key, IdA, {receipt(big, 1100, std::nullopt)}));
        QList<StoredReceipt> stored;
        Reader reader(*m_store);
        INSPECTOR_VERIFY_OK(reader.receipts(
            standardForm(StreamIdText), QString(), [&](const StoredReceipt &r) { stored.append(r); }));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).userId, big);
        QCOMPARE(stored.at(0).messageId, IdA);
        QCOMPARE(stored.at(0).deliveredAt, std::optional<qint64>(1100));
        QCOMPARE(stored.at(0).readAt, std::optional<qint64>(1500));
        QCOMPARE(stored.at(0).emailedAt, std::nullopt);
        QCOMPARE(stored.at(0).firstRun, r1);
        QCOMPARE(stored.at(0).lastRun, r3);
        QCOMPARE(count(u"SELECT receipts FROM sync_run WHERE run_id = %1"_s.arg(r1)), 1);
        QCOMPARE(count(u"SELECT receipts FROM sync_run WHERE run_id = %1"_s.arg(r2)), 1);
    }

    void eventsAreStoredOnce()
    {
        auto event = [](const QString &id, qint64 ts, const QString &type = u"MESSAGESENT"_s) {
            return Parse::eventFromJson(QJsonObject {{u"id"_s, id}, {u"timestamp"_s, ts}, {u"type"_s, type},
                {u"messageId"_s, standardForm(IdA)},
                {u"initiator"_s, QJsonObject {{u"user"_s, QJsonObject {{u"userId"_s, 9007199254740993LL}}}}},
                {u"payload"_s,
                    QJsonObject {
                        {u"messageSent"_s, QJsonObject {{u"message"_s, message(IdA, ts, u"live"_s)}}}}}});
        };
        const qint64 r1 = run();
        Result<int> first = m_writer->storeEvents(r1, {event(u"e1"_s, 1000), event(u"e2"_s, 2000)});
        INSPECTOR_VERIFY_OK(first);
        QCOMPARE(first.value(), 2);
        // Delivered again after a kill (same type, id, time and message, in either id form), with one
        // new event: only the new one is stored, in the next run.
        const qint64 r2 = run();
        Result<int> again = m_writer->storeEvents(r2, {event(u"e2"_s, 2000), event(u"e3"_s, 3000)});
        INSPECTOR_VERIFY_OK(again);
        QCOMPARE(again.value(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM live_event"_s), 3);
        QCOMPARE(count(u"SELECT events FROM sync_run WHERE run_id = %1"_s.arg(r1)), 2);
        QCOMPARE(count(u"SELECT events FROM sync_run WHERE run_id = %1"_s.arg(r2)), 1);

        QList<StoredEvent> events;
        Reader reader(*m_store);
        INSPECTOR_VERIFY_OK(reader.events(
            2000, std::nullopt, {u"MESSAGESENT"_s}, [&](const StoredEvent &e) { events.append(e); }));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).eventId, u"e2"_s);
        QCOMPARE(events.at(0).run, r1);
        QCOMPARE(events.at(0).messageId, IdA); // normalised
        QCOMPARE(QJsonDocument::fromJson(events.at(1).json).object().value(u"id"_s).toString(), u"e3"_s);
        INSPECTOR_VERIFY_OK(reader.events(std::nullopt, std::nullopt, {u"USERJOINEDROOM"_s},
            [&](const StoredEvent &e) { events.append(e); }));
        QCOMPARE(events.size(), 2);
        // The 64-bit initiator id stays exact.
        QCOMPARE(count(u"SELECT MAX(initiator_id) FROM live_event"_s), 9007199254740993LL);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
