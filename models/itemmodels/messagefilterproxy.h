// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractProxyModel>
#include <QString>

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
 * Signals: filteringChanged(true) when a match starts, filteringChanged(false) and filterApplied()
 * when its answer is on screen. A filter changed again before the answer came drops that answer.
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
    void restart();
    /// Swaps in the rows accepted by `applied` among source rows [0, covered); matches the rest here.
    void apply(const MessageFilter &applied, std::vector<int> &&rows, int covered);
    /// Source rows in [first, last] that `filter` accepts, appended to `out`.
    void matchHere(const MessageFilter &filter, int first, int last, std::vector<int> &out) const;
    int sourceRowOf(int proxyRow) const { return m_identity ? proxyRow : m_rows[size_t(proxyRow)]; }
    /// The proxy row of a source row, or -1 when it is filtered out.
    int proxyRowOf(int sourceRow) const;
    void onRowsAboutToBeInserted(int first, int last);
    void onRowsInserted(int first, int last);
    void setRunning(bool running);

    MessageTableModel *m_model = nullptr;
    MessageFilter m_filter; // the filter asked for
    MessageFilter m_applied; // the filter whose answer is on screen
    bool m_identity = true; // m_applied is empty: proxy row == source row, m_rows unused
    std::vector<int> m_rows; // proxy row -> source row, ascending
    int m_known = 0; // source rows the proxy has seen (inserted rows are counted once announced)
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Inspector
