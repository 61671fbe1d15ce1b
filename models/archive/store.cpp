// SPDX-License-Identifier: Apache-2.0
#include "archive/store.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

#include "archive/schema.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

/// How long a statement waits for another program's write to end (SQLite).
constexpr int BusyTimeoutMs = 10000;

/// The PostgreSQL advisory lock of the archive's one writer (advisory locks are per database).
constexpr qint64 WriterLockKey = 7357001;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"inspector-archive-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

/// Creates @p path with mode 0600 when it does not exist yet, without following a link.
Result<> createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno == EEXIST)
        return {};
    return LocalError(
        Store::tr("Could not create the archive %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno))));
}

} // namespace

Store::Store(const Location &location, Mode mode)
    : m_location(location)
    , m_mode(mode)
    , m_connection(nextConnectionName())
{ }

Store::~Store()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        // The server frees a session's locks after the connection has gone, a moment later: the
        // next writer must find it free as soon as this store is closed.
        if (m_advisoryLock && db.isOpen())
            QSqlQuery(db).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(WriterLockKey));
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<Store>> Store::open(const Location &location, Mode mode, const QString &password)
{
    std::unique_ptr<Store> store(new Store(location, mode));
    if (Result<> r = store->connect(password); !r)
        return r.error();
    if (Result<> r = store->configure(); !r)
        return r.error();
    if (Result<> r = store->migrate(); !r)
        return r.error();
    return store;
}

