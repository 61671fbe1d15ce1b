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
    Html, ///< a transcript for people (HtmlWriter)
    Pdf ///< the same transcript as PDF (inspector_pdf: Qt Gui), through ExportSettings::sinkFactory
};

std::optional<Format> formatFromName(const QString &name);
QString formatName(Format format);
/// True for the transcripts (HTML, PDF): one stream per file, made for people.
bool isTranscript(Format format);
/// The usual file suffix, without the dot.
QString formatSuffix(Format format);

} // namespace Inspector::Export
