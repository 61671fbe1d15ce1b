// SPDX-License-Identifier: Apache-2.0
#include "services/userdirectory.h"

#include <QSet>

#include "api/fetch.h"
#include "api/requests.h"
#include "data/displayname.h"
#include "data/parse.h"
#include "services/podcalls.h"
#include "services/poduserdirectory.h"

namespace Inspector {

namespace {

/// Runs @p inner on behalf of @p outer: its end ends outer, and cancelling or deleting outer
/// cancels it.
void chain(ServiceCall *outer, ServiceCall *inner)
{
    inner->setParent(outer);
    QObject::connect(
        inner, &ServiceCall::finished, outer, [outer](const ApiError &error) { outer->finish(error); });
    QObject::connect(inner, &ServiceCall::warning, outer, &ServiceCall::warning);
    const QPointer<ServiceCall> weak(inner);
    outer->setCancelHandler([outer, weak] {
        if (!weak)
            return;
        QObject::disconnect(weak, nullptr, outer, nullptr);
        weak->cancel();
    });
}

} // namespace

UserDirectory::UserDirectory(QObject *parent)
    : QObject(parent)
{ }

UserDirectory::~UserDirectory() = default;

ServiceCall *UserDirectory::users(const QList<qint64> &ids, BatchSink<User> sink)
{
    auto *call = new ServiceCall(this);
    QList<User> known;
    QList<qint64> missing;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id <= 0 || seen.contains(id))
            continue;
        seen.insert(id);
        const auto it = m_cache.constFind(id);
        if (it != m_cache.cend())
            known.append(*it);
        else
            missing.append(id);
    }
    if (!known.isEmpty())
        call->deliverLater([sink, known] { sink(known); });
    if (missing.isEmpty()) {
        call->finishLater();
        return call;
    }
    const QPointer<UserDirectory> directory(this);
    const QPointer<ServiceCall> weak(call);
    ServiceCall *inner = fetchUsers(missing, [directory, weak, sink](const QList<User> &batch) {
        if (directory)
            for (const User &u : batch)
                directory->m_cache.insert(u.id, u);
        if (weak && weak->isActive() && !batch.isEmpty())
            sink(batch);
    });
    chain(call, inner);
    return call;
}

ServiceCall *UserDirectory::names(const QList<qint64> &ids, BatchSink<UserName> sink)
{
    return users(ids, [sink = std::move(sink)](const QList<User> &batch) {
        QList<UserName> names;
        names.reserve(batch.size());
        for (const User &u : batch)
            names.append({u.id, DisplayName::of(u)});
        sink(names);
    });
}

ServiceCall *UserDirectory::self(BatchSink<User> sink)
{
    auto *call = new ServiceCall(this);
    if (m_selfId) {
        const auto it = m_cache.constFind(*m_selfId);
        if (it != m_cache.cend()) {
            call->deliverLater([sink, user = *it] { sink({user}); });
            call->finishLater();
            return call;
        }
    }
    const QPointer<UserDirectory> directory(this);
    const QPointer<ServiceCall> weak(call);
    ServiceCall *inner = fetchSelf([directory, weak, sink](const QList<User> &batch) {
        if (directory && !batch.isEmpty()) {
            directory->m_selfId = batch.constFirst().id;
            directory->m_cache.insert(batch.constFirst().id, batch.constFirst());
        }
        if (weak && weak->isActive() && !batch.isEmpty())
            sink(batch);
    });
    chain(call, inner);
    return call;
}

std::optional<User> UserDirectory::cached(qint64 id) const
{
    const auto it = m_cache.constFind(id);
    if (it == m_cache.cend())
        return std::nullopt;
    return *it;
}

QString UserDirectory::cachedName(qint64 id) const
{
    const auto it = m_cache.constFind(id);
    return it == m_cache.cend() ? QString() : DisplayName::of(*it);
}

// The pod

PodUserDirectory::PodUserDirectory(ApiClient *client, QObject *parent)
    : UserDirectory(parent)
    , m_client(client)
{ }

PodUserDirectory::~PodUserDirectory() = default;

ServiceCall *PodUserDirectory::fetchUsers(const QList<qint64> &ids, BatchSink<User> sink)
{
    if (!m_client)
        return PodCalls::notConnected(this);
    QStringList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(QString::number(id));
    auto *call = new ServiceCall(this);
    // Fetch::users asks Requests::Limits::Users ids at a time.
    auto toUsers = [sink = std::move(sink)](const QList<UserList> &lists) {
        QList<User> users;
        for (const UserList &list : lists)
            users.append(list.users);
        if (!users.isEmpty())
            sink(users);
    };
    return PodCalls::followed(
        call, Fetch::users(m_client, Requests::UserKey::Id, values, false, toUsers, call));
}

ServiceCall *PodUserDirectory::fetchSelf(BatchSink<User> sink)
{
    return PodCalls::single<User>(
        m_client, this, Requests::sessionInfo(), tr("reading the session's user"),
        [](const QByteArray &body, QList<User> *items) {
            auto user = Parse::user(body);
            if (user.ok())
                items->append(std::move(user.value));
            return user.error;
        },
        std::move(sink));
}

} // namespace Inspector
