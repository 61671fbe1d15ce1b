// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/healthmodel.h"

#include "api/apiclient.h"
#include "api/requests.h"
#include "data/parse.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

HealthModel::HealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

HealthModel::~HealthModel()
{
    cancelJobs();
}

void HealthModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    cancelJobs();
    m_client = client;
    clear();
}

void HealthModel::cancelJobs()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
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

void HealthModel::refresh()
{
    cancelJobs();
    m_errors.clear();
    if (!m_client)
        return;
    track(m_client->send(Requests::healthExtended()));
    track(m_client->send(Requests::agentInfo()));
    track(m_client->send(Requests::sessionInfo()));
}

void HealthModel::track(ApiJob *job)
{
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, &HealthModel::jobDone);
}

void HealthModel::jobDone(ApiJob *job)
{
    m_jobs.removeAll(job);
    const QString path = job->request().path;
    const ApiResponse &response = job->response();
    ApiError error = job->error();
    if (!error.isError()) {
        if (path == Requests::healthExtended().path) {
            const auto parsed = Parse::health(response.body);
            if (parsed.ok() && !parsed.value.status.isEmpty())
                setHealth(parsed.value);
            else
                error = ApiError::badResponse(
                    job->request().description, parsed.ok() ? tr("the report has no status.") : parsed.error);
        } else if (path == Requests::agentInfo().path) {
            const auto parsed = Parse::agentInfo(response.body);
            if (parsed.ok())
                m_agentInfo = parsed.value;
            else
                error = ApiError::badResponse(job->request().description, parsed.error);
        } else {
            const auto parsed = Parse::user(response.body);
            if (parsed.ok())
                m_sessionUser = parsed.value;
            else
                error = ApiError::badResponse(job->request().description, parsed.error);
        }
    }
    if (error.isError() && !error.isCancelled()) {
        m_errors.append(error);
        Q_EMIT errorOccurred(error);
    }
    if (m_jobs.isEmpty())
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

std::optional<qint64> HealthModel::sessionExpiresAtMs() const
{
    return m_client ? m_client->sessionExpiresAtMs() : std::nullopt;
}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthComponent &c = m_rows.at(index.row());
    switch (role) {
    case IsUpRole:
        return c.isUp();
    case GroupRole:
        return c.group;
    case NameRole:
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

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    case MeaningColumn:
        return tr("What this means");
    default:
        return {};
    }
}

} // namespace Inspector
