// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/changesmodel.h"

#include <QDateTime>
#include <algorithm>

#include "data/ids.h"
#include "data/times.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

using Archive::Change;

namespace {

/// The internal id of a change row: its group's row + 1 (group rows have 0).
quintptr childTag(int groupRow)
{
    return quintptr(groupRow) + 1;
}

} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ChangesModel::~ChangesModel() = default;

ChangesModel::Group ChangesModel::groupOf(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::StreamAdded:
        return Group::NewStreams;
    case Change::Kind::StreamRenamed:
    case Change::Kind::StreamDeactivated:
    case Change::Kind::StreamReactivated:
        return Group::StreamChanges;
    case Change::Kind::MemberJoined:
    case Change::Kind::MemberLeft:
    case Change::Kind::OwnerChanged:
        return Group::Members;
    case Change::Kind::MessageEdited:
        return Group::Edited;
    case Change::Kind::MessageSuppressed:
        return Group::Suppressed;
    case Change::Kind::MessageMissing:
        return Group::Missing;
    case Change::Kind::MessageNew:
        break;
    }
    return Group::NewMessages;
}

QString ChangesModel::groupTitle(Group group)
{
    switch (group) {
    case Group::NewStreams:
        return tr("New streams");
    case Group::StreamChanges:
        return tr("Renamed or deactivated streams");
    case Group::Members:
        return tr("Members who joined or left");
    case Group::Edited:
        return tr("Edited messages");
    case Group::Suppressed:
        return tr("Suppressed messages");
    case Group::Missing:
        return tr("Missing messages");
    case Group::NewMessages:
        break;
    }
    return tr("New messages");
}

QString ChangesModel::kindTitle(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::StreamAdded:
        return tr("New stream");
    case Change::Kind::StreamRenamed:
        return tr("Renamed");
    case Change::Kind::StreamDeactivated:
        return tr("Deactivated");
    case Change::Kind::StreamReactivated:
        return tr("Reactivated");
    case Change::Kind::MemberJoined:
        return tr("Joined");
    case Change::Kind::MemberLeft:
        return tr("Left");
    case Change::Kind::OwnerChanged:
        return tr("Owner changed");
    case Change::Kind::MessageNew:
        return tr("New");
    case Change::Kind::MessageEdited:
        return tr("Edited");
    case Change::Kind::MessageSuppressed:
        return tr("Suppressed");
    case Change::Kind::MessageMissing:
        break;
    }
    return tr("Missing");
}

void ChangesModel::setChanges(const QList<Change> &changes, const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_all = changes;
    m_names = names;
    rebuild();
    endResetModel();
}

void ChangesModel::setStreamFilter(const QString &streamId)
{
    const QString id = streamId.isEmpty() ? QString() : Ids::normalized(streamId);
    if (id == m_stream)
        return;
    beginResetModel();
    m_stream = id;
    rebuild();
    endResetModel();
}

void ChangesModel::setGroupFilter(int group)
{
    if (group < -1 || group >= GroupCount)
        group = -1;
    if (group == m_group)
        return;
    beginResetModel();
    m_group = group;
    rebuild();
    endResetModel();
}

void ChangesModel::rebuild()
{
    m_shown.clear();
    QList<int> perGroup[GroupCount];
    for (int i = 0; i < m_all.size(); ++i) {
        const Change &c = m_all.at(i);
        const int g = int(groupOf(c.kind));
        if (m_group >= 0 && g != m_group)
            continue;
        if (!m_stream.isEmpty() && Ids::normalized(c.streamId) != m_stream)
            continue;
        perGroup[g].append(i);
    }
    for (int g = 0; g < GroupCount; ++g) {
        if (!perGroup[g].isEmpty())
            m_shown.append({Group(g), perGroup[g]});
    }
}

QList<Change> ChangesModel::shownChanges() const
{
    QList<Change> list;
    for (const auto &[group, rows] : m_shown) {
        for (int i : rows)
            list.append(m_all.at(i));
    }
    return list;
}

