// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

#include "export/messageexportjob.h"

namespace Inspector {
class ApiClient;
class SessionThread;
} // namespace Inspector

namespace Inspector::Export {

class ExportWorker;

/**
 * @brief Runs one MessageExportJob at a time off the calling (GUI) thread. No widget code: it
 * belongs to inspector_core, which does not link Widgets.
 *
 * start() copies the window's session (URLs, options, credentials with the current tokens) into
 * a fresh ApiClient that is created, used and destroyed on a worker QThread together with the job
 * (SessionThread, the mechanism it shares with Archive::SyncRunner),
 * so pages are fetched, converted and written while the GUI thread stays free. The runner lives on
 * the GUI thread; its signals arrive there (queued).
 *
 * Signal contract: after start() returned true, progress() any number of times, then finished()
 * exactly once (also after cancel(), with a Cancelled error). Destroying the runner cancels a
 * running export and waits for the worker thread to end.
 */
class ExportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)

public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;

    /**
     * false when an export is already running. With @p attachments, the attachments of the
     * sources that are streams are downloaded first on the worker thread (AttachmentPrefetch, as
     * the CLI's `export --attachments` does) and the HTML transcripts write them beside themselves
     * (HtmlOptions::attachments); a file that cannot be downloaded is a warning of the report.
     */
    bool start(const ApiClient &session, const QList<Export::MessageSource> &sources,
        const Export::ExportSettings &settings, bool attachments = false);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const Inspector::Export::ExportProgress &progress);
    void finished(const Inspector::Export::ExportReport &report);

private:
    void onWorkerFinished(const Inspector::Export::ExportReport &report);

    std::unique_ptr<SessionThread> m_thread;
};

} // namespace Inspector::Export
