// SPDX-License-Identifier: Apache-2.0
// The window on an archive, offline: File > Open Archive, recent archives, the panes fed from the
// archive's services (streams, messages with the revised flag), the title and status bar naming
// the archive, its pod and its last sync; an archive that cannot be opened leaves the window as it was.
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "archive/location.h"
#include "archive/readthread.h"
#include "browse/messagespane.h"
#include "browse/streamspane.h"
#include "common/smallarchive.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "detail/detailtabs.h"
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(u"small.sqlite"_s);
        const QString written = TestSupport::writeSmallArchive(Archive::Location::parse(m_archive).value());
        QVERIFY2(written.isEmpty(), qPrintable(written));
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
        MessageTableModel *model = m_window->messagesPane()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), TestSupport::SmallArchive::RoomMessages + 1, 10000);
        const int revised = model->rowOfMessage(TestSupport::SmallArchive::Revised);
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
        MessageTableModel *model = m_window->messagesPane()->model();
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
