// SPDX-License-Identifier: Apache-2.0
#include "cafile.h"

#include "authtext.h"
#include "pemblock.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace Inspector::Auth {

Result<QList<QSslCertificate>> loadCaFile(const QString &path)
{
    const auto fail = [](const QString &message) { return LocalError(message); };
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(AuthText::tr("Cannot read the CA file %1: %2").arg(nativePath, file.errorString()));
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return fail(AuthText::tr("The CA file %1 is empty.").arg(nativePath));
    if (!Detail::PemBlock::looksLikePem(data))
        return fail(
            AuthText::tr("The CA file %1 is not a PEM file (it has no \"-----BEGIN CERTIFICATE-----\" line). "
                         "A DER certificate can be converted with: openssl x509 -inform DER -in ca.der "
                         "-out ca.pem")
                .arg(nativePath));
    const QList<Detail::PemBlock> blocks = Detail::PemBlock::scan(data);
    const Result<QList<QSslCertificate>> parsed = Detail::PemBlock::certificates(blocks);
    if (!parsed)
        return fail(AuthText::tr("Cannot use the CA file %1: %2").arg(nativePath, parsed.error().message()));
    const QList<QSslCertificate> &certificates = parsed.value();
    if (certificates.isEmpty()) {
        QStringList labels;
        for (const Detail::PemBlock &block : blocks)
            labels.append(QString::fromLatin1(block.label));
        return fail(AuthText::tr("The CA file %1 contains no certificate (found: %2).")
                        .arg(nativePath, labels.join(u", ")));
    }
    return certificates;
}

} // namespace Inspector::Auth
