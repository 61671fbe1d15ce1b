// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

#include "api/apierror.h"

namespace Inspector {

class ApiJob;
class Pager;

/**
 * @brief The handle of one request to a service (a listing, a lookup, a download), whatever the
 * source behind it: the pod, or a local archive.
 *
 * Every source keeps this contract, and the tests of each service check it with a fake source:
 * - Results reach the sink the caller passed to the service, in batches, on the call's thread,
 *   from the event loop: never from inside the service method that made the call.
 * - finished() is emitted exactly once, after the last batch, with an error of kind None when all
 *   was delivered. A failure may come after some batches; what was delivered stays valid.
 * - cancel() stops everything at once: no batch and no progress after it, and finished() with a
 *   Cancelled error before cancel() returns. Cancelling a finished call does nothing.
 * - Deleting the call (or its parent) cancels silently, without finished().
 * - The call deletes itself after finished() (deleteLater): read error() in the slot.
 */
class ServiceCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCall)

public:
    explicit ServiceCall(QObject *parent = nullptr);
    ~ServiceCall() override;

    void cancel();

    bool isFinished() const { return m_finished; }
    /// False once the call is finished or cancelled: a source stops delivering when it reads false.
    bool isActive() const { return !m_finished; }
    const ApiError &error() const { return m_error; }

    // For the sources that implement a service.

    /// Emits finished() now (once; later calls are ignored) and schedules deletion.
    void finish(const ApiError &error);
    /// The same, from the event loop: for a source that has its answer at hand when asked.
    void finishLater(const ApiError &error = {});
    /// Runs @p deliver from the event loop unless the call was cancelled by then.
    void deliverLater(std::function<void()> deliver);
    /// Called by cancel() before finished(), to stop the source's own work (abort a request).
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }
    /// Ties the call to a Pager: its progress and warnings are forwarded, its end ends the call,
    /// and cancel() cancels it. The pager's batches go to the caller's sink directly.
    void follow(Pager *pager);

Q_SIGNALS:
    void progress(int items);
    /// One sentence about a batch that was delivered, but not quite as the API promises.
    void warning(const QString &message);
    void finished(const Inspector::ApiError &error);

private:
    QPointer<Pager> m_pager;
    std::function<void()> m_onCancel;
    ApiError m_error;
    bool m_finished = false;
};

} // namespace Inspector
