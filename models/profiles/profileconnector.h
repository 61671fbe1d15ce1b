// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "api/apiclient.h"
#include "api/credentials.h"
#include "api/serviceurls.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

namespace Inspector {

/// Everything needed to open a session: `ApiClient client(urls, options);
/// client.setCredentials(credentials);`
struct SessionSetup
{
    ServiceUrls urls;
    Credentials credentials;
    ApiClientOptions options;
    QString profileName;
};

/// How to reach the embedded demo pod once the program has started it (the core cannot start it).
struct DemoPodAccess
{
    QUrl origin;
    QString username;
    QByteArray privateKeyPem;
};

/**
 * @brief Turns a Profile into a SessionSetup: reads the profile's secrets from a SecretStore
 * (asynchronously), resolves the service URLs, loads the key, certificate and CA files with the
 * core's auth functions and builds the client options (timeout, proxy, CAs).
 *
 * Signal contract: after start(), exactly one of ready() or failed() is emitted, never from inside
 * start(); failed() carries one translated sentence saying what is wrong and what to do. A second
 * start() while busy does nothing. Secrets read for the setup are wiped once the credentials are
 * built. Lives on the thread that created it; @p secrets must outlive it.
 */
class ProfileConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnector)

public:
    ProfileConnector(const Profile &profile, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileConnector() override;

    /// Options the profile does not set (retry policy, time source); the profile's timeout, proxy
    /// and CAs are applied on top.
    void setBaseOptions(const ApiClientOptions &options) { m_base = options; }
    /// Needed for the demo profile; without it the demo profile fails with a sentence.
    void setDemoPod(const DemoPodAccess &access) { m_demo = access; }

    const Profile &profile() const { return m_profile; }
    bool isBusy() const { return m_busy; }

    void start();

Q_SIGNALS:
    void ready(const Inspector::SessionSetup &setup);
    void failed(const QString &sentence);

private:
    void secretRead(Profile::Secret secret, SecretJob *job);
    void build();
    void finishLater(std::optional<SessionSetup> setup, const QString &error);
    QString missingSecret(Profile::Secret secret, const QString &what) const;

    Profile m_profile;
    QPointer<SecretStore> m_secrets;
    ApiClientOptions m_base;
    std::optional<DemoPodAccess> m_demo;
    std::optional<ServiceUrls> m_urls;
    QHash<Profile::Secret, QByteArray> m_values;
    QHash<Profile::Secret, SecretJob::Error> m_errors;
    QHash<Profile::Secret, QString> m_errorMessages;
    int m_pending = 0;
    bool m_busy = false;
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::SessionSetup)
