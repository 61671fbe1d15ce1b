// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/messagefilterproxy.h"
#include "itemmodels/messagesort.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Inspector {

namespace {

/// Matching a million rows keeps every pool thread busy for a while: leaving one core to the GUI
/// thread (and to page parsing on the global pool) keeps the window answering meanwhile.
struct FilterPool
{
    QThreadPool pool;
    FilterPool()
    {
        pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        pool.setThreadPriority(QThread::LowPriority);
    }
};
Q_GLOBAL_STATIC(FilterPool, s_filterPool)

/// Rows of a snapshot (pool threads) or of the model itself (GUI thread), for sorting.
struct SnapshotRows
{
    const MessageRowsSnapshot &snapshot;
    const MessageRow &row(int i) const { return snapshot.row(i); }
    QString senderName(qint64 id) const { return snapshot.senderName(id); }
    QString plainText(int i) const { return snapshot.row(i).plainText(); }
};

struct ModelRows
{
    const MessageTableModel *model;
    const MessageRow &row(int i) const { return model->row(i); }
    QString senderName(qint64 id) const { return model->senderName(id); }
    QString plainText(int i) const { return model->plainText(i); }
};

} // namespace

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
    : QAbstractProxyModel(parent)
{ }

MessageFilterProxy::~MessageFilterProxy()
{
    ++m_generation;
}

void MessageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<MessageTableModel *>(model);
    Q_ASSERT(!model || m_model);
    ++m_generation;
    QAbstractProxyModel::setSourceModel(m_model);
    // Until the first answer: every row, one to one.
    m_applied = {};
    m_sorted = {};
    m_identity = true;
    m_rows = {};
    m_proxyOf = {};
    m_known = m_model ? m_model->rowCount() : 0;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsAboutToBeInserted(first, last); });
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        // After a reset the rows are others: an answer for the old ones means nothing.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            beginResetModel();
            ++m_generation;
            m_applied = m_filter;
            m_sorted = {m_sortColumn, m_sortOrder};
            m_identity = m_applied.isEmpty() && !isSorted();
            m_rows = {};
            m_proxyOf = {};
            m_known = 0;
            setRunning(false);
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_known = m_model->rowCount();
            if (!m_identity && m_known > 0)
                matchHere(m_applied, 0, m_known - 1, m_rows);
            if (isSorted()) {
                // A reset brings one page at most: sorted here.
                MessageSort::sortRows(ModelRows {m_model}, m_sorted.column, m_sorted.order, m_rows);
                rebuildProxyOf();
            }
            endResetModel();
        });
    }
    endResetModel();
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

void MessageFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= MessageTableModel::ColumnCount
        || (column == MessageTableModel::TimeColumn && order == Qt::DescendingOrder)) {
        column = -1; // the model's own order
        order = Qt::DescendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

void MessageFilterProxy::restart()
{
    const quint64 generation = ++m_generation;
    const SortSpec sort {m_sortColumn, m_sortOrder};
    if (!m_model || m_known == 0 || (m_filter.isEmpty() && sort.column < 0)) {
        // Nothing to compute on the pool: every row passes in the model's order, or there are none.
        apply(m_filter, sort, {}, 0);
        return;
    }
    setRunning(true);
    const MessageRowsSnapshot snapshot = m_model->snapshot();
    const MessageFilter filter = m_filter;
    std::vector<int> starts;
    constexpr int Slice = 4096;
    for (int i = 0; i < snapshot.count(); i += Slice)
        starts.push_back(i);
    auto matchSlice = [snapshot, filter](int start) {
        const int end = qMin(snapshot.count(), start + Slice);
        std::vector<int> out;
        out.reserve(size_t(end - start));
        for (int i = start; i < end; ++i) {
            const MessageRow &row = snapshot.row(i);
            const QString text = filter.needsText() ? row.plainText() : QString();
            if (filter.matches(row, snapshot.senderName(row.senderId), text))
                out.push_back(i);
        }
        return out;
    };
    // Ordered, so the concatenation is the accepted rows in ascending order; it runs on the pool too.
    auto concat = [](std::vector<int> &all, const std::vector<int> &slice) {
        all.insert(all.end(), slice.cbegin(), slice.cend());
    };
    // Watchers, not QFuture::then(this, ...): in Qt 6.4 a continuation whose context object is gone
    // when the work ends asserts (or crashes), and a proxy may go while a match runs; a watcher goes
    // with it. The sort is a second pool task, started when the match is in.
    auto *watcher = new QFutureWatcher<std::vector<int>>(this);
    connect(
        watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, filter, sort, snapshot] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const int covered = snapshot.count();
            std::vector<int> rows = watcher->future().takeResult();
            if (sort.column < 0) {
                apply(filter, sort, std::move(rows), covered);
                return;
            }
            auto *sorter = new QFutureWatcher<std::vector<int>>(this);
            connect(sorter, &QFutureWatcherBase::finished, this,
                [this, sorter, generation, filter, sort, covered] {
                    sorter->deleteLater();
                    if (generation == m_generation)
                        apply(filter, sort, sorter->future().takeResult(), covered);
                });
            sorter->setFuture(
                QtConcurrent::run(&s_filterPool->pool, [snapshot, sort, rows = std::move(rows)]() mutable {
                    MessageSort::sortRows(SnapshotRows {snapshot}, sort.column, sort.order, rows);
                    return std::move(rows);
                }));
        });
    watcher->setFuture(QtConcurrent::mappedReduced(
        &s_filterPool->pool, std::move(starts), matchSlice, concat, QtConcurrent::OrderedReduce));
}

