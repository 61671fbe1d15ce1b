// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

/**
 * Small pure text helpers of the command-line client: safe to call from any thread.
 */
namespace Inspector::Cli::Text {

/**
 * The start of a plain text (PresentationMl::toPlainText) for a table cell: its first lines joined
 * by spaces, whitespace collapsed, control characters removed, cut to @p maxChars with an ellipsis
 * (0 = no limit).
 */
QString excerpt(const QString &plainText, int maxChars);

/**
 * @p text made safe to print on a terminal: control characters other than newline and tab become
 * U+FFFD (no escape sequence reaches the terminal), bidirectional overrides and isolates are
 * removed (they could make a line read differently from what it holds). *replaced, when given,
 * grows by the number of characters changed.
 */
QString printable(const QString &text, int *replaced = nullptr);

/**
 * @p json (UTF-8 JSON text) with what a terminal would act on but a JSON writer leaves raw written
 * as `\uXXXX` escapes: DEL, the C1 controls (U+0080 to U+009F) and the bidirectional overrides and
 * isolates. The writer already escapes the C0 controls, so none is left; the values the JSON
 * holds are unchanged, only their spelling.
 */
void escapeTerminalControls(QByteArray *json);

/** One line: newlines and tabs become spaces, runs of spaces collapse. For error lines and table cells. */
QString oneLine(const QString &text);

/**
 * Columns @p text takes in a terminal: 2 for East Asian wide characters and emoji, 0 for combining
 * marks, zero-width joiners and variation selectors, 1 for the rest. For aligning tables.
 */
int displayWidth(QStringView text);

/**
 * @p text cut to at most @p width terminal columns (ending in `…` when cut) and, with @p pad,
 * filled with spaces to exactly @p width (on the left when @p right).
 */
QString fitToWidth(const QString &text, int width, bool pad, bool right);

/** `12345` -> `12.1 KiB`; bytes below 1024 stay as `512 B`. */
QString humanSize(qint64 bytes);

} // namespace Inspector::Cli::Text
