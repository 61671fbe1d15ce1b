// SPDX-License-Identifier: Apache-2.0
#include "files/sniff.h"

#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace Inspector::Files {

QString sniffedImageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

QString sniffedContentType(const QByteArray &bytes)
{
    if (const QString image = sniffedImageType(bytes); !image.isEmpty())
        return image;
    if (bytes.startsWith("%PDF-"))
        return u"application/pdf"_s;
    return QMimeDatabase().mimeTypeForData(bytes).name();
}

} // namespace Inspector::Files
