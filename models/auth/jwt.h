// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rsakey.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Inspector::Auth {

/**
 * Builds and signs the JWT a bot sends to /login/pubkey/authenticate and /relay/pubkey/authenticate:
 * header {"alg":"RS512","typ":"JWT"}, claims {"exp":<expiresAtSecs>,"sub":"<subject>"}, signed with
 * RSASSA-PKCS1-v1_5 + SHA-512, each part base64url without padding. Returns an error when the key is
 * null, the subject is empty or the expiry is not a positive time.
 */
Result<QByteArray> signJwtRs512(const RsaKey &key, const QString &subject, qint64 expiresAtSecs);

/** Base64url (RFC 4648 §5) without '=' padding, as JWS requires. */
QByteArray base64Url(const QByteArray &data);

/** The claims of a JWT the tool shows to the user (e.g. the lifetime of a session token). */
struct JwtClaims
{
    QString subject; ///< "sub", empty when absent
    qint64 expiresAt = 0; ///< "exp" in seconds since 1970, 0 when the token has no expiry claim
};

/**
 * Reads "sub" and "exp" from a JWT WITHOUT checking its signature: for display only, never for trust.
 * Returns nullopt when @p jwt is not a JWT (opaque tokens such as Key Manager tokens, or malformed ones).
 */
std::optional<JwtClaims> decodeJwtClaimsUnverified(const QByteArray &jwt);

} // namespace Inspector::Auth
