// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Inspector::Files {

/// The image type of @p bytes by their first bytes alone (never a name): `image/png`,
/// `image/jpeg`, `image/gif` or `image/webp`; empty for anything else.
QString sniffedImageType(const QByteArray &bytes);

/// The content type of a file by its bytes alone: an image type above, `application/pdf`, or what
/// QMimeDatabase finds in the data (`text/plain`, `application/octet-stream`, …).
QString sniffedContentType(const QByteArray &bytes);

} // namespace Inspector::Files
