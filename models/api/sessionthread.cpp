// SPDX-License-Identifier: Apache-2.0
#include "api/sessionthread.h"

#include <QThread>

#include "auth/cryptothread.h"

namespace Inspector {

SessionWorker::SessionWorker(const ApiClient &session)
    : m_urls(session.urls())
    , m_options(session.options())
    , m_credentials(session.credentials())
{
    // The GUI's time source belongs to the GUI thread; the worker uses the system clock.
    m_options.time = nullptr;
}

SessionWorker::~SessionWorker()
{
    // The subclass's destructor deleted what used the client: the client goes last.
    delete m_client;
}

void SessionWorker::run()
{
    m_client = new ApiClient(m_urls, m_options, nullptr, this);
    m_client->setCredentials(m_credentials);
    begin(m_client);
}

void SessionWorker::release()
{
    releaseJob();
    if (m_client)
        m_client->deleteLater();
}

SessionThread::SessionThread(QObject *owner, const QString &name)
    : m_owner(owner)
    , m_name(name)
{ }

SessionThread::~SessionThread()
{
    // The cancel must have happened before the worker's event loop is told to quit.
    if (m_running && m_worker)
        QMetaObject::invokeMethod(m_worker, &SessionWorker::cancel, Qt::BlockingQueuedConnection);
    stop();
}

void SessionThread::start(SessionWorker *worker)
{
    stop(); // a previous, finished run's thread
    m_running = true;
    m_thread = new QThread(m_owner);
    m_thread->setObjectName(m_name);
    worker->moveToThread(m_thread);
    m_worker = worker;
    // Runs on the worker thread as it ends, before wait() returns: the worker (with its client and
    // job) goes on its own thread, then that thread's OpenSSL state.
    QObject::connect(
        m_thread, &QThread::finished, m_thread,
        [worker] {
            delete worker;
            Auth::releaseThreadCryptoState();
        },
        Qt::DirectConnection);
    QObject::connect(m_thread, &QThread::started, worker, &SessionWorker::run);
    m_thread->start();
}

void SessionThread::cancel()
{
    if (m_running && m_worker)
        QMetaObject::invokeMethod(m_worker, &SessionWorker::cancel, Qt::QueuedConnection);
}

void SessionThread::finishedRun()
{
    m_running = false;
    // The worker's event loop still has to delete the job and the client: quit after them.
    if (m_thread)
        m_thread->quit();
}

void SessionThread::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Inspector
