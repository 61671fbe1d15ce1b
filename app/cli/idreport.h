// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Inspector::Cli {

/**
 * @brief What the `id` command tells about one message or stream id, worked out offline.
 *
 * The creation time and the kind come from the id's byte layout described in
 * docs/symphony-api.md §10.2, which was inferred from examples and is not documented by
 * Symphony: they are always labelled as inferred.
 */
struct IdReport
{
    QString input;
    bool valid = false;
    QString error; ///< why the id is not valid
    QString urlSafe;
    QString standard;
    int decodedLength = -1;
    std::optional<qint64> inferredCreationMs; ///< 25-byte ids only
    QString inferredKind; ///< "stream", "message" or empty, from the last byte

    static IdReport analyse(const QString &id);

    /** Label/value pairs for the table output. */
    QList<QPair<QString, QString>> fields() const;
    /** The derived values, for the `_inspector` object of the JSON output. */
    QJsonObject toJson() const;
};

} // namespace Inspector::Cli
