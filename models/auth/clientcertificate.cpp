// SPDX-License-Identifier: Apache-2.0
#include "clientcertificate.h"

#include "decodedprivatekey.h"
#include "pemblock.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

namespace Inspector::Auth {

namespace {

using Detail::DecodedPrivateKey;
using Detail::PemBlock;

struct Pkcs12Deleter
{
    void operator()(PKCS12 *p12) const { PKCS12_free(p12); }
};

// What PKCS12_parse hands out, freed together.
struct Pkcs12Contents
{
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    ~Pkcs12Contents()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
        sk_X509_pop_free(chain, X509_free);
    }
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return LocalError(
            ClientCertificate::tr("Cannot read %1: %2").arg(nativePath(path), file.errorString()));
    }
    QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return LocalError(ClientCertificate::tr("The file %1 is empty.").arg(nativePath(path)));
    return data;
}

Result<QList<QSslCertificate>> certificatesFromFile(const QByteArray &data, const QString &path)
{
    if (!PemBlock::looksLikePem(data)) {
        // A lone DER certificate is common on Windows (.cer/.crt); accept it when it parses.
        const QSslCertificate der(data, QSsl::Der);
        if (der.isNull()) {
            return LocalError(ClientCertificate::tr("The file %1 is not a certificate (neither PEM nor DER).")
                                  .arg(nativePath(path)));
        }
        return QList<QSslCertificate> {der};
    }
    const QList<PemBlock> blocks = PemBlock::scan(data);
    const Result<QList<QSslCertificate>> parsed = PemBlock::certificates(blocks);
    if (!parsed) {
        return LocalError(ClientCertificate::tr("Cannot use the certificate file %1: %2")
                              .arg(nativePath(path), parsed.error().message()));
    }
    if (parsed.value().isEmpty()) {
        return LocalError(
            ClientCertificate::tr("The file %1 contains no certificate.").arg(nativePath(path)));
    }
    return parsed;
}

Result<ClientCertificate> assemble(const QList<QSslCertificate> &certificates, const QByteArray &keyPem,
    const QByteArray &passphrase, const QString &certPath, const QString &keyPath)
{
    const Result<DecodedPrivateKey> result = DecodedPrivateKey::decode(keyPem, passphrase);
    if (!result) {
        return LocalError(ClientCertificate::tr("Cannot use the private key in %1: %2")
                              .arg(nativePath(keyPath), result.error().message()));
    }
    const DecodedPrivateKey *decoded = &result.value();
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (decoded->type) {
    case DecodedPrivateKey::Type::Rsa:
        algorithm = QSsl::Rsa;
        break;
    case DecodedPrivateKey::Type::Ec:
        algorithm = QSsl::Ec;
        break;
    case DecodedPrivateKey::Type::Dsa:
        algorithm = QSsl::Dsa;
        break;
    case DecodedPrivateKey::Type::RsaPss:
    case DecodedPrivateKey::Type::Dh:
    case DecodedPrivateKey::Type::Other:
        return LocalError(
            ClientCertificate::tr("The private key in %1 is of type %2, which cannot be used for a TLS "
                                  "client certificate here; use an RSA or EC key.")
                .arg(nativePath(keyPath), decoded->typeName));
    }

    qsizetype leaf = -1;
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        if (decoded->matchesCertificate(certificates.at(i))) {
            leaf = i;
            break;
        }
    }
    if (leaf < 0) {
        const QString names = certificates.constFirst().subjectInfo(QSslCertificate::CommonName).join(u", ");
        if (keyPath == certPath)
            return LocalError(
                ClientCertificate::tr("The private key in %1 does not match the certificate \"%2\" "
                                      "in the same file.")
                    .arg(nativePath(keyPath), names));
        return LocalError(
            ClientCertificate::tr("The private key in %1 does not match the certificate \"%2\" in %3.")
                .arg(nativePath(keyPath), names, nativePath(certPath)));
    }

    ClientCertificate certificate;
    certificate.key = QSslKey(decoded->unencryptedPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (certificate.key.isNull()) {
        return LocalError(ClientCertificate::tr("Qt's TLS backend could not load the %1 private key from %2.")
                              .arg(decoded->typeName, nativePath(keyPath)));
    }
    certificate.certificate = certificates.at(leaf);
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        if (i != leaf)
            certificate.chain.append(certificates.at(i));
    }
    return certificate;
}

