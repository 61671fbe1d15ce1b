// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "data/message.h"

namespace Inspector::Export {

/// What the tool derives for a message, kept apart from the server's fields.
struct Derived
{
    int duplicates = 0; ///< other deliveries of this message that were dropped
    bool isDuplicate = false; ///< kept although it repeats an earlier message (duplicates kept)
};

/**
 * @brief The columns a message export can have, by the names users give to `--columns` and the
 * export dialog. Every field of V4Message has a column; `extra` holds any field the tool does not
 * know (as JSON), so that nothing is lost.
 */
class MessageColumns
{
public:
    struct Column
    {
        QString name; ///< machine name, e.g. "senderName"
        QString title; ///< CSV header and dialog label, translated
    };

    static const QList<Column> &all();
    static QStringList defaultNames();
    /// Resolves `names` (case-insensitive); an error naming the unknown ones.
    static Result<QStringList> resolve(const QStringList &names);

    /// The cells of one row, in the order of `columns` (already resolved names).
    static QStringList row(const Message &message, const Derived &derived, const QStringList &columns);
    static QStringList header(const QStringList &columns);
    /// One cell; `plainText` is computed only when asked for (it is the expensive one).
    static QString value(const Message &message, const Derived &derived, const QString &column);
};

/**
 * What the tool derives for a message, the value of "_inspector" in the JSON exports and in the
 * CLI's --json: standardId (standard Base64), key and urlSafeId (both the normalised URL-safe id),
 * timeIso, plainText, duplicates (copies dropped), problems (always a list), and duplicate: true
 * on a copy kept because duplicates were kept.
 */
QJsonObject messageInspector(const Message &message, const Derived &derived);

/// The JSON item of a message: the server's object unchanged, and messageInspector() under the
/// one key "_inspector".
QJsonObject messageJson(const Message &message, const Derived &derived);

class JsonWriter;
/// Writes messageJson() of a message; from the bytes the server sent (Message::json), in its key
/// order and without re-serialising them, when the message has them.
bool writeMessageJson(JsonWriter *writer, const Message &message, const Derived &derived);

/// The key under which every derived value lives.
inline constexpr char DerivedKey[] = "_inspector";

} // namespace Inspector::Export
