// SPDX-License-Identifier: Apache-2.0
#include "presentationml/markupscanner.h"

#include "presentationml/textscan.h"

namespace Inspector::PresentationMl::Detail {

namespace {

bool isNameStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(char16_t c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

// Characters QXmlStreamReader refuses, and the carriage return it would rewrite: left to it.
bool isUnsupportedChar(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0xFFFE || c == 0xFFFF;
}

} // namespace

MarkupScanner::Token MarkupScanner::readNext()
{
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.removeLast();
        return Token::EndElement;
    }
    if (m_p >= m_end)
        return m_open.size() == 1 ? Token::End : Token::Unsupported;
    if (m_open.isEmpty())
        return Token::Unsupported; // content after the root closed
    if (m_p->unicode() != u'<')
        return characters() ? Token::Characters : Token::Unsupported;
    if (m_p + 1 < m_end && m_p[1].unicode() == u'/')
        return endTag() ? Token::EndElement : Token::Unsupported;
    return startTag() ? Token::StartElement : Token::Unsupported;
}

void MarkupScanner::skipSpace()
{
    while (m_p < m_end && isSpace(m_p->unicode()))
        ++m_p;
}

bool MarkupScanner::readName(QStringView *name)
{
    const QChar *start = m_p;
    if (m_p >= m_end || !isNameStart(m_p->unicode()))
        return false;
    while (m_p < m_end && isNameChar(m_p->unicode()))
        ++m_p;
    *name = QStringView(start, m_p - start);
    return true;
}

bool MarkupScanner::startTag()
{
    ++m_p; // '<'
    if (!readName(&m_name))
        return false;
    m_attributes.m_list.clear();
    for (;;) {
        const QChar *beforeSpace = m_p;
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char16_t c = m_p->unicode();
        if (c == u'>') {
            ++m_p;
            break;
        }
        if (c == u'/') {
            if (m_p + 1 >= m_end || m_p[1].unicode() != u'>')
                return false;
            m_p += 2;
            m_pendingEnd = true;
            break;
        }
        if (m_p == beforeSpace || m_attributes.m_list.size() >= MaxAttributes)
            return false; // attributes must be separated by whitespace
        Attributes::Attribute a;
        if (!readName(&a.name))
            return false;
        for (const Attributes::Attribute &other : std::as_const(m_attributes.m_list)) {
            if (other.name == a.name)
                return false;
        }
        skipSpace();
        if (m_p >= m_end || m_p->unicode() != u'=')
            return false;
        ++m_p;
        skipSpace();
        if (!readAttributeValue(int(m_attributes.m_list.size()), &a.value))
            return false;
        m_attributes.m_list.append(a);
    }
    m_open.append(m_name);
    return true;
}

bool MarkupScanner::readAttributeValue(int index, QStringView *value)
{
    if (m_p >= m_end || (m_p->unicode() != u'"' && m_p->unicode() != u'\''))
        return false;
    const char16_t quote = m_p->unicode();
    const QChar *start = ++m_p;
    bool plain = true;
    while (m_p < m_end && m_p->unicode() != quote) {
        const char16_t c = m_p->unicode();
        if (c == u'<' || isUnsupportedChar(c) || QChar::isSurrogate(c))
            return false;
        if (c == u'&' || c == u'\t' || c == u'\n')
            plain = false;
        ++m_p;
    }
    if (m_p >= m_end)
        return false;
    if (plain) {
        *value = QStringView(start, m_p - start);
        ++m_p;
        return true;
    }
    // Attribute-value normalisation as XML does it: literal tabs and line breaks become spaces,
    // references are decoded (and a referenced line break stays one).
    QString &decoded = m_decodedValues[size_t(index)];
    decoded.clear();
    const QChar *end = m_p;
    m_p = start;
    while (m_p < end) {
        const char16_t c = m_p->unicode();
        if (c == u'&') {
            if (!reference(&decoded) || m_p > end)
                return false;
            continue;
        }
        decoded += (c == u'\t' || c == u'\n') ? QChar(u' ') : *m_p;
        ++m_p;
    }
    ++m_p; // the closing quote
    *value = decoded;
    return true;
}

bool MarkupScanner::endTag()
{
    m_p += 2; // "</"
    if (!readName(&m_name))
        return false;
    skipSpace();
    if (m_p >= m_end || m_p->unicode() != u'>')
        return false;
    ++m_p;
    if (m_open.isEmpty() || m_open.last() != m_name)
        return false;
    m_open.removeLast();
    return true;
}

bool MarkupScanner::characters()
{
    if (m_open.isEmpty())
        return false; // text after the last element: not well-formed as a document
    const QChar *start = m_p;
    bool whitespace = true;
    bool plain = true;
    while (m_p < m_end) {
        const char16_t c = m_p->unicode();
        if (c == u'<')
            break;
        if (c == u'&') {
            plain = false;
            break;
        }
        if (isUnsupportedChar(c))
            return false;
        if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || m_p + 1 >= m_end || !QChar::isLowSurrogate(m_p[1].unicode()))
                return false;
            ++m_p;
        } else if (c == u']' && m_end - m_p >= 3 && m_p[1].unicode() == u']' && m_p[2].unicode() == u'>') {
            return false; // "]]>" is not allowed in text
        }
        whitespace = whitespace && isSpace(c);
        ++m_p;
    }
    if (plain) {
        m_text = QStringView(start, m_p - start);
        m_whitespace = whitespace;
        return true;
    }
    // A run with references is one token, decoded, never whitespace (as QXmlStreamReader has it).
    m_decodedText = QString(start, m_p - start);
    while (m_p < m_end && m_p->unicode() != u'<') {
        const char16_t c = m_p->unicode();
        if (c == u'&') {
            if (!reference(&m_decodedText))
                return false;
            continue;
        }
        if (isUnsupportedChar(c))
            return false;
        if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || m_p + 1 >= m_end || !QChar::isLowSurrogate(m_p[1].unicode()))
                return false;
            m_decodedText += *m_p++;
        } else if (c == u']' && m_end - m_p >= 3 && m_p[1].unicode() == u']' && m_p[2].unicode() == u'>') {
            return false;
        }
        m_decodedText += *m_p++;
    }
    m_text = m_decodedText;
    m_whitespace = false;
    return true;
}

