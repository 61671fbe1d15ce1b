// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

#include "api/apierror.h"
#include "data/health.h"
#include "data/user.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"

namespace Inspector {

class ServiceCall;

/**
 * @brief The pod's diagnostics: the health report as one row per component (component, status,
 * message, what it means), plus the agent's info and the session's user. A passive store fed by
 * the calls of a Diagnostics source. Lives on the GUI thread.
 *
 * A refresh, by whoever holds the source: beginRefresh(), then for each of the three values
 * follow(source->health(healthSink(), model)) and the like. Rows change in one reset when the
 * health report arrives. Each failed call is reported once through errorOccurred()
 * (cancellations are not); refreshed() follows when all the calls followed have ended.
 */
class HealthModel final : public FlatTableModel
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

    explicit HealthModel(QObject *parent = nullptr);
    ~HealthModel() override;

    /// Cancels the calls still in flight and forgets the errors of the last refresh.
    void beginRefresh();
    /// Cancels the calls in flight, silently (no refreshed(), no error).
    void cancel();
    /// Tracks @p call as part of the refresh: its error is reported, and refreshed() comes when
    /// the last tracked call has ended.
    void follow(ServiceCall *call);
    bool isRefreshing() const { return !m_calls.isEmpty(); }
    /// Sinks for the batches of Diagnostics::health(), agentInfo() and sessionUser().
    std::function<void(const QList<Health> &)> healthSink();
    std::function<void(const QList<AgentInfo> &)> agentInfoSink();
    std::function<void(const QList<User> &)> sessionUserSink();

    /// Shows @p health (also used when the report comes from elsewhere, e.g. tests or the CLI).
    void setHealth(const Health &health);
    void setAgentInfo(const AgentInfo &info) { m_agentInfo = info; }
    void setSessionUser(const User &user) { m_sessionUser = user; }
    void clear();

    bool hasHealth() const { return m_hasHealth; }
    const Health &health() const { return m_health; }
    const std::optional<AgentInfo> &agentInfo() const { return m_agentInfo; }
    const std::optional<User> &sessionUser() const { return m_sessionUser; }
    /// Errors of the last refresh, in the order they came.
    const QList<ApiError> &errors() const { return m_errors; }
    HealthComponent component(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const Inspector::ApiError &error);

private:
    void callDone(ServiceCall *call, const ApiError &error);

    QList<QPointer<ServiceCall>> m_calls;
    Health m_health;
    bool m_hasHealth = false;
    QList<HealthComponent> m_rows;
    std::optional<AgentInfo> m_agentInfo;
    std::optional<User> m_sessionUser;
    QList<ApiError> m_errors;

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

} // namespace Inspector
