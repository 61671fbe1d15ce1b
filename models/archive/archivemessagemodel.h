// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "api/apierror.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/messagetablemodel.h"

class QTimer;

namespace Inspector {

class ServiceCall;

namespace Archive {
class ReadThread;
}

/**
 * @brief The messages of one archived stream as a table, however many there are: the model holds
 * only the pages of rows around what is on screen and reads the others from the archive when a
 * view asks for them.
 *
 * Lives on the GUI thread and never runs SQL there: every read goes through the Archive::ReadThread
 * it is given (which must outlive it), as ServiceCalls.
 *
 * How it reads. Choosing a stream (or a filter, or the order) asks for the count of its rows and
 * the first page, then for a sparse index: the key (timestamp, seq) of the first row of every page
 * (every PageRows-th row, picked by SQL over the index `message_time`, off the GUI thread). Once
 * the index is there, any page is one keyset query (`WHERE (ts, seq) <= key ORDER BY ts DESC,
 * seq DESC LIMIT PageRows`), so the scroll bar dragged to the middle reads one page, not what is
 * before it. rowCount() is the stream's count from the first answer on.
 *
 * data() for a row whose page is not held answers a placeholder (an ellipsis in the text column,
 * nothing elsewhere: isRowLoaded() is false) and asks for the page. Requests of one paint are
 * coalesced (they start from the event loop), at most MaxInFlight pages are read at once, the pages
 * nearest the row last shown go first, and a request for a page far from it (the user scrolled
 * away) is cancelled before it runs. When a page arrives, dataChanged() covers its rows. At most
 * cacheLimit() pages are held (least recently shown dropped first): memory stays flat whatever
 * the stream's size.
 *
 * Columns and roles are MessageTableModel's (Column, ModelRole::Timestamp, SenderId, SenderName,
 * AttachmentCount, Flags, PlainText, MessageId, RawValue), so its delegates work on it. The flags
 * gain MessageTableModel::Revised when the archive holds more than one version of the message.
 * MessageId is the normalised id. PlainText is the stored line (at most MessageRow::LineChars
 * characters); the whole message comes from the archive's services, by messageId().
 *
 * Order: newest first (the live table's), or oldest first by sort(TimeColumn, AscendingOrder).
 * Other columns are not sorted (sort() ignores them): only the time has an index that keeps a
 * keyset page cheap. Filters are SQL, not a proxy over all rows: setTimeRange()/setDays() and
 * setSearch() (the archive's full-text index, the syntax of `archive search`: words, "phrases",
 * prefix*); each starts again from the count.
 *
 * How a pane uses it:
 *     auto *model = new ArchiveMessageModel(readThread, this);
 *     view->setModel(model);                 // no proxy needed: filters and sort are the model's
 *     model->setStream(streamId);            // rows appear with countReady()
 *     connect(model, &ArchiveMessageModel::errorOccurred, …);   // a failed read, once per read
 *     model->setSearch(text); model->setDays(from, to);         // filters, by SQL
 *     model->refresh();                      // after a sync wrote to the archive
 *     model->locate(messageId);              // -> located(messageId, row) for a jump
 *
 * Signals: loadingChanged(true) when the count is asked for, (false) when countReady(rows) has
 * set the rows; indexReady() when any page can be read in one query; pageLoaded(first, rows)
 * after the dataChanged() of a page; errorOccurred() once per failed read (never for a cancelled
 * one); located() answers locate() (row -1: not in the rows the filters keep; a locate() pending
 * when the stream, a filter or the order changes is dropped, unanswered).
 *
 * The vertical header must not size its sections to their contents (QHeaderView::Fixed or
 * Interactive): ResizeToContents would ask for every row.
 */
class ArchiveMessageModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveMessageModel)

