// SPDX-License-Identifier: Apache-2.0
#include "profiles/keychainsecretstore.h"

#include <QPointer>
#include <QRegularExpression>

#include <qt6keychain/keychain.h>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

/// True when QtKeychain's text says that the session bus or the Secret Service is missing: libsecret
/// reports those as OtherError, but for the user they mean "no keychain here".
bool meansNoBackend(const QString &text)
{
    static const QRegularExpression pattern(
        u"D-?Bus|DBUS_SESSION_BUS_ADDRESS|autolaunch|given address is "
        u"empty|org\\.freedesktop\\.secrets|ServiceUnknown|"
        "no such (name|service)|was not provided by any \\.service|secret service"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

template<typename KeychainJob, typename Complete>
static void run(KeychainJob *kj, SecretJob *job, Complete complete)
{
    kj->setAutoDelete(true);
    kj->setInsecureFallback(false);
    kj->setKey(job->key());
    QPointer<SecretJob> target(job);
    QObject::connect(kj, &QKeychain::Job::finished, job, [kj, target, complete](QKeychain::Job *) {
        if (target)
            complete(kj, target.data());
    });
    kj->start();
}

static SecretJob::Error mapError(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Error::None;
    case QKeychain::EntryNotFound:
        return SecretJob::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretJob::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return meansNoBackend(text) ? SecretJob::Error::NoBackend : SecretJob::Error::Other;
}

static QString sentence(SecretJob::Error error, const QString &key, const QString &text)
{
    switch (error) {
    case SecretJob::Error::None:
        return {};
    case SecretJob::Error::NotFound:
        return KeychainSecretStore::tr("The keychain holds no secret for \"%1\".").arg(key);
    case SecretJob::Error::NoBackend:
        return SecretStore::noBackendMessage();
    case SecretJob::Error::AccessDenied:
        return KeychainSecretStore::tr("The keychain refused access to \"%1\" (%2).").arg(key, text);
    case SecretJob::Error::Other:
        break;
    }
    return KeychainSecretStore::tr("The keychain failed for \"%1\": %2").arg(key, text);
}

void KeychainSecretStore::startRead(SecretJob *job)
{
    auto *kj = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName), this);
    run(kj, job, [this](QKeychain::ReadPasswordJob *done, SecretJob *target) {
        const SecretJob::Error e = mapError(done->error(), done->errorString());
        if (e != SecretJob::Error::None && e != SecretJob::Error::NotFound)
            qCInfo(lcAuth) << "keychain read failed:" << done->errorString();
        complete(target, e, sentence(e, target->key(), done->errorString()),
            e == SecretJob::Error::None ? done->binaryData() : QByteArray());
    });
}

void KeychainSecretStore::startWrite(SecretJob *job, const QByteArray &data)
{
    auto *kj = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName), this);
    kj->setBinaryData(data);
    run(kj, job, [this](QKeychain::WritePasswordJob *done, SecretJob *target) {
        const SecretJob::Error e = mapError(done->error(), done->errorString());
        if (e != SecretJob::Error::None)
            qCInfo(lcAuth) << "keychain write failed:" << done->errorString();
        complete(target, e, sentence(e, target->key(), done->errorString()));
    });
}

void KeychainSecretStore::startRemove(SecretJob *job)
{
    auto *kj = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName), this);
    run(kj, job, [this](QKeychain::DeletePasswordJob *done, SecretJob *target) {
        const SecretJob::Error e = mapError(done->error(), done->errorString());
        complete(target, e, sentence(e, target->key(), done->errorString()));
    });
}

} // namespace Inspector
