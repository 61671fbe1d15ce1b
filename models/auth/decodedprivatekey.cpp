// SPDX-License-Identifier: Apache-2.0
#include "decodedprivatekey.h"

#include "authtext.h"
#include "pemblock.h"

#include <QSslCertificate>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace Inspector::Auth::Detail {

namespace {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

// OpenSSL asks for the passphrase through this callback. Returning -1 without a passphrase matters:
// passing no callback at all would make OpenSSL fall back to prompting on the controlling terminal.
int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    const auto *passphrase = static_cast<const QByteArray *>(userData);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

DecodedPrivateKey::Type typeOf(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return DecodedPrivateKey::Type::Rsa;
    case EVP_PKEY_RSA_PSS:
        return DecodedPrivateKey::Type::RsaPss;
    case EVP_PKEY_EC:
        return DecodedPrivateKey::Type::Ec;
    case EVP_PKEY_DSA:
        return DecodedPrivateKey::Type::Dsa;
    case EVP_PKEY_DH:
    case EVP_PKEY_DHX:
        return DecodedPrivateKey::Type::Dh;
    default:
        return DecodedPrivateKey::Type::Other;
    }
}

QString errorWithoutPrivateKey(const QByteArray &pem, const QList<PemBlock> &blocks)
{
    if (pem.trimmed().isEmpty())
        return AuthText::tr("The key data is empty.");
    const QByteArray trimmed = pem.trimmed();
    if (trimmed.startsWith("ssh-rsa ") || trimmed.startsWith("ssh-ed25519 ")
        || trimmed.startsWith("ecdsa-sha2-"))
        return AuthText::tr("This is an OpenSSH public key, but the private key is needed.");
    if (blocks.isEmpty()) {
        if (trimmed.startsWith('\x30'))
            return AuthText::tr("This looks like a binary (DER) key; a PEM key is needed "
                                "(convert it with: openssl pkey -inform DER -in key.der -out key.pem).");
        return AuthText::tr("This is not a PEM-encoded private key (there is no \"-----BEGIN\" line).");
    }
    for (const PemBlock &block : blocks) {
        if (block.label == "OPENSSH PRIVATE KEY")
            return AuthText::tr(
                "This is an OpenSSH private key, which cannot be read here; convert it to PEM "
                "with: ssh-keygen -p -m PEM -f <file>.");
    }
    for (const PemBlock &block : blocks) {
        if (block.isPublicKey())
            return AuthText::tr("This is a public key, but the private key is needed.");
    }
    for (const PemBlock &block : blocks) {
        if (block.isCertificate())
            return AuthText::tr("This contains a certificate but no private key.");
    }
    for (const PemBlock &block : blocks) {
        if (!block.complete)
            return AuthText::tr(
                "The PEM data is truncated: the \"-----BEGIN %1-----\" block has no END line.")
                .arg(QString::fromLatin1(block.label));
    }
    QStringList labels;
    for (const PemBlock &block : blocks)
        labels.append(QString::fromLatin1(block.label));
    return AuthText::tr("The PEM data contains no private key (found: %1).").arg(labels.join(u", "));
}

} // namespace

DecodedPrivateKey::~DecodedPrivateKey()
{
    wipe(unencryptedPem);
}

Result<DecodedPrivateKey> DecodedPrivateKey::decode(const QByteArray &pem, const QByteArray &passphrase)
{
    const QList<PemBlock> blocks = PemBlock::scan(pem);
    const PemBlock *keyBlock = nullptr;
    for (const PemBlock &block : blocks) {
        if (block.isPrivateKey()) {
            keyBlock = &block;
            break;
        }
    }
    if (!keyBlock)
        return LocalError(errorWithoutPrivateKey(pem, blocks));
    if (!keyBlock->complete) {
        return LocalError(
            AuthText::tr("The PEM data is truncated: the \"-----BEGIN %1-----\" block has no END line.")
                .arg(QString::fromLatin1(keyBlock->label)));
    }
    if (keyBlock->encrypted && passphrase.isEmpty())
        return LocalError(AuthText::tr("The private key is encrypted; its passphrase is needed."));

    ERR_clear_error();
    BioPtr in(BIO_new_mem_buf(keyBlock->text.constData(), int(keyBlock->text.size())));
    EvpPkeyPtr key(in ? PEM_read_bio_PrivateKey_ex(in.get(), nullptr, passphraseCallback,
                       const_cast<QByteArray *>(&passphrase), nullptr, nullptr)
                      : nullptr);
    if (!key) {
        const QString details = takeOpenSslErrors();
        if (keyBlock->encrypted)
            return LocalError(AuthText::tr("Wrong passphrase for the encrypted private key."));
        return LocalError(AuthText::tr("The private key data is damaged (%1).").arg(details));
    }

    DecodedPrivateKey decoded;
    decoded.type = typeOf(key.get());
    decoded.typeName = QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()));
    decoded.bits = EVP_PKEY_get_bits(key.get());

    // Secure-heap memory BIO: OpenSSL clears the plaintext key when the BIO is freed.
    BioPtr pemOut(BIO_new(BIO_s_secmem()));
    if (!pemOut
        || !PEM_write_bio_PKCS8PrivateKey(pemOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        return LocalError(AuthText::tr("Could not re-encode the private key (%1).").arg(takeOpenSslErrors()));
    }
    decoded.unencryptedPem = bioContents(pemOut.get());

    unsigned char *der = nullptr;
    const int derSize = i2d_PUBKEY(key.get(), &der);
    if (derSize <= 0)
        return LocalError(AuthText::tr("Could not extract the public key (%1).").arg(takeOpenSslErrors()));
    decoded.publicKeyDer = QByteArray(reinterpret_cast<const char *>(der), derSize);
    OPENSSL_free(der);

    return Result<DecodedPrivateKey>(std::move(decoded));
}

bool DecodedPrivateKey::matchesCertificate(const QSslCertificate &certificate) const
{
    const QByteArray certificateDer = certificate.toDer();
    const auto *certData = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    X509Ptr x509(d2i_X509(nullptr, &certData, long(certificateDer.size())));
    const auto *keyData = reinterpret_cast<const unsigned char *>(publicKeyDer.constData());
    EvpPkeyPtr publicKey(d2i_PUBKEY(nullptr, &keyData, long(publicKeyDer.size())));
    const bool match = x509 && publicKey && EVP_PKEY_eq(X509_get0_pubkey(x509.get()), publicKey.get()) == 1;
    ERR_clear_error();
    return match;
}

QString takeOpenSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        const QString text = reason ? QString::fromLatin1(reason) : u"OpenSSL error %1"_s.arg(code, 0, 16);
        if (!reasons.contains(text))
            reasons.append(text);
    }
    return reasons.isEmpty() ? AuthText::tr("no details from OpenSSL") : reasons.join(u"; ");
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace Inspector::Auth::Detail
