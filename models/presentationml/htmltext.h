// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Text and link helpers of the converter, internal to presentationml/.
namespace Inspector::PresentationMl::Detail {

/** Appends `text` HTML-escaped (& < > "), without the control characters text never carries. */
void appendEscaped(QString &out, QStringView text);

/**
 * A URL shown as text: escaped, and every ':' written as a character reference so the HTML
 * never carries a live-looking "javascript:" or "data:" that a later linkifier could pick up.
 */
void appendUrlText(QString &out, QStringView url);

/** Whether the whitespace-separated class list `classes` holds `token`. */
bool hasClassToken(QStringView classes, QLatin1StringView token);

/** At most `maxChars` characters of `value` (never half a surrogate pair), plus `…` when cut. */
QString truncated(QStringView value, int maxChars, bool *wasTruncated = nullptr);

/**
 * The href to emit for a link, or a null string when the link must not be live. Only https with
 * a host and without user info (the "https://bank.example@evil.example" trick), and mailto with
 * at most a subject, a body and cc (see mailtoHref; `droppedFields` names what it left out).
 * Any whitespace, control character or backslash anywhere refuses the link outright: those are
 * the characters browsers strip or reinterpret, which is how " java\tscript:" tricks work.
 */
QString allowedHref(QStringView raw, QStringList *droppedFields);

} // namespace Inspector::PresentationMl::Detail
