// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/messagestatusmodel.h"

#include "data/displayname.h"
#include "data/times.h"
#include "itemmodels/plaintooltip.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector {

MessageStatusModel::MessageStatusModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Hidden, parent)
{ }

MessageStatusModel::~MessageStatusModel()
{
    ++m_generation;
    cancelCall();
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
    cancelCall();
    m_messageId.clear();
    m_error = {};
    reset({});
    setState(State::Idle);
}

void MessageStatusModel::reload()
{
    if (m_messageId.isEmpty())
        return;
    ++m_generation;
    cancelCall();
    Q_EMIT statusWanted(m_messageId);
}

void MessageStatusModel::follow(ServiceCall *call)
{
    cancelCall();
    if (!call)
        return;
    m_call = call;
    m_received = false;
    connect(call, &ServiceCall::finished, this, [this, call](const ApiError &error) {
        if (call != m_call)
            return;
        m_call = nullptr;
        onFinished(error);
    });
    reset({});
    setState(State::Loading);
}

MessageDetails::Sink<MessageStatus> MessageStatusModel::sink()
{
    return [self = QPointer<MessageStatusModel>(this), generation = m_generation](
               const QList<MessageStatus> &batch) {
        if (!self || self->m_generation != generation || batch.isEmpty())
            return;
        self->m_received = true;
        self->reset(batch.last());
    };
}

void MessageStatusModel::onFinished(const ApiError &error)
{
    if (error.isCancelled()) {
        setState(m_received ? State::Loaded : State::Idle);
        return;
    }
    if (!error.isError()) {
        m_error = {};
        setState(State::Loaded);
        return;
    }
    reset({});
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

void MessageStatusModel::cancelCall()
{
    if (ServiceCall *call = m_call.data()) {
        m_call = nullptr;
        call->cancel();
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

int MessageStatusModel::rowTotal() const
{
    return int(m_rows.size());
}

QVariant MessageStatusModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &row = m_rows.at(index.row());
    const StatusUser &u = row.user;
    if (role == ModelRole::State)
        return int(row.kind);
    if (role == ModelRole::RawValue) {
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

QStringList MessageStatusModel::columnTitles() const
{
    return {tr("Status"), tr("User"), tr("User id"), tr("User name / e-mail"), tr("Time (UTC)")};
}

} // namespace Inspector
