// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apirequest.h"
#include "data/message.h"

namespace Inspector {

class ApiClient;
class ApiJob;

/**
 * @brief One message as the table keeps it: the message's JSON object as compact UTF-8 and the few
 * values the table and the filters need. The full Message is parsed from the bytes on demand.
 */
struct MessageRow
{
    QByteArray json;
    qint64 timestamp = 0;
    qint64 senderId = 0;
    quint16 attachments = 0;
    quint16 flags = 0;
};

/**
 * @brief An immutable view of the rows of a MessageTableModel at one moment, safe to read on any
 * thread. Rows live in fixed-size chunks that the model only ever appends to, so a snapshot costs
 * a few hundred pointer copies even for a million rows.
 */
class MessageRowsSnapshot
{
public:
    static constexpr int ChunkBits = 12;
    static constexpr int ChunkSize = 1 << ChunkBits;
    struct Chunk
    {
        std::vector<MessageRow> rows; // reserved to ChunkSize: appending never moves a row
    };

    int count() const { return m_count; }
    const MessageRow &row(int i) const
    {
        return m_chunks[size_t(i >> ChunkBits)]->rows[size_t(i & (ChunkSize - 1))];
    }
    /// Display name of a sender id, as interned by the model.
    QString senderName(qint64 userId) const { return m_names.value(userId); }

private:
    friend class MessageTableModel;
    std::vector<std::shared_ptr<const Chunk>> m_chunks;
    QHash<qint64, QString> m_names;
    int m_count = 0;
};

/**
 * @brief The messages of one stream (newest first, older ones loaded as the view scrolls down)
 * or of one message search (in the server's order, newest first).
 *
 * Lives on the GUI thread. Pages are parsed and turned into compact rows on the thread pool; rows
 * are inserted in one batch per page. History is read in time windows that end where the loaded
 * messages begin: `since = t - W + 1`, `until = t`, both inclusive, and the next window ends at
 * `since - 1`, so no millisecond is asked twice and none is skipped. W doubles while windows come
 * back (nearly) empty and halves when one is full (that page is the oldest part of the window, not
 * the part next to t, so the window is asked again); it stops at the stream's creation date (rooms)
 * or at 0. A 1 ms window that holds more than a page (messages sharing a millisecond) is read with
 * `skip`. A repeated id (same normalised id) is kept and flagged Duplicate.
 *
 * Every answer carries the generation it was asked for; answers for an older stream, search or
 * refresh are dropped. A failed page surfaces as errorOccurred() and keeps every row; no further
 * page is asked until retry() or refresh().
 *
 * Signals: loadingChanged() when a request starts or the last one ends; errorOccurred() once per
 * failed page (never for a cancelled one); atBeginning() once when the oldest message (or the last
 * search result) is loaded.
 */
class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)

public:
    enum Column
    {
        TimeColumn,
        SenderColumn,
        TextColumn,
        AttachmentsColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 64, ///< the id as the server sent it
        TimestampRole, ///< qint64 epoch ms
        SenderIdRole, ///< qint64
        SenderNameRole,
        AttachmentCountRole, ///< int
        FlagsRole, ///< int, a combination of Flag
        PlainTextRole, ///< the whole text (DisplayRole is one line)
        SortRole, ///< the unformatted value of the column
    };
    enum Flag
    {
        Edited = 0x1, ///< this message replaces an earlier version
        External = 0x2, ///< external recipients or a cross-pod stream
        Duplicate = 0x4, ///< an earlier row has the same normalised id
        Undecryptable = 0x8, ///< the agent sent a diagnostic instead of the text
        ReplacedLater = 0x10, ///< a newer version of this message exists
    };
    enum class Mode
    {
        None,
        Stream,
        Search
    };

    explicit MessageTableModel(QObject *parent = nullptr);
    ~MessageTableModel() override;

    /// nullptr clears the model. The client must outlive the model or be reset first.
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }

    /// Opens a stream (either id form) on its newest messages.
    void showStream(const QString &streamId);
    /// Runs a `field:value` message search.
    void showSearch(const QString &query);
    void clear();
    /// Starts again from the newest messages of the same stream or search.
    void refresh();
    /// Asks again for the page that failed.
    void retry();

    Mode mode() const { return m_mode; }
    QString streamId() const { return m_streamId; }
    QString searchQuery() const { return m_query; }
    bool isLoading() const { return m_loading; }
    bool isAtBeginning() const { return m_atBeginning; }
    bool hasFailed() const { return m_failed; }

    /// Page size of each request (at most 500); tests use small pages.
    void setPageSize(int size);
    /// Width of the first history window (ms).
    void setInitialWindowMs(qint64 ms);
    qint64 windowMs() const { return m_window; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const MessageRow &row(int row) const;
    Message message(int row) const;
    QString messageId(int row) const;
    /// Plain text of the message (cached for the rows last asked for).
    QString plainText(int row) const;
    QString senderName(qint64 userId) const { return m_names.value(userId); }
    /// The first row holding this id (either form), or -1.
    int rowOfMessage(const QString &messageId) const;
    MessageRowsSnapshot snapshot() const;

    /// Text for the flags of a row, e.g. "edited, external"; empty for none.
    static QString flagsText(int flags);
    /// One sentence per flag, for a tooltip.
    static QString flagsToolTip(int flags);
    /// Plain text of one row's JSON (pure; any thread).
    static QString plainTextOf(const QByteArray &json);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Inspector::ApiError &error);
    void atBeginning();
    /// Rows of one page were inserted (`rows` may be 0 after dropping repeats).
    void pageLoaded(int rows);

private:
    struct Page;
    /// Runs on the thread pool: body -> compact rows, in the server's order.
    static Page parsePage(const QByteArray &body);
    void reset(Mode mode, const QString &streamId, const QString &query);
    void start();
    void requestWindow();
    void requestSearchPage();
    void send(const ApiRequest &request, bool history, qint64 since, qint64 until);
    void onPage(quint64 generation, bool history, qint64 since, qint64 until, Page page);
    void fail(const ApiError &error);
    void setLoading(bool loading);
    void append(std::vector<MessageRow> &&rows, const std::vector<quint64> &keys);
    void startInfo();

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    Mode m_mode = Mode::None;
    QString m_streamId;
    QString m_query;
    quint64 m_generation = 0;

    std::vector<std::shared_ptr<MessageRowsSnapshot::Chunk>> m_chunks;
    int m_count = 0;
    QHash<qint64, QString> m_names;
    QHash<quint64, int> m_rowByKey; // 64-bit hash of the normalised id -> first row
    mutable QCache<int, QString> m_textCache;

    int m_pageSize = 500;
    qint64 m_initialWindow = 3600000;
    qint64 m_window = 3600000;
    qint64 m_until = 0; // `until` of the next window
    qint64 m_floor = 0; // the stream's creation date, when known
    int m_windowSkip = 0; // paging inside a 1 ms window that holds more than a page
    int m_searchSkip = 0;
    bool m_started = false; // stream info read, windows may go
    bool m_inFlight = false; // a request or its parse; one at a time
    bool m_loading = false;
    bool m_atBeginning = false;
    bool m_failed = false;
};

} // namespace Inspector
