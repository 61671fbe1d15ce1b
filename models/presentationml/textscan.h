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
 * Linear in the input, whatever it holds: `steps`, when given, grows by the number of characters
 * looked at (searches included), which stays within a small multiple of the input's size.
 */
QString strippedText(QStringView markup, qsizetype maxChars, bool *truncated, qsizetype *steps = nullptr);

/**
 * Whether some tag of `markup` has more than `maxAttributes` attributes, counted the way an XML
 * parser would read them: every quoted value inside a tag is one attribute; comments, CDATA
 * sections and processing instructions are skipped. One pass over the input, stopping at the
 * first such tag; `steps`, when given, grows by the characters looked at. QXmlStreamReader checks
 * an element's attributes for duplicates pair by pair (quadratic in their number), so markup
 * for which this is true is never handed to it.
 */
bool hasElementWithMoreAttributes(QStringView markup, int maxAttributes, qsizetype *steps = nullptr);

/** True for the characters text output never carries: C0 controls except tab/LF/CR, DEL, C1. */
constexpr bool isDroppedControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
}

} // namespace Inspector::PresentationMl::Detail
