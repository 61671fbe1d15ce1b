// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/requests.h"
#include "commands.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/parse.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `status MESSAGE`: who has read, received or only been sent a message
 * (/pod/v1/message/{id}/status). One row (or JSON item) per user, tagged with its list.
 */
class StatusCommand final : public IdArgumentCommand
{
    Q_OBJECT

public:
    using IdArgumentCommand::IdArgumentCommand;

    void start() override
    {
        sendParsed(Requests::messageStatus(id()), &Parse::messageStatus, [this](const MessageStatus &s) {
            out().setColumns({{tr("STATE"), 9}, {tr("USER ID"), 16}, {tr("USERNAME"), 16}, {tr("NAME"), 24},
                                 {tr("EMAIL"), 32}, {tr("TIME"), 24}},
                tr("No status."));
            write(u"author"_s, s.author);
            for (const StatusUser &u : s.read)
                write(u"read"_s, u);
            for (const StatusUser &u : s.delivered)
                write(u"delivered"_s, u);
            for (const StatusUser &u : s.sent)
                write(u"sent"_s, u);
            reportProblems(m_problems);
            done(Success);
        });
    }

private:
    void write(const QString &state, const StatusUser &u)
    {
        if (u.raw.isEmpty())
            return;
        m_problems += u.problems.isEmpty() ? 0 : 1;
        if (out().isJson()) {
            QJsonObject derived {{u"state"_s, state}, {u"messageId"_s, Ids::normalized(id())},
                {u"problems"_s, QJsonArray::fromStringList(u.problems)}};
            if (u.userId > 0)
                derived.insert(u"userId"_s, u.userId);
            if (u.timestamp > 0)
                derived.insert(u"timeIso"_s, Commands::isoOrEmpty(u.timestamp));
            out().addItem(Commands::withInspector(u.raw, derived));
            return;
        }
        const QString name = DisplayName::of(u);
        out().addRow(
            {state, QString::number(u.userId), u.userName, name, u.email, Commands::isoOrEmpty(u.timestamp)});
    }

    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::status(const CommandContext &context)
{
    return std::make_unique<StatusCommand>(context, IdArgumentCommand::Kind::Message);
}

} // namespace Inspector::Cli

#include "statuscommand.moc"
