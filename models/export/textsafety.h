// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

/**
 * Everything the exporters write is valid UTF-8. QString may hold lone surrogates (from a test,
 * a hostile server, or a truncated pair); Qt's own toUtf8() turns each into a silent '?'. These
 * helpers turn them into U+FFFD instead and count them, so that the export report can say so.
 */
namespace Inspector::Export {

/// UTF-8 of `text`, every lone surrogate replaced by U+FFFD; `*replaced` grows by their number.
QByteArray toUtf8Checked(QStringView text, qint64 *replaced);

/// `text` with every lone surrogate replaced by U+FFFD; `*replaced` grows by their number.
QString withoutLoneSurrogates(const QString &text, qint64 *replaced);

/// True when a CSV cell must be defused against formula injection: it starts with a tab or a
/// carriage return, or its first character after any spaces (Unicode Zs), format characters
/// (Cf, such as U+200B), tabs and line breaks is `=`, `+`, `-`, `@` or their full-width forms
/// `＝`, `＋`, `－`, `＠`.
bool looksLikeFormula(QStringView cell);

} // namespace Inspector::Export
