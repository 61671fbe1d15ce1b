// SPDX-License-Identifier: Apache-2.0
#include "textutil.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Inspector::Cli::Text {

QString oneLine(const QString &text)
{
    return text.simplified();
}

namespace {

int codePointWidth(char32_t c)
{
    if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
        return 0; // zero-width joiner, variation selectors
    const QChar::Category cat = QChar::category(c);
    if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x1FA70 && c <= 0x1FAFF) || (c >= 0x2614 && c <= 0x2615) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

QString fitToWidth(const QString &text, int width, bool pad, bool right)
{
    QString out = text;
    int used = displayWidth(text);
    if (width > 0 && used > width) {
        // Cut by code points so that a surrogate pair is never split, leaving a column for "…".
        out.clear();
        used = 0;
        const QList<uint> points = text.toUcs4();
        for (const uint c : points) {
            const int w = codePointWidth(c);
            if (used + w > width - 1)
                break;
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
            used += w;
        }
        out.append(u'\u2026');
        ++used;
    }
    if (!pad || used >= width)
        return out;
    const QString fill(width - used, u' ');
    return right ? fill + out : out + fill;
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

void escapeTerminalControls(QByteArray *json)
{
    // Every byte below is part of a string: JSON's own syntax is ASCII without DEL.
    const auto escapeAt = [](const QByteArray &in, qsizetype i, int *length) -> int {
        const auto b = [&in](qsizetype k) { return k < in.size() ? uchar(in.at(k)) : 0; };
        if (b(i) == 0x7F) {
            *length = 1;
            return 0x7F;
        }
        if (b(i) == 0xC2 && b(i + 1) >= 0x80 && b(i + 1) <= 0x9F) {
            *length = 2;
            return b(i + 1);
        }
        if (b(i) == 0xE2
            && ((b(i + 1) == 0x80 && b(i + 2) >= 0xAA && b(i + 2) <= 0xAE)
                || (b(i + 1) == 0x81 && b(i + 2) >= 0xA6 && b(i + 2) <= 0xA9))) {
            *length = 3;
            return 0x2000 | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
        }
        return -1;
    };
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < json->size();) {
        int length = 0;
        const int code = escapeAt(*json, i, &length);
        if (code < 0) {
            ++i;
            continue;
        }
        if (out.isEmpty())
            out.reserve(json->size() + 64);
        out.append(json->constData() + copied, i - copied);
        out.append("\\u").append(QByteArray::number(code, 16).rightJustified(4, '0'));
        i += length;
        copied = i;
    }
    if (copied == 0)
        return;
    out.append(json->constData() + copied, json->size() - copied);
    *json = out;
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

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + u" B"_s;
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Inspector::Cli::Text
