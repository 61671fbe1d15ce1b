// SPDX-License-Identifier: Apache-2.0
// The window on an archive, offline: File > Open Archive, recent archives, the panes fed from the
// archive's services (streams, messages with the revised flag), the title and status bar naming
// the archive, its pod and its last sync; an archive that cannot be opened leaves the window as it was.
// A stream's messages in the windowed table (a stream of 50,000 opens at once and scrolls anywhere),
// its details, its full-text search within the stream and the activity strip's days.
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "archive/activitystrip.h"
#include "archive/archivemessagemodel.h"
#include "archive/location.h"
#include "archive/readthread.h"
#include "browse/messagespane.h"
#include "browse/streamspane.h"
#include "common/smallarchive.h"
#include "common/syntheticarchive.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "detail/detailtabs.h"
#include "itemmodels/messagefilterproxy.h"
#include "itemmodels/messagetablemodel.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "services/archiveservices.h"
#include "shell/bannerwidget.h"
#include "shell/mainwindow.h"
#include "shell/openarchivedialog.h"
#include "tools/diagnosticspage.h"

using namespace Inspector;
using namespace Inspector::Ui;
using namespace Qt::StringLiterals;

class TestArchiveWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_big; // a synthetic archive of BigMessages messages
    static constexpr int BigMessages = 50000;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;

    bool open(const QString &where, ApiError *error = nullptr)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::archiveOpened);
        m_window->openArchive(where);
        if (opened.isEmpty() && !opened.wait(10000))
            return false;
        const ApiError e = opened.constFirst().constFirst().value<ApiError>();
        if (error)
            *error = e;
        return !e.isError();
    }

    /// Opens @p where and its room (the same id in both archives) in the windowed table: from the
    /// streams pane for the small archive, directly for the synthetic one (no stream directory rows).
    ArchiveMessageModel *openRoom(const QString &where, int rows)
    {
        ApiError error;
        if (!open(where, &error)) {
            qWarning("cannot open %s: %s", qPrintable(where), qPrintable(error.message));
            return nullptr;
        }
        if (where == m_big) {
            m_window->messagesPane()->showStream(TestSupport::SyntheticArchive::streamId(), u"Rates Desk"_s);
        } else if (!QTest::qWaitFor(
                       [this] {
                           return m_window->streamsPane()->selectStream(TestSupport::SmallArchive::RoomId);
                       },
                       10000)) {
            qWarning("no stream %s", qPrintable(TestSupport::SmallArchive::RoomId));
            return nullptr;
        }
        MessagesPane *pane = m_window->messagesPane();
        ArchiveMessageModel *model = pane->windowedModel();
        if (!model || !pane->isWindowed() || pane->view()->model() != model)
            return nullptr;
        if (!QTest::qWaitFor(
                [model, rows] { return !model->isLoading() && model->rowCount() == rows; }, 10000))
            return nullptr;
        return model;
    }

    /// The ids of every row of @p model (reading every page).
    static QStringList idsOf(ArchiveMessageModel *model)
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            index.data(); // asks for its page
            if (!QTest::qWaitFor([model, row] { return model->isRowLoaded(row); }, 10000))
                return {};
            ids.append(index.data(ModelRole::MessageId).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(u"small.sqlite"_s);
        const QString written = TestSupport::writeSmallArchive(Archive::Location::parse(m_archive).value());
        QVERIFY2(written.isEmpty(), qPrintable(written));
        m_big = m_dir.filePath(u"big.sqlite"_s);
        const QString made
            = TestSupport::SyntheticArchive::make(Archive::Location::parse(m_big).value(), BigMessages);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_window = std::make_unique<MainWindow>(m_settings.get(), m_profiles.get(), m_secrets.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_settings.reset();
    }

    void opensAnArchiveAndBrowsesItOffline()
    {
        QVERIFY(m_window->action(u"openArchive"_s));
        QCOMPARE(m_window->action(u"openArchive"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));
        QVERIFY(open(m_archive));
        QVERIFY(m_window->archive());
        QVERIFY(!m_window->client()); // no network at all
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentIndex(), 1);
        // The panes read the archive's services.
        const Sources &sources = m_window->sources();
        QVERIFY(qobject_cast<ArchiveMessageHistory *>(sources.history.data()));
        QCOMPARE(m_window->messagesPane()->history(), sources.history.data());
        QCOMPARE(m_window->detailTabs()->details(), sources.details.data());
        QCOMPARE(m_window->diagnosticsPage()->diagnostics(), sources.diagnostics.data());
        // Which archive, which pod, when last synced.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionText().contains(u"pod.example"_s), 10000);
        QVERIFY(m_window->connectionText().contains(m_archive));
        QVERIFY(m_window->connectionText().contains(u"last finished sync"_s));
        QVERIFY(!m_window->connectionText().contains(u"never"_s));
        QVERIFY(m_window->windowTitle().contains(u"small.sqlite"_s));
        QVERIFY(m_window->windowTitle().contains(u"pod.example"_s));
        QVERIFY(m_window->action(u"disconnect"_s)->isEnabled());
        // Diagnostics say that there is no pod to ask.
        QVERIFY(m_window->diagnosticsPage()->summaryText().startsWith(u"Offline"_s));

        // The streams and a stream's messages, the revised one flagged.
        const QString room = TestSupport::SmallArchive::RoomId;
        QTRY_VERIFY_WITH_TIMEOUT(m_window->streamsPane()->selectStream(room), 10000);
        ArchiveMessageModel *model = m_window->messagesPane()->windowedModel();
        QVERIFY(model);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), TestSupport::SmallArchive::RoomMessages + 1, 10000);
        const int revised = int(idsOf(model).indexOf(Ids::normalized(TestSupport::SmallArchive::Revised)));
        QVERIFY(revised >= 0);
        const QModelIndex flags = model->index(revised, MessageTableModel::FlagsColumn);
        QVERIFY(flags.data().toString().contains(u"revised"_s));
        QVERIFY(m_window->windowTitle().contains(u"Rates Desk"_s));

        // Remembered, without any secret; Disconnect closes it.
        QCOMPARE(m_window->recentArchives(), QStringList {m_archive});
        QPointer<Archive::ReadThread> reader = m_window->archive();
        m_window->disconnectSession();
        QVERIFY(!m_window->archive());
        QCOMPARE(m_window->connectionText(), u"Not connected"_s);
        QTRY_VERIFY(reader.isNull());
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentIndex(), 0);
    }

    void anArchiveThatCannotOpenLeavesTheWindowAsItWas()
    {
        QVERIFY(open(m_archive));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionText().contains(u"pod.example"_s), 10000);
        Archive::ReadThread *before = m_window->archive();
        const QString state = m_window->connectionText();
        ApiError error;
        QVERIFY(!open(m_dir.filePath(u"absent.sqlite"_s), &error));
        QVERIFY(error.isError());
        QCOMPARE(m_window->archive(), before);
        QCOMPARE(m_window->connectionText(), state);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(!QFile::exists(m_dir.filePath(u"absent.sqlite"_s))); // nothing created
        // A URL with a password is refused before anything opens.
        QVERIFY(!open(u"postgresql://me:secret@localhost/db"_s, &error));
        QCOMPARE(m_window->archive(), before);
        QVERIFY(!m_window->recentArchives().join(u' ').contains(u"secret"_s));
    }

    void theHistoryTabShowsEachVersionAndItsDifferences()
    {
        DetailTabs *tabs = m_window->detailTabs();
        QVERIFY(!tabs->isTabVisible(DetailTabs::HistoryTab)); // no source keeps versions
        QVERIFY(open(m_archive));
        QVERIFY(tabs->isTabVisible(DetailTabs::HistoryTab));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->streamsPane()->selectStream(TestSupport::SmallArchive::RoomId), 10000);
        ArchiveMessageModel *model = m_window->messagesPane()->windowedModel();
        QVERIFY(model);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), TestSupport::SmallArchive::RoomMessages + 1, 10000);
        m_window->messagesPane()->selectMessage(TestSupport::SmallArchive::Revised);
        QTRY_COMPARE(tabs->message().key(), Ids::normalized(TestSupport::SmallArchive::Revised));
        tabs->setCurrentIndex(DetailTabs::HistoryTab);
        QTRY_VERIFY2_WITH_TIMEOUT(tabs->historyView()->toPlainText().contains(u"+ third line"_s),
            qPrintable(tabs->historyNote()->text() + u" | "_s + tabs->historyView()->toPlainText()), 10000);
        const QString text = tabs->historyView()->toPlainText();
        QVERIFY2(text.contains(u"- second line"_s), qPrintable(text));
        QVERIFY(text.contains(u"Version 1"_s));
        QVERIFY(text.contains(u"Version 2"_s));
        QVERIFY(text.contains(u"  first words"_s));
        QVERIFY(tabs->historyNote()->text().contains(u"2 versions"_s));
        // Another message: its one version, as it reads.
        m_window->messagesPane()->selectMessage(TestSupport::SmallArchive::idOf(0));
        QTRY_VERIFY_WITH_TIMEOUT(tabs->historyView()->toPlainText().contains(u"  banana 0"_s), 10000);
        QVERIFY(!tabs->historyView()->toPlainText().contains(u"third line"_s));
        // Back to the pod (or nothing): the tab goes.
        m_window->disconnectSession();
        QVERIFY(!tabs->isTabVisible(DetailTabs::HistoryTab));
    }

    void theSearchBoxSearchesTheFullTextIndex()
    {
        auto *box = m_window->messagesPane()->findChild<QLineEdit *>(u"messageSearch"_s);
        QVERIFY(box);
        QVERIFY(box->placeholderText().contains(u"hashtag:"_s)); // the pod's syntax
        QVERIFY(open(m_archive));
        QVERIFY(!box->placeholderText().contains(u"hashtag:"_s));
        QVERIFY(box->placeholderText().contains(u"*"_s));
        QVERIFY(box->toolTip().contains(u"Full-text"_s));
        m_window->messagesPane()->showSearch(u"apple"_s);
        MessageTableModel *model = m_window->messagesPane()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), TestSupport::SmallArchive::RoomMessages / 2, 10000);
        m_window->messagesPane()->showSearch(u"\"third line\""_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        m_window->disconnectSession();
        QVERIFY(box->placeholderText().contains(u"hashtag:"_s));
    }

    void aBigStreamOpensAtOnceAndScrollsAnywhere()
    {
        ArchiveMessageModel *model = openRoom(m_big, BigMessages);
        QVERIFY(model);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Messages: 50000"_s);
        MessagesPane *pane = m_window->messagesPane();
        auto *view = qobject_cast<QTableView *>(pane->view());
        QVERIFY(view);
        // Sized without asking every row; the strip above the table.
        QVERIFY(view->verticalHeader()->sectionResizeMode(0) != QHeaderView::ResizeToContents);
        QVERIFY(pane->activityStrip()->isVisible());
        QVERIFY(model->heldRows() < BigMessages / 10);
        // The middle, newest first: row r is message N - 1 - r.
        const int middle = BigMessages / 2;
        view->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(middle), 10000);
        QCOMPARE(model->index(middle, 0).data(ModelRole::MessageId).toString(),
            Ids::normalized(u"m%1"_s.arg(BigMessages - 1 - middle)));
        QVERIFY(model->heldRows() < BigMessages / 10); // not what is before it
        // The filters with no SQL are off, and say why.
        for (const char *name : {"senderFilter", "textFilter", "attachmentFilter"}) {
            auto *w = pane->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY(w);
            QVERIFY(!w->isEnabled());
            QVERIFY(!w->toolTip().isEmpty());
        }
        // Only the time sorts: a click on the sender keeps the time's indicator and the order.
        QHeaderView *header = view->horizontalHeader();
        header->setSortIndicator(MessageTableModel::SenderColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(MessageTableModel::TimeColumn));
        QVERIFY(model->query().newestFirst);
        header->setSortIndicator(MessageTableModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(!model->query().newestFirst);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == BigMessages, 10000);
        model->index(0, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), 10000);
        QCOMPARE(model->index(0, 0).data(ModelRole::MessageId).toString(), Ids::normalized(u"m0"_s));
        // Jump to a message by id: located, selected, in the middle of the view.
        pane->selectMessage(u"m31234"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().row(), 31234, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->detailTabs()->message().key(), Ids::normalized(u"m31234"_s), 10000);
    }

    void aSelectedRowShowsItsWholeMessage()
    {
        ArchiveMessageModel *model = openRoom(m_archive, TestSupport::SmallArchive::RoomMessages + 1);
        QVERIFY(model);
        QAbstractItemView *view = m_window->messagesPane()->view();
        model->index(0, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), 10000);
        const QString id = model->messageId(0);
        QVERIFY(!id.isEmpty());
        view->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        DetailTabs *tabs = m_window->detailTabs();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->message().key(), id, 10000);
        QVERIFY(!tabs->message().message.isEmpty()); // the whole message, read by id
        QCOMPARE(tabs->message().stream.key(), Ids::normalized(TestSupport::SmallArchive::RoomId));
        // Another row, then none.
        model->index(1, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(1), 10000);
        view->selectionModel()->setCurrentIndex(
            model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->message().key(), model->messageId(1), 10000);
        // The live pod's path is left as it was: back to no source, the paged table.
        m_window->disconnectSession();
        QVERIFY(!m_window->messagesPane()->isWindowed());
        QCOMPARE(view->model(), static_cast<QAbstractItemModel *>(m_window->messagesPane()->proxy()));
        QVERIFY(!m_window->messagesPane()->activityStrip()->isVisible());
    }

    void aJumpByIdOpensTheMessagesStream()
    {
        QVERIFY(open(m_archive));
        MessagesPane *pane = m_window->messagesPane();
        // No stream open: the message's stream opens, in the windowed table, at the message.
        pane->selectMessage(TestSupport::SmallArchive::Revised);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isWindowed(), 10000);
        QCOMPARE(pane->currentStreamId(), Ids::normalized(TestSupport::SmallArchive::RoomId));
        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->currentIndex().data(ModelRole::MessageId).toString(),
            Ids::normalized(TestSupport::SmallArchive::Revised), 10000);
        // A message of another stream: not in this table, so its stream opens.
        pane->selectMessage(TestSupport::SmallArchive::idOf(50));
        QTRY_COMPARE_WITH_TIMEOUT(
            pane->currentStreamId(), Ids::normalized(TestSupport::SmallArchive::ImId), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->currentIndex().data(ModelRole::MessageId).toString(),
            Ids::normalized(TestSupport::SmallArchive::idOf(50)), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->detailTabs()->message().key(),
            Ids::normalized(TestSupport::SmallArchive::idOf(50)), 10000);
        QCOMPARE(pane->activityStrip()->stream(), Ids::normalized(TestSupport::SmallArchive::ImId));
    }

    void theSearchBoxSearchesTheOpenStream()
    {
        ArchiveMessageModel *model = openRoom(m_big, BigMessages);
        QVERIFY(model);
        auto *box = m_window->messagesPane()->findChild<QLineEdit *>(u"messageSearch"_s);
        QVERIFY(box);
        box->setText(u"kumquat"_s);
        QTest::keyClick(box, Qt::Key_Return);
        // One message in 100 has the word: x % 100 == 7.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == BigMessages / 100, 10000);
        QCOMPARE(model->query().search, u"kumquat"_s);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Messages matching the filters: 500"_s);
        QStringList expected;
        for (int x = BigMessages - 1; x >= 0; --x) {
            if (x % 100 == 7)
                expected.append(Ids::normalized(u"m%1"_s.arg(x)));
        }
        QCOMPARE(idsOf(model), expected);
        // The clear button: every message again.
        box->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == BigMessages, 10000);
        QVERIFY(model->query().search.isEmpty());
    }

    void theStripsDaysFilterTheTable()
    {
        ArchiveMessageModel *model = openRoom(m_big, BigMessages);
        QVERIFY(model);
        MessagesPane *pane = m_window->messagesPane();
        ActivityStrip *strip = pane->activityStrip();
        QTRY_VERIFY_WITH_TIMEOUT(strip->bins().size() > 4, 10000);
        QCOMPARE(strip->stream(), Ids::normalized(TestSupport::SyntheticArchive::streamId()));
        // A row far down is current: a filter still starts at the top.
        pane->selectMessage(u"m1234"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->currentIndex().row(), BigMessages - 1 - 1234, 10000);
        // Drag from the second bar to the fourth.
        const QPoint from = strip->binRect(1).center();
        const QPoint to = strip->binRect(3).center();
        QTest::mousePress(strip, Qt::LeftButton, {}, from);
        QTest::mouseMove(strip, to);
        QTest::mouseRelease(strip, Qt::LeftButton, {}, to);
        const QDate first = strip->selectedFrom();
        const QDate last = strip->selectedTo();
        QVERIFY(first.isValid() && last.isValid() && first < last);
        // The selected bars stand out from the others (full bars would hide a selection of the same colour).
        const QImage image = strip->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        auto colourAt
            = [&image, ratio](const QPoint &p) { return image.pixelColor((QPointF(p) * ratio).toPoint()); };
        QVERIFY(colourAt(strip->binRect(2).center()) != colourAt(strip->binRect(6).center()));
        int expected = 0;
        for (int x = 0; x < BigMessages; ++x) {
            const QDate day
                = QDateTime::fromMSecsSinceEpoch(TestSupport::SyntheticArchive::timestampOf(x)).date();
            expected += day >= first && day <= last;
        }
        QVERIFY(expected > 0 && expected < BigMessages);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == expected, 10000);
        QCOMPARE(pane->view()->indexAt(QPoint(1, 1)).row(), 0);
        // The dates say so.
        auto *dates = pane->findChild<QCheckBox *>(u"dateFilter"_s);
        QVERIFY(dates->isChecked());
        QCOMPARE(pane->findChild<QDateEdit *>(u"fromDate"_s)->date(), first);
        QCOMPARE(pane->findChild<QDateEdit *>(u"toDate"_s)->date(), last);
        // Every row is of those days (the first and the last row suffice: the order is time).
        for (int row : {0, expected - 1}) {
            pane->view()->scrollTo(model->index(row, 0)); // what is shown is read
            model->index(row, 0).data();
            QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(row), 10000);
            const QDate day = QDateTime::fromMSecsSinceEpoch(model->heldRow(row)->timestamp).date();
            QVERIFY(day >= first && day <= last);
        }
        // Esc clears: every message again.
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Escape);
        QVERIFY(!strip->selectedFrom().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == BigMessages, 10000);
        QVERIFY(!dates->isChecked());
        // Ticking the dates off clears the strip's days too.
        QTest::mousePress(strip, Qt::LeftButton, {}, from);
        QTest::mouseRelease(strip, Qt::LeftButton, {}, from);
        QVERIFY(strip->selectedFrom().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() < BigMessages, 10000);
        dates->setChecked(false);
        QVERIFY(!strip->selectedFrom().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == BigMessages, 10000);
    }

    void theDialogAndTheRecentMenuOpenArchives()
    {
        m_settings->setValue(u"archive/recent"_s, QStringList {m_archive});
        OpenArchiveDialog *dialog = m_window->openArchiveDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->locationBox()->count(), 1);
        QCOMPARE(dialog->location(), m_archive);
        QSignalSpy opened(m_window.get(), &MainWindow::archiveOpened);
        dialog->setLocation(m_archive);
        QMetaObject::invokeMethod(dialog, "accept"); // the dialog's own accept is not chosen()
        QVERIFY(!opened.wait(300));
        // The Open button emits chosen(), which the window opens.
        Q_EMIT dialog->chosen(m_archive);
        QVERIFY(opened.wait(10000));
        QVERIFY(m_window->archive());
        // The recent menu holds the archive, & shown as such.
        auto *menu = m_window->findChild<QMenu *>(u"recentArchives"_s);
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(menu->isEnabled());
    }
};

INSPECTOR_TEST_MAIN(TestArchiveWindow)
#include "tst_archivewindow.moc"
