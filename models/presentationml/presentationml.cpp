// SPDX-License-Identifier: Apache-2.0
#include "presentationml/presentationml.h"

#include "presentationml/markupscanner.h"
#include "presentationml/textscan.h"

#include <QUrl>
#include <QVarLengthArray>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl {

namespace {

using Detail::isDroppedControl;

// ---------------------------------------------------------------------------------------------
// Input tags

enum class Tag : quint8
{
    Unknown, // removed, text kept, with a warning
    Drop, // removed with everything inside, with a warning
    Ignore, // removed with everything inside, silently: presentational leftovers of pasted tables
    Quiet, // removed, text kept, no warning: harmless inline markup we do not reproduce
    Block, // harmless block markup: becomes a div
    A,
    Audio,
    B,
    Br,
    Button,
    Code,
    Div,
    Em,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Hr,
    I,
    Img,
    Input,
    Li,
    Ol,
    Option,
    P,
    Pre,
    Select,
    Span,
    Strong,
    Sub,
    Sup,
    Table,
    TBody,
    Td,
    TextArea,
    TFoot,
    Th,
    THead,
    Time,
    Tr,
    U,
    Ul,
};

struct TagName
{
    const char *name;
    Tag tag;
};

// Sorted by name; looked up with the input name lower-cased, so <SCRIPT> is <script>.
constexpr TagName TagNames[] = {
    {"a", Tag::A},
    {"abbr", Tag::Quiet},
    {"address", Tag::Block},
    {"applet", Tag::Drop},
    {"area", Tag::Drop},
    {"article", Tag::Block},
    {"aside", Tag::Block},
    {"audio", Tag::Audio},
    {"b", Tag::B},
    {"base", Tag::Drop},
    {"basefont", Tag::Drop},
    {"bdi", Tag::Quiet},
    {"bdo", Tag::Quiet},
    {"bgsound", Tag::Drop},
    {"big", Tag::Quiet},
    {"blockquote", Tag::Block},
    {"body", Tag::Quiet},
    {"br", Tag::Br},
    {"button", Tag::Button},
    {"canvas", Tag::Drop},
    {"caption", Tag::Block},
    {"center", Tag::Block},
    {"cite", Tag::Quiet},
    {"code", Tag::Code},
    {"col", Tag::Ignore},
    {"colgroup", Tag::Ignore},
    {"dd", Tag::Block},
    {"del", Tag::Quiet},
    {"details", Tag::Block},
    {"dfn", Tag::Quiet},
    {"dialog", Tag::Block},
    {"div", Tag::Div},
    {"dl", Tag::Block},
    {"dt", Tag::Block},
    {"em", Tag::Em},
    {"embed", Tag::Drop},
    {"fieldset", Tag::Block},
    {"figcaption", Tag::Block},
    {"figure", Tag::Block},
    {"font", Tag::Quiet},
    {"footer", Tag::Block},
    {"form", Tag::Form},
    {"frame", Tag::Drop},
    {"frameset", Tag::Drop},
    {"h1", Tag::H1},
    {"h2", Tag::H2},
    {"h3", Tag::H3},
    {"h4", Tag::H4},
    {"h5", Tag::H5},
    {"h6", Tag::H6},
    {"head", Tag::Drop},
    {"header", Tag::Block},
    {"hr", Tag::Hr},
    {"html", Tag::Quiet},
    {"i", Tag::I},
    {"iframe", Tag::Drop},
    {"img", Tag::Img},
    {"input", Tag::Input},
    {"ins", Tag::Quiet},
    {"kbd", Tag::Quiet},
    {"label", Tag::Quiet},
    {"legend", Tag::Block},
    {"li", Tag::Li},
    {"link", Tag::Drop},
    {"main", Tag::Block},
    {"map", Tag::Drop},
    {"mark", Tag::Quiet},
    {"math", Tag::Drop},
    {"meta", Tag::Drop},
    {"nav", Tag::Block},
    {"nobr", Tag::Quiet},
    {"noembed", Tag::Drop},
    {"noframes", Tag::Drop},
    {"noscript", Tag::Drop},
    {"object", Tag::Drop},
    {"ol", Tag::Ol},
    {"option", Tag::Option},
    {"p", Tag::P},
    {"param", Tag::Drop},
    {"picture", Tag::Drop},
    {"plaintext", Tag::Drop},
    {"portal", Tag::Drop},
    {"pre", Tag::Pre},
    {"q", Tag::Quiet},
    {"s", Tag::Quiet},
    {"samp", Tag::Quiet},
    {"script", Tag::Drop},
    {"section", Tag::Block},
    {"select", Tag::Select},
    {"small", Tag::Quiet},
    {"source", Tag::Drop},
    {"span", Tag::Span},
    {"strike", Tag::Quiet},
    {"strong", Tag::Strong},
    {"style", Tag::Drop},
    {"sub", Tag::Sub},
    {"summary", Tag::Block},
    {"sup", Tag::Sup},
    {"svg", Tag::Drop},
    {"table", Tag::Table},
    {"tbody", Tag::TBody},
    {"td", Tag::Td},
    {"template", Tag::Drop},
    {"textarea", Tag::TextArea},
    {"tfoot", Tag::TFoot},
    {"th", Tag::Th},
    {"thead", Tag::THead},
    {"time", Tag::Time},
    {"title", Tag::Drop},
    {"tr", Tag::Tr},
    {"track", Tag::Drop},
    {"tt", Tag::Quiet},
    {"u", Tag::U},
    {"ul", Tag::Ul},
    {"var", Tag::Quiet},
    {"video", Tag::Drop},
    {"wbr", Tag::Quiet},
    {"xml", Tag::Drop},
    {"xmp", Tag::Drop},
};

constexpr bool tagNamesSorted()
{
    for (std::size_t i = 1; i < std::size(TagNames); ++i) {
        const char *a = TagNames[i - 1].name;
        const char *b = TagNames[i].name;
        while (*a && *a == *b) {
            ++a;
            ++b;
        }
        if (static_cast<unsigned char>(*a) >= static_cast<unsigned char>(*b))
            return false;
    }
    return true;
}
static_assert(tagNamesSorted(), "the tag table is searched by bisection");

Tag lookupTag(QStringView name)
{
    char key[16];
    if (name.isEmpty() || name.size() >= qsizetype(sizeof key))
        return Tag::Unknown;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char16_t c = name[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return Tag::Unknown;
        key[i] = char(c);
    }
    key[name.size()] = '\0';
    const auto it = std::lower_bound(std::begin(TagNames), std::end(TagNames), key,
        [](const TagName &t, const char *k) { return std::strcmp(t.name, k) < 0; });
    if (it == std::end(TagNames) || std::strcmp(it->name, key) != 0)
        return Tag::Unknown;
    return it->tag;
}

// Namespace processing is off (prefixes are not resolved), so "svg:script" arrives whole; its
// local part decides whether it is dangerous, and a prefixed name is never rendered as a tag.
Tag classify(QStringView qualifiedName)
{
    const qsizetype colon = qualifiedName.lastIndexOf(u':');
    if (colon < 0)
        return lookupTag(qualifiedName);
    return lookupTag(qualifiedName.sliced(colon + 1)) == Tag::Drop ? Tag::Drop : Tag::Unknown;
}

// ---------------------------------------------------------------------------------------------
// Output nodes

enum class Node : quint8
{
    Transparent, // nothing emitted, children go to the parent
    P,
    Div,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    B,
    I,
    U,
    Strong,
    Em,
    Sub,
    Sup,
    Code,
    Pre,
    Ul,
    Ol,
    Li,
    Table,
    THead,
    TBody,
    TFoot,
    Tr,
    Th,
    Td,
    Link,
    BlockedLink,
    Card,
    CardHeader,
    CardBody,
    ExpandableCard,
    ExpandableHeader,
    ExpandableBody,
    Form,
    Button,
    Field,
    Option,
    Count
};

struct NodeTags
{
    QLatin1StringView open;
    QLatin1StringView close;
};

// Fixed markup of the nodes whose start tag never depends on the input.
const NodeTags &nodeTags(Node n)
{
    static const NodeTags tags[int(Node::Count)] = {
        {},
        {"<p>"_L1, "</p>"_L1},
        {"<div>"_L1, "</div>"_L1},
        {"<h1>"_L1, "</h1>"_L1},
        {"<h2>"_L1, "</h2>"_L1},
        {"<h3>"_L1, "</h3>"_L1},
        {"<h4>"_L1, "</h4>"_L1},
        {"<h5>"_L1, "</h5>"_L1},
        {"<h6>"_L1, "</h6>"_L1},
        {"<b>"_L1, "</b>"_L1},
        {"<i>"_L1, "</i>"_L1},
        {"<u>"_L1, "</u>"_L1},
        {"<strong>"_L1, "</strong>"_L1},
        {"<em>"_L1, "</em>"_L1},
        {"<sub>"_L1, "</sub>"_L1},
        {"<sup>"_L1, "</sup>"_L1},
        {"<code>"_L1, "</code>"_L1},
        {"<pre>"_L1, "</pre>"_L1},
        {"<ul>"_L1, "</ul>"_L1},
        {"<ol>"_L1, "</ol>"_L1},
        {"<li>"_L1, "</li>"_L1},
        {"<table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_L1, "</table>"_L1},
        {"<thead>"_L1, "</thead>"_L1},
        {"<tbody>"_L1, "</tbody>"_L1},
        {"<tfoot>"_L1, "</tfoot>"_L1},
        {"<tr>"_L1, "</tr>"_L1},
        {"<th>"_L1, "</th>"_L1},
        {"<td>"_L1, "</td>"_L1},
        {{}, "</a>"_L1},
        {"<span class=\"pml-link-blocked\">"_L1, "</span>"_L1},
        {"<div class=\"pml-card\">"_L1, "</div>"_L1},
        {"<div class=\"pml-card-header\">"_L1, "</div>"_L1},
        {"<div class=\"pml-card-body\">"_L1, "</div>"_L1},
        {{}, "</div>"_L1},
        {"<div class=\"pml-expandable-card-header\">"_L1, "</div>"_L1},
        {{}, "</div>"_L1},
        {"<div class=\"pml-form\">"_L1, "</div>"_L1},
        {"<span class=\"pml-button\">["_L1, "]</span>"_L1},
        {"<span class=\"pml-field\">["_L1, "]</span>"_L1},
        {},
    };
    return tags[int(n)];
}

constexpr bool isBlock(Node n)
{
    switch (n) {
    case Node::P:
    case Node::Div:
    case Node::H1:
    case Node::H2:
    case Node::H3:
    case Node::H4:
    case Node::H5:
    case Node::H6:
    case Node::Pre:
    case Node::Ul:
    case Node::Ol:
    case Node::Table:
    case Node::THead:
    case Node::TBody:
    case Node::TFoot:
    case Node::Card:
    case Node::CardHeader:
    case Node::CardBody:
    case Node::ExpandableCard:
    case Node::ExpandableHeader:
    case Node::ExpandableBody:
    case Node::Form:
        return true;
    default:
        return false;
    }
}

// Containers whose only proper children are other elements (rows, cells, items).
constexpr bool isStructural(Node n)
{
    return n == Node::Table || n == Node::THead || n == Node::TBody || n == Node::TFoot || n == Node::Tr
        || n == Node::Ul || n == Node::Ol;
}

constexpr bool isTableContext(Node n)
{
    return n == Node::Table || n == Node::THead || n == Node::TBody || n == Node::TFoot || n == Node::Tr;
}

// Whether `child` may be emitted directly inside the nearest emitted ancestor `context`.
// Misplaced rows and cells are unwrapped so the output keeps a table shape QTextDocument accepts.
bool placeable(Node child, Node context)
{
    switch (child) {
    case Node::THead:
    case Node::TBody:
    case Node::TFoot:
        return context == Node::Table;
    case Node::Tr:
        return context == Node::Table || context == Node::THead || context == Node::TBody
            || context == Node::TFoot;
    case Node::Th:
    case Node::Td:
        return context == Node::Tr;
    default:
        return !isTableContext(context);
    }
}

enum class Chip : quint8
{
    Mention,
    Hashtag,
    Cashtag,
    Emoji,
    DateTime,
    Infer
};

// ---------------------------------------------------------------------------------------------
// Text helpers

void appendEscaped(QString &out, QStringView text)
{
    const QChar *begin = text.data();
    const QChar *const end = begin + text.size();
    const QChar *run = begin;
    for (const QChar *p = begin; p != end; ++p) {
        const char16_t c = p->unicode();
        QLatin1StringView replacement;
        if (c == u'&')
            replacement = "&amp;"_L1;
        else if (c == u'<')
            replacement = "&lt;"_L1;
        else if (c == u'>')
            replacement = "&gt;"_L1;
        else if (c == u'"')
            replacement = "&quot;"_L1;
        else if (!isDroppedControl(c))
            continue;
        out.append(run, p - run);
        out += replacement;
        run = p + 1;
    }
    out.append(run, end - run);
}

// A URL shown as text: escaped, and every ':' written as a character reference so the HTML
// never carries a live-looking "javascript:" or "data:" that a later linkifier could pick up.
void appendUrlText(QString &out, QStringView url)
{
    qsizetype from = 0;
    while (from <= url.size()) {
        const qsizetype colon = url.indexOf(u':', from);
        const qsizetype stop = colon < 0 ? url.size() : colon;
        appendEscaped(out, url.sliced(from, stop - from));
        if (colon < 0)
            break;
        out += "&#58;"_L1;
        from = colon + 1;
    }
}

bool hasClassToken(QStringView classes, QLatin1StringView token)
{
    qsizetype i = 0;
    const qsizetype n = classes.size();
    while (i < n) {
        while (i < n && classes[i].isSpace())
            ++i;
        qsizetype j = i;
        while (j < n && !classes[j].isSpace())
            ++j;
        if (j > i && classes.sliced(i, j - i) == token)
            return true;
        i = j;
    }
    return false;
}

QString truncated(QStringView value, int maxChars, bool *wasTruncated = nullptr)
{
    const bool cut = value.size() > maxChars;
    if (wasTruncated)
        *wasTruncated = cut;
    if (!cut)
        return value.toString();
    qsizetype keep = std::max(maxChars, 0);
    if (keep > 0 && QChar::isHighSurrogate(value[keep - 1].unicode()))
        --keep; // never half a surrogate pair
    return value.first(keep).toString() + u'…';
}

// A mailto href with only the address and the header fields that cannot reach beyond the mail
// being written: subject, body and cc. Anything else (attach=/etc/passwd, which some mail clients
// honour, bcc, in-reply-to…) is dropped and named in `dropped` (decoded, lower-case). A kept
// value is decoded and percent-encoded again, so no '&', ';' or '=' in it can start a field.
QString mailtoHref(const QUrl &url, QStringList *dropped)
{
    QString href = u"mailto:"_s + url.path(QUrl::FullyEncoded);
    if (!url.hasQuery())
        return href;
    const QString query = url.query(QUrl::FullyEncoded);
    QChar separator = u'?';
    for (const QStringView item : QStringView(query).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = QUrl::fromPercentEncoding((eq < 0 ? item : item.first(eq)).toUtf8()).toLower();
        if (key != "subject"_L1 && key != "body"_L1 && key != "cc"_L1) {
            const QString shown = truncated(key, 32);
            if (dropped->size() < 8 && !dropped->contains(shown))
                dropped->append(shown);
            continue;
        }
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(item.sliced(eq + 1).toUtf8());
        href += separator;
        href += key;
        href += u'=';
        href += QString::fromLatin1(QUrl::toPercentEncoding(value, "@,"));
        separator = u'&';
    }
    return href;
}

// The href to emit for a link, or a null string when the link must not be live. Only https with
// a host and without user info (the "https://bank.example@evil.example" trick), and mailto with
// at most a subject, a body and cc (see mailtoHref; `droppedFields` names what it left out).
// Any whitespace, control character or backslash anywhere refuses the link outright: those are
// the characters browsers strip or reinterpret, which is how " java\tscript:" tricks work.
QString allowedHref(QStringView raw, QStringList *droppedFields)
{
    for (const QChar ch : raw) {
        const char16_t c = ch.unicode();
        if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c == u'\\' || ch.isSpace())
            return {};
    }
    const bool https = raw.startsWith(u"https://", Qt::CaseInsensitive);
    const bool mailto = raw.startsWith(u"mailto:", Qt::CaseInsensitive);
    if (!https && !mailto)
        return {};
    const QUrl url(raw.toString(), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (https && (url.scheme() != "https"_L1 || url.host().isEmpty() || !url.userInfo().isEmpty()))
        return {};
    if (mailto && (url.scheme() != "mailto"_L1 || url.path().isEmpty()))
        return {};
    if (mailto)
        return mailtoHref(url, droppedFields);
    return url.toString(QUrl::FullyEncoded);
}

// XHTML written by clients uses HTML entity names the XML parser does not know (&nbsp;).
class HtmlEntityResolver final : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override
    {
        const char32_t c = Detail::namedEntity(name);
        if (!c || c == u'<' || c == u'&')
            return {};
        return QString::fromUcs4(&c, 1);
    }
};

// ---------------------------------------------------------------------------------------------
// Reporting

class Report
{
public:
    explicit Report(bool enabled)
        : m_enabled(enabled)
    { }

