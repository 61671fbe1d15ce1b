// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Inspector::Export {

struct CsvOptions
{
    QChar separator = u',';
    bool quoteAll = false; ///< quote every cell, not only those that need it
    bool header = true;
    QByteArray lineEnding = QByteArrayLiteral("\r\n"); ///< RFC 4180 says CRLF
    bool bom = false; ///< a UTF-8 BOM, for Excel
    bool formulaGuard = true; ///< prefix `'` to cells that a spreadsheet would run as a formula
};

/**
 * @brief Writes RFC 4180 CSV to a device, row by row, always as valid UTF-8.
 *
 * A cell is quoted when it holds the separator, a quote, CR or LF (or always, with quoteAll);
 * embedded quotes are doubled. With the formula guard on, a cell that looksLikeFormula() (`=`,
 * `+`, `-`, `@` or their full-width forms after leading spaces and invisible characters, or a
 * leading tab or CR) gets a leading `'`. Not thread-affine: use it from one thread at a time.
 */
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvOptions &options);

    /// Writes the BOM if asked for; call once before the first row.
    bool begin();
    bool writeRow(const QStringList &cells);

    /// Appends one row to a buffer without writing it (for tests and small exports).
    void appendRow(QByteArray *out, const QStringList &cells);

    qint64 bytesWritten() const { return m_bytes; }
    qint64 replacedCharacters() const { return m_replaced; }
    qint64 guardedCells() const { return m_guarded; }
    QString errorString() const { return m_error; }

private:
    void appendCell(QByteArray *out, const QString &cell);

    QIODevice *m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
    qint64 m_replaced = 0;
    qint64 m_guarded = 0;
    QString m_error;
};

} // namespace Inspector::Export