public:
    using Column = MessageTableModel::Column;
    /// Rows per page, and the distance between two keys of the sparse index.
    static constexpr int PageRows = 200;
    /// Pages read at once at most.
    static constexpr int MaxInFlight = 3;
    /// A request for a page further than this many pages from the row last shown is stale.
    static constexpr int StalePages = 3;
    /// The text of a row not loaded yet.
    static QString placeholder();

    /// One row as the table shows it (from the `message` table, no JSON).
    struct Row
    {
        QString messageId; ///< normalised
        qint64 timestamp = 0;
        qint64 seq = 0;
        qint64 senderId = 0;
        QString sender;
        QString line;
        int flags = 0; ///< MessageRow flags, with MessageTableModel::Revised for rev > 1
        int attachments = 0;
        int rev = 1;
    };
    /// What a read asks for: the stream, the filters and the order (copied to the archive's thread).
    struct Query
    {
        QString streamId;
        std::optional<qint64> from;
        std::optional<qint64> to;
        QString search;
        bool newestFirst = true;
        /// How the search joins the index (set by the model from the first count): true when the
        /// hits are dense (1 message in 100 or more), so that a page walks the time index and
        /// checks each row against the hits instead of reading every hit again.
        bool denseSearch = false;
    };
    /// The place of a row in the order (timestamp, seq).
    struct Key
    {
        qint64 timestamp = 0;
        qint64 seq = 0;
    };

    explicit ArchiveMessageModel(Archive::ReadThread *reader, QObject *parent = nullptr);
    ~ArchiveMessageModel() override;

    /// Shows the messages of @p streamId (either id form; empty: nothing). Keeps the filters.
    void setStream(const QString &streamId);
    QString streamId() const { return m_query.streamId; }
    /// Only messages from @p from to @p to (epoch ms, inclusive; nullopt: open).
    void setTimeRange(std::optional<qint64> from, std::optional<qint64> to);
    /// Only messages of the local days @p from to @p to (inclusive; an invalid date: open), as the
    /// table shows times in local time.
    void setDays(const QDate &from, const QDate &to);
    /// Only messages whose text, sender or stream name holds every term (the full-text index);
    /// empty: no search. A query with no word in it keeps no row.
    void setSearch(const QString &query);
    const Query &query() const { return m_query; }
    /// TimeColumn (or -1: newest first) only; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Reads the count and the index again (after a sync wrote to the archive): rows that came are
    /// added at the newest end, every held page is dropped and the rows on screen are read again.
    void refresh();
    /// Asks for the row of @p messageId under the current filters and order: located() answers.
    void locate(const QString &messageId);

    /// The count is being read (rowCount() is not yet the stream's).
    bool isLoading() const { return m_loading; }
    /// Any page can be read in one query.
    bool hasIndex() const { return m_indexReady; }
    bool isRowLoaded(int row) const { return heldRow(row) != nullptr; }
    /// The row, or nullptr while its page is not held.
    const Row *heldRow(int row) const;
    /// The normalised id of @p row; empty while its page is not held.
    QString messageId(int row) const;

    void setCacheLimit(int pages);
    int cacheLimit() const { return m_cacheLimit; }
    /// Rows held now (every held page's rows).
    int heldRows() const;
    int heldPages() const { return int(m_pages.size()); }
    int pagesInFlight() const { return int(m_inflight.size()); }
    /// Pages read on the archive's thread since this model was made.
    int pagesRead() const { return m_pagesRead->load(); }
    /// Page requests cancelled because the view had moved away (or the query changed).
    int pagesCancelled() const { return m_pagesCancelled; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countReady(int rows);
    void indexReady();
    void pageLoaded(int firstRow, int rows);
    void errorOccurred(const Inspector::ApiError &error);
    void located(const QString &messageId, int row);

protected:
    int rowTotal() const override { return m_count; }
    QStringList columnTitles() const override;

private:
    struct Page
    {
        std::vector<Row> rows;
        mutable quint64 lastUse = 0; ///< for the least recently shown
    };
    struct Opened
    {
        int count = 0;
        bool dense = false;
        std::vector<Row> firstPage;
    };

    /// Drops everything and asks for the count of the current query.
    void restart();
    void setLoading(bool loading);
    void requestIndex();
    /// Notes that a view asked for @p row (not held: its page is wanted).
    void touch(int row, bool missing) const;
    void schedulePump() const;
    void pump();
    void startPage(int page);
    void cancelPage(int page);
    void cancelAll();
    void store(int page, std::vector<Row> rows);
    void failed(const ApiError &error);

    QPointer<Archive::ReadThread> m_reader; ///< nothing is read once it is gone
    Query m_query;
    int m_generation = 0; ///< bumped by every change of query or refresh: older answers are dropped
    int m_count = 0;
    bool m_loading = false;
    bool m_indexReady = false;
    std::vector<Key> m_index; ///< the key of row p * PageRows, for every page p
    QHash<int, Page> m_pages;
    mutable quint64 m_tick = 0;
    QHash<int, QPointer<ServiceCall>> m_inflight;
    QPointer<ServiceCall> m_countCall;
    QPointer<ServiceCall> m_indexCall;
    QList<QPointer<ServiceCall>> m_locates;
    mutable std::vector<int> m_wanted; ///< pages asked for and not held, oldest first
    mutable int m_focusPage = 0; ///< the page of the row a view asked for last
    QTimer *m_pump = nullptr;
    int m_cacheLimit = 30;
    std::shared_ptr<std::atomic_int> m_pagesRead = std::make_shared<std::atomic_int>(0);
    int m_pagesCancelled = 0;
};

} // namespace Inspector
