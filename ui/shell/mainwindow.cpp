// SPDX-License-Identifier: Apache-2.0
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "api/apiclient.h"
#include "archive/readthread.h"
#include "browse/messagespane.h"
#include "browse/streamspane.h"
#include "common/plaintext.h"
#include "detail/detailtabs.h"
#include "export/exportrunner.h"
#include "live/livepane.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "shell/bannerwidget.h"
#include "shell/synccontroller.h"
#include "tools/diagnosticspage.h"
#include "tools/idconverterdialog.h"
#include "tools/profiledialog.h"
#include "tools/profilemanagerdialog.h"
#include "tools/requestlogview.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

MainWindow::MainWindow(QSettings *settings, ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_banner(new BannerWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_browseSplitter(new QSplitter(Qt::Vertical, this))
    , m_pages(new QTabWidget(this))
    , m_streams(new StreamsPane(this))
    , m_messages(new MessagesPane(this))
    , m_details(new DetailTabs(this))
    , m_diagnostics(new DiagnosticsPage(this))
    , m_requestLog(new RequestLogView(this))
    , m_live(new LivePane(this))
    , m_exportRunner(new Export::ExportRunner(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Symphony Inspector"));
    setAccessibleName(tr("Symphony Inspector"));

    m_streams->setAccessibleName(tr("Streams"));
    m_messages->setAccessibleName(tr("Messages"));
    m_details->setAccessibleName(tr("Message details"));
    m_diagnostics->setAccessibleName(tr("Diagnostics"));
    m_requestLog->setAccessibleName(tr("Request log"));
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setDocumentMode(true);

    m_browseSplitter->setObjectName(u"browseSplitter"_s);
    m_browseSplitter->addWidget(m_messages);
    m_browseSplitter->addWidget(m_details);
    m_browseSplitter->setStretchFactor(0, 3);
    m_browseSplitter->setStretchFactor(1, 2);
    m_browseSplitter->setChildrenCollapsible(false);

    m_pages->addTab(m_browseSplitter, tr("&Messages"));
    m_pages->addTab(m_diagnostics, tr("&Diagnostics"));
    m_pages->addTab(m_requestLog, tr("&Request log"));
    m_live->setAccessibleName(tr("Live events"));
    m_pages->addTab(m_live, tr("&Live"));

    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_streams);
    m_mainSplitter->addWidget(m_pages);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);

    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(m_mainSplitter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createStatusBar();
    wirePanes();
    restoreSettings();
    createSync();
    createArchivePages();
    setConnectionState(tr("Not connected"));
    updateActions();
}

MainWindow::~MainWindow()
{
    // Panes first lose the client, then it goes: no pane may hold a job of a deleted client.
    setPanesClient(nullptr);
    delete m_client;
    delete m_openingArchive.data();
    delete m_archive.data();
}

void MainWindow::setDemoStarter(DemoStarter starter)
{
    m_demoStarter = std::move(starter);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setAccessibleName(tr("Not connected"));
    auto *title = new QLabel(tr("Not connected to a pod"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *hint = new QLabel(tr("Connect to a pod with a connection profile, or try the built-in demo pod: "
                               "it needs no account and shows every feature."),
        page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto *connectButton = new QPushButton(tr("Connect…"), page);
    connectButton->setAccessibleName(tr("Open connection profiles"));
    auto *demoButton = new QPushButton(tr("Open the demo pod"), page);
    demoButton->setAccessibleName(tr("Connect to the demo pod"));
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::openProfileManager);
    connect(demoButton, &QPushButton::clicked, this, [this] { connectProfile(Profile::demoProfile()); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(connectButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addStretch(2);
    layout->setContentsMargins(48, 24, 48, 24);
    return page;
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                   QStyle::StandardPixmap icon, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(name, action);
        return action;
    };
    add(u"connect"_s, tr("&Connect…"), QKeySequence(u"Ctrl+O"_s), QStyle::SP_DriveNetIcon,
        [this] { openProfileManager(); });
    add(u"disconnect"_s, tr("&Disconnect"), {}, QStyle::SP_CustomBase, [this] { disconnectSession(); });
    add(u"openArchive"_s, tr("Open &Archive…"), QKeySequence(u"Ctrl+Shift+O"_s), QStyle::SP_DirOpenIcon,
        [this] { openArchiveDialog(); });
    add(u"refresh"_s, tr("&Refresh"), QKeySequence(Qt::Key_F5), QStyle::SP_BrowserReload,
        [this] { refresh(); });
    add(u"filter"_s, tr("&Filter"), QKeySequence(Qt::CTRL | Qt::Key_F), QStyle::SP_FileDialogContentsView,
        [this] { focusFilter(); });
    add(u"export"_s, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStyle::SP_DialogSaveButton,
        [this] { openExportDialog(); });
    add(u"idConverter"_s, tr("&ID Converter…"), QKeySequence(Qt::CTRL | Qt::Key_L),
        QStyle::SP_FileDialogInfoView, [this] { openIdConverter(); });
    add(u"messages"_s, tr("&Messages"), QKeySequence(u"Ctrl+1"_s), QStyle::SP_CustomBase,
        [this] { showMessages(); });
    add(u"diagnostics"_s, tr("&Diagnostics"), QKeySequence(u"Ctrl+2"_s), QStyle::SP_ComputerIcon,
        [this] { showDiagnostics(); });
    add(u"requestLog"_s, tr("&Request Log"), QKeySequence(u"Ctrl+3"_s), QStyle::SP_FileDialogDetailedView,
        [this] { showRequestLog(); });
    add(u"live"_s, tr("&Live Events"), QKeySequence(u"Ctrl+4"_s), QStyle::SP_MediaPlay,
        [this] { showLive(); });
    add(u"quit"_s, tr("&Quit"), QKeySequence(QKeySequence::Quit), QStyle::SP_CustomBase, [this] { close(); });
    add(u"about"_s, tr("&About Symphony Inspector"), {}, QStyle::SP_CustomBase, [this] { showAbout(); });
    add(u"aboutQt"_s, tr("About &Qt"), {}, QStyle::SP_CustomBase, [] { QApplication::aboutQt(); });
    m_actions.value(u"refresh"_s)->setToolTip(tr("Reload the streams and the current view (F5)"));
    m_actions.value(u"filter"_s)->setToolTip(tr("Filter the list that has the focus (Ctrl+F)"));
    m_actions.value(u"export"_s)
        ->setToolTip(tr("Export messages to CSV, JSON, JSON Lines, HTML or PDF (Ctrl+E)"));
    m_actions.value(u"idConverter"_s)
        ->setToolTip(tr("Convert a stream or message ID between its forms (Ctrl+L)"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Connection"));
    file->addAction(m_actions.value(u"connect"_s));
    file->addAction(m_actions.value(u"disconnect"_s));
    file->addSeparator();
    file->addAction(m_actions.value(u"openArchive"_s));
    m_recentArchives = file->addMenu(tr("Recent Archi&ves"));
    m_recentArchives->setObjectName(u"recentArchives"_s);
    updateRecentArchivesMenu();
    file->addSeparator();
    file->addAction(m_actions.value(u"export"_s));
    file->addSeparator();
    file->addAction(m_actions.value(u"quit"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions.value(u"refresh"_s));
    view->addAction(m_actions.value(u"filter"_s));
    view->addSeparator();
    view->addAction(m_actions.value(u"messages"_s));
    view->addAction(m_actions.value(u"diagnostics"_s));
    view->addAction(m_actions.value(u"requestLog"_s));
    view->addAction(m_actions.value(u"live"_s));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_actions.value(u"idConverter"_s));
    tools->addAction(m_actions.value(u"diagnostics"_s));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.value(u"about"_s));
    help->addAction(m_actions.value(u"aboutQt"_s));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions.value(u"connect"_s));
    bar->addAction(m_actions.value(u"refresh"_s));
    bar->addAction(m_actions.value(u"export"_s));
    bar->addAction(m_actions.value(u"idConverter"_s));
    bar->addAction(m_actions.value(u"diagnostics"_s));
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = plainLabel(this);
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(80);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Loading"));
    m_busyBar->hide();
    m_exportLabel = plainLabel(this);
    m_exportLabel->setAccessibleName(tr("Export progress"));
    m_exportBar = new QProgressBar(this);
    m_exportBar->setMaximumWidth(140);
    m_exportBar->setMaximumHeight(14);
    m_exportBar->setAccessibleName(tr("Export progress"));
    m_exportCancel = new QPushButton(tr("Cancel"), this);
    m_exportCancel->setAccessibleName(tr("Cancel the export"));
    m_exportLabel->hide();
    m_exportBar->hide();
    m_exportCancel->hide();
    statusBar()->addPermanentWidget(m_exportLabel);
    statusBar()->addPermanentWidget(m_exportBar);
    statusBar()->addPermanentWidget(m_exportCancel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_exportCancel, &QPushButton::clicked, this, &MainWindow::cancelExport);
    connect(m_exportRunner, &Export::ExportRunner::progress, this, &MainWindow::onExportProgress);
    connect(m_exportRunner, &Export::ExportRunner::finished, this, &MainWindow::onExportFinished);
}

void MainWindow::wirePanes()
{
    connect(m_streams, &StreamsPane::streamSelected, this, &MainWindow::onStreamSelected);
    connect(m_streams, &StreamsPane::exportStreamsRequested, this,
        [this](const QStringList &ids) { openExportDialog(ids); });
    connect(m_streams, &StreamsPane::errorOccurred, this, &MainWindow::showError);

    connect(m_messages, &MessagesPane::messageSelected, m_details, &DetailTabs::showMessage);
    connect(m_messages, &MessagesPane::exportRequested, this, [this] { openExportDialog(); });
    connect(m_messages, &MessagesPane::errorOccurred, this, &MainWindow::showError);
    connect(m_messages, &MessagesPane::busyChanged, this, &MainWindow::setBusy);
    connect(m_messages, &MessagesPane::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    connect(m_details, &DetailTabs::errorOccurred, this, &MainWindow::showError);
    connect(m_details, &DetailTabs::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_diagnostics, &DiagnosticsPage::errorOccurred, this, &MainWindow::showError);
    // A live event's message opens in the same detail tabs as a stored one.
    connect(m_live, &LivePane::messageSelected, this, [this](const Message &message) {
        m_pages->setCurrentWidget(m_browseSplitter);
        m_details->showMessage(message);
    });
    connect(m_live, &LivePane::errorOccurred, this, &MainWindow::showError);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int) { updateActions(); });
}

void MainWindow::setPanesClient(ApiClient *client)
{
    // The connection's services live as long as its client (its children); the same client keeps
    // its services, so the panes keep what they show.
    if (!client || client != m_sourcesClient) {
        m_sources = Sources::forPod(client, client);
        m_sourcesClient = client;
    }
    handPanesSources(client);
}

void MainWindow::handPanesSources(ApiClient *client)
{
    m_streams->setDirectories(m_sources.streams, m_sources.users);
    m_messages->setHistory(m_sources.history);
    m_details->setDetails(m_sources.details);
    m_diagnostics->setDiagnostics(m_sources.diagnostics);
    m_diagnostics->setClient(client);
    m_requestLog->setClient(client);
    m_live->setClient(client);
}

void MainWindow::connectProfile(const Profile &profile)
{
    m_banner->dismiss();
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater();
    }
    m_profileId = profile.id;
    auto *connector = new ProfileConnector(profile, m_secrets, this);
    if (profile.demo) {
        const Result<DemoPodAccess> access = m_demoStarter
            ? m_demoStarter()
            : Result<DemoPodAccess>(LocalError(tr("This build has no embedded demo pod.")));
        if (!access) {
            delete connector;
            m_banner->showMessage(
                BannerWidget::Level::Error, tr("The demo pod could not start."), access.error().message());
            return;
        }
        connector->setDemoPod(access.value());
    }
    m_connector = connector;
    setConnectionState(tr("Connecting to %1…").arg(profile.name));
    connect(connector, &ProfileConnector::ready, this, [this, connector](const SessionSetup &setup) {
        connector->deleteLater();
        connectSession(setup);
    });
    connect(connector, &ProfileConnector::failed, this, [this, connector](const QString &why) {
        connector->deleteLater();
        setConnectionState(m_client ? tr("Connected to %1").arg(m_sessionName) : tr("Not connected"));
        m_banner->showMessage(BannerWidget::Level::Error, tr("Could not connect: %1").arg(why));
    });
    connector->start();
}

void MainWindow::connectSession(const SessionSetup &setup)
{
    disconnectSession();
    m_client = new ApiClient(setup.urls, setup.options, nullptr, this);
    m_client->setCredentials(setup.credentials);
    m_sessionName = setup.profileName;
    connect(m_client, &ApiClient::authenticated, this,
        [this] { setConnectionState(tr("Connected to %1").arg(m_sessionName)); });
    connect(m_client, &ApiClient::authenticationFailed, this, [this](const ApiError &error) {
        setConnectionState(tr("Authentication failed: %1").arg(m_sessionName));
        showError(error);
    });
    setConnectionState(tr("Connecting to %1…").arg(m_sessionName));
    // Tokens over clear text are the user's choice to make, so they see it once per connection.
    if (const QString cleartext = setup.urls.cleartextWarning(); !cleartext.isEmpty())
        m_banner->showMessage(BannerWidget::Level::Warning, cleartext);
    m_stack->setCurrentIndex(1);
    setPanesClient(m_client);
    m_streams->refresh();
    if (m_pages->currentWidget() == m_diagnostics)
        m_diagnostics->refresh();
    if (!m_profileId.isEmpty())
        m_settings->setValue(u"session/lastProfile"_s, m_profileId);
    updateActions();
    Q_EMIT sessionChanged();
}

void MainWindow::disconnectSession()
{
    closeArchive();
    if (!m_client)
        return;
    setPanesClient(nullptr);
    m_details->clear();
    m_requestLog->clear();
    ApiClient *old = m_client;
    m_client = nullptr;
    old->disconnect(this);
    // Later: this may run from a slot of the old client or of one of its jobs.
    old->deleteLater();
    m_streamId.clear();
    m_streamTitle.clear();
    m_sessionName.clear();
    m_stack->setCurrentIndex(0);
    setConnectionState(tr("Not connected"));
    updateActions();
    Q_EMIT sessionChanged();
}

void MainWindow::showError(const ApiError &error)
{
    if (error.isCancelled())
        return;
    m_banner->showError(error);
}

void MainWindow::setConnectionState(const QString &text)
{
    m_connectionLabel->setText(text);
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::exportStatusText() const
{
    return m_exportLabel->text();
}

void MainWindow::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
}

void MainWindow::focusFilter()
{
    QWidget *focus = QApplication::focusWidget();
    if (m_pages->currentWidget() != m_browseSplitter || (focus && m_streams->isAncestorOf(focus))) {
        m_streams->focusFilter();
        return;
    }
    m_messages->focusFilter();
}

void MainWindow::refresh()
{
    if (!m_client && !m_archive)
        return;
    m_banner->dismiss();
    m_streams->refresh();
    if (m_pages->currentWidget() == m_diagnostics)
        m_diagnostics->refresh();
    else if (!m_messages->currentStreamId().isEmpty() || !m_messages->currentSearch().isEmpty())
        m_messages->refresh();
}

void MainWindow::onStreamSelected(const QString &streamId, const QString &title)
{
    m_streamId = streamId;
    m_streamTitle = title;
    m_details->clear();
    m_messages->showStream(streamId, title);
    m_pages->setCurrentWidget(m_browseSplitter);
    setWindowTitle(titleFor(title.isEmpty() ? streamId : title));
    updateActions();
}

void MainWindow::showMessages()
{
    m_pages->setCurrentWidget(m_browseSplitter);
}

void MainWindow::showDiagnostics()
{
    m_pages->setCurrentWidget(m_diagnostics);
    if (m_client)
        m_diagnostics->refresh();
}

void MainWindow::showRequestLog()
{
    m_pages->setCurrentWidget(m_requestLog);
}

void MainWindow::showLive()
{
    m_pages->setCurrentWidget(m_live);
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::updateActions()
{
    const bool connected = m_client != nullptr;
    m_actions.value(u"disconnect"_s)->setEnabled(connected || m_archive);
    m_actions.value(u"refresh"_s)->setEnabled(connected || m_archive);
    m_actions.value(u"export"_s)->setEnabled(connected && !m_exportRunner->isRunning());
    if (m_sync)
        m_sync->updateAction(); // Archive > Sync… wants a live pod, not an archive
}

ExportDialog *MainWindow::openExportDialog(const QStringList &streamIds)
{
    if (!m_client) {
        m_banner->showMessage(
            BannerWidget::Level::Info, tr("Connect to a pod first: there is nothing to export yet."));
        return nullptr;
    }
    if (m_exportRunner->isRunning()) {
        m_banner->showMessage(BannerWidget::Level::Info,
            tr("An export is already running: wait for it or cancel it in the status bar."));
        return nullptr;
    }
    if (m_exportDialog)
        m_exportDialog->close();

    ExportDialog::Context context;
    context.selectedRows = int(m_messages->selectedMessages().size());
    context.filteredRows = int(m_messages->filteredMessages().size());
    if (!streamIds.isEmpty()) {
        context.streamIds = streamIds;
        context.streamTitles = streamIds;
        if (streamIds.size() == 1 && streamIds.first() == m_streamId)
            context.streamTitles = QStringList {m_streamTitle};
    } else if (!m_messages->currentStreamId().isEmpty()) {
        context.streamIds = QStringList {m_messages->currentStreamId()};
        context.streamTitles
            = QStringList {m_streamTitle.isEmpty() ? m_messages->currentStreamId() : m_streamTitle};
    }
    context.searchQuery = m_messages->currentSearch();
    context.profileId = m_profileId;

    auto *dialog = new ExportDialog(context, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!streamIds.isEmpty())
        dialog->setScope(ExportDialog::Scope::Streams);
    m_exportDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        startExport(dialog->scope(), dialog->exportSettings(), context.streamIds, dialog->openWhenDone(),
            dialog->downloadAttachments());
    });
    dialog->open();
    return dialog;
}

bool MainWindow::startExport(ExportDialog::Scope scope, const Export::ExportSettings &settings,
    const QStringList &streamIds, bool openWhenDone, bool attachments)
{
    if (!m_client || m_exportRunner->isRunning())
        return false;
    QList<Export::MessageSource> sources;
    switch (scope) {
    case ExportDialog::Scope::SelectedRows:
        sources.append(Export::MessageSource::fromMessages(m_messages->selectedMessages()));
        break;
    case ExportDialog::Scope::FilteredRows:
        sources.append(Export::MessageSource::fromMessages(m_messages->filteredMessages()));
        break;
    case ExportDialog::Scope::Streams: {
        const QStringList ids = streamIds.isEmpty() ? QStringList {m_messages->currentStreamId()} : streamIds;
        for (const QString &id : ids) {
            if (!id.isEmpty())
                sources.append(Export::MessageSource::stream(id));
        }
        break;
    }
    case ExportDialog::Scope::Search:
        if (!m_messages->currentSearch().isEmpty())
            sources.append(Export::MessageSource::search(m_messages->currentSearch()));
        break;
    }
    if (sources.isEmpty())
        return false;
    if (!m_exportRunner->start(*m_client, sources, settings, attachments))
        return false;
    m_openExportWhenDone = openWhenDone;
    m_exportLabel->setText(tr("Exporting…"));
    m_exportBar->setRange(0, 0);
    m_exportLabel->show();
    m_exportBar->show();
    m_exportCancel->show();
    m_exportCancel->setEnabled(true);
    updateActions();
    return true;
}

bool MainWindow::isExporting() const
{
    return m_exportRunner->isRunning();
}

void MainWindow::cancelExport()
{
    m_exportCancel->setEnabled(false);
    m_exportLabel->setText(tr("Cancelling the export…"));
    m_exportRunner->cancel();
}

void MainWindow::onExportProgress(const Export::ExportProgress &progress)
{
    if (progress.fraction) {
        m_exportBar->setRange(0, 1000);
        m_exportBar->setValue(int(*progress.fraction * 1000));
    }
    QString text = tr("Exporting: %n messages", nullptr, int(qMin<qint64>(progress.messages, INT_MAX)));
    if (progress.sourceCount > 1)
        text += u' ' + tr("(stream %1 of %2)").arg(progress.sourceIndex + 1).arg(progress.sourceCount);
    m_exportLabel->setText(text);
}

void MainWindow::onExportFinished(const Export::ExportReport &report)
{
    m_exportLabel->hide();
    m_exportBar->hide();
    m_exportCancel->hide();
    m_exportLabel->setText(QString());
    updateActions();
    if (report.error.isCancelled()) {
        statusBar()->showMessage(tr("Export cancelled: no file was written."), 8000);
    } else if (report.error.isError()) {
        QString details = report.error.details;
        if (!report.files.isEmpty())
            details += u"\n"_s + tr("Files already written: %1").arg(report.files.join(u", "_s));
        m_banner->showMessage(BannerWidget::Level::Error,
            tr("The export failed: %1").arg(report.error.message), details.trimmed());
    } else {
        QStringList lines;
        lines << tr("%n messages written", nullptr, int(qMin<qint64>(report.messages, INT_MAX)));
        if (report.duplicatesDropped > 0)
            lines << tr("%n duplicate deliveries dropped", nullptr,
                int(qMin<qint64>(report.duplicatesDropped, INT_MAX)));
        if (report.replacedCharacters > 0)
            lines << tr("%n characters that could not be encoded replaced by U+FFFD", nullptr,
                int(qMin<qint64>(report.replacedCharacters, INT_MAX)));
        if (report.guardedCells > 0)
            lines << tr("%n cells defused against formula injection", nullptr,
                int(qMin<qint64>(report.guardedCells, INT_MAX)));
        if (!report.warnings.isEmpty())
            lines << tr("%n warning(s) about the pages the server sent (see Details)", nullptr,
                int(report.warnings.size()));
        QStringList files;
        for (const QString &f : report.files)
            files << QDir::toNativeSeparators(f);
        QString details = tr("Files:\n%1").arg(files.join(u'\n'));
        if (!report.warnings.isEmpty())
            details = report.warnings.join(u'\n') + u"\n\n"_s + details;
        // A page that was written, but not as the API promises, is worth a look: a warning, not a note.
        m_banner->showMessage(
            report.warnings.isEmpty() ? BannerWidget::Level::Info : BannerWidget::Level::Warning,
            tr("Export finished: %1.").arg(lines.join(u", "_s)), details);
        // Only after success: the file, or the folder of several (formats, streams, parts).
        if (m_openExportWhenDone && !report.files.isEmpty()) {
            const QString target = report.files.size() == 1 ? report.files.first()
                                                            : QFileInfo(report.files.first()).absolutePath();
            QDesktopServices::openUrl(QUrl::fromLocalFile(target));
        }
    }
    Q_EMIT exportFinished(report);
}

IdConverterDialog *MainWindow::openIdConverter(const QString &id)
{
    if (!m_idConverter) {
        m_idConverter = new IdConverterDialog(this);
        m_idConverter->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_idConverter, &IdConverterDialog::openStreamRequested, this, [this](const QString &streamId) {
                if (!m_streams->selectStream(streamId))
                    onStreamSelected(streamId, QString());
            });
        connect(
            m_idConverter, &IdConverterDialog::openMessageRequested, this, [this](const QString &messageId) {
                m_pages->setCurrentWidget(m_browseSplitter);
                m_messages->selectMessage(messageId);
            });
    }
    if (!id.isEmpty())
        m_idConverter->setId(id);
    m_idConverter->show();
    m_idConverter->raise();
    m_idConverter->activateWindow();
    return m_idConverter;
}

ProfileManagerDialog *MainWindow::openProfileManager()
{
    if (!m_profileManager) {
        m_profileManager = new ProfileManagerDialog(m_profiles, m_secrets, this);
        m_profileManager->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_profileManager, &ProfileManagerDialog::connectRequested, this, [this](const Profile &profile) {
                if (m_profileManager)
                    m_profileManager->close();
                connectProfile(profile);
            });
    }
    // The profile used last is the one most likely wanted again.
    if (const QString last = m_settings->value(u"session/lastProfile"_s).toString(); !last.isEmpty())
        m_profileManager->selectProfile(last);
    m_profileManager->show();
    m_profileManager->raise();
    m_profileManager->activateWindow();
    return m_profileManager;
}

void MainWindow::showAbout()
{
    // Not fatal, but About is a conventional message box the user asked for.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Symphony Inspector"),
        tr("<h3>Symphony Inspector %1</h3>"
           "<p>Look inside a Symphony Messaging pod and get data out of it: streams, "
           "messages, receipts, attachments, health.</p>"
           "<p>Licensed under the Apache License 2.0.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()),
        QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_exportRunner->isRunning())
        m_exportRunner->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings &s = *m_settings;
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray()))
        resize(1200, 780);
    restoreState(s.value(u"window/state"_s).toByteArray());
    if (!m_mainSplitter->restoreState(s.value(u"window/mainSplitter"_s).toByteArray()))
        m_mainSplitter->setSizes({380, 820});
    if (!m_browseSplitter->restoreState(s.value(u"window/browseSplitter"_s).toByteArray()))
        m_browseSplitter->setSizes({420, 300});
    m_messages->restoreState(s.value(u"window/messagesPane"_s).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings &s = *m_settings;
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    s.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    s.setValue(u"window/browseSplitter"_s, m_browseSplitter->saveState());
    s.setValue(u"window/messagesPane"_s, m_messages->saveState());
}

} // namespace Inspector::Ui