    bool enabled() const { return m_enabled; }

    void warn(const QString &warning)
    {
        if (m_enabled && m_warnings.size() < 32 && !m_warnings.contains(warning))
            m_warnings.append(warning);
    }

    void link(const QString &href)
    {
        if (m_enabled)
            m_links.append(href);
    }

    void image(const QString &src)
    {
        if (m_enabled)
            m_images.append(src);
    }

    void clearFindings()
    {
        m_warnings.clear();
        m_links.clear();
        m_images.clear();
    }

    QStringList m_warnings;
    QStringList m_links;
    QStringList m_images;

private:
    bool m_enabled;
};

struct OpenInfo
{
    QString href; // Link: the normalised href
    QLatin1StringView modifier; // extra class for cards
    int index = 0; // Li: number in its <ol> (0 in <ul>); Td/Th: column; Option: position
};

struct LinkEnd
{
    QStringView url; // what the user sees as the target
    bool hasContent = false; // something visible was inside the link
    bool textIsUrl = false; // its text is the url itself
};

// ---------------------------------------------------------------------------------------------
// HTML output

class HtmlSink
{
public:
    explicit HtmlSink(qsizetype reserve) { m_out.reserve(reserve + reserve / 4 + 64); }

    void open(Node n, const OpenInfo &info)
    {
        switch (n) {
        case Node::Transparent:
            return;
        case Node::Link:
            m_out += "<a href=\""_L1;
            appendEscaped(m_out, info.href);
            m_out += "\">"_L1;
            m_linkContentStart = m_out.size();
            return;
        case Node::BlockedLink:
            m_out += nodeTags(n).open;
            m_linkContentStart = m_out.size();
            return;
        case Node::ExpandableCard:
            m_out += "<div class=\"pml-expandable-card"_L1;
            break;
        case Node::ExpandableBody:
            m_out += "<div class=\"pml-expandable-card-body"_L1;
            break;
        case Node::Option:
            if (info.index > 0)
                m_out += " / "_L1;
            return;
        default:
            m_out += nodeTags(n).open;
            return;
        }
        if (!info.modifier.isEmpty()) {
            m_out += u' ';
            m_out += info.modifier;
        }
        m_out += "\">"_L1;
    }

