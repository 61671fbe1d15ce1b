// SPDX-License-Identifier: Apache-2.0
#include "rsakey.h"

#include "decodedprivatekey.h"
#include "pemblock.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace Inspector::Auth {

namespace {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct EvpMdCtxDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;

// The PEM handed to OpenSSL here is never encrypted; the callback only keeps OpenSSL from prompting.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

} // namespace

struct RsaKey::Private
{
    EvpPkeyPtr key;
    int bits = 0;
};

RsaKey::RsaKey() = default;

Result<RsaKey> RsaKey::fromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    const Result<Detail::DecodedPrivateKey> decoded = Detail::DecodedPrivateKey::decode(pem, passphrase);
    if (!decoded)
        return decoded.error();
    const Detail::DecodedPrivateKey &k = decoded.value();
    if (k.type != Detail::DecodedPrivateKey::Type::Rsa) {
        return LocalError(
            tr("The key is of type %1, not RSA; Symphony bot authentication (RS512) needs an RSA "
               "private key.")
                .arg(k.typeName));
    }
    if (k.bits < MinimumBits) {
        return LocalError(
            tr("The RSA key has only %1 bits; at least %2 bits are required.").arg(k.bits).arg(MinimumBits));
    }

    ERR_clear_error();
    BioPtr in(BIO_new_mem_buf(k.unencryptedPem.constData(), int(k.unencryptedPem.size())));
    EvpPkeyPtr key(in
            ? PEM_read_bio_PrivateKey_ex(in.get(), nullptr, refusePassphrase, nullptr, nullptr, nullptr)
            : nullptr);
    if (!key)
        return LocalError(tr("Could not load the RSA key (%1).").arg(Detail::takeOpenSslErrors()));
    auto d = std::make_shared<Private>();
    d->key = std::move(key);
    d->bits = k.bits;
    RsaKey result;
    result.d = std::move(d);
    return result;
}

Result<RsaKey> RsaKey::fromFile(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return LocalError(
            tr("Cannot read the key file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QByteArray pem = file.readAll();
    Result<RsaKey> key = fromPem(pem, passphrase);
    Detail::wipe(pem);
    if (!key) {
        return LocalError(
            tr("Cannot use the key file %1: %2").arg(QDir::toNativeSeparators(path), key.error().message()));
    }
    return key;
}

bool RsaKey::isEncryptedPem(const QByteArray &pem)
{
    const QList<Detail::PemBlock> blocks = Detail::PemBlock::scan(pem);
    for (const Detail::PemBlock &block : blocks) {
        if (block.isPrivateKey())
            return block.encrypted;
    }
    return false;
}

bool RsaKey::isNull() const
{
    return !d;
}

int RsaKey::bits() const
{
    return d ? d->bits : 0;
}

QByteArray RsaKey::publicKeyPem() const
{
    if (!d)
        return {};
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || !PEM_write_bio_PUBKEY(out.get(), d->key.get())) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(size));
}

Result<QByteArray> RsaKey::signSha512(const QByteArray &message) const
{
    if (!d)
        return LocalError(tr("No RSA private key is loaded."));
    ERR_clear_error();
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    size_t size = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    if (!context
        || EVP_DigestSignInit(context.get(), &keyContext, EVP_sha512(), nullptr, d->key.get()) != 1
        // PKCS#1 v1.5 is OpenSSL's default for RSA; set it anyway because RS512 is defined by it.
        || EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) != 1
        || EVP_DigestSign(context.get(), nullptr, &size, data, size_t(message.size())) != 1) {
        return LocalError(tr("Could not sign with the RSA key (%1).").arg(Detail::takeOpenSslErrors()));
    }
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, data,
            size_t(message.size()))
        != 1) {
        return LocalError(tr("Could not sign with the RSA key (%1).").arg(Detail::takeOpenSslErrors()));
    }
    signature.resize(qsizetype(size));
    return signature;
}

} // namespace Inspector::Auth
