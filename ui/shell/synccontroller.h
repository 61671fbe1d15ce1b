// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include "archive/syncrunner.h"

class QAction;
class QDockWidget;
class QSettings;

namespace Inspector::Ui {

class MainWindow;
class SyncDialog;
class SyncProgressPane;

/**
 * @brief Archive > Sync… for the window: the action (enabled with a live connection and no sync
 * running), the dialog, the SyncRunner (a worker thread with its own session, as exports run), the
 * progress list in a dock, and the banner that reports what changed with **Show changes**.
 *
 * Kept apart from MainWindow, which only creates it, puts its action in a menu and forwards
 * showChangesRequested(). GUI thread only.
 */
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(MainWindow *window, QSettings *settings);
    ~SyncController() override;

    QAction *action() const { return m_action; }
    QDockWidget *dock() const { return m_dock; }
    SyncProgressPane *pane() const { return m_pane; }
    SyncDialog *dialog() const;

    /// Opens the dialog (window-modal, non-blocking); the sync starts when it is accepted.
    SyncDialog *openDialog();
    /// Starts a sync now, without the dialog; false when there is no live connection or one runs.
    bool start(const Archive::Location &location, const Archive::SyncOptions &options);
    void cancel();
    bool isRunning() const;
    /// Enables the action: a live connection and no sync running.
    void updateAction();

    /// The one line the banner shows when a sync ended.
    static QString reportText(const Archive::SyncReport &report);

Q_SIGNALS:
    void finished(const Inspector::Archive::SyncReport &report);
    void showChangesRequested(const QString &archiveLocation);

private:
    void onFinished(const Archive::SyncReport &report);

    MainWindow *m_window;
    QSettings *m_settings;
    Archive::SyncRunner *m_runner;
    QAction *m_action;
    QDockWidget *m_dock;
    SyncProgressPane *m_pane;
    QPointer<SyncDialog> m_dialog;
};

} // namespace Inspector::Ui
