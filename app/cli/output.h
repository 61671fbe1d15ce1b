// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Inspector::Cli {

/**
 * @brief A command's results on standard output: an aligned table, or one JSON array.
 *
 * Table mode: the first rows are held to size the columns (each capped at its maximum width,
 * longer cells are cut with an ellipsis); after that the widths are fixed and rows are written as
 * they come, so a long listing neither waits for its end nor keeps everything in memory.
 * Key/value blocks (fields()) and free text lines (note()) are written in order with the rows.
 *
 * JSON mode: items are written one per line as they come; the array is opened with the first item
 * and closed by finish(), so standard output always holds a complete array or nothing at all.
 *
 * Collecting mode (an export): JSON mode whose items go to a function instead of a device; nothing
 * else is written.
 *
 * Does not own the device. Used on one thread.
 */
class Output
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Cli::Output)

public:
    struct Column
    {
        QString title;
        int maxWidth = 40; ///< 0 = no limit
        bool rightAligned = false;
    };

    using ItemSink = std::function<void(const QJsonObject &item)>;

    Output(QIODevice *device, bool json);
    /** Collecting mode: JSON items go to @p sink. */
    explicit Output(ItemSink sink);
    ~Output();
    Q_DISABLE_COPY_MOVE(Output)

    bool isJson() const { return m_json; }

    /** Table mode: starts a new table (a previous one is finished first); @p emptyText is written
     *  instead when the table gets no row. */
    void setColumns(const QList<Column> &columns, const QString &emptyText = {});
    void addRow(const QStringList &cells);
    /** Table mode: "Label:  value" lines, aligned among themselves; further lines of a value are
     *  indented under its first. */
    void addFields(const QList<QPair<QString, QString>> &fields);
    /** Table mode: a line of text after what was written so far. */
    void addNote(const QString &text);

    /** JSON mode: one item of the array. */
    void addItem(const QJsonObject &item);
    int itemCount() const { return m_items; }
    int rowCount() const { return m_rows; }

    /**
     * Writes what is held back and closes the JSON array. With @p success and nothing written,
     * JSON mode writes `[]`; after a failure with nothing written it writes nothing.
     */
    void finish(bool success);

private:
    void flushTable();
    void writeRow(const QStringList &cells);
    void write(const QString &text);

    QIODevice *m_device;
    ItemSink m_sink;
    bool m_json;
    bool m_arrayOpen = false;
    bool m_finished = false;
    int m_items = 0;
    int m_rows = 0;
    QList<Column> m_columns;
    QString m_emptyText;
    int m_tableRows = 0;
    QList<int> m_widths;
    QList<QStringList> m_held;
    bool m_widthsFixed = false;
};

} // namespace Inspector::Cli
