// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/**
 * @brief What the demo pod's names are made of with Config::hostileNames: text that a client must
 * show as it is. Tests of the client rely on these strings.
 *
 * A hostile name starts with terminal controls (terminalControls()), then HTML that Qt renders as
 * rich text whenever a label or tooltip lets it guess: an image of a local file that does not
 * exist, so that a test sees the request for it while nothing is read, then bold text.
 */
namespace Inspector::DemoPod::Demo::Hostile {

/// The image every hostile name asks for; it does not exist.
inline constexpr char ImageUrl[] = "file:///nonexistent-symphony-inspector/hostile.png";

/// HTML a client must not render: an image (ImageUrl) and bold text.
inline QString markup()
{
    return QStringLiteral("<img src=\"") + QLatin1String(ImageUrl) + QStringLiteral("\"><b>bold</b>");
}

/**
 * Characters a terminal must never receive from a server, all of them, the short ones first so
 * that even a narrow table column shows the start of each: the bidi override (RLO) and isolates,
 * a NUL, the C1 control CSI (U+009B) with a colour, erase the screen, set the window title
 * (OSC 0), write the clipboard (OSC 52).
 */
inline QString terminalControls()
{
    QString text = QStringLiteral("\u202e\u2066\u2067\u2068\u2069");
    text += QChar(u'\0');
    text += QStringLiteral("\u009b31m");
    text += QStringLiteral("\x1b[2J");
    text += QStringLiteral("\x1b]0;pwned\x07");
    text += QStringLiteral("\x1b]52;c;cHduZWQ=\x07");
    return text;
}

/// The controls XML can carry (PresentationML has no C0 controls): the bidi characters and C1 CSI.
inline QString xmlControls()
{
    return QStringLiteral("\u202e\u2066\u2067\u2068\u2069\u009b31m");
}

/// A user's first name, a room's name or description, an attachment's name: controls + markup + name.
inline QString name(const QString &plain)
{
    return terminalControls() + markup() + plain;
}

/// The paragraph put first in every message's text: the controls XML can carry, then markup.
inline QString messageText()
{
    return xmlControls() + markup() + QStringLiteral(" hostile text");
}

} // namespace Inspector::DemoPod::Demo::Hostile
