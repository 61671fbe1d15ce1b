// SPDX-License-Identifier: Apache-2.0
#include "terminalprompt.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace Inspector::Cli::TerminalPrompt {

namespace {

void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

std::optional<QByteArray> readHidden(int inFd, int outFd, const QString &prompt)
{
    termios saved {};
    if (!::isatty(inFd) || ::tcgetattr(inFd, &saved) != 0)
        return std::nullopt;
    termios hidden = saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    hidden.c_lflag |= ECHONL;
    if (::tcsetattr(inFd, TCSAFLUSH, &hidden) != 0)
        return std::nullopt;
    writeAll(outFd, prompt.toUtf8());

    QByteArray line;
    bool complete = false;
    char c = 0;
    while (::read(inFd, &c, 1) == 1) {
        if (c == '\n' || c == '\r') {
            complete = true;
            break;
        }
        line.append(c);
    }
    ::tcsetattr(inFd, TCSAFLUSH, &saved);
    if (!complete) {
        line.fill('\0');
        return std::nullopt;
    }
    return line;
}

std::optional<QByteArray> askPassphrase(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return std::nullopt;
    const auto result = readHidden(fd, fd, prompt);
    ::close(fd);
    return result;
}

} // namespace Inspector::Cli::TerminalPrompt
