// SPDX-License-Identifier: Apache-2.0
#include "archive/analysis.h"
#include "archivecommand.h"
#include "commands.h"
#include "data/ids.h"
#include "data/times.h"
#include "export/csvwriter.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `archive diff ARCHIVE`: what changed between two runs. */
class ArchiveDiffCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validateOptions() override
    {
        for (const QString &name : {u"from"_s, u"to"_s}) {
            if (!cli().isSet(name))
                continue;
            bool ok = false;
            const qint64 run = cli().value(name).toLongLong(&ok);
            if (!ok || run < 0) {
                return LocalError(tr("--%1 wants a run number (archive info lists them), not \"%2\".")
                                      .arg(name, cli().value(name)));
            }
            (name == "from"_L1 ? m_from : m_to) = run;
        }
        const QString format = cli().value(u"format"_s);
        if (!format.isEmpty() && format != "table"_L1 && format != "csv"_L1) {
            return LocalError(tr("--format: table or csv, not \"%1\" (--json gives JSON).").arg(format));
        }
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Analysis analysis(*m_store);
        if (!m_from || !m_to) {
            Result<QPair<qint64, qint64>> runs = analysis.defaultRuns();
            if (!runs)
                return failLocal(runs.error());
            if (!m_to)
                m_to = runs.value().second;
            if (!m_from)
                m_from = m_to == runs.value().second ? runs.value().first : *m_to - 1;
        }
        if (*m_from >= *m_to) {
            failUsage(tr("--from (%1) must be an earlier run than --to (%2).").arg(*m_from).arg(*m_to));
            return;
        }
        Result<QList<Archive::Change>> changes = analysis.diff(*m_from, *m_to);
        if (!changes)
            return failLocal(changes.error());
        const QStringList header {tr("RUN"), tr("CHANGE"), tr("STREAM"), tr("NAME"), tr("MESSAGE"),
            tr("USER"), tr("TIME"), tr("BEFORE"), tr("AFTER")};
        auto cells = [](const Archive::Change &c) {
            return QStringList {QString::number(c.run), Archive::Change::kindName(c.kind),
                Ids::toUrlSafe(c.streamId), c.streamName,
                c.messageId.isEmpty() ? QString() : Ids::toUrlSafe(c.messageId),
                c.userId ? QString::number(c.userId) : QString(),
                c.timestamp ? Times::toIso(c.timestamp) : QString(), c.before, c.after};
        };
        if (cli().value(u"format"_s) == "csv"_L1 && !out().isJson()) {
            Export::CsvWriter csv(context().stdoutDevice, Export::CsvOptions {});
            csv.begin();
            csv.writeRow(header);
            for (const Archive::Change &c : changes.value())
                csv.writeRow(cells(c));
            done(Success);
            return;
        }
        console().note(
            tr("Changes after run %1 up to run %2: %3.").arg(*m_from).arg(*m_to).arg(changes.value().size()));
        out().setColumns(
            {{header[0], 4, true}, {header[1], 18}, {header[2], 36}, {header[3], 20}, {header[4], 36},
                {header[5], 14}, {header[6], 24}, {header[7], 24}, {header[8], 0}},
            tr("No changes."));
        for (const Archive::Change &c : changes.value()) {
            if (out().isJson()) {
                out().addItem(c.toRecord());
            } else {
                out().addRow(cells(c));
            }
        }
        done(Success);
    }

private:
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
};

/** @brief `archive coverage ARCHIVE [STREAM]`: messages per period, and the periods no pass read. */
class ArchiveCoverageCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validateOptions() override
    {
        if (cli().arguments().size() > 1) {
            if (Result<> id = Commands::checkId(cli().arguments().at(1), tr("stream")); !id)
                return id;
        }
        const QString by = cli().value(u"by"_s);
        if (!by.isEmpty() && by != "day"_L1 && by != "week"_L1) {
            return LocalError(tr("--by: day or week, not \"%1\".").arg(by));
        }
        m_period = by == "week"_L1 ? Archive::Analysis::Period::Week : Archive::Analysis::Period::Day;
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Analysis analysis(*m_store);
        const QString stream
            = cli().arguments().size() > 1 ? Ids::normalized(cli().arguments().at(1)) : QString();
        Result<Archive::CoverageReport> report = analysis.coverage(stream, m_period);
        if (!report)
            return failLocal(report.error());
        auto coveredText = [](Archive::CoverageRow::Covered c) {
            switch (c) {
            case Archive::CoverageRow::Covered::Yes:
                return tr("yes");
            case Archive::CoverageRow::Covered::Partly:
                return tr("partly");
            case Archive::CoverageRow::Covered::No:
                break;
            }
            return tr("no");
        };
        const bool days = m_period == Archive::Analysis::Period::Day;
        auto periodText = [days](qint64 start) -> QString {
            return Times::toIso(start).left(10) + (days ? QString() : u" +7d"_s);
        };
        if (out().isJson()) {
            for (const Archive::CoverageRow &r : report.value().rows)
                out().addItem(
                    QJsonObject {{u"streamId"_s, Ids::toUrlSafe(r.streamId)}, {u"streamName"_s, r.streamName},
                        {u"from"_s, Times::toIso(r.periodStart)}, {u"to"_s, Times::toIso(r.periodEnd)},
                        {u"messages"_s, r.messages}, {u"covered"_s, coveredText(r.covered)}});
            for (const Archive::CoverageGap &g : report.value().gaps)
                out().addItem(
                    QJsonObject {{u"streamId"_s, Ids::toUrlSafe(g.streamId)}, {u"streamName"_s, g.streamName},
                        {u"gapFrom"_s, Times::toIso(g.from)}, {u"gapTo"_s, Times::toIso(g.to)}});
            done(Success);
            return;
        }
        out().setColumns({{tr("STREAM"), 36}, {tr("NAME"), 24}, {days ? tr("DAY") : tr("WEEK"), 14},
                             {tr("MESSAGES"), 8, true}, {tr("COVERED"), 7}},
            tr("Nothing archived yet."));
        for (const Archive::CoverageRow &r : report.value().rows)
            out().addRow({Ids::toUrlSafe(r.streamId), r.streamName, periodText(r.periodStart),
                QString::number(r.messages), coveredText(r.covered)});
        for (const Archive::CoverageGap &g : report.value().gaps)
            console().note(
                tr("Gap in %1 (%2): %3 to %4 was never read.")
                    .arg(Ids::toUrlSafe(g.streamId), g.streamName, Times::toIso(g.from), Times::toIso(g.to)));
        if (report.value().gaps.isEmpty())
            console().note(tr("No gaps: every period shown was read by a pass."));
        done(Success);
    }

private:
    Archive::Analysis::Period m_period = Archive::Analysis::Period::Day;
};

} // namespace

std::unique_ptr<Command> Commands::archiveDiff(const CommandContext &context)
{
    return std::make_unique<ArchiveDiffCommand>(context);
}

std::unique_ptr<Command> Commands::archiveCoverage(const CommandContext &context)
{
    return std::make_unique<ArchiveCoverageCommand>(context);
}

} // namespace Inspector::Cli

#include "archiveanalysiscommands.moc"
