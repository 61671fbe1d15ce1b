// SPDX-License-Identifier: Apache-2.0
#include "archive/location.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

QString Location::display() const
{
    if (kind == Kind::SQLite)
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

Result<Location> Location::parse(const QString &text)
{
    Location location;
    if (text.trimmed().isEmpty())
        return LocalError(tr("The archive is empty: give a file or a postgresql:// URL."));
    if (!text.startsWith("postgresql://"_L1) && !text.startsWith("postgres://"_L1)) {
        location.path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return LocalError(
            tr("\"%1\" is not a PostgreSQL URL of the form postgresql://user@host:port/database.")
                .arg(url.toDisplayString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return LocalError(
            tr("The archive URL holds a password, which would show in the process list: take it "
               "out and set PGPASSWORD, use ~/.pgpass, or keep it in the profile's keychain entry."));
    location.kind = Kind::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return LocalError(tr("The archive URL names no database: postgresql://user@host:port/DATABASE."));
    if (location.user.isEmpty())
        location.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    return location;
}

} // namespace Inspector::Archive
