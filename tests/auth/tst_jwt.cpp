// SPDX-License-Identifier: Apache-2.0
// RS512 JWTs: the token is checked independently of the code under test, by verifying its signature
// with OpenSSL against the public key the openssl command line wrote, and by decoding every part.
#include "auth/jwt.h"
#include "auth/rsakey.h"
#include "common/fixturefile.h"
#include "common/testsuite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Inspector::Auth;
using Inspector::Result;
using Inspector::TestSupport::KeyPassphrase;
using Inspector::TestSupport::keyPath;
using Inspector::TestSupport::readKeyFile;

namespace {

QByteArray fromBase64Url(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

// Independent RS512 verification with OpenSSL against a public key PEM.
bool verifyRs512(const QByteArray &publicKeyPem, const QByteArray &signingInput, const QByteArray &signature)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr;
    const bool ok = key && context
        && EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha512(), nullptr, key.get()) == 1
        && EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
               size_t(signingInput.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

class JwtTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsVerifiableTokens_data();
    void signsVerifiableTokens();
    void signatureIndependentOfKeyEncoding();
    void refusesToSign_data();
    void refusesToSign();
    void base64UrlEncodes_data();
    void base64UrlEncodes();
    void decodesClaims_data();
    void decodesClaims();
    void decodesOwnTokens();
};

void JwtTest::signsVerifiableTokens_data()
{
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("publicFile");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QByteArray>("expectedClaims");

    const QString pub2048 = u"rsa2048-public.pem"_s;
    QTest::newRow("pkcs1 2048") << u"rsa2048-pkcs1.pem"_s << QByteArray() << pub2048 << 2048
                                << u"export-bot"_s << qint64(1767400000)
                                << QByteArray(R"({"exp":1767400000,"sub":"export-bot"})");
    QTest::newRow("pkcs8 2048") << u"rsa2048-pkcs8.pem"_s << QByteArray() << pub2048 << 2048
                                << u"export-bot"_s << qint64(1767400240)
                                << QByteArray(R"({"exp":1767400240,"sub":"export-bot"})");
    QTest::newRow("pkcs8 encrypted 2048")
        << u"rsa2048-pkcs8-encrypted.pem"_s << KeyPassphrase << pub2048 << 2048 << u"bot.user"_s << qint64(1)
        << QByteArray(R"({"exp":1,"sub":"bot.user"})");
    QTest::newRow("pkcs1 encrypted 2048")
        << u"rsa2048-pkcs1-encrypted.pem"_s << KeyPassphrase << pub2048 << 2048 << u"bot.user"_s
        << qint64(4102444800) << QByteArray(R"({"exp":4102444800,"sub":"bot.user"})");
    QTest::newRow("pkcs8 4096") << u"rsa4096-pkcs8.pem"_s << QByteArray() << u"rsa4096-public.pem"_s << 4096
                                << u"export-bot"_s << qint64(1767400000)
                                << QByteArray(R"({"exp":1767400000,"sub":"export-bot"})");
    QTest::newRow("non-ascii subject")
        << u"rsa2048-pkcs8.pem"_s << QByteArray() << pub2048 << 2048 << u"bøt-ünïcode"_s << qint64(1767400000)
        << QByteArray(R"({"exp":1767400000,"sub":"bøt-ünïcode"})");
    QTest::newRow("subject needing escapes")
        << u"rsa2048-pkcs8.pem"_s << QByteArray() << pub2048 << 2048 << u"a\"b\\c"_s << qint64(1767400000)
        << QByteArray(R"({"exp":1767400000,"sub":"a\"b\\c"})");
}

