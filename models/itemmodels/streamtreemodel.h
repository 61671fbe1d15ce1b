// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include "api/apiclient.h"
#include "api/apierror.h"
#include "data/stream.h"

namespace Inspector {

class ApiClient;
class ApiJob;
class Pager;

/**
 * @brief The streams of one scope, grouped under four type nodes (IM, MIM, ROOM, POST).
 *
 * Lives on the GUI thread. Scopes: Mine (`/pod/v1/streams/list`), Enterprise (the admin list
 * `/pod/v2/admin/streams/list`) and User (one user's streams, admin; the user given by id or
 * email). The caller's own list has no member counts or dates: they come from the admin list when
 * the account may read it; after a 403 they come from stream info (and room membership) for the
 * rows the view shows, asked for with requestDetails(), a few requests at a time.
 *
 * IM and MIM rows are named after their other members (never the caller, or the scoped user);
 * names are looked up in batches of 100 ids.
 *
 * Every request carries the generation it was made for; answers for an older scope or refresh are
 * dropped. Signals: loadingChanged() when loading starts and when everything asked is in;
 * errorOccurred() for a failure the user should see (the admin list's 403 in scope Mine is not
 * one: it only changes where counts come from).
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
    enum Role
    {
        StreamIdRole = Qt::UserRole + 1, ///< URL-safe id; empty on type nodes
        StreamTypeRole, ///< IM, MIM, ROOM or POST (type nodes too)
        ActiveRole, ///< bool; inactive streams are shown muted
        MembersRole, ///< int member count, invalid while unknown
        LastActivityRole, ///< qint64 epoch ms of the last message, invalid while unknown
        CrossPodRole, ///< bool
        StandardIdRole, ///< the id in standard Base64
        IsGroupRole, ///< bool: a type node
        SortRole, ///< the unformatted value of the column
    };
    enum class Scope
    {
        Mine,
        Enterprise,
        User
    };
    enum class DetailSource
    {
        Unknown,
        AdminList,
        PerStream
    };

    explicit StreamTreeModel(QObject *parent = nullptr);
    ~StreamTreeModel() override;

    /// nullptr clears the model.
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }
    /// Loads a scope; `user` (id or email) for Scope::User.
    void setScope(Scope scope, const QString &user = {});
    Scope scope() const { return m_scope; }
    QString scopeUser() const { return m_user; }
    void refresh();
    void clear();

    bool isLoading() const { return m_pending > 0; }
    DetailSource detailSource() const { return m_detailSource; }
    /// Counts and dates for these streams when the admin list could not give them.
    void requestDetails(const QStringList &streamIds);
    /// How many detail requests may run at once.
    void setMaxDetailRequests(int n) { m_maxDetailRequests = qMax(1, n); }

    /// The caller's user id, once the session was read (0 before).
    qint64 selfUserId() const { return m_selfId; }
    int streamCount() const;
    /// The row of a stream, either id form; invalid when not listed.
    QModelIndex indexOfStream(const QString &streamId, int column = 0) const;
    /// The name shown for a stream (room name, other members, ...).
    QString title(const QString &streamId) const;
    /// Display name of a user looked up so far.
    QString userName(qint64 userId) const { return m_userNames.value(userId); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QStringList typeNames();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Inspector::ApiError &error);
    /// Everything the scope lists is in (names and counts may still follow).
    void loaded();

private:
    struct Entry
    {
        QString id;
        QString type;
        QString roomName;
        QList<qint64> members;
        std::optional<int> membersCount;
        std::optional<qint64> lastActivity;
        bool active = false;
        bool crossPod = false;
        bool detailsAsked = false;
    };
    static constexpr int GroupCount = 4;

    void start();
    void loadStreams(quint64 generation, std::optional<qint64> userId);
    void loadAdminCounts(quint64 generation);
    void addEntries(QList<Entry> &&entries);
    void lookUpNames(const QList<Entry> &entries);
    void nextDetails();
    void updateEntry(const QString &key, const std::function<void(Entry &)> &change);
    void begin();
    void end();
    QString entryTitle(const Entry &e) const;
    const Entry *entryAt(const QModelIndex &index) const;
    static int groupOf(const QString &type);

    QPointer<ApiClient> m_client;
    Scope m_scope = Scope::Mine;
    QString m_user;
    qint64 m_scopeUserId = 0;
    qint64 m_selfId = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    QList<Entry> m_groups[GroupCount];
    QHash<QString, QPair<int, int>> m_position; // key -> (group, row)
    QHash<qint64, QString> m_userNames;
    QSet<qint64> m_namesAsked;
    DetailSource m_detailSource = DetailSource::Unknown;
    QStringList m_detailQueue;
    int m_detailRunning = 0;
    int m_maxDetailRequests = 3;
    QList<QPointer<Pager>> m_pagers;
    QList<QPointer<ApiJob>> m_jobs;
};

} // namespace Inspector
