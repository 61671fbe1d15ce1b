// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "api/fetch.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/times.h"
#include "demodata.h"
#include "itemmodels/messagefilterproxy.h"
#include "itemmodels/messagetablemodel.h"
#include "services/messagehistoryfeed.h"
#include "services/podmessagehistory.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

namespace {

/// The messages table as the pane builds it: the passive model fed from the pod.
struct Table
{
    explicit Table(ApiClient *client)
        : history(client)
        , feed(&model)
    {
        feed.setHistory(&history);
    }
    MessageTableModel model;
    PodMessageHistory history;
    MessageHistoryFeed feed;
};

} // namespace

/**
 * MessageTableModel (fed by MessageHistoryFeed over PodMessageHistory) and MessageFilterProxy against the
 * demo pod: newest first, older pages by fetchMore down to the first message without gap or repeat, window
 * widening, stale answers, server faults, search, and the filters.
 */
class MessageTableModelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    FakeTimeSource m_time;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Table> m_ratesDesk;

    /// The whole history, oldest first, by one straight pager.
    QList<Message> reference(const QString &streamId)
    {
        return TestSupport::collectAll<Message>([&](Fetch::Sink<Message> sink) {
            return Fetch::messages(m_client.get(), streamId, 0, std::nullopt, -1, sink, this);
        });
    }

    /// Waits until the model is idle (a page in, the beginning reached, or a failure).
    static bool waitIdle(MessageTableModel &model)
    {
        // A real event loop (not polling): a walk of a hundred pages stays fast.
        QSignalSpy spy(&model, &MessageTableModel::loadingChanged);
        while (model.isLoading())
            if (!spy.wait(30000))
                return false;
        return true;
    }

    static bool loadAll(MessageTableModel &model)
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

    /// The Rates Desk's whole history, loaded once and shared by the tests that only read it;
    /// nullptr when it could not be loaded.
    MessageTableModel *ratesDesk()
    {
        if (!m_ratesDesk) {
            auto table = std::make_unique<Table>(m_client.get());
            table->feed.showStream(QString::fromLatin1(Demo::RatesDeskStreamId));
            if (!loadAll(table->model))
                return nullptr;
            m_ratesDesk = std::move(table);
        }
        return &m_ratesDesk->model;
    }

    static QStringList modelKeys(const MessageTableModel &model)
    {
        QStringList keys;
        for (int i = 0; i < model.rowCount(); ++i)
            keys.append(Ids::normalized(model.messageId(i)));
        return keys;
    }

    /// The ids of the rows `filter` accepts, sorted by `column` the slow and obvious way (a stable sort
    /// of the model's order on the column's value; text case-folded, a sender without a name by id).
    static QStringList sortedIds(
        const MessageTableModel &model, const MessageFilter &filter, int column, Qt::SortOrder order)
    {
        std::vector<int> rows;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (filter.matches(model.row(i), model.senderName(model.row(i).senderId), model.plainText(i)))
                rows.push_back(i);
        }
        auto text = [&](int i) {
            if (column == MessageTableModel::SenderColumn) {
                const QString name = model.senderName(model.row(i).senderId);
                return (name.isEmpty() ? QString::number(model.row(i).senderId) : name).toCaseFolded();
            }
            return model.plainText(i).toCaseFolded();
        };
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            if (column == MessageTableModel::SenderColumn || column == MessageTableModel::TextColumn)
                return order == Qt::AscendingOrder ? text(a) < text(b) : text(b) < text(a);
            const qint64 ka = model.data(model.index(a, column), ModelRole::RawValue).toLongLong();
            const qint64 kb = model.data(model.index(b, column), ModelRole::RawValue).toLongLong();
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        });
        QStringList ids;
        for (int r : rows)
            ids.append(model.messageId(r));
        return ids;
    }

    static QStringList proxyIds(const MessageFilterProxy &proxy)
    {
        QStringList ids;
        for (int i = 0; i < proxy.rowCount(); ++i)
            ids.append(proxy.data(proxy.index(i, 0), ModelRole::MessageId).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 150; // the shared-millisecond run is then at 143..149
        m_pod = TestSupport::startPod(config);
        m_client = TestSupport::botClient(*m_pod, {&m_time});
    }

    void cleanupTestCase() { m_ratesDesk.reset(); }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_pod->clearFaults();
        m_pod->clearRequestLog();
    }

    void walksBackToTheOldestMessage_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<qint64>("window");
        QTest::newRow("rates desk, pages of 500")
            << QString::fromLatin1(Demo::RatesDeskStreamId) << 500 << qint64(3600000);
        QTest::newRow("rates desk, pages of 5 (shared millisecond)")
            << QString::fromLatin1(Demo::RatesDeskStreamId) << 5 << qint64(3600000);
        QTest::newRow("rates desk, wide first window")
            << QString::fromLatin1(Demo::RatesDeskStreamId) << 50 << qint64(400) * 24 * 3600000;
        QTest::newRow("IM, pages of 7") << QString::fromLatin1(Demo::ImStreamId) << 7 << qint64(60000);
        QTest::newRow("cross-pod room, standard id")
            << QString::fromLatin1(Demo::CrossPodStreamStandardId) << 3 << qint64(3600000);
    }

    void walksBackToTheOldestMessage()
    {
        QFETCH(QString, stream);
        QFETCH(int, pageSize);
        QFETCH(qint64, window);
        const QList<Message> all = reference(stream);
        QVERIFY(all.size() > 3);

        Table table(m_client.get());
        MessageTableModel &model = table.model;
        table.feed.setPageSize(pageSize);
        table.feed.setInitialWindowMs(window);
        QSignalSpy beginning(&model, &MessageTableModel::atBeginning);
        table.feed.showStream(stream);
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= pageSize);
        // Opens on the newest message (or one of those sharing its millisecond).
        QCOMPARE(model.row(0).timestamp, all.constLast().timestamp);
        // The tester fetches more by itself, as a view does.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(loadAll(model));
        QCOMPARE(beginning.size(), 1);
        QVERIFY(model.isAtBeginning());
        // Newest first. Messages that share one millisecond have no order of their own: when
        // more of them than a page share it, they come page by page, so compare those as sets.
        QList<QPair<qint64, QString>> expected;
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            expected.append({it->timestamp, it->key()});
        QList<QPair<qint64, QString>> got;
        for (int i = 0; i < model.rowCount(); ++i)
            got.append({model.row(i).timestamp, Ids::normalized(model.messageId(i))});
        QCOMPARE(got.size(), expected.size());
        auto byTimeThenKey = [](const QPair<qint64, QString> &a, const QPair<qint64, QString> &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        };
        for (int i = 1; i < got.size(); ++i)
            QVERIFY(got.at(i - 1).first >= got.at(i).first);
        std::stable_sort(expected.begin(), expected.end(), byTimeThenKey);
        std::stable_sort(got.begin(), got.end(), byTimeThenKey);
        QCOMPARE(got, expected);

        // Rows keep the server's object: a message read back equals the reference.
        const Message last = model.message(model.rowCount() - 1);
        QCOMPARE(last.key(), all.constFirst().key());
        QCOMPARE(last.timestamp, all.constFirst().timestamp);
        QCOMPARE(last.message, all.constFirst().message);
        const int row = model.rowOfMessage(Ids::toStandard(all.constFirst().messageId));
        QVERIFY(row >= 0);
        QCOMPARE(Ids::normalized(model.messageId(row)), all.constFirst().key());
    }

    void repeatedIdsAreFlaggedNotDropped()
    {
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.feed.showStream(QString::fromLatin1(Demo::CrossPodStreamId));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), Demo::CrossPodMessageCount);
        int duplicates = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            const int flags = model.data(model.index(i, 0), ModelRole::Flags).toInt();
            if (flags & MessageTableModel::Duplicate) {
                ++duplicates;
                QCOMPARE(Ids::normalized(model.messageId(i)), QString::fromLatin1(Demo::M8Id));
                QVERIFY(model.data(model.index(i, MessageTableModel::FlagsColumn))
                            .toString()
                            .contains("duplicate"_L1));
                QVERIFY(model.data(model.index(i, MessageTableModel::FlagsColumn), Qt::ToolTipRole)
                            .toString()
                            .contains("same message id"_L1));
            }
        }
        QCOMPARE(duplicates, 1);
        const int m8 = model.rowOfMessage(QString::fromLatin1(Demo::M8StandardId));
        QVERIFY(m8 >= 0);
        QVERIFY(model.row(m8).flags & MessageTableModel::External);
    }

    void emptyWindowsWiden()
    {
        Table table(m_client.get()); // no tester before the checks: it would fetch more by itself
        MessageTableModel &model = table.model;
        table.feed.setPageSize(500);
        table.feed.setInitialWindowMs(1);
        table.feed.showStream(QString::fromLatin1(Demo::ImStreamId));
        QVERIFY(waitIdle(model));
        // The first window is the newest message's millisecond; the next message is minutes
        // older, so the windows in between come back empty and must grow.
        QVERIFY(model.rowCount() >= 1);
        const int before = model.rowCount();
        if (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > before);
        QList<qint64> widths;
        for (const auto &r : m_pod->requestLog()) {
            if (!r.path.startsWith("/agent/v4/stream/"_L1))
                continue;
            widths.append(r.query.queryItemValue(u"until"_s).toLongLong()
                - r.query.queryItemValue(u"since"_s).toLongLong() + 1);
        }
        QVERIFY2(widths.size() >= 10, qPrintable(QString::number(widths.size())));
        QCOMPARE(widths.at(0), 1);
        QCOMPARE(widths.at(1), 2);
        QCOMPARE(widths.at(2), 4);
        QVERIFY(table.feed.windowMs() >= 60000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), Demo::ImMessageCount);
    }

    void staleAnswerAfterSwitchingIsDropped()
    {
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.feed.setPageSize(10);
        Fault slow;
        slow.pathPattern = u"/agent/v4/stream/%1/message"_s.arg(QString::fromLatin1(Demo::RatesDeskStreamId));
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 300;
        slow.count = 1;
        m_pod->addFault(slow);
        table.feed.showStream(QString::fromLatin1(Demo::RatesDeskStreamId));
        // Wait until the delayed history request is on its way, then switch.
        QTRY_VERIFY(std::any_of(m_pod->requestLog().cbegin(), m_pod->requestLog().cend(), [](const auto &r) {
            return r.path.startsWith("/agent/v4/stream/"_L1);
        }) || m_pod->faults().isEmpty());
        table.feed.showStream(QString::fromLatin1(Demo::MimStreamId));
        QVERIFY(waitIdle(model));
        QTRY_VERIFY(m_pod->faults().isEmpty());
        QTest::qWait(400); // the delayed answer's time passes: it must not land in the table
        QVERIFY(model.rowCount() > 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.message(i).stream.key(), QString::fromLatin1(Demo::MimStreamId));
        QCOMPARE(model.streamId(), QString::fromLatin1(Demo::MimStreamId));
    }

    void faultsSurfaceAndLoseNoRows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("500") << int(Fault::Kind::Status) << 500 << int(ApiError::Kind::Server);
        QTest::newRow("malformed JSON")
            << int(Fault::Kind::Malformed) << 200 << int(ApiError::Kind::BadResponse);
        QTest::newRow("429") << int(Fault::Kind::Throttle) << 429 << int(ApiError::Kind::RateLimited);
        QTest::newRow("403") << int(Fault::Kind::Status) << 403 << int(ApiError::Kind::Forbidden);
    }

    void faultsSurfaceAndLoseNoRows()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, errorKind);
        const QString stream = QString::fromLatin1(Demo::ImStreamId);
        const QList<Message> all = reference(stream);
        Table table(m_client.get()); // the tester comes after the failure: it would fetch by itself
        MessageTableModel &model = table.model;
        table.feed.setPageSize(8);
        table.feed.setInitialWindowMs(10 * 60000);
        table.feed.showStream(stream);
        QVERIFY(waitIdle(model));
        const int before = model.rowCount();
        QVERIFY(before > 0);

        Fault f;
        f.pathPattern = u"/agent/v4/stream/.*/message"_s;
        f.kind = Fault::Kind(kind);
        f.status = status;
        f.count = 1;
        m_pod->addFault(f);
        QSignalSpy errors(&model, &MessageTableModel::errorOccurred);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        QCOMPARE(int(errors.constFirst().constFirst().value<ApiError>().kind), errorKind);
        QCOMPARE(model.rowCount(), before);
        QVERIFY(model.hasFailed());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isLoading());

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.feed.retry();
        QVERIFY(loadAll(model));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), all.size());
        QCOMPARE(Ids::normalized(model.messageId(model.rowCount() - 1)), all.constFirst().key());
    }

    void searchPagesInServerOrder()
    {
        const QString query = u"streamId:%1"_s.arg(QString::fromLatin1(Demo::ImStreamId));
        const QList<Message> all = TestSupport::collectAll<Message>([&](Fetch::Sink<Message> sink) {
            return Fetch::messageSearch(m_client.get(), query, {}, -1, sink, this);
        });
        QVERIFY(!all.isEmpty());
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        table.feed.setPageSize(9);
        table.feed.showSearch(query);
        QCOMPARE(model.mode(), MessageTableModel::Mode::Search);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), qMin(9, int(all.size())));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(model));
        QStringList expected;
        for (const Message &m : all)
            expected.append(m.key());
        QCOMPARE(modelKeys(model), expected);
    }

    void badSearchSurfacesAnError()
    {
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        QSignalSpy errors(&model, &MessageTableModel::errorOccurred);
        Fault f;
        f.pathPattern = u"/agent/v1/message/search"_s;
        f.status = 400;
        m_pod->addFault(f);
        table.feed.showSearch(u"nonsense:::"_s);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!errors.constFirst().constFirst().value<ApiError>().message.isEmpty());
    }

    void displayAndRoles()
    {
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        table.feed.showStream(QString::fromLatin1(Demo::ImStreamId));
        QVERIFY(loadAll(model));
        const int m5 = model.rowOfMessage(QString::fromLatin1(Demo::M5Id));
        const int m6 = model.rowOfMessage(QString::fromLatin1(Demo::M6Id));
        QVERIFY(m5 >= 0 && m6 >= 0);
        QCOMPARE(model.data(model.index(m5, MessageTableModel::AttachmentsColumn)).toInt(), 2);
        QCOMPARE(model.data(model.index(m5, MessageTableModel::SenderColumn)).toString(), u"Alice Adams"_s);
        QVERIFY(model.data(model.index(m6, 0), ModelRole::Flags).toInt() & MessageTableModel::Edited);
        QVERIFY(model.data(model.index(m5, 0), ModelRole::Flags).toInt() & MessageTableModel::ReplacedLater);
        QCOMPARE(model.data(model.index(m5, 0), Qt::ToolTipRole).toString(),
            Times::toIso(model.row(m5).timestamp));
        QCOMPARE(model.plainText(m5), model.message(m5).message.isEmpty() ? QString() : model.plainText(m5));
        QVERIFY(!model.data(model.index(m5, MessageTableModel::TextColumn)).toString().contains(u'<'));
        QCOMPARE(
            model.data(model.index(m5, 0), ModelRole::MessageId).toString(), QString::fromLatin1(Demo::M5Id));
        // Compact storage: the row holds the message's JSON and little else.
        qint64 bytes = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            bytes += model.row(i).json().size();
        QVERIFY(bytes > 0);
    }

    void filterProxy_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dates");
        QTest::addColumn<bool>("attachments");
        QTest::newRow("sender by name") << u"alice"_s << QString() << false << false;
        QTest::newRow("sender by id") << QString::number(Demo::BobId) << QString() << false << false;
        QTest::newRow("text") << QString() << u"eurusd"_s << false << false;
        QTest::newRow("date range") << QString() << QString() << true << false;
        QTest::newRow("attachments") << QString() << QString() << false << true;
        QTest::newRow("all together") << u"bot"_s << u"e"_s << true << false;
        QTest::newRow("nothing matches") << u"nobody-at-all"_s << QString() << false << false;
    }

    void filterProxy()
    {
        QFETCH(QString, sender);
        QFETCH(QString, text);
        QFETCH(bool, dates);
        QFETCH(bool, attachments);
        // One loaded history for every row: loading it is not what this test is about.
        MessageTableModel *loaded = ratesDesk();
        QVERIFY(loaded);
        MessageTableModel &model = *loaded;
        QVERIFY(model.rowCount() >= 150);

        MessageFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        MessageFilter filter;
        filter.sender = sender;
        filter.text = text;
        if (dates) {
            filter.from = Demo::M1Timestamp + 60000 * 100;
            filter.to = Demo::M1Timestamp + 60000 * 300;
        }
        filter.attachmentsOnly = attachments;
        QSignalSpy applied(&proxy, &MessageFilterProxy::filterApplied);
        proxy.setFilter(filter);
        QTRY_VERIFY(applied.size() >= 1 && !proxy.isFiltering());

        QStringList expected;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (filter.matches(model.row(i), model.senderName(model.row(i).senderId), model.plainText(i)))
                expected.append(model.messageId(i));
        }
        QStringList got;
        for (int i = 0; i < proxy.rowCount(); ++i)
            got.append(proxy.data(proxy.index(i, 0), ModelRole::MessageId).toString());
        QCOMPARE(got, expected);
        if (sender == "nobody-at-all"_L1)
            QCOMPARE(proxy.rowCount(), 0);
        else
            QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < model.rowCount());

        // Independent check of what the filter means, not only that it agrees with itself.
        for (int i = 0; i < proxy.rowCount(); ++i) {
            const QModelIndex source = proxy.mapToSource(proxy.index(i, 0));
            const MessageRow &row = model.row(source.row());
            if (!text.isEmpty())
                QVERIFY(model.plainText(source.row()).contains(text, Qt::CaseInsensitive));
            if (dates)
                QVERIFY(row.timestamp >= *filter.from && row.timestamp <= *filter.to);
            if (attachments)
                QVERIFY(row.attachments > 0);
        }

        // Clearing the filter shows every row again.
        proxy.setFilter({});
        QTRY_VERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void filterKeepsPersistentIndexesAndShowsTheLastFilter()
    {
        MessageTableModel *loaded = ratesDesk();
        QVERIFY(loaded);
        MessageTableModel &model = *loaded;
        MessageFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        auto isAlice = [&](int row) {
            return model.senderName(model.row(row).senderId).contains("alice"_L1, Qt::CaseInsensitive);
        };
        int alice = -1;
        int other = -1;
        for (int i = model.rowCount() - 1; i >= 0 && (alice < 0 || other < 0); --i)
            (isAlice(i) ? alice : other) = i;
        QVERIFY(alice >= 0 && other >= 0);
        // No filter: one to one.
        QCOMPARE(proxy.mapToSource(proxy.index(alice, 2)), model.index(alice, 2));
        const QPersistentModelIndex kept = proxy.index(alice, 2);
        const QPersistentModelIndex dropped = proxy.index(other, 1);

        QSignalSpy applied(&proxy, &MessageFilterProxy::filterApplied);
        proxy.setSenderFilter(u"Alice"_s);
        QTRY_VERIFY(!proxy.isFiltering() && !applied.isEmpty());

        // The layout change moved the persistent indexes: the kept row is where it now shows.
        QVERIFY(kept.isValid());
        QCOMPARE(kept.column(), 2);
        QCOMPARE(proxy.mapToSource(kept), model.index(alice, 2));
        QCOMPARE(proxy.mapFromSource(model.index(alice, 2)), QModelIndex(kept));
        QVERIFY(!dropped.isValid());
        QVERIFY(!proxy.mapFromSource(model.index(other, 0)).isValid());
        QVERIFY(!proxy.index(proxy.rowCount(), 0).isValid());
        QVERIFY(!proxy.index(0, MessageTableModel::ColumnCount).isValid());
        QVERIFY(!proxy.index(0, 0, proxy.index(0, 0)).isValid());

        // Nothing matches: no rows and no children.
        proxy.setSenderFilter(u"nobody-at-all"_s);
        QTRY_VERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.hasChildren());
        QVERIFY(!kept.isValid());

        proxy.setSenderFilter(u"Bob"_s);
        // Asked again at once: whether or not the first answer came already, the last filter shows.
        proxy.setSenderFilter(u"Alice"_s);
        QTRY_VERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.filter().sender, u"Alice"_s);
        QVERIFY(proxy.rowCount() > 0);
        for (int i = 0; i < proxy.rowCount(); ++i)
            QVERIFY(isAlice(proxy.mapToSource(proxy.index(i, 0)).row()));
        const QPersistentModelIndex again = proxy.mapFromSource(model.index(alice, 0));
        QVERIFY(again.isValid());
        // Cleared: one to one again, and the persistent index follows its row.
        proxy.setFilter({});
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(again.row(), alice);
        QVERIFY(proxy.hasChildren());
    }

    void sortProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        using M = MessageTableModel;
        QTest::newRow("time, oldest first") << int(M::TimeColumn) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("sender a-z") << int(M::SenderColumn) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("sender z-a") << int(M::SenderColumn) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("text a-z") << int(M::TextColumn) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("text z-a") << int(M::TextColumn) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("attachments, most first")
            << int(M::AttachmentsColumn) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("flags") << int(M::FlagsColumn) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("sender a-z, text filtered")
            << int(M::SenderColumn) << int(Qt::AscendingOrder) << u"e"_s;
    }

    void sortProxy()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, text);
        MessageTableModel *loaded = ratesDesk();
        QVERIFY(loaded);
        MessageTableModel &model = *loaded;
        MessageFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        MessageFilter filter;
        filter.text = text;
        proxy.setFilter(filter);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(proxy.sortColumn(), column);
        QTRY_VERIFY(!proxy.isFiltering());
        const QStringList got = proxyIds(proxy);
        QCOMPARE(got, sortedIds(model, filter, column, Qt::SortOrder(order)));
        QVERIFY(got.size() > 1);
        if (column != MessageTableModel::TimeColumn)
            QVERIFY(got != sortedIds(model, filter, MessageTableModel::TimeColumn, Qt::DescendingOrder));
        // Every row maps back to itself.
        for (int i = 0; i < proxy.rowCount(); ++i)
            QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(i, 1))), proxy.index(i, 1));

        // Newest first by time is the model's own order again.
        proxy.setFilter({});
        proxy.sort(MessageTableModel::TimeColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.sortColumn(), -1);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        for (int i = 0; i < proxy.rowCount(); i += 17)
            QCOMPARE(proxy.mapToSource(proxy.index(i, 0)).row(), i);
    }

    void proxyAndModelMayGoWhileTheirWorkRuns()
    {
        // A proxy destroyed while its match and sort run on the pool, and a model destroyed while a
        // page is parsed: their answers must be dropped, not delivered to a dead object (Qt 6.4's
        // QFuture::then(context) asserted here in the ASan build).
        MessageTableModel *loaded = ratesDesk();
        QVERIFY(loaded);
        for (int i = 0; i < 20; ++i) {
            auto proxy = std::make_unique<MessageFilterProxy>();
            proxy->setSourceModel(loaded);
            proxy->setTextFilter(u"e"_s);
            proxy->sort(MessageTableModel::TextColumn, Qt::AscendingOrder);
            QVERIFY(proxy->isFiltering());
            proxy.reset();
        }
        // The model goes once the pod has answered its first page, while that page is on its way or
        // being parsed (which of the two varies from run to run).
        for (int i = 0; i < 10; ++i) {
            m_pod->clearRequestLog();
            auto table = std::make_unique<Table>(m_client.get());
            table->feed.showStream(QString::fromLatin1(Demo::RatesDeskStreamId));
            QTRY_VERIFY(!m_pod->requestLog().isEmpty());
            table.reset();
        }
        QTest::qWait(500); // the pool's work ends meanwhile and finds nobody
    }

    void sortFollowsNewPagesAndKeepsTheCurrentRow()
    {
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        table.feed.setPageSize(50);
        MessageFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(MessageTableModel::SenderColumn, Qt::AscendingOrder);
        table.feed.showStream(QString::fromLatin1(Demo::RatesDeskStreamId));
        QVERIFY(waitIdle(model));
        QTRY_VERIFY(!proxy.isFiltering());
        QVERIFY(proxy.rowCount() > 0);
        QCOMPARE(proxyIds(proxy), sortedIds(model, {}, MessageTableModel::SenderColumn, Qt::AscendingOrder));
        // A selected row stays on its message while older pages are merged in around it.
        const QPersistentModelIndex current = proxy.index(proxy.rowCount() / 2, 2);
        const QString currentId = current.data(ModelRole::MessageId).toString();
        QVERIFY(loadAll(model));
        QTRY_VERIFY(!proxy.isFiltering());
        QVERIFY(model.rowCount() > 100);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(proxyIds(proxy), sortedIds(model, {}, MessageTableModel::SenderColumn, Qt::AscendingOrder));
        QVERIFY(current.isValid());
        QCOMPARE(current.column(), 2);
        QCOMPARE(current.data(ModelRole::MessageId).toString(), currentId);
        // A filtered and sorted view follows new pages too.
        proxy.setSenderFilter(u"Alice"_s);
        table.feed.showStream(QString::fromLatin1(Demo::RatesDeskStreamId));
        QVERIFY(loadAll(model));
        QTRY_VERIFY(!proxy.isFiltering());
        MessageFilter alice;
        alice.sender = u"Alice"_s;
        QCOMPARE(
            proxyIds(proxy), sortedIds(model, alice, MessageTableModel::SenderColumn, Qt::AscendingOrder));
    }

    void filterFollowsNewPagesAndResets()
    {
        Table table(m_client.get());
        MessageTableModel &model = table.model;
        table.feed.setPageSize(50);
        MessageFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSenderFilter(u"Alice"_s);
        table.feed.showStream(QString::fromLatin1(Demo::RatesDeskStreamId));
        QVERIFY(loadAll(model));
        QTRY_VERIFY(!proxy.isFiltering());
        int expected = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            expected += model.senderName(model.row(i).senderId).contains("alice"_L1, Qt::CaseInsensitive);
        QCOMPARE(proxy.rowCount(), expected);
        table.feed.showStream(QString::fromLatin1(Demo::ImStreamId));
        QVERIFY(loadAll(model));
        int expectedIm = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            expectedIm += model.senderName(model.row(i).senderId).contains("alice"_L1, Qt::CaseInsensitive);
        QCOMPARE(proxy.rowCount(), expectedIm);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(MessageTableModelTest)
#include "tst_messagetablemodel.moc"
