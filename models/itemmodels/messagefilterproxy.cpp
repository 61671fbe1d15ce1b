// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/messagefilterproxy.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

namespace Inspector {

bool MessageFilter::isEmpty() const
{
    return sender.isEmpty() && text.isEmpty() && !from && !to && !attachmentsOnly;
}

bool MessageFilter::operator==(const MessageFilter &other) const
{
    return sender == other.sender && text == other.text && from == other.from && to == other.to
        && attachmentsOnly == other.attachmentsOnly;
}

bool MessageFilter::matches(const MessageRow &row, const QString &senderName, const QString &plainText) const
{
    if (attachmentsOnly && row.attachments == 0)
        return false;
    if (from && row.timestamp < *from)
        return false;
    if (to && row.timestamp > *to)
        return false;
    if (!sender.isEmpty() && !senderName.contains(sender, Qt::CaseInsensitive)
        && QString::number(row.senderId) != sender)
        return false;
    if (!text.isEmpty() && !plainText.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

MessageFilterProxy::MessageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

MessageFilterProxy::~MessageFilterProxy()
{
    ++m_generation;
}

void MessageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<MessageTableModel *>(model);
    Q_ASSERT(!model || m_model);
    ++m_generation;
    m_accepted.clear();
    m_applied = {};
    QSortFilterProxyModel::setSourceModel(m_model);
    if (m_model) {
        // After a reset the rows are others: the answer for the old ones means nothing.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            ++m_generation;
            m_accepted.clear();
            m_applied = m_filter;
            setRunning(false);
        });
    }
    restart();
}

void MessageFilterProxy::setFilter(const MessageFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void MessageFilterProxy::setSenderFilter(const QString &sender)
{
    MessageFilter f = m_filter;
    f.sender = sender.trimmed();
    setFilter(f);
}

void MessageFilterProxy::setTextFilter(const QString &text)
{
    MessageFilter f = m_filter;
    f.text = text.trimmed();
    setFilter(f);
}

void MessageFilterProxy::setDateRange(std::optional<qint64> from, std::optional<qint64> to)
{
    MessageFilter f = m_filter;
    f.from = from;
    f.to = to;
    setFilter(f);
}

void MessageFilterProxy::setAttachmentsOnly(bool only)
{
    MessageFilter f = m_filter;
    f.attachmentsOnly = only;
    setFilter(f);
}

void MessageFilterProxy::restart()
{
    const quint64 generation = ++m_generation;
    if (!m_model || m_filter.isEmpty() || m_model->rowCount() == 0) {
        // Nothing to compute: every row passes, or there are none.
        m_applied = m_filter;
        m_accepted.clear();
        setRunning(false);
        invalidate();
        Q_EMIT filterApplied();
        return;
    }
    setRunning(true);
    const MessageRowsSnapshot snapshot = m_model->snapshot();
    const MessageFilter filter = m_filter;
    std::vector<int> starts;
    constexpr int Slice = 2048;
    for (int i = 0; i < snapshot.count(); i += Slice)
        starts.push_back(i);
    auto matchSlice = [snapshot, filter](int start) {
        const int end = qMin(snapshot.count(), start + Slice);
        QByteArray out(end - start, '\0');
        for (int i = start; i < end; ++i) {
            const MessageRow &row = snapshot.row(i);
            const QString text = filter.needsText() ? MessageTableModel::plainTextOf(row.json) : QString();
            out[i - start] = filter.matches(row, snapshot.senderName(row.senderId), text) ? 1 : 0;
        }
        return out;
    };
    QtConcurrent::mapped(starts, matchSlice).then(this, [this, generation, filter](QFuture<QByteArray> future) {
        if (generation != m_generation)
            return;
        std::vector<char> accepted;
        for (const QByteArray &slice : future.results())
            accepted.insert(accepted.end(), slice.cbegin(), slice.cend());
        m_applied = filter;
        apply(generation, std::move(accepted));
    });
}

void MessageFilterProxy::apply(quint64 generation, std::vector<char> &&accepted)
{
    Q_UNUSED(generation)
    m_accepted = std::move(accepted);
    // invalidate() rebuilds the mapping in one pass; invalidateRowsFilter() would announce every
    // run of changed rows separately, which is quadratic when matches are scattered over many rows.
    invalidate();
    setRunning(false);
    Q_EMIT filterApplied();
}

void MessageFilterProxy::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT filteringChanged(running);
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (m_applied.isEmpty())
        return true;
    if (size_t(sourceRow) < m_accepted.size())
        return m_accepted[size_t(sourceRow)] != 0;
    // A row that came after the snapshot: one page at most, matched here.
    const MessageRow &row = m_model->row(sourceRow);
    const QString text = m_applied.needsText() ? m_model->plainText(sourceRow) : QString();
    return m_applied.matches(row, m_model->senderName(row.senderId), text);
}

} // namespace Inspector