Result<> Store::connect(const QString &password)
{
    const QString driver = isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return LocalError(tr("The Qt SQL driver %1 is not installed (Debian: %2).")
                              .arg(driver, isPostgres() ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
    if (isPostgres()) {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setDatabaseName(m_location.database);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(u"connect_timeout=10;application_name=symphony-inspector"_s);
    } else {
        const QFileInfo info(m_location.path);
        if (m_mode == Mode::Read && !info.exists())
            return LocalError(tr("There is no archive at %1.").arg(m_location.path));
        if (m_mode == Mode::Write) {
            if (Result<> r = createPrivateFile(m_location.path); !r)
                return r;
        }
        db.setDatabaseName(m_location.path);
        if (m_mode == Mode::Read)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        else
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    }
    if (!db.open())
        return LocalError(
            tr("Could not open the archive %1: %2.").arg(m_location.display(), db.lastError().text()));
    return {};
}

Result<> Store::configure()
{
    if (isPostgres())
        return exec(u"SET client_min_messages TO WARNING"_s);
    QStringList pragmas {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)};
    if (m_mode == Mode::Write) {
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = NORMAL"_s;
    }
    for (const QString &p : std::as_const(pragmas)) {
        QSqlQuery q(database());
        // Turning a new file to WAL needs it to itself for a moment: SQLite answers "locked" at
        // once, without waiting out busy_timeout, while a second program opens the same new
        // archive. Ask again, for as long as busy_timeout would have waited.
        QDeadlineTimer deadline(BusyTimeoutMs);
        while (!q.exec(p)) {
            constexpr int SqliteBusy = 5; // SQLITE_BUSY and its extended codes
            if ((q.lastError().nativeErrorCode().toInt() & 0xff) != SqliteBusy || deadline.hasExpired())
                return failure(q.lastError());
            QThread::msleep(10);
        }
    }
    return {};
}

Result<> Store::migrate()
{
    const QStringList tables = database().tables();
    if (tables.contains(u"meta"_s)) {
        Result<QVariant> v = scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
        if (!v)
            return v.error();
        m_version = v.value().toInt();
        if (m_version < 1)
            return LocalError(
                tr("%1 is not an archive of this program (no schema version).").arg(m_location.display()));
    } else if (!tables.isEmpty()) {
        return LocalError(
            tr("%1 holds other tables and is not an archive of this program.").arg(m_location.display()));
    }
    if (m_version > Schema::Version)
        return LocalError(
            tr("The archive %1 has schema version %2, newer than this program's %3: update the program.")
                .arg(m_location.display())
                .arg(m_version)
                .arg(Schema::Version));
    if (m_version == Schema::Version)
        return {};
    if (m_mode == Mode::Read) {
        if (m_version == 0)
            return LocalError(
                tr("%1 is not an archive yet: run archive sync first.").arg(m_location.display()));
        return LocalError(
            tr("The archive %1 has schema version %2: open it for writing once (archive sync or "
               "archive upgrade) to bring it to version %3.")
                .arg(m_location.display())
                .arg(m_version)
                .arg(Schema::Version));
    }
    const Dialect dialect {isPostgres()};
    for (int version = m_version + 1; version <= Schema::Version; ++version) {
        if (Result<> r = begin(); !r)
            return r;
        // Another program may have migrated since the version was read: wait for it (SQLite's
        // BEGIN IMMEDIATE waits already), then read the version again.
        if (const QString lock = dialect.migrationLock(); !lock.isEmpty()) {
            if (Result<QVariant> r = scalar(lock); !r) {
                rollback();
                return r.error();
            }
        }
        Result<int> current = storedVersion();
        if (!current) {
            rollback();
            return current.error();
        }
        if (current.value() >= version) {
            rollback();
            m_version = current.value();
            version = m_version;
            continue;
        }
        for (const QString &sql : dialect.migration(version)) {
            if (Result<> r = exec(sql); !r) {
                rollback();
                return LocalError(tr("Could not bring the archive to schema version %1: %2")
                                      .arg(version)
                                      .arg(r.error().message()));
            }
        }
        if (version == 1) {
            if (Result<> r
                = setMeta(u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                !r) {
                rollback();
                return r;
            }
        }
        if (Result<> r = setMeta(u"schema_version"_s, QString::number(version)); !r) {
            rollback();
            return r;
        }
        if (Result<> r = commit(); !r)
            return r;
        m_version = version;
    }
    return {};
}

Result<int> Store::storedVersion()
{
    Result<QVariant> tables = scalar(Dialect {isPostgres()}.tableCount(), {u"meta"_s});
    if (!tables)
        return tables.error();
    if (tables.value().toInt() == 0)
        return 0;
    Result<QVariant> v = scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<std::unique_ptr<Store>> Store::openWriter(const Location &location, const QString &password)
{
    Result<std::unique_ptr<Store>> store = open(location, Mode::Write, password);
    if (!store)
        return store;
    if (Result<> locked = store.value()->lockForWriting(); !locked)
        return locked.error();
    return store;
}

Result<QSqlQuery *> Store::prepared(const QString &sql)
{
    if (QSqlQuery *q = m_statements.value(sql))
        return q;
    auto *q = new QSqlQuery(database());
    if (!q->prepare(sql)) {
        LocalError error = failure(q->lastError());
        delete q;
        return error;
    }
    m_statements.insert(sql, q);
    return q;
}

Result<QSqlQuery *> Store::run(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> q = prepared(sql);
    if (!q)
        return q;
    QSqlQuery *query = q.value();
    const Dialect dialect {isPostgres()};
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, dialect.bindable(values.at(i)));
    if (!query->exec())
        return failure(query->lastError());
    return query;
}

Result<> Store::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return failure(q.lastError());
    return {};
}

Result<QVariant> Store::scalar(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> q = run(sql, values);
    if (!q)
        return q.error();
    QVariant value;
    if (q.value()->next())
        value = q.value()->value(0);
    q.value()->finish();
    return value;
}

Result<> Store::begin()
{
    // SQLite: take the write lock at once, so that two writers wait (busy_timeout) instead of
    // failing when the second upgrades its read lock.
    if (!isPostgres())
        return exec(u"BEGIN IMMEDIATE"_s);
    return exec(u"BEGIN"_s);
}

Result<> Store::commit()
{
    return exec(u"COMMIT"_s);
}

void Store::rollback()
{
    QSqlQuery q(database());
    q.exec(u"ROLLBACK"_s);
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<> Store::setMeta(const QString &key, const QString &value)
{
    Result<QSqlQuery *> q = run(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
    if (!q)
        return q.error();
    return {};
}

Result<> Store::lockForWriting()
{
    if (isPostgres()) {
        // One lock per database, whatever the schema: the key is fixed.
        if (m_advisoryLock)
            return {};
        Result<QVariant> got = scalar(u"SELECT pg_try_advisory_lock(%1)"_s.arg(WriterLockKey));
        if (!got)
            return got.error();
        if (!got.value().toBool())
            return LocalError(tr("Another process is writing to the archive %1; try again when it is done.")
                                  .arg(m_location.display()));
        m_advisoryLock = true;
        return {};
    }
    if (m_lock)
        return {}; // held already
    m_lock = std::make_unique<QLockFile>(m_location.path + ".lock"_L1);
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        return LocalError(
            tr("Another process (%1 on %2) is writing to the archive %3; try again when it is done.")
                .arg(pid)
                .arg(host, m_location.path));
    }
    return {};
}

qint64 Store::sizeOnDisk()
{
    if (isPostgres()) {
        Result<QVariant> v = scalar(u"SELECT pg_database_size(current_database())"_s);
        return v ? v.value().toLongLong() : -1;
    }
    return QFileInfo(m_location.path).size() + QFileInfo(m_location.path + "-wal"_L1).size();
}

LocalError Store::failure(const QSqlError &error) const
{
    return LocalError(tr("The archive %1 failed: %2.").arg(m_location.display(), error.text().trimmed()));
}

} // namespace Inspector::Archive
