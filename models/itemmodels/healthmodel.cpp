// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/healthmodel.h"

#include "itemmodels/plaintooltip.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector {

HealthModel::HealthModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Shown, parent)
{ }

HealthModel::~HealthModel()
{
    cancel();
}

void HealthModel::cancel()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ServiceCall> &call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
}

void HealthModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_health = {};
    m_hasHealth = false;
    endResetModel();
    m_agentInfo.reset();
    m_sessionUser.reset();
    m_errors.clear();
}

void HealthModel::beginRefresh()
{
    cancel();
    m_errors.clear();
}

std::function<void(const QList<Health> &)> HealthModel::healthSink()
{
    return [self = QPointer<HealthModel>(this)](const QList<Health> &batch) {
        if (self && !batch.isEmpty())
            self->setHealth(batch.last());
    };
}

std::function<void(const QList<AgentInfo> &)> HealthModel::agentInfoSink()
{
    return [self = QPointer<HealthModel>(this)](const QList<AgentInfo> &batch) {
        if (self && !batch.isEmpty())
            self->setAgentInfo(batch.last());
    };
}

std::function<void(const QList<User> &)> HealthModel::sessionUserSink()
{
    return [self = QPointer<HealthModel>(this)](const QList<User> &batch) {
        if (self && !batch.isEmpty())
            self->setSessionUser(batch.last());
    };
}

void HealthModel::follow(ServiceCall *call)
{
    if (!call)
        return;
    m_calls.append(call);
    connect(
        call, &ServiceCall::finished, this, [this, call](const ApiError &error) { callDone(call, error); });
}

void HealthModel::callDone(ServiceCall *call, const ApiError &error)
{
    m_calls.removeAll(call);
    if (error.isError() && !error.isCancelled()) {
        m_errors.append(error);
        Q_EMIT errorOccurred(error);
    }
    if (m_calls.isEmpty())
        Q_EMIT refreshed();
}

void HealthModel::setHealth(const Health &health)
{
    beginResetModel();
    m_health = health;
    m_hasHealth = true;
    m_rows.clear();
    for (const auto *map : {&health.services, &health.users}) {
        for (const HealthComponent &c : *map)
            m_rows.append(c);
    }
    endResetModel();
}

int HealthModel::rowTotal() const
{
    return int(m_rows.size());
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const HealthComponent &c = m_rows.at(index.row());
    switch (role) {
    case ModelRole::IsUp:
        return c.isUp();
    case ModelRole::Group:
        return c.group;
    case ModelRole::Name:
        return c.name;
    case Qt::ToolTipRole:
        // The server's words, shown as they are (never as rich text).
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case ComponentColumn:
            return c.version.isEmpty() ? c.name : tr("%1 (version %2)").arg(c.name, c.version);
        case StatusColumn:
            return c.status.isEmpty() ? tr("unknown") : c.status;
        case MessageColumn:
            return c.message;
        case MeaningColumn:
            return c.meaning();
        default:
            return {};
        }
    default:
        return {};
    }
}

QStringList HealthModel::columnTitles() const
{
    return {tr("Component"), tr("Status"), tr("Message"), tr("What this means")};
}

} // namespace Inspector
