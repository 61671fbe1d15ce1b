// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/flattablemodel.h"

namespace Inspector {

FlatTableModel::FlatTableModel(int columns, RowNumbers rowNumbers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
    , m_rowNumbers(rowNumbers)
{ }

int FlatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rowTotal();
}

int FlatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        if (m_rowNumbers == RowNumbers::Shown)
            return QAbstractTableModel::headerData(section, orientation, role);
        return {};
    }
    const QStringList titles = columnTitles();
    Q_ASSERT(titles.size() == m_columns);
    return columnTitle(titles, section);
}

bool FlatTableModel::isCell(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

QVariant columnTitle(const QStringList &titles, int section)
{
    if (section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

} // namespace Inspector
