// SPDX-License-Identifier: Apache-2.0
// RsaKey: every accepted PEM encoding loads to the right key, every kind of bad input is refused with its
// own message and a null key.
#include "auth/rsakey.h"
#include "common/fixturefile.h"
#include "common/testsuite.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Inspector::Result;
using Inspector::Auth::RsaKey;
using Inspector::TestSupport::KeyPassphrase;
using Inspector::TestSupport::keyPath;
using Inspector::TestSupport::readKeyFile;

class RsaKeyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsValidKeys_data();
    void loadsValidKeys();
    void rejectsBadKeyFiles_data();
    void rejectsBadKeyFiles();
    void rejectsBadPemData_data();
    void rejectsBadPemData();
    void detectsEncryptedPem_data();
    void detectsEncryptedPem();
    void nullKey();
    void copiesShareTheKey();
};

void RsaKeyTest::loadsValidKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("publicFile");

    QTest::newRow("pkcs1") << u"rsa2048-pkcs1.pem"_s << QByteArray() << 2048 << u"rsa2048-public.pem"_s;
    QTest::newRow("pkcs8") << u"rsa2048-pkcs8.pem"_s << QByteArray() << 2048 << u"rsa2048-public.pem"_s;
    QTest::newRow("pkcs8 encrypted") << u"rsa2048-pkcs8-encrypted.pem"_s << KeyPassphrase << 2048
                                     << u"rsa2048-public.pem"_s;
    QTest::newRow("pkcs1 legacy encrypted")
        << u"rsa2048-pkcs1-encrypted.pem"_s << KeyPassphrase << 2048 << u"rsa2048-public.pem"_s;
    QTest::newRow("unencrypted, passphrase ignored")
        << u"rsa2048-pkcs8.pem"_s << KeyPassphrase << 2048 << u"rsa2048-public.pem"_s;
    QTest::newRow("4096 pkcs8") << u"rsa4096-pkcs8.pem"_s << QByteArray() << 4096 << u"rsa4096-public.pem"_s;
    // A bot operator may point at a file holding the certificate too; the key is found after it.
    QTest::newRow("key after a certificate") << u"client-with-key.pem"_s << QByteArray() << 2048 << QString();
}

void RsaKeyTest::loadsValidKeys()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, bits);
    QFETCH(QString, publicFile);

    const Result<RsaKey> loaded = RsaKey::fromFile(keyPath(file), passphrase);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QVERIFY(loaded.error().message().isEmpty());
    const RsaKey &fromFile = loaded.value();
    QVERIFY(!fromFile.isNull());
    QCOMPARE(fromFile.bits(), bits);

    const Result<RsaKey> fromPem = RsaKey::fromPem(readKeyFile(file), passphrase);
    QVERIFY2(fromPem.ok(), qPrintable(fromPem.error().message()));
    QVERIFY(!fromPem.value().isNull());
    QCOMPARE(fromPem.value().publicKeyPem(), fromFile.publicKeyPem());

    // The public half matches the one the openssl command line derived from the same key.
    if (!publicFile.isEmpty())
        QCOMPARE(fromFile.publicKeyPem(), readKeyFile(publicFile));
    QVERIFY(fromFile.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
}

void RsaKeyTest::rejectsBadKeyFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("garbage") << u"garbage.txt"_s << QByteArray() << u"not a PEM-encoded private key"_s;
    QTest::newRow("truncated pem")
        << u"rsa2048-truncated.pem"_s << QByteArray()
        << u"truncated: the \"-----BEGIN RSA PRIVATE KEY-----\" block has no END line"_s;
    QTest::newRow("wrong passphrase pkcs8")
        << u"rsa2048-pkcs8-encrypted.pem"_s << QByteArray("wrong") << u"Wrong passphrase"_s;
    QTest::newRow("wrong passphrase pkcs1")
        << u"rsa2048-pkcs1-encrypted.pem"_s << QByteArray("wrong") << u"Wrong passphrase"_s;
    QTest::newRow("missing passphrase pkcs8")
        << u"rsa2048-pkcs8-encrypted.pem"_s << QByteArray() << u"encrypted; its passphrase is needed"_s;
    QTest::newRow("missing passphrase pkcs1")
        << u"rsa2048-pkcs1-encrypted.pem"_s << QByteArray() << u"encrypted; its passphrase is needed"_s;
    QTest::newRow("ec key") << u"ec-p256.pem"_s << QByteArray() << u"of type EC, not RSA"_s;
    QTest::newRow("ec key pkcs8") << u"ec-p256-pkcs8.pem"_s << QByteArray() << u"of type EC, not RSA"_s;
    QTest::newRow("ed25519 key") << u"ed25519.pem"_s << QByteArray() << u"of type ED25519, not RSA"_s;
    QTest::newRow("public key") << u"rsa2048-public.pem"_s << QByteArray()
                                << u"public key, but the private key is needed"_s;
    QTest::newRow("pkcs1 public key")
        << u"rsa2048-public-pkcs1.pem"_s << QByteArray() << u"public key, but the private key is needed"_s;
    QTest::newRow("1024 bits") << u"rsa1024.pem"_s << QByteArray() << u"only 1024 bits; at least 2048"_s;
    QTest::newRow("empty file") << u"empty.pem"_s << QByteArray() << u"The key data is empty"_s;
    QTest::newRow("certificate only")
        << u"client.pem"_s << QByteArray() << u"certificate but no private key"_s;
    QTest::newRow("pkcs12 file") << u"client.p12"_s << KeyPassphrase
                                 << u"This looks like a binary (DER) key"_s;
    QTest::newRow("missing file") << u"no-such-key.pem"_s << QByteArray() << u"Cannot read the key file"_s;
}