    void close(Node n) { m_out += nodeTags(n).close; }

    void closeLink(Node n, const LinkEnd &link)
    {
        if (n == Node::Link) {
            if (!link.hasContent)
                appendEscaped(m_out, link.url);
        } else if (!link.hasContent || link.textIsUrl) {
            // Its own text would show the scheme live; the neutralised URL reads the same.
            m_out.truncate(m_linkContentStart);
            appendUrlText(m_out, link.url);
        } else {
            m_out += " ("_L1;
            appendUrlText(m_out, link.url);
            m_out += u')';
        }
        m_out += nodeTags(n).close;
    }

    void text(QStringView t, bool /*pre*/) { appendEscaped(m_out, t); }

    void chip(Chip kind, QStringView t)
    {
        static const QLatin1StringView classes[] = {
            "pml-mention"_L1,
            "pml-hashtag"_L1,
            "pml-cashtag"_L1,
            "pml-emoji"_L1,
            "pml-datetime"_L1,
        };
        m_out += "<span class=\""_L1;
        m_out += classes[int(kind)];
        m_out += "\">"_L1;
        appendEscaped(m_out, t);
        m_out += "</span>"_L1;
    }

    void image(QStringView url)
    {
        m_out += "<span class=\"pml-image\">[image: "_L1;
        appendUrlText(m_out, url);
        m_out += "]</span>"_L1;
    }

