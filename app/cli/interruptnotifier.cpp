// SPDX-License-Identifier: Apache-2.0
#include "interruptnotifier.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Inspector::Cli {

namespace {

// The write end for the handler; -1 while no notifier is active. Set before the handler is
// installed and cleared after it is removed, so the handler never sees a closed descriptor.
volatile std::sig_atomic_t s_writeFd = -1;

extern "C" void onInterrupt(int)
{
    const int savedErrno = errno;
    const int fd = s_writeFd;
    if (fd >= 0) {
        const char byte = 1;
        // A full pipe means an interruption is already pending: losing this byte loses nothing.
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

} // namespace

InterruptNotifier::InterruptNotifier(QObject *parent)
    : QObject(parent)
{
    if (s_writeFd >= 0)
        return;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_readFd = fds[0];
    m_writeFd = fds[1];
    s_writeFd = m_writeFd;

    struct sigaction action = {};
    action.sa_handler = &onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    if (::sigaction(SIGINT, &action, &m_previous) != 0) {
        s_writeFd = -1;
        ::close(m_readFd);
        ::close(m_writeFd);
        m_readFd = m_writeFd = -1;
        return;
    }
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptNotifier::drain);
}

InterruptNotifier::~InterruptNotifier()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &m_previous, nullptr);
    s_writeFd = -1;
    delete m_notifier;
    ::close(m_readFd);
    ::close(m_writeFd);
}

void InterruptNotifier::drain()
{
    char buffer[64];
    while (::read(m_readFd, buffer, sizeof buffer) > 0) { }
    Q_EMIT interrupted();
}

} // namespace Inspector::Cli
