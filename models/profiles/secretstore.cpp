// SPDX-License-Identifier: Apache-2.0
#include "profiles/secretstore.h"

#include <QPointer>

#include "auth/decodedprivatekey.h"

using namespace Qt::StringLiterals;

namespace Inspector {

SecretJob::SecretJob(SecretStore *store, Operation operation, const QString &key)
    : QObject(store)
    , m_operation(operation)
    , m_key(key)
{ }

SecretJob::~SecretJob()
{
    Auth::Detail::wipe(m_data);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore()
{
    for (auto it = m_runOnly.begin(); it != m_runOnly.end(); ++it)
        Auth::Detail::wipe(it.value());
}

QString SecretStore::noBackendMessage()
{
    return tr("No keychain service is available on this system (no Secret Service on the session D-Bus), "
              "so secrets cannot be saved. You can keep them for this run only.");
}

SecretJob *SecretStore::create(SecretJob::Operation operation, const QString &key)
{
    return new SecretJob(this, operation, key);
}

SecretJob *SecretStore::read(const QString &key)
{
    SecretJob *job = create(SecretJob::Operation::Read, key);
    if (const auto it = m_runOnly.constFind(key); it != m_runOnly.cend())
        complete(job, SecretJob::Error::None, {}, it.value());
    else
        startRead(job);
    return job;
}

SecretJob *SecretStore::write(const QString &key, const QByteArray &data)
{
    SecretJob *job = create(SecretJob::Operation::Write, key);
    // The run-only copy goes once the backend holds the secret (see complete()).
    startWrite(job, data);
    return job;
}

SecretJob *SecretStore::remove(const QString &key)
{
    SecretJob *job = create(SecretJob::Operation::Remove, key);
    if (auto it = m_runOnly.find(key); it != m_runOnly.end()) {
        Auth::Detail::wipe(it.value());
        m_runOnly.erase(it);
        job->m_hadRunOnly = true;
    }
    startRemove(job);
    return job;
}

void SecretStore::keepForThisRun(const QString &key, const QByteArray &data)
{
    m_runOnly.insert(key, data);
}

void SecretStore::complete(
    SecretJob *job, SecretJob::Error error, const QString &message, const QByteArray &data)
{
    if (!job || job->m_completed)
        return;
    job->m_completed = true;
    if (job->m_hadRunOnly && (error == SecretJob::Error::NotFound || error == SecretJob::Error::NoBackend))
        error = SecretJob::Error::None;
    job->m_error = error;
    job->m_errorMessage = error == SecretJob::Error::None ? QString() : message;
    job->m_data = data;
    if (error == SecretJob::Error::None && job->m_operation == SecretJob::Operation::Write) {
        if (auto it = m_runOnly.find(job->m_key); it != m_runOnly.end()) {
            Auth::Detail::wipe(it.value());
            m_runOnly.erase(it);
        }
    }
    // Queued: a backend may answer inside start(), before the caller could connect.
    QMetaObject::invokeMethod(
        job,
        [job] {
            job->m_finished = true;
            Q_EMIT job->finished(job);
            job->deleteLater();
        },
        Qt::QueuedConnection);
}

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        Auth::Detail::wipe(it.value());
}

bool MemorySecretStore::failed(SecretJob *job)
{
    if (m_failure == SecretJob::Error::None)
        return false;
    complete(job, m_failure,
        m_failure == SecretJob::Error::NoBackend ? noBackendMessage()
                                                 : tr("The secret store refused the operation."));
    return true;
}

void MemorySecretStore::startRead(SecretJob *job)
{
    if (failed(job))
        return;
    if (const auto it = m_secrets.constFind(job->key()); it != m_secrets.cend())
        complete(job, SecretJob::Error::None, {}, it.value());
    else
        complete(job, SecretJob::Error::NotFound, tr("No secret is stored under \"%1\".").arg(job->key()));
}

void MemorySecretStore::startWrite(SecretJob *job, const QByteArray &data)
{
    if (failed(job))
        return;
    m_secrets.insert(job->key(), data);
    complete(job, SecretJob::Error::None);
}

void MemorySecretStore::startRemove(SecretJob *job)
{
    if (failed(job))
        return;
    if (auto it = m_secrets.find(job->key()); it != m_secrets.end()) {
        Auth::Detail::wipe(it.value());
        m_secrets.erase(it);
        complete(job, SecretJob::Error::None);
    } else {
        complete(job, SecretJob::Error::NotFound, tr("No secret is stored under \"%1\".").arg(job->key()));
    }
}

} // namespace Inspector