    void chime() { m_out += u"<span class=\"pml-chime\">\U0001F514 chime</span>"_s; }

    void field(QStringView t)
    {
        m_out += "<span class=\"pml-field\">"_L1;
        appendEscaped(m_out, t);
        m_out += "</span>"_L1;
    }

    void lineBreak() { m_out += "<br/>"_L1; }
    void rule() { m_out += "<hr/>"_L1; }

    QString take() { return std::move(m_out); }

private:
    QString m_out;
    qsizetype m_linkContentStart = 0;
};

// ---------------------------------------------------------------------------------------------
// Plain-text output

class TextSink
{
public:
    explicit TextSink(qsizetype reserve) { m_out.reserve(reserve / 2 + 16); }

    void open(Node n, const OpenInfo &info)
    {
        switch (n) {
        case Node::Li:
            // An item holding nothing but another list still gets a line of its own.
            m_markerPending = false;
            softBreak();
            literal(info.index > 0 ? QString::number(info.index) + ". "_L1 : u"- "_s);
            m_markerPending = true;
            return;
        case Node::Tr:
            softBreak();
            return;
        case Node::Th:
        case Node::Td:
            if (info.index > 0)
                literal(u" | ");
            ++m_cellDepth;
            return;
        case Node::Link:
        case Node::BlockedLink:
            return;
        case Node::Button:
        case Node::Field:
            word(u"[");
            m_noSpace = true;
            return;
        case Node::Option:
            if (info.index > 0)
                literal(u" / ");
            return;
        default:
            if (isBlock(n))
                softBreak();
        }
    }

    void close(Node n)
    {
        switch (n) {
        case Node::Th:
        case Node::Td:
            --m_cellDepth;
            return;
        case Node::Li:
            m_markerPending = false;
            softBreak();
            return;
        case Node::Tr:
            softBreak();
            return;
        case Node::Button:
        case Node::Field:
            m_pendingSpace = false;
            word(u"]");
            return;
        default:
            if (isBlock(n))
                softBreak();
        }
    }

    void closeLink(Node, const LinkEnd &link)
    {
        if (!link.hasContent) {
            text(link.url, false);
        } else if (!link.textIsUrl) {
            m_pendingSpace = true;
            text(u"(", false);
            m_noSpace = true;
            text(link.url, false);
            m_pendingSpace = false;
            word(u")");
        }
    }

