// SPDX-License-Identifier: Apache-2.0
#include "pemblock.h"

#include "authtext.h"

#include <QSslCertificate>

namespace Inspector::Auth::Detail {

namespace {

constexpr char BeginPrefix[] = "-----BEGIN ";
constexpr char Dashes[] = "-----";

} // namespace

bool PemBlock::isPrivateKey() const
{
    // "OPENSSH PRIVATE KEY" is deliberately absent: OpenSSL cannot read it, callers report it separately.
    return label == "PRIVATE KEY" || label == "ENCRYPTED PRIVATE KEY" || label == "RSA PRIVATE KEY"
        || label == "EC PRIVATE KEY" || label == "DSA PRIVATE KEY";
}

bool PemBlock::isPublicKey() const
{
    return label == "PUBLIC KEY" || label == "RSA PUBLIC KEY";
}

bool PemBlock::isCertificate() const
{
    // Only the plain label: Qt cannot read OpenSSL's "TRUSTED CERTIFICATE" (X509_AUX) variant.
    return label == "CERTIFICATE";
}

QList<PemBlock> PemBlock::scan(const QByteArray &data)
{
    QList<PemBlock> blocks;
    const QByteArray beginPrefix(BeginPrefix);
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = data.indexOf(beginPrefix, pos);
        if (start < 0)
            break;
        const qsizetype labelStart = start + beginPrefix.size();
        qsizetype lineEnd = data.indexOf('\n', labelStart);
        if (lineEnd < 0)
            lineEnd = data.size();
        const qsizetype labelEnd = data.indexOf(Dashes, labelStart);
        if (labelEnd < 0 || labelEnd > lineEnd) {
            // A BEGIN line cut in the middle: nothing usable can follow it.
            blocks.append(
                {data.mid(labelStart, lineEnd - labelStart).trimmed(), data.mid(start), false, false});
            break;
        }
        PemBlock block;
        block.label = data.mid(labelStart, labelEnd - labelStart);
        const QByteArray endLine = "-----END " + block.label + Dashes;
        const qsizetype end = data.indexOf(endLine, labelEnd);
        const qsizetype nextBegin = data.indexOf(beginPrefix, labelEnd);
        if (end < 0 || (nextBegin >= 0 && nextBegin < end)) {
            block.text = data.mid(start, (nextBegin >= 0 ? nextBegin : data.size()) - start);
            block.complete = false;
            pos = nextBegin >= 0 ? nextBegin : data.size();
        } else {
            block.text = data.mid(start, end + endLine.size() - start) + '\n';
            block.complete = true;
            pos = end + endLine.size();
        }
        block.encrypted
            = block.label == "ENCRYPTED PRIVATE KEY" || block.text.contains("Proc-Type: 4,ENCRYPTED");
        blocks.append(block);
    }
    return blocks;
}

bool PemBlock::looksLikePem(const QByteArray &data)
{
    return data.contains(BeginPrefix);
}

Result<QList<QSslCertificate>> PemBlock::certificates(const QList<PemBlock> &blocks)
{
    QList<QSslCertificate> certificates;
    int position = 0;
    for (const PemBlock &block : blocks) {
        if (!block.isCertificate())
            continue;
        ++position;
        if (!block.complete) {
            return LocalError(
                AuthText::tr("Certificate %1 is truncated: its \"-----BEGIN %2-----\" block has no END line.")
                    .arg(position)
                    .arg(QString::fromLatin1(block.label)));
        }
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(block.text, QSsl::Pem);
        if (parsed.size() != 1 || parsed.constFirst().isNull()) {
            return LocalError(AuthText::tr("Certificate %1 is damaged and cannot be read.").arg(position));
        }
        certificates.append(parsed.constFirst());
    }
    return certificates;
}

} // namespace Inspector::Auth::Detail
