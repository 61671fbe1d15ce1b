// SPDX-License-Identifier: Apache-2.0
#include "api/attachmentbody.h"

namespace Inspector::AttachmentBody {

std::optional<QByteArray> decode(const QByteArray &body)
{
    QByteArray text;
    text.reserve(body.size());
    for (const char c : body) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            text.append(c);
    }
    for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded
            = QByteArray::fromBase64Encoding(text, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return std::nullopt;
}

} // namespace Inspector::AttachmentBody
