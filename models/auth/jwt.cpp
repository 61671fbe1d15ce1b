// SPDX-License-Identifier: Apache-2.0
#include "jwt.h"

#include "authtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Inspector::Auth {

namespace {

std::optional<QJsonObject> decodeJsonPart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> signJwtRs512(const RsaKey &key, const QString &subject, qint64 expiresAtSecs)
{
    if (key.isNull()) {
        return LocalError(
            AuthText::tr("Cannot sign the authentication token: no RSA private key is loaded."));
    }
    if (subject.trimmed().isEmpty()) {
        return LocalError(
            AuthText::tr("Cannot sign the authentication token: the service account username is empty."));
    }
    if (expiresAtSecs <= 0) {
        return LocalError(
            AuthText::tr("Cannot sign the authentication token: the expiry time %1 is not a time after "
                         "1970.")
                .arg(expiresAtSecs));
    }

    static const QByteArray header = QByteArrayLiteral(R"({"alg":"RS512","typ":"JWT"})");
    // QJsonDocument escapes the subject correctly (quotes, control characters, non-ASCII as UTF-8).
    const QByteArray claims = QJsonDocument(QJsonObject {{u"sub"_s, subject}, {u"exp"_s, expiresAtSecs}})
                                  .toJson(QJsonDocument::Compact);
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(claims);
    const Result<QByteArray> signature = key.signSha512(signingInput);
    if (!signature)
        return signature;
    return QByteArray(signingInput + '.' + base64Url(signature.value()));
}

std::optional<JwtClaims> decodeJwtClaimsUnverified(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.trimmed().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const std::optional<QJsonObject> header = decodeJsonPart(parts.at(0));
    if (!header || !header->value(u"alg"_s).isString())
        return std::nullopt;
    const std::optional<QJsonObject> claims = decodeJsonPart(parts.at(1));
    if (!claims)
        return std::nullopt;

    JwtClaims result;
    const QJsonValue subject = claims->value(u"sub"_s);
    if (!subject.isUndefined()) {
        if (!subject.isString())
            return std::nullopt;
        result.subject = subject.toString();
    }
    const QJsonValue expiry = claims->value(u"exp"_s);
    if (!expiry.isUndefined()) {
        // RFC 7519 NumericDate may carry a fraction; whole seconds are enough to show a lifetime.
        const double seconds = expiry.toDouble();
        if (!expiry.isDouble() || !std::isfinite(seconds) || seconds <= 0 || seconds >= 9.2e18)
            return std::nullopt;
        result.expiresAt = expiry.toInteger(qint64(std::floor(seconds)));
    }
    return result;
}

} // namespace Inspector::Auth
