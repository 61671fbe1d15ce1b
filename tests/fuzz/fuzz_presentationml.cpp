// SPDX-License-Identifier: Apache-2.0
// PresentationML to safe HTML and to plain text. Input: the markup, then optionally a NUL byte and
// the EntityJSON (`data`) of the message, both as UTF-8 (invalid sequences included: a server may
// send anything).
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "fuzzcheck.h"
#include "presentationml/presentationml.h"

using namespace Inspector;

namespace {

/**
 * What a safe HTML may never hold, whatever the input: every '<' of the text is escaped, so each
 * '<' starts a tag; no tag of the list below, no event handler, style or resource attribute, and
 * live links only to https: and mailto:. A deny list, so that the converter may add harmless tags.
 */
void checkTags(const QString &html)
{
    static const QStringList forbiddenTags {QStringLiteral("script"), QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("style"), QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("base"), QStringLiteral("form"), QStringLiteral("img"),
        QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("video"), QStringLiteral("audio"),
        QStringLiteral("input"), QStringLiteral("textarea"), QStringLiteral("button"),
        QStringLiteral("select"), QStringLiteral("template"), QStringLiteral("frame"),
        QStringLiteral("frameset"), QStringLiteral("applet")};
    static const QStringList forbiddenAttributes {QStringLiteral("style"), QStringLiteral("src"),
        QStringLiteral("srcset"), QStringLiteral("srcdoc"), QStringLiteral("action"),
        QStringLiteral("formaction"), QStringLiteral("data"), QStringLiteral("background"),
        QStringLiteral("lowsrc"), QStringLiteral("dynsrc"), QStringLiteral("xlink:href"),
        QStringLiteral("poster")};
    const qsizetype n = html.size();
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        const qsizetype end = html.indexOf(u'>', i);
        FUZZ_CHECK_MSG(end > i, "a '<' that starts no tag");
        qsizetype p = i + 1;
        if (p < n && html.at(p) == u'/')
            ++p;
        const qsizetype nameStart = p;
        while (p < end && html.at(p).isLetterOrNumber())
            ++p;
        const QString tag = html.mid(nameStart, p - nameStart).toLower();
        FUZZ_CHECK_MSG(!tag.isEmpty(), qPrintable(html.mid(i, 40)));
        FUZZ_CHECK_MSG(!forbiddenTags.contains(tag), qPrintable(tag));
        // Attributes: name="value", the value escaped (no '"' or '>' in it).
        for (;;) {
            while (p < end && html.at(p) == u' ')
                ++p;
            if (p >= end || html.at(p) == u'/')
                break;
            const qsizetype attrStart = p;
            while (p < end && html.at(p) != u'=' && html.at(p) != u' ')
                ++p;
            const QString attribute = html.mid(attrStart, p - attrStart).toLower();
            FUZZ_CHECK_MSG(!attribute.startsWith(QLatin1String("on")), qPrintable(attribute));
            FUZZ_CHECK_MSG(!forbiddenAttributes.contains(attribute), qPrintable(attribute));
            if (p >= end || html.at(p) != u'=')
                continue;
            FUZZ_CHECK_MSG(p + 1 < end && html.at(p + 1) == u'"', qPrintable(html.mid(i, end - i + 1)));
            const qsizetype close = html.indexOf(u'"', p + 2);
            FUZZ_CHECK(close > 0 && close < end);
            const QStringView value = QStringView(html).mid(p + 2, close - p - 2);
            if (attribute == QLatin1String("href"))
                FUZZ_CHECK_MSG(
                    value.startsWith(QLatin1String("https:")) || value.startsWith(QLatin1String("mailto:")),
                    qPrintable(value.left(60).toString()));
            p = close + 1;
        }
        i = end;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QString markup = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString entities = split < 0 ? QString() : QString::fromUtf8(input.mid(split + 1));

    PresentationMl::RenderOptions options;
    options.displayName
        = [](qint64 userId) { return userId % 2 ? QStringLiteral("Name <b>&amp;</b>") : QString(); };
    const PresentationMl::HtmlResult html = PresentationMl::toSafeHtml(markup, entities, options);
    checkTags(html.html);
    FUZZ_CHECK(html.warnings.size() <= 32);

    const QString text = PresentationMl::toPlainText(markup, entities, options);
    // The dedicated scanner and QXmlStreamReader must give the same text (presentationml.h).
    PresentationMl::RenderOptions reference = options;
    reference.fullParser = true;
    const QString referenceText = PresentationMl::toPlainText(markup, entities, reference);
    FUZZ_CHECK_MSG(text == referenceText,
        qPrintable(QStringLiteral("scanner: [%1] reference: [%2]").arg(text, referenceText)));
    return 0;
}
