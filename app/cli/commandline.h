// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "data/localresult.h"

namespace Inspector::Cli {

/** One `--option` of the command line. */
struct OptionSpec
{
    QString name; ///< without the dashes
    QString valueName; ///< empty for a flag
    QString help;
    /** Takes every following word up to the next option (`--username aadams bbaker`). */
    bool multi = false;
};

/** One command: its words, options and help. */
struct CommandSpec
{
    QString name;
    QString arguments; ///< synopsis of the positional arguments, e.g. "STREAM"
    QString summary; ///< one line for the command list
    QString details; ///< paragraphs for `COMMAND --help`
    QList<OptionSpec> options;
    int minArguments = 0;
    int maxArguments = 0; ///< -1 = any number
    bool needsPod = true; ///< false: works offline (`id`)
    bool needsCredentials = true; ///< false: health and info need no token
};

/**
 * @brief The command line of symphony-inspector-cli: `[connection options] COMMAND [args]`.
 *
 * Connection and output options may stand anywhere; a command's own options after the command.
 * Options take their value as `--name value` or `--name=value`. `--` ends the options. Words
 * starting with a single dash are arguments, not options, because URL-safe ids may start with `-`.
 * Anything that looks like a passphrase option is refused with an explanation: a passphrase on the
 * command line would show in the process list and the shell history.
 *
 * A plain value; parse() is a pure function of its input.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Cli::CommandLine)

public:
    static const QList<OptionSpec> &globalOptions();
    static const QList<CommandSpec> &commands();
    static const CommandSpec *command(const QString &name);

    /** Parses the arguments (without the program name); a usage error when they cannot work. */
    static Result<CommandLine> parse(const QStringList &arguments);

    /** The help for the whole program, or for one command. */
    static QString helpText();
    static QString helpText(const CommandSpec &command);

    QString commandName() const { return m_command; }
    const CommandSpec *spec() const { return command(m_command); }
    const QStringList &arguments() const { return m_arguments; }
    bool helpRequested() const { return m_help; }

    bool isSet(const QString &option) const { return m_values.contains(option); }
    /** The last value given for the option (empty when absent). */
    QString value(const QString &option) const;
    /** Every value given for the option, in order. */
    QStringList values(const QString &option) const { return m_values.value(option); }

private:
    QString m_command;
    QStringList m_arguments;
    QHash<QString, QStringList> m_values;
    bool m_help = false;
};

} // namespace Inspector::Cli
