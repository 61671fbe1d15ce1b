// SPDX-License-Identifier: Apache-2.0
#include "profiles/profileconnector.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include "auth/cafile.h"
#include "auth/clientcertificate.h"
#include "auth/decodedprivatekey.h"
#include "auth/rsakey.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

/// One sentence for a file the user chose that cannot be read; empty when it can be.
QString unreadable(const QString &what, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ProfileConnector::tr("The %1 \"%2\" does not exist.").arg(what, path);
    if (!info.isFile() || !info.isReadable())
        return ProfileConnector::tr("The %1 \"%2\" is not a readable file.").arg(what, path);
    return {};
}

} // namespace

ProfileConnector::ProfileConnector(const Profile &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{ }

ProfileConnector::~ProfileConnector()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        Auth::Detail::wipe(it.value());
}

void ProfileConnector::finishLater(std::optional<SessionSetup> setup, const QString &error)
{
    // Also on paths that need no secret: the contract says never from inside start().
    QTimer::singleShot(0, this, [this, setup = std::move(setup), error] {
        m_busy = false;
        for (auto it = m_values.begin(); it != m_values.end(); ++it)
            Auth::Detail::wipe(it.value());
        m_values.clear();
        if (setup)
            Q_EMIT ready(*setup);
        else
            Q_EMIT failed(error);
    });
}

void ProfileConnector::start()
{
    if (m_busy)
        return;
    m_busy = true;
    m_values.clear();
    m_errors.clear();
    m_errorMessages.clear();

    if (m_profile.demo) {
        if (!m_demo || !m_demo->origin.isValid()) {
            finishLater(std::nullopt,
                tr("The embedded demo pod is not running, so the demo profile cannot connect."));
            return;
        }
        const Result<Auth::RsaKey> key = Auth::RsaKey::fromPem(m_demo->privateKeyPem, {});
        if (!key) {
            finishLater(
                std::nullopt, tr("The demo pod's bot key cannot be used: %1").arg(key.error().message()));
            return;
        }
        SessionSetup setup;
        setup.urls = ServiceUrls::forOrigin(m_demo->origin);
        setup.credentials = Credentials::fromRsaKey(m_demo->username, key.value());
        setup.options = m_base;
        setup.profileName = m_profile.name;
        finishLater(setup, {});
        return;
    }

    if (const QStringList problems = m_profile.validate(); !problems.isEmpty()) {
        finishLater(std::nullopt, problems.join(u' '));
        return;
    }
    const Result<ServiceUrls> urls = ServiceUrls::resolve(
        {m_profile.podUrl, m_profile.agentUrl, m_profile.keyManagerUrl, m_profile.loginUrl, {}, {}});
    if (!urls) {
        m_urls.reset();
        finishLater(std::nullopt, urls.error().message());
        return;
    }
    m_urls = urls.value();
    const QList<Profile::Secret> used = m_profile.usedSecrets();
    if (used.isEmpty() || !m_secrets) {
        build();
        return;
    }
    m_pending = int(used.size());
    for (Profile::Secret secret : used) {
        SecretJob *job = m_secrets->read(Profile::secretKey(m_profile.id, secret));
        connect(
            job, &SecretJob::finished, this, [this, secret](SecretJob *done) { secretRead(secret, done); });
    }
}

void ProfileConnector::secretRead(Profile::Secret secret, SecretJob *job)
{
    if (job->isSuccess()) {
        m_values.insert(secret, job->data());
    } else {
        m_errors.insert(secret, job->error());
        m_errorMessages.insert(secret, job->errorMessage());
    }
    if (--m_pending == 0)
        build();
}

QString ProfileConnector::missingSecret(Profile::Secret secret, const QString &what) const
{
    const SecretJob::Error e = m_errors.value(secret, SecretJob::Error::NotFound);
    if (e == SecretJob::Error::NotFound)
        return tr("%1, but no %2 is stored for the profile \"%3\": edit the profile and enter it.")
            .arg(what, Profile::secretLabel(secret), m_profile.name);
    return tr("%1, but the %2 could not be read: %3")
        .arg(what, Profile::secretLabel(secret), m_errorMessages.value(secret));
}

