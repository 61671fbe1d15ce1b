// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/fetch.h"
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
 * @brief `members STREAM`: a room's membership, or the admin membership list.
 *
 * The stream's type decides: rooms use the member API (/pod/v2/room/{id}/membership/list), other
 * streams (and any stream with --admin) the admin list with names and emails. Asking for the
 * stream's info first also turns an unknown stream into a clear "not found".
 */
class MembersCommand final : public IdArgumentCommand
{
    Q_OBJECT

public:
    using IdArgumentCommand::IdArgumentCommand;

    void start() override
    {
        sendParsed(Requests::streamInfo(id()), &Parse::streamInfo, [this](const StreamInfo &info) {
            if (info.type == "ROOM"_L1 && !cli().isSet(u"admin"_s))
                listRoomMembers();
            else
                listAdminMembers();
        });
    }

private:
    void listRoomMembers()
    {
        sendParsed(
            Requests::roomMembers(id()), &Parse::roomMembers, [this](const QList<RoomMember> &members) {
                out().setColumns(
                    {{tr("USER ID"), 16}, {tr("TENANT"), 6, true}, {tr("OWNER"), 5}, {tr("JOINED"), 24}},
                    tr("The room has no members."));
                int problems = 0;
                for (const RoomMember &m : members) {
                    problems += m.problems.isEmpty() ? 0 : 1;
                    if (out().isJson()) {
                        QJsonObject derived {{u"tenantId"_s, m.id >> 36},
                            {u"problems"_s, QJsonArray::fromStringList(m.problems)}};
                        if (m.joinDate > 0)
                            derived.insert(u"joinDateIso"_s, Commands::isoOrEmpty(m.joinDate));
                        out().addItem(Commands::withInspector(m.raw, derived));
                    } else {
                        out().addRow({QString::number(m.id), QString::number(m.id >> 36),
                            Commands::yesNo(m.owner), Commands::isoOrEmpty(m.joinDate)});
                    }
                }
                reportProblems(problems);
                done(Success);
            });
    }

    void listAdminMembers()
    {
        out().setColumns({{tr("USER ID"), 16}, {tr("NAME"), 24}, {tr("EMAIL"), 32}, {tr("COMPANY"), 16},
                             {tr("EXTERNAL"), 8}, {tr("OWNER"), 5}, {tr("CREATOR"), 7}, {tr("JOINED"), 24}},
            tr("The stream has no members."));
        Pager *pager = Fetch::adminMembers(client(), id(), [this](const QList<AdminMember> &page) {
            for (const AdminMember &m : page) {
                m_problems += m.problems.isEmpty() ? 0 : 1;
                if (out().isJson()) {
                    QJsonObject derived {{u"tenantId"_s, m.user.userId >> 36},
                        {u"problems"_s, QJsonArray::fromStringList(m.problems)}};
                    if (m.joinDate > 0)
                        derived.insert(u"joinDateIso"_s, Commands::isoOrEmpty(m.joinDate));
                    out().addItem(Commands::withInspector(m.raw, derived));
                    continue;
                }
                const QString name = DisplayName::of(m.user);
                out().addRow({QString::number(m.user.userId), name, m.user.email, m.user.company,
                    Commands::yesNo(m.user.isExternal), Commands::yesNo(m.isOwner),
                    Commands::yesNo(m.isCreator), Commands::isoOrEmpty(m.joinDate)});
            }
        });
        run(pager, tr("members"), [this] {
            reportProblems(m_problems);
            done(Success);
        });
    }

    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::members(const CommandContext &context)
{
    return std::make_unique<MembersCommand>(context, IdArgumentCommand::Kind::Stream);
}

} // namespace Inspector::Cli

#include "memberscommand.moc"
