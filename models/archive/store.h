// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

#include "archive/location.h"
#include "data/localresult.h"

class QSqlError;

namespace Inspector::Archive {

/**
 * @brief One connection to an archive, set up the same way every time it opens.
 *
 * A Store is used on the thread that opened it. Opening for writing creates the archive (a SQLite
 * file is made with mode 0600 before SQLite touches it), checks the schema version and runs the
 * forward migrations, each in its own transaction; opening for reading never writes and refuses an
 * archive whose schema is newer than this program or older than it can read without migrating.
 * Every SQLite connection gets `foreign_keys`, `busy_timeout` and (writing) WAL with
 * `synchronous=NORMAL`, which loses nothing a process kill could take: a committed transaction is
 * in the WAL file.
 *
 * The SQL the two backends do not share is in one place: Dialect (schema.cpp).
 */
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::Store)
public:
    enum class Mode
    {
        Read,
        Write
    };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (Write: creates or migrates) the archive. @p password is for PostgreSQL (may be empty:
    /// libpq then reads PGPASSWORD and ~/.pgpass itself).
    static Result<std::unique_ptr<Store>> open(
        const Location &location, Mode mode, const QString &password = {});
    /// open() for writing, then lockForWriting(): the archive's one writer, or the reason why not.
    static Result<std::unique_ptr<Store>> openWriter(const Location &location, const QString &password = {});

    const Location &location() const { return m_location; }
    bool isPostgres() const { return m_location.isPostgres(); }
    Mode mode() const { return m_mode; }
    int schemaVersion() const { return m_version; }
    QSqlDatabase database() const;

    /// A prepared statement for @p sql, prepared once per connection and reused.
    Result<QSqlQuery *> prepared(const QString &sql);
    /// Runs one statement that returns nothing.
    Result<> exec(const QString &sql);
    /// The first column of the first row of @p sql (bound in order), or an invalid QVariant.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Executes a prepared statement with @p values bound in order.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});

    Result<> begin();
    Result<> commit();
    void rollback();

    QString meta(const QString &key) const;
    Result<> setMeta(const QString &key, const QString &value);

    /// Makes this connection the archive's one writer (a lock file beside a SQLite archive, an
    /// advisory lock in PostgreSQL), held until the store closes. Fails at once when another
    /// process writes to the archive; a lock left by a process that died is taken over.
    Result<> lockForWriting();

    /// Bytes on disk (SQLite: the file and its WAL) or the database's size (PostgreSQL).
    qint64 sizeOnDisk();

    /// A sentence about a failed statement, naming the archive.
    LocalError failure(const QSqlError &error) const;

private:
    Store(const Location &location, Mode mode);
    Result<> connect(const QString &password);
    Result<> configure();
    Result<> migrate();
    /// The schema version the archive holds now (0: no schema yet).
    Result<int> storedVersion();

    Location m_location;
    Mode m_mode;
    QString m_connection;
    int m_version = 0;
    QHash<QString, QSqlQuery *> m_statements;
    std::unique_ptr<QLockFile> m_lock;
    bool m_advisoryLock = false; ///< PostgreSQL: this session holds the writer lock
};

} // namespace Inspector::Archive
