// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

// The vocabulary of the converter, internal to presentationml/: the input tags it knows, the
// nodes it emits, and what the walker tells a sink (HtmlSink, TextSink) when it opens or closes one.
namespace Inspector::PresentationMl::Detail {

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

/** The tag of an element name as the parser reports it (any case, possibly with a prefix). */
Tag classify(QStringView qualifiedName);

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

/** Fixed markup of the nodes whose start tag never depends on the input. */
const NodeTags &nodeTags(Node n);

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
constexpr bool placeable(Node child, Node context)
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

} // namespace Inspector::PresentationMl::Detail
