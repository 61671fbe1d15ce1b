// SPDX-License-Identifier: Apache-2.0
#include "textutil.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Inspector::Cli::Text {

QString oneLine(const QString &text)
{
    return text.simplified();
}

QString printable(const QString &text, int *replaced)
{
    QString out;
    out.reserve(text.size());
    int changed = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (bidi) {
            ++changed;
            continue;
        }
        if (c.category() == QChar::Other_Control && u != u'\n' && u != u'\t') {
            ++changed;
            out.append(QChar(0xFFFD));
            continue;
        }
        out.append(c);
    }
    if (replaced)
        *replaced += changed;
    return out;
}

QString excerpt(const QString &plainText, int maxChars)
{
    QString text;
    for (const QStringView line : QStringView(plainText).split(u'\n', Qt::SkipEmptyParts)) {
        const QString clean = printable(line.toString()).simplified();
        if (clean.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u' ';
        text += clean;
        // Only the first lines are needed for a cell.
        if (maxChars > 0 && text.size() > maxChars)
            break;
    }
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
