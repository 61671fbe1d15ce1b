// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/streamtreemodel.h"

#include <QDateTime>

#include "data/ids.h"
#include "data/times.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

// Type nodes have internalId 0; a stream's internalId is its group + 1.
constexpr quintptr GroupNodeId = 0;

} // namespace

StreamTreeModel::StreamTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

StreamTreeModel::~StreamTreeModel() = default;

QStringList StreamTreeModel::typeNames()
{
    return {u"IM"_s, u"MIM"_s, u"ROOM"_s, u"POST"_s};
}

int StreamTreeModel::groupOf(const QString &type)
{
    const int g = int(typeNames().indexOf(type));
    return g < 0 ? 2 : g; // an unknown type is shown with the rooms rather than lost
}

void StreamTreeModel::clear()
{
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    m_position.clear();
    endResetModel();
}

void StreamTreeModel::namesChanged(const QList<int> &roles)
{
    for (int g = 0; g < 2; ++g)
        if (!m_groups[g].isEmpty())
            Q_EMIT dataChanged(index(0, NameColumn, index(g, 0)),
                index(int(m_groups[g].size()) - 1, NameColumn, index(g, 0)), roles);
}

void StreamTreeModel::setUserNames(const QHash<qint64, QString> &names)
{
    if (names.isEmpty())
        return;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_userNames.insert(it.key(), it.value());
    namesChanged({Qt::DisplayRole, Qt::ToolTipRole, ModelRole::RawValue});
}

void StreamTreeModel::clearUserNames()
{
    m_userNames.clear();
    namesChanged({Qt::DisplayRole, Qt::ToolTipRole, ModelRole::RawValue});
}

void StreamTreeModel::setExcludedUser(qint64 userId)
{
    if (m_excluded == userId)
        return;
    m_excluded = userId;
    namesChanged({Qt::DisplayRole, ModelRole::RawValue});
}

void StreamTreeModel::appendStreams(QList<StreamRow> rows)
{
    QList<StreamRow> perGroup[GroupCount];
    for (StreamRow &e : rows) {
        e.id = Ids::normalized(e.id);
        if (e.id.isEmpty() || m_position.contains(e.id))
            continue;
        perGroup[groupOf(e.type)].append(std::move(e));
    }
    for (int g = 0; g < GroupCount; ++g) {
        if (perGroup[g].isEmpty())
            continue;
        const int first = int(m_groups[g].size());
        const QModelIndex parent = index(g, 0);
        beginInsertRows(parent, first, first + int(perGroup[g].size()) - 1);
        for (StreamRow &e : perGroup[g]) {
            m_position.insert(e.id, {g, int(m_groups[g].size())});
            m_groups[g].append(std::move(e));
        }
        endInsertRows();
        Q_EMIT dataChanged(parent, parent, {Qt::DisplayRole});
    }
}

void StreamTreeModel::updateStream(const QString &streamId, const std::function<void(StreamRow &)> &change)
{
    const auto pos = m_position.constFind(Ids::normalized(streamId));
    if (pos == m_position.cend())
        return;
    change(m_groups[pos->first][pos->second]);
    const QModelIndex parent = index(pos->first, 0);
    Q_EMIT dataChanged(index(pos->second, 0, parent), index(pos->second, ColumnCount - 1, parent));
}

const StreamRow *StreamTreeModel::stream(const QString &streamId) const
{
    const auto pos = m_position.constFind(Ids::normalized(streamId));
    return pos == m_position.cend() ? nullptr : &m_groups[pos->first][pos->second];
}

int StreamTreeModel::streamCount() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += int(g.size());
    return n;
}

QModelIndex StreamTreeModel::indexOfStream(const QString &streamId, int column) const
{
    const auto pos = m_position.constFind(Ids::normalized(streamId));
    if (pos == m_position.cend())
        return {};
    return index(pos->second, column, index(pos->first, 0));
}

