// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QIODevice;

namespace Inspector::Cli {

/**
 * @brief Standard error of the command-line client: error lines, notes and progress.
 *
 * An error is always one line. Progress is shown only when enabled (standard error is a terminal):
 * it rewrites one line in place and is wiped before anything else is written, so redirected
 * output never collects progress noise. Does not own the device. Used on one thread.
 */
class Console
{
public:
    explicit Console(QIODevice *device);
    Q_DISABLE_COPY_MOVE(Console)

    void setProgressEnabled(bool enabled) { m_progressEnabled = enabled; }
    bool progressEnabled() const { return m_progressEnabled; }

    /** One line, prefixed with the program name. */
    void error(const QString &message);
    /** An informative line (dropped duplicates, records with problems). */
    void note(const QString &message);
    void progress(const QString &message);
    /** Wipes the progress line, if one is shown. */
    void endProgress();
    /** Raw text (help on a usage error). */
    void write(const QString &text);

private:
    QIODevice *m_device;
    bool m_progressEnabled = false;
    bool m_progressShown = false;
};

} // namespace Inspector::Cli
