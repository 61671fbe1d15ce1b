// SPDX-License-Identifier: Apache-2.0
#include "api/retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

// The largest number of seconds whose milliseconds still fit in a qint64.
constexpr qint64 MaxRetryAfterSeconds = std::numeric_limits<qint64>::max() / 1000;

bool honoursRetryAfter(const ApiError &error)
{
    // The server's word counts when it gives one: 429 and 503 carry Retry-After on Symphony.
    return error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Server;
}

bool isDeltaSeconds(const QByteArray &v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

int RetryPolicy::backoffMs(int attempt) const
{
    const double factor = std::pow(std::max(multiplier, 1.0), std::max(attempt - 1, 0));
    const double ms = std::min(double(initialDelayMs) * factor, double(maxDelayMs));
    return int(ms);
}

std::optional<int> RetryPolicy::delayBeforeRetry(
    int attempt, const ApiError &error, const QByteArray &retryAfter, qint64 nowMs, double random01) const
{
    if (attempt >= maxAttempts || !error.isTransient())
        return std::nullopt;

    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double scale = 1.0 - spread + 2.0 * spread * std::clamp(random01, 0.0, 1.0);
    const int backoff = std::max(0, int(std::lround(backoffMs(attempt) * scale)));
    // The server's word counts when it gives one, between the backoff (the floor: "0" or a past
    // date would otherwise retry at once, forever in a feed) and the cap.
    if (honoursRetryAfter(error)) {
        if (const auto told = parseRetryAfterMs(retryAfter, nowMs))
            return std::max(backoff, int(std::clamp<qint64>(*told, 0, std::max(maxRetryAfterMs, 0))));
    }
    return backoff;
}

std::optional<qint64> RetryPolicy::retryAfterBeyondCapMs(
    const ApiError &error, const QByteArray &retryAfter, qint64 nowMs) const
{
    if (!honoursRetryAfter(error))
        return std::nullopt;
    const auto told = parseRetryAfterMs(retryAfter, nowMs);
    if (!told || *told <= maxRetryAfterMs)
        return std::nullopt;
    return told;
}

ApiError RetryPolicy::explainRetryAfterCap(
    const ApiError &error, const QByteArray &retryAfter, qint64 nowMs) const
{
    const auto asked = retryAfterBeyondCapMs(error, retryAfter, nowMs);
    if (!asked)
        return error;
    ApiError e = error;
    // Rounded up without adding first: a wait near the largest qint64 must not overflow.
    const auto seconds = [](qint64 ms) { return QString::number(ms / 1000 + (ms % 1000 > 0 ? 1 : 0)); };
    e.message += u' '
        + QCoreApplication::translate("Inspector::RetryPolicy",
            "The server asked to wait %1 s before trying again, longer than the %2 s "
            "this tool waits at most.")
              .arg(seconds(*asked), seconds(maxRetryAfterMs));
    return e;
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (isDeltaSeconds(v)) {
        // Clamp before multiplying: "99999999999999999999" or 2^62 must not overflow into a zero wait.
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        return (ok ? std::min(seconds, MaxRetryAfterSeconds) : MaxRetryAfterSeconds) * 1000;
    }
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMs);
}

RetryPolicy RetryPolicy::never()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}

} // namespace Inspector
