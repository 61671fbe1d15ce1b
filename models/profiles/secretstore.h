// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace Inspector {

class SecretStore;

/**
 * @brief One asynchronous read, write or remove of a SecretStore.
 *
 * Owned by its store, lives on the store's thread. Signal contract: finished() is emitted exactly
 * once and never from inside the call that created the job (callers connect after read()/write()/
 * remove() return); right after it the job deletes itself (deleteLater), so read data() and
 * error() in the slot.
 */
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    enum class Error
    {
        None,
        NotFound, ///< nothing is stored under the key (for remove(): not an error worth showing)
        NoBackend, ///< no keychain service exists (e.g. no Secret Service on the session D-Bus)
        AccessDenied, ///< the user or the system refused access
        Other,
    };
    Q_ENUM(Error)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    Error error() const { return m_error; }
    bool isSuccess() const { return m_error == Error::None; }
    /// One translated sentence, empty on success.
    QString errorMessage() const { return m_errorMessage; }
    /// The secret (read only).
    QByteArray data() const { return m_data; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(Inspector::SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(SecretStore *store, Operation operation, const QString &key);

    Operation m_operation;
    QString m_key;
    Error m_error = Error::None;
    QString m_errorMessage;
    QByteArray m_data;
    bool m_finished = false;
    bool m_completed = false;
    bool m_hadRunOnly = false; // a remove() that cleared a run-only copy succeeded whatever the backend says
};

/**
 * @brief Where profile secrets (passphrases, tokens, passwords) are kept: never in QSettings.
 *
 * Asynchronous: read(), write() and remove() return a SecretJob at once. Every store also has a
 * "this run only" layer in memory, for when the user explicitly chooses to keep a secret only until
 * the program ends (e.g. because no keychain service exists): read() looks there first, remove()
 * clears both, and a successful write() to the backend drops the run-only copy.
 * Lives on the thread that created it.
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    SecretJob *read(const QString &key);
    SecretJob *write(const QString &key, const QByteArray &data);
    SecretJob *remove(const QString &key);

    /// Keeps @p data in memory until the program ends (or remove()); never written anywhere.
    void keepForThisRun(const QString &key, const QByteArray &data);
    bool isKeptForThisRun(const QString &key) const { return m_runOnly.contains(key); }

    /// A sentence for the NoBackend case that the UI shows before offering "this run only".
    static QString noBackendMessage();

protected:
    virtual void startRead(SecretJob *job) = 0;
    virtual void startWrite(SecretJob *job, const QByteArray &data) = 0;
    virtual void startRemove(SecretJob *job) = 0;

    /// Ends @p job; finished() follows from the event loop, never synchronously.
    void complete(
        SecretJob *job, SecretJob::Error error, const QString &message = {}, const QByteArray &data = {});

private:
    SecretJob *create(SecretJob::Operation operation, const QString &key);

    QHash<QString, QByteArray> m_runOnly;
};

/**
 * @brief A SecretStore in memory: for tests, and for a program run without any keychain service.
 * Nothing is ever written to disk.
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    /// Synchronous view for tests and diagnostics.
    QHash<QString, QByteArray> contents() const { return m_secrets; }
    /// Makes every later job fail with @p error (tests of the NoBackend path); None = work again.
    void simulateFailure(SecretJob::Error error) { m_failure = error; }

protected:
    void startRead(SecretJob *job) override;
    void startWrite(SecretJob *job, const QByteArray &data) override;
    void startRemove(SecretJob *job) override;

private:
    bool failed(SecretJob *job);

    QHash<QString, QByteArray> m_secrets;
    SecretJob::Error m_failure = SecretJob::Error::None;
};

} // namespace Inspector
