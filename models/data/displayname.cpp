// SPDX-License-Identifier: Apache-2.0
#include "data/displayname.h"

#include "data/receipt.h"
#include "data/stream.h"
#include "data/user.h"

namespace Inspector::DisplayName {

namespace {

bool present(const QString &value)
{
    for (const QChar c : value) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

} // namespace

QString of(const QString &displayName, const QString &email, const QString &username, qint64 userId)
{
    if (present(displayName))
        return displayName;
    if (present(email))
        return email;
    if (present(username))
        return username;
    return userId != 0 ? QString::number(userId) : QString();
}

QString of(const UserRef &user)
{
    return of(user.displayName, user.email, user.username, user.userId);
}

QString of(const User &user)
{
    return of(user.displayName, user.emailAddress, user.username, user.id);
}

QString of(const StatusUser &user)
{
    return of(user.displayName, user.email, user.userName, user.userId);
}

QString of(const AdminMemberUser &user)
{
    // The admin membership record has no user name.
    return of(user.displayName, user.email, QString(), user.userId);
}

} // namespace Inspector::DisplayName
