// SPDX-License-Identifier: Apache-2.0
// symphony-inspector-cli: wiring only; everything else lives in the inspector_cli library.
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>
#include <unistd.h>

#include "commandrunner.h"
#include "interruptnotifier.h"
#include "terminalprompt.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("symphony-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));

    // Standard error carries one line per error: the library's own log lines (and Qt's) would add to
    // it, so they are off unless the user asks for them with QT_LOGGING_RULES, which wins over this.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));

    QFile out;
    QFile err;
    QFile in;
    if (!out.open(stdout, QIODevice::WriteOnly)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    // Only `pml -` reads standard input; a closed one is reported by that command.
    const bool haveInput = in.open(stdin, QIODevice::ReadOnly);

    Inspector::Cli::CommandRunner runner(&out, &err);
    runner.setProgressEnabled(::isatty(STDERR_FILENO) == 1);
    runner.setPassphrasePrompt(&Inspector::Cli::TerminalPrompt::askPassphrase);
    if (haveInput)
        runner.setInputDevice(&in);
    // Ctrl+C cancels the command from the event loop: an export then discards its unfinished file.
    Inspector::Cli::InterruptNotifier interrupt;
    QObject::connect(&interrupt, &Inspector::Cli::InterruptNotifier::interrupted, &runner,
        &Inspector::Cli::CommandRunner::cancel);
    QObject::connect(&runner, &Inspector::Cli::CommandRunner::finished, &app, [&out](int exitCode) {
        out.flush();
        QCoreApplication::exit(exitCode);
    });
    runner.run(app.arguments().mid(1));
    return QCoreApplication::exec();
}
