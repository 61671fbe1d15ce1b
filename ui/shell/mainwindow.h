// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

#include "data/localresult.h"
#include "export/messageexportjob.h"
#include "profiles/profileconnector.h"
#include "services/sources.h"
#include "shell/exportdialog.h"

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Inspector {
class ApiClient;
class ProfileStore;
class SecretStore;
struct ApiError;
struct Message;
} // namespace Inspector

namespace Inspector::Export {
class ExportRunner;
} // namespace Inspector::Export

namespace Inspector::Archive {
class ReadThread;
} // namespace Inspector::Archive

namespace Inspector::Ui {

class BannerWidget;
class ChangesPage;
class OverviewPage;
class SyncController;
class DetailTabs;
class DiagnosticsPage;
class IdConverterDialog;
class LivePane;
class MessagesPane;
class OpenArchiveDialog;
class ProfileManagerDialog;
class RequestLogView;
class StreamsPane;

/**
 * @brief The desktop program's window: layout, actions, status bar and the session.
 *
 * Owns the one ApiClient of the current connection (built from a SessionSetup) and is the one
 * place that decides where the panes' data comes from: it builds the connection's Sources
 * (Sources::forPod, children of the client) and hands each pane its service; the panes that need
 * the client itself (request log, live, diagnostics' countdown, export) get it with setClient().
 * On a switch the panes are cleared first and the old client and its services are deleted later,
 * once no signal of them is on the stack. Exports run in an ExportRunner (worker thread).
 * Window geometry, splitters and choices go to the injected QSettings. GUI thread only.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Starts the embedded demo pod (once) for the "Demo pod" profile; an error saying why on failure.
    using DemoStarter = std::function<Result<DemoPodAccess>()>;

    MainWindow(QSettings *settings, ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoStarter(DemoStarter starter);

    /// Connects with a profile through ProfileConnector (the demo one after the DemoStarter).
    void connectProfile(const Inspector::Profile &profile);
    /// Replaces the session: builds the ApiClient and gives it to every pane.
    void connectSession(const Inspector::SessionSetup &setup);
    void disconnectSession();
    ApiClient *client() const { return m_client; }
    /// The services the panes are fed from (all null when not connected).
    const Sources &sources() const { return m_sources; }
    QString sessionName() const { return m_sessionName; }

    /// Opens the export dialog (non-modal, window-modal); the export starts when it is accepted.
    ExportDialog *openExportDialog(const QStringList &streamIds = {});
    ExportDialog *exportDialog() const { return m_exportDialog; }
    /**
     * Starts an export of `scope` with `settings` now, without the dialog; false when impossible.
     * With @p openWhenDone, the file written (or the folder of several) is opened
     * (QDesktopServices) when the export succeeded. With @p attachments, the streams' attachments
     * are downloaded beside the HTML transcript (ExportRunner::start).
     */
    bool startExport(ExportDialog::Scope scope, const Export::ExportSettings &settings,
        const QStringList &streamIds = {}, bool openWhenDone = false, bool attachments = false);
    bool isExporting() const;
    void cancelExport();

    IdConverterDialog *openIdConverter(const QString &id = {});
    ProfileManagerDialog *openProfileManager();
    void showDiagnostics();
    void showRequestLog();
    void showMessages();
    void showLive();

    // --- Archive: browse an archive offline (issue 14) ---
    /// Opens the archive at @p where (a SQLite file or a postgresql:// URL) on a ReadThread. When it
    /// opened, it replaces the connection (the pod's or another archive's) and the panes read it;
    /// when it could not, the banner says why and the window stays as it was.
    void openArchive(const QString &where);
    /// Asks which archive to open (non-modal, window-modal); openArchive() when accepted.
    OpenArchiveDialog *openArchiveDialog();
    /// The archive the panes read, if any.
    Archive::ReadThread *archive() const;
    /// The archives opened lately, newest first (paths and URLs without password).
    QStringList recentArchives() const;

