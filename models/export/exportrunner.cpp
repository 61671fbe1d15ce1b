// SPDX-License-Identifier: Apache-2.0
#include "export/exportrunner.h"

#include <QThread>

#include "api/apiclient.h"
#include "auth/cryptothread.h"

namespace Inspector::Export {

/**
 * @brief Lives on the export thread: builds the ApiClient and the job there, so that every
 * QObject of the export (network manager, replies, pager, job) belongs to that thread.
 */
class ExportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWorker)

public:
    ExportWorker(const ServiceUrls &urls, const ApiClientOptions &options, const Credentials &credentials,
        const QList<Export::MessageSource> &sources, const Export::ExportSettings &settings)
        : m_urls(urls)
        , m_options(options)
        , m_credentials(credentials)
        , m_sources(sources)
        , m_settings(settings)
    {
        // The GUI's time source belongs to the GUI thread; the worker uses the system clock.
        m_options.time = nullptr;
    }

    ~ExportWorker() override
    {
        // The job before the client it uses (children would go in creation order).
        delete m_job;
        delete m_client;
    }

    void run()
    {
        m_client = new ApiClient(m_urls, m_options, nullptr, this);
        m_client->setCredentials(m_credentials);
        m_job = new Export::MessageExportJob(m_client, m_sources, m_settings, this);
        connect(m_job, &Export::MessageExportJob::progress, this, &ExportWorker::progress);
        connect(m_job, &Export::MessageExportJob::finished, this, [this](const Export::ExportReport &report) {
            Q_EMIT finished(report);
            // The job and the client go now, on their own thread; the thread ends afterwards.
            m_job->deleteLater();
            m_client->deleteLater();
        });
        m_job->start();
    }

    void cancel()
    {
        if (m_job)
            m_job->cancel();
    }

Q_SIGNALS:
    void progress(const Inspector::Export::ExportProgress &progress);
    void finished(const Inspector::Export::ExportReport &report);

private:
    ServiceUrls m_urls;
    ApiClientOptions m_options;
    Credentials m_credentials;
    QList<Export::MessageSource> m_sources;
    Export::ExportSettings m_settings;
    QPointer<ApiClient> m_client;
    QPointer<Export::MessageExportJob> m_job;
};

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Export::ExportProgress>();
    qRegisterMetaType<Export::ExportReport>();
}

ExportRunner::~ExportRunner()
{
    // The worker thread never waits for this one, so a blocking call cannot deadlock; the cancel
    // must have happened before its event loop is told to quit.
    if (m_running && m_worker)
        QMetaObject::invokeMethod(m_worker, &ExportWorker::cancel, Qt::BlockingQueuedConnection);
    stopThread();
}

bool ExportRunner::start(const ApiClient &session, const QList<Export::MessageSource> &sources,
    const Export::ExportSettings &settings)
{
    if (m_running)
        return false;
    stopThread(); // a previous, finished run's thread
    m_running = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("export"));
    auto *worker
        = new ExportWorker(session.urls(), session.options(), session.credentials(), sources, settings);
    worker->moveToThread(m_thread);
    m_worker = worker;
    // Runs on the export thread as it ends, before wait() returns: the worker (with its client and job)
    // goes on its own thread, then that thread's OpenSSL state (a re-authentication signs a JWT there).
    connect(
        m_thread, &QThread::finished, m_thread,
        [worker] {
            delete worker;
            Auth::releaseThreadCryptoState();
        },
        Qt::DirectConnection);
    connect(worker, &ExportWorker::progress, this, &ExportRunner::progress);
    connect(worker, &ExportWorker::finished, this, &ExportRunner::onWorkerFinished);
    connect(m_thread, &QThread::started, worker, &ExportWorker::run);
    m_thread->start();
    return true;
}

void ExportRunner::cancel()
{
    if (m_running && m_worker)
        QMetaObject::invokeMethod(m_worker, &ExportWorker::cancel, Qt::QueuedConnection);
}

void ExportRunner::onWorkerFinished(const Export::ExportReport &report)
{
    m_running = false;
    // The worker's event loop still has to delete the job and the client: quit after them.
    m_thread->quit();
    Q_EMIT finished(report);
}

void ExportRunner::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Inspector::Export

#include "exportrunner.moc"
