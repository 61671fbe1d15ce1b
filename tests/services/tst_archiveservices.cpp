// SPDX-License-Identifier: Apache-2.0
// The services of an archive (Sources::forArchive) against an archive written with Archive::Writer,
// on both backends: the ServiceCall contract (never from inside the call, finished once, cancel
// synchronous, deletion silent), history newest first and exactly once in keyset pages (ties of
// one millisecond included), full-text search pages, lookups, streams, members and people,
// receipts and versions, and what an archive does not keep (a clear NotFound, no batch).
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "archive/files.h"
#include "archive/readthread.h"
#include "archive/store.h"
#include "archive/writer.h"
#include "common/postgresfixture.h"
#include "common/smallarchive.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "services/archiveservices.h"
#include "services/servicecall.h"
#include "services/sources.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;
using namespace Inspector::TestSupport::SmallArchive;

namespace {

/// How one call ended, and what it delivered.
template<typename T> struct Outcome
{
    QList<T> items;
    int batches = 0;
    bool deliveredInside = false;
    int finishes = 0;
    ApiError error;
};

/// Runs @p start (which makes a call delivering to the sink it is given) to its end.
template<typename T, typename Start> Outcome<T> collect(Start start)
{
    auto outcome = std::make_shared<Outcome<T>>();
    bool inside = true;
    ServiceCall *call = start([outcome, &inside](const QList<T> &batch) {
        outcome->deliveredInside |= inside;
        outcome->items += batch;
        ++outcome->batches;
    });
    inside = false;
    QSignalSpy spy(call, &ServiceCall::finished);
    if (!spy.wait(20000))
        return *outcome;
    QTest::qWait(10); // a second finished() would come from the event loop
    outcome->finishes = int(spy.size());
    outcome->error = spy.constFirst().constFirst().value<ApiError>();
    return *outcome;
}

struct Walk
{
    QList<QPair<qint64, QString>> rows; ///< time, normalised id
    QHash<QString, int> flags;
    QString error;
    int calls = 0;
};

Walk walk(MessageHistory &history, MessageCursor cursor)
{
    Walk w;
    while (!cursor.done && w.calls < 200) {
        ++w.calls;
        ServiceCall *call = history.more(&cursor, [&w](MessageBatch batch) {
            for (const MessageRow &row : batch.rows) {
                w.rows.append({row.timestamp, Ids::normalized(row.id())});
                w.flags.insert(Ids::normalized(row.id()), row.flags);
            }
        });
        QSignalSpy spy(call, &ServiceCall::finished);
        if (!spy.wait(20000)) {
            w.error = u"no end"_s;
            return w;
        }
        const ApiError e = spy.constFirst().constFirst().value<ApiError>();
        if (e.isError()) {
            w.error = e.message;
            return w;
        }
    }
    return w;
}

} // namespace

class TestArchiveServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    Location m_location;
    std::unique_ptr<ReadThread> m_reader;
    Sources m_sources;

