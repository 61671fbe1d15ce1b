// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractProxyModel>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include "itemmodels/messagetablemodel.h"

namespace Inspector {

/** @brief What a MessageFilterProxy keeps; every part that is set must match. */
struct MessageFilter
{
    QString sender; ///< part of the sender's name, or the user id (case-insensitive)
    QString text; ///< part of the plain text (case-insensitive)
    std::optional<qint64> from; ///< epoch ms, inclusive
    std::optional<qint64> to; ///< epoch ms, inclusive
    bool attachmentsOnly = false;

    bool isEmpty() const;
    bool operator==(const MessageFilter &other) const;
    bool operator!=(const MessageFilter &other) const { return !(*this == other); }
    /// Pure; any thread. `plainText` is the row's plain text, computed only when the text filter needs it.
    bool matches(const MessageRow &row, const QString &senderName, const QString &plainText) const;
    bool needsText() const { return !text.isEmpty(); }
};

/**
 * @brief Filters a MessageTableModel by sender, text, date range and attachments.
 *
 * Lives on the GUI thread. A new filter is matched on the thread pool against a snapshot of the
 * rows (their bytes are immutable and shared, so the snapshot copies no message), split in chunks
 * that run in parallel; the answer is the sorted list of accepted source rows. Applying it swaps
 * that list in with one layout change: the GUI thread never visits the rows, so a filter over a
 * million rows costs it about as much as one over a hundred. Until then the previous answer stays
 * on screen. Rows the source appends later (new pages, at most 500 rows each) are matched on the
 * GUI thread as they come and appended. With no filter the proxy maps rows one to one and keeps
 * no list.
 *
 * The source only ever appends rows or resets (MessageTableModel's contract); a reset drops any
 * pending answer.
 *
 * Sorting (sort(), a click on a column header) works the same way: the accepted rows are sorted on
 * the pool and swapped in with one layout change; rows appended later are merged into place with one
 * layout change per page. Ties keep the model's order. The model's own order (newest first) is
 * sort(TimeColumn, Qt::DescendingOrder) or sort(-1), and costs nothing. Text columns sort by their
 * case-folded text, without locale rules (a million locale-aware comparisons would take seconds).
 *
 * Signals: filteringChanged(true) when a match (or sort) starts, filteringChanged(false) and
 * filterApplied() when its answer is on screen. A filter or sort changed again before the answer came
 * drops that answer.
 */
class MessageFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFilterProxy)

public:
    explicit MessageFilterProxy(QObject *parent = nullptr);
    ~MessageFilterProxy() override;

    /// Must be a MessageTableModel (or nullptr).
    void setSourceModel(QAbstractItemModel *model) override;
    MessageTableModel *messageModel() const { return m_model; }

    void setFilter(const MessageFilter &filter);
    MessageFilter filter() const { return m_filter; }
    void setSenderFilter(const QString &sender);
    void setTextFilter(const QString &text);
    void setDateRange(std::optional<qint64> from, std::optional<qint64> to);
    void setAttachmentsOnly(bool only);

    bool isFiltering() const { return m_running; }

    /// Sorts by a MessageTableModel column; -1, or the time column newest first, is the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The sort on screen or being computed: -1 for the model's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    void filteringChanged(bool filtering);
    void filterApplied();

private:
    struct SortSpec
    {
        int column = -1; ///< -1: the model's order
        Qt::SortOrder order = Qt::DescendingOrder;
        bool operator==(const SortSpec &o) const
        {
            return column == o.column && (column < 0 || order == o.order);
        }
    };

    void restart();
    /// Swaps in `rows`: those accepted by `applied` among source rows [0, covered), in the order of
    /// `sorted`; matches (and merges) the rest here.
    void apply(const MessageFilter &applied, const SortSpec &sorted, std::vector<int> &&rows, int covered);
    /// One layout change around `change`, keeping persistent indexes on their source rows.
    void changeLayout(const std::function<void()> &change);
    /// Inserts the accepted source rows `added` (ascending) into m_rows at their sorted places.
    void mergeSorted(std::vector<int> added);
    void rebuildProxyOf();
    /// Source rows in [first, last] that `filter` accepts, appended to `out`.
    void matchHere(const MessageFilter &filter, int first, int last, std::vector<int> &out) const;
    int sourceRowOf(int proxyRow) const { return m_identity ? proxyRow : m_rows[size_t(proxyRow)]; }
    bool isSorted() const { return m_sorted.column >= 0; }
    /// The proxy row of a source row, or -1 when it is filtered out.
    int proxyRowOf(int sourceRow) const;
    void onRowsAboutToBeInserted(int first, int last);
    void onRowsInserted(int first, int last);
    void setRunning(bool running);

    MessageTableModel *m_model = nullptr;
    MessageFilter m_filter; // the filter asked for
    MessageFilter m_applied; // the filter whose answer is on screen
    int m_sortColumn = -1; // the sort asked for
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    SortSpec m_sorted; // the sort whose answer is on screen
    bool m_identity = true; // m_applied is empty and no sort: proxy row == source row, m_rows unused
    std::vector<int> m_rows; // proxy row -> source row; ascending unless sorted
    std::vector<int> m_proxyOf; // sorted only: source row -> proxy row, -1 when filtered out
    int m_known = 0; // source rows the proxy has seen (inserted rows are counted once announced)
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Inspector
