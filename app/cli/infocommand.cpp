// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/requests.h"
#include "commands.h"
#include "data/parse.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `info`: the agent's version, host and build, from /agent/v1/info. */
class InfoCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        sendParsed(Requests::agentInfo(), &Parse::agentInfo, [this](const AgentInfo &i) {
            if (out().isJson()) {
                out().addItem(Commands::withInspector(i.raw,
                    {{u"agentUrl"_s, client()->urls().base(ServiceUrls::Service::Agent).toString()},
                        {u"problems"_s, QJsonArray::fromStringList(i.problems)}}));
            } else {
                out().addFields(
                    {{tr("Agent URL"), client()->urls().base(ServiceUrls::Service::Agent).toString()},
                        {tr("Version"), i.version}, {tr("Hostname"), i.hostname},
                        {tr("Server FQDN"), i.serverFqdn}, {tr("IP address"), i.ipAddress},
                        {tr("Reachable at"), i.url}, {tr("On premises"), Commands::yesNo(i.onPrem)},
                        {tr("Multi-tenant"), Commands::yesNo(i.mt)}, {tr("Commit"), i.commitId}});
                reportProblems(i.problems.isEmpty() ? 0 : 1);
            }
            done(Success);
        });
    }
};

} // namespace

std::unique_ptr<Command> Commands::info(const CommandContext &context)
{
    return std::make_unique<InfoCommand>(context);
}

} // namespace Inspector::Cli

#include "infocommand.moc"