private Q_SLOTS:
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
        m_location = Location::parse(where).value();
        const QString written = TestSupport::writeSmallArchive(m_location);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        m_reader = std::make_unique<ReadThread>(m_location);
        m_sources = Sources::forArchive(m_reader.get());
        QVERIFY(m_sources.streams && m_sources.users && m_sources.history && m_sources.details
            && m_sources.diagnostics);
    }
    void cleanup()
    {
        m_sources = {};
        m_reader.reset();
    }

    void historyIsNewestFirstAndExactlyOnce_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("pages of 1") << 1;
        QTest::newRow("pages of 3 (a page ends inside the shared millisecond)") << 3;
        QTest::newRow("one page") << 500;
    }
    void historyIsNewestFirstAndExactlyOnce()
    {
        QFETCH(int, pageSize);
        const Walk w = walk(*m_sources.history, MessageCursor::history(RoomId, pageSize));
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        QCOMPARE(w.rows.size(), RoomMessages + 1);
        QSet<QString> ids;
        for (int i = 0; i < w.rows.size(); ++i) {
            ids.insert(w.rows.at(i).second);
            if (i)
                QVERIFY(w.rows.at(i - 1).first >= w.rows.at(i).first);
        }
        QCOMPARE(ids.size(), w.rows.size());
        QCOMPARE(w.rows.constFirst().first, 5000);
        QCOMPARE(w.rows.constLast().second, Ids::normalized(Revised));
        // The revised message, and only it, carries the flag.
        QVERIFY(w.flags.value(Ids::normalized(Revised)) & MessageRow::Revised);
        QVERIFY(!(w.flags.value(Ids::normalized(idOf(0))) & MessageRow::Revised));
        QCOMPARE(m_sources.history->searchSyntax(), MessageHistory::SearchSyntax::FullText);
    }

    void aFinishedCursorDeliversNothing()
    {
        MessageCursor cursor = MessageCursor::history(ImId, 10);
        QCOMPARE(walk(*m_sources.history, cursor).rows.size(), 1);
        cursor.done = true;
        int batches = 0;
        ServiceCall *call = m_sources.history->more(&cursor, [&](MessageBatch) { ++batches; });
        QSignalSpy spy(call, &ServiceCall::finished);
        QVERIFY(spy.wait(5000));
        QVERIFY(!spy.constFirst().constFirst().value<ApiError>().isError());
        QCOMPARE(batches, 0);
    }

    void searchPagesTheFullTextIndex()
    {
        const Walk all = walk(*m_sources.history, MessageCursor::search(u"apple"_s, 500));
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QCOMPARE(all.rows.size(), RoomMessages / 2);
        const Walk paged = walk(*m_sources.history, MessageCursor::search(u"apple"_s, 1));
        QCOMPARE(paged.rows, all.rows);
        for (int i = 1; i < all.rows.size(); ++i)
            QVERIFY(all.rows.at(i - 1).first >= all.rows.at(i).first);
        // Any version's words find the message; a prefix too.
        QCOMPARE(walk(*m_sources.history, MessageCursor::search(u"second"_s)).rows.size(), 1);
        QCOMPARE(walk(*m_sources.history, MessageCursor::search(u"ban*"_s)).rows.size(), RoomMessages / 2);
        // Nothing to look for: an error, not an empty list.
        QVERIFY(!walk(*m_sources.history, MessageCursor::search(u"\"\""_s)).error.isEmpty());
    }

    void lookupByEitherIdForm()
    {
        for (const QString &id : {Revised, Ids::toStandard(Revised)}) {
            const Outcome<Message> got = collect<Message>([&](auto sink) {
                return m_sources.history->message(id, [sink](const Message &m) { sink({m}); });
            });
            QCOMPARE(got.finishes, 1);
            QVERIFY(!got.deliveredInside);
            QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
            QCOMPARE(got.items.size(), 1);
            QCOMPARE(got.items.constFirst().key(), Ids::normalized(Revised));
        }
        const Outcome<Message> unknown = collect<Message>([&](auto sink) {
            return m_sources.history->message(idOf(99), [sink](const Message &m) { sink({m}); });
        });
        QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
        QVERIFY(unknown.items.isEmpty());
    }

    void streamsMembersAndPeople()
    {
        const Outcome<Stream> mine
            = collect<Stream>([&](auto sink) { return m_sources.streams->myStreams(sink); });
        QVERIFY(!mine.error.isError());
        QVERIFY(!mine.deliveredInside);
        QCOMPARE(mine.finishes, 1);
        QCOMPARE(mine.items.size(), 2);
        const auto im = std::find_if(
            mine.items.cbegin(), mine.items.cend(), [](const Stream &s) { return s.type == "IM"_L1; });
        QVERIFY(im != mine.items.cend());
        QCOMPARE(im->members, QList<qint64>({Alice}));

        const Outcome<AdminStream> all
            = collect<AdminStream>([&](auto sink) { return m_sources.streams->enterpriseStreams(sink); });
        QCOMPARE(all.items.size(), 2);
        for (const AdminStream &s : all.items)
            if (s.type == "ROOM"_L1) {
                QCOMPARE(s.attributes.roomName, u"Rates Desk"_s);
                QCOMPARE(s.attributes.membersCount, 2);
                QCOMPARE(s.attributes.lastMessageDate.value_or(0), 5000);
            }

        const Outcome<Stream> bobs
            = collect<Stream>([&](auto sink) { return m_sources.streams->userStreams(Bob, sink); });
        QCOMPARE(bobs.items.size(), 1);
        QCOMPARE(bobs.items.constFirst().key(), Ids::normalized(RoomId));

        const Outcome<qint64> byMail = collect<qint64>(
            [&](auto sink) { return m_sources.streams->userIdsByEmail(u"BOB@example.com"_s, sink); });
        QCOMPARE(byMail.items, QList<qint64>({Bob}));
        const Outcome<qint64> nobody = collect<qint64>(
            [&](auto sink) { return m_sources.streams->userIdsByEmail(u"no@example.com"_s, sink); });
        QVERIFY(!nobody.error.isError());
        QCOMPARE(nobody.batches, 0);

        const Outcome<StreamInfo> info = collect<StreamInfo>(
            [&](auto sink) { return m_sources.streams->streamInfo(Ids::toStandard(RoomId), sink); });
        QCOMPARE(info.items.size(), 1);
        QCOMPARE(info.items.constFirst().roomName, u"Rates Desk"_s);
        const Outcome<RoomDetail> room
            = collect<RoomDetail>([&](auto sink) { return m_sources.streams->roomInfo(RoomId, sink); });
        QCOMPARE(room.items.size(), 1);
        QCOMPARE(room.items.constFirst().roomAttributes.description, u"rates"_s);
        const Outcome<RoomMember> members
            = collect<RoomMember>([&](auto sink) { return m_sources.streams->roomMembers(RoomId, sink); });
        QCOMPARE(members.items.size(), 2);
        QVERIFY(members.items.constFirst().owner);

        // An unknown stream, and an IM asked for as a room: NotFound, no batch.
        const Outcome<StreamInfo> unknown
            = collect<StreamInfo>([&](auto sink) { return m_sources.streams->streamInfo(idOf(77), sink); });
        QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(unknown.batches, 0);
        const Outcome<RoomDetail> notRoom
            = collect<RoomDetail>([&](auto sink) { return m_sources.streams->roomInfo(ImId, sink); });
        QCOMPARE(notRoom.error.kind, ApiError::Kind::NotFound);

        const Outcome<UserName> names = collect<UserName>([&](auto sink) {
            return m_sources.users->names({Alice, Bob, 123}, sink);
        });
        QVERIFY(!names.error.isError());
        QCOMPARE(names.items.size(), 2);
        QCOMPARE(m_sources.users->cachedName(Bob), u"Bob Brown"_s);
        const Outcome<User> self = collect<User>([&](auto sink) { return m_sources.users->self(sink); });
        QCOMPARE(self.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!self.error.message.isEmpty());
    }

    void detailsFromTheArchive()
    {
        MessageDetails *details = m_sources.details;
        ReceiptsQuery query;
        query.messageId = Ids::toStandard(idOf(1));
        const Outcome<ReceiptPage> receipts
            = collect<ReceiptPage>([&](auto sink) { return details->receipts(query, sink, this); });
        QVERIFY2(!receipts.error.isError(), qPrintable(receipts.error.message));
        QCOMPARE(receipts.items.size(), 1);
        QCOMPARE(receipts.items.constFirst().receipts.size(), 1);
        QCOMPARE(receipts.items.constFirst().readReceiptCount, 1);
        QVERIFY(!receipts.items.constFirst().hasNext());
        query.messageId = idOf(2);
        const Outcome<ReceiptPage> none
            = collect<ReceiptPage>([&](auto sink) { return details->receipts(query, sink, this); });
        QCOMPARE(none.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(none.batches, 0);

        const Outcome<MessageStatus> status
            = collect<MessageStatus>([&](auto sink) { return details->status(idOf(1), sink, this); });
        QCOMPARE(status.error.kind, ApiError::Kind::NotFound);
        QVERIFY(status.error.message.contains(u"not kept in the archive"_s));
        QCOMPARE(status.batches, 0);

        AttachmentQuery file {RoomId, idOf(1), u"file-1"_s, m_dir.filePath(u"out.bin"_s)};
        const Outcome<SavedAttachment> saved = collect<SavedAttachment>([&](auto sink) {
            return details->downloadAttachment(
                file, sink, [](qint64, qint64) {}, this);
        });
        QCOMPARE(saved.error.kind, ApiError::Kind::NotFound);
        QVERIFY(saved.error.message.contains(u"not downloaded"_s));
        QVERIFY(!QFile::exists(file.targetPath));

        // Once a sync kept the file (archive sync --attachments), it is saved from the archive:
        // beside the chosen name, never over what is there.
        const QByteArray bytes("\x89PNG kept by the archive\x00\xff", 27);
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        {
            Result<std::unique_ptr<Store>> store = Store::open(m_location, Store::Mode::Write);
            QVERIFY2(store.ok(), qPrintable(store.error().message()));
            const QString room = Ids::normalized(RoomId);
            QVERIFY(AttachmentFiles(*store.value()).keep(room, hash, bytes).ok());
            QVERIFY(
                store.value()
                    ->run(u"INSERT INTO attachment (stream_id, message_id, attachment_id, name, size, "
                          "file_hash, file_size, first_run, last_run) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1)"_s,
                        {room, Ids::normalized(idOf(1)), u"file-1"_s, u"chart.png"_s, bytes.size(), hash,
                            bytes.size()})
                    .ok());
        }
        QFile taken(file.targetPath);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("the user's own file");
        taken.close();
        const Outcome<SavedAttachment> kept = collect<SavedAttachment>([&](auto sink) {
            return details->downloadAttachment(
                file, sink, [](qint64, qint64) {}, this);
        });
        QVERIFY2(!kept.error.isError(), qPrintable(kept.error.message));
        QCOMPARE(kept.items.size(), 1);
        QCOMPARE(kept.items.constFirst().path, m_dir.filePath(u"out (2).bin"_s));
        QCOMPARE(kept.items.constFirst().bytes, bytes.size());
        QFile saved2(kept.items.constFirst().path);
        QVERIFY(saved2.open(QIODevice::ReadOnly));
        QCOMPARE(saved2.readAll(), bytes);
        QFile own(file.targetPath);
        QVERIFY(own.open(QIODevice::ReadOnly));
        QCOMPARE(own.readAll(), QByteArray("the user's own file"));
        QFile::remove(file.targetPath);
        QFile::remove(kept.items.constFirst().path);

        QVERIFY(details->hasRevisions());
        const Outcome<MessageRevision> revisions
            = collect<MessageRevision>([&](auto sink) { return details->revisions(Revised, sink, this); });
        QVERIFY2(!revisions.error.isError(), qPrintable(revisions.error.message));
        QCOMPARE(revisions.items.size(), 2);
        QCOMPARE(revisions.items.at(0).rev, 1);
        QVERIFY(revisions.items.at(0).text.contains(u"second line"_s));
        QVERIFY(revisions.items.at(1).text.contains(u"third line"_s));
        QVERIFY(revisions.items.at(1).firstRun > revisions.items.at(0).firstRun);
        QVERIFY(revisions.items.at(1).seenAt > 0);

        const Outcome<Health> health
            = collect<Health>([&](auto sink) { return m_sources.diagnostics->health(sink, this); });
        QCOMPARE(health.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(health.batches, 0);
        QVERIFY(!m_sources.diagnostics->sessionExpiresAtMs());
    }

    void cancelIsSynchronousAndDeletionSilent()
    {
        MessageCursor cursor = MessageCursor::history(RoomId, 2);
        int batches = 0;
        ServiceCall *call = m_sources.history->more(&cursor, [&](MessageBatch) { ++batches; });
        QSignalSpy finished(call, &ServiceCall::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.constFirst().constFirst().value<ApiError>().isCancelled());
        QTest::qWait(100);
        QCOMPARE(batches, 0);
        QVERIFY(!cursor.key.set); // the cursor stays where it was

        QPointer<ServiceCall> deleted
            = m_sources.streams->myStreams([&](const QList<Stream> &) { ++batches; });
        QSignalSpy silent(deleted.data(), &ServiceCall::finished);
        delete deleted.data();
        QTest::qWait(100);
        QCOMPARE(silent.size(), 0);
        QCOMPARE(batches, 0);
    }

    void withoutItsReaderEveryCallSaysSo()
    {
        // Services of another owner than the reader, which goes first.
        QObject owner;
        const Sources sources = Sources::forArchive(m_reader.get(), &owner);
        m_sources = {};
        m_reader.reset();
        QVERIFY(sources.streams);
        const Outcome<Stream> mine
            = collect<Stream>([&](auto sink) { return sources.streams->myStreams(sink); });
        QCOMPARE(mine.finishes, 1);
        QCOMPARE(mine.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!Sources::forArchive(nullptr).streams);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(TestArchiveServices)
#include "tst_archiveservices.moc"