bool MarkupScanner::reference(QString *out)
{
    // m_p is on '&'; a reference ends at ';' within a few characters.
    const QChar *semicolon = m_p + 1;
    while (semicolon < m_end && semicolon - m_p <= 32 && semicolon->unicode() != u';')
        ++semicolon;
    if (semicolon >= m_end || semicolon->unicode() != u';')
        return false;
    const QStringView name(m_p + 1, semicolon - m_p - 1);
    char32_t c = 0;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint value = name.size() > 1 && (name[1] == u'x') ? name.mid(2).toUInt(&ok, 16)
                                                                : name.mid(1).toUInt(&ok, 10);
        // Digits only (toUInt takes a sign or spaces), and a character XML allows.
        for (const QChar d : name.mid(name.size() > 1 && name[1] == u'x' ? 2 : 1)) {
            if (!d.isLetterOrNumber() || d.unicode() > 0x7f)
                ok = false;
        }
        if (!ok || (value < 0x20 && value != u'\t' && value != u'\n' && value != u'\r')
            || (value >= 0xD800 && value <= 0xDFFF) || value == 0xFFFE || value == 0xFFFF || value > 0x10FFFF)
            return false;
        c = value;
    } else if (name == u"lt") {
        c = u'<';
    } else if (name == u"gt") {
        c = u'>';
    } else if (name == u"amp") {
        c = u'&';
    } else if (name == u"quot") {
        c = u'"';
    } else if (name == u"apos") {
        c = u'\'';
    } else {
        // As the converter's entity resolver: HTML names, never one that would be markup.
        c = namedEntity(name);
        if (!c || c == u'<' || c == u'&')
            return false;
    }
    if (QChar::requiresSurrogates(c)) {
        out->append(QChar(QChar::highSurrogate(c)));
        out->append(QChar(QChar::lowSurrogate(c)));
    } else {
        out->append(QChar(char16_t(c)));
    }
    m_p = semicolon + 1;
    return true;
}

} // namespace Inspector::PresentationMl::Detail
