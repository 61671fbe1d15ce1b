// SPDX-License-Identifier: Apache-2.0
#include "services/streamtreeloader.h"

#include <memory>

#include "data/ids.h"
#include "itemmodels/streamtreemodel.h"
#include "services/streamdirectory.h"
#include "services/userdirectory.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

StreamRow rowOf(const Stream &s)
{
    StreamRow e;
    e.id = s.key();
    e.type = s.type;
    e.roomName = s.roomName;
    e.members = s.members;
    if (!s.members.isEmpty())
        e.membersCount = int(s.members.size());
    e.active = s.active;
    e.crossPod = s.crossPod;
    return e;
}

StreamRow rowOf(const AdminStream &s)
{
    StreamRow e;
    e.id = s.key();
    e.type = s.type;
    e.roomName = s.attributes.roomName;
    e.members = s.attributes.members;
    e.membersCount = int(s.attributes.membersCount);
    e.lastActivity = s.attributes.lastMessageDate;
    e.active = s.isActive;
    e.crossPod = s.crossPod;
    return e;
}

} // namespace

StreamTreeLoader::StreamTreeLoader(StreamTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{ }

StreamTreeLoader::~StreamTreeLoader()
{
    ++m_generation;
    for (const auto &call : std::as_const(m_calls))
        delete call.data(); // silent: nobody is told
}

void StreamTreeLoader::setDirectories(StreamDirectory *streams, UserDirectory *users)
{
    if (m_streams == streams && m_users == users)
        return;
    clear();
    m_streams = streams;
    m_users = users;
    m_selfId = 0;
    m_model->clearUserNames();
    m_model->setExcludedUser(0);
}

StreamDirectory *StreamTreeLoader::streamDirectory() const
{
    return m_streams;
}

UserDirectory *StreamTreeLoader::userDirectory() const
{
    return m_users;
}

void StreamTreeLoader::setScope(Scope scope, const QString &user)
{
    m_scope = scope;
    m_user = user.trimmed();
    start();
}

void StreamTreeLoader::refresh()
{
    start();
}

void StreamTreeLoader::clear()
{
    ++m_generation;
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls)
        delete call.data(); // deleting a call cancels it silently
    m_model->clear();
    m_detailQueue.clear();
    m_detailsAsked.clear();
    m_namesAsked.clear(); // the user directory keeps the names it has
    m_detailRunning = 0;
    m_detailSource = DetailSource::Unknown;
    m_scopeUserId = 0;
    const bool wasLoading = m_pending > 0;
    m_pending = 0;
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void StreamTreeLoader::begin()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
}

void StreamTreeLoader::end()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void StreamTreeLoader::watch(ServiceCall *call, std::function<void(const ApiError &)> onFinished)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    // Once: when the call ends, or as cancelled when it is gone without an end (its directory was
    // deleted with the connection).
    auto ended = std::make_shared<bool>(false);
    auto end = [this, generation = m_generation, ended, onFinished = std::move(onFinished)](
                   const ApiError &error) {
        if (*ended)
            return;
        *ended = true;
        if (generation == m_generation)
            onFinished(error);
    };
    connect(call, &ServiceCall::finished, this, end);
    connect(call, &QObject::destroyed, this, [end] { end(ApiError::cancelled()); });
}

void StreamTreeLoader::updateExcludedUser()
{
    m_model->setExcludedUser(m_scope == Scope::Mine ? m_selfId : m_scope == Scope::User ? m_scopeUserId : 0);
}

void StreamTreeLoader::start()
{
    clear();
    updateExcludedUser();
    if (!m_streams || !m_users)
        return;
    const quint64 generation = m_generation;

    if (m_selfId == 0) {
        begin();
        ServiceCall *call = m_users->self([this, generation](const QList<User> &users) {
            if (generation != m_generation || users.isEmpty())
                return;
            m_selfId = users.constFirst().id;
            updateExcludedUser();
        });
        // A failure leaves the caller in the names; the listing itself reports errors.
        watch(call, [this](const ApiError &) { end(); });
    }

    switch (m_scope) {
    case Scope::Mine:
        loadStreams(std::nullopt);
        return;
    case Scope::Enterprise: {
        begin();
        m_detailSource = DetailSource::AdminList;
        ServiceCall *call = m_streams->enterpriseStreams([this, generation](const QList<AdminStream> &page) {
            if (generation != m_generation)
                return;
            QList<StreamRow> rows;
            QList<qint64> members;
            for (const AdminStream &s : page) {
                rows.append(rowOf(s));
                members.append(s.attributes.members);
            }
            lookUpNames(members);
            m_model->appendStreams(std::move(rows));
        });
        watch(call, [this](const ApiError &error) {
            end();
            if (error.isError()) {
                if (!error.isCancelled())
                    Q_EMIT errorOccurred(error);
                return;
            }
            Q_EMIT loaded();
        });
        return;
    }
    case Scope::User: {
        bool isId = false;
        const qint64 id = m_user.toLongLong(&isId);
        if (isId && id > 0) {
            m_scopeUserId = id;
            updateExcludedUser();
            loadStreams(id);
            return;
        }
        if (!m_user.contains(u'@')) {
            Q_EMIT errorOccurred(ApiError::fromLocal(
                LocalError(tr("“%1” is neither a user id nor an email address.").arg(m_user))));
            return;
        }
        begin();
        auto found = std::make_shared<qint64>(0);
        ServiceCall *call = m_streams->userIdsByEmail(m_user, [found](const QList<qint64> &ids) {
            if (*found == 0 && !ids.isEmpty())
                *found = ids.constFirst();
        });
        watch(call, [this, found](const ApiError &error) {
            end();
            if (error.isError()) {
                if (!error.isCancelled())
                    Q_EMIT errorOccurred(error);
                return;
            }
            if (*found == 0) {
                Q_EMIT errorOccurred(
                    ApiError::fromLocal(LocalError(tr("No user has the email address %1.").arg(m_user))));
                return;
            }
            m_scopeUserId = *found;
            updateExcludedUser();
            loadStreams(*found);
        });
        return;
    }
    }
}

