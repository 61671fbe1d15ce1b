// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Inspector {

/**
 * @brief The shared part of a flat table model (rows without children): rowCount(), columnCount(),
 * the horizontal header from a list of column titles, and the index check of data(). GUI thread.
 *
 * A subclass says how many rows it holds (rowTotal()) and the titles of its columns, in column
 * order (columnTitles(), with its tr() calls written in the subclass so that each title stays
 * filed under that class for translation). The titles are asked for each time a header is shown,
 * so they follow the current language.
 */
class FlatTableModel : public QAbstractTableModel
{
public:
    /// What the vertical header shows: nothing, or the row numbers 1, 2, … (Qt's default).
    enum class RowNumbers
    {
        Hidden,
        Shown
    };

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    FlatTableModel(int columns, RowNumbers rowNumbers, QObject *parent);

    /// The number of rows shown.
    virtual int rowTotal() const = 0;
    /// One title per column, in column order.
    virtual QStringList columnTitles() const = 0;
    /// True when @p index is a valid cell of this table (the preamble of data()).
    bool isCell(const QModelIndex &index) const;

private:
    const int m_columns;
    const RowNumbers m_rowNumbers;
};

/// The title of column @p section in @p titles (column order), or no value when out of range.
/// The shared header lookup of the flat table models and the tree models.
QVariant columnTitle(const QStringList &titles, int section);

} // namespace Inspector
