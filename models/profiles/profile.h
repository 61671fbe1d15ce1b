// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>

#include <optional>

namespace Inspector {

/**
 * @brief A connection profile as the user edits it: where the pod is and how to authenticate.
 *
 * A plain value, stored by ProfileStore in QSettings. It holds no secret: the key passphrase, the
 * pasted tokens, the certificate passphrase and the proxy password live in a SecretStore under
 * secretKey(id, secret), so they never reach the settings file.
 */
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Profile)

public:
    enum class AuthMode
    {
        RsaKey,
        Tokens,
        Certificate
    };
    /// The secrets a profile may have; each is one SecretStore entry.
    enum class Secret
    {
        KeyPassphrase,
        SessionToken,
        KeyManagerToken,
        CertificatePassphrase,
        ProxyPassword
    };

    struct Proxy
    {
        QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy; ///< NoProxy, HttpProxy or Socks5Proxy
        QString host;
        int port = 0;
        QString user; ///< the password is the ProxyPassword secret
        bool operator==(const Proxy &o) const
        {
            return type == o.type && host == o.host && port == o.port && user == o.user;
        }
    };

    QString id; ///< a QUuid in braces-free text form; the demo profile's is demoId()
    QString name;
    QString podUrl;
    QString agentUrl; ///< empty: derived from the pod URL (see ServiceUrls)
    QString keyManagerUrl; ///< empty: derived from the pod URL
    QString loginUrl; ///< empty: derived from the pod URL
    AuthMode authMode = AuthMode::RsaKey;
    QString username; ///< the bot's username (RSA mode)
    QString keyFile; ///< RSA private key (RSA mode), or the certificate's key when kept apart
    QString certificateFile; ///< PEM or PKCS#12 (certificate mode)
    QString caFile; ///< extra CA bundle for pods behind a private CA; empty = system CAs only
    Proxy proxy;
    int timeoutSeconds = 30;
    bool demo = false; ///< the built-in profile of the embedded demo pod

    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 86400;

    /// A new, empty profile with a fresh id.
    static Profile create(const QString &name);
    /// The built-in "Demo pod" profile (the embedded demo pod brings its own URL and bot key).
    static Profile demoProfile();
    static QString demoId();

    /// The SecretStore key of one secret of the profile with @p profileId.
    static QString secretKey(const QString &profileId, Secret secret);
    static QList<Secret> allSecrets();
    /// The secrets this profile uses with its current auth mode and proxy.
    QList<Secret> usedSecrets() const;
    /// A short translated name of a secret, for messages ("key passphrase").
    static QString secretLabel(Secret secret);

    static QString authModeName(AuthMode mode); ///< stable, for settings: "rsa", "tokens", "certificate"
    static std::optional<AuthMode> authModeFromName(const QString &name);

    /// Empty when the profile can be used; else one sentence per problem, for inline validation.
    QStringList validate() const;

    bool operator==(const Profile &o) const;
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::Profile)
