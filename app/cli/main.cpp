// SPDX-License-Identifier: Apache-2.0
// symphony-inspector-cli: wiring only; everything else lives in the inspector_cli library.
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <unistd.h>

#include "commandrunner.h"
#include "interruptnotifier.h"
#include "terminalprompt.h"

namespace {

/// True when the command line may ask for a PDF (`--format …pdf…`, or an `--output` ending in
/// `.pdf`): the client then needs Qt Gui (fonts, QPdfWriter). A guess before the real parsing; when
/// it misses, the export says that a PDF needs the GUI library.
bool mayWritePdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QString format;
        QString output;
        if (arg == QLatin1StringView("--format") && i + 1 < argc)
            format = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(QLatin1StringView("--format=")))
            format = arg.mid(9);
        else if (arg == QLatin1StringView("--output") && i + 1 < argc)
            output = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(QLatin1StringView("--output=")))
            output = arg.mid(9);
        for (const QString &name : format.split(QLatin1Char(','))) {
            if (name.trimmed().compare(QLatin1StringView("pdf"), Qt::CaseInsensitive) == 0)
                return true;
        }
        if (output.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Standard error carries one line per error: the library's own log lines (and Qt's) would add to
    // it, so they are off (from the start: QGuiApplication warns as it starts) unless the user asks for them
    // with QT_LOGGING_RULES, which wins over this.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    std::unique_ptr<QCoreApplication> application;
    if (mayWritePdf(argc, argv)) {
        // A command-line client has no window: the offscreen platform (fonts without a display), unless
        // the user chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("symphony-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));

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
