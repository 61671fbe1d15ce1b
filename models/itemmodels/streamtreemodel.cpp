// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/streamtreemodel.h"

#include <QDateTime>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/fetch.h"
#include "api/requests.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"
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

StreamTreeModel::~StreamTreeModel()
{
    ++m_generation;
    for (const auto &pager : std::as_const(m_pagers))
        delete pager.data();
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
}

QStringList StreamTreeModel::typeNames()
{
    return {u"IM"_s, u"MIM"_s, u"ROOM"_s, u"POST"_s};
}

int StreamTreeModel::groupOf(const QString &type)
{
    const int g = int(typeNames().indexOf(type));
    return g < 0 ? 2 : g; // an unknown type is shown with the rooms rather than lost
}

void StreamTreeModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    m_selfId = 0;
    m_userNames.clear();
    m_namesAsked.clear();
    clear();
}

void StreamTreeModel::setScope(Scope scope, const QString &user)
{
    m_scope = scope;
    m_user = user.trimmed();
    start();
}

void StreamTreeModel::refresh()
{
    start();
}

void StreamTreeModel::clear()
{
    ++m_generation;
    for (const auto &pager : std::as_const(m_pagers))
        delete pager.data(); // destroying a pager cancels it silently
    m_pagers.clear();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const auto &job : jobs)
        if (job)
            job->cancel();
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    m_position.clear();
    m_detailQueue.clear();
    m_detailRunning = 0;
    m_detailSource = DetailSource::Unknown;
    m_scopeUserId = 0;
    endResetModel();
    const bool wasLoading = m_pending > 0;
    m_pending = 0;
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void StreamTreeModel::begin()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
}

void StreamTreeModel::end()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void StreamTreeModel::start()
{
    clear();
    if (!m_client)
        return;
    const quint64 generation = m_generation;

    if (m_selfId == 0) {
        begin();
        ApiJob *job = m_client->send(Requests::sessionInfo());
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this, [this, generation](ApiJob *job) {
            if (generation != m_generation)
                return;
            end();
            if (!job->isSuccess())
                return; // names then include the caller; the listing itself reports errors
            const auto user = Parse::user(job->response().body);
            if (!user.ok())
                return;
            m_selfId = user.value.id;
            for (int g = 0; g < 2; ++g)
                if (!m_groups[g].isEmpty())
                    Q_EMIT dataChanged(index(0, NameColumn, index(g, 0)),
                        index(int(m_groups[g].size()) - 1, NameColumn, index(g, 0)),
                        {Qt::DisplayRole, SortRole});
        });
    }

    switch (m_scope) {
    case Scope::Mine:
        loadStreams(generation, std::nullopt);
        return;
    case Scope::Enterprise: {
        begin();
        m_detailSource = DetailSource::AdminList;
        Requests::StreamFilter filter;
        filter.includeInactive = true;
        Pager *pager = Fetch::adminStreams(
            m_client, filter,
            [this, generation](const QList<AdminStream> &page) {
                if (generation != m_generation)
                    return;
                QList<Entry> entries;
                for (const AdminStream &s : page) {
                    Entry e;
                    e.id = s.key();
                    e.type = s.type;
                    e.roomName = s.attributes.roomName;
                    e.members = s.attributes.members;
                    e.membersCount = int(s.attributes.membersCount);
                    e.lastActivity = s.attributes.lastMessageDate;
                    e.active = s.isActive;
                    e.crossPod = s.crossPod;
                    entries.append(e);
                }
                lookUpNames(entries);
                addEntries(std::move(entries));
            },
            this);
        m_pagers.append(pager);
        connect(pager, &Pager::finished, this, [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            end();
            if (error.isError()) {
                if (!error.isCancelled())
                    Q_EMIT errorOccurred(error);
                return;
            }
            Q_EMIT loaded();
        });
        pager->start();
        return;
    }
    case Scope::User: {
        bool isId = false;
        const qint64 id = m_user.toLongLong(&isId);
        if (isId && id > 0) {
            m_scopeUserId = id;
            loadStreams(generation, id);
            return;
        }
        if (!m_user.contains(u'@')) {
            Q_EMIT errorOccurred(
                ApiError::config(tr("“%1” is neither a user id nor an email address.").arg(m_user)));
            return;
        }
        begin();
        auto found = std::make_shared<qint64>(0);
        Pager *pager = Fetch::users(
            m_client, Requests::UserKey::Email, {m_user}, false,
            [found](const QList<UserList> &lists) {
                for (const UserList &list : lists)
                    if (!list.users.isEmpty() && *found == 0)
                        *found = list.users.constFirst().id;
            },
            this);
        m_pagers.append(pager);
        connect(pager, &Pager::finished, this, [this, generation, found](const ApiError &error) {
            if (generation != m_generation)
                return;
            end();
            if (error.isError()) {
                if (!error.isCancelled())
                    Q_EMIT errorOccurred(error);
                return;
            }
            if (*found == 0) {
                Q_EMIT errorOccurred(ApiError::config(tr("No user has the email address %1.").arg(m_user)));
                return;
            }
            m_scopeUserId = *found;
            loadStreams(generation, *found);
        });
        pager->start();
        return;
    }
    }
}

