// SPDX-License-Identifier: Apache-2.0
#include "textutil.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Inspector::Cli::Text {

namespace {

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named {
        {u"amp"_s, u"&"_s},
        {u"lt"_s, u"<"_s},
        {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},
        {u"nbsp"_s, u" "_s},
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype semicolon = c == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(c);
            ++i;
            continue;
        }
        const QString entity = text.mid(i + 1, semicolon - i - 1);
        QString decoded;
        if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.startsWith("#x"_L1, Qt::CaseInsensitive) ? entity.mid(2).toUInt(&ok, 16)
                                                                              : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t ch = code;
                decoded = QString::fromUcs4(&ch, 1);
            }
        } else {
            decoded = named.value(entity);
        }
        if (decoded.isEmpty()) {
            out.append(c);
            ++i;
            continue;
        }
        out.append(decoded);
        i = semicolon + 1;
    }
    return out;
}

} // namespace

QString oneLine(const QString &text)
{
    return text.simplified();
}

QString plainExcerpt(const QString &presentationMl, int maxChars)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = presentationMl;
    // A tag separates words ("<p>a</p><p>b</p>" reads "a b"); simplified() squeezes the spaces.
    text.replace(tag, u" "_s);
    text = decodeEntities(text).simplified();
    if (maxChars > 0 && text.size() > maxChars)
        text = text.left(std::max(maxChars - 1, 0)).trimmed() + u"…"_s;
    return text;
}

QString safeFileName(const QString &name, const QString &fallback)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control || c.isNull())
            out.append(u'_');
        else
            out.append(c);
    }
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    out = out.trimmed();
    // Keep the extension when the name must be shortened.
    while (out.toUtf8().size() > 200) {
        const qsizetype dot = out.lastIndexOf(u'.');
        if (dot > 0 && out.size() - dot <= 16)
            out.remove(dot - 1, 1);
        else
            out.chop(1);
    }
    if (!out.isEmpty())
        return out;
    if (!fallback.isEmpty())
        return safeFileName(fallback, QString());
    return u"attachment"_s;
}

QString uniqueFileName(const QString &name, const QStringList &taken)
{
    if (!taken.contains(name, Qt::CaseInsensitive))
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = stem + u" ("_s + QString::number(n) + u')' + ext;
        if (!taken.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + u" B"_s;
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Inspector::Cli::Text
