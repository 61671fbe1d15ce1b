// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <vector>

#include "data/message.h"

namespace Inspector {

/**
 * @brief One message as a list of messages keeps it: what a table shows (id, sender, time, one
 * line of text, flags, attachment count) and the message's JSON object as compact UTF-8 for the
 * details, which message() parses when they open.
 *
 * The JSON, the id and the line share one allocation (`bytes`): a million rows cost a million
 * blocks, not three million. Built on any thread (MessageRow::of); the sources of MessageHistory
 * deliver rows, never JSON.
 */
struct MessageRow
{
    enum Flag : quint16
    {
        Edited = 0x1, ///< this message replaces an earlier version
        External = 0x2, ///< external recipients or a cross-pod stream
        Duplicate = 0x4, ///< an earlier row has the same normalised id (set by the list)
        Undecryptable = 0x8, ///< the agent sent a diagnostic instead of the text
        ReplacedLater = 0x10, ///< a newer version of this message exists
        Revised = 0x20, ///< an archive holds more than one version of this message (set by its model)
        IdInJson = 0x4000, ///< the id is too long to keep apart: id() reads it from the JSON
        TextCut = 0x8000, ///< the line is not the whole plain text (cut, or lines joined)
    };
    /// Characters of plain text a row keeps.
    static constexpr int LineChars = 300;

    QByteArray bytes; ///< the JSON object, then the id, then the line (both UTF-8)
    qint64 timestamp = 0;
    qint64 senderId = 0;
    quint16 attachments = 0;
    quint16 flags = 0;
    quint16 idBytes = 0;
    quint16 lineBytes = 0;

    /// The message's JSON object as the server sent it (compact UTF-8).
    QByteArrayView json() const { return QByteArrayView(bytes).first(bytes.size() - idBytes - lineBytes); }
    /// The id as the server sent it.
    QString id() const;
    /// The plain text on one line: at most LineChars characters (and an ellipsis), lines joined.
    QString line() const { return QString::fromUtf8(QByteArrayView(bytes).last(lineBytes)); }

    /// The row of a parsed message (any thread).
    static MessageRow of(const Message &message);
    /// The whole plain text: `line` when it is all of it, else read from the JSON (any thread).
    QString plainText() const;
    /// The full message, parsed from the JSON (any thread).
    Message message() const;

    /// Plain text of a message's JSON object (any thread).
    static QString plainTextOf(QByteArrayView json);
    /// A stable 64-bit key of a normalised id (collisions at 1M rows: about 1 in 10^7).
    static quint64 keyOf(const QString &normalizedId);
};

/**
 * @brief Rows delivered together, in the order a list shows them, with the display name of each
 * sender they name (DisplayName::of) and each row's key (MessageRow::keyOf of its normalised id).
 */
struct MessageBatch
{
    std::vector<MessageRow> rows;
    std::vector<quint64> keys;
    QList<QPair<qint64, QString>> names;

    /// A batch of @p messages in the order of @p order (indexes into messages; any thread).
    static MessageBatch of(const QList<Message> &messages, const QList<int> &order);
    static MessageBatch of(const QList<Message> &messages);
};

} // namespace Inspector
