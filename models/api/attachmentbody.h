// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace Inspector::AttachmentBody {

/// The file an attachment download (Requests::attachment) answered: its body is the file as
/// Base64 text (spec), line breaks tolerated; nullopt when it is not Base64. One decoder for every
/// download (`attachments --download`, `archive sync --attachments`, `export --attachments`).
std::optional<QByteArray> decode(const QByteArray &body);

} // namespace Inspector::AttachmentBody
