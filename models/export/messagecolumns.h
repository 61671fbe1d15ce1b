// SPDX-License-Identifier: Apache-2.0
#pragma once

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
    /// Resolves `names` (case-insensitive); nullopt with *error naming the unknown ones.
    static std::optional<QStringList> resolve(const QStringList &names, QString *error);

    /// The cells of one row, in the order of `columns` (already resolved names).
    static QStringList row(const Message &message, const Derived &derived, const QStringList &columns);
    static QStringList header(const QStringList &columns);
    /// One cell; `plainText` is computed only when asked for (it is the expensive one).
    static QString value(const Message &message, const Derived &derived, const QString &column);
};

/// The JSON item of a message: the server's object unchanged, and what the tool derives under
/// the one key "_inspector" (standard Base64 id, ISO time, plain text, duplicates, problems).
QJsonObject messageJson(const Message &message, const Derived &derived);

/// The key under which every derived value lives.
inline constexpr char DerivedKey[] = "_inspector";

} // namespace Inspector::Export
