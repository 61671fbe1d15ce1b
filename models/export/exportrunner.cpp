// SPDX-License-Identifier: Apache-2.0
#include "export/exportrunner.h"

#include "api/apiclient.h"
#include "api/sessionthread.h"

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
        const Export::ExportSettings &settings)
        : SessionWorker(session)
        , m_sources(sources)
        , m_settings(settings)
    { }

    // The job before the client it uses (the base deletes the client).
    ~ExportWorker() override { delete m_job; }

    void cancel() override
    {
        if (m_job)
            m_job->cancel();
    }

Q_SIGNALS:
    void progress(const Inspector::Export::ExportProgress &progress);
    void finished(const Inspector::Export::ExportReport &report);

protected:
    void begin(ApiClient *client) override
    {
        m_job = new Export::MessageExportJob(client, m_sources, m_settings, this);
        connect(m_job, &Export::MessageExportJob::progress, this, &ExportWorker::progress);
        connect(m_job, &Export::MessageExportJob::finished, this, [this](const Export::ExportReport &report) {
            Q_EMIT finished(report);
            // The job and the client go now, on their own thread; the thread ends afterwards.
            release();
        });
        m_job->start();
    }

    void releaseJob() override
    {
        if (m_job)
            m_job->deleteLater();
    }

private:
    QList<Export::MessageSource> m_sources;
    Export::ExportSettings m_settings;
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
    const Export::ExportSettings &settings)
{
    if (m_thread->isRunning())
        return false;
    auto *worker = new ExportWorker(session, sources, settings);
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
