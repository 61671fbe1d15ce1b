// SPDX-License-Identifier: Apache-2.0
#include "archive/readthread.h"

#include <QMutexLocker>
#include <QThread>

#include <utility>

namespace Inspector::Archive {

ReadThread::ReadThread(const Location &location, const QString &password, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    m_thread = QThread::create([this, password] { loop(password); });
    m_thread->setObjectName(QStringLiteral("archive reader"));
    m_thread->start();
}

ReadThread::~ReadThread()
{
    {
        QMutexLocker lock(&m_mutex);
        m_closing = true;
        for (const Queued &queued : m_queue)
            queued.ticket->cancelled = true;
        m_wake.wakeAll();
    }
    // What runs reads its flag between steps: cancel the calls before waiting. A caller may have
    // made a call its own child; it still hears that the call ended.
    const QList<QPointer<ServiceCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ServiceCall> &call : calls) {
        if (call && call->isActive())
            call->cancel();
    }
    m_thread->wait();
    delete m_thread;
    // Results the thread posted to this object die with it, undelivered.
}

std::shared_ptr<ReadThread::Ticket> ReadThread::newCall(ServiceCall **call)
{
    auto ticket = std::make_shared<Ticket>();
    *call = new ServiceCall(this);
    ticket->call = *call;
    if (m_calls.size() >= 64) // finished calls delete themselves: forget them now and then
        m_calls.removeIf([](const QPointer<ServiceCall> &c) { return c.isNull(); });
    m_calls.append(*call);
    (*call)->setCancelHandler([ticket] { ticket->cancelled = true; });
    return ticket;
}

void ReadThread::post(std::shared_ptr<Ticket> ticket, Job job)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back({std::move(ticket), std::move(job)});
    m_wake.wakeOne();
}

void ReadThread::loop(const QString &password)
{
    Result<std::unique_ptr<Store>> opened = Store::open(m_location, Store::Mode::Read, password);
    const ApiError openError = opened.ok() ? ApiError() : ApiError::fromLocal(opened.error());
    QMetaObject::invokeMethod(
        this,
        [this, openError] {
            m_open = !openError.isError();
            Q_EMIT this->opened(openError);
        },
        Qt::QueuedConnection);

    for (;;) {
        Queued next;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_closing)
                m_wake.wait(&m_mutex);
            if (m_closing)
                break;
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (next.ticket->cancelled)
            continue; // cancelled before it started: it never runs
        if (opened.ok())
            next.job(opened.value().get());
        else
            next.job(opened.error());
    }
    // The Store is closed on the thread that opened it.
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
}

} // namespace Inspector::Archive
