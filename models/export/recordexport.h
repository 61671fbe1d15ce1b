// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/apierror.h"
#include "export/csvwriter.h"
#include "export/exportformat.h"

class QIODevice;

namespace Inspector::Export {

struct RecordExportSettings
{
    Format format = Format::Csv;
    CsvOptions csv;
    /// CSV only: flattened column names to write, in this order; empty = every column.
    QStringList columns;
    QString outputPath; ///< written atomically through QSaveFile (a pipe or device directly: OutputFile)
    QIODevice *device = nullptr; ///< instead of outputPath (e.g. stdout): not atomic
};

struct RecordExportReport
{
    ApiError error; ///< kind None on success; Config for unknown columns, Io for the file
    qint64 records = 0;
    qint64 replacedCharacters = 0; ///< text that could not be encoded, written as U+FFFD
    qint64 guardedCells = 0; ///< CSV cells defused against formula injection
    qint64 bytes = 0;
    QStringList columns; ///< the CSV columns written (empty for JSON)
    QStringList files; ///< the file committed (empty for a device)
};

/**
 * @brief Exports a small list of JSON records (streams, members, receipts, users, signals, a health
 * report…) to CSV, JSON or JSON Lines. Pure functions: callable from any thread.
 *
 * JSON and JSON Lines items are the records unchanged (the server's object, plus the tool's own
 * `_inspector` object when the caller added one). CSV columns are the records' flattened keys:
 * nested objects become dotted paths (`attributes.membersCount`), arrays are written as JSON text,
 * `null` as an empty cell. Columns come in order of first appearance over the records, with the
 * `_inspector` ones after the server's; 64-bit integers are written exactly. Writing goes through
 * CsvWriter / JsonWriter (formula guard, valid UTF-8) and, for a path, through QSaveFile, so a
 * failed export never leaves a partial file nor damages a previous one.
 */
class RecordExport
{
public:
    /// The flattened (column, cell) pairs of one record, in column order.
    static QList<QPair<QString, QString>> flatten(const QJsonObject &record);
    /// Every column of `records`, in order of first appearance.
    static QStringList columns(const QList<QJsonObject> &records);
    /// A scalar as cell text (integers exact, doubles shortest round-trip); arrays and objects as JSON.
    static QString cellText(const QJsonValue &value);
    /// Resolves user-given column names against `known` (exact, else case-insensitive); an error
    /// listing the known columns when one is unknown.
    static Result<QStringList> resolveColumns(const QStringList &names, const QStringList &known);

    /// Writes every record; the report says what was written or why nothing was.
    static RecordExportReport write(const QList<QJsonObject> &records, const RecordExportSettings &settings);
};

} // namespace Inspector::Export
