// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Inspector {

/**
 * @brief A tooltip that shows @p text exactly, never as rich text. Pure function, any thread.
 *
 * Qt guesses whether a tooltip is rich text (Qt::mightBeRichText) and, if it guesses so, renders
 * it as HTML, loading every image it names: a room called `<img src="/dev/zero">` would make the
 * program read that file. Every tooltip (Qt::ToolTipRole of a model, QWidget::setToolTip) that
 * can hold text from a server or a user goes through this function:
 *
 * - text without `<` and `&` is returned as it is: Qt can only take a text for rich text when it
 *   has one of them, so it shows it as plain text;
 * - any other text is HTML-escaped and wrapped in `<p style="white-space:pre-wrap">…</p>`: the
 *   only markup left is that paragraph, so what is shown is the text, with its line breaks and
 *   spaces, and nothing is loaded.
 *
 * An empty text gives an empty string (no tooltip).
 */
QString plainToolTip(const QString &text);

/** The wrapper plainToolTip() puts around escaped text (for the checks of the tests). */
inline constexpr char16_t PlainToolTipPrefix[] = u"<p style=\"white-space:pre-wrap\">";
inline constexpr char16_t PlainToolTipSuffix[] = u"</p>";

} // namespace Inspector
