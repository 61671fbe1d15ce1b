// SPDX-License-Identifier: Apache-2.0
#include "api/retrypolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Inspector {

int RetryPolicy::backoffMs(int attempt) const
{
    const double factor = std::pow(std::max(multiplier, 1.0), std::max(attempt - 1, 0));
    const double ms = std::min(double(initialDelayMs) * factor, double(maxDelayMs));
    return int(ms);
}

std::optional<int> RetryPolicy::delayBeforeRetry(int attempt, const ApiError &error, const QByteArray &retryAfter,
                                                 qint64 nowMs, double random01) const
{
    if (attempt >= maxAttempts || !error.isTransient())
        return std::nullopt;

    // The server's word wins when it gives one: 429 and 503 carry Retry-After on Symphony.
    if (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Server) {
        if (const auto told = parseRetryAfterMs(retryAfter, nowMs))
            return int(std::clamp<qint64>(*told, 0, maxRetryAfterMs));
    }
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double scale = 1.0 - spread + 2.0 * spread * std::clamp(random01, 0.0, 1.0);
    return std::max(0, int(std::lround(backoffMs(attempt) * scale)));
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
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