void JwtTest::signsVerifiableTokens()
{
    QFETCH(QString, keyFile);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, publicFile);
    QFETCH(int, bits);
    QFETCH(QString, subject);
    QFETCH(qint64, expiresAt);
    QFETCH(QByteArray, expectedClaims);

    const Result<RsaKey> key = RsaKey::fromFile(keyPath(keyFile), passphrase);
    QVERIFY2(key.ok(), qPrintable(key.error().message()));
    const Result<QByteArray> signedJwt = signJwtRs512(key.value(), subject, expiresAt);
    QVERIFY2(signedJwt.ok(), qPrintable(signedJwt.error().message()));
    QVERIFY(signedJwt.error().message().isEmpty());
    const QByteArray jwt = signedJwt.value();
    QVERIFY(!jwt.isEmpty());

    // base64url without padding: no '=', '+', '/' anywhere, and exactly three parts.
    QVERIFY(!jwt.contains('='));
    QVERIFY(!jwt.contains('+'));
    QVERIFY(!jwt.contains('/'));
    const QList<QByteArray> parts = jwt.split('.');
    QCOMPARE(parts.size(), 3);

    QCOMPARE(fromBase64Url(parts.at(0)), QByteArray(R"({"alg":"RS512","typ":"JWT"})"));
    const QByteArray claims = fromBase64Url(parts.at(1));
    QCOMPARE(claims, expectedClaims);
    const QJsonObject claimsObject = QJsonDocument::fromJson(claims).object();
    QCOMPARE(claimsObject, (QJsonObject {{u"sub"_s, subject}, {u"exp"_s, expiresAt}}));
    QCOMPARE(claimsObject.value(u"exp"_s).toInteger(), expiresAt);

    const QByteArray signature = fromBase64Url(parts.at(2));
    QCOMPARE(signature.size(), bits / 8);
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const QByteArray publicKey = readKeyFile(publicFile);
    QVERIFY(verifyRs512(publicKey, signingInput, signature));

    // The verifier is real: a changed expiry or a flipped signature bit no longer verifies.
    const QByteArray forgedClaims = base64Url(QByteArray(R"({"exp":9999999999,"sub":"export-bot"})"));
    QVERIFY(!verifyRs512(publicKey, parts.at(0) + '.' + forgedClaims, signature));
    QByteArray flipped = signature;
    flipped[10] = char(flipped.at(10) ^ 0x01);
    QVERIFY(!verifyRs512(publicKey, signingInput, flipped));
}

void JwtTest::signatureIndependentOfKeyEncoding()
{
    // One key in four encodings; RSASSA-PKCS1-v1_5 is deterministic, so the tokens must be identical.
    const struct
    {
        QString file;
        QByteArray passphrase;
    } encodings[] = {{u"rsa2048-pkcs1.pem"_s, {}}, {u"rsa2048-pkcs8.pem"_s, {}},
        {u"rsa2048-pkcs8-encrypted.pem"_s, KeyPassphrase}, {u"rsa2048-pkcs1-encrypted.pem"_s, KeyPassphrase}};
    QByteArray first;
    for (const auto &encoding : encodings) {
        const Result<RsaKey> key = RsaKey::fromFile(keyPath(encoding.file), encoding.passphrase);
        QVERIFY(key.ok());
        const QByteArray jwt = signJwtRs512(key.value(), u"export-bot"_s, 1767400000).valueOr({});
        QVERIFY(!jwt.isEmpty());
        if (first.isEmpty())
            first = jwt;
        QCOMPARE(jwt, first);
    }
}

void JwtTest::refusesToSign_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("null key") << false << u"export-bot"_s << qint64(1767400000) << u"no RSA private key"_s;
    QTest::newRow("empty subject") << true << QString() << qint64(1767400000) << u"username is empty"_s;
    QTest::newRow("blank subject") << true << u"  \t"_s << qint64(1767400000) << u"username is empty"_s;
    QTest::newRow("zero expiry") << true << u"export-bot"_s << qint64(0) << u"expiry time 0"_s;
    QTest::newRow("negative expiry") << true << u"export-bot"_s << qint64(-5) << u"expiry time -5"_s;
}

void JwtTest::refusesToSign()
{
    QFETCH(bool, withKey);
    QFETCH(QString, subject);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, expectedError);

    const RsaKey key
        = withKey ? RsaKey::fromFile(keyPath(u"rsa2048-pkcs8.pem"_s), {}).valueOr(RsaKey()) : RsaKey();
    QCOMPARE(key.isNull(), !withKey);
    const Result<QByteArray> jwt = signJwtRs512(key, subject, expiresAt);
    QVERIFY(!jwt.ok());
    const QString error = jwt.error().message();
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void JwtTest::base64UrlEncodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // RFC 4648 §10 vectors with the padding removed, plus bytes that differ between the two alphabets.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("plus and slash") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    QTest::newRow("jwt header") << QByteArray(R"({"alg":"RS512","typ":"JWT"})")
                                << QByteArray("eyJhbGciOiJSUzUxMiIsInR5cCI6IkpXVCJ9");
}

void JwtTest::base64UrlEncodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(base64Url(input), expected);
}

