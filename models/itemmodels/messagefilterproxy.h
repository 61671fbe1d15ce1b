// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
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
 * that run in parallel; when the answer comes, filterAcceptsRow() only looks the row up. Until
 * then the previous answer stays on screen. Rows the source adds later (new pages) are matched on
 * the GUI thread as they come: a page is at most 500 rows.
 *
 * Signals: filteringChanged(true) when a match starts, filteringChanged(false) and filterApplied()
 * when its answer is on screen. A filter changed again before the answer came drops that answer.
 */
class MessageFilterProxy final : public QSortFilterProxyModel
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

Q_SIGNALS:
    void filteringChanged(bool filtering);
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void restart();
    void apply(quint64 generation, std::vector<char> &&accepted);
    void setRunning(bool running);

    MessageTableModel *m_model = nullptr;
    MessageFilter m_filter; // the filter asked for
    MessageFilter m_applied; // the filter whose answer m_accepted is
    std::vector<char> m_accepted; // for source rows [0, size)
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Inspector