    void text(QStringView t, bool pre)
    {
        const QChar *p = t.data();
        const QChar *const end = p + t.size();
        while (p != end) {
            // Runs of ordinary characters are appended at once; only the rest is looked at singly.
            const QChar *run = p;
            while (p != end && isOrdinary(p->unicode(), pre))
                ++p;
            if (p != run) {
                if (m_pendingSpace && !m_noSpace)
                    m_out += u' ';
                m_pendingSpace = false;
                m_noSpace = false;
                m_markerPending = false;
                m_out.append(run, p - run);
            }
            if (p == end)
                break;
            const char16_t c = (p++)->unicode();
            if (pre && c == u'\n')
                hardBreak();
            else if (!isDroppedControl(c) && c != u'\r')
                m_pendingSpace = true; // whitespace outside pre
        }
    }

    void chip(Chip, QStringView t) { text(t, false); }

    void image(QStringView url)
    {
        text(u"[image:", false);
        m_pendingSpace = true;
        text(url, false);
        m_pendingSpace = false;
        word(u"]");
    }

    void chime() { text(u"\U0001F514 chime", false); }
    void field(QStringView t) { text(t, false); }
    void lineBreak() { hardBreak(); }
    void rule() { softBreak(); }

    QString take()
    {
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    static bool isOrdinary(char16_t c, bool pre)
    {
        if (c > 0x20 && c < 0x7f)
            return true;
        if (isDroppedControl(c) || c == u'\r')
            return false;
        return pre ? c != u'\n' : !QChar::isSpace(c);
    }

    // Appends a fragment that must not be separated from what precedes it.
    void word(QStringView w)
    {
        if (m_pendingSpace && !m_noSpace)
            m_out += u' ';
        m_pendingSpace = false;
        m_out += w;
        m_noSpace = false;
        m_markerPending = false;
    }

    // Appends a separator; spaces around it are its own, so pending ones are dropped.
    void literal(QStringView s)
    {
        trimTrailingSpaces();
        m_out += s;
        m_pendingSpace = false;
        m_noSpace = true;
    }

    void trimTrailingSpaces()
    {
        while (!m_out.isEmpty() && m_out.back() == u' ')
            m_out.chop(1);
    }

    void softBreak()
    {
        if (m_cellDepth > 0) {
            m_pendingSpace = true;
            return;
        }
        if (m_markerPending) // "- " stays on the line of the item's first block
            return;
        trimTrailingSpaces();
        if (!m_out.isEmpty() && m_out.back() != u'\n')
            m_out += u'\n';
        m_pendingSpace = false;
        m_noSpace = true;
    }

    void hardBreak()
    {
        if (m_cellDepth > 0) {
            m_pendingSpace = true;
            return;
        }
        trimTrailingSpaces();
        if (!m_out.isEmpty())
            m_out += u'\n';
        m_pendingSpace = false;
        m_noSpace = true;
        m_markerPending = false;
    }

    QString m_out;
    int m_cellDepth = 0;
    bool m_pendingSpace = false;
    bool m_noSpace = true; // at a line start or right after a separator
    bool m_markerPending = false; // a list marker was written and nothing after it yet
};

// ---------------------------------------------------------------------------------------------
// The single pass over the markup, shared by both outputs.

enum FrameFlag : quint8
{
    InPre = 1,
    InLink = 2,
};

struct Frame
{
    Node node = Node::Transparent;
    quint8 flags = 0;
    int context = -1; // index of the nearest ancestor frame that emitted a node
    int counter = 0; // children counted by this node: <ol> items, <tr> cells, <select> options
};

enum class Failure
{
    None,
    NotWellFormed,
    Doctype,
    TooDeep,
    TooManyAttributes
};

// The synthetic root element, for the scanner pass (it has no attributes and is never looked at).
struct RootElement
{
    QStringView name() const { return u"r"; }
    const Detail::MarkupScanner::Attributes &attributes() const
    {
        static const Detail::MarkupScanner::Attributes none;
        return none;
    }
};

// A chip shows at most this many characters of a value that is not in the markup (an entity's
// value, a display name): every mention of one long value would otherwise repeat it whole, and
// the output would grow with the markup's size times the entity data's.
constexpr int MaxChipChars = 256;

template<typename Sink> class Walker
{
public:
    Walker(Sink &sink, const Entities &entities, const RenderOptions &options, Report &report)
        : m_sink(sink)
        , m_entities(entities)
        , m_options(options)
        , m_report(report)
    { }

    Failure run(const QString &input)
    {
        // QXmlStreamReader compares each attribute with every earlier one of its element: an
        // element with thousands of attributes would take seconds. Such markup is refused first,
        // in one pass.
        const int maxAttributes = std::max(m_options.maxAttributes, 0);
        if (Detail::hasElementWithMoreAttributes(input, maxAttributes)) {
            m_errorText = u"an element with more than %1 attributes"_s.arg(maxAttributes);
            return Failure::TooManyAttributes;
        }
        // The markup is a fragment: a synthetic root lets bare text and several top-level
        // elements parse. It also makes any DOCTYPE a well-formedness error, so a DTD (and with
        // it every entity-expansion bomb) is never read.
        QXmlStreamReader reader(u"<r>"_s + input + u"</r>"_s);
        reader.setNamespaceProcessing(false);
        HtmlEntityResolver resolver;
        reader.setEntityResolver(&resolver);
        const int maxDepth = std::max(m_options.maxDepth, 1);

        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                if (++m_depth > maxDepth + 1) {
                    m_errorText = u"nesting deeper than %1 elements"_s.arg(maxDepth);
                    return Failure::TooDeep;
                }
                startElement(reader);
                break;
            case QXmlStreamReader::EndElement:
                --m_depth;
                endElement();
                break;
            case QXmlStreamReader::Characters:
                characters(reader.text(), reader.isWhitespace());
                break;
            case QXmlStreamReader::DTD:
                return Failure::Doctype;
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
            case QXmlStreamReader::EntityReference:
            case QXmlStreamReader::StartDocument:
            case QXmlStreamReader::EndDocument:
            case QXmlStreamReader::NoToken:
            case QXmlStreamReader::Invalid:
                break;
            }
        }
        if (reader.hasError()) {
            qint64 column = reader.columnNumber();
            if (reader.lineNumber() == 1)
                column = std::max<qint64>(column - 3, 0);
            m_errorText
                = u"%1 (line %2, column %3)"_s.arg(reader.errorString()).arg(reader.lineNumber()).arg(column);
            return reader.errorString().contains("DOCTYPE"_L1, Qt::CaseInsensitive) ? Failure::Doctype
                                                                                    : Failure::NotWellFormed;
        }
        return Failure::None;
    }

