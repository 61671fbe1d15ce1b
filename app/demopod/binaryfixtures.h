// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

/**
 * @brief Deterministic attachment files: small but valid documents padded to an exact size, so
 * that a client can check the decoded download against the advertised `size`.
 */
namespace Inspector::DemoPod::BinaryFixtures {

/** A one-page PDF 1.4 with a text line, exactly `size` bytes (size must be >= 1024). */
QByteArray pdf(const QByteArray &text, qint64 size);
/** An RGB PNG of width x height showing a bar chart, padded with a private chunk to `size` bytes
 * (0 = no padding). */
QByteArray png(int width, int height, qint64 size);
/** CRC-32 as used by PNG and zip (exposed for the tests). */
quint32 crc32(const QByteArray &data);

} // namespace Inspector::DemoPod::BinaryFixtures