void RsaKeyTest::rejectsBadKeyFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, expectedError);

    const Result<RsaKey> key = RsaKey::fromFile(keyPath(file), passphrase);
    QVERIFY(!key.ok());
    const QString error = key.error().message();
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    // File errors name the file, so the user knows which of several settings is wrong.
    QVERIFY2(error.contains(keyPath(file)), qPrintable(error));
}

void RsaKeyTest::rejectsBadPemData_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expectedError");

    const QByteArray good = readKeyFile(u"rsa2048-pkcs1.pem"_s);
    QByteArray damaged = good;
    damaged.replace(200, 40, QByteArray(40, 'A'));
    const QByteArray body
        = good.mid(good.indexOf('\n') + 1, good.indexOf("-----END") - good.indexOf('\n') - 1);
    const QByteArray der = QByteArray::fromBase64(body);

    QTest::newRow("damaged body") << damaged << u"The private key data is damaged"_s;
    QTest::newRow("der") << der << u"binary (DER) key; a PEM key is needed"_s;
    QTest::newRow("begin line cut") << QByteArray("-----BEGIN RSA PRIV") << u"truncated"_s;
    QTest::newRow("openssh private key") << QByteArray(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n")
                                         << u"OpenSSH private key"_s;
    QTest::newRow("openssh public key")
        << QByteArray("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ bot@host\n") << u"OpenSSH public key"_s;
    QTest::newRow("unknown block") << QByteArray("-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n")
                                   << u"contains no private key (found: FOO)"_s;
    QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << u"The key data is empty"_s;
}

void RsaKeyTest::rejectsBadPemData()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expectedError);

    const Result<RsaKey> key = RsaKey::fromPem(pem, QByteArray());
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message().contains(expectedError), qPrintable(key.error().message()));
}

void RsaKeyTest::detectsEncryptedPem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("encrypted");

    QTest::newRow("pkcs1") << u"rsa2048-pkcs1.pem"_s << false;
    QTest::newRow("pkcs8") << u"rsa2048-pkcs8.pem"_s << false;
    QTest::newRow("pkcs8 encrypted") << u"rsa2048-pkcs8-encrypted.pem"_s << true;
    QTest::newRow("pkcs1 legacy encrypted") << u"rsa2048-pkcs1-encrypted.pem"_s << true;
    QTest::newRow("certificate with encrypted key") << u"client-with-encrypted-key.pem"_s << true;
    QTest::newRow("public key") << u"rsa2048-public.pem"_s << false;
    QTest::newRow("garbage") << u"garbage.txt"_s << false;
}

void RsaKeyTest::detectsEncryptedPem()
{
    QFETCH(QString, file);
    QFETCH(bool, encrypted);
    QCOMPARE(RsaKey::isEncryptedPem(readKeyFile(file)), encrypted);
}

void RsaKeyTest::nullKey()
{
    const RsaKey key;
    QVERIFY(key.isNull());
    QCOMPARE(key.bits(), 0);
    QVERIFY(key.publicKeyPem().isEmpty());
    const Result<QByteArray> signature = key.signSha512("data");
    QVERIFY(!signature.ok());
    const QString error = signature.error().message();
    QVERIFY2(error.contains(u"No RSA private key is loaded"_s), qPrintable(error));
    QVERIFY(!RsaKey::fromPem("garbage", {}).ok());
}

void RsaKeyTest::copiesShareTheKey()
{
    RsaKey copy;
    QByteArray signature;
    {
        const Result<RsaKey> original = RsaKey::fromFile(keyPath(u"rsa2048-pkcs8.pem"_s), {});
        QVERIFY(original.ok());
        QVERIFY(!original.value().isNull());
        signature = original.value().signSha512("message").valueOr({});
        copy = original.value();
    }
    // PKCS#1 v1.5 signatures are deterministic, so the copy must give the same bytes.
    QCOMPARE(copy.signSha512("message").valueOr({}), signature);
    QCOMPARE(signature.size(), 256);
}

INSPECTOR_TEST_GUILESS_MAIN(RsaKeyTest)
#include "tst_rsakey.moc"
