// SPDX-License-Identifier: Apache-2.0
#include "presentationml/textscan.h"

#include "presentationml/sortedtable.h"

#include <QChar>
#include <QScopeGuard>

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

static_assert(sortedByName(Named), "the entity table is searched by bisection");

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
// not a reference (the '&' is then literal text). `work` grows by the characters looked at (at
// most 34: the name or the digits are read up to a bound).
qsizetype decodeReference(QStringView s, qsizetype i, Collector &out, qsizetype &work)
{
    qsizetype k = i + 1;
    const auto looked = qScopeGuard([&] { work += std::min(k + 1, s.size()) - i; });
    const qsizetype n = s.size();
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

QString strippedText(QStringView markup, qsizetype maxChars, bool *truncated, qsizetype *steps)
{
    const qsizetype n = std::min(markup.size(), std::max<qsizetype>(maxChars, 0));
    if (truncated)
        *truncated = markup.size() > n;
    const QStringView s = markup.first(n);
    Collector out(n);
    // Work done, in characters looked at: one per turn of the loop plus what every search reads.
    // Each search starts where the scan is and the scan then moves past what it read, or the
    // search is remembered (nextGt, nextBracket) and not repeated until the scan has passed its
    // result, so no character is read by more than a bounded number of searches.
    qsizetype work = 0;
    const auto find = [&](QStringView needle, qsizetype from) {
        const qsizetype at = s.indexOf(needle, from);
        work += (at < 0 ? n : at + needle.size()) - from;
        return at;
    };
    // Position of the next '>' (and '[') at or after the scan position, n when there is none.
    // Kept so that text full of unclosed '<' (or of "<!") stays linear instead of rescanning the
    // rest every time.
    qsizetype nextGt = -1;
    qsizetype nextBracket = -1;
    qsizetype i = 0;
    while (i < n) {
        ++work;
        const char16_t c = s[i].unicode();
        if (c == u'&') {
            const qsizetype after = decodeReference(s, i, out, work);
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
            const qsizetype end = find(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            out.separate();
            continue;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype end = find(u"]]>", i + 9);
            const qsizetype stop = end < 0 ? n : end;
            for (qsizetype k = i + 9; k < stop; ++k)
                out.put(s[k].unicode());
            work += stop - (i + 9);
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
            nextGt = find(u">", i);
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
            if (nextBracket < i) {
                nextBracket = find(u"[", i);
                if (nextBracket < 0)
                    nextBracket = n;
            }
            if (nextBracket < nextGt) {
                end = find(u"]>", nextBracket);
                end = end < 0 ? n - 1 : end + 1;
            }
        }
        i = end + 1;
        out.separate();
    }
    if (steps)
        *steps += work;
    return out.take();
}

bool hasElementWithMoreAttributes(QStringView markup, int maxAttributes, qsizetype *steps)
{
    enum class State
    {
        Text,
        Tag,
        Quoted,
        Comment,
        CData,
        Instruction,
    };
    const qsizetype n = markup.size();
    const QChar *const s = markup.data();
    const auto at = [&](qsizetype i, QLatin1StringView what) {
        return n - i >= what.size() && markup.sliced(i, what.size()) == what;
    };
    State state = State::Text;
    char16_t quote = 0;
    int count = 0;
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = s[i].unicode();
        switch (state) {
        case State::Text:
            if (c != u'<')
                break;
            if (at(i, "<!--"_L1)) {
                state = State::Comment;
                i += 3;
            } else if (at(i, "<![CDATA["_L1)) {
                state = State::CData;
                i += 8;
            } else if (at(i, "<?"_L1)) {
                state = State::Instruction;
                ++i;
            } else {
                // Start and end tags, and declarations (which the converter refuses anyway):
                // in well-formed XML every quoted value in a tag is one attribute.
                state = State::Tag;
                count = 0;
            }
            break;
        case State::Tag:
            if (c == u'"' || c == u'\'') {
                quote = c;
                state = State::Quoted;
            } else if (c == u'>') {
                state = State::Text;
            }
            break;
        case State::Quoted:
            if (c == quote) {
                state = State::Tag;
                if (++count > maxAttributes) {
                    if (steps)
                        *steps += i + 1;
                    return true;
                }
            }
            break;
        case State::Comment:
            if (c == u'-' && at(i, "-->"_L1)) {
                state = State::Text;
                i += 2;
            }
            break;
        case State::CData:
            if (c == u']' && at(i, "]]>"_L1)) {
                state = State::Text;
                i += 2;
            }
            break;
        case State::Instruction:
            if (c == u'?' && at(i, "?>"_L1)) {
                state = State::Text;
                ++i;
            }
            break;
        }
    }
    if (steps)
        *steps += i;
    return false;
}

} // namespace Inspector::PresentationMl::Detail