void JwtTest::decodesClaims_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("isJwt");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("expiresAt");

    const QByteArray header = base64Url(R"({"alg":"RS512"})");
    const auto token = [&header](const QByteArray &claimsJson) {
        return QByteArray(header + '.' + base64Url(claimsJson) + ".c2ln");
    };

    // The two example tokens of docs/symphony-api.md §1.1.
    QTest::newRow("session token without exp")
        << QByteArray("eyJhbGciOiJSUzUxMiJ9.eyJzdWIiOiJleHBvcnQtYm90In0.c2ln") << true << u"export-bot"_s
        << qint64(0);
    QTest::newRow("token with exp only") << QByteArray("eyJhbGciOiJSUzUxMiJ9.eyJleHAiOjE3Njc0MDAwMDB9.c2ln")
                                         << true << QString() << qint64(1767400000);
    QTest::newRow("sub and exp") << token(R"({"sub":"bot","exp":1767400000,"iat":1767399760})") << true
                                 << u"bot"_s << qint64(1767400000);
    QTest::newRow("fractional exp") << token(R"({"exp":1767400000.75})") << true << QString()
                                    << qint64(1767400000);
    QTest::newRow("surrounding whitespace")
        << QByteArray(QByteArray(" \n") + token(R"({"sub":"bot"})") + "\n") << true << u"bot"_s << qint64(0);

    QTest::newRow("key manager hex token")
        << QByteArray("0123456789abcdef0123456789abcdef") << false << QString() << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << QString() << qint64(0);
    QTest::newRow("two parts") << QByteArray("eyJhbGciOiJSUzUxMiJ9.eyJzdWIiOiJib3QifQ") << false << QString()
                               << qint64(0);
    QTest::newRow("four parts") << QByteArray(token(R"({"sub":"bot"})") + ".x") << false << QString()
                                << qint64(0);
    QTest::newRow("header not base64url")
        << QByteArray("e$J.eyJzdWIiOiJib3QifQ.c2ln") << false << QString() << qint64(0);
    QTest::newRow("header not json") << QByteArray(
        base64Url("hello") + '.' + base64Url(R"({"sub":"bot"})") + ".c2ln")
                                     << false << QString() << qint64(0);
    QTest::newRow("header without alg")
        << QByteArray(base64Url(R"({"typ":"JWT"})") + '.' + base64Url(R"({"sub":"bot"})") + ".c2ln") << false
        << QString() << qint64(0);
    QTest::newRow("claims not an object") << token(R"(["bot"])") << false << QString() << qint64(0);
    QTest::newRow("claims empty") << QByteArray(header + "..c2ln") << false << QString() << qint64(0);
    QTest::newRow("exp as string") << token(R"({"exp":"1767400000"})") << false << QString() << qint64(0);
    QTest::newRow("exp negative") << token(R"({"exp":-1})") << false << QString() << qint64(0);
    QTest::newRow("exp out of range") << token(R"({"exp":1e300})") << false << QString() << qint64(0);
    QTest::newRow("sub as number") << token(R"({"sub":42})") << false << QString() << qint64(0);
    QTest::newRow("bearer prefix") << QByteArray(QByteArray("Bearer ") + token(R"({"sub":"bot"})")) << false
                                   << QString() << qint64(0);
}

void JwtTest::decodesClaims()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, isJwt);
    QFETCH(QString, subject);
    QFETCH(qint64, expiresAt);

    const std::optional<JwtClaims> claims = decodeJwtClaimsUnverified(token);
    QCOMPARE(claims.has_value(), isJwt);
    if (!claims)
        return;
    QCOMPARE(claims->subject, subject);
    QCOMPARE(claims->expiresAt, expiresAt);
}

void JwtTest::decodesOwnTokens()
{
    const Result<RsaKey> key = RsaKey::fromFile(keyPath(u"rsa2048-pkcs1.pem"_s), {});
    QVERIFY(key.ok());
    const std::optional<JwtClaims> claims
        = decodeJwtClaimsUnverified(signJwtRs512(key.value(), u"bøt"_s, 1767400240).valueOr({}));
    QVERIFY(claims);
    QCOMPARE(claims->subject, u"bøt"_s);
    QCOMPARE(claims->expiresAt, qint64(1767400240));
}

INSPECTOR_TEST_GUILESS_MAIN(JwtTest)
#include "tst_jwt.moc"
