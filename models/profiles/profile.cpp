// SPDX-License-Identifier: Apache-2.0
#include "profiles/profile.h"

#include <QUuid>

#include "api/serviceurls.h"

using namespace Qt::StringLiterals;

namespace Inspector {

Profile Profile::create(const QString &name)
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    return p;
}

QString Profile::demoId()
{
    return u"demo"_s;
}

Profile Profile::demoProfile()
{
    Profile p;
    p.id = demoId();
    p.name = tr("Demo pod");
    p.demo = true;
    return p;
}

QString Profile::secretKey(const QString &profileId, Secret secret)
{
    QString name;
    switch (secret) {
    case Secret::KeyPassphrase:
        name = u"key-passphrase"_s;
        break;
    case Secret::SessionToken:
        name = u"session-token"_s;
        break;
    case Secret::KeyManagerToken:
        name = u"key-manager-token"_s;
        break;
    case Secret::CertificatePassphrase:
        name = u"certificate-passphrase"_s;
        break;
    case Secret::ProxyPassword:
        name = u"proxy-password"_s;
        break;
    }
    return profileId + u'/' + name;
}

QList<Profile::Secret> Profile::allSecrets()
{
    return {Secret::KeyPassphrase, Secret::SessionToken, Secret::KeyManagerToken,
        Secret::CertificatePassphrase, Secret::ProxyPassword};
}

QList<Profile::Secret> Profile::usedSecrets() const
{
    QList<Secret> used;
    if (demo)
        return used;
    switch (authMode) {
    case AuthMode::RsaKey:
        used << Secret::KeyPassphrase;
        break;
    case AuthMode::Tokens:
        used << Secret::SessionToken << Secret::KeyManagerToken;
        break;
    case AuthMode::Certificate:
        used << Secret::CertificatePassphrase;
        break;
    }
    if (proxy.type != QNetworkProxy::NoProxy && !proxy.user.isEmpty())
        used << Secret::ProxyPassword;
    return used;
}

QString Profile::secretLabel(Secret secret)
{
    switch (secret) {
    case Secret::KeyPassphrase:
        return tr("key passphrase");
    case Secret::SessionToken:
        return tr("session token");
    case Secret::KeyManagerToken:
        return tr("key manager token");
    case Secret::CertificatePassphrase:
        return tr("certificate passphrase");
    case Secret::ProxyPassword:
        return tr("proxy password");
    }
    return {};
}

QString Profile::authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::RsaKey:
        return u"rsa"_s;
    case AuthMode::Tokens:
        return u"tokens"_s;
    case AuthMode::Certificate:
        return u"certificate"_s;
    }
    return {};
}

std::optional<Profile::AuthMode> Profile::authModeFromName(const QString &name)
{
    for (AuthMode m : {AuthMode::RsaKey, AuthMode::Tokens, AuthMode::Certificate}) {
        if (authModeName(m) == name)
            return m;
    }
    return std::nullopt;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("Give the profile a name.");
    if (demo)
        return problems;
    if (podUrl.trimmed().isEmpty()) {
        problems << tr("Give the pod URL, e.g. https://mycompany.symphony.com.");
    } else {
        if (const Result<ServiceUrls> urls
            = ServiceUrls::resolve({podUrl, agentUrl, keyManagerUrl, loginUrl, {}, {}});
            !urls)
            problems << urls.error().message();
    }
    switch (authMode) {
    case AuthMode::RsaKey:
        if (username.trimmed().isEmpty())
            problems << tr("RSA authentication needs the bot's username.");
        if (keyFile.trimmed().isEmpty())
            problems << tr("RSA authentication needs the bot's private key file.");
        break;
    case AuthMode::Certificate:
        if (certificateFile.trimmed().isEmpty())
            problems << tr("Certificate authentication needs a certificate file.");
        break;
    case AuthMode::Tokens:
        break;
    }
    if (proxy.type != QNetworkProxy::NoProxy) {
        if (proxy.type != QNetworkProxy::HttpProxy && proxy.type != QNetworkProxy::Socks5Proxy)
            problems << tr("The proxy must be an HTTP or a SOCKS5 proxy.");
        if (proxy.host.trimmed().isEmpty())
            problems << tr("The proxy needs a host name.");
        if (proxy.port < 1 || proxy.port > 65535)
            problems << tr("The proxy port must be between 1 and 65535.");
    }
    if (timeoutSeconds < MinTimeoutSeconds || timeoutSeconds > MaxTimeoutSeconds)
        problems << tr("The timeout must be between %1 and %2 seconds.")
                        .arg(MinTimeoutSeconds)
                        .arg(MaxTimeoutSeconds);
    return problems;
}

bool Profile::operator==(const Profile &o) const
{
    return id == o.id && name == o.name && podUrl == o.podUrl && agentUrl == o.agentUrl
        && keyManagerUrl == o.keyManagerUrl && loginUrl == o.loginUrl && authMode == o.authMode
        && username == o.username && keyFile == o.keyFile && certificateFile == o.certificateFile
        && caFile == o.caFile && proxy == o.proxy && timeoutSeconds == o.timeoutSeconds && demo == o.demo;
}

} // namespace Inspector
