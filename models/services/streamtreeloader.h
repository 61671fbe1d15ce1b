// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/apierror.h"
#include "services/servicecall.h"

namespace Inspector {

class StreamDirectory;
class StreamTreeModel;
class UserDirectory;

/**
 * @brief Fills a StreamTreeModel with the streams of one scope, from a StreamDirectory and a
 * UserDirectory (the pod's, or another source's): which scope to list, where counts and dates come
 * from, which names to look up, and which rows' details to ask for.
 *
 * Lives on the GUI thread. Scopes: Mine (the caller's streams), Enterprise (the enterprise list)
 * and User (one user's streams; the user given by id or e-mail). The caller's own list has no
 * member counts or dates: they come from the enterprise list when the account may read it; after
 * a refusal they come from stream info (and room membership) for the rows the view shows, asked
 * for with requestDetails(), a few at a time.
 *
 * Every call is tied to the scope it was made for: a new scope, a refresh or clear() deletes the
 * calls still running (silently), so no answer of an older scope reaches the model. A call that
 * is gone without an end (its directory deleted) counts as cancelled: loading still ends.
 * Signals: loadingChanged() when loading starts and when everything asked is in; errorOccurred()
 * for a failure the user should see (the enterprise list refused in scope Mine is not one: it only
 * changes where counts come from).
 */
class StreamTreeLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamTreeLoader)

public:
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

    explicit StreamTreeLoader(StreamTreeModel *model, QObject *parent = nullptr);
    ~StreamTreeLoader() override;

    StreamTreeModel *model() const { return m_model; }
    /// nullptr (either) clears the model; both are needed to list.
    void setDirectories(StreamDirectory *streams, UserDirectory *users);
    StreamDirectory *streamDirectory() const;
    UserDirectory *userDirectory() const;

    /// Loads a scope; `user` (id or e-mail) for Scope::User.
    void setScope(Scope scope, const QString &user = {});
    Scope scope() const { return m_scope; }
    QString scopeUser() const { return m_user; }
    void refresh();
    void clear();

    bool isLoading() const { return m_pending > 0; }
    DetailSource detailSource() const { return m_detailSource; }
    /// Counts and dates for these streams (either id form) when the enterprise list could not give them.
    void requestDetails(const QStringList &streamIds);
    /// How many streams' details may be asked at once.
    void setMaxDetailRequests(int n) { m_maxDetailRequests = qMax(1, n); }

    /// The caller's user id, once known (0 before).
    qint64 selfUserId() const { return m_selfId; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Inspector::ApiError &error);
    /// Everything the scope lists is in (names and counts may still follow).
    void loaded();

private:
    void start();
    void loadStreams(std::optional<qint64> userId);
    void loadAdminCounts();
    void lookUpNames(const QList<qint64> &members);
    void nextDetails();
    void updateExcludedUser();
    void begin();
    void end();
    /// Keeps @p call with the current scope and runs @p onFinished when it ends, unless the scope
    /// changed by then.
    void watch(ServiceCall *call, std::function<void(const ApiError &)> onFinished);

    StreamTreeModel *m_model;
    QPointer<StreamDirectory> m_streams;
    QPointer<UserDirectory> m_users;
    Scope m_scope = Scope::Mine;
    QString m_user;
    qint64 m_scopeUserId = 0;
    qint64 m_selfId = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    DetailSource m_detailSource = DetailSource::Unknown;
    QSet<QString> m_detailsAsked;
    QSet<qint64> m_namesAsked;
    QStringList m_detailQueue;
    int m_detailRunning = 0;
    int m_maxDetailRequests = 3;
    QList<QPointer<ServiceCall>> m_calls;
};

} // namespace Inspector
