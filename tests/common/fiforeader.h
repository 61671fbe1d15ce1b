// SPDX-License-Identifier: Apache-2.0
#pragma once

// A named pipe in a test directory and a thread that reads everything written into it, for the
// tests of writing to something that is not a regular file. POSIX only.

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

class FifoReader
{
public:
    /// Creates the pipe at `path` and starts reading it.
    explicit FifoReader(const QString &path)
        : m_path(path.toLocal8Bit())
    {
        if (::mkfifo(m_path.constData(), 0600) != 0)
            return;
        // Non-blocking, so that opening does not wait for a writer, and reading can stop.
        m_fd = ::open(m_path.constData(), O_RDONLY | O_NONBLOCK);
        if (m_fd >= 0)
            m_thread = std::thread([this] { run(); });
    }
    ~FifoReader() { data(); }

    bool isValid() const { return m_fd >= 0; }

    /// Everything read, once the writer has closed the pipe (or after `timeout` at most).
    QByteArray data(std::chrono::milliseconds timeout = std::chrono::seconds(20))
    {
        m_deadline = std::chrono::steady_clock::now() + timeout;
        m_writerDone = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        return m_data;
    }

    /// True while the path is still a named pipe.
    bool isStillAPipe() const
    {
        struct stat st;
        return ::lstat(m_path.constData(), &st) == 0 && S_ISFIFO(st.st_mode);
    }

private:
    void run()
    {
        // Before a writer opens the pipe, read() says end of file too: the end only counts once
        // some data came, or once the test says the writer is done.
        char buffer[65536];
        for (;;) {
            pollfd p {m_fd, POLLIN, 0};
            ::poll(&p, 1, 50);
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0) {
                m_data.append(buffer, qsizetype(n));
                m_seenData = true;
                continue;
            }
            const bool atEnd = n == 0;
            if (atEnd && m_seenData)
                return;
            if (m_writerDone && (atEnd || std::chrono::steady_clock::now() > m_deadline.load()))
                return;
        }
    }

    QByteArray m_path;
    int m_fd = -1;
    std::thread m_thread;
    QByteArray m_data;
    bool m_seenData = false;
    std::atomic<bool> m_writerDone {false};
    std::atomic<std::chrono::steady_clock::time_point> m_deadline {
        std::chrono::steady_clock::time_point::max()};
};
