// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Inspector::Cli {

/**
 * @brief Turns SIGINT (Ctrl+C) into the interrupted() signal on the event loop of its thread.
 *
 * The signal handler only writes one byte into a pipe (the self-pipe trick: write() is
 * async-signal-safe, nothing else is); a QSocketNotifier on the read end emits interrupted() from
 * the event loop, where the command can cancel its work cleanly. The handler is installed with
 * SA_RESETHAND, so a second Ctrl+C ends the program at once should the first one not be enough.
 * The previous handler is restored on destruction.
 *
 * One instance at a time per process (a signal handler is process-wide); a second one stays
 * inactive. Lives on the thread that created it, which must run an event loop.
 */
class InterruptNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptNotifier)

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    /** False when the handler could not be installed (another instance is active, no pipe). */
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted();

private:
    void drain();

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previous = {};
};

} // namespace Inspector::Cli
