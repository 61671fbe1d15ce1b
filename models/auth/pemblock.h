// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSslCertificate;

namespace Inspector::Auth::Detail {

/**
 * @brief One "-----BEGIN label-----" ... "-----END label-----" block found in PEM text. A plain value;
 * scanning needs no OpenSSL, so callers can classify a file (key, certificate, encrypted, truncated)
 * before handing the block to OpenSSL and can then give a precise error.
 */
struct PemBlock
{
    QByteArray label; ///< e.g. "RSA PRIVATE KEY", "CERTIFICATE"
    QByteArray text; ///< the whole block, BEGIN to END line inclusive, ending with a newline
    bool complete = false; ///< false when the END line is missing (a truncated or cut-and-pasted block)
    bool encrypted = false; ///< PKCS#8 "ENCRYPTED PRIVATE KEY" or a legacy "Proc-Type: 4,ENCRYPTED" header

    bool isPrivateKey() const;
    bool isPublicKey() const;
    bool isCertificate() const;

    /** Every block in @p data, in file order; text outside blocks is ignored. */
    static QList<PemBlock> scan(const QByteArray &data);
    /** True when @p data contains a BEGIN line at all (as opposed to DER or unrelated text). */
    static bool looksLikePem(const QByteArray &data);

    /**
     * Parses every certificate block of @p blocks, in order. Fails (with a sentence naming the
     * certificate's position) on a truncated or damaged certificate block, so a bundle is never
     * used with one of its certificates silently missing. Zero certificates is not a failure.
     */
    static Result<QList<QSslCertificate>> certificates(const QList<PemBlock> &blocks);
};

} // namespace Inspector::Auth::Detail
