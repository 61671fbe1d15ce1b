// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/busiestmodel.h"

#include "data/ids.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/plaintooltip.h"

namespace Inspector {

BusiestModel::BusiestModel(Kind kind, QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Shown, parent)
    , m_kind(kind)
{ }

BusiestModel::~BusiestModel() = default;

void BusiestModel::setRows(const QList<Archive::BusiestRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList BusiestModel::columnTitles() const
{
    return {m_kind == Kind::Streams ? tr("Stream") : tr("Sender"),
        m_kind == Kind::Streams ? tr("Stream ID") : tr("User ID"), tr("Messages")};
}

QVariant BusiestModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Archive::BusiestRow &r = m_rows.at(index.row());
    const QString id = m_kind == Kind::Streams ? Ids::toUrlSafe(r.id) : r.id;
    // IMs and MIMs have no name: their type says what they are.
    const QString name
        = r.name.isEmpty() && !r.type.isEmpty() ? tr("(%1 without a name)").arg(r.type) : r.name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case IdColumn:
            return id;
        case MessagesColumn:
            return r.messages;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? plainToolTip(name) : QString();
    case Qt::TextAlignmentRole:
        return index.column() == MessagesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case ModelRole::RawValue:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case IdColumn:
            return id;
        case MessagesColumn:
            return r.messages;
        default:
            return {};
        }
    case ModelRole::StreamId:
        return m_kind == Kind::Streams ? QVariant(id) : QVariant();
    case ModelRole::SenderId:
        return m_kind == Kind::Senders ? QVariant(r.id.toLongLong()) : QVariant();
    default:
        return {};
    }
}

} // namespace Inspector
