// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "localresult.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Inspector::DemoPod {

/** @brief An RSA public key loaded with OpenSSL; movable, owns its EVP_PKEY. */
class RsaPublicKey
{
public:
    RsaPublicKey();
    ~RsaPublicKey();
    RsaPublicKey(RsaPublicKey &&other) noexcept;
    RsaPublicKey &operator=(RsaPublicKey &&other) noexcept;
    RsaPublicKey(const RsaPublicKey &) = delete;
    RsaPublicKey &operator=(const RsaPublicKey &) = delete;

    /** PEM "PUBLIC KEY" (SPKI) or "RSA PUBLIC KEY" (PKCS#1); an error otherwise. */
    static Result<RsaPublicKey> fromPem(const QByteArray &pem);
    bool isNull() const;
    /** RSASSA-PKCS1-v1_5 with SHA-512 (JWT "RS512"). */
    bool verifyRs512(const QByteArray &signingInput, const QByteArray &signature) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

/** @brief The parts of an RS512 bot JWT (docs/symphony-api.md §1.1) that the login checks. */
struct JwtClaims
{
    QString subject;
    qint64 expiresAt = 0; ///< seconds since the epoch
};

/** @brief A compact JWT split and decoded: its claims, what was signed and the signature. */
struct ParsedJwt
{
    JwtClaims claims;
    QByteArray signingInput; ///< header.claims, as signed
    QByteArray signature;
};

/**
 * Splits and decodes a compact JWT. Only accepts alg RS512, a string "sub" and a numeric "exp".
 * Returns an error for anything else; the signature is not checked here.
 */
Result<ParsedJwt> parseJwt(const QByteArray &token);

} // namespace Inspector::DemoPod
