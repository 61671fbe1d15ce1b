// SPDX-License-Identifier: Apache-2.0
#include "export/textsafety.h"

namespace Inspector::Export {

namespace {

// Index of the first lone surrogate at or after `from`, or -1.
qsizetype findLoneSurrogate(QStringView text, qsizetype from)
{
    const QChar *d = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c < 0xD800 || c > 0xDFFF)
            continue;
        if (c <= 0xDBFF && i + 1 < n && d[i + 1].unicode() >= 0xDC00 && d[i + 1].unicode() <= 0xDFFF) {
            ++i; // a valid pair
            continue;
        }
        return i;
    }
    return -1;
}

} // namespace

QString withoutLoneSurrogates(const QString &text, qint64 *replaced)
{
    qsizetype i = findLoneSurrogate(text, 0);
    if (i < 0)
        return text; // the common case: no copy
    QString out = text;
    while (i >= 0) {
        out[i] = QChar(0xFFFD);
        ++*replaced;
        i = findLoneSurrogate(out, i + 1);
    }
    return out;
}

QByteArray toUtf8Checked(QStringView text, qint64 *replaced)
{
    if (findLoneSurrogate(text, 0) < 0)
        return text.toUtf8();
    return withoutLoneSurrogates(text.toString(), replaced).toUtf8();
}

bool looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    // A tab or carriage return first is guarded as it always was (a spreadsheet may drop it).
    const char16_t first = cell.front().unicode();
    if (first == u'\t' || first == u'\r')
        return true;
    // Spreadsheets skip leading spaces, invisible format characters and line breaks before they
    // look for a formula, and read the full-width signs as the ASCII ones.
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char16_t c = cell[i].unicode();
        switch (c) {
        case u'=':
        case u'+':
        case u'-':
        case u'@':
        case 0xFF1D: // ＝
        case 0xFF0B: // ＋
        case 0xFF0D: // －
        case 0xFF20: // ＠
            return true;
        case u'\t':
        case u'\r':
        case u'\n':
            continue;
        default:
            break;
        }
        if (c < 0x80 && c != u' ')
            return false; // the common case: an ordinary first character
        if (QChar::isHighSurrogate(c) && i + 1 < cell.size()
            && QChar::isLowSurrogate(cell[i + 1].unicode())) {
            const char32_t u = QChar::surrogateToUcs4(c, cell[i + 1].unicode());
            const QChar::Category category = QChar::category(u);
            if (category != QChar::Separator_Space && category != QChar::Other_Format)
                return false;
            ++i;
            continue;
        }
        const QChar::Category category = QChar::category(c);
        if (category != QChar::Separator_Space && category != QChar::Other_Format)
            return false;
    }
    return false;
}

} // namespace Inspector::Export
