// SPDX-License-Identifier: Apache-2.0
#include "export/jsonwriter.h"

#include "data/jsonescape.h"

#include <QIODevice>
#include <QJsonDocument>

#include <cstring>

namespace Inspector::Export {

JsonWriter::JsonWriter(QIODevice *device, Mode mode)
    : m_device(device)
    , m_mode(mode)
{ }

qint64 JsonWriter::replaceLoneSurrogateEscapes(QByteArray *json)
{
    qint64 count = 0;
    char *d = json->data();
    const qsizetype n = json->size();
    for (qsizetype i = 0; i < n;) {
        const void *hit = std::memchr(d + i, '\\', size_t(n - i));
        if (!hit)
            break;
        i = static_cast<const char *>(hit) - d;
        if (i + 5 < n && d[i + 1] == 'u') {
            const int value = JsonEscape::unicodeEscapeAt(*json, i);
            if (value >= 0xD800 && value <= 0xDFFF) {
                std::memcpy(d + i + 2, "fffd", 4);
                ++count;
            }
            i += 6;
        } else {
            i += 2; // an escaped character: never the start of another escape
        }
    }
    return count;
}

QByteArray JsonWriter::serialize(const QJsonObject &item)
{
    QByteArray bytes = QJsonDocument(item).toJson(QJsonDocument::Compact);
    m_replaced += replaceLoneSurrogateEscapes(&bytes);
    return bytes;
}

bool JsonWriter::put(const QByteArray &bytes)
{
    const qint64 written = m_device->write(bytes);
    if (written != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytes += written;
    return true;
}

bool JsonWriter::begin()
{
    return m_mode == Mode::Lines || put(QByteArrayLiteral("[\n"));
}

bool JsonWriter::write(const QJsonObject &item)
{
    QByteArray bytes;
    if (m_mode == Mode::Array && m_items > 0)
        bytes.append(",\n");
    bytes.append(serialize(item));
    if (m_mode == Mode::Lines)
        bytes.append('\n');
    ++m_items;
    return put(bytes);
}

bool JsonWriter::write(const QByteArray &object, QLatin1StringView key, const QJsonObject &value)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    qsizetype close = object.size() - 1;
    while (close > 0 && object.at(close) != '}')
        --close;
    qsizetype last = close - 1;
    while (last > 0 && isSpace(object.at(last)))
        --last;
    const QByteArray extra = serialize(value);
    QByteArray bytes;
    bytes.reserve(close + key.size() + extra.size() + 8);
    if (m_mode == Mode::Array && m_items > 0)
        bytes.append(",\n");
    const qsizetype start = bytes.size();
    bytes.append(object.constData(), close);
    // JSON strings cannot hold a raw line break: any here is whitespace between tokens.
    char *const end = bytes.data() + bytes.size();
    for (char *c = bytes.data() + start; c < end; ++c) {
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    }
    if (last >= 0 && object.at(last) != '{')
        bytes.append(',');
    bytes.append('"').append(key.data(), key.size()).append("\":").append(extra).append('}');
    if (m_mode == Mode::Lines)
        bytes.append('\n');
    ++m_items;
    return put(bytes);
}

bool JsonWriter::end()
{
    if (m_mode == Mode::Lines)
        return true;
    return put(m_items > 0 ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n"));
}

} // namespace Inspector::Export
