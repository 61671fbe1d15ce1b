// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

#include "api/apierror.h"

namespace Inspector {

/**
 * @brief When and how long to wait before trying a request again.
 *
 * Pure data and pure functions, so that every decision is tested without a clock or a network.
 * 429 honours Retry-After (seconds or an HTTP-date); 5xx, timeouts and connection errors back off
 * exponentially with jitter; every other 4xx is final. The number of attempts is bounded.
 *
 * Retry-After never shortens the wait below the backoff of that attempt (the floor: `Retry-After: 0`
 * or a date in the past must not turn a retry loop into a flood) and never lengthens it beyond
 * `maxRetryAfterMs` (the cap); explainRetryAfterCap() words the case where the server asked for more.
 */
struct RetryPolicy
{
    int maxAttempts = 4; ///< attempts in total, the first included; 1 means never retry
    int initialDelayMs = 500;
    double multiplier = 2.0;
    int maxDelayMs = 30000;
    double jitter = 0.2; ///< each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    int maxRetryAfterMs = 120000; ///< a Retry-After longer than this is clamped (the wait is capped)

    /// Delay before attempt `attempt + 1` after attempt `attempt` (1-based) failed with `error`,
    /// or nullopt when the request must not be retried. `retryAfter` is the raw header value,
    /// `nowMs` the current time (for HTTP-dates), `random01` a number in [0, 1) for the jitter.
    std::optional<int> delayBeforeRetry(int attempt, const ApiError &error, const QByteArray &retryAfter,
        qint64 nowMs, double random01) const;

    /// The exponential backoff of attempt `attempt` (1-based) before jitter.
    int backoffMs(int attempt) const;

    /// The wait the server asked for with `retryAfter` when it is longer than maxRetryAfterMs and the
    /// error is one that honours Retry-After; nullopt otherwise.
    std::optional<qint64> retryAfterBeyondCapMs(
        const ApiError &error, const QByteArray &retryAfter, qint64 nowMs) const;
    /// `error` with one more sentence when the server asked (Retry-After) to wait longer than the cap,
    /// so that a person knows when to try again; `error` unchanged otherwise.
    ApiError explainRetryAfterCap(const ApiError &error, const QByteArray &retryAfter, qint64 nowMs) const;

    /// Parses a Retry-After value: delta-seconds or an HTTP-date. nullopt when absent or unreadable.
    /// Never overflows: a number of seconds too large for the arithmetic becomes the largest wait.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowMs);

    static RetryPolicy never();
};

} // namespace Inspector
