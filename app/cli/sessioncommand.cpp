// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/requests.h"
#include "api/timesource.h"
#include "commands.h"
#include "data/parse.h"
#include "data/times.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `session`: who the session belongs to (/pod/v2/sessioninfo) and how long its tokens live. */
class SessionCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        sendParsed(Requests::sessionInfo(), &Parse::user, [this](const User &u) { report(u); });
    }

private:
    void report(const User &u)
    {
        const std::optional<qint64> expires = client()->sessionExpiresAtMs();
        const bool km = client()->hasKeyManagerToken();
        QString kmNote = client()->keyManagerNote();
        if (!km && kmNote.isEmpty() && client()->credentials().mode == Credentials::Mode::Tokens)
            kmNote = tr("no key manager token was given (--km-token-file or SYMPHONY_KM_TOKEN)");
        const qint64 now = client()->time()->nowMs();

        if (out().isJson()) {
            QJsonObject derived {
                {u"keyManagerToken"_s, km}, {u"problems"_s, QJsonArray::fromStringList(u.problems)}};
            if (expires) {
                derived.insert(u"sessionTokenExpiresAt"_s, *expires);
                derived.insert(u"sessionTokenExpiresAtIso"_s, Times::toIso(*expires));
                derived.insert(u"sessionTokenSecondsLeft"_s, (*expires - now) / 1000);
            } else {
                derived.insert(u"sessionToken"_s, u"opaque"_s);
            }
            if (!kmNote.isEmpty())
                derived.insert(u"keyManagerNote"_s, kmNote);
            out().addItem(Commands::withInspector(u.raw, derived));
            done(Success);
            return;
        }
        QString sessionLine = tr("opaque (not a JWT: its lifetime is not known)");
        if (expires) {
            const qint64 left = (*expires - now) / 1000;
            sessionLine = left >= 0
                ? tr("expires %1 (in %2 min %3 s)").arg(Times::toIso(*expires)).arg(left / 60).arg(left % 60)
                : tr("expired %1").arg(Times::toIso(*expires));
        }
        QString kmLine = km ? tr("in use") : tr("not in use");
        if (!km && !kmNote.isEmpty())
            kmLine += u" ("_s + kmNote + u')';
        out().addFields({{tr("User id"), QString::number(u.id)}, {tr("Username"), u.username},
            {tr("Display name"), u.displayName}, {tr("Email"), u.emailAddress}, {tr("Company"), u.company},
            {tr("Account type"), u.accountType}, {tr("Roles"), u.roles.join(u", "_s)},
            {tr("Session token"), sessionLine}, {tr("Key manager token"), kmLine}});
        reportProblems(u.problems.isEmpty() ? 0 : 1);
        done(Success);
    }
};

} // namespace

std::unique_ptr<Command> Commands::session(const CommandContext &context)
{
    return std::make_unique<SessionCommand>(context);
}

} // namespace Inspector::Cli

#include "sessioncommand.moc"
