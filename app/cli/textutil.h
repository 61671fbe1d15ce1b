// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

/**
 * Small pure text helpers of the command-line client: safe to call from any thread.
 */
namespace Inspector::Cli::Text {

/**
 * The readable text of a PresentationML message for a table cell: tags removed, the common
 * entities decoded, whitespace collapsed, cut to @p maxChars with an ellipsis. A deliberately
 * simple reading: a later PresentationML converter replaces it.
 */
QString plainExcerpt(const QString &presentationMl, int maxChars);

/**
 * A file name that is safe to create inside a chosen directory: no directory separators, no
 * control characters, no leading dots (no `..`, no hidden files), at most 200 bytes of UTF-8.
 * Falls back to @p fallback (itself sanitised) when nothing usable is left, then to "attachment".
 */
QString safeFileName(const QString &name, const QString &fallback);

/** @p name, or `stem (2).ext`, `stem (3).ext`, … when it is in @p taken (compared case-insensitively). */
QString uniqueFileName(const QString &name, const QStringList &taken);

/** One line: newlines and tabs become spaces, runs of spaces collapse. For error lines and table cells. */
QString oneLine(const QString &text);

/** `12345` -> `12.1 KiB`; bytes below 1024 stay as `512 B`. */
QString humanSize(qint64 bytes);

} // namespace Inspector::Cli::Text
