// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include "api/apiclient.h"

class QThread;

namespace Inspector {

/**
 * @brief The part of a background task that lives on its worker thread: it makes a fresh ApiClient
 * there from a copy of the window's session (URLs, options, credentials with the current tokens;
 * held in memory only, never written anywhere) and hands it to begin().
 *
 * Subclasses create their job in begin() (children of this worker) and call release() when it has
 * finished, after emitting their own last signal: the job's objects and the client then go on their
 * own thread, before it ends. cancel() runs on the worker thread.
 */
class SessionWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWorker)

public:
    explicit SessionWorker(const ApiClient &session);
    ~SessionWorker() override;

    /// On the worker thread, as it starts.
    void run();
    /// On the worker thread.
    virtual void cancel() = 0;

protected:
    /// @p client lives on this thread until release().
    virtual void begin(ApiClient *client) = 0;
    /// deleteLater() on the subclass's objects that use the client (posted before the client's).
    /// A subclass's destructor deletes them at once itself: the base deletes the client after it.
    virtual void releaseJob() = 0;
    /// The job has ended: its objects and then the client are deleted later, on this thread.
    void release();
    ApiClient *client() const { return m_client; }

private:
    ServiceUrls m_urls;
    ApiClientOptions m_options;
    Credentials m_credentials;
    QPointer<ApiClient> m_client;
};

/**
 * @brief The thread of one background task at a time with a session of its own: ExportRunner's and
 * SyncRunner's shared mechanism. Lives with its runner on the GUI thread.
 *
 * start() moves the worker to a new thread whose start runs SessionWorker::run(); when that thread
 * ends, the worker is deleted on it and its OpenSSL state released (a re-authentication signs a JWT
 * there). finishedRun() (the runner's slot for the worker's last signal) lets the thread end once the
 * worker's pending deletions ran; stop() joins it. Destroying it cancels a running worker (a
 * blocking call: the worker thread never waits for this one) and joins the thread.
 */
class SessionThread final
{
public:
    explicit SessionThread(QObject *owner, const QString &name);
    ~SessionThread();
    SessionThread(const SessionThread &) = delete;
    SessionThread &operator=(const SessionThread &) = delete;

    /// Takes @p worker (not yet started, no parent): joins a previous, finished run's thread first.
    void start(SessionWorker *worker);
    /// Queued to the worker thread; nothing when no worker runs.
    void cancel();
    /// The worker sent its last signal: the thread quits once its event loop has done the deletions.
    void finishedRun();
    bool isRunning() const { return m_running; }
    SessionWorker *worker() const { return m_worker; }

private:
    void stop();

    QObject *m_owner;
    QString m_name;
    QThread *m_thread = nullptr;
    QPointer<SessionWorker> m_worker;
    bool m_running = false;
};

} // namespace Inspector
