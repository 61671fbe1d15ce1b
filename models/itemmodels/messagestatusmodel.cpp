// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/messagestatusmodel.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "data/displayname.h"
#include "data/parse.h"
#include "data/times.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

MessageStatusModel::MessageStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MessageStatusModel::~MessageStatusModel()
{
    ++m_generation;
    cancelJob();
}

void MessageStatusModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    const QString id = m_messageId; // setMessage() clears the member before it reads its argument
    setMessage(id);
}

void MessageStatusModel::setMessage(const QString &messageId)
{
    clear();
    m_messageId = messageId;
    reload();
}

void MessageStatusModel::clear()
{
    ++m_generation; // before the cancel, whose report comes back at once
    cancelJob();
    m_messageId.clear();
    m_error = {};
    reset({});
    setState(State::Idle);
}

void MessageStatusModel::reload()
{
    if (!m_client || m_messageId.isEmpty())
        return;
    ++m_generation;
    cancelJob();
    reset({});
    setState(State::Loading);
    ApiJob *job = m_client->send(Requests::messageStatus(m_messageId));
    m_job = job;
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this,
        [this, generation](ApiJob *finished) { onFinished(finished, generation); });
}

void MessageStatusModel::onFinished(ApiJob *job, int generation)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    if (job->error().isCancelled())
        return;
    ApiError error = job->error();
    if (!error.isError()) {
        const Parse::Result<MessageStatus> parsed = Parse::messageStatus(job->response().body);
        if (parsed.ok()) {
            m_error = {};
            reset(parsed.value);
            setState(State::Loaded);
            return;
        }
        error = ApiError::badResponse(job->request().description, parsed.error);
    }
    m_error = error;
    setState(State::Failed);
    Q_EMIT errorOccurred(error);
}

void MessageStatusModel::reset(const MessageStatus &status)
{
    beginResetModel();
    m_status = status;
    m_rows.clear();
    if (!status.raw.isEmpty() && status.raw.contains(u"author"_s))
        m_rows.append({Kind::Author, status.author});
    for (const StatusUser &u : status.read)
        m_rows.append({Kind::Read, u});
    for (const StatusUser &u : status.delivered)
        m_rows.append({Kind::Delivered, u});
    for (const StatusUser &u : status.sent)
        m_rows.append({Kind::Sent, u});
    endResetModel();
}

void MessageStatusModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MessageStatusModel::cancelJob()
{
    if (ApiJob *job = m_job.data()) {
        m_job = nullptr;
        job->cancel();
    }
}

int MessageStatusModel::count(Kind kind) const
{
    switch (kind) {
    case Kind::Author:
        return m_status.raw.contains(u"author"_s) ? 1 : 0;
    case Kind::Read:
        return int(m_status.read.size());
    case Kind::Delivered:
        return int(m_status.delivered.size());
    case Kind::Sent:
        return int(m_status.sent.size());
    }
    return 0;
}

QString MessageStatusModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Author:
        return tr("Author");
    case Kind::Read:
        return tr("Read");
    case Kind::Delivered:
        return tr("Delivered");
    case Kind::Sent:
        return tr("Sent");
    }
    return {};
}

int MessageStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StatusUser &u = row.user;
    if (role == StateRole)
        return int(row.kind);
    if (role == RawValueRole) {
        if (index.column() == UserIdColumn)
            return u.userId;
        if (index.column() == TimeColumn)
            return u.timestamp ? QVariant(u.timestamp) : QVariant();
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && !u.problems.isEmpty())
        return plainToolTip(u.problems.join(u'\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return kindName(row.kind);
    case UserColumn:
        return DisplayName::of(u);
    case UserIdColumn:
        return QString::number(u.userId);
    case UserNameColumn:
        // External users have no user name: their e-mail still tells who they are.
        return u.userName.isEmpty() ? u.email : u.userName;
    case TimeColumn:
        return u.timestamp ? QVariant(Times::toIso(u.timestamp)) : QVariant();
    default:
        return {};
    }
}

QVariant MessageStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("Status");
    case UserColumn:
        return tr("User");
    case UserIdColumn:
        return tr("User id");
    case UserNameColumn:
        return tr("User name / e-mail");
    case TimeColumn:
        return tr("Time (UTC)");
    default:
        return {};
    }
}

} // namespace Inspector