void MessageFilterProxy::matchHere(
    const MessageFilter &filter, int first, int last, std::vector<int> &out) const
{
    for (int i = first; i <= last; ++i) {
        const MessageRow &row = m_model->row(i);
        const QString text = filter.needsText() ? m_model->plainText(i) : QString();
        if (filter.matches(row, m_model->senderName(row.senderId), text))
            out.push_back(i);
    }
}

void MessageFilterProxy::apply(
    const MessageFilter &applied, const SortSpec &sorted, std::vector<int> &&rows, int covered)
{
    const bool identity = applied.isEmpty() && sorted.column < 0;
    // Rows appended since the snapshot: a few pages at most.
    std::vector<int> extra;
    if (!identity && covered < m_known)
        matchHere(applied, covered, m_known - 1, extra);
    // A layout change, not a reset, so the current row and the selection stay where they still show.
    changeLayout([&] {
        m_applied = applied;
        m_sorted = sorted;
        m_identity = identity;
        m_rows = identity ? std::vector<int>() : std::move(rows);
        m_proxyOf.clear();
        if (isSorted()) {
            rebuildProxyOf();
            mergeSorted(std::move(extra));
        } else {
            m_rows.insert(m_rows.end(), extra.cbegin(), extra.cend());
        }
    });
    setRunning(false);
    Q_EMIT filterApplied();
}

void MessageFilterProxy::changeLayout(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        sourceRows.push_back(sourceRowOf(i.row()));
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = proxyRowOf(sourceRows[size_t(i)]);
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void MessageFilterProxy::mergeSorted(std::vector<int> added)
{
    if (added.empty())
        return;
    const ModelRows rows {m_model};
    const int column = m_sorted.column;
    const Qt::SortOrder order = m_sorted.order;
    MessageSort::sortRows(rows, column, order, added);
    std::vector<int> merged;
    merged.reserve(m_rows.size() + added.size());
    auto from = m_rows.cbegin();
    for (int row : added) {
        // Every row already placed that sorts before this one goes first.
        const auto at = std::upper_bound(from, m_rows.cend(), row,
            [&](int a, int b) { return MessageSort::sortsBefore(rows, column, order, a, b); });
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_rows.cend());
    m_rows = std::move(merged);
    rebuildProxyOf();
}

void MessageFilterProxy::rebuildProxyOf()
{
    m_proxyOf.assign(size_t(m_known), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[size_t(m_rows[i])] = int(i);
}

void MessageFilterProxy::onRowsAboutToBeInserted(int first, int last)
{
    // The source only appends (see the class comment).
    Q_ASSERT(first == m_known);
    if (m_identity)
        beginInsertRows({}, first, last);
}

void MessageFilterProxy::onRowsInserted(int first, int last)
{
    if (m_identity) {
        m_known = last + 1;
        endInsertRows();
        return;
    }
    std::vector<int> accepted;
    matchHere(m_applied, first, last, accepted);
    m_known = last + 1;
    if (isSorted()) {
        // Merged into place: one layout change for the page, like QSortFilterProxyModel's.
        if (accepted.empty())
            m_proxyOf.resize(size_t(m_known), -1);
        else
            changeLayout([&] { mergeSorted(std::move(accepted)); });
        return;
    }
    if (accepted.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(accepted.size()) - 1);
    m_rows.insert(m_rows.end(), accepted.cbegin(), accepted.cend());
    endInsertRows();
}

int MessageFilterProxy::proxyRowOf(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_known)
        return -1;
    if (m_identity)
        return sourceRow;
    if (isSorted())
        return size_t(sourceRow) < m_proxyOf.size() ? m_proxyOf[size_t(sourceRow)] : -1;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow);
    return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
}

void MessageFilterProxy::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT filteringChanged(running);
}

QModelIndex MessageFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MessageFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int MessageFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_model)
        return 0;
    return m_identity ? m_known : int(m_rows.size());
}

int MessageFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool MessageFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex MessageFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_model || proxyIndex.model() != this)
        return {};
    return m_model->index(sourceRowOf(proxyIndex.row()), proxyIndex.column());
}

QModelIndex MessageFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_model || sourceIndex.model() != m_model)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace Inspector
