// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "itemmodels/modelroles.h"
#include <functional>
#include <optional>

namespace Inspector {

/// One stream as the tree shows it.
struct StreamRow
{
    /// URL-safe (Ids::normalized).
    QString id;
    QString type;
    QString roomName;
    /// IM and MIM: the members the name is made of.
    QList<qint64> members;
    std::optional<int> membersCount;
    std::optional<qint64> lastActivity;
    bool active = false;
    bool crossPod = false;
};

/**
 * @brief The streams of one scope, grouped under four type nodes (IM, MIM, ROOM, POST): a passive
 * row store.
 *
 * Lives on the GUI thread. It is given batches (appendStreams(), updateStream(), setUserNames())
 * and answers data(); it sends nothing. StreamTreeLoader (services/streamtreeloader.h) fills it
 * from a StreamDirectory and a UserDirectory.
 *
 * IM and MIM rows are named after their other members (never the excluded user: the caller, or
 * the user whose streams are listed), by the names given so far, else by their ids.
 */
class StreamTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamTreeModel)

public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        LastActivityColumn,
        ColumnCount
    };
    explicit StreamTreeModel(QObject *parent = nullptr);
    ~StreamTreeModel() override;

    /// Removes every stream (the names stay: they hold across scopes).
    void clear();
    /// Adds streams to their type groups; a stream already listed, or without id, is skipped.
    void appendStreams(QList<StreamRow> rows);
    /// Changes a listed stream (either id form) in place; nothing when it is not listed.
    void updateStream(const QString &streamId, const std::function<void(StreamRow &)> &change);
    /// A listed stream (either id form), or nullptr.
    const StreamRow *stream(const QString &streamId) const;
    /// Adds to the names of users known so far.
    void setUserNames(const QHash<qint64, QString> &names);
    void clearUserNames();
    /// The user left out of IM and MIM names (0 = nobody).
    void setExcludedUser(qint64 userId);
    qint64 excludedUser() const { return m_excluded; }

    int streamCount() const;
    /// The row of a stream, either id form; invalid when not listed.
    QModelIndex indexOfStream(const QString &streamId, int column = 0) const;
    /// The name shown for a stream (room name, other members, ...).
    QString title(const QString &streamId) const;
    /// Display name of a user given so far.
    QString userName(qint64 userId) const { return m_userNames.value(userId); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QStringList typeNames();

private:
    static constexpr int GroupCount = 4;

    void namesChanged(const QList<int> &roles);
    QString entryTitle(const StreamRow &e) const;
    const StreamRow *entryAt(const QModelIndex &index) const;
    static int groupOf(const QString &type);

    QList<StreamRow> m_groups[GroupCount];
    QHash<QString, QPair<int, int>> m_position; // key -> (group, row)
    QHash<qint64, QString> m_userNames;
    qint64 m_excluded = 0;
};

} // namespace Inspector
