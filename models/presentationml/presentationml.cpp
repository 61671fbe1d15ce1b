// SPDX-License-Identifier: Apache-2.0
#include "presentationml/presentationml.h"

#include "presentationml/htmlsink.h"
#include "presentationml/htmltext.h"
#include "presentationml/textscan.h"
#include "presentationml/textsink.h"
#include "presentationml/walker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl {

namespace {

using namespace Detail;

// UTF-8 size of `s` compared with `limit`, without converting it.
bool exceedsUtf8(const QString &s, qint64 limit)
{
    if (s.size() > limit)
        return true;
    if (s.size() * 3 <= limit)
        return false;
    qint64 bytes = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : (u < 0x800 || QChar::isSurrogate(u)) ? 2 : 3;
        if (bytes > limit)
            return true;
    }
    return false;
}

QString failureWarning(Failure failure, const QString &detail)
{
    switch (failure) {
    case Failure::Doctype:
        return u"markup with a DOCTYPE is refused (no DTD or entity declarations are read); showing its text"_s;
    case Failure::TooDeep:
    case Failure::TooManyAttributes:
        return u"markup refused: %1; showing its text"_s.arg(detail);
    case Failure::NotWellFormed:
    case Failure::None:
        break;
    }
    return u"markup is not well-formed XML: %1; showing its text"_s.arg(detail);
}

template<typename Sink>
Failure convert(Sink &sink, const QString &markup, const Entities &entities, const RenderOptions &options,
    Report &report, QString *detail)
{
    Walker<Sink> walker(sink, entities, options, report);
    const Failure failure = walker.run(markup);
    *detail = walker.errorText();
    return failure;
}

QString fallbackText(const QString &markup, const RenderOptions &options)
{
    bool cut = false;
    QString text = Detail::strippedText(markup, std::max(options.maxInputBytes, 0), &cut);
    if (cut)
        text += u'…';
    return text;
}

} // namespace

HtmlResult toSafeHtml(const QString &presentationMl, const QString &dataJson, const RenderOptions &options)
{
    HtmlResult result;
    const Entities entities = Entities::parse(dataJson);
    Report report(true);
    if (!entities.error.isEmpty())
        report.warn(entities.error);

    QString fallbackReason;
    if (exceedsUtf8(presentationMl, std::max(options.maxInputBytes, 0))) {
        fallbackReason
            = u"markup larger than %1 bytes is not parsed; showing its text"_s.arg(options.maxInputBytes);
    } else {
        HtmlSink sink(presentationMl.size());
        QString detail;
        const Failure failure = convert(sink, presentationMl, entities, options, report, &detail);
        if (failure == Failure::None) {
            result.html = sink.take();
        } else {
            fallbackReason = failureWarning(failure, detail);
        }
    }
    if (!fallbackReason.isEmpty()) {
        // Findings of a half-read document would describe markup that is not shown.
        report.clearFindings();
        if (!entities.error.isEmpty())
            report.warn(entities.error);
        report.warn(fallbackReason);
        result.fellBack = true;
        const QString text = fallbackText(presentationMl, options);
        result.html.reserve(text.size() + 32);
        result.html += "<p class=\"pml-fallback\">"_L1;
        appendEscaped(result.html, text);
        result.html += "</p>"_L1;
    }
    result.warnings = std::move(report.m_warnings);
    result.links = std::move(report.m_links);
    result.images = std::move(report.m_images);
    return result;
}

QString toPlainText(const QString &presentationMl, const QString &dataJson, const RenderOptions &options)
{
    if (exceedsUtf8(presentationMl, std::max(options.maxInputBytes, 0)))
        return fallbackText(presentationMl, options);
    // Most messages have no entities; finding that out is far cheaper than parsing their data.
    const Entities entities
        = presentationMl.contains(u"data-entity-id") ? Entities::parse(dataJson) : Entities {};
    if (!options.fullParser) {
        Report report(false);
        TextSink sink(presentationMl.size());
        Walker<TextSink> walker(sink, entities, options, report);
        if (const std::optional<Failure> failure = walker.runScanner(presentationMl)) {
            if (*failure != Failure::None)
                return fallbackText(presentationMl, options);
            return sink.take();
        }
    }
    Report report(false);
    TextSink sink(presentationMl.size());
    QString detail;
    if (convert(sink, presentationMl, entities, options, report, &detail) != Failure::None)
        return fallbackText(presentationMl, options);
    return sink.take();
}

} // namespace Inspector::PresentationMl
