// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include "archive/analysis.h"

namespace Inspector {

/**
 * @brief What changed between two sync runs of an archive (Archive::Analysis::diff), grouped:
 * new streams, renamed or deactivated streams, members, edited, suppressed, missing and new
 * messages. Passive: setChanges() gives it the rows (read off the GUI thread by whoever feeds it).
 *
 * Top-level rows are the groups that hold a change after filtering ("Edited messages (2)"), each
 * with one child row per change. setStreamFilter() and setGroupFilter() keep the changes of one
 * stream or one group. Every text from the server (stream names, message lines) is shown as it
 * is, and tooltips go through plainToolTip(). ModelRole::StreamId and ModelRole::MessageId give a
 * change's ids (URL-safe), ModelRole::RawValue the unformatted cell. GUI thread.
 */
class ChangesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesModel)

public:
    enum Column
    {
        ChangeColumn,
        StreamColumn,
        SubjectColumn, ///< the message id, or the member's name
        TimeColumn, ///< the message's time
        BeforeColumn,
        AfterColumn,
        RunColumn,
        ColumnCount
    };
    enum class Group
    {
        NewStreams,
        StreamChanges, ///< renamed, deactivated, reactivated
        Members, ///< joined, left, owner changes
        Edited,
        Suppressed,
        Missing,
        NewMessages
    };
    static constexpr int GroupCount = int(Group::NewMessages) + 1;

    explicit ChangesModel(QObject *parent = nullptr);
    ~ChangesModel() override;

    /// The changes to show, and the names of the members they mention (user id → name).
    void setChanges(const QList<Archive::Change> &changes, const QHash<qint64, QString> &names = {});
    void clear() { setChanges({}); }
    /// Only the changes of this stream (normalised or URL-safe id); empty = every stream.
    void setStreamFilter(const QString &streamId);
    /// Only the changes of this group; -1 = every group.
    void setGroupFilter(int group);
    QString streamFilter() const { return m_stream; }
    int groupFilter() const { return m_group; }

    static Group groupOf(Archive::Change::Kind kind);
    /// "New streams", "Edited messages", … (translated).
    static QString groupTitle(Group group);
    /// "Renamed", "Joined", … (translated).
    static QString kindTitle(Archive::Change::Kind kind);

    /// Every change given, and those shown after filtering (in group order).
    int totalChanges() const { return int(m_all.size()); }
    QList<Archive::Change> shownChanges() const;
    /// The shown changes as records (Change::toRecord, plus `userName` for members), for export.
    QList<QJsonObject> shownRecords() const;
    /// The streams the changes are about (normalised id, name), sorted by name.
    QList<QPair<QString, QString>> streams() const;
    /// The change of a change row; nullptr for a group row or an invalid index.
    const Archive::Change *changeAt(const QModelIndex &index) const;
    /// The group of a group row; -1 otherwise.
    int groupAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString subjectText(const Archive::Change &c) const;

    QList<Archive::Change> m_all;
    QHash<qint64, QString> m_names;
    QString m_stream; ///< normalised; empty = all
    int m_group = -1;
    /// The groups shown, in order, each with the indexes into m_all of its shown changes.
    QList<QPair<Group, QList<int>>> m_shown;
};

} // namespace Inspector
