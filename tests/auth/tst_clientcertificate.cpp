// SPDX-License-Identifier: Apache-2.0
// ClientCertificate and loadCaFile: every supported layout loads to a matching certificate/key pair
// (checked with OpenSSL, not with the code under test), every bad input is refused with its own message.
#include "auth/cafile.h"
#include "auth/clientcertificate.h"
#include "common/fixturefile.h"
#include "common/testsuite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Inspector;
using namespace Inspector::Auth;
using Inspector::TestSupport::KeyPassphrase;
using Inspector::TestSupport::keyPath;
using Inspector::TestSupport::readKeyFile;

namespace {

const QString RootCn = u"Inspector Test Root CA"_s;
const QString IntermediateCn = u"Inspector Test Intermediate CA"_s;

QString commonName(const QSslCertificate &certificate)
{
    return certificate.subjectInfo(QSslCertificate::CommonName).join(u", ");
}

QStringList commonNames(const QList<QSslCertificate> &certificates)
{
    QStringList names;
    for (const QSslCertificate &certificate : certificates)
        names.append(commonName(certificate));
    return names;
}

// Checks with OpenSSL directly that the private key belongs to the certificate.
bool keyMatchesCertificate(const QSslKey &key, const QSslCertificate &certificate)
{
    const QByteArray keyPem = key.toPem();
    const QByteArray certDer = certificate.toDer();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    const auto *der = reinterpret_cast<const unsigned char *>(certDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(
        d2i_X509(nullptr, &der, long(certDer.size())), &X509_free);
    const bool match = pkey && x509 && X509_check_private_key(x509.get(), pkey.get()) == 1;
    ERR_clear_error();
    return match;
}

} // namespace

class ClientCertificateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsSingleFile_data();
    void loadsSingleFile();
    void loadsSeparateFiles_data();
    void loadsSeparateFiles();
    void rejectsSingleFile_data();
    void rejectsSingleFile();
    void rejectsSeparateFiles_data();
    void rejectsSeparateFiles();
    void legacyPkcs12();
    void loadsCaFile_data();
    void loadsCaFile();
    void rejectsCaFile_data();
    void rejectsCaFile();

private:
    QString tmpPath(const QString &name) const { return m_tmp.filePath(name); }
    void writeTmp(const QString &name, const QByteArray &data);

    QTemporaryDir m_tmp;
};

void ClientCertificateTest::writeTmp(const QString &name, const QByteArray &data)
{
    QFile file(tmpPath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

void ClientCertificateTest::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Damaged variants are derived here rather than committed, so they always match the committed files.
    const QByteArray clientPem = readKeyFile(u"client.pem"_s);
    const QByteArray clientKey = readKeyFile(u"client.key"_s);
    const QByteArray root = readKeyFile(u"ca-root.pem"_s);
    const QByteArray intermediate = readKeyFile(u"ca-intermediate.pem"_s);
    writeTmp(u"client.der"_s, QSslCertificate(clientPem, QSsl::Pem).toDer());
    writeTmp(u"client-truncated.pem"_s, clientPem.left(600));
    QByteArray damagedClient = clientPem;
    damagedClient.replace(100, 60, QByteArray(60, 'A'));
    writeTmp(u"client-damaged-with-key.pem"_s, damagedClient + clientKey);
    writeTmp(u"bundle-truncated.pem"_s, root + intermediate.left(500));
    QByteArray damagedIntermediate = intermediate;
    damagedIntermediate.replace(100, 60, QByteArray(60, 'A'));
    writeTmp(u"bundle-damaged.pem"_s, root + damagedIntermediate);
    writeTmp(u"unknown-block.pem"_s, "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n");
}

void ClientCertificateTest::loadsSingleFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QSsl::KeyAlgorithm>("algorithm");

    QTest::newRow("pem with key") << keyPath(u"client-with-key.pem"_s) << QByteArray() << u"export-bot"_s
                                  << QStringList() << QSsl::Rsa;
    QTest::newRow("pem with encrypted key") << keyPath(u"client-with-encrypted-key.pem"_s) << KeyPassphrase
                                            << u"export-bot"_s << QStringList() << QSsl::Rsa;
    QTest::newRow("pem chain, key before leaf")
        << keyPath(u"client-chain-with-key.pem"_s) << QByteArray() << u"export-bot"_s
        << QStringList {IntermediateCn} << QSsl::Rsa;
    QTest::newRow("pem with ec key") << keyPath(u"client-ec-with-key.pem"_s) << QByteArray()
                                     << u"export-bot-ec"_s << QStringList() << QSsl::Ec;
    QTest::newRow("pkcs12 with password") << keyPath(u"client.p12"_s) << KeyPassphrase << u"export-bot"_s
                                          << QStringList {IntermediateCn} << QSsl::Rsa;
    QTest::newRow("pkcs12 empty password") << keyPath(u"client-emptypass.p12"_s) << QByteArray()
                                           << u"export-bot"_s << QStringList {IntermediateCn} << QSsl::Rsa;
    QTest::newRow("pkcs12 unencrypted") << keyPath(u"client-unencrypted.p12"_s) << QByteArray()
                                        << u"export-bot"_s << QStringList() << QSsl::Rsa;
}