void StreamTreeLoader::loadStreams(std::optional<qint64> userId)
{
    begin();
    auto sink = [this, generation = m_generation](const QList<Stream> &page) {
        if (generation != m_generation)
            return;
        QList<StreamRow> rows;
        QList<qint64> members;
        for (const Stream &s : page) {
            rows.append(rowOf(s));
            members.append(s.members);
        }
        lookUpNames(members);
        m_model->appendStreams(std::move(rows));
    };
    ServiceCall *call = userId ? m_streams->userStreams(*userId, sink) : m_streams->myStreams(sink);
    watch(call, [this](const ApiError &error) {
        if (error.isError()) {
            end();
            if (!error.isCancelled())
                Q_EMIT errorOccurred(error);
            return;
        }
        Q_EMIT loaded();
        loadAdminCounts();
        end();
    });
}

void StreamTreeLoader::loadAdminCounts()
{
    // The caller's list has no counts or dates; the enterprise list has both, if we may read it.
    begin();
    ServiceCall *call
        = m_streams->enterpriseStreams([this, generation = m_generation](const QList<AdminStream> &page) {
              if (generation != m_generation)
                  return;
              for (const AdminStream &s : page) {
                  m_model->updateStream(s.key(), [&s](StreamRow &e) {
                      e.membersCount = int(s.attributes.membersCount);
                      e.lastActivity = s.attributes.lastMessageDate;
                  });
              }
          });
    watch(call, [this](const ApiError &error) {
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
}

void StreamTreeLoader::lookUpNames(const QList<qint64> &members)
{
    QList<qint64> ids;
    for (qint64 id : members) {
        if (!m_namesAsked.contains(id)) {
            m_namesAsked.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty() || !m_users)
        return;
    begin();
    ServiceCall *call = m_users->names(ids, [this, generation = m_generation](const QList<UserName> &names) {
        if (generation != m_generation)
            return;
        QHash<qint64, QString> hash;
        for (const UserName &n : names)
            hash.insert(n.id, n.name);
        m_model->setUserNames(hash);
    });
    watch(call, [this, ids](const ApiError &error) {
        end();
        if (error.isError()) {
            for (qint64 id : ids)
                m_namesAsked.remove(id); // may be asked again on refresh
        }
    });
}

void StreamTreeLoader::requestDetails(const QStringList &streamIds)
{
    if (m_detailSource == DetailSource::AdminList)
        return;
    for (const QString &id : streamIds) {
        const QString key = Ids::normalized(id);
        const StreamRow *row = m_model->stream(key);
        if (!row || m_detailsAsked.contains(key) || (row->membersCount && row->lastActivity))
            continue;
        m_detailsAsked.insert(key);
        m_detailQueue.append(key);
    }
    if (m_detailSource == DetailSource::PerStream)
        nextDetails();
}

void StreamTreeLoader::nextDetails()
{
    if (!m_streams || m_detailSource != DetailSource::PerStream)
        return;
    while (m_detailRunning < m_maxDetailRequests && !m_detailQueue.isEmpty()) {
        const QString key = m_detailQueue.takeFirst();
        const StreamRow *row = m_model->stream(key);
        if (!row)
            continue;
        const bool isRoom = row->type == "ROOM"_L1;
        const quint64 generation = m_generation;
        ++m_detailRunning;
        begin();
        auto done = [this] {
            --m_detailRunning;
            end();
            nextDetails();
        };
        ServiceCall *info
            = m_streams->streamInfo(key, [this, generation, key](const QList<StreamInfo> &infos) {
                  if (generation != m_generation)
                      return;
                  for (const StreamInfo &i : infos) {
                      m_model->updateStream(key, [&i](StreamRow &e) {
                          e.lastActivity = i.lastMessageDate;
                          if (!i.members.isEmpty())
                              e.membersCount = int(i.members.size());
                      });
                  }
              });
        // A failure leaves the row without details: it is not worth a message.
        watch(info, [this, key, isRoom, done](const ApiError &) {
            if (!isRoom || !m_streams) {
                done();
                return;
            }
            auto count = std::make_shared<int>(0);
            ServiceCall *members = m_streams->roomMembers(
                key, [count](const QList<RoomMember> &batch) { *count += int(batch.size()); });
            watch(members, [this, key, count, done](const ApiError &error) {
                if (!error.isError())
                    m_model->updateStream(key, [count](StreamRow &e) { e.membersCount = *count; });
                done();
            });
        });
    }
}

} // namespace Inspector
