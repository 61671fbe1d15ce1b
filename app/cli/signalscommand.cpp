// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "commands.h"
#include "data/parse.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `signals [ID]`: the signal list (/agent/v1/signals/list) or one signal. */
class SignalsCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        out().setColumns({{tr("ID"), 24}, {tr("NAME"), 24}, {tr("VISIBLE"), 7}, {tr("COMPANY-WIDE"), 12},
                             {tr("CREATED"), 24}, {tr("QUERY"), 0}},
            tr("No signals."));
        if (!cli().arguments().isEmpty()) {
            sendParsed(Requests::signal(cli().arguments().constFirst().trimmed()), &Parse::signal,
                [this](const Signal &s) {
                    write(s);
                    finishList();
                });
            return;
        }
        Pager *pager = Fetch::signalList(client(), [this](const QList<Signal> &page) {
            for (const Signal &s : page)
                write(s);
        });
        run(pager, tr("signals"), [this] { finishList(); });
    }

private:
    void write(const Signal &s)
    {
        m_problems += s.problems.isEmpty() ? 0 : 1;
        if (out().isJson()) {
            QJsonObject derived {{u"problems"_s, QJsonArray::fromStringList(s.problems)}};
            if (s.timestamp > 0)
                derived.insert(u"timeIso"_s, Commands::isoOrEmpty(s.timestamp));
            out().addItem(Commands::withInspector(s.raw, derived));
            return;
        }
        out().addRow({s.id, s.name, Commands::yesNo(s.visibleOnProfile), Commands::yesNo(s.companyWide),
            Commands::isoOrEmpty(s.timestamp), s.query});
    }

    void finishList()
    {
        reportProblems(m_problems);
        done(Success);
    }

    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::signalList(const CommandContext &context)
{
    return std::make_unique<SignalsCommand>(context);
}

} // namespace Inspector::Cli

#include "signalscommand.moc"
