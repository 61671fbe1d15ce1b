// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QSslCertificate;

namespace Inspector::Auth::Detail {

/**
 * @brief A private key read from PEM text (any algorithm), decrypted and re-encoded as unencrypted PKCS#8,
 * described without exposing OpenSSL types. Shared by RsaKey (JWT signing) and ClientCertificate (TLS),
 * so both classify and report bad key files the same way. Move-only: the decrypted PEM is wiped on
 * destruction. Thread-safe to use from any thread; owns no shared state.
 */
struct DecodedPrivateKey
{
    enum class Type
    {
        Rsa,
        RsaPss,
        Ec,
        Dsa,
        Dh,
        Other
    };

    Type type = Type::Other;
    QString typeName; ///< OpenSSL's name for the key type, e.g. "RSA", "EC", "ED25519"
    int bits = 0;
    QByteArray unencryptedPem; ///< "-----BEGIN PRIVATE KEY-----" (PKCS#8, no encryption)
    QByteArray publicKeyDer; ///< SubjectPublicKeyInfo of the key's public half

    DecodedPrivateKey() = default;
    DecodedPrivateKey(DecodedPrivateKey &&other) noexcept = default;
    DecodedPrivateKey &operator=(DecodedPrivateKey &&other) noexcept = default;
    DecodedPrivateKey(const DecodedPrivateKey &) = delete;
    DecodedPrivateKey &operator=(const DecodedPrivateKey &) = delete;
    ~DecodedPrivateKey();

    /**
     * Reads the first private key in @p pem. PKCS#1, PKCS#8, encrypted PKCS#8 and legacy-encrypted
     * PEM are accepted. Never prompts: an encrypted key with an empty @p passphrase is an error.
     * On failure returns an error whose sentence says what is wrong with the data.
     */
    static Result<DecodedPrivateKey> decode(const QByteArray &pem, const QByteArray &passphrase);

    /** True when @p certificate carries this key's public half. */
    bool matchesCertificate(const QSslCertificate &certificate) const;
};

/** Empties OpenSSL's thread-local error queue and returns its reasons joined, for "Details" text. */
QString takeOpenSslErrors();

/** Overwrites the bytes of @p secret (in a way the optimiser keeps) and empties it. */
void wipe(QByteArray &secret);

} // namespace Inspector::Auth::Detail
