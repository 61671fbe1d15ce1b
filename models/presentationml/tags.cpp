// SPDX-License-Identifier: Apache-2.0
#include "presentationml/tags.h"

#include "presentationml/sortedtable.h"

#include <algorithm>
#include <cstring>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl::Detail {

namespace {

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

static_assert(sortedByName(TagNames), "the tag table is searched by bisection");

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

} // namespace

// Namespace processing is off (prefixes are not resolved), so "svg:script" arrives whole; its
// local part decides whether it is dangerous, and a prefixed name is never rendered as a tag.
Tag classify(QStringView qualifiedName)
{
    const qsizetype colon = qualifiedName.lastIndexOf(u':');
    if (colon < 0)
        return lookupTag(qualifiedName);
    return lookupTag(qualifiedName.sliced(colon + 1)) == Tag::Drop ? Tag::Drop : Tag::Unknown;
}

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

} // namespace Inspector::PresentationMl::Detail
