// SPDX-License-Identifier: Apache-2.0
#include "api/apiclient.h"
#include "api/apijob.h"
#include "commands.h"
#include "console.h"
#include "exitcode.h"
#include "live/datafeedreader.h"
#include "live/liverequests.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `feeds`: the account's active datafeeds, and `feeds --delete ID` to remove a stale one.
 *
 * A pod allows only a few active feeds per account (20), and the datafeed expires only after
 * 30 minutes without a read, so abandoned feeds pile up; this is how to see and clean them.
 */
class FeedsCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        m_delete = cli().value(u"delete"_s).trimmed();
        if (cli().isSet(u"delete"_s) && m_delete.isEmpty())
            return LocalError(tr("--delete wants the id of a datafeed (see \"feeds\")."));
        return {};
    }

    void start() override
    {
        if (!m_delete.isEmpty()) {
            deleteFeed();
            return;
        }
        send(LiveRequests::listDatafeeds(), [this](ApiJob *job) {
            const Result<QList<Live::DatafeedInfo>> parsed
                = Live::DatafeedInfo::parseList(job->response().body);
            if (!parsed) {
                fail(ApiError::badResponse(job->request().description, parsed.error().message()));
                return;
            }
            const QList<Live::DatafeedInfo> &feeds = parsed.value();
            if (!out().isJson())
                out().setColumns({{tr("ID"), 0}, {tr("TYPE"), 10}, {tr("KIND"), 8}, {tr("CREATED"), 24}},
                    tr("No active datafeeds."));
            for (const Live::DatafeedInfo &f : feeds) {
                const QString kind = f.isDatafeed() ? u"datafeed"_s : u"datahose"_s;
                if (out().isJson())
                    out().addItem(Commands::withInspector(
                        f.raw, {{u"kind"_s, kind}, {u"created"_s, Commands::isoOrEmpty(f.createdAt)}}));
                else
                    out().addRow({f.id, f.type, kind, Commands::isoOrEmpty(f.createdAt)});
            }
            done(Success);
        });
    }

private:
    void deleteFeed()
    {
        ApiJob *job = client()->send(LiveRequests::deleteDatafeed(m_delete));
        connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
            if (j->isSuccess()) {
                if (out().isJson())
                    out().addItem({{u"id"_s, m_delete}, {u"deleted"_s, true}});
                else
                    out().addNote(tr("Deleted the datafeed %1.").arg(m_delete));
                done(Success);
                return;
            }
            ApiError error = j->error();
            // The agent answers 400 for a feed that does not exist (any more).
            if (error.httpStatus == 400) {
                error.kind = ApiError::Kind::NotFound;
                error.message = tr("No active datafeed has the id %1%2.")
                                    .arg(m_delete,
                                        error.serverMessage.isEmpty() ? QString()
                                                                      : u" ("_s + error.serverMessage + u')');
            }
            fail(error);
        });
    }

    QString m_delete;
};

} // namespace

std::unique_ptr<Command> Commands::feeds(const CommandContext &context)
{
    return std::make_unique<FeedsCommand>(context);
}

} // namespace Inspector::Cli

#include "feedscommand.moc"