QList<QJsonObject> ChangesModel::shownRecords() const
{
    QList<QJsonObject> records;
    for (const auto &[group, rows] : m_shown) {
        for (int i : rows) {
            const Change &c = m_all.at(i);
            QJsonObject o = c.toRecord();
            if (c.userId && m_names.contains(c.userId))
                o.insert(u"userName"_s, m_names.value(c.userId));
            records.append(o);
        }
    }
    return records;
}

QList<QPair<QString, QString>> ChangesModel::streams() const
{
    QHash<QString, QString> byId;
    for (const Change &c : m_all)
        byId.insert(Ids::normalized(c.streamId), c.streamName);
    QList<QPair<QString, QString>> list;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        const int byName = a.second.localeAwareCompare(b.second);
        return byName != 0 ? byName < 0 : a.first < b.first;
    });
    return list;
}

const Change *ChangesModel::changeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const int groupRow = int(index.internalId() - 1);
    if (groupRow >= m_shown.size() || index.row() >= m_shown.at(groupRow).second.size())
        return nullptr;
    return &m_all.at(m_shown.at(groupRow).second.at(index.row()));
}

int ChangesModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != 0 || index.row() >= m_shown.size())
        return -1;
    return int(m_shown.at(index.row()).first);
}

QModelIndex ChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_shown.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_shown.size())
        return {};
    if (row >= m_shown.at(parent.row()).second.size())
        return {};
    return createIndex(row, column, childTag(parent.row()));
}

QModelIndex ChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_shown.size())
        return 0;
    return int(m_shown.at(parent.row()).second.size());
}

int ChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ChangesModel::subjectText(const Change &c) const
{
    if (!c.messageId.isEmpty())
        return Ids::toUrlSafe(c.messageId);
    if (c.userId)
        return m_names.contains(c.userId) ? m_names.value(c.userId) : tr("user %1").arg(c.userId);
    return {};
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto &[group, rows] = m_shown.at(index.row());
        if (index.column() != ChangeColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(groupTitle(group)).arg(rows.size());
        case ModelRole::RawValue:
            return int(rows.size());
        default:
            return {};
        }
    }
    const Change *c = changeAt(index);
    if (!c)
        return {};
    const QString stream = c->streamName.isEmpty() ? Ids::toUrlSafe(c->streamId) : c->streamName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return kindTitle(c->kind);
        case StreamColumn:
            return stream;
        case SubjectColumn:
            return subjectText(*c);
        case TimeColumn:
            return c->timestamp ? QVariant(QDateTime::fromMSecsSinceEpoch(c->timestamp)) : QVariant();
        case BeforeColumn:
            return c->before;
        case AfterColumn:
            return c->after;
        case RunColumn:
            return c->run;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StreamColumn:
            return plainToolTip(stream + u'\n' + Ids::toUrlSafe(c->streamId));
        case SubjectColumn:
            return plainToolTip(
                c->userId ? subjectText(*c) + u'\n' + QString::number(c->userId) : subjectText(*c));
        case TimeColumn:
            return c->timestamp ? QVariant(Times::toIso(c->timestamp)) : QVariant();
        case BeforeColumn:
            return plainToolTip(c->before);
        case AfterColumn:
            return plainToolTip(c->after);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == RunColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ModelRole::RawValue:
        switch (index.column()) {
        case ChangeColumn:
            return Change::kindName(c->kind);
        case StreamColumn:
            return stream;
        case SubjectColumn:
            return c->userId ? QVariant(c->userId) : QVariant(Ids::toUrlSafe(c->messageId));
        case TimeColumn:
            return c->timestamp;
        case BeforeColumn:
            return c->before;
        case AfterColumn:
            return c->after;
        case RunColumn:
            return c->run;
        default:
            return {};
        }
    case ModelRole::StreamId:
        return Ids::toUrlSafe(c->streamId);
    case ModelRole::MessageId:
        return c->messageId.isEmpty() ? QVariant() : QVariant(Ids::toUrlSafe(c->messageId));
    case ModelRole::Type:
        return Change::kindName(c->kind);
    default:
        return {};
    }
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle({tr("Change"), tr("Stream"), tr("Message or member"), tr("Time"), tr("Before"),
                           tr("After"), tr("Run")},
        section);
}

} // namespace Inspector
