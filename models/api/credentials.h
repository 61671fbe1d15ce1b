// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "auth/clientcertificate.h"
#include "auth/rsakey.h"

namespace Inspector {

/// How a session gets its tokens: an RSA bot key, a client certificate, or tokens given directly.
struct Credentials
{
    enum class Mode
    {
        None,
        Tokens,
        RsaKey,
        Certificate
    };
    Mode mode = Mode::None;
    QString username; ///< the JWT's `sub` (RSA mode)
    Auth::RsaKey key; ///< RSA mode
    std::optional<Auth::ClientCertificate> certificate; ///< certificate mode
    QByteArray sessionToken; ///< tokens mode (and the current tokens in any mode)
    QByteArray keyManagerToken; ///< optional: pods with simplified key delivery do without it

    static Credentials fromTokens(const QByteArray &session, const QByteArray &keyManager);
    static Credentials fromRsaKey(const QString &username, const Auth::RsaKey &key);
    static Credentials fromCertificate(const Auth::ClientCertificate &certificate);
    bool canAuthenticate() const { return mode == Mode::RsaKey || mode == Mode::Certificate; }
};

} // namespace Inspector