void ClientCertificateTest::loadsSingleFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, commonName);
    QFETCH(QStringList, chain);
    QFETCH(QSsl::KeyAlgorithm, algorithm);

    const Result<ClientCertificate> loaded = ClientCertificate::load(file, passphrase);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QVERIFY(loaded.error().message().isEmpty());
    QCOMPARE(::commonName(loaded.value().certificate), commonName);
    QCOMPARE(commonNames(loaded.value().chain), chain);
    QVERIFY(!loaded.value().key.isNull());
    QCOMPARE(loaded.value().key.type(), QSsl::PrivateKey);
    QCOMPARE(loaded.value().key.algorithm(), algorithm);
    QVERIFY(keyMatchesCertificate(loaded.value().key, loaded.value().certificate));
}

void ClientCertificateTest::loadsSeparateFiles_data()
{
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("chain");

    QTest::newRow("pem cert, pem key") << keyPath(u"client.pem"_s) << keyPath(u"client.key"_s) << QByteArray()
                                       << u"export-bot"_s << QStringList();
    QTest::newRow("encrypted key") << keyPath(u"client.pem"_s) << keyPath(u"client-encrypted.key"_s)
                                   << KeyPassphrase << u"export-bot"_s << QStringList();
    QTest::newRow("ec") << keyPath(u"client-ec.pem"_s) << keyPath(u"client-ec.key"_s) << QByteArray()
                        << u"export-bot-ec"_s << QStringList();
    QTest::newRow("der cert") << tmpPath(u"client.der"_s) << keyPath(u"client.key"_s) << QByteArray()
                              << u"export-bot"_s << QStringList();
    // The key file also holding the certificate is harmless; the chain comes from the certificate file.
    QTest::newRow("chain file, combined key file")
        << keyPath(u"client-chain-with-key.pem"_s) << keyPath(u"client-with-key.pem"_s) << QByteArray()
        << u"export-bot"_s << QStringList {IntermediateCn};
}

void ClientCertificateTest::loadsSeparateFiles()
{
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, commonName);
    QFETCH(QStringList, chain);

    const Result<ClientCertificate> loaded = ClientCertificate::load(certFile, keyFile, passphrase);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QCOMPARE(::commonName(loaded.value().certificate), commonName);
    QCOMPARE(commonNames(loaded.value().chain), chain);
    QCOMPARE(loaded.value().key.type(), QSsl::PrivateKey);
    QVERIFY(keyMatchesCertificate(loaded.value().key, loaded.value().certificate));
}

