// SPDX-License-Identifier: Apache-2.0
#include "profiles/profile.h"

#include <QUuid>

#include "api/serviceurls.h"
#include "enumnames.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

/// Every secret, in the order of Profile::allSecrets(): its SecretStore name (stable, part of the
/// key), and its label (translated in the context of Profile).
constexpr EnumName<Profile::Secret> SecretNames[] = {
    {Profile::Secret::KeyPassphrase, "key-passphrase",
        QT_TRANSLATE_NOOP("Inspector::Profile", "key passphrase")},
    {Profile::Secret::SessionToken, "session-token",
        QT_TRANSLATE_NOOP("Inspector::Profile", "session token")},
    {Profile::Secret::KeyManagerToken, "key-manager-token",
        QT_TRANSLATE_NOOP("Inspector::Profile", "key manager token")},
    {Profile::Secret::CertificatePassphrase, "certificate-passphrase",
        QT_TRANSLATE_NOOP("Inspector::Profile", "certificate passphrase")},
    {Profile::Secret::ProxyPassword, "proxy-password",
        QT_TRANSLATE_NOOP("Inspector::Profile", "proxy password")},
};

/// The stable names of the authentication modes, as the settings file keeps them.
constexpr EnumName<Profile::AuthMode> AuthModeNames[] = {
    {Profile::AuthMode::RsaKey, "rsa"},
    {Profile::AuthMode::Tokens, "tokens"},
    {Profile::AuthMode::Certificate, "certificate"},
};

} // namespace

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
    return profileId + u'/' + enumKeyOf(SecretNames, secret);
}

QList<Profile::Secret> Profile::allSecrets()
{
    QList<Secret> all;
    for (const EnumName<Secret> &entry : SecretNames)
        all << entry.value;
    return all;
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
    const auto *entry = enumNameOf(SecretNames, secret);
    return entry ? tr(entry->label) : QString();
}

QString Profile::authModeName(AuthMode mode)
{
    return enumKeyOf(AuthModeNames, mode);
}

std::optional<Profile::AuthMode> Profile::authModeFromName(const QString &name)
{
    return enumFromKey(AuthModeNames, name);
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
