// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

class QIODevice;

namespace Inspector::Export {

/**
 * @brief Writes JSON objects one at a time: as one JSON array (`[` … `]`, one item per line) or
 * as JSON Lines (one object per line). Never builds the whole document in memory.
 *
 * The output is valid UTF-8 and valid JSON even for strings holding lone surrogates: Qt would
 * write them as `\udXXX` escapes, which strict readers reject or turn into garbage; they become
 * U+FFFD and are counted in replacedCharacters().
 */
class JsonWriter
{
public:
    enum class Mode
    {
        Array,
        Lines
    };
    JsonWriter(QIODevice *device, Mode mode);

    bool begin();
    bool write(const QJsonObject &item);
    /**
     * Writes the JSON object given as text (valid JSON, such as Message::json) with `key: value`
     * appended as its last member. The object's own bytes are written as they are (key order,
     * escapes, numbers), only line breaks between tokens become spaces so that an item stays on
     * one line. The caller makes sure the object has no member `key` already.
     */
    bool write(const QByteArray &object, QLatin1StringView key, const QJsonObject &value);
    bool end();

    /// Serialises one item the way write() does, without writing it.
    QByteArray serialize(const QJsonObject &item);

    qint64 itemCount() const { return m_items; }
    qint64 bytesWritten() const { return m_bytes; }
    qint64 replacedCharacters() const { return m_replaced; }
    QString errorString() const { return m_error; }

    /// Replaces every `\uD800`–`\uDFFF` escape of Qt's compact JSON (Qt writes valid pairs as
    /// UTF-8, so any such escape is a lone surrogate) by `\ufffd`. Returns how many.
    static qint64 replaceLoneSurrogateEscapes(QByteArray *json);

private:
    bool put(const QByteArray &bytes);

    QIODevice *m_device;
    Mode m_mode;
    qint64 m_items = 0;
    qint64 m_bytes = 0;
    qint64 m_replaced = 0;
    QString m_error;
};

} // namespace Inspector::Export