void ClientCertificateTest::rejectsSingleFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("pkcs12 wrong password")
        << keyPath(u"client.p12"_s) << QByteArray("wrong") << u"Wrong password for the PKCS#12 file"_s;
    QTest::newRow("pkcs12 password missing")
        << keyPath(u"client.p12"_s) << QByteArray() << u"is password-protected; its password is needed"_s;
    QTest::newRow("pkcs12 without key")
        << keyPath(u"client-nokey.p12"_s) << KeyPassphrase << u"contains no private key"_s;
    QTest::newRow("pem key does not match")
        << keyPath(u"client-mismatched-key.pem"_s) << QByteArray()
        << u"does not match the certificate \"export-bot\" in the same file"_s;
    QTest::newRow("pem wrong passphrase")
        << keyPath(u"client-with-encrypted-key.pem"_s) << QByteArray("wrong") << u"Wrong passphrase"_s;
    QTest::newRow("pem passphrase missing")
        << keyPath(u"client-with-encrypted-key.pem"_s) << QByteArray() << u"its passphrase is needed"_s;
    QTest::newRow("pem certificate without key") << keyPath(u"client.pem"_s) << QByteArray()
                                                 << u"certificate but no private key; choose the key file"_s;
    QTest::newRow("pem key without certificate")
        << keyPath(u"rsa2048-pkcs8.pem"_s) << QByteArray() << u"contains no certificate"_s;
    QTest::newRow("pem unknown block")
        << tmpPath(u"unknown-block.pem"_s) << QByteArray() << u"contains no certificate"_s;
    QTest::newRow("damaged certificate")
        << tmpPath(u"client-damaged-with-key.pem"_s) << QByteArray() << u"Certificate 1 is damaged"_s;
    QTest::newRow("not a certificate")
        << keyPath(u"garbage.txt"_s) << QByteArray() << u"neither a PEM file nor a PKCS#12"_s;
    QTest::newRow("empty file") << keyPath(u"empty.pem"_s) << QByteArray() << u"is empty"_s;
    QTest::newRow("missing file") << keyPath(u"no-such-file.p12"_s) << QByteArray() << u"Cannot read"_s;
}

void ClientCertificateTest::rejectsSingleFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, expectedError);

    const Result<ClientCertificate> loaded = ClientCertificate::load(file, passphrase);
    QVERIFY(!loaded.ok());
    const QString error = loaded.error().message();
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

void ClientCertificateTest::rejectsSeparateFiles_data()
{
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("namedFile");

    const QString cert = keyPath(u"client.pem"_s);
    QTest::newRow("key does not match")
        << cert << keyPath(u"rsa2048-pkcs8.pem"_s) << QByteArray()
        << u"does not match the certificate \"export-bot\""_s << keyPath(u"rsa2048-pkcs8.pem"_s);
    QTest::newRow("wrong passphrase") << cert << keyPath(u"client-encrypted.key"_s) << QByteArray("wrong")
                                      << u"Wrong passphrase"_s << keyPath(u"client-encrypted.key"_s);
    QTest::newRow("passphrase missing")
        << cert << keyPath(u"client-encrypted.key"_s) << QByteArray() << u"its passphrase is needed"_s
        << keyPath(u"client-encrypted.key"_s);
    QTest::newRow("public key as key")
        << cert << keyPath(u"rsa2048-public.pem"_s) << QByteArray()
        << u"public key, but the private key is needed"_s << keyPath(u"rsa2048-public.pem"_s);
    QTest::newRow("ed25519 key") << cert << keyPath(u"ed25519.pem"_s) << QByteArray()
                                 << u"of type ED25519, which cannot be used"_s << keyPath(u"ed25519.pem"_s);
    QTest::newRow("garbage key") << cert << keyPath(u"garbage.txt"_s) << QByteArray()
                                 << u"not a PEM-encoded private key"_s << keyPath(u"garbage.txt"_s);
    QTest::newRow("missing key") << cert << keyPath(u"no-such.key"_s) << QByteArray() << u"Cannot read"_s
                                 << keyPath(u"no-such.key"_s);
    QTest::newRow("key as certificate")
        << keyPath(u"client.key"_s) << keyPath(u"client.key"_s) << QByteArray()
        << u"contains no certificate"_s << keyPath(u"client.key"_s);
    QTest::newRow("garbage certificate")
        << keyPath(u"garbage.txt"_s) << keyPath(u"client.key"_s) << QByteArray()
        << u"is not a certificate (neither PEM nor DER)"_s << keyPath(u"garbage.txt"_s);
    QTest::newRow("truncated certificate")
        << tmpPath(u"client-truncated.pem"_s) << keyPath(u"client.key"_s) << QByteArray()
        << u"Certificate 1 is truncated"_s << tmpPath(u"client-truncated.pem"_s);
    QTest::newRow("empty certificate") << keyPath(u"empty.pem"_s) << keyPath(u"client.key"_s) << QByteArray()
                                       << u"is empty"_s << keyPath(u"empty.pem"_s);
    QTest::newRow("missing certificate") << keyPath(u"no-such.pem"_s) << keyPath(u"client.key"_s)
                                         << QByteArray() << u"Cannot read"_s << keyPath(u"no-such.pem"_s);
}