    /**
     * The same pass with Detail::MarkupScanner instead of QXmlStreamReader: nullopt when the
     * scanner does not take this markup, and the caller must start again (with a new sink and
     * walker) with run().
     */
    std::optional<Failure> runScanner(const QString &input)
    {
        Detail::MarkupScanner scanner(input);
        const int maxDepth = std::max(m_options.maxDepth, 1);
        ++m_depth;
        startElement(RootElement {});
        for (;;) {
            switch (scanner.readNext()) {
            case Detail::MarkupScanner::Token::StartElement:
                if (++m_depth > maxDepth + 1 || scanner.attributes().size() > m_options.maxAttributes)
                    return std::nullopt; // run() words the error
                startElement(scanner);
                break;
            case Detail::MarkupScanner::Token::EndElement:
                --m_depth;
                endElement();
                break;
            case Detail::MarkupScanner::Token::Characters:
                if (!scanner.text().isEmpty())
                    characters(scanner.text(), scanner.isWhitespace());
                break;
            case Detail::MarkupScanner::Token::End:
                --m_depth;
                endElement(); // the synthetic root
                return Failure::None;
            case Detail::MarkupScanner::Token::Unsupported:
                return std::nullopt;
            }
        }
    }

    const QString &errorText() const { return m_errorText; }

private:
    int contextIndex() const
    {
        const int top = int(m_frames.size()) - 1;
        return m_frames[top].node != Node::Transparent ? top : m_frames[top].context;
    }

    Node contextNode() const
    {
        const int i = contextIndex();
        return i < 0 ? Node::Transparent : m_frames[i].node;
    }

    template<typename Reader> void startElement(const Reader &reader)
    {
        if (m_dropDepth > 0) {
            ++m_dropDepth;
            return;
        }
        const QStringView name = reader.name();
        if (m_frames.isEmpty()) { // the synthetic root
            m_frames.append(Frame {});
            return;
        }
        const Tag tag = classify(name);
        if (tag == Tag::Ignore) {
            m_dropDepth = 1;
            return;
        }
        if (tag == Tag::Drop) {
            m_report.warn(u"removed <%1> with its content"_s.arg(truncated(name, 64)));
            m_dropDepth = 1;
            return;
        }
        if (m_capture.active) {
            ++m_capture.nesting;
            return;
        }

        const int ctxIndex = contextIndex();
        const Node ctx = ctxIndex < 0 ? Node::Transparent : m_frames[ctxIndex].node;
        const quint8 inherited = m_frames.last().flags;
        Node node = Node::Transparent;
        OpenInfo info;

        switch (tag) {
        case Tag::Drop:
        case Tag::Ignore:
        case Tag::Quiet:
            break;
        case Tag::Unknown:
            m_report.warn(u"removed unknown tag <%1>, kept its text"_s.arg(truncated(name, 64)));
            break;
        case Tag::Block:
            node = Node::Div;
            break;
        case Tag::P:
            node = Node::P;
            break;
        case Tag::Div:
            if (startEntity(reader))
                return;
            node = divNode(reader, info);
            break;
        case Tag::Span:
            if (startEntity(reader))
                return;
            break;
        case Tag::B:
            node = Node::B;
            break;
        case Tag::I:
            node = Node::I;
            break;
        case Tag::U:
            node = Node::U;
            break;
        case Tag::Strong:
            node = Node::Strong;
            break;
        case Tag::Em:
            node = Node::Em;
            break;
        case Tag::Sub:
            node = Node::Sub;
            break;
        case Tag::Sup:
            node = Node::Sup;
            break;
        case Tag::Code:
            node = Node::Code;
            break;
        case Tag::Pre:
            node = Node::Pre;
            break;
        case Tag::H1:
        case Tag::H2:
        case Tag::H3:
        case Tag::H4:
        case Tag::H5:
        case Tag::H6:
            node = Node(int(Node::H1) + (int(tag) - int(Tag::H1)));
            break;
        case Tag::Ul:
            node = Node::Ul;
            break;
        case Tag::Ol:
            node = Node::Ol;
            break;
        case Tag::Li:
            if (ctx == Node::Ul || ctx == Node::Ol) {
                node = Node::Li;
                if (ctx == Node::Ol)
                    info.index = ++m_frames[ctxIndex].counter;
            } else {
                node = Node::Div;
            }
            break;
        case Tag::Table:
            node = Node::Table;
            break;
        case Tag::THead:
            node = Node::THead;
            break;
        case Tag::TBody:
            node = Node::TBody;
            break;
        case Tag::TFoot:
            node = Node::TFoot;
            break;
        case Tag::Tr:
            node = Node::Tr;
            break;
        case Tag::Th:
        case Tag::Td:
            node = tag == Tag::Th ? Node::Th : Node::Td;
            if (ctx == Node::Tr)
                info.index = m_frames[ctxIndex].counter++;
            break;
        case Tag::A:
            node = startLink(reader, inherited, info);
            break;
        case Tag::Img:
            image(reader);
            m_dropDepth = 1;
            return;
        case Tag::Audio:
            m_sink.chime();
            noteLinkContent(u"\U0001F514 chime");
            m_dropDepth = 1;
            return;
        case Tag::Br:
            m_sink.lineBreak();
            m_dropDepth = 1;
            return;
        case Tag::Hr:
            m_sink.rule();
            m_dropDepth = 1;
            return;
        case Tag::Input:
            input(reader);
            m_dropDepth = 1;
            return;
        case Tag::Time:
            startCapture(Chip::DateTime, nullptr, reader.attributes().value("datetime"_L1));
            return;
        case Tag::Form:
            node = Node::Form;
            break;
        case Tag::Button:
            node = Node::Button;
            break;
        case Tag::Select:
        case Tag::TextArea:
            node = Node::Field;
            break;
        case Tag::Option:
            node = Node::Option;
            if (ctx == Node::Field)
                info.index = m_frames[ctxIndex].counter++;
            break;
        }

        if (node != Node::Transparent && !placeable(node, ctx)) {
            if (tag == Tag::A)
                m_link = LinkState {};
            node = Node::Transparent;
        }
        if (node == Node::Link || node == Node::BlockedLink)
            m_link.frame = int(m_frames.size());
        if (node == Node::Link)
            m_report.link(info.href);

        Frame frame;
        frame.node = node;
        frame.context = ctxIndex;
        frame.flags = quint8(inherited | (node == Node::Pre ? InPre : 0)
            | (node == Node::Link || node == Node::BlockedLink ? InLink : 0));
        m_frames.append(frame);
        m_sink.open(node, info);
    }

