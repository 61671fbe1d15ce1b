// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "data/localresult.h"

namespace Inspector::Archive {

/**
 * @brief Where an archive lives: a SQLite file, or a PostgreSQL database.
 *
 * Parsed from what the user types after `--archive` or `archive sync`: a path, or
 * `postgresql://user@host:port/database` (`postgres://` too). A password in the URL is refused:
 * it would show in the process list; it comes from PGPASSWORD, ~/.pgpass or the keychain.
 */
struct Location
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::Location)
public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };
    Kind kind = Kind::SQLite;
    QString path; ///< SQLite: the file
    QString host; ///< PostgreSQL
    int port = 5432;
    QString user;
    QString database;

    bool isPostgres() const { return kind == Kind::PostgreSQL; }
    /// For messages: the file path, or the URL without any password.
    QString display() const;

    static Result<Location> parse(const QString &text);
};

} // namespace Inspector::Archive