void ClientCertificateTest::rejectsSeparateFiles()
{
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, expectedError);
    QFETCH(QString, namedFile);

    const Result<ClientCertificate> loaded = ClientCertificate::load(certFile, keyFile, passphrase);
    QVERIFY(!loaded.ok());
    const QString error = loaded.error().message();
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY2(error.contains(namedFile), qPrintable(error));
}

void ClientCertificateTest::legacyPkcs12()
{
    // RC2-40 PKCS#12 files (old Windows exports) need OpenSSL's legacy provider, which Debian leaves off;
    // a system configuration may enable it, and then the file must simply load.
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    const bool legacyAvailable = OSSL_PROVIDER_available(nullptr, "legacy") == 1;
    const QString file = keyPath(u"client-legacy.p12"_s);
    const Result<ClientCertificate> loaded = ClientCertificate::load(file, KeyPassphrase);
    const QString error = loaded.error().message();
    if (legacyAvailable) {
        QVERIFY2(loaded.ok(), qPrintable(error));
        QVERIFY(keyMatchesCertificate(loaded.value().key, loaded.value().certificate));
        return;
    }
    QVERIFY(!loaded);
    QVERIFY2(error.contains(u"Cannot decrypt the contents of the PKCS#12 file "_s + file), qPrintable(error));
    QVERIFY2(error.contains(u"openssl pkcs12 -legacy"_s), qPrintable(error));
}

void ClientCertificateTest::loadsCaFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("commonNames");

    QTest::newRow("bundle") << keyPath(u"ca-bundle.pem"_s) << QStringList {RootCn, IntermediateCn};
    QTest::newRow("single ca") << keyPath(u"ca-root.pem"_s) << QStringList {RootCn};
}

void ClientCertificateTest::loadsCaFile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, commonNames);

    const Result<QList<QSslCertificate>> certificates = loadCaFile(file);
    QVERIFY2(certificates.ok(), qPrintable(certificates.error().message()));
    QCOMPARE(::commonNames(certificates.value()), commonNames);
    // The bundle really is the trust chain of the client certificate.
    const QSslCertificate client(readKeyFile(u"client.pem"_s), QSsl::Pem);
    QCOMPARE(client.issuerInfo(QSslCertificate::CommonName), QStringList {IntermediateCn});
}

void ClientCertificateTest::rejectsCaFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("empty") << keyPath(u"empty.pem"_s) << u"is empty"_s;
    QTest::newRow("not pem") << keyPath(u"garbage.txt"_s) << u"is not a PEM file"_s;
    QTest::newRow("der") << tmpPath(u"client.der"_s) << u"is not a PEM file"_s;
    QTest::newRow("key instead of certificates")
        << keyPath(u"rsa2048-pkcs8.pem"_s) << u"contains no certificate (found: PRIVATE KEY)"_s;
    QTest::newRow("truncated second certificate")
        << tmpPath(u"bundle-truncated.pem"_s) << u"Certificate 2 is truncated"_s;
    QTest::newRow("damaged second certificate")
        << tmpPath(u"bundle-damaged.pem"_s) << u"Certificate 2 is damaged"_s;
    QTest::newRow("missing") << keyPath(u"no-such-ca.pem"_s) << u"Cannot read the CA file"_s;
}

void ClientCertificateTest::rejectsCaFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedError);

    const Result<QList<QSslCertificate>> certificates = loadCaFile(file);
    QVERIFY(!certificates.ok());
    const QString error = certificates.error().message();
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

INSPECTOR_TEST_GUILESS_MAIN(ClientCertificateTest)
#include "tst_clientcertificate.moc"