    void endElement()
    {
        if (m_dropDepth > 0) {
            --m_dropDepth;
            return;
        }
        if (m_capture.active) {
            if (m_capture.nesting > 0)
                --m_capture.nesting;
            else
                finishCapture();
            return;
        }
        if (m_frames.isEmpty())
            return;
        const Frame frame = m_frames.last();
        m_frames.removeLast();
        if (frame.node == Node::Link || frame.node == Node::BlockedLink) {
            const QString text = m_link.text.simplified();
            LinkEnd end;
            end.url = m_link.url;
            end.hasContent = m_link.hasContent;
            end.textIsUrl = text == m_link.url;
            m_sink.closeLink(frame.node, end);
            m_link = LinkState {};
            return;
        }
        m_sink.close(frame.node);
    }

    void characters(QStringView text, bool whitespace)
    {
        if (m_dropDepth > 0 || m_frames.isEmpty())
            return;
        if (m_capture.active) {
            if (m_capture.text.size() < 1024)
                m_capture.text += text.first(std::min<qsizetype>(text.size(), 1024));
            return;
        }
        if (whitespace && isStructural(contextNode()))
            return;
        const quint8 flags = m_frames.last().flags;
        if (flags & InLink) {
            if (!whitespace)
                m_link.hasContent = true;
            m_link.appendText(text);
        }
        m_sink.text(text, flags & InPre);
    }

    void noteLinkContent(QStringView visible)
    {
        if (m_link.frame >= 0) {
            m_link.hasContent = true;
            m_link.appendText(visible);
        }
    }

    // A span or div carrying data-entity-id (or one of the legacy tag classes) becomes a chip;
    // its inner markup is read as text only.
    template<typename Reader> bool startEntity(const Reader &reader)
    {
        const auto &attributes = reader.attributes();
        const QStringView id = attributes.value("data-entity-id"_L1);
        const bool isSpan = reader.name().compare(u"span", Qt::CaseInsensitive) == 0;
        if (id.isNull()) {
            const QStringView cls = attributes.value("class"_L1);
            if (isSpan && (hasClassToken(cls, "hashTag"_L1) || hasClassToken(cls, "cashTag"_L1))) {
                startCapture(Chip::Infer, nullptr, {});
                return true;
            }
            return false;
        }
        const Entity *entity = m_entities.find(id);
        if (!entity) {
            m_report.warn(u"entity \"%1\" is not in the message's entity data"_s.arg(truncated(id, 64)));
            if (!isSpan)
                return false;
            startCapture(Chip::Infer, nullptr, {});
            return true;
        }
        switch (entity->kind) {
        case Entity::Kind::Mention:
            startCapture(Chip::Mention, entity, {});
            return true;
        case Entity::Kind::Hashtag:
            startCapture(Chip::Hashtag, entity, {});
            return true;
        case Entity::Kind::Cashtag:
            startCapture(Chip::Cashtag, entity, {});
            return true;
        case Entity::Kind::Emoji:
            startCapture(Chip::Emoji, entity, {});
            return true;
        case Entity::Kind::Other:
            return false;
        }
        return false;
    }

    void startCapture(Chip kind, const Entity *entity, QStringView attribute)
    {
        m_capture.active = true;
        m_capture.kind = kind;
        m_capture.entity = entity;
        m_capture.nesting = 0;
        m_capture.text.clear();
        m_capture.attribute = truncated(attribute, 256);
    }

