// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "commands.h"
#include "data/ids.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `rooms QUERY`: room search (/pod/v3/room/search). */
class RoomsCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        out().setColumns({{tr("ID"), 36}, {tr("NAME"), 32}, {tr("ACTIVE"), 6}, {tr("PUBLIC"), 6},
                             {tr("CREATED"), 24}, {tr("DESCRIPTION"), 60}},
            tr("No rooms match."));
        const QJsonObject criteria {{u"query"_s, cli().arguments().join(u' ')}};
        Pager *pager = Fetch::roomSearch(client(), criteria, [this](const QList<RoomDetail> &page) {
            for (const RoomDetail &r : page)
                write(r);
        });
        run(pager, tr("rooms"), [this] {
            reportProblems(m_problems);
            done(Success);
        });
    }

private:
    void write(const RoomDetail &r)
    {
        m_problems += r.problems.isEmpty() ? 0 : 1;
        const QString id = r.roomSystemInfo.id;
        if (out().isJson()) {
            QJsonObject derived {{u"standardId"_s, Ids::toStandardJson(id)},
                {u"problems"_s, QJsonArray::fromStringList(r.problems)}};
            if (r.roomSystemInfo.creationDate > 0)
                derived.insert(u"createdIso"_s, Commands::isoOrEmpty(r.roomSystemInfo.creationDate));
            out().addItem(Commands::withInspector(r.raw, derived));
            return;
        }
        out().addRow({id, r.roomAttributes.name, Commands::yesNo(r.roomSystemInfo.active),
            Commands::yesNo(r.roomAttributes.isPublic), Commands::isoOrEmpty(r.roomSystemInfo.creationDate),
            r.roomAttributes.description});
    }

    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::rooms(const CommandContext &context)
{
    return std::make_unique<RoomsCommand>(context);
}

} // namespace Inspector::Cli

#include "roomscommand.moc"
