// SPDX-License-Identifier: Apache-2.0
#include "presentationml/textscan.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl::Detail {

namespace {

struct NamedEntity
{
    const char *name;
    char32_t ch;
};

// HTML named entities that Symphony clients and bots are seen to write into XHTML; the
// XML parser knows only the five predefined ones.
// clang-format off
constexpr NamedEntity Named[] = {
    {"AElig", 198}, {"Aacute", 193}, {"Agrave", 192}, {"Aring", 197}, {"Auml", 196}, {"Ccedil", 199},
    {"Dagger", 8225}, {"Eacute", 201}, {"Egrave", 200}, {"Ntilde", 209}, {"Oacute", 211}, {"Oslash", 216},
    {"Ouml", 214}, {"Uacute", 218}, {"Uuml", 220}, {"aacute", 225}, {"acirc", 226}, {"acute", 180},
    {"aelig", 230}, {"agrave", 224}, {"amp", 38}, {"apos", 39}, {"aring", 229}, {"asymp", 8776},
    {"atilde", 227}, {"auml", 228}, {"bdquo", 8222}, {"brvbar", 166}, {"bull", 8226}, {"ccedil", 231},
    {"cedil", 184}, {"cent", 162}, {"check", 10003}, {"copy", 169}, {"curren", 164}, {"dagger", 8224},
    {"darr", 8595}, {"deg", 176}, {"divide", 247}, {"eacute", 233}, {"ecirc", 234}, {"egrave", 232},
    {"emsp", 8195}, {"ensp", 8194}, {"euml", 235}, {"euro", 8364}, {"frac12", 189}, {"frac14", 188},
    {"frac34", 190}, {"ge", 8805}, {"gt", 62}, {"harr", 8596}, {"hellip", 8230}, {"iacute", 237},
    {"icirc", 238}, {"iexcl", 161}, {"igrave", 236}, {"infin", 8734}, {"iquest", 191}, {"iuml", 239},
    {"laquo", 171}, {"larr", 8592}, {"ldquo", 8220}, {"le", 8804}, {"lsaquo", 8249}, {"lsquo", 8216},
    {"lt", 60}, {"macr", 175}, {"mdash", 8212}, {"micro", 181}, {"middot", 183}, {"minus", 8722},
    {"nbsp", 160}, {"ndash", 8211}, {"ne", 8800}, {"not", 172}, {"ntilde", 241}, {"oacute", 243},
    {"ocirc", 244}, {"ograve", 242}, {"ordf", 170}, {"ordm", 186}, {"oslash", 248}, {"otilde", 245},
    {"ouml", 246}, {"para", 182}, {"permil", 8240}, {"plusmn", 177}, {"pound", 163}, {"prime", 8242},
    {"quot", 34}, {"raquo", 187}, {"rarr", 8594}, {"rdquo", 8221}, {"reg", 174}, {"rsaquo", 8250},
    {"rsquo", 8217}, {"sbquo", 8218}, {"sect", 167}, {"shy", 173}, {"sup1", 185}, {"sup2", 178},
    {"sup3", 179}, {"szlig", 223}, {"thinsp", 8201}, {"times", 215}, {"trade", 8482}, {"uacute", 250},
    {"uarr", 8593}, {"ucirc", 251}, {"ugrave", 249}, {"uml", 168}, {"uuml", 252}, {"yacute", 253},
    {"yen", 165}, {"yuml", 255}, {"zwj", 8205}, {"zwnj", 8204},
};
// clang-format on

constexpr bool sortedByName()
{
    for (std::size_t i = 1; i < std::size(Named); ++i) {
        const char *a = Named[i - 1].name;
        const char *b = Named[i].name;
        while (*a && *a == *b) {
            ++a;
            ++b;
        }
        if (static_cast<unsigned char>(*a) >= static_cast<unsigned char>(*b))
            return false;
    }
    return true;
}
static_assert(sortedByName(), "the entity table is searched by bisection");

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

class Collector
{
public:
    explicit Collector(qsizetype reserve) { m_out.reserve(reserve); }

    void put(char16_t c)
    {
        if (isDroppedControl(c))
            return;
        if (QChar::isSpace(c)) {
            m_pendingSpace = !m_out.isEmpty();
            return;
        }
        if (m_pendingSpace) {
            m_out += u' ';
            m_pendingSpace = false;
        }
        m_out += QChar(c);
    }

