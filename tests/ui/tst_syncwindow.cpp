// SPDX-License-Identifier: Apache-2.0
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "archive/reader.h"
#include "archive/store.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "demopodserver.h"
#include "itemmodels/syncprogressmodel.h"
#include "profiles/profileconnector.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "shell/bannerwidget.h"
#include "shell/mainwindow.h"
#include "shell/synccontroller.h"
#include "shell/syncdialog.h"
#include "shell/syncprogresspane.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
using Ui::BannerWidget;
using Ui::MainWindow;
using Ui::SyncController;

/**
 * @brief Archive > Sync… in the real window against the demo pod: the action needs a live
 * connection, the dialog starts a sync off the GUI thread, the progress list follows it and
 * cancels it, and the banner reports what changed and offers Show changes.
 */
class SyncWindowTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;

    bool connectDemo()
    {
        DemoPod::Server *pod = m_pod.get();
        m_window->setDemoStarter([pod] {
            DemoPodAccess access;
            access.origin = pod->baseUrl();
            access.username = DemoPod::Server::botUsername();
            access.privateKeyPem = DemoPod::Server::botPrivateKeyPem();
            return Result<DemoPodAccess>(access);
        });
        m_window->connectProfile(Profile::demoProfile());
        return QTest::qWaitFor([this] { return m_window->client() != nullptr; }, 10000);
    }

    SyncController *sync() const { return m_window->syncController(); }

    /// Where screenshots go: INSPECTOR_TEST_SCREENSHOTS when set (to look at them), else the temp dir.
    QString screenshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("INSPECTOR_TEST_SCREENSHOTS", m_dir.path());
        return QDir(dir).filePath(name);
    }

    /// Holds every page of messages after the first @p skip, so that the sync is seen running.
    void holdMessagePages(int skip, int ms = 15000)
    {
        DemoPod::Fault held;
        held.kind = DemoPod::Fault::Kind::Delay;
        held.pathPattern = u".*/message"_s;
        held.skip = skip;
        held.delayMs = ms;
        held.count = -1;
        m_pod->addFault(held);
    }

    int rowsIn(Archive::SyncStreamState::State state) const
    {
        const SyncProgressModel *model = sync()->pane()->model();
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += model->stream(row).state == state;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_pod = TestSupport::startPod(TestSupport::podConfig(6, 40));
    }

    void init()
    {
        m_pod->clearFaults();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_window = std::make_unique<MainWindow>(m_settings.get(), m_profiles.get(), m_secrets.get());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_pod->clearFaults();
    }

    void cleanupTestCase() { m_pod->stop(); }

    void theActionNeedsALiveConnection()
    {
        QAction *action = sync()->action();
        QMenu *archive = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->text() == u"&Archive"_s)
                archive = a->menu();
        }
        QVERIFY(archive);
        QVERIFY(archive->actions().contains(action));
        QCOMPARE(action->text(), u"&Sync…"_s);
        QVERIFY(!action->isEnabled());
        QVERIFY(!sync()->openDialog());
        QVERIFY(connectDemo());
        QVERIFY(action->isEnabled());
        m_window->disconnectSession();
        QVERIFY(!action->isEnabled());
    }

    void syncsFromTheDialogAndReportsWhatChanged()
    {
        QVERIFY(connectDemo());
        const QString file = m_dir.filePath(u"window.sqlite"_s);
        Ui::SyncDialog *dialog = sync()->openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setArchive(file);
        dialog->adjustSize();
        QVERIFY(dialog->grab().save(screenshot(u"sync-dialog.png"_s)));

        // Two streams come at once, then the pages are held: the list shows the sync running.
        holdMessagePages(2, 4000);
        QSignalSpy finished(sync(), &SyncController::finished);
        dialog->accept();
        QVERIFY(sync()->isRunning());
        QVERIFY(!sync()->action()->isEnabled()); // one sync at a time
        QVERIFY(sync()->dock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(rowsIn(Archive::SyncStreamState::State::Done) >= 2
                && rowsIn(Archive::SyncStreamState::State::Running) >= 1,
            20000);
        QVERIFY(sync()->pane()->cancelButton()->isEnabled());
        QVERIFY2(sync()->pane()->summaryText().contains(u"streams 2 of "_s),
            qPrintable(sync()->pane()->summaryText()));
        QVERIFY(sync()->dock()->grab().save(screenshot(u"sync-progress.png"_s)));
        m_pod->clearFaults(); // the pages held so far still come late; the next ones at once
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<Archive::SyncReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(rowsIn(Archive::SyncStreamState::State::Done), sync()->pane()->model()->rowCount());
        QVERIFY(!sync()->pane()->cancelButton()->isEnabled());
        QVERIFY(sync()->action()->isEnabled());

        // The banner says what changed, in numbers the archive agrees with, and offers Show changes.
        std::unique_ptr<Archive::Store> store
            = Archive::Store::open(Archive::Location::parse(file).value(), Archive::Store::Mode::Read)
                  .value();
        const Archive::ArchiveSummary summary = Archive::Reader(*store).summary().value();
        BannerWidget *banner = m_window->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->level(), BannerWidget::Level::Info);
        QVERIFY2(
            banner->text().contains(u"%1 new messages"_s.arg(summary.messages)), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"%1 new streams"_s.arg(summary.streams)));
        QVERIFY(banner->text().contains(u"0 revisions"_s));
        QVERIFY(banner->details().contains(u"requests"_s));
        QCOMPARE(banner->actionText(), u"Show changes"_s);
        QSignalSpy show(m_window.get(), &MainWindow::showChangesRequested);
        banner->triggerAction();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().first().toString(), file);

        // The choices were remembered for this profile.
        QCOMPARE(m_settings->value(u"archiveSync/demo/archive"_s).toString().isEmpty(), false);
    }

    void cancelKeepsWhatWasStoredAndTheNextSyncCarriesOn()
    {
        QVERIFY(connectDemo());
        const QString file = m_dir.filePath(u"cancelled.sqlite"_s);
        holdMessagePages(2);
        Archive::SyncOptions options;
        options.concurrency = 2;
        QSignalSpy finished(sync(), &SyncController::finished);
        QVERIFY(sync()->start(Archive::Location::parse(file).value(), options));
        QVERIFY(!sync()->start(Archive::Location::parse(file).value(), options));
        QTRY_VERIFY_WITH_TIMEOUT(rowsIn(Archive::SyncStreamState::State::Done) >= 2, 20000);
        sync()->pane()->cancelButton()->click();
        QVERIFY(!sync()->pane()->cancelButton()->isEnabled());
        QVERIFY(finished.wait(10000));
        m_pod->clearFaults();
        const auto cancelled = finished.first().first().value<Archive::SyncReport>();
        QVERIFY(cancelled.cancelled);
        QCOMPARE(rowsIn(Archive::SyncStreamState::State::Running), 0); // they wait for the next sync
        QVERIFY(rowsIn(Archive::SyncStreamState::State::Waiting) > 0);
        QVERIFY(sync()->pane()->summaryText().contains(u"Cancelled"_s));
        QVERIFY2(m_window->banner()->text().contains(u"cancelled"_s), qPrintable(m_window->banner()->text()));
        QCOMPARE(m_window->banner()->level(), BannerWidget::Level::Info);

        QVERIFY(sync()->start(Archive::Location::parse(file).value(), options));
        QVERIFY(finished.wait(30000));
        const auto resumed = finished.last().first().value<Archive::SyncReport>();
        QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
        std::unique_ptr<Archive::Store> store
            = Archive::Store::open(Archive::Location::parse(file).value(), Archive::Store::Mode::Read)
                  .value();
        const Archive::ArchiveSummary summary = Archive::Reader(*store).summary().value();
        // Both runs together stored every message once.
        QCOMPARE(cancelled.counts.messagesNew + resumed.counts.messagesNew, summary.messages);
    }

    void aFailureIsAnError()
    {
        QVERIFY(connectDemo());
        QSignalSpy finished(sync(), &SyncController::finished);
        QVERIFY(sync()->start(Archive::Location::parse(m_dir.filePath(u"no/such/dir/x.sqlite"_s)).value(),
            Archive::SyncOptions()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_window->banner()->level(), BannerWidget::Level::Error);
        QVERIFY(m_window->banner()->text().startsWith(u"The sync to "_s));
        QCOMPARE(m_window->banner()->actionText(), QString()); // nothing to show
    }
};

INSPECTOR_TEST_MAIN(SyncWindowTest)

#include "tst_syncwindow.moc"
