// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

#include "archive/location.h"
#include "archive/sync.h"
#include "archive/writer.h"

namespace Inspector {
class ApiClient;
class SessionThread;
} // namespace Inspector

namespace Inspector::Archive {

/// What changed in a sync's progress since the last report: the totals, and the streams whose
/// state changed (each once, its latest state).
struct SyncStatus
{
    SyncProgress totals;
    QList<SyncStreamState> streams;
};

/// How a sync from the window ended.
struct SyncReport
{
    QString location; ///< the archive, for messages (Location::display())
    QString error; ///< empty when the run finished (streams that failed are in failures)
    bool cancelled = false; ///< the run was cancelled: what was stored is kept
    qint64 runId = 0; ///< 0 when no run started (the archive could not be opened)
    RunCounts counts;
    QList<StreamFailure> failures;
    qint64 elapsedMs = 0;

    bool succeeded() const { return error.isEmpty() && !cancelled; }
};

/**
 * @brief Runs one Archive::Sync at a time off the calling (GUI) thread, as ExportRunner runs an
 * export: a fresh ApiClient made from the window's session (SessionThread), and the archive opened
 * as its one writer (Store::openWriter) on the worker thread, where it is used and closed.
 *
 * Progress comes as SyncStatus batches (at most about ten a second), queued to this thread, the last
 * one before finished(). Signal contract: after start() returned true, progress() any number of
 * times, then finished() exactly once (also after cancel(): a cancelled run keeps every page it
 * stored, is marked "cancelled" in the archive, and the next sync carries on from there).
 * Destroying the runner cancels a running sync and waits for the worker thread to end.
 */
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    /// false when a sync is already running.
    bool start(const ApiClient &session, const Location &location, const SyncOptions &options);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const Inspector::Archive::SyncStatus &status);
    void finished(const Inspector::Archive::SyncReport &report);

private:
    void onWorkerFinished(const Inspector::Archive::SyncReport &report);

    std::unique_ptr<SessionThread> m_thread;
};

} // namespace Inspector::Archive

Q_DECLARE_METATYPE(Inspector::Archive::SyncStatus)
Q_DECLARE_METATYPE(Inspector::Archive::SyncReport)