    StreamsPane *streamsPane() const { return m_streams; }
    MessagesPane *messagesPane() const { return m_messages; }
    DetailTabs *detailTabs() const { return m_details; }
    DiagnosticsPage *diagnosticsPage() const { return m_diagnostics; }
    RequestLogView *requestLogView() const { return m_requestLog; }
    LivePane *livePane() const { return m_live; }
    BannerWidget *banner() const { return m_banner; }
    QTabWidget *pages() const { return m_pages; }
    QAction *action(const QString &name) const;
    QString connectionText() const;
    QString exportStatusText() const;

Q_SIGNALS:
    void sessionChanged();
    /// An archive was opened (or failed to open: @p error says why) and the panes read it.
    void archiveOpened(const Inspector::ApiError &error);
    void exportFinished(const Inspector::Export::ExportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    QWidget *createEmptyState();
    void wirePanes();
    void setPanesClient(ApiClient *client);
    void handPanesSources(ApiClient *client);
    void closeArchive();
    void rememberArchive(const QString &where);
    void updateRecentArchivesMenu();
    QString titleFor(const QString &streamTitle) const;
    void showError(const Inspector::ApiError &error);
    void setConnectionState(const QString &text);
    void setBusy(bool busy);
    void focusFilter();
    void refresh();
    void onStreamSelected(const QString &streamId, const QString &title);
    void onExportProgress(const Export::ExportProgress &progress);
    void onExportFinished(const Export::ExportReport &report);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();

    QSettings *m_settings;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    DemoStarter m_demoStarter;

    ApiClient *m_client = nullptr;
    Sources m_sources; ///< of m_sourcesClient, children of it
    QPointer<ApiClient> m_sourcesClient;
    QPointer<ProfileConnector> m_connector;
    QString m_sessionName;
    QString m_profileId;
    QString m_streamId;
    QString m_streamTitle;

    BannerWidget *m_banner;
    QStackedWidget *m_stack;
    QSplitter *m_mainSplitter;
    QSplitter *m_browseSplitter;
    QTabWidget *m_pages;
    StreamsPane *m_streams;
    MessagesPane *m_messages;
    DetailTabs *m_details;
    DiagnosticsPage *m_diagnostics;
    RequestLogView *m_requestLog;
    LivePane *m_live;

    QLabel *m_connectionLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_exportLabel = nullptr;
    QProgressBar *m_exportBar = nullptr;
    QPushButton *m_exportCancel = nullptr;

    Export::ExportRunner *m_exportRunner;
    QPointer<ExportDialog> m_exportDialog;
    bool m_openExportWhenDone = false; ///< of the running export
    QPointer<IdConverterDialog> m_idConverter;
    QPointer<ProfileManagerDialog> m_profileManager;
    QHash<QString, QAction *> m_actions;
    int m_busyCount = 0;

    // --- Archive > Sync… (issue 14): everything of it is in SyncController ---
public:
    SyncController *syncController() const { return m_sync; }
    /// The profile connected last (empty when connected without one, as tests do).
    QString profileId() const { return m_profileId; }
Q_SIGNALS:
    /// The banner's "Show changes" after a sync into @p archiveLocation (a file or a URL).
    void showChangesRequested(const QString &archiveLocation);

private:
    void createSync();
    SyncController *m_sync = nullptr;

    // Archive
    QPointer<Archive::ReadThread> m_archive; ///< the panes' source when set; owns its services
    QPointer<Archive::ReadThread> m_openingArchive; ///< until it reports opened()
    QString m_archiveTitle; ///< the archive's name and pod, for the title
    QMenu *m_recentArchives = nullptr;
    QPointer<OpenArchiveDialog> m_openArchiveDialog;

    // --- Archive pages: Overview and Changes (issue 14) ---
public:
    OverviewPage *overviewPage() const { return m_overview; }
    ChangesPage *changesPage() const { return m_changes; }
    /// The Changes page on @p location (a file or a URL): the archive open in the window when it is
    /// that one, else the archive opened for this page alone (after a sync from the window).
    void showChanges(const QString &location);

private:
    void createArchivePages();
    /// Hands the pages @p archive (nullptr: none) and shows their tabs only when there is one.
    void setArchivePages(Archive::ReadThread *archive);
    void jumpToStream(const QString &streamId);
    void jumpToMessage(const QString &streamId, const QString &messageId);
    OverviewPage *m_overview = nullptr;
    ChangesPage *m_changes = nullptr;
    QPointer<Archive::ReadThread> m_changesArchive; ///< a synced archive read by the Changes page alone
};

} // namespace Inspector::Ui
