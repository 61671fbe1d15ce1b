// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QPointer>

#include "commands.h"
#include "console.h"
#include "exitcode.h"
#include "export/recordexport.h"
#include "exportoptions.h"
#include "output.h"
#include "terminalsafedevice.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

using Factory = std::unique_ptr<Command> (*)(const CommandContext &);

/**
 * @brief `export-streams`, `export-members`, `export-receipts`, `export-status`, `export-signals`,
 * `export-users`, `export-health`: a small list to CSV, JSON or JSON Lines.
 *
 * The list comes from the command that prints it (the same requests, paging and `_inspector`
 * values as its --json output): that command runs inside this one with an Output that collects
 * its JSON items instead of printing them. When it succeeds, Export::RecordExport writes the items
 * at once (atomically for a file). When it fails, its error line and exit code stand and nothing is
 * written. `health` exits with 7 when a component is DOWN and `users` with 6 when a value matched
 * nobody: their file is written all the same, because it is the complete answer.
 */
class RecordExportCommand final : public Command
{
    Q_OBJECT

public:
    RecordExportCommand(const CommandContext &context, Factory inner, const QString &one, const QString &many,
        bool notFoundIsAnAnswer)
        : Command(context)
        , m_collector([this](const QJsonObject &item) { m_records.append(item); })
        , m_one(one)
        , m_many(many)
        , m_notFoundIsAnAnswer(notFoundIsAnAnswer)
    {
        CommandContext innerContext = context;
        innerContext.out = &m_collector;
        m_inner = inner(innerContext).release();
        m_inner->setParent(this);
    }

    Result<> validate() override
    {
        const Result<ExportOptions> options = readExportOptions(&m_settings);
        if (!options)
            return options.error();
        if (options.value().outputTemplate)
            return LocalError(tr("--output: templates (%N, %I…) are for message exports; this one writes one "
                                 "file (use %% for a %)."));
        if (options.value().formats.size() > 1)
            return LocalError(
                tr("Several formats at once are for message exports; this one writes csv, json or jsonl."));
        if (Export::isTranscript(options.value().format))
            return LocalError(tr("--format %1 is for message exports; this one writes csv, json or jsonl.")
                                  .arg(Export::formatName(options.value().format)));
        m_settings.columns = options.value().columns;
        return m_inner->validate();
    }

    void start() override
    {
        m_clock.start();
        connect(m_inner, &Command::finished, this, &RecordExportCommand::onInnerFinished);
        m_inner->start();
    }

    void cancel() override
    {
        if (isDone())
            return;
        // Nothing is written before the list is complete: dropping the inner command (and with it
        // its pagers and pending callbacks) is the whole cancellation.
        delete m_inner.data();
        console().error(m_settings.device
                ? tr("Interrupted: nothing was written.")
                : tr("Interrupted: nothing was written; a file that was at %1 before is unchanged.")
                      .arg(m_settings.outputPath));
        done(Interrupted);
    }

private:
    void onInnerFinished(int code)
    {
        const bool answer = code == Success || code == HealthDown
            || (code == NotFound && m_notFoundIsAnAnswer && !m_records.isEmpty());
        if (!answer) {
            done(code); // the inner command said why
            return;
        }
        const Export::RecordExportReport report = Export::RecordExport::write(m_records, m_settings);
        closeJsonStdout(); // what went to standard output is out before the report on stderr
        if (report.error.isError()) {
            console().error(report.error.message);
            done(exitCodeFor(report.error));
            return;
        }
        ExportText::Summary summary;
        summary.count = report.records;
        summary.one = m_one;
        summary.many = m_many;
        summary.bytes = report.bytes;
        summary.elapsedMs = m_clock.elapsed();
        summary.files = report.files;
        summary.replacedCharacters = report.replacedCharacters;
        if (m_settings.format == Export::Format::Csv)
            summary.guardedCells = report.guardedCells;
        for (const QString &line : ExportText::report(summary))
            console().note(line);
        done(code);
    }

    Output m_collector;
    QList<QJsonObject> m_records;
    QPointer<Command> m_inner;
    Export::RecordExportSettings m_settings;
    QElapsedTimer m_clock;
    QString m_one;
    QString m_many;
    bool m_notFoundIsAnAnswer;
};

std::unique_ptr<Command> make(const CommandContext &context, Factory inner, const char *one, const char *many,
    bool notFoundIsAnAnswer = false)
{
    return std::make_unique<RecordExportCommand>(
        context, inner, RecordExportCommand::tr(one), RecordExportCommand::tr(many), notFoundIsAnAnswer);
}

} // namespace

std::unique_ptr<Command> Commands::exportStreams(const CommandContext &context)
{
    return make(context, &Commands::streamCounts, "stream", "streams");
}

std::unique_ptr<Command> Commands::exportMembers(const CommandContext &context)
{
    return make(context, &Commands::members, "member", "members");
}

std::unique_ptr<Command> Commands::exportReceipts(const CommandContext &context)
{
    return make(context, &Commands::receipts, "receipt", "receipts");
}

std::unique_ptr<Command> Commands::exportStatus(const CommandContext &context)
{
    return make(context, &Commands::status, "status entry", "status entries");
}

std::unique_ptr<Command> Commands::exportSignals(const CommandContext &context)
{
    return make(context, &Commands::signalList, "signal", "signals");
}

std::unique_ptr<Command> Commands::exportUsers(const CommandContext &context)
{
    return make(context, &Commands::users, "user", "users", true);
}

std::unique_ptr<Command> Commands::exportHealth(const CommandContext &context)
{
    return make(context, &Commands::health, "health report", "health reports");
}

} // namespace Inspector::Cli

#include "recordexportcommand.moc"
