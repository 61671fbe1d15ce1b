// SPDX-License-Identifier: Apache-2.0
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "browse/messagespane.h"
#include "browse/streaminfodialog.h"
#include "browse/streamspane.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "common/themecolors.h"
#include "data/ids.h"
#include "demodata.h"
#include "demopodserver.h"
#include "itemmodels/messagefilterproxy.h"
#include "itemmodels/messagetablemodel.h"
#include "itemmodels/streamtreemodel.h"
#include "services/messagehistoryfeed.h"
#include "services/podmessagehistory.h"
#include "services/podstreamdirectory.h"
#include "services/poduserdirectory.h"
#include "services/streamdirectory.h"
#include "services/streamtreeloader.h"
#include "services/userdirectory.h"

using namespace Inspector;
using namespace Inspector::Ui;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

/** The streams and messages panes against the demo pod, offscreen. */
class BrowsePanesTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    FakeTimeSource m_time;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<StreamDirectory> m_streamDirectory;
    std::unique_ptr<UserDirectory> m_userDirectory;
    std::unique_ptr<MessageHistory> m_history;

    static int visibleStreams(QTreeView *view)
    {
        int n = 0;
        QAbstractItemModel *m = view->model();
        for (int g = 0; g < m->rowCount(); ++g)
            n += m->rowCount(m->index(g, 0));
        return n;
    }

    bool loadStreams(StreamsPane &pane)
    {
        pane.setDirectories(m_streamDirectory.get(), m_userDirectory.get());
        return QTest::qWaitFor(
            [&] { return !pane.loader()->isLoading() && pane.model()->streamCount() > 0; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 600;
        config.streams = 20;
        m_pod = TestSupport::startPod(config);
        m_client = TestSupport::botClient(*m_pod, {&m_time, ApiClientOptions().timeoutMs});
        m_streamDirectory = std::make_unique<PodStreamDirectory>(m_client.get());
        m_userDirectory = std::make_unique<PodUserDirectory>(m_client.get());
        m_history = std::make_unique<PodMessageHistory>(m_client.get());
    }

    void init() { m_pod->clearFaults(); }

    void disconnectedPanesShowHints()
    {
        StreamsPane streams;
        MessagesPane messages;
        streams.show();
        messages.show();
        auto *hint = streams.findChild<QLabel *>(u"streamsHint"_s);
        QVERIFY(hint && hint->isVisible());
        auto *messagesHint = messages.findChild<QLabel *>(u"messagesHint"_s);
        QVERIFY(messagesHint);
        messages.setHistory(m_history.get());
        QVERIFY(messagesHint->isVisible());
        QVERIFY(messagesHint->text().contains("Select a stream"_L1));
        QCOMPARE(messages.currentStreamId(), QString());
        // Every control of the panes (not the parts Qt builds inside them) has an accessible name.
        for (QWidget *w : streams.findChildren<QWidget *>() + messages.findChildren<QWidget *>()) {
            if (w->objectName().isEmpty() || w->objectName().startsWith("qt_"_L1))
                continue;
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void filterBoxNarrowsTheTree()
    {
        StreamsPane pane;
        pane.show();
        QVERIFY(loadStreams(pane));
        auto *view = pane.view();
        const int all = visibleStreams(view);
        QVERIFY(all > 10);
        auto *filter = pane.findChild<QLineEdit *>(u"streamsFilter"_s);
        QVERIFY(filter);
        pane.focusFilter();
        QTest::keyClicks(filter, u"rates"_s);
        QCOMPARE(visibleStreams(view), 1);
        const QModelIndex group = view->model()->index(0, 0);
        QVERIFY(group.data().toString().startsWith("ROOM"_L1));
        QCOMPARE(view->model()->index(0, 0, group).data().toString(), u"Rates Desk"_s);
        // By id too (either form).
        filter->setText(QString::fromLatin1(Demo::CrossPodStreamStandardId).left(12));
        QCOMPARE(visibleStreams(view), 1);
        filter->clear();
        QCOMPARE(visibleStreams(view), all);

        // Inactive streams are muted with the theme's colour.
        const QModelIndex old
            = static_cast<QSortFilterProxyModel *>(view->model())
                  ->mapFromSource(pane.model()->indexOfStream(QString::fromLatin1(Demo::OldProjectStreamId)));
        QVERIFY(old.isValid());
        QCOMPARE(old.data(Qt::ForegroundRole).value<QColor>(), Theme::mutedText(pane.palette()));
        const QModelIndex active
            = static_cast<QSortFilterProxyModel *>(view->model())
                  ->mapFromSource(pane.model()->indexOfStream(QString::fromLatin1(Demo::RatesDeskStreamId)));
        QVERIFY(!active.data(Qt::ForegroundRole).isValid());
    }

    void copyIdActionsPutBothForms()
    {
        StreamsPane pane;
        pane.show();
        QVERIFY(loadStreams(pane));
        QSignalSpy selected(&pane, &StreamsPane::streamSelected);
        QVERIFY(pane.selectStream(QString::fromLatin1(Demo::CrossPodStreamStandardId)));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().at(0).toString(), QString::fromLatin1(Demo::CrossPodStreamId));
        QCOMPARE(selected.constFirst().at(1).toString(), u"Acme x Globex"_s);

        auto *copy = pane.findChild<QAction *>(u"copyStreamId"_s);
        auto *copyStandard = pane.findChild<QAction *>(u"copyStreamStandardId"_s);
        QVERIFY(copy && copyStandard);
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(Demo::CrossPodStreamId));
        copyStandard->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(Demo::CrossPodStreamStandardId));

        QSignalSpy exported(&pane, &StreamsPane::exportStreamsRequested);
        pane.findChild<QAction *>(u"exportStreams"_s)->trigger();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.constFirst().constFirst().toStringList(),
            QStringList {QString::fromLatin1(Demo::CrossPodStreamId)});
        QVERIFY(!pane.selectStream(u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdA"_s));
    }

    void infoDialogListsMembers()
    {
        StreamInfoDialog dialog(m_streamDirectory.get(), m_userDirectory.get(),
            QString::fromLatin1(Demo::RatesDeskStreamId), u"ROOM"_s, u"Rates Desk"_s);
        QSignalSpy done(&dialog, &StreamInfoDialog::completed);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isComplete(), 20000);
        QTableWidget *members = dialog.membersTable();
        QStringList names;
        for (int r = 0; r < members->rowCount(); ++r)
            names.append(members->item(r, 0)->text());
        QVERIFY2(names.contains(u"Alice Adams"_s), qPrintable(names.join(u',')));
        QVERIFY(names.contains(u"Export Bot"_s));
    }

    void infoDialogEndsWhenItsSourcesClose()
    {
        // The connection closes while the dialog waits: it stops waiting rather than load forever.
        auto streams = std::make_unique<PodStreamDirectory>(m_client.get());
        auto users = std::make_unique<PodUserDirectory>(m_client.get());
        StreamInfoDialog dialog(streams.get(), users.get(), QString::fromLatin1(Demo::RatesDeskStreamId),
            u"ROOM"_s, u"Rates Desk"_s);
        QSignalSpy done(&dialog, &StreamInfoDialog::completed);
        QVERIFY(!dialog.isComplete());
        streams.reset();
        users.reset();
        QVERIFY(dialog.isComplete());
        QCOMPARE(done.size(), 1);
    }

    void selectingAStreamShowsItsMessagesAndScrollingLoadsOlderPages()
    {
        StreamsPane streams;
        MessagesPane messages;
        messages.resize(900, 500);
        streams.show();
        messages.show();
        messages.setHistory(m_history.get());
        connect(&streams, &StreamsPane::streamSelected, &messages, &MessagesPane::showStream);
        QVERIFY(loadStreams(streams));
        QSignalSpy busy(&messages, &MessagesPane::busyChanged);
        QVERIFY(streams.selectStream(QString::fromLatin1(Demo::RatesDeskStreamId)));
        QCOMPARE(messages.currentStreamId(), QString::fromLatin1(Demo::RatesDeskStreamId));
        auto *view = qobject_cast<QTableView *>(messages.view());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !messages.model()->isLoading(), 20000);
        QVERIFY(busy.size() >= 2);
        QVERIFY(view->isVisible());
        const int first = view->model()->rowCount();
        QVERIFY(first < 600);
        // Newest first; the time cell is local time, its tooltip UTC.
        const QModelIndex top = view->model()->index(0, MessageTableModel::TimeColumn);
        QVERIFY(top.data(Qt::ToolTipRole).toString().endsWith(u'Z'));

        // Scrolling to the bottom asks for older pages, as often as the user gets there.
        for (int i = 0; i < 50 && !messages.model()->isAtBeginning(); ++i) {
            const int before = view->model()->rowCount();
            view->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(
                view->model()->rowCount() > before || messages.model()->isAtBeginning(), 20000);
            QTRY_VERIFY(!messages.model()->isLoading());
        }
        QVERIFY(messages.model()->isAtBeginning());
        QVERIFY(view->model()->rowCount() > first);
        QVERIFY(view->model()->rowCount() >= 600);

        // Selecting a row reports its message.
        QSignalSpy selected(&messages, &MessagesPane::messageSelected);
        messages.selectMessage(QString::fromLatin1(Demo::M1Id));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().constFirst().value<Message>().key(), QString::fromLatin1(Demo::M1Id));
        QCOMPARE(messages.selectedMessages().size(), 1);
        messages.findChild<QAction *>(u"copyMessageStandardId"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), Ids::toStandard(QString::fromLatin1(Demo::M1Id)));

        // The filters narrow the table.
        auto *sender = messages.findChild<QLineEdit *>(u"senderFilter"_s);
        sender->setText(u"Carol"_s);
        QTRY_VERIFY(!messages.proxy()->isFiltering() && messages.proxy()->filter().sender == "Carol"_L1);
        QVERIFY(view->model()->rowCount() > 0);
        const auto filtered = messages.filteredMessages();
        QCOMPARE(filtered.size(), view->model()->rowCount());
        for (const Message &m : filtered)
            QCOMPARE(m.user.userId, Demo::CarolId);

        // A click on a column header sorts what is loaded; a second click reverses it; Time goes back.
        sender->clear();
        QTRY_VERIFY(!messages.proxy()->isFiltering() && messages.proxy()->filter().isEmpty());
        messages.selectMessage(QString::fromLatin1(Demo::M1Id));
        QHeaderView *header = view->horizontalHeader();
        auto clickHeader = [&](int column) {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        auto senderAt = [&](int row) {
            return view->model()
                ->index(row, MessageTableModel::SenderColumn)
                .data()
                .toString()
                .toCaseFolded();
        };
        const int rows = view->model()->rowCount();
        QCOMPARE(messages.proxy()->sortColumn(), -1);
        clickHeader(MessageTableModel::SenderColumn);
        QTRY_VERIFY(messages.proxy()->sortColumn() == MessageTableModel::SenderColumn
            && !messages.proxy()->isFiltering());
        const Qt::SortOrder firstOrder = messages.proxy()->sortOrder();
        QCOMPARE(view->model()->rowCount(), rows);
        QVERIFY(firstOrder == Qt::AscendingOrder ? senderAt(0) < senderAt(rows - 1)
                                                 : senderAt(0) > senderAt(rows - 1));
        clickHeader(MessageTableModel::SenderColumn);
        QTRY_VERIFY(messages.proxy()->sortOrder() != firstOrder && !messages.proxy()->isFiltering());
        QVERIFY(firstOrder == Qt::AscendingOrder ? senderAt(0) > senderAt(rows - 1)
                                                 : senderAt(0) < senderAt(rows - 1));
        // The selected message is still the selected one.
        QCOMPARE(messages.selectedMessages().size(), 1);
        QCOMPARE(messages.selectedMessages().constFirst().key(), QString::fromLatin1(Demo::M1Id));
        view->sortByColumn(MessageTableModel::TimeColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!messages.proxy()->isFiltering());
        QCOMPARE(messages.proxy()->sortColumn(), -1);
        QCOMPARE(view->model()->index(0, 0).data(ModelRole::Timestamp).toLongLong(),
            messages.model()->row(0).timestamp);
    }

    void messagesPaneKeepsOrLetsGoOfItsSource()
    {
        auto history = std::make_unique<PodMessageHistory>(m_client.get());
        MessagesPane messages;
        messages.show();
        messages.setHistory(history.get());
        messages.showStream(QString::fromLatin1(Demo::RatesDeskStreamId), u"Rates Desk"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages.model()->rowCount() > 0 && !messages.model()->isLoading(), 20000);
        const int rows = messages.model()->rowCount();

        // The same source again (the window hands it on every setPanesClient()): the table stays.
        messages.setHistory(history.get());
        QCOMPARE(messages.model()->rowCount(), rows);
        QCOMPARE(messages.currentStreamId(), QString::fromLatin1(Demo::RatesDeskStreamId));

        // The source deleted while a page is on its way (its calls go with it): the pane is
        // disconnected at once rather than loading forever.
        messages.feed()->fetchMore();
        QVERIFY(messages.model()->isLoading());
        history.reset();
        QCOMPARE(messages.history(), nullptr);
        QVERIFY(!messages.model()->isLoading());
        QCOMPARE(messages.model()->rowCount(), 0);
        QCOMPARE(messages.currentStreamId(), QString());
        auto *hint = messages.findChild<QLabel *>(u"messagesHint"_s);
        QVERIFY(hint);
        QCOMPARE(hint->text(), u"Not connected."_s);

        // Another source: the pane reads from it.
        messages.setHistory(m_history.get());
        messages.showStream(QString::fromLatin1(Demo::RatesDeskStreamId), u"Rates Desk"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages.model()->rowCount() > 0 && !messages.model()->isLoading(), 20000);
    }

    void selectMessageOpensItsStream()
    {
        MessagesPane messages;
        messages.show();
        messages.setHistory(m_history.get());
        QSignalSpy selected(&messages, &MessagesPane::messageSelected);
        messages.selectMessage(QString::fromLatin1(Demo::M7Id));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.view()->selectionModel()->selectedRows().isEmpty(), 20000);
        QCOMPARE(messages.currentStreamId(), QString::fromLatin1(Demo::MimStreamId));
        QCOMPARE(selected.constLast().constFirst().value<Message>().key(), QString::fromLatin1(Demo::M7Id));
    }

    void searchAndErrors()
    {
        MessagesPane messages;
        messages.show();
        messages.setHistory(m_history.get());
        auto *search = messages.findChild<QLineEdit *>(u"messageSearch"_s);
        QVERIFY(search);
        search->setText(u"hashtag:rates"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(messages.currentSearch(), u"hashtag:rates"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            messages.view()->model()->rowCount() > 0 && !messages.model()->isLoading(), 20000);

        Fault f;
        f.pathPattern = u"/agent/v4/stream/.*/message"_s;
        f.status = 500;
        m_pod->addFault(f);
        QSignalSpy errors(&messages, &MessagesPane::errorOccurred);
        messages.showStream(QString::fromLatin1(Demo::ImStreamId), u"IM"_s);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        QCOMPARE(errors.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Server);
        auto *hint = messages.findChild<QLabel *>(u"messagesHint"_s);
        QTRY_VERIFY(hint->isVisible());
    }

    void columnStateRoundTrips()
    {
        MessagesPane a;
        auto *header = qobject_cast<QTableView *>(a.view())->horizontalHeader();
        header->setSectionHidden(MessageTableModel::FlagsColumn, true);
        header->moveSection(MessageTableModel::TextColumn, 0);
        header->resizeSection(MessageTableModel::SenderColumn, 222);
        const QByteArray state = a.saveState();
        MessagesPane b;
        b.restoreState(state);
        auto *other = qobject_cast<QTableView *>(b.view())->horizontalHeader();
        QVERIFY(other->isSectionHidden(MessageTableModel::FlagsColumn));
        QCOMPARE(other->visualIndex(MessageTableModel::TextColumn), 0);
        QCOMPARE(other->sectionSize(MessageTableModel::SenderColumn), 222);
        // The sort is not part of it: the table opens newest first.
        QCOMPARE(other->sortIndicatorSection(), int(MessageTableModel::TimeColumn));
        QCOMPARE(other->sortIndicatorOrder(), Qt::DescendingOrder);
        // Garbage keeps the defaults.
        MessagesPane c;
        c.restoreState("garbage"_ba);
        QVERIFY(!qobject_cast<QTableView *>(c.view())->horizontalHeader()->isSectionHidden(
            MessageTableModel::FlagsColumn));
    }
};

INSPECTOR_TEST_MAIN(BrowsePanesTest)
#include "tst_browsepanes.moc"
