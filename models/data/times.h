// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/**
 * @brief Points in time as the API sends them (epoch milliseconds) and as people type them (ISO 8601).
 *
 * Pure functions, safe on any thread; no time zone database is involved, so results never depend on
 * the machine's local zone.
 */
#include "data/localresult.h"

namespace Inspector::Times {

/**
 * Reads epoch milliseconds (`1767348000000`) or an ISO 8601 date or date-time:
 * `2026-01-02` (midnight UTC), `2026-01-02T10:00`, `2026-01-02T10:00:00`, with `Z`, with a
 * fraction (`.123`, more digits are truncated to milliseconds), with an offset (`+02:00`, `+0200`,
 * `+02`). `T` may also be a space. A date-time without a zone is UTC, not local time, so the same
 * text means the same instant on every machine.
 * Returns the epoch milliseconds, or an error of one sentence.
 */
Result<qint64> parse(QStringView text);

/**
 * Reads an ISO 8601 duration of days, hours, minutes and seconds, in either case: `P7D`, `p7d`,
 * `PT12H`, `P1DT6H30M`, `PT90S`; also `P2W` (weeks). Months and years are refused: their length
 * depends on the date. Returns milliseconds, or an error of one sentence.
 */
Result<qint64> parseDuration(QStringView text);

/** `2026-01-02T10:00:00.000Z`: UTC, always with milliseconds. Years outside 0000-9999 get a sign. */
QString toIso(qint64 epochMs);

} // namespace Inspector::Times
