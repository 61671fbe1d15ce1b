// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <string_view>

namespace Inspector::Parse {

/// The fields of V4Message that Message has a member for: any other goes to Message::otherFields.
inline constexpr std::array<std::string_view, 20> MessageFields {
    "messageId",
    "parentMessageId",
    "timestamp",
    "message",
    "sharedMessage",
    "data",
    "attachments",
    "user",
    "stream",
    "externalRecipients",
    "diagnostic",
    "userAgent",
    "originalFormat",
    "disclaimer",
    "sid",
    "replacing",
    "replacedBy",
    "initialTimestamp",
    "initialMessageId",
    "silent",
};

inline bool isMessageField(std::string_view key)
{
    for (const std::string_view f : MessageFields) {
        if (f == key)
            return true;
    }
    return false;
}

inline bool isMessageField(const QString &key)
{
    for (const std::string_view f : MessageFields) {
        if (key == QLatin1StringView(f.data(), qsizetype(f.size())))
            return true;
    }
    return false;
}

} // namespace Inspector::Parse
