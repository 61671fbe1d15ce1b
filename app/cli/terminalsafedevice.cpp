// SPDX-License-Identifier: Apache-2.0
#include "terminalsafedevice.h"

#include <QFileDevice>

#include "textutil.h"

namespace Inspector::Cli {

namespace {

/**
 * How many bytes at the end of @p bytes start a sequence that might be escaped once its next byte
 * comes: C2 (C1 controls), E2 and E2 80 / E2 81 (bidi overrides and isolates). 0 when none.
 */
qsizetype heldTail(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    if (n >= 1 && (uchar(bytes.at(n - 1)) == 0xC2 || uchar(bytes.at(n - 1)) == 0xE2))
        return 1;
    if (n >= 2 && uchar(bytes.at(n - 2)) == 0xE2
        && (uchar(bytes.at(n - 1)) == 0x80 || uchar(bytes.at(n - 1)) == 0x81))
        return 2;
    return 0;
}

} // namespace

TerminalSafeDevice::TerminalSafeDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (isOpen())
        close();
}

void TerminalSafeDevice::close()
{
    if (!isOpen())
        return;
    if (!m_held.isEmpty()) {
        // An incomplete sequence at the very end: no terminal control, written as it came.
        writeOn(m_held);
        m_held.clear();
    }
    flush();
    QIODevice::close();
}

bool TerminalSafeDevice::flush()
{
    auto *file = qobject_cast<QFileDevice *>(m_target.data());
    if (!file || file->flush())
        return true;
    setErrorString(file->errorString());
    return false;
}

qint64 TerminalSafeDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    QByteArray bytes = m_held;
    bytes.append(data, qsizetype(size));
    const qsizetype held = heldTail(bytes);
    m_held = bytes.right(held);
    bytes.chop(held);
    Text::escapeTerminalControls(&bytes);
    if (!writeOn(bytes))
        return -1;
    return size;
}

bool TerminalSafeDevice::writeOn(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (!m_target) {
        setErrorString(tr("Standard output is closed."));
        return false;
    }
    if (m_target->write(bytes) == bytes.size())
        return true;
    setErrorString(m_target->errorString());
    return false;
}

} // namespace Inspector::Cli
