// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/**
 * Names for files the tool creates from names a server sent (attachments). Pure functions, safe
 * to call from any thread. The command-line client and the desktop program use these alone.
 */
namespace Inspector::Files {

/**
 * A file name that is safe to create inside a chosen directory, on Linux and on a Windows or
 * macOS share alike:
 * - directory separators, `:`, the characters Windows refuses (`< > " | ? *`), control
 *   characters and line separators become `_`;
 * - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are removed,
 *   so that `\u202Egpj.exe` cannot pass for `exe.jpg`;
 * - leading dots (no `..`, no hidden file), leading and trailing spaces and trailing dots go;
 * - a Windows device name (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, in any case
 *   and with any extension, such as `nul.txt`) gets a leading `_`;
 * - at most 200 bytes of UTF-8, keeping the extension, never splitting a character.
 * Falls back to @p fallback (itself sanitised) when nothing usable is left, then to "attachment".
 */
QString safeFileName(const QString &name, const QString &fallback);

/** @p name for @p n <= 1; otherwise `stem (n).ext` (`report (2).pdf`, `README (3)`). */
QString numberedFileName(const QString &name, int n);

} // namespace Inspector::Files
