// SPDX-License-Identifier: Apache-2.0
#include "commands.h"
#include "console.h"
#include "exitcode.h"
#include "idreport.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `id ID`: both Base64 forms, validity, length and the inferred creation time; offline. */
class IdCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        const IdReport report = IdReport::analyse(cli().arguments().constFirst());
        if (!report.valid) {
            failUsage(tr("\"%1\" is not a valid id: %2").arg(report.input, report.error));
            return;
        }
        if (out().isJson())
            out().addItem(QJsonObject {{u"id"_s, report.input}, {u"_inspector"_s, report.toJson()}});
        else
            out().addFields(report.fields());
        done(Success);
    }
};

} // namespace

std::unique_ptr<Command> Commands::id(const CommandContext &context)
{
    return std::make_unique<IdCommand>(context);
}

} // namespace Inspector::Cli

#include "idcommand.moc"
