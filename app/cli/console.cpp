// SPDX-License-Identifier: Apache-2.0
#include "console.h"

#include <QIODevice>

#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

Console::Console(QIODevice *device)
    : m_device(device)
{ }

void Console::write(const QString &text)
{
    endProgress();
    // Every line of standard error passes here (error(), note()): nothing from a server can write
    // an escape sequence, a control or a bidi override to the terminal.
    m_device->write(Text::printable(text).toUtf8());
}

void Console::error(const QString &message)
{
    write(u"symphony-inspector-cli: "_s + Text::oneLine(message) + u'\n');
}

void Console::note(const QString &message)
{
    write(Text::oneLine(message) + u'\n');
}

void Console::progress(const QString &message)
{
    if (!m_progressEnabled)
        return;
    // "\r" back to the start, "\x1b[K" erases what a longer previous message left.
    m_device->write(("\r"_L1 + Text::printable(Text::oneLine(message)) + "\x1b[K"_L1).toUtf8());
    m_progressShown = true;
}

void Console::endProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    m_device->write(QByteArrayLiteral("\r\x1b[K"));
}

} // namespace Inspector::Cli
