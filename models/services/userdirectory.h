// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

#include "data/user.h"
#include "services/batchsink.h"
#include "services/servicecall.h"

namespace Inspector {

/// A person's id and the name the tool shows for them (DisplayName::of).
struct UserName
{
    qint64 id = 0;
    QString name;
};

/**
 * @brief Users by id, with a cache, and the name each is shown by.
 *
 * The public methods keep the cache: a user once delivered is answered from it (through a
 * ServiceCall like any other, from the event loop) and never asked of the source again; only the
 * ids not known yet reach fetchUsers(). The cache lives as long as the directory: one per source
 * (a connection, an archive).
 *
 * A source implements fetchUsers() and fetchSelf() and keeps ServiceCall's contract
 * (servicecall.h). Besides:
 * - Order: any; each user at most once per call. An id the source does not know is simply not
 *   delivered (not an error): the consumer shows the id instead.
 * - Batches: never empty; a source with a per-request limit (the pod: Requests::Limits::Users ids)
 *   asks in as many requests as needed and delivers one batch per answer.
 * - Errors: one ApiError in finished(), after what was delivered (that part stays cached).
 * - Cancellation: cancel() or deletion stops every request of the call at once.
 */
class UserDirectory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)

public:
    explicit UserDirectory(QObject *parent = nullptr);
    ~UserDirectory() override;

    /// The users with these ids, those in the cache first (ids of 0 or below are ignored).
    ServiceCall *users(const QList<qint64> &ids, BatchSink<User> sink);
    /// The same, as the names the tool shows (DisplayName::of).
    ServiceCall *names(const QList<qint64> &ids, BatchSink<UserName> sink);
    /// The account the source belongs to (one item), cached like the others.
    ServiceCall *self(BatchSink<User> sink);

    /// A user delivered so far, if any.
    std::optional<User> cached(qint64 id) const;
    /// The name of a user delivered so far; empty when unknown.
    QString cachedName(qint64 id) const;

protected:
    /// Asks the source for users that are not in the cache; the caller stores what is delivered.
    virtual ServiceCall *fetchUsers(const QList<qint64> &ids, BatchSink<User> sink) = 0;
    virtual ServiceCall *fetchSelf(BatchSink<User> sink) = 0;

private:
    QHash<qint64, User> m_cache;
    std::optional<qint64> m_selfId;
};

} // namespace Inspector
