// SPDX-License-Identifier: Apache-2.0
// The window's archive parts (issue 14): Archive > Sync…, an archive opened offline (Open Archive…,
// recent archives, the title), and the Overview and Changes pages. The rest of MainWindow is in
// mainwindow.cpp.
#include "shell/mainwindow.h"

#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>

#include "archive/changespage.h"
#include "archive/overviewpage.h"
#include "archive/reader.h"
#include "archive/readthread.h"
#include "browse/messagespane.h"
#include "browse/streamspane.h"
#include "detail/detailtabs.h"
#include "shell/bannerwidget.h"
#include "shell/openarchivedialog.h"
#include "shell/synccontroller.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

// --- Archive > Sync… (issue 14) ---

void MainWindow::createSync()
{
    m_sync = new SyncController(this, m_settings);
    auto *menu = new QMenu(tr("&Archive"), this);
    menu->addAction(m_sync->action());
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu); // Help stays last
    connect(m_sync, &SyncController::showChangesRequested, this, &MainWindow::showChangesRequested);
}

} // namespace Inspector::Ui

// --- Archive: browse an archive offline (issue 14) ---

namespace Inspector::Ui {

namespace {

constexpr int RecentArchiveCount = 8;
const QString RecentArchivesKey = u"archive/recent"_s;

} // namespace

Archive::ReadThread *MainWindow::archive() const
{
    return m_archive;
}

QStringList MainWindow::recentArchives() const
{
    return m_settings->value(RecentArchivesKey).toStringList();
}

void MainWindow::rememberArchive(const QString &where)
{
    QStringList recent = recentArchives();
    recent.removeAll(where);
    recent.prepend(where);
    while (recent.size() > RecentArchiveCount)
        recent.removeLast();
    m_settings->setValue(RecentArchivesKey, recent);
    updateRecentArchivesMenu();
}

void MainWindow::updateRecentArchivesMenu()
{
    if (!m_recentArchives)
        return;
    m_recentArchives->clear();
    const QStringList recent = recentArchives();
    for (const QString &where : recent) {
        // The text is a path or URL the user typed: no mnemonic may be read into it.
        QString text = where;
        text.replace(u'&', "&&"_L1);
        QAction *action = m_recentArchives->addAction(text);
        connect(action, &QAction::triggered, this, [this, where] { openArchive(where); });
    }
    m_recentArchives->setEnabled(!recent.isEmpty());
}

OpenArchiveDialog *MainWindow::openArchiveDialog()
{
    if (m_openArchiveDialog)
        m_openArchiveDialog->close();
    auto *dialog = new OpenArchiveDialog(recentArchives(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenArchiveDialog::chosen, this, &MainWindow::openArchive);
    m_openArchiveDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::openArchive(const QString &where)
{
    m_banner->dismiss();
    const Result<Archive::Location> location = Archive::Location::parse(where.trimmed());
    if (!location) {
        m_banner->showMessage(
            BannerWidget::Level::Error, tr("Could not open the archive: %1").arg(location.error().message()));
        Q_EMIT archiveOpened(ApiError::fromLocal(location.error()));
        return;
    }
    // One opening at a time: the latest choice wins.
    delete m_openingArchive.data();
    auto *reader = new Archive::ReadThread(location.value(), {}, this);
    m_openingArchive = reader;
    const QString display = location.value().display();
    const QString before = connectionText();
    setConnectionState(tr("Opening the archive %1…").arg(display));
    connect(
        reader, &Archive::ReadThread::opened, this, [this, reader, display, before](const ApiError &error) {
            if (m_openingArchive != reader)
                return;
            m_openingArchive = nullptr;
            if (error.isError()) {
                // The window stays as it was.
                reader->deleteLater();
                setConnectionState(before);
                m_banner->showMessage(BannerWidget::Level::Error,
                    tr("Could not open the archive %1.").arg(display), error.message);
                Q_EMIT archiveOpened(error);
                return;
            }
            // The archive replaces the connection: the pod's, or the archive open before.
            disconnectSession();
            m_archive = reader;
            m_sources = Sources::forArchive(reader, reader);
            m_sourcesClient = nullptr;
            handPanesSources(nullptr);
            m_archiveTitle = display;
            m_stack->setCurrentIndex(1);
            setWindowTitle(titleFor({}));
            setConnectionState(tr("Archive %1").arg(display));
            rememberArchive(display);
            setArchivePages(reader);
            m_streams->refresh();
            // Which pod, and when it was last synced: read on the archive's thread.
            reader->run<Archive::ArchiveSummary>(
                [](Archive::Store &store, const std::atomic_bool &) {
                    return Archive::Reader(store).summary();
                },
                [this, reader, display](Archive::ArchiveSummary &summary) {
                    if (m_archive != reader)
                        return;
                    const QString pod = summary.pod.isEmpty() ? tr("an unknown pod") : summary.pod;
                    m_archiveTitle = tr("%1 (archive of %2)").arg(display, pod);
                    const QString synced = summary.lastFinished
                        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(summary.lastFinished->endedAt),
                            QLocale::ShortFormat)
                        : tr("never");
                    setConnectionState(
                        tr("Archive %1 of %2, offline; last finished sync: %3").arg(display, pod, synced));
                    setWindowTitle(titleFor(m_streamTitle));
                });
            updateActions();
            Q_EMIT sessionChanged();
            Q_EMIT archiveOpened({});
        });
}

void MainWindow::closeArchive()
{
    if (!m_archive)
        return;
    // The panes let go of the archive's services (its children) before it goes.
    m_sources = {};
    handPanesSources(nullptr);
    m_details->clear();
    setArchivePages(nullptr);
    Archive::ReadThread *old = m_archive;
    m_archive = nullptr;
    old->deleteLater();
    m_archiveTitle.clear();
    m_streamId.clear();
    m_streamTitle.clear();
    setWindowTitle(tr("Symphony Inspector"));
    m_stack->setCurrentIndex(0);
    setConnectionState(tr("Not connected"));
    updateActions();
    Q_EMIT sessionChanged();
}

QString MainWindow::titleFor(const QString &streamTitle) const
{
    if (m_archive && !m_archiveTitle.isEmpty()) {
        if (streamTitle.isEmpty())
            return tr("%1 – Symphony Inspector").arg(m_archiveTitle);
        return tr("%1 – %2 – Symphony Inspector").arg(streamTitle, m_archiveTitle);
    }
    return streamTitle.isEmpty() ? tr("Symphony Inspector") : tr("%1 – Symphony Inspector").arg(streamTitle);
}

} // namespace Inspector::Ui

// --- Archive pages: Overview and Changes (issue 14) ---

namespace Inspector::Ui {

void MainWindow::createArchivePages()
{
    m_overview = new OverviewPage(this);
    m_overview->setAccessibleName(tr("Archive overview"));
    m_changes = new ChangesPage(this);
    m_changes->setAccessibleName(tr("Changes between syncs"));
    m_pages->addTab(m_overview, tr("&Overview"));
    m_pages->addTab(m_changes, tr("C&hanges"));
    m_pages->setTabVisible(m_pages->indexOf(m_overview), false);
    m_pages->setTabVisible(m_pages->indexOf(m_changes), false);
    connect(m_overview, &OverviewPage::openStream, this, &MainWindow::jumpToStream);
    connect(m_changes, &ChangesPage::openStream, this, &MainWindow::jumpToStream);
    connect(m_changes, &ChangesPage::openMessage, this, &MainWindow::jumpToMessage);
    connect(m_sync, &SyncController::showChangesRequested, this, &MainWindow::showChanges);
}

void MainWindow::setArchivePages(Archive::ReadThread *archive)
{
    if (archive)
        delete m_changesArchive.data(); // the window's archive replaces a synced one
    m_overview->setArchive(archive);
    m_changes->setArchive(archive);
    m_pages->setTabVisible(m_pages->indexOf(m_overview), archive != nullptr);
    m_pages->setTabVisible(m_pages->indexOf(m_changes), archive != nullptr);
}

void MainWindow::showChanges(const QString &location)
{
    if (m_archive && m_archive->location().display() == location) {
        m_changes->reload();
    } else {
        const Result<Archive::Location> parsed = Archive::Location::parse(location);
        if (!parsed) {
            m_banner->showMessage(BannerWidget::Level::Error,
                tr("Could not open the archive: %1").arg(parsed.error().message()));
            return;
        }
        // Read by this page alone: the panes stay on the pod.
        m_changes->setArchive(nullptr);
        delete m_changesArchive.data();
        m_changesArchive = new Archive::ReadThread(parsed.value(), {}, this);
        m_changes->setArchive(m_changesArchive);
    }
    m_pages->setTabVisible(m_pages->indexOf(m_changes), true);
    m_pages->setCurrentWidget(m_changes);
}

void MainWindow::jumpToStream(const QString &streamId)
{
    m_pages->setCurrentWidget(m_browseSplitter);
    if (!m_streams->selectStream(streamId))
        onStreamSelected(streamId, QString());
}

void MainWindow::jumpToMessage(const QString &streamId, const QString &messageId)
{
    jumpToStream(streamId);
    m_messages->selectMessage(messageId);
}

} // namespace Inspector::Ui
