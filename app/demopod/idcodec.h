// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

/**
 * @brief Symphony-shaped 25-byte ids (docs/symphony-api.md §10.2): 16 opaque bytes, then
 * Long.MAX_VALUE - creation time (big endian), then a type tag ('t' stream, 'm' message).
 *
 * Generated ids hide two indexes in the opaque bytes so that the demo pod can turn an id back
 * into (stream, message) without keeping a table of every message.
 */
namespace Inspector::DemoPod::IdCodec {

constexpr char StreamTag = 't';
constexpr char MessageTag = 'm';
constexpr int RawSize = 25;

QString toUrlSafe(const QByteArray &raw);
QString toStandard(const QByteArray &raw);

/** Strict: exactly the 34-character URL-safe form of 25 bytes; the standard form is rejected. */
bool fromUrlSafe(const QString &text, QByteArray *raw);
/** True when the text uses standard Base64 characters ('+', '/', '=') or spaces. */
bool looksStandard(const QString &text);

QByteArray make(char tag, quint32 first, quint32 second, qint64 creationMs);
/** Reverses make(); false for ids that make() did not produce with this tag. */
bool unpack(const QByteArray &raw, char tag, quint32 *first, quint32 *second);
qint64 creationTime(const QByteArray &raw);

} // namespace Inspector::DemoPod::IdCodec
