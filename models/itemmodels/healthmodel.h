// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

#include "api/apierror.h"
#include "data/health.h"
#include "data/user.h"

namespace Inspector {

class ApiClient;
class ApiJob;

/**
 * @brief The pod's diagnostics: the extended health check (/agent/v3/health/extended) as one row per
 * component (component, status, message, what it means), plus the agent's info (/agent/v1/info),
 * the session's user (/pod/v2/sessioninfo) and the session token's expiry.
 *
 * refresh() sends the three requests; rows change in one reset when the health report arrives.
 * A 503 with a health body is the agent's DOWN report, not an error. Each failed request is
 * reported once through errorOccurred() (cancellations are not); refreshed() follows when all
 * three have answered. Lives on the client's thread.
 */
class HealthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthModel)

public:
    enum Column
    {
        ComponentColumn,
        StatusColumn,
        MessageColumn,
        MeaningColumn,
        ColumnCount
    };
    enum Role
    {
        IsUpRole = Qt::UserRole + 1, ///< bool
        GroupRole, ///< "services" or "users"
        NameRole, ///< the component's key, e.g. "ceservice"
    };

    explicit HealthModel(QObject *parent = nullptr);
    ~HealthModel() override;

    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }

    /// Asks the agent and pod again; earlier requests still in flight are cancelled.
    void refresh();
    bool isRefreshing() const { return !m_jobs.isEmpty(); }

    /// Shows @p health (also used when the report comes from elsewhere, e.g. tests or the CLI).
    void setHealth(const Health &health);
    void clear();

    bool hasHealth() const { return m_hasHealth; }
    const Health &health() const { return m_health; }
    const std::optional<AgentInfo> &agentInfo() const { return m_agentInfo; }
    const std::optional<User> &sessionUser() const { return m_sessionUser; }
    /// The session token's expiry (ms since 1970) when it is a JWT; from ApiClient::sessionExpiresAtMs().
    std::optional<qint64> sessionExpiresAtMs() const;
    /// Errors of the last refresh, in the order they came.
    const QList<ApiError> &errors() const { return m_errors; }
    HealthComponent component(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const Inspector::ApiError &error);

private:
    void track(ApiJob *job);
    void jobDone(ApiJob *job);
    void cancelJobs();

    QPointer<ApiClient> m_client;
    QList<QPointer<ApiJob>> m_jobs;
    Health m_health;
    bool m_hasHealth = false;
    QList<HealthComponent> m_rows;
    std::optional<AgentInfo> m_agentInfo;
    std::optional<User> m_sessionUser;
    QList<ApiError> m_errors;
};

} // namespace Inspector
