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

/**
 * @brief `health`: the extended health check, read even when the agent answers 503.
 *
 * A 503 from /agent/v3/health/extended is the agent's DOWN report, not a failure of the call
 * (the request accepts it as an answer, so it is neither retried nor an error).
 */
class HealthCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        // Requests::healthExtended() accepts the agent's 503 DOWN report as an answer.
        m_job = client()->send(Requests::healthExtended());
        connect(m_job, &ApiJob::finished, this, [this](ApiJob *job) {
            if (!job->isSuccess()) {
                fail(job->error());
                return;
            }
            if (tryReport(job->response()))
                return;
            const auto parsed = Parse::health(job->response().body);
            fail(ApiError::badResponse(
                job->request().description, parsed.ok() ? tr("the report has no status.") : parsed.error));
        });
    }

private:
    bool tryReport(const ApiResponse &response)
    {
        const auto parsed = Parse::health(response.body);
        if (!parsed.ok() || parsed.value.status.isEmpty())
            return false;
        report(parsed.value, response.status);
        return true;
    }

    /// What a DOWN component means, in the words of the GUI's diagnostics board (one source).
    static QString note(const HealthComponent &c)
    {
        if (c.isUp())
            return {};
        return tr("%1 is DOWN: %2").arg(c.name, c.meaning());
    }

    void report(const Health &health, int httpStatus)
    {
        QList<HealthComponent> all;
        for (const auto *map : {&health.services, &health.users}) {
            for (const HealthComponent &c : *map)
                all.append(c);
        }
        QStringList notes;
        QJsonArray down;
        for (const HealthComponent &c : std::as_const(all)) {
            if (!c.isUp())
                down.append(QString(c.group + u'.' + c.name));
            if (const QString n = note(c); !n.isEmpty())
                notes.append(n);
        }
        if (out().isJson()) {
            out().addItem(Commands::withInspector(health.raw,
                {{u"httpStatus"_s, httpStatus}, {u"allUp"_s, health.allUp()}, {u"down"_s, down},
                    {u"notes"_s, QJsonArray::fromStringList(notes)},
                    {u"problems"_s, QJsonArray::fromStringList(health.problems)}}));
        } else {
            QString agent = health.status;
            if (!health.version.isEmpty())
                agent += tr(" (version %1)").arg(health.version);
            out().addFields({{tr("Agent"), agent}});
            out().setColumns({{tr("GROUP"), 8}, {tr("COMPONENT"), 20}, {tr("STATUS"), 6}, {tr("VERSION"), 16},
                                 {tr("AUTH"), 4}, {tr("MESSAGE"), 0}},
                tr("The agent reported no components."));
            for (const HealthComponent &c : std::as_const(all))
                out().addRow({c.group, c.name, c.status.isEmpty() ? u"?"_s : c.status, c.version, c.authType,
                    c.message});
            for (const QString &n : std::as_const(notes))
                out().addNote(n);
        }
        done(health.allUp() ? Success : HealthDown);
    }

    QPointer<ApiJob> m_job;
};

} // namespace

std::unique_ptr<Command> Commands::health(const CommandContext &context)
{
    return std::make_unique<HealthCommand>(context);
}

} // namespace Inspector::Cli

#include "healthcommand.moc"
