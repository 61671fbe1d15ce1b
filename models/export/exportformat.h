// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace Inspector::Export {

enum class Format
{
    Csv,
    Json,
    JsonLines,
    Html ///< a transcript for people (HtmlWriter)
};

std::optional<Format> formatFromName(const QString &name);
QString formatName(Format format);
/// The usual file suffix, without the dot.
QString formatSuffix(Format format);

} // namespace Inspector::Export