void StreamTreeModel::loadStreams(quint64 generation, std::optional<qint64> userId)
{
    begin();
    Requests::StreamFilter filter;
    filter.includeInactive = true;
    auto sink = [this, generation](const QList<Stream> &page) {
        if (generation != m_generation)
            return;
        QList<Entry> entries;
        for (const Stream &s : page) {
            Entry e;
            e.id = s.key();
            e.type = s.type;
            e.roomName = s.roomName;
            e.members = s.members;
            if (!s.members.isEmpty())
                e.membersCount = int(s.members.size());
            e.active = s.active;
            e.crossPod = s.crossPod;
            entries.append(e);
        }
        lookUpNames(entries);
        addEntries(std::move(entries));
    };
    Pager *pager = userId ? Fetch::userStreams(m_client, *userId, filter, sink, this)
                          : Fetch::streams(m_client, filter, sink, this);
    m_pagers.append(pager);
    connect(pager, &Pager::finished, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            end();
            if (!error.isCancelled())
                Q_EMIT errorOccurred(error);
            return;
        }
        Q_EMIT loaded();
        loadAdminCounts(generation);
        end();
    });
    pager->start();
}

void StreamTreeModel::loadAdminCounts(quint64 generation)
{
    // The caller's list has no counts or dates; the enterprise list has both, if we may read it.
    begin();
    Requests::StreamFilter filter;
    filter.includeInactive = true;
    Pager *pager = Fetch::adminStreams(
        m_client, filter,
        [this, generation](const QList<AdminStream> &page) {
            if (generation != m_generation)
                return;
            for (const AdminStream &s : page) {
                updateEntry(s.key(), [&s](Entry &e) {
                    e.membersCount = int(s.attributes.membersCount);
                    e.lastActivity = s.attributes.lastMessageDate;
                });
            }
        },
        this);
    m_pagers.append(pager);
    connect(pager, &Pager::finished, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error.isCancelled()) {
            end();
            return;
        }
        // Any failure (403 for a non-admin account above all) means: ask stream by stream.
        m_detailSource = error.isError() ? DetailSource::PerStream : DetailSource::AdminList;
        if (m_detailSource == DetailSource::AdminList)
            m_detailQueue.clear();
        nextDetails();
        end();
    });
    pager->start();
}

void StreamTreeModel::addEntries(QList<Entry> &&entries)
{
    QList<Entry> perGroup[GroupCount];
    for (Entry &e : entries) {
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
        for (Entry &e : perGroup[g]) {
            m_position.insert(e.id, {g, int(m_groups[g].size())});
            m_groups[g].append(std::move(e));
        }
        endInsertRows();
        Q_EMIT dataChanged(parent, parent, {Qt::DisplayRole});
    }
}

