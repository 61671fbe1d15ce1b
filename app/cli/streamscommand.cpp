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

QString memberList(const QList<qint64> &members)
{
    QStringList ids;
    for (qint64 id : members)
        ids.append(QString::number(id));
    return ids.join(u',');
}

/**
 * @brief `streams`: the caller's streams, the enterprise's (--admin) or one user's (--user).
 */
class StreamsCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        if (cli().isSet(u"admin"_s) && cli().isSet(u"user"_s))
            return LocalError(tr(
                "--admin and --user do not go together: --user already uses the admin listing of one user."));
        if (cli().isSet(u"user"_s)) {
            bool ok = false;
            m_userId = cli().value(u"user"_s).toLongLong(&ok);
            if (!ok || m_userId <= 0)
                return LocalError(
                    tr("--user wants a numeric user id, not \"%1\".").arg(cli().value(u"user"_s)));
        }
        const Result<Requests::StreamFilter> filter = Commands::readStreamFilter(cli(),
            tr("--type POST: the enterprise listing has no POST streams (walls); list them without "
               "--admin."));
        if (!filter)
            return filter.error();
        m_filter = filter.value();
        return {};
    }

    void start() override
    {
        if (cli().isSet(u"admin"_s)) {
            out().setColumns({{tr("ID"), 36}, {tr("TYPE"), 4}, {tr("NAME"), 32}, {tr("ORIGIN"), 8},
                                 {tr("ACTIVE"), 6}, {tr("MEMBERS"), 7, true}, {tr("LAST MESSAGE"), 24}},
                tr("No streams."));
            Pager *pager = Fetch::adminStreams(client(), m_filter, [this](const QList<AdminStream> &page) {
                for (const AdminStream &s : page)
                    writeAdmin(s);
            });
            run(pager, tr("streams"), [this] { finishList(); });
            return;
        }
        out().setColumns(
            {{tr("ID"), 36}, {tr("TYPE"), 4}, {tr("NAME"), 40}, {tr("ACTIVE"), 6}, {tr("CROSS-POD"), 9}},
            tr("No streams."));
        const auto sink = [this](const QList<Stream> &page) {
            for (const Stream &s : page)
                write(s);
        };
        Pager *pager = m_userId > 0 ? Fetch::userStreams(client(), m_userId, m_filter, sink)
                                    : Fetch::streams(client(), m_filter, sink);
        run(pager, tr("streams"), [this] { finishList(); });
    }

private:
    void write(const Stream &s)
    {
        m_problems += s.problems.isEmpty() ? 0 : 1;
        if (out().isJson()) {
            out().addItem(Commands::withInspector(s.raw,
                {{u"standardId"_s, Ids::toStandardJson(s.id)},
                    {u"problems"_s, QJsonArray::fromStringList(s.problems)}}));
            return;
        }
        const QString name = s.roomName.isEmpty() ? memberList(s.members) : s.roomName;
        out().addRow({s.id, s.type, name, Commands::yesNo(s.active), Commands::yesNo(s.crossPod)});
    }

    void writeAdmin(const AdminStream &s)
    {
        m_problems += s.problems.isEmpty() ? 0 : 1;
        const auto last = s.attributes.lastMessageDate;
        if (out().isJson()) {
            QJsonObject derived {{u"standardId"_s, Ids::toStandardJson(s.id)},
                {u"problems"_s, QJsonArray::fromStringList(s.problems)}};
            if (last)
                derived.insert(u"lastMessageIso"_s, Commands::isoOrEmpty(*last));
            out().addItem(Commands::withInspector(s.raw, derived));
            return;
        }
        const QString name
            = s.attributes.roomName.isEmpty() ? memberList(s.attributes.members) : s.attributes.roomName;
        out().addRow({s.id, s.type, name, s.origin, Commands::yesNo(s.isActive),
            QString::number(s.attributes.membersCount), last ? Commands::isoOrEmpty(*last) : QString()});
    }

    void finishList()
    {
        reportProblems(m_problems);
        done(Success);
    }

    Requests::StreamFilter m_filter;
    qint64 m_userId = 0;
    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::streams(const CommandContext &context)
{
    return std::make_unique<StreamsCommand>(context);
}

} // namespace Inspector::Cli

#include "streamscommand.moc"