QString StreamTreeModel::title(const QString &streamId) const
{
    const auto pos = m_position.constFind(Ids::normalized(streamId));
    return pos == m_position.cend() ? QString() : entryTitle(m_groups[pos->first][pos->second]);
}

QString StreamTreeModel::entryTitle(const StreamRow &e) const
{
    if (!e.roomName.isEmpty())
        return e.roomName;
    const qint64 excluded = m_excluded;
    QStringList names;
    for (qint64 id : e.members) {
        if (id == excluded && e.members.size() > 1)
            continue;
        const QString name = m_userNames.value(id);
        names.append(name.isEmpty() ? QString::number(id) : name);
    }
    if (!names.isEmpty())
        return names.join(", "_L1);
    if (e.type == "POST"_L1)
        return tr("Wall posts (%1)").arg(e.id.left(8));
    return e.id;
}

const StreamRow *StreamTreeModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupNodeId)
        return nullptr;
    const int g = int(index.internalId() - 1);
    if (g < 0 || g >= GroupCount || index.row() >= m_groups[g].size())
        return nullptr;
    return &m_groups[g][index.row()];
}

QModelIndex StreamTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, GroupNodeId) : QModelIndex();
    if (parent.internalId() != GroupNodeId || parent.column() != 0)
        return {};
    const int g = parent.row();
    if (row >= m_groups[g].size())
        return {};
    return createIndex(row, column, quintptr(g + 1));
}

QModelIndex StreamTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupNodeId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupNodeId);
}

int StreamTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != GroupNodeId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int StreamTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StreamTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupNodeId) {
        const QString type = typeNames().at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return tr("%1 (%2)").arg(type).arg(m_groups[index.row()].size());
            return {};
        case ModelRole::StreamType:
            return type;
        case ModelRole::IsGroup:
            return true;
        case ModelRole::Active:
            return true;
        case ModelRole::RawValue:
            return index.row();
        }
        return {};
    }
    const StreamRow *e = entryAt(index);
    if (!e)
        return {};
    // A plain int and a flag: GCC's -O2 flow analysis reports a copied std::optional<int> as
    // maybe-uninitialized here (a false positive that breaks -Werror builds).
    const bool hasMembers = e->membersCount.has_value();
    const int members = e->membersCount.value_or(0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entryTitle(*e);
        case MembersColumn:
            return hasMembers ? QVariant(members) : QVariant();
        case LastActivityColumn:
            return e->lastActivity ? QVariant(QDateTime::fromMSecsSinceEpoch(*e->lastActivity)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastActivityColumn && e->lastActivity)
            return Times::toIso(*e->lastActivity);
        if (index.column() == NameColumn) {
            QString tip = entryTitle(*e) + u'\n' + e->id;
            if (!e->active)
                tip += u'\n' + tr("Inactive");
            if (e->crossPod)
                tip += u'\n' + tr("Cross-pod");
            return plainToolTip(tip);
        }
        return {};
    case ModelRole::StreamId:
        return e->id;
    case ModelRole::StandardId:
        return Ids::toStandard(e->id);
    case ModelRole::StreamType:
        return e->type;
    case ModelRole::Active:
        return e->active;
    case ModelRole::Members:
        return hasMembers ? QVariant(members) : QVariant();
    case ModelRole::LastActivity:
        return e->lastActivity ? QVariant(*e->lastActivity) : QVariant();
    case ModelRole::CrossPod:
        return e->crossPod;
    case ModelRole::IsGroup:
        return false;
    case ModelRole::RawValue:
        switch (index.column()) {
        case NameColumn:
            return entryTitle(*e).toLower();
        case MembersColumn:
            return hasMembers ? members : -1;
        case LastActivityColumn:
            return e->lastActivity.value_or(-1);
        }
        return {};
    }
    return {};
}

QVariant StreamTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return columnTitle({tr("Name"), tr("Members"), tr("Last activity")}, section);
}

} // namespace Inspector