void StreamTreeModel::lookUpNames(const QList<Entry> &entries)
{
    QStringList ids;
    for (const Entry &e : entries) {
        for (qint64 id : e.members) {
            if (!m_namesAsked.contains(id)) {
                m_namesAsked.insert(id);
                ids.append(QString::number(id));
            }
        }
    }
    if (ids.isEmpty() || !m_client)
        return;
    const quint64 generation = m_generation;
    begin();
    Pager *pager = Fetch::users(
        m_client, Requests::UserKey::Id, ids, false,
        [this](const QList<UserList> &lists) {
            // Names stay valid across scopes, so a late answer is still worth keeping.
            for (const UserList &list : lists)
                for (const User &u : list.users)
                    m_userNames.insert(u.id, DisplayName::of(u));
            for (int g = 0; g < 2; ++g)
                if (!m_groups[g].isEmpty())
                    Q_EMIT dataChanged(index(0, NameColumn, index(g, 0)),
                        index(int(m_groups[g].size()) - 1, NameColumn, index(g, 0)),
                        {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        },
        this);
    m_pagers.append(pager);
    connect(pager, &Pager::finished, this, [this, generation, ids](const ApiError &error) {
        if (generation != m_generation)
            return;
        end();
        if (error.isError()) {
            for (const QString &id : ids)
                m_namesAsked.remove(id.toLongLong()); // may be asked again on refresh
        }
    });
    pager->start();
}

void StreamTreeModel::requestDetails(const QStringList &streamIds)
{
    if (m_detailSource == DetailSource::AdminList)
        return;
    for (const QString &id : streamIds) {
        const QString key = Ids::normalized(id);
        const auto pos = m_position.constFind(key);
        if (pos == m_position.cend())
            continue;
        Entry &e = m_groups[pos->first][pos->second];
        if (e.detailsAsked || (e.membersCount && e.lastActivity))
            continue;
        e.detailsAsked = true;
        m_detailQueue.append(key);
    }
    if (m_detailSource == DetailSource::PerStream)
        nextDetails();
}

void StreamTreeModel::nextDetails()
{
    if (!m_client || m_detailSource != DetailSource::PerStream)
        return;
    while (m_detailRunning < m_maxDetailRequests && !m_detailQueue.isEmpty()) {
        const QString key = m_detailQueue.takeFirst();
        const auto pos = m_position.constFind(key);
        if (pos == m_position.cend())
            continue;
        const bool isRoom = m_groups[pos->first][pos->second].type == "ROOM"_L1;
        const quint64 generation = m_generation;
        ++m_detailRunning;
        begin();
        ApiJob *job = m_client->send(Requests::streamInfo(key));
        m_jobs.append(job);
        auto done = [this, generation] {
            if (generation != m_generation)
                return;
            --m_detailRunning;
            end();
            nextDetails();
        };
        connect(job, &ApiJob::finished, this, [this, generation, key, isRoom, done](ApiJob *job) {
            if (generation != m_generation)
                return;
            if (job->isSuccess()) {
                const auto info = Parse::streamInfo(job->response().body);
                if (info.ok()) {
                    updateEntry(key, [&info](Entry &e) {
                        e.lastActivity = info.value.lastMessageDate;
                        if (!info.value.members.isEmpty())
                            e.membersCount = int(info.value.members.size());
                    });
                }
            }
            if (!isRoom) {
                done();
                return;
            }
            ApiJob *members = m_client->send(Requests::roomMembers(key));
            m_jobs.append(members);
            connect(members, &ApiJob::finished, this, [this, generation, key, done](ApiJob *job) {
                if (generation != m_generation)
                    return;
                if (job->isSuccess()) {
                    const auto list = Parse::roomMembers(job->response().body);
                    if (list.ok())
                        updateEntry(key, [&list](Entry &e) { e.membersCount = int(list.value.size()); });
                }
                done();
            });
        });
    }
    m_jobs.removeAll(nullptr);
}

void StreamTreeModel::updateEntry(const QString &key, const std::function<void(Entry &)> &change)
{
    const auto pos = m_position.constFind(key);
    if (pos == m_position.cend())
        return;
    change(m_groups[pos->first][pos->second]);
    const QModelIndex parent = index(pos->first, 0);
    Q_EMIT dataChanged(index(pos->second, 0, parent), index(pos->second, ColumnCount - 1, parent));
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

QString StreamTreeModel::entryTitle(const Entry &e) const
{
    if (!e.roomName.isEmpty())
        return e.roomName;
    const qint64 excluded = m_scope == Scope::Mine ? m_selfId : m_scope == Scope::User ? m_scopeUserId : 0;
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

const StreamTreeModel::Entry *StreamTreeModel::entryAt(const QModelIndex &index) const
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
        case StreamTypeRole:
            return type;
        case IsGroupRole:
            return true;
        case ActiveRole:
            return true;
        case SortRole:
            return index.row();
        }
        return {};
    }
    const Entry *e = entryAt(index);
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
    case StreamIdRole:
        return e->id;
    case StandardIdRole:
        return Ids::toStandard(e->id);
    case StreamTypeRole:
        return e->type;
    case ActiveRole:
        return e->active;
    case MembersRole:
        return hasMembers ? QVariant(members) : QVariant();
    case LastActivityRole:
        return e->lastActivity ? QVariant(*e->lastActivity) : QVariant();
    case CrossPodRole:
        return e->crossPod;
    case IsGroupRole:
        return false;
    case SortRole:
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
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MembersColumn:
        return tr("Members");
    case LastActivityColumn:
        return tr("Last activity");
    }
    return {};
}

} // namespace Inspector
