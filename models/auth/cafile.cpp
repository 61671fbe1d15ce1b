// SPDX-License-Identifier: Apache-2.0
#include "cafile.h"

#include "authtext.h"
#include "pemblock.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace Inspector::Auth {

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<QSslCertificate>();
    };
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
    QList<QSslCertificate> certificates;
    QString message;
    if (!Detail::PemBlock::certificates(blocks, &certificates, &message))
        return fail(AuthText::tr("Cannot use the CA file %1: %2").arg(nativePath, message));
    if (certificates.isEmpty()) {
        QStringList labels;
        for (const Detail::PemBlock &block : blocks)
            labels.append(QString::fromLatin1(block.label));
        return fail(AuthText::tr("The CA file %1 contains no certificate (found: %2).")
                        .arg(nativePath, labels.join(u", ")));
    }
    if (error)
        error->clear();
    return certificates;
}

} // namespace Inspector::Auth
