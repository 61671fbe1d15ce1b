// SPDX-License-Identifier: Apache-2.0
#pragma once

// A real PostgreSQL 15 for the archive's suites: a server of its own in a temporary folder, on a
// free loopback port, with a login role that has a password (given to libpq through PGPASSWORD, as
// a user gives it) and a fresh database for every test. Started by initTestCase, stopped and
// removed by its destructor, whatever happened in between. As root, the server runs as the
// `postgres` user (it refuses to run as root). No skipping: a missing PostgreSQL fails the suite
// with what to install.

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <optional>

#include "archive/location.h"

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Inspector::TestSupport {

class PostgresServer
{
public:
    /// Where Debian's postgresql-15 puts its programs; INSPECTOR_PG_BINDIR overrides it.
    static QString binDir()
    {
        const QString dir = qEnvironmentVariable("INSPECTOR_PG_BINDIR");
        return dir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : dir;
    }

    PostgresServer() = default;
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;
    ~PostgresServer() { stop(); }

    /// Starts the server; an empty string, or why it could not.
    QString start()
    {
        if (!QFileInfo(binDir() + QStringLiteral("/pg_ctl")).isExecutable())
            return QStringLiteral("PostgreSQL 15 is not installed (no %1/pg_ctl): install the Debian "
                                  "package postgresql-15 (./run does).")
                .arg(binDir());
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("The Qt SQL driver QPSQL is missing: install the Debian package "
                                  "libqt6sql6-psql (./run does).");
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw)
                return QStringLiteral("Running as root, but there is no `postgres` user to run the "
                                      "server as (the Debian package postgresql-15 creates it).");
            m_uid = pw->pw_uid;
            m_gid = pw->pw_gid;
            m_asPostgres = true;
        }
        // In /tmp, which the postgres user can reach whatever TMPDIR root has.
        m_dir.emplace((m_asPostgres ? QStringLiteral("/tmp") : QDir::tempPath())
            + QStringLiteral("/inspector-pg-XXXXXX"));
        if (!m_dir->isValid())
            return QStringLiteral("Could not make a temporary folder for PostgreSQL.");
        if (m_asPostgres && ::chown(QFile::encodeName(m_dir->path()).constData(), m_uid, m_gid) != 0)
            return QStringLiteral("Could not give %1 to the postgres user.").arg(m_dir->path());
        if (!QDir(m_dir->path()).mkdir(QStringLiteral("socket")))
            return QStringLiteral("Could not make the socket folder.");
        if (m_asPostgres && ::chown(QFile::encodeName(socketDir()).constData(), m_uid, m_gid) != 0)
            return QStringLiteral("Could not give %1 to the postgres user.").arg(socketDir());

        QString output;
        if (!runTool(QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
                    QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                    QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-locale"), QStringLiteral("-N")},
                &output))
            return QStringLiteral("initdb failed: %1").arg(output);

        // A port that was free a moment ago; another process may take it first, so try again.
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (m_port <= 0)
                return QStringLiteral("No free loopback port for PostgreSQL.");
            QFile conf(dataDir() + QStringLiteral("/postgresql.auto.conf"));
            if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return QStringLiteral("Could not write %1.").arg(conf.fileName());
            conf.write(QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\n"
                                      "unix_socket_directories = '%2'\nfsync = off\n"
                                      "synchronous_commit = off\nfull_page_writes = off\n"
                                      "max_connections = 40\nshared_buffers = 32MB\n")
                           .arg(m_port)
                           .arg(socketDir())
                           .toUtf8());
            conf.close();
            if (runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                        m_dir->filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                        QStringLiteral("60"), QStringLiteral("start")},
                    &output)) {
                m_running = true;
                break;
            }
        }
        if (!m_running)
            return QStringLiteral("PostgreSQL did not start: %1\n%2").arg(output, serverLog());

        m_admin = QStringLiteral("inspector-pg-admin-%1").arg(quintptr(this));
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
        admin.setHostName(socketDir());
        admin.setPort(m_port);
        admin.setUserName(superuser());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            return QStringLiteral("Could not connect to the fixture's PostgreSQL: %1")
                .arg(admin.lastError().text());
        QString error;
        if (!adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user(), password()), &error))
            return error;
        // libpq reads it, as it would for a user: never in a URL or on a command line.
        m_oldPassword = qgetenv("PGPASSWORD");
        m_hadPassword = qEnvironmentVariableIsSet("PGPASSWORD");
        qputenv("PGPASSWORD", password().toUtf8());
        return {};
    }

    /// Stops the server at once and removes its folder.
    void stop()
    {
        if (!m_admin.isEmpty()) {
            QSqlDatabase::database(m_admin, false).close();
            QSqlDatabase::removeDatabase(m_admin);
            m_admin.clear();
        }
        if (m_running) {
            QString output;
            runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                    QStringLiteral("-w"), QStringLiteral("stop")},
                &output);
            m_running = false;
            if (m_hadPassword)
                qputenv("PGPASSWORD", m_oldPassword);
            else
                qunsetenv("PGPASSWORD");
        }
        m_dir.reset();
    }

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    static QString user() { return QStringLiteral("inspector"); }
    static QString password() { return QStringLiteral("fixture-only-secret"); }

    /// A new empty database owned by user(); its name, or an empty string and @p error.
    QString createDatabase(QString *error)
    {
        static QAtomicInt counter;
        const QString name = QStringLiteral("archive_%1").arg(counter.fetchAndAddRelaxed(1) + 1);
        if (!adminExec(
                QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0").arg(name, user()), error))
            return {};
        return name;
    }

    /// Where a suite that runs on both backends makes its next new archive: a new file in @p dir,
    /// or (@p postgres) the URL of a new database; an empty string and @p error when it cannot.
    QString newArchive(const QTemporaryDir &dir, bool postgres, QString *error)
    {
        static QAtomicInt files;
        if (!postgres)
            return dir.filePath(QStringLiteral("a%1.sqlite").arg(files.fetchAndAddRelaxed(1) + 1));
        const QString database = createDatabase(error);
        return database.isEmpty() ? QString() : url(database);
    }

    /// What a user types: no password in it.
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
    }

    /// Runs @p sql as the superuser in the maintenance database.
    bool adminExec(const QString &sql, QString *error)
    {
        QSqlQuery q(QSqlDatabase::database(m_admin, false));
        if (q.exec(sql))
            return true;
        if (error)
            *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return false;
    }

    QString serverLog() const
    {
        if (!m_dir)
            return {};
        QFile log(m_dir->filePath(QStringLiteral("log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString();
    }

private:
    static QString superuser() { return QStringLiteral("postgres"); }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString socketDir() const { return m_dir->filePath(QStringLiteral("socket")); }

    static int freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return -1;
        return probe.serverPort();
    }

    /// Runs a PostgreSQL program (as the postgres user when root); true when it exits with 0.
    bool runTool(const QString &tool, const QStringList &args, QString *output) const
    {
        QProcess process;
        const QString program = binDir() + u'/' + tool;
        if (m_asPostgres) {
            process.setProgram(QStringLiteral("runuser"));
            process.setArguments(
                QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                + args);
        } else {
            process.setProgram(program);
            process.setArguments(args);
        }
        process.setWorkingDirectory(m_dir->path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        // pg_ctl's server inherits the descriptors: give it none of ours to hold open.
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        if (!process.waitForStarted(10000)) {
            *output = QStringLiteral("%1 did not start: %2").arg(process.program(), process.errorString());
            return false;
        }
        process.waitForFinished(120000);
        *output = QString::fromLocal8Bit(process.readAll());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    std::optional<QTemporaryDir> m_dir;
    bool m_asPostgres = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    int m_port = 0;
    bool m_running = false;
    QString m_admin;
    QByteArray m_oldPassword;
    bool m_hadPassword = false;
};

/// A connection of the test's own (not through the archive's code) to @p location, named @p name
/// and not opened yet: SQLite, the file (read-only when @p readOnly); PostgreSQL, the database.
inline QSqlDatabase archiveConnection(
    const Archive::Location &location, const QString &name, bool readOnly = false)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        location.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (location.isPostgres()) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
    } else {
        db.setDatabaseName(location.path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    return db;
}

} // namespace Inspector::TestSupport