void ProfileConnector::build()
{
    SessionSetup setup;
    setup.urls = *m_urls;
    setup.options = m_base;
    setup.options.timeoutMs = m_profile.timeoutSeconds * 1000;
    setup.profileName = m_profile.name;

    if (m_profile.proxy.type != QNetworkProxy::NoProxy) {
        const QString scheme = m_profile.proxy.type == QNetworkProxy::Socks5Proxy ? u"socks5"_s : u"http"_s;
        Result<QNetworkProxy> parsed = ApiClient::parseProxy(scheme + u"://"_s
            + m_profile.proxy.host.trimmed() + u':' + QString::number(m_profile.proxy.port));
        if (!parsed) {
            finishLater(std::nullopt, parsed.error().message());
            return;
        }
        QNetworkProxy *proxy = &parsed.value();
        if (!m_profile.proxy.user.isEmpty()) {
            proxy->setUser(m_profile.proxy.user);
            if (m_values.contains(Profile::Secret::ProxyPassword))
                proxy->setPassword(QString::fromUtf8(m_values.value(Profile::Secret::ProxyPassword)));
        }
        setup.options.proxy = *proxy;
    }

    if (!m_profile.caFile.isEmpty()) {
        if (const QString e = unreadable(tr("CA file"), m_profile.caFile); !e.isEmpty()) {
            finishLater(std::nullopt, e);
            return;
        }
        const Result<QList<QSslCertificate>> cas = Auth::loadCaFile(m_profile.caFile);
        if (!cas) {
            finishLater(std::nullopt,
                tr("The CA file \"%1\" cannot be used: %2").arg(m_profile.caFile, cas.error().message()));
            return;
        }
        setup.options.caCertificates += cas.value();
    }

    switch (m_profile.authMode) {
    case Profile::AuthMode::RsaKey: {
        if (const QString e = unreadable(tr("private key file"), m_profile.keyFile); !e.isEmpty()) {
            finishLater(std::nullopt, e);
            return;
        }
        QFile file(m_profile.keyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            finishLater(std::nullopt,
                tr("The private key file \"%1\" cannot be read: %2")
                    .arg(m_profile.keyFile, file.errorString()));
            return;
        }
        QByteArray pem = file.readAll();
        const QByteArray passphrase = m_values.value(Profile::Secret::KeyPassphrase);
        if (Auth::RsaKey::isEncryptedPem(pem) && passphrase.isEmpty()) {
            Auth::Detail::wipe(pem);
            finishLater(std::nullopt,
                missingSecret(Profile::Secret::KeyPassphrase,
                    tr("The private key \"%1\" is encrypted").arg(m_profile.keyFile)));
            return;
        }
        const Result<Auth::RsaKey> key = Auth::RsaKey::fromPem(pem, passphrase);
        Auth::Detail::wipe(pem);
        if (!key) {
            finishLater(std::nullopt,
                tr("The private key \"%1\" cannot be used: %2")
                    .arg(m_profile.keyFile, key.error().message()));
            return;
        }
        setup.credentials = Credentials::fromRsaKey(m_profile.username.trimmed(), key.value());
        break;
    }
    case Profile::AuthMode::Certificate: {
        if (const QString e = unreadable(tr("certificate file"), m_profile.certificateFile); !e.isEmpty()) {
            finishLater(std::nullopt, e);
            return;
        }
        if (!m_profile.keyFile.isEmpty()) {
            if (const QString e = unreadable(tr("certificate key file"), m_profile.keyFile); !e.isEmpty()) {
                finishLater(std::nullopt, e);
                return;
            }
        }
        const QByteArray passphrase = m_values.value(Profile::Secret::CertificatePassphrase);
        const Result<Auth::ClientCertificate> certificate = m_profile.keyFile.isEmpty()
            ? Auth::ClientCertificate::load(m_profile.certificateFile, passphrase)
            : Auth::ClientCertificate::load(m_profile.certificateFile, m_profile.keyFile, passphrase);
        if (!certificate) {
            QString sentence = tr("The certificate \"%1\" cannot be used: %2")
                                   .arg(m_profile.certificateFile, certificate.error().message());
            if (passphrase.isEmpty() && m_errors.contains(Profile::Secret::CertificatePassphrase)
                && m_errors.value(Profile::Secret::CertificatePassphrase) != SecretJob::Error::NotFound)
                sentence += u' '
                    + tr("(The certificate passphrase could not be read: %1)")
                          .arg(m_errorMessages.value(Profile::Secret::CertificatePassphrase));
            finishLater(std::nullopt, sentence);
            return;
        }
        setup.credentials = Credentials::fromCertificate(certificate.value());
        break;
    }
    case Profile::AuthMode::Tokens: {
        const QByteArray session = m_values.value(Profile::Secret::SessionToken).trimmed();
        if (session.isEmpty()) {
            finishLater(std::nullopt,
                missingSecret(
                    Profile::Secret::SessionToken, tr("The profile authenticates with pasted tokens")));
            return;
        }
        setup.credentials
            = Credentials::fromTokens(session, m_values.value(Profile::Secret::KeyManagerToken).trimmed());
        break;
    }
    }
    finishLater(setup, {});
}

} // namespace Inspector
