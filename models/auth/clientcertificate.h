// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Inspector::Auth {

/**
 * @brief A TLS client certificate with its private key and any intermediate certificates, ready for
 * QSslConfiguration (certificate authentication, /sessionauth and /keyauth). A plain value; loading
 * never prompts and checks that the key belongs to the certificate.
 */
struct ClientCertificate
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Auth::ClientCertificate)

public:
    QSslCertificate certificate; ///< the leaf: the certificate whose public key matches @ref key
    QSslKey key;
    QList<QSslCertificate> chain; ///< the other certificates of the file, in file order

    /**
     * Loads a PEM file holding the certificate and its private key (the key possibly encrypted, then
     * @p passphrase decrypts it; order of blocks does not matter; extra certificates become the chain),
     * or a PKCS#12 (.p12/.pfx) file protected by @p passphrase (empty for none). The format is taken
     * from the contents, not the file name. On failure returns an error saying why.
     */
    static Result<ClientCertificate> load(const QString &path, const QByteArray &passphrase);
    /**
     * Loads the certificate (and chain) from @p certPath (PEM, or a single DER certificate) and the
     * private key from the PEM file @p keyPath, decrypted with @p passphrase when encrypted.
     */
    static Result<ClientCertificate> load(
        const QString &certPath, const QString &keyPath, const QByteArray &passphrase);
};

} // namespace Inspector::Auth
