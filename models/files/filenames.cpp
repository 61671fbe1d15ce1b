// SPDX-License-Identifier: Apache-2.0
#include "files/filenames.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace Inspector::Files {

namespace {

constexpr qsizetype MaxNameBytes = 200;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

bool isReplaced(QChar c)
{
    switch (c.unicode()) {
    case u'/':
    case u'\\':
    case u':':
    case u'<':
    case u'>':
    case u'"':
    case u'|':
    case u'?':
    case u'*':
        return true;
    default:
        break;
    }
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

// Windows opens the device, not a file, for these names whatever follows the first dot.
bool isWindowsDeviceName(const QString &name)
{
    QStringView base = QStringView(name);
    const qsizetype dot = base.indexOf(u'.');
    if (dot >= 0)
        base = base.first(dot);
    while (!base.isEmpty() && base.back() == u' ')
        base.chop(1);
    static const QLatin1StringView fixed[] = {"con"_L1, "prn"_L1, "aux"_L1, "nul"_L1};
    for (const QLatin1StringView device : fixed) {
        if (base.compare(device, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (base.size() != 4)
        return false;
    const QStringView stem = base.first(3);
    if (stem.compare("com"_L1, Qt::CaseInsensitive) != 0 && stem.compare("lpt"_L1, Qt::CaseInsensitive) != 0)
        return false;
    const char16_t digit = base[3].unicode();
    // COM¹, COM², COM³ are devices too.
    return (digit >= u'1' && digit <= u'9') || digit == 0x00B9 || digit == 0x00B2 || digit == 0x00B3;
}

void trimEnds(QString &s)
{
    qsizetype start = 0;
    while (start < s.size() && (s[start].isSpace() || s[start] == u'.'))
        ++start;
    qsizetype end = s.size();
    while (end > start && (s[end - 1].isSpace() || s[end - 1] == u'.'))
        --end;
    s = s.sliced(start, end - start);
}

qsizetype utf8Bytes(QStringView s)
{
    qsizetype bytes = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3; // a pair is 4
    }
    return bytes;
}

// The longest start of `s` of at most `maxBytes` bytes of UTF-8 that does not split a pair.
QStringView utf8Prefix(QStringView s, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const bool pair = s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
        const qsizetype width = pair ? 2 : 1;
        const qsizetype more = utf8Bytes(s.sliced(i, width));
        if (bytes + more > maxBytes)
            break;
        bytes += more;
        i += width;
    }
    return s.first(i);
}

QString sanitised(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (isBidiControl(c.unicode()))
            continue;
        if (c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            out.append(c);
            out.append(name[++i]);
            continue;
        }
        out.append(isReplaced(c) || c.isNull() || c.isSurrogate() ? QChar(u'_') : c);
    }
    trimEnds(out);
    if (utf8Bytes(out) > MaxNameBytes) {
        // Keep the extension when the name must be shortened.
        const qsizetype dot = out.lastIndexOf(u'.');
        const QStringView ext
            = dot > 0 && out.size() - dot <= 16 ? QStringView(out).sliced(dot) : QStringView();
        const QStringView stem = QStringView(out).first(out.size() - ext.size());
        QString shortened = utf8Prefix(stem, MaxNameBytes - utf8Bytes(ext)).toString();
        shortened += ext;
        trimEnds(shortened);
        out = std::move(shortened);
    }
    if (!out.isEmpty() && isWindowsDeviceName(out))
        out.prepend(u'_');
    return out;
}

} // namespace

QString safeFileName(const QString &name, const QString &fallback)
{
    QString out = sanitised(name);
    if (out.isEmpty())
        out = sanitised(fallback);
    return out.isEmpty() ? u"attachment"_s : out;
}

QString numberedFileName(const QString &name, int n)
{
    if (n <= 1)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QStringView stem = dot > 0 ? QStringView(name).first(dot) : QStringView(name);
    const QStringView ext = dot > 0 ? QStringView(name).sliced(dot) : QStringView();
    return stem + u" ("_s + QString::number(n) + u')' + ext;
}

} // namespace Inspector::Files