    void finishCapture()
    {
        m_capture.active = false;
        const QString markupText = m_capture.text.simplified();
        Chip kind = m_capture.kind;
        const Entity *entity = m_capture.entity;
        QString shown;
        if (kind == Chip::Infer) {
            const QChar first = markupText.isEmpty() ? QChar() : markupText.front();
            if (first == u'@')
                kind = Chip::Mention;
            else if (first == u'#')
                kind = Chip::Hashtag;
            else if (first == u'$')
                kind = Chip::Cashtag;
            else {
                if (!markupText.isEmpty()) {
                    emitText(markupText);
                }
                return;
            }
        }
        switch (kind) {
        case Chip::Mention: {
            QString name;
            if (entity && entity->userId != 0 && m_options.displayName)
                name = truncated(m_options.displayName(entity->userId), MaxChipChars).simplified();
            if (name.isEmpty())
                name = markupText;
            if (name.startsWith(u'@'))
                name.remove(0, 1);
            if (name.isEmpty() && entity && entity->userId != 0)
                name = QString::number(entity->userId);
            if (!name.isEmpty())
                shown = u'@' + name;
            break;
        }
        case Chip::Hashtag:
            shown = entity && !entity->value.isEmpty() ? u'#' + truncated(entity->value, MaxChipChars)
                                                       : markupText;
            break;
        case Chip::Cashtag:
            shown = entity && !entity->value.isEmpty() ? u'$' + truncated(entity->value, MaxChipChars)
                                                       : markupText;
            break;
        case Chip::Emoji:
            shown = entity && !entity->value.isEmpty() ? truncated(entity->value, MaxChipChars) : markupText;
            break;
        case Chip::DateTime:
            shown = markupText.isEmpty() ? m_capture.attribute : markupText;
            break;
        case Chip::Infer:
            break;
        }
        if (shown.isEmpty())
            return;
        m_sink.chip(kind, shown);
        noteLinkContent(shown);
    }

    void emitText(const QString &text)
    {
        noteLinkContent(text);
        m_sink.text(text, false);
    }

    template<typename Reader> Node divNode(const Reader &reader, OpenInfo &info)
    {
        const auto &attributes = reader.attributes();
        const QStringView cls = attributes.value("class"_L1);
        if (attributes.value("data-format"_L1) == u"PresentationML")
            return Node::Transparent;
        if (cls.isEmpty())
            return Node::Div;
        if (hasClassToken(cls, "card"_L1))
            return Node::Card;
        if (hasClassToken(cls, "cardHeader"_L1))
            return Node::CardHeader;
        if (hasClassToken(cls, "cardBody"_L1))
            return Node::CardBody;
        if (hasClassToken(cls, "expandable-card"_L1)) {
            const QStringView state = attributes.value("data-state"_L1);
            if (state == u"collapsed")
                info.modifier = "pml-state-collapsed"_L1;
            else if (state == u"cropped")
                info.modifier = "pml-state-cropped"_L1;
            else if (state == u"expanded")
                info.modifier = "pml-state-expanded"_L1;
            return Node::ExpandableCard;
        }
        if (hasClassToken(cls, "expandableCardHeader"_L1))
            return Node::ExpandableHeader;
        if (hasClassToken(cls, "expandableCardBody"_L1)) {
            if (attributes.value("data-variant"_L1) == u"error")
                info.modifier = "pml-variant-error"_L1;
            return Node::ExpandableBody;
        }
        return Node::Div;
    }

    template<typename Reader> Node startLink(const Reader &reader, quint8 inherited, OpenInfo &info)
    {
        if (inherited & InLink)
            return Node::Transparent; // a link inside a link keeps only its text
        const auto &attributes = reader.attributes();
        const QStringView raw = attributes.value("href"_L1);
        if (raw.isEmpty())
            return Node::Transparent;
        bool cut = false;
        m_link = LinkState {};
        m_link.url = truncated(raw, m_options.maxAttributeChars, &cut);
        QStringList droppedFields;
        if (!cut)
            info.href = allowedHref(raw, &droppedFields);
        if (!droppedFields.isEmpty())
            m_report.warn(u"mailto link: left out %1 (only subject, body and cc are kept)"_s.arg(
                droppedFields.join(u", "_s)));
        if (info.href.isNull()) {
            QString shown = m_link.url;
            if (shown.size() > 200)
                shown = shown.first(200) + u'…';
            m_report.warn(cut
                    ? u"link target longer than %1 characters shown as text"_s.arg(
                        m_options.maxAttributeChars)
                    : u"link to \"%1\" shown as text: only well-formed https and mailto links stay links"_s
                          .arg(shown));
            return Node::BlockedLink;
        }
        return Node::Link;
    }

    template<typename Reader> void image(const Reader &reader)
    {
        bool cut = false;
        const auto &attributes = reader.attributes();
        const QString src = truncated(attributes.value("src"_L1), m_options.maxAttributeChars, &cut);
        if (cut)
            m_report.warn(
                u"image source longer than %1 characters truncated"_s.arg(m_options.maxAttributeChars));
        m_report.image(src);
        m_sink.image(src);
        noteLinkContent(src);
    }

    template<typename Reader> void input(const Reader &reader)
    {
        const auto &attributes = reader.attributes();
        const QStringView type = attributes.value("type"_L1);
        QString shown;
        if (type.compare(u"hidden", Qt::CaseInsensitive) == 0)
            return;
        if (type.compare(u"checkbox", Qt::CaseInsensitive) == 0
            || type.compare(u"radio", Qt::CaseInsensitive) == 0) {
            shown = attributes.hasAttribute("checked"_L1) ? u"\u2611"_s : u"\u2610"_s;
        } else {
            QStringView value = attributes.value("value"_L1);
            if (value.isEmpty())
                value = attributes.value("placeholder"_L1);
            shown = u'[' + truncated(value, std::min(m_options.maxAttributeChars, 256)) + u']';
        }
        m_sink.field(shown);
        noteLinkContent(shown);
    }

    struct LinkState
    {
        int frame = -1;
        QString url;
        QString text;
        bool hasContent = false;

        void appendText(QStringView t)
        {
            // Only compared with the url, so a little more than its length is enough.
            const qsizetype room = url.size() + 16 - text.size();
            if (room > 0)
                text += t.first(std::min(room, t.size()));
        }
    };

    struct Capture
    {
        bool active = false;
        Chip kind = Chip::Infer;
        const Entity *entity = nullptr;
        int nesting = 0;
        QString text;
        QString attribute;
    };

    Sink &m_sink;
    const Entities &m_entities;
    const RenderOptions &m_options;
    Report &m_report;
    QVarLengthArray<Frame, 72> m_frames;
    LinkState m_link;
    Capture m_capture;
    int m_depth = 0;
    int m_dropDepth = 0;
    QString m_errorText;
};

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
