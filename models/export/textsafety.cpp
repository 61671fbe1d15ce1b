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
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace Inspector::Export
