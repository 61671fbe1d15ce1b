// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/receiptsmodel.h"

#include "data/times.h"
#include "itemmodels/plaintooltip.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

QString personName(const ReceiptUser &user)
{
    const QString name = QStringList {user.firstName, user.lastName}.join(u' ').trimmed();
    if (!name.isEmpty())
        return name;
    if (!user.username.isEmpty())
        return user.username;
    return QString::number(user.id);
}

QVariant timeText(const std::optional<qint64> &ms)
{
    return ms ? QVariant(Times::toIso(*ms)) : QVariant();
}

QVariant timeRaw(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : QVariant();
}

} // namespace

ReceiptsModel::ReceiptsModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Hidden, parent)
{ }

ReceiptsModel::~ReceiptsModel()
{
    ++m_generation;
    cancelCall();
}

void ReceiptsModel::setMessage(const QString &messageId)
{
    clear();
    m_messageId = messageId;
    if (!messageId.isEmpty())
        requestPages(0);
}

void ReceiptsModel::clear()
{
    // A new generation first: a call cancelled below reports back synchronously and must be dropped.
    ++m_generation;
    cancelCall();
    beginResetModel();
    m_rows.clear();
    m_summary = {};
    m_cursor = {};
    m_error = {};
    m_messageId.clear();
    m_loadAllCap = 0;
    m_emptyAnswer = false;
    endResetModel();
    setState(State::Idle);
    Q_EMIT summaryChanged();
}

void ReceiptsModel::loadAll(int maxRows)
{
    m_loadAllCap = qMax(1, maxRows);
    if (m_state == State::Loading)
        return; // the call in flight continues the walk when it ends
    // Unlike canFetchMore(), a failed page is asked for again: this is the user's explicit request.
    const bool more = !m_messageId.isEmpty() && !m_cursor.done && m_state != State::NoDetails;
    if (more && m_rows.size() < m_loadAllCap)
        requestPages(m_loadAllCap - int(m_rows.size()));
    else
        m_loadAllCap = 0;
}

bool ReceiptsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_messageId.isEmpty() || m_cursor.done)
        return false;
    // After a failure only an explicit fetchMore() retries: a view asks on every layout.
    return m_state == State::Loaded;
}

void ReceiptsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_messageId.isEmpty() || m_cursor.done)
        return;
    if (m_state == State::Loading || m_state == State::NoDetails)
        return;
    requestPages(0);
}

void ReceiptsModel::requestPages(int untilReceipts)
{
    cancelCall();
    Q_EMIT pagesWanted(ReceiptsQuery {m_messageId, m_cursor, untilReceipts});
}

void ReceiptsModel::follow(ServiceCall *call)
{
    cancelCall();
    if (!call)
        return;
    m_call = call;
    connect(call, &ServiceCall::finished, this, [this, call](const ApiError &error) {
        if (call != m_call)
            return; // a call that was replaced or cancelled by the model
        m_call = nullptr;
        onFinished(error);
    });
    setState(State::Loading);
}

MessageDetails::Sink<ReceiptPage> ReceiptsModel::sink()
{
    return
        [self = QPointer<ReceiptsModel>(this), generation = m_generation](const QList<ReceiptPage> &pages) {
            if (self && self->m_generation == generation)
                self->onPages(pages);
        };
}

void ReceiptsModel::onPages(const QList<ReceiptPage> &pages)
{
    for (const ReceiptPage &value : pages) {
        if (value.raw.isEmpty() && value.receipts.isEmpty() && !value.hasNext()) {
            // An empty answer (204): the end, and "no receipt details" when nothing came before.
            m_cursor.done = true;
            m_emptyAnswer = true;
            m_summary.complete = true;
            Q_EMIT summaryChanged();
            continue;
        }
        // A repeated cursor stops the walk here; the call ends with the error that says so.
        m_cursor.advance(value.after, value.hasNext());
        if (!value.receipts.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(value.receipts.size()) - 1);
            m_rows += value.receipts;
            endInsertRows();
        }
        m_summary.delivered = value.deliveryReceiptCount;
        m_summary.read = value.readReceiptCount;
        m_summary.emailed = value.emailNotificationCount;
        m_summary.creatorName = value.creator.name;
        m_summary.creationDate = value.creationDate;
        m_summary.downloads = value.downloadReceiptCounts;
        m_summary.loaded = int(m_rows.size());
        m_summary.complete = m_cursor.done;
        Q_EMIT summaryChanged();
    }
}

void ReceiptsModel::onFinished(const ApiError &error)
{
    if (error.isCancelled()) {
        // Cancelled by its owner: what came stays, and the next page may be asked for again.
        m_loadAllCap = 0;
        setState(m_summary.loaded > 0 || m_cursor.done ? State::Loaded : State::Idle);
        return;
    }
    if (error.kind == ApiError::Kind::NotFound && m_rows.isEmpty()) {
        // The pod's way of saying "no receipt details" for this message.
        m_cursor.done = true;
        m_loadAllCap = 0;
        m_summary.complete = true;
        m_error = {};
        setState(State::NoDetails);
        Q_EMIT summaryChanged();
        return;
    }
    if (error.isError())
        return fail(error);
    m_error = {};
    setState(m_emptyAnswer && m_rows.isEmpty() ? State::NoDetails : State::Loaded);
    if (m_loadAllCap > 0) {
        if (!m_cursor.done && m_rows.size() < m_loadAllCap && m_state == State::Loaded)
            requestPages(m_loadAllCap - int(m_rows.size()));
        else
            m_loadAllCap = 0;
    }
}

void ReceiptsModel::fail(const ApiError &error)
{
    m_error = error;
    m_loadAllCap = 0;
    setState(State::Failed);
    Q_EMIT errorOccurred(error);
}

void ReceiptsModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ReceiptsModel::cancelCall()
{
    if (ServiceCall *call = m_call.data()) {
        m_call = nullptr;
        call->cancel();
    }
}

int ReceiptsModel::rowTotal() const
{
    return int(m_rows.size());
}

QVariant ReceiptsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Receipt &r = m_rows.at(index.row());
    if (role == ModelRole::RawValue) {
        switch (index.column()) {
        case UserIdColumn:
            return r.user.id;
        case DeliveredColumn:
            return timeRaw(r.deliveryReceiptTimestamp);
        case ReadColumn:
            return timeRaw(r.readReceiptTimestamp);
        case EmailNotifiedColumn:
            return timeRaw(r.emailNotificationTimestamp);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UserColumn && !r.problems.isEmpty())
        return plainToolTip(r.problems.join(u'\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return personName(r.user);
    case UserIdColumn:
        return QString::number(r.user.id);
    case EmailColumn:
        return r.user.emailAddress.isEmpty() ? r.user.username : r.user.emailAddress;
    case DeliveredColumn:
        return timeText(r.deliveryReceiptTimestamp);
    case ReadColumn:
        return timeText(r.readReceiptTimestamp);
    case EmailNotifiedColumn:
        return timeText(r.emailNotificationTimestamp);
    case DownloadsColumn: {
        QStringList parts;
        for (const DownloadReceipt &d : r.downloadReceipts)
            parts << u"%1 (%2)"_s.arg(d.fileName, Times::toIso(d.timestamp));
        return parts.join(u", "_s);
    }
    default:
        return {};
    }
}

QStringList ReceiptsModel::columnTitles() const
{
    return {tr("User"), tr("User id"), tr("E-mail"), tr("Delivered (UTC)"), tr("Read (UTC)"),
        tr("E-mail sent (UTC)"), tr("Downloads")};
}

} // namespace Inspector
