// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "presentationml/htmltext.h"
#include "presentationml/tags.h"
#include "presentationml/textscan.h"

// The HTML output of the converter: safe HTML for QTextDocument (see presentationml.h). Internal to
// presentationml/; the walker (walker.cpp) is its only user, and inlines its members.
namespace Inspector::PresentationMl::Detail {

using namespace Qt::StringLiterals;

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

} // namespace Inspector::PresentationMl::Detail
