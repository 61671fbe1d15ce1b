// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

#include "archive/location.h"
#include "archive/store.h"
#include "data/localresult.h"
#include "services/servicecall.h"

class QThread;

namespace Inspector::Archive {

/**
 * @brief An archive opened for reading on a thread of its own: how the desktop program reads an
 * archive without ever waiting for SQL on the GUI thread.
 *
 * The thread opens the archive (Store::Mode::Read) and then runs the work it is given, one piece
 * at a time, in the order it was asked for, with its Store. run() returns a ServiceCall and keeps
 * its contract (servicecall.h): the work's value reaches the caller's deliver function on the
 * thread that made the ReadThread, from the event loop; finished() follows exactly once; cancel()
 * is synchronous; deleting the call cancels silently. Work that has not started when its call is
 * cancelled never runs; work that is running reads its `cancelled` flag between steps and returns
 * early. A failure (the archive could not be opened, a statement failed) finishes the call with
 * ApiError::fromLocal.
 *
 * The work must not touch the caller's objects: it gets the Store and returns a value, which is
 * moved to the caller's thread. Deleting the ReadThread cancels every call it made that has not
 * finished, wherever the caller moved it (finished() with a Cancelled error), and waits for the
 * piece that runs (SQL statements of the archive's own reads are short).
 */
class ReadThread : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadThread)

public:
    /// What a piece of work gets: the thread's Store, and a flag set when its call is cancelled.
    template<typename T>
    using Work = std::function<Result<T>(Store &store, const std::atomic_bool &cancelled)>;

    /// Starts the thread, which opens @p location for reading (@p password for PostgreSQL; empty:
    /// libpq reads PGPASSWORD and ~/.pgpass). opened() tells how that went.
    explicit ReadThread(const Location &location, const QString &password = {}, QObject *parent = nullptr);
    ~ReadThread() override;

    const Location &location() const { return m_location; }
    /// True once opened() reported success.
    bool isOpen() const { return m_open; }

    /// Runs @p work on the archive's thread and hands its value to @p deliver here (see above).
    /// The call is a child of this object.
    template<typename T> ServiceCall *run(Work<T> work, std::function<void(T &value)> deliver);

Q_SIGNALS:
    /// Once, when the thread has opened the archive (error kind None) or failed to.
    void opened(const Inspector::ApiError &error);

private:
    /// One piece of work as the thread sees it; @p store is the open Store or why there is none.
    using Job = std::function<void(Result<Store *> store)>;

    /// What the caller's side and the thread share about one call.
    struct Ticket
    {
        QPointer<ServiceCall> call; ///< read on the caller's thread only
        std::atomic_bool cancelled {false};
    };

    std::shared_ptr<Ticket> newCall(ServiceCall **call);
    void post(std::shared_ptr<Ticket> ticket, Job job);
    void loop(const QString &password);

    struct Queued
    {
        std::shared_ptr<Ticket> ticket;
        Job job;
    };

    Location m_location;
    bool m_open = false;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Queued> m_queue; ///< guarded by m_mutex
    QList<QPointer<ServiceCall>> m_calls; ///< the calls made, to cancel at the end (caller's thread)
    bool m_closing = false; ///< guarded by m_mutex
};

template<typename T> ServiceCall *ReadThread::run(Work<T> work, std::function<void(T &value)> deliver)
{
    ServiceCall *call = nullptr;
    std::shared_ptr<Ticket> ticket = newCall(&call);
    post(ticket,
        [this, ticket, work = std::move(work), deliver = std::move(deliver)](Result<Store *> store) mutable {
            // On the archive's thread.
            std::shared_ptr<Result<T>> result = std::make_shared<Result<T>>(
                store.ok() ? work(*store.value(), ticket->cancelled) : Result<T>(store.error()));
            QMetaObject::invokeMethod(
                this,
                [ticket, result, deliver = std::move(deliver)] {
                    // On the caller's thread, from the event loop.
                    if (!ticket->call || !ticket->call->isActive())
                        return;
                    if (!result->ok()) {
                        ticket->call->finish(ApiError::fromLocal(result->error()));
                        return;
                    }
                    deliver(result->value());
                    if (ticket->call) // deliver may have cancelled or deleted it
                        ticket->call->finish({});
                },
                Qt::QueuedConnection);
        });
    return call;
}

} // namespace Inspector::Archive
