// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Inspector::Auth {

/**
 * @brief An RSA private key for signing Symphony authentication JWTs (RS512).
 *
 * A copyable value: copies share one immutable OpenSSL key, released with the last copy. Loading never
 * prompts on a terminal and reports every kind of unusable input with its own message. Signing with a
 * loaded key is safe from several threads at once.
 */
class RsaKey
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Auth::RsaKey)

public:
    /** Smallest modulus accepted; Symphony's documentation uses 4096-bit keys. */
    static constexpr int MinimumBits = 2048;

    /** A null key; use fromPem() or fromFile(). */
    RsaKey();

    /**
     * Reads an RSA private key: PKCS#1 ("BEGIN RSA PRIVATE KEY"), PKCS#8 ("BEGIN PRIVATE KEY"), encrypted
     * PKCS#8 ("BEGIN ENCRYPTED PRIVATE KEY") or legacy-encrypted PKCS#1, the latter two with @p passphrase.
     * On failure returns an error saying why; a key returned is never null.
     */
    static Result<RsaKey> fromPem(const QByteArray &pem, const QByteArray &passphrase);
    /** Like fromPem() on the contents of @p path; an unreadable file is an error naming the path. */
    static Result<RsaKey> fromFile(const QString &path, const QByteArray &passphrase);

    /** True when @p pem holds an encrypted private key, i.e. the caller must ask for a passphrase. */
    static bool isEncryptedPem(const QByteArray &pem);

    bool isNull() const;
    int bits() const;
    /** The public half as "-----BEGIN PUBLIC KEY-----" (SubjectPublicKeyInfo), as the Admin Console wants it.
     */
    QByteArray publicKeyPem() const;

    /**
     * RSASSA-PKCS1-v1_5 signature with SHA-512 over @p message (the JWS "RS512" algorithm).
     * Returns an error on failure (e.g. a null key); a signature returned is never empty.
     */
    Result<QByteArray> signSha512(const QByteArray &message) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace Inspector::Auth
