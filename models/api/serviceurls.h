// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <optional>

namespace Inspector {

/**
 * @brief The base URLs of a pod's services, with their context paths.
 *
 * Rules (the same for the CLI, profiles and the GUI): a URL without a path gets the service's
 * standard context (`/pod`, `/agent`, `/relay`, `/login`, `/sessionauth`, `/keyauth`); a URL with a
 * path uses that path as the context; a lone `/` means no context. Services not given default to
 * the pod URL's scheme, host and port with their standard context (the certificate key-auth
 * service defaults to the key manager's host). A URL without a scheme is taken as https.
 */
class ServiceUrls
{
public:
    enum class Service
    {
        Pod,
        Agent,
        Login,
        KeyManager,
        SessionAuth,
        KeyAuth
    };
    static constexpr int ServiceCount = 6;

    struct Input
    {
        QString pod, agent, keyManager, login, sessionAuth, keyAuth;
    };

    /// The URLs of @p input by the rules above; an error naming the service when one is unusable.
    static Result<ServiceUrls> resolve(const Input &input);
    /// For a demo or test server that serves every service on one origin.
    static ServiceUrls forOrigin(const QUrl &origin);

    /// The base URL of a service, context path included, without a trailing slash.
    QUrl base(Service service) const { return m_bases[size_t(service)]; }
    /// `path` starts with `/` and is appended to the context, e.g. "/v4/stream/X/message".
    QUrl url(Service service, const QString &path, const QUrlQuery &query = {}) const;

    static QString standardContext(Service service);
    static QString serviceName(Service service);

    /// The hosts reached over plain http:// that are not loopback: tokens cross the network in clear text.
    QStringList cleartextHosts() const;
    /// One sentence for the user about cleartextHosts(); empty when there are none.
    QString cleartextWarning() const;
    /// localhost, 127.0.0.0/8, ::1 (and names under .localhost).
    static bool isLoopbackHost(const QString &host);
    /// A URL as typed, with the password of its user info masked: for sentences that quote it.
    static QString withoutPassword(const QString &text);

private:
    std::array<QUrl, ServiceCount> m_bases;
};

} // namespace Inspector
