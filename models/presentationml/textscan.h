// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

// Helpers shared by the converter's two outputs; internal to presentationml/.
namespace Inspector::PresentationMl::Detail {

/** The character of an HTML named entity (`nbsp`, `euro`, …), or 0 when the name is not known. */
char32_t namedEntity(QStringView name);

/**
 * Text content of markup that is not well-formed XML: tags, comments and declarations become
 * a space, CDATA is kept, entities are decoded, whitespace is collapsed and control characters
 * are dropped. At most `maxChars` input characters are read; `truncated` says whether more were.
 * Linear in the input, whatever it holds.
 */
QString strippedText(QStringView markup, qsizetype maxChars, bool *truncated);

/** True for the characters text output never carries: C0 controls except tab/LF/CR, DEL, C1. */
constexpr bool isDroppedControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
}

} // namespace Inspector::PresentationMl::Detail
