// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QSet>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "commands.h"
#include "console.h"
#include "data/displayname.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `users [ID...] [--email E...] [--username U...]`: /pod/v3/users lookups, one kind of value
 * after the other (the API takes one list per call), in batches of 100.
 *
 * Values that matched nobody (listed in the answer's `errors`, or simply absent) are named in one
 * line on standard error and make the exit code 6; the users found are still written.
 */
class UsersCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        for (const QString &arg : cli().arguments()) {
            for (const QString &part : arg.split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return LocalError(
                        tr("\"%1\" is not a user id (a positive number); use --email or --username "
                           "for other lookups.")
                            .arg(part));
                m_ids.append(QString::number(id));
            }
        }
        for (const QString &e : cli().values(u"email"_s))
            m_emails += e.split(u',', Qt::SkipEmptyParts);
        for (const QString &u : cli().values(u"username"_s))
            m_usernames += u.split(u',', Qt::SkipEmptyParts);
        if (m_ids.isEmpty() && m_emails.isEmpty() && m_usernames.isEmpty())
            return LocalError(tr("\"users\" needs user ids, --email or --username values."));
        return {};
    }

    void start() override
    {
        out().setColumns({{tr("ID"), 16}, {tr("USERNAME"), 20}, {tr("NAME"), 24}, {tr("EMAIL"), 32},
                             {tr("COMPANY"), 16}, {tr("TYPE"), 6}, {tr("TENANT"), 6, true}},
            tr("No users found."));
        lookUpNext();
    }

private:
    void lookUpNext()
    {
        using Key = Requests::UserKey;
        Key key = Key::Id;
        QStringList values;
        if (!m_ids.isEmpty()) {
            values = std::exchange(m_ids, {});
        } else if (!m_emails.isEmpty()) {
            key = Key::Email;
            values = std::exchange(m_emails, {});
        } else if (!m_usernames.isEmpty()) {
            key = Key::Username;
            values = std::exchange(m_usernames, {});
        } else {
            finishLookups();
            return;
        }
        values.removeDuplicates();
        Pager *pager = Fetch::users(
            client(), key, values, cli().isSet(u"local"_s), [this, key](const QList<UserList> &lists) {
                for (const UserList &l : lists)
                    accept(key, l);
            });
        run(pager, tr("users"), [this, key, values] {
            for (const QString &v : values) {
                if (!found(key, v))
                    m_missing.append(label(key) + u' ' + v);
            }
            lookUpNext();
        });
    }

    static QString label(Requests::UserKey key)
    {
        switch (key) {
        case Requests::UserKey::Id:
            return tr("id");
        case Requests::UserKey::Email:
            return tr("email");
        case Requests::UserKey::Username:
            return tr("username");
        }
        return {};
    }

    bool found(Requests::UserKey key, const QString &value) const
    {
        switch (key) {
        case Requests::UserKey::Id:
            return m_foundIds.contains(value);
        case Requests::UserKey::Email:
            return m_foundEmails.contains(value.toLower());
        case Requests::UserKey::Username:
            return m_foundUsernames.contains(value.toLower());
        }
        return false;
    }

    void accept(Requests::UserKey key, const UserList &list)
    {
        m_problems += list.problems.isEmpty() ? 0 : 1;
        for (const User &u : list.users) {
            m_foundIds.insert(QString::number(u.id));
            if (!u.emailAddress.isEmpty())
                m_foundEmails.insert(u.emailAddress.toLower());
            if (!u.username.isEmpty())
                m_foundUsernames.insert(u.username.toLower());
            m_problems += u.problems.isEmpty() ? 0 : 1;
            if (out().isJson()) {
                out().addItem(Commands::withInspector(u.raw,
                    {{u"tenantId"_s, u.id >> 36}, {u"lookedUpBy"_s, label(key)},
                        {u"problems"_s, QJsonArray::fromStringList(u.problems)}}));
                continue;
            }
            const QString name = DisplayName::of(u);
            out().addRow({QString::number(u.id), u.username, name, u.emailAddress, u.company, u.accountType,
                QString::number(u.id >> 36)});
        }
        for (const UserError &e : list.errors) {
            const QString value = e.id.isEmpty() ? e.email : e.id;
            if (!value.isEmpty() && !m_errors.contains(value))
                m_errors.insert(value, e.error);
        }
    }

    void finishLookups()
    {
        reportProblems(m_problems);
        if (m_missing.isEmpty()) {
            done(Success);
            return;
        }
        QStringList described;
        for (const QString &m : std::as_const(m_missing)) {
            const QString value = m.section(u' ', 1);
            const QString why = m_errors.value(value);
            described.append(why.isEmpty() ? m : m + u" ("_s + why + u')');
        }
        console().error(tr("No user was found for: %1.").arg(described.join(u", "_s)));
        done(NotFound);
    }

    QStringList m_ids, m_emails, m_usernames;
    QSet<QString> m_foundIds, m_foundEmails, m_foundUsernames;
    QHash<QString, QString> m_errors;
    QStringList m_missing;
    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::users(const CommandContext &context)
{
    return std::make_unique<UsersCommand>(context);
}

} // namespace Inspector::Cli

#include "userscommand.moc"
