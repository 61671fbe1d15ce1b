// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Inspector::Cli::TerminalPrompt {

/**
 * Writes @p prompt to @p outFd and reads one line from @p inFd with echo turned off, restoring the
 * terminal settings afterwards. nullopt when @p inFd is not a terminal or the input ended before
 * a line. Blocks until the line is typed: used before any request is under way.
 */
std::optional<QByteArray> readHidden(int inFd, int outFd, const QString &prompt);

/** The prompt of the real program: asks on /dev/tty, and only when standard input is a terminal. */
std::optional<QByteArray> askPassphrase(const QString &prompt);

} // namespace Inspector::Cli::TerminalPrompt