    void put(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            put(QChar::highSurrogate(c));
            put(QChar::lowSurrogate(c));
        } else {
            put(char16_t(c));
        }
    }

    void separate() { m_pendingSpace = !m_out.isEmpty(); }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
    bool m_pendingSpace = false;
};

// Decodes the reference starting at s[i] == '&'. Returns the index after it, or i when it is
// not a reference (the '&' is then literal text).
qsizetype decodeReference(QStringView s, qsizetype i, Collector &out)
{
    const qsizetype n = s.size();
    qsizetype k = i + 1;
    if (k < n && s[k] == u'#') {
        ++k;
        const bool hex = k < n && (s[k] == u'x' || s[k] == u'X');
        if (hex)
            ++k;
        const qsizetype digitsStart = k;
        char32_t value = 0;
        while (k < n && k - digitsStart < 8) {
            const char16_t c = s[k].unicode();
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
            ++k;
        }
        if (k == digitsStart || k >= n || s[k] != u';')
            return i;
        if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            value = 0xfffd;
        out.put(value);
        return k + 1;
    }
    const qsizetype nameStart = k;
    while (k < n && k - nameStart < 32 && isAsciiAlnum(s[k].unicode()))
        ++k;
    if (k == nameStart || k >= n || s[k] != u';')
        return i;
    const char32_t c = namedEntity(s.sliced(nameStart, k - nameStart));
    if (!c)
        return i;
    out.put(c);
    return k + 1;
}

} // namespace

char32_t namedEntity(QStringView name)
{
    char key[34];
    if (name.isEmpty() || name.size() > 32)
        return 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (!isAsciiAlnum(c))
            return 0;
        key[i] = char(c);
    }
    key[name.size()] = '\0';
    const auto it = std::lower_bound(std::begin(Named), std::end(Named), key,
        [](const NamedEntity &e, const char *k) { return std::strcmp(e.name, k) < 0; });
    if (it == std::end(Named) || std::strcmp(it->name, key) != 0)
        return 0;
    return it->ch;
}

QString strippedText(QStringView markup, qsizetype maxChars, bool *truncated)
{
    const qsizetype n = std::min(markup.size(), std::max<qsizetype>(maxChars, 0));
    if (truncated)
        *truncated = markup.size() > n;
    const QStringView s = markup.first(n);
    Collector out(n);
    // Position of the next '>' at or after the scan position (n when there is none). Kept so
    // that text full of unclosed '<' stays linear instead of rescanning the rest every time.
    qsizetype nextGt = -1;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (c == u'&') {
            const qsizetype after = decodeReference(s, i, out);
            if (after != i) {
                i = after;
                continue;
            }
            out.put(c);
            ++i;
            continue;
        }
        if (c != u'<' || i + 1 >= n) {
            out.put(c);
            ++i;
            continue;
        }
        const QStringView rest = s.sliced(i);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = s.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            out.separate();
            continue;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype end = s.indexOf(u"]]>", i + 9);
            const qsizetype stop = end < 0 ? n : end;
            for (qsizetype k = i + 9; k < stop; ++k)
                out.put(s[k].unicode());
            i = end < 0 ? n : end + 3;
            continue;
        }
        const char16_t next = s[i + 1].unicode();
        if (!isAsciiLetter(next) && next != u'/' && next != u'!' && next != u'?') {
            out.put(c);
            ++i;
            continue;
        }
        if (nextGt < i) {
            nextGt = s.indexOf(u'>', i);
            if (nextGt < 0)
                nextGt = n;
        }
        if (nextGt == n) {
            out.put(c);
            ++i;
            continue;
        }
        qsizetype end = nextGt;
        if (next == u'!') {
            // A DOCTYPE with an internal subset ends at "]>", not at the first '>'.
            const qsizetype bracket = s.indexOf(u'[', i);
            if (bracket >= 0 && bracket < nextGt) {
                end = s.indexOf(u"]>", bracket);
                end = end < 0 ? n - 1 : end + 1;
            }
        }
        i = end + 1;
        out.separate();
    }
    return out.take();
}

} // namespace Inspector::PresentationMl::Detail