Result<ClientCertificate> loadPkcs12(
    const QByteArray &data, const QByteArray &passphrase, const QString &path)
{
    // OpenSSL first, to tell "not PKCS#12", "password needed", "wrong password" and "cannot decrypt"
    // apart; QSslCertificate::importPkcs12 reports all of them as a bare false.
    ERR_clear_error();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    std::unique_ptr<PKCS12, Pkcs12Deleter> p12(d2i_PKCS12(nullptr, &bytes, long(data.size())));
    if (!p12) {
        ERR_clear_error();
        return LocalError(
            ClientCertificate::tr("The file %1 is neither a PEM file nor a PKCS#12 (.p12/.pfx) file.")
                .arg(nativePath(path)));
    }
    if (PKCS12_mac_present(p12.get())) {
        if (passphrase.isEmpty()) {
            if (PKCS12_verify_mac(p12.get(), nullptr, 0) != 1 && PKCS12_verify_mac(p12.get(), "", 0) != 1) {
                ERR_clear_error();
                return LocalError(
                    ClientCertificate::tr("The PKCS#12 file %1 is password-protected; its password "
                                          "is needed.")
                        .arg(nativePath(path)));
            }
        } else if (PKCS12_verify_mac(p12.get(), passphrase.constData(), int(passphrase.size())) != 1) {
            ERR_clear_error();
            return LocalError(
                ClientCertificate::tr("Wrong password for the PKCS#12 file %1.").arg(nativePath(path)));
        }
    }
    {
        Pkcs12Contents contents;
        if (PKCS12_parse(
                p12.get(), passphrase.constData(), &contents.key, &contents.certificate, &contents.chain)
            != 1) {
            const QString details = Detail::takeOpenSslErrors();
            return LocalError(
                ClientCertificate::tr("Cannot decrypt the contents of the PKCS#12 file %1 (%2). Files "
                                      "made with old ciphers such as RC2 must be exported again, "
                                      "e.g. with: openssl pkcs12 -legacy -in old.p12 -nodes | "
                                      "openssl pkcs12 -export -out new.p12")
                    .arg(nativePath(path), details));
        }
        if (!contents.key) {
            return LocalError(
                ClientCertificate::tr("The PKCS#12 file %1 contains no private key.").arg(nativePath(path)));
        }
        if (!contents.certificate) {
            return LocalError(
                ClientCertificate::tr("The PKCS#12 file %1 contains no certificate for its private key.")
                    .arg(nativePath(path)));
        }
    }

    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ClientCertificate result;
    if (!QSslCertificate::importPkcs12(
            &buffer, &result.key, &result.certificate, &result.chain, passphrase)) {
        return LocalError(ClientCertificate::tr("Qt's TLS backend could not import the PKCS#12 file %1.")
                              .arg(nativePath(path)));
    }
    return result;
}

} // namespace

Result<ClientCertificate> ClientCertificate::load(const QString &path, const QByteArray &passphrase)
{
    Result<QByteArray> read = readFile(path);
    if (!read)
        return read.error();
    QByteArray data = std::move(read).value(); // moved, so the wipe below reaches the only copy
    if (!PemBlock::looksLikePem(data))
        return loadPkcs12(data, passphrase, path);

    const Result<QList<QSslCertificate>> certificates = certificatesFromFile(data, path);
    if (!certificates)
        return certificates.error();
    const QList<PemBlock> blocks = PemBlock::scan(data);
    const bool hasKey
        = std::any_of(blocks.cbegin(), blocks.cend(), [](const PemBlock &b) { return b.isPrivateKey(); });
    if (!hasKey) {
        return LocalError(
            tr("The file %1 contains a certificate but no private key; choose the key file as well.")
                .arg(nativePath(path)));
    }
    Result<ClientCertificate> result = assemble(certificates.value(), data, passphrase, path, path);
    Detail::wipe(data);
    return result;
}

Result<ClientCertificate> ClientCertificate::load(
    const QString &certPath, const QString &keyPath, const QByteArray &passphrase)
{
    const Result<QByteArray> certData = readFile(certPath);
    if (!certData)
        return certData.error();
    const Result<QList<QSslCertificate>> certificates = certificatesFromFile(certData.value(), certPath);
    if (!certificates)
        return certificates.error();
    Result<QByteArray> read = readFile(keyPath);
    if (!read)
        return read.error();
    QByteArray keyData = std::move(read).value(); // moved, so the wipe below reaches the only copy
    Result<ClientCertificate> result = assemble(certificates.value(), keyData, passphrase, certPath, keyPath);
    Detail::wipe(keyData);
    return result;
}

} // namespace Inspector::Auth
