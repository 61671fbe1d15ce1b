// SPDX-License-Identifier: Apache-2.0
#include "presentationml/walker.h"

#include "presentationml/htmlsink.h"
#include "presentationml/htmltext.h"
#include "presentationml/markupscanner.h"
#include "presentationml/textscan.h"
#include "presentationml/textsink.h"

#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl::Detail {

namespace {

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

} // namespace

template<typename Sink>
Walker<Sink>::Walker(Sink &sink, const Entities &entities, const RenderOptions &options, Report &report)
    : m_sink(sink)
    , m_entities(entities)
    , m_options(options)
    , m_report(report)
{ }

template<typename Sink> Failure Walker<Sink>::run(const QString &input)
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

template<typename Sink> std::optional<Failure> Walker<Sink>::runScanner(const QString &input)
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

template<typename Sink> int Walker<Sink>::contextIndex() const
{
    const int top = int(m_frames.size()) - 1;
    return m_frames[top].node != Node::Transparent ? top : m_frames[top].context;
}

template<typename Sink> Node Walker<Sink>::contextNode() const
{
    const int i = contextIndex();
    return i < 0 ? Node::Transparent : m_frames[i].node;
}

template<typename Sink> template<typename Reader> void Walker<Sink>::startElement(const Reader &reader)
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

template<typename Sink> void Walker<Sink>::endElement()
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

template<typename Sink> void Walker<Sink>::characters(QStringView text, bool whitespace)
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

template<typename Sink> void Walker<Sink>::noteLinkContent(QStringView visible)
{
    if (m_link.frame >= 0) {
        m_link.hasContent = true;
        m_link.appendText(visible);
    }
}

template<typename Sink> template<typename Reader> bool Walker<Sink>::startEntity(const Reader &reader)
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

template<typename Sink>
void Walker<Sink>::startCapture(Chip kind, const Entity *entity, QStringView attribute)
{
    m_capture.active = true;
    m_capture.kind = kind;
    m_capture.entity = entity;
    m_capture.nesting = 0;
    m_capture.text.clear();
    m_capture.attribute = truncated(attribute, 256);
}

template<typename Sink> void Walker<Sink>::finishCapture()
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
        shown
            = entity && !entity->value.isEmpty() ? u'#' + truncated(entity->value, MaxChipChars) : markupText;
        break;
    case Chip::Cashtag:
        shown
            = entity && !entity->value.isEmpty() ? u'$' + truncated(entity->value, MaxChipChars) : markupText;
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

template<typename Sink> void Walker<Sink>::emitText(const QString &text)
{
    noteLinkContent(text);
    m_sink.text(text, false);
}

template<typename Sink>
template<typename Reader>
Node Walker<Sink>::divNode(const Reader &reader, OpenInfo &info)
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

template<typename Sink>
template<typename Reader>
Node Walker<Sink>::startLink(const Reader &reader, quint8 inherited, OpenInfo &info)
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
                ? u"link target longer than %1 characters shown as text"_s.arg(m_options.maxAttributeChars)
                : u"link to \"%1\" shown as text: only well-formed https and mailto links stay links"_s.arg(
                    shown));
        return Node::BlockedLink;
    }
    return Node::Link;
}

template<typename Sink> template<typename Reader> void Walker<Sink>::image(const Reader &reader)
{
    bool cut = false;
    const auto &attributes = reader.attributes();
    const QString src = truncated(attributes.value("src"_L1), m_options.maxAttributeChars, &cut);
    if (cut)
        m_report.warn(u"image source longer than %1 characters truncated"_s.arg(m_options.maxAttributeChars));
    m_report.image(src);
    m_sink.image(src);
    noteLinkContent(src);
}

template<typename Sink> template<typename Reader> void Walker<Sink>::input(const Reader &reader)
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

template class Walker<HtmlSink>;
template class Walker<TextSink>;

} // namespace Inspector::PresentationMl::Detail
