// SPDX-License-Identifier: Apache-2.0
#include "idcodec.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <limits>

namespace Inspector::DemoPod::IdCodec {

namespace {

QByteArray checkBytes(quint32 first, quint32 second, char tag)
{
    QByteArray seed("symphony-demo-pod");
    seed.append(tag);
    char buffer[8];
    qToBigEndian(first, buffer);
    qToBigEndian(second, buffer + 4);
    seed.append(buffer, 8);
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).left(8);
}

QByteArray keyFor(const QByteArray &check)
{
    return QCryptographicHash::hash(check, QCryptographicHash::Sha256).left(8);
}

} // namespace

QString toUrlSafe(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString toStandard(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64());
}

bool looksStandard(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'+' || c == u'/' || c == u'=' || c == u' ')
            return true;
    }
    return false;
}

bool fromUrlSafe(const QString &text, QByteArray *raw)
{
    if (text.size() != 34)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
            || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != RawSize)
        return false;
    // Reject non-canonical spellings (stray low bits in the last character).
    if (toUrlSafe(decoded.decoded) != text)
        return false;
    *raw = decoded.decoded;
    return true;
}

QByteArray make(char tag, quint32 first, quint32 second, qint64 creationMs)
{
    const QByteArray check = checkBytes(first, second, tag);
    const QByteArray key = keyFor(check);
    char plain[8];
    qToBigEndian(first, plain);
    qToBigEndian(second, plain + 4);
    QByteArray raw(RawSize, '\0');
    for (int i = 0; i < 8; ++i)
        raw[i] = char(plain[i] ^ key[i]);
    for (int i = 0; i < 8; ++i)
        raw[8 + i] = check[i];
    qToBigEndian(std::numeric_limits<qint64>::max() - creationMs, raw.data() + 16);
    raw[24] = tag;
    return raw;
}

bool unpack(const QByteArray &raw, char tag, quint32 *first, quint32 *second)
{
    if (raw.size() != RawSize || raw.at(24) != tag)
        return false;
    const QByteArray check = raw.mid(8, 8);
    const QByteArray key = keyFor(check);
    char plain[8];
    for (int i = 0; i < 8; ++i)
        plain[i] = char(raw.at(i) ^ key.at(i));
    const quint32 a = qFromBigEndian<quint32>(plain);
    const quint32 b = qFromBigEndian<quint32>(plain + 4);
    if (checkBytes(a, b, tag) != check)
        return false;
    *first = a;
    *second = b;
    return true;
}

qint64 creationTime(const QByteArray &raw)
{
    if (raw.size() != RawSize)
        return 0;
    return std::numeric_limits<qint64>::max() - qFromBigEndian<qint64>(raw.constData() + 16);
}

} // namespace Inspector::DemoPod::IdCodec
