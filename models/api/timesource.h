// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QtGlobal>

#include <functional>

namespace Inspector {

/**
 * @brief The clock and the timer every waiting piece of the core goes through.
 *
 * Backoff, Retry-After waits, token lifetimes and JWT expiry all ask this object, never
 * QDateTime or QTimer directly, so that tests can replace it and never sleep for real.
 * The default implementation uses the system clock and QTimer::singleShot on the caller's thread.
 */
class TimeSource
{
public:
    virtual ~TimeSource() = default;
    virtual qint64 nowMs() const;
    /// Calls `fn` once after `delayMs` in `context`'s thread, unless `context` is destroyed first.
    virtual void callLater(int delayMs, QObject *context, std::function<void()> fn);
    /// A number in [0, 1) for jitter.
    virtual double random01();

    /// The process-wide default (system clock, real timers).
    static TimeSource *system();
};

} // namespace Inspector
