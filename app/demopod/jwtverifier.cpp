// SPDX-License-Identifier: Apache-2.0
#include "jwtverifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <openssl/decoder.h>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct DecoderDeleter
{
    void operator()(OSSL_DECODER_CTX *ctx) const { OSSL_DECODER_CTX_free(ctx); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

bool decodeSegment(const QByteArray &segment, QByteArray *out)
{
    for (const char c : segment) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return false;
    }
    const auto result = QByteArray::fromBase64Encoding(segment,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

} // namespace

struct RsaPublicKey::Data
{
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key;
};

RsaPublicKey::RsaPublicKey() = default;
RsaPublicKey::~RsaPublicKey() = default;
RsaPublicKey::RsaPublicKey(RsaPublicKey &&other) noexcept = default;
RsaPublicKey &RsaPublicKey::operator=(RsaPublicKey &&other) noexcept = default;

bool RsaPublicKey::isNull() const
{
    return !d || !d->key;
}

Result<RsaPublicKey> RsaPublicKey::fromPem(const QByteArray &pem)
{
    // The decoder reads both SPKI ("PUBLIC KEY") and PKCS#1 ("RSA PUBLIC KEY") PEM.
    EVP_PKEY *raw = nullptr;
    std::unique_ptr<OSSL_DECODER_CTX, DecoderDeleter> decoder(
        OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr));
    if (!decoder)
        return LocalError(u"no PEM decoder for RSA keys"_s);
    const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
    size_t length = size_t(pem.size());
    if (OSSL_DECODER_from_data(decoder.get(), &data, &length) != 1 || !raw)
        return LocalError(u"not a PEM RSA public key"_s);
    std::unique_ptr<EVP_PKEY, PkeyDeleter> owned(raw);
    if (EVP_PKEY_get_base_id(raw) != EVP_PKEY_RSA)
        return LocalError(u"not an RSA key"_s);
    RsaPublicKey key;
    key.d = std::make_unique<Data>();
    key.d->key = std::move(owned);
    return Result<RsaPublicKey>(std::move(key));
}

bool RsaPublicKey::verifyRs512(const QByteArray &signingInput, const QByteArray &signature) const
{
    if (isNull())
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha512(), nullptr, d->key.get()) != 1)
        return false;
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
        size_t(signingInput.size()));
    return rc == 1;
}

Result<ParsedJwt> parseJwt(const QByteArray &token)
{
    ParsedJwt jwt;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.at(2).isEmpty())
        return LocalError(u"not a compact JWS"_s);
    QByteArray headerJson;
    QByteArray payloadJson;
    if (!decodeSegment(parts.at(0), &headerJson) || !decodeSegment(parts.at(1), &payloadJson)
        || !decodeSegment(parts.at(2), &jwt.signature)) {
        return LocalError(u"bad base64url"_s);
    }
    const QJsonDocument header = QJsonDocument::fromJson(headerJson);
    const QJsonDocument payload = QJsonDocument::fromJson(payloadJson);
    if (!header.isObject() || !payload.isObject())
        return LocalError(u"header or claims are not JSON objects"_s);
    if (header.object().value(u"alg"_s).toString() != u"RS512"_s)
        return LocalError(u"alg must be RS512"_s);
    const QJsonObject c = payload.object();
    const QJsonValue sub = c.value(u"sub"_s);
    const QJsonValue exp = c.value(u"exp"_s);
    if (!sub.isString() || sub.toString().isEmpty() || !exp.isDouble())
        return LocalError(u"sub or exp missing"_s);
    jwt.claims.subject = sub.toString();
    jwt.claims.expiresAt = exp.toInteger(qint64(exp.toDouble()));
    jwt.signingInput = parts.at(0) + '.' + parts.at(1);
    return jwt;
}

} // namespace Inspector::DemoPod
