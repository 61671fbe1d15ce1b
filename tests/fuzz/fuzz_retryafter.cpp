// SPDX-License-Identifier: Apache-2.0
// RetryPolicy::parseRetryAfterMs(): a Retry-After header as a server sends it (delta-seconds or an
// HTTP-date), through its public signature only. Input: 6 bytes of "now" (a clock within ±2^47 ms
// of 1970, about ±4400 years), then the header value. An overflow is a crash under UBSan, and a
// result below zero fails the check in every build.
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <optional>

#include "api/retrypolicy.h"
#include "fuzzcheck.h"

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 6)
        return 0;
    qint64 now = 0;
    for (int i = 0; i < 6; ++i)
        now = (now << 8) | data[i];
    now -= qint64(1) << 47;
    const QByteArray value
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 6, qsizetype(size - 6));
    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, now);
    if (ms)
        FUZZ_CHECK(*ms >= 0);
    // The same value and clock give the same answer.
    FUZZ_CHECK(RetryPolicy::parseRetryAfterMs(value, now) == ms);
    return 0;
}
