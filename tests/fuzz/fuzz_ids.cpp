// SPDX-License-Identifier: Apache-2.0
// The id codec: validation, decoding and both textual forms, with the invariants the rest of the
// program relies on (one key per id, no made-up standard form, decode() and validate() agree).
// Input: the first byte picks how the rest is read (UTF-8 text, Latin-1 text, or raw bytes to be
// encoded as an id).
#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "data/ids.h"
#include "fuzzcheck.h"

using namespace Inspector;

namespace {

void checkText(const QString &id)
{
    const Result<> result = Ids::validate(id);
    const bool valid = result.ok();
    const QString error = result.error().message();
    FUZZ_CHECK(valid == Ids::validate(id).ok());
    bool ok = !valid;
    const QByteArray bytes = Ids::decode(id, &ok);
    FUZZ_CHECK_MSG(ok == valid, qPrintable(id)); // decode() never disagrees with validate()
    FUZZ_CHECK(Ids::decodedLength(id) == (valid ? int(bytes.size()) : -1));
    const QString key = Ids::normalized(id);
    FUZZ_CHECK(key == Ids::toUrlSafe(id));
    const QString standard = Ids::toStandard(id);
    if (!valid) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(error.size() < 400); // quoted ids are shortened
        FUZZ_CHECK(bytes.isEmpty());
        FUZZ_CHECK(standard.isEmpty()); // nothing is made up for what is not an id
        FUZZ_CHECK(Ids::toStandardJson(id).isNull());
        return;
    }
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(!bytes.isEmpty());
    FUZZ_CHECK(!standard.isEmpty() && standard.size() % 4 == 0);
    FUZZ_CHECK(Ids::toStandardJson(id).toString() == standard);
    FUZZ_CHECK(Ids::normalized(key) == key); // idempotent
    // Both forms are valid, decode to the same bytes and share one key.
    FUZZ_CHECK(Ids::validate(key) && Ids::validate(standard));
    FUZZ_CHECK(Ids::decode(key) == bytes && Ids::decode(standard) == bytes);
    FUZZ_CHECK(Ids::normalized(standard) == key);
    FUZZ_CHECK(Ids::toStandard(key) == standard);
    // The key is the canonical URL-safe Base64 of the bytes.
    FUZZ_CHECK(key
        == QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    FUZZ_CHECK(standard == QString::fromLatin1(bytes.toBase64()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        checkText(QString::fromUtf8(rest));
        break;
    case 1:
        checkText(QString::fromLatin1(rest));
        break;
    default: {
        // Any bytes make an id in both forms (with surrounding whitespace, which every function trims).
        const QString urlSafe = QString::fromLatin1(
            rest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString standard = QString::fromLatin1(rest.toBase64());
        const QString padded = QLatin1String(" \t") + standard + QLatin1String("\n");
        for (const QString &id : {urlSafe, standard, padded}) {
            checkText(id);
            FUZZ_CHECK(Ids::validate(id).ok() == !rest.isEmpty());
            if (!rest.isEmpty())
                FUZZ_CHECK(Ids::decode(id) == rest);
        }
        break;
    }
    }
    return 0;
}
