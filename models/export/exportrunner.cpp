// SPDX-License-Identifier: Apache-2.0
#include "export/exportrunner.h"

#include "api/apiclient.h"
#include "api/sessionthread.h"
#include "export/attachmentprefetch.h"

namespace Inspector::Export {

/**
 * @brief Lives on the export thread: builds the job there with the session's client, so that every
 * QObject of the export (network manager, replies, pager, job) belongs to that thread.
 */
class ExportWorker final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWorker)

public:
    ExportWorker(const ApiClient &session, const QList<Export::MessageSource> &sources,
        const Export::ExportSettings &settings, bool attachments)
        : SessionWorker(session)
        , m_sources(sources)
        , m_settings(settings)
        , m_attachments(attachments)
    { }

    // The job before the client it uses (the base deletes the client).
    ~ExportWorker() override
    {
        delete m_prefetch;
        delete m_job;
    }

    void cancel() override
    {
        if (m_job) {
            m_job->cancel();
        } else if (m_prefetch) {
            m_prefetch->disconnect(this);
            m_prefetch->cancel();
            Export::ExportReport report;
            report.error = ApiError::cancelled();
            end(report);
        }
    }

Q_SIGNALS:
    void progress(const Inspector::Export::ExportProgress &progress);
    void finished(const Inspector::Export::ExportReport &report);

protected:
    void begin(ApiClient *client) override
    {
        if (m_attachments)
            prefetch(client);
        else
            startJob(client);
    }

    void releaseJob() override
    {
        if (m_prefetch)
            m_prefetch->deleteLater();
        if (m_job)
            m_job->deleteLater();
    }

private:
    /// The streams' attachment files first, as the CLI's `export --attachments` (exportcommand.cpp).
    void prefetch(ApiClient *client)
    {
        auto files = std::make_shared<Export::PrefetchedAttachments>();
        if (!files->isValid()) {
            Export::ExportReport report;
            report.error = ApiError::fromLocal(
                LocalError(tr("Cannot create a temporary folder for the attachments.")));
            end(report);
            return;
        }
        QList<Export::AttachmentPrefetch::Window> windows;
        for (const Export::MessageSource &s : std::as_const(m_sources)) {
            if (!s.streamId.isEmpty() && !s.inMemory && !s.provider)
                windows.append({s.streamId, s.since, s.until});
        }
        m_prefetch = new Export::AttachmentPrefetch(client, windows, files, this);
        connect(m_prefetch, &Export::AttachmentPrefetch::finished, this,
            [this, client, files](const ApiError &error) {
                if (error.isError()) {
                    Export::ExportReport report;
                    report.error = error;
                    end(report);
                    return;
                }
                m_warnings = m_prefetch->warnings();
                m_settings.html.attachments = files;
                startJob(client);
            });
        m_prefetch->start();
    }

    void startJob(ApiClient *client)
    {
        m_job = new Export::MessageExportJob(client, m_sources, m_settings, this);
        connect(m_job, &Export::MessageExportJob::progress, this, &ExportWorker::progress);
        connect(m_job, &Export::MessageExportJob::finished, this, [this](Export::ExportReport report) {
            report.warnings = m_warnings + report.warnings;
            end(report);
        });
        m_job->start();
    }

    void end(const Export::ExportReport &report)
    {
        Q_EMIT finished(report);
        // The job and the client go now, on their own thread; the thread ends afterwards.
        release();
    }

    QList<Export::MessageSource> m_sources;
    Export::ExportSettings m_settings;
    bool m_attachments = false;
    QStringList m_warnings; ///< of the attachments' downloads
    QPointer<Export::AttachmentPrefetch> m_prefetch;
    QPointer<Export::MessageExportJob> m_job;
};

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<SessionThread>(this, QStringLiteral("export")))
{
    qRegisterMetaType<Export::ExportProgress>();
    qRegisterMetaType<Export::ExportReport>();
}

ExportRunner::~ExportRunner() = default;

bool ExportRunner::isRunning() const
{
    return m_thread->isRunning();
}

bool ExportRunner::start(const ApiClient &session, const QList<Export::MessageSource> &sources,
    const Export::ExportSettings &settings, bool attachments)
{
    if (m_thread->isRunning())
        return false;
    auto *worker = new ExportWorker(session, sources, settings, attachments);
    connect(worker, &ExportWorker::progress, this, &ExportRunner::progress);
    connect(worker, &ExportWorker::finished, this, &ExportRunner::onWorkerFinished);
    m_thread->start(worker);
    return true;
}

void ExportRunner::cancel()
{
    m_thread->cancel();
}

void ExportRunner::onWorkerFinished(const Export::ExportReport &report)
{
    m_thread->finishedRun();
    Q_EMIT finished(report);
}

} // namespace Inspector::Export

#include "exportrunner.moc"
