// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "presentationml/htmltext.h"
#include "presentationml/tags.h"
#include "presentationml/textscan.h"

// The plain-text output of the converter (see toPlainText() in presentationml.h). Internal to
// presentationml/; the walker (walker.cpp) is its only user, and inlines its members.
namespace Inspector::PresentationMl::Detail {

using namespace Qt::StringLiterals;

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

} // namespace Inspector::PresentationMl::Detail
