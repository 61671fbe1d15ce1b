// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

#include "api/apierror.h"
#include "data/message.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"
#include "services/messagerow.h"

namespace Inspector {

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
 * or of one message search (in the server's order, newest first): a passive row store.
 *
 * Lives on the GUI thread. It never reads from a source itself: a feeder (MessageHistoryFeed, over
 * a MessageHistory) resets it, hands it batches of rows (appendBatch) and says where loading stands
 * (setLoading, setCanLoadMore, fail). When the view scrolls to the end, fetchMore() emits
 * moreRequested() for the feeder to answer. Rows keep what the table shows; the full Message is
 * parsed from the row's bytes by message(), when the details open. A repeated id (same normalised
 * id) is kept and flagged Duplicate.
 *
 * Signals: loadingChanged() when a request starts or the last one ends; errorOccurred() once per
 * failed page (never for a cancelled one); pageLoaded() after each batch (or the end); atBeginning()
 * once when the oldest message (or the last search result) is loaded.
 */
class MessageTableModel final : public FlatTableModel
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
    /// The flags of MessageRow that a row shows (ModelRole::Flags never has MessageRow::TextCut).
    enum Flag
    {
        Edited = MessageRow::Edited,
        External = MessageRow::External,
        Duplicate = MessageRow::Duplicate,
        Undecryptable = MessageRow::Undecryptable,
        ReplacedLater = MessageRow::ReplacedLater,
        Revised = MessageRow::Revised, ///< only in an archive's table (ArchiveMessageModel)
        ShownFlags
        = Edited | External | Duplicate | Undecryptable | ReplacedLater | Revised ///< not MessageRow's own
    };
    enum class Mode
    {
        None,
        Stream,
        Search
    };

    explicit MessageTableModel(QObject *parent = nullptr);
    ~MessageTableModel() override;

    Mode mode() const { return m_mode; }
    QString streamId() const { return m_streamId; }
    QString searchQuery() const { return m_query; }
    bool isLoading() const { return m_loading; }
    bool isAtBeginning() const { return m_atBeginning; }
    bool hasFailed() const { return m_failed; }

    // For the feeder.

    /// Empties the model for a new stream (normalised id), search or nothing.
    void reset(Mode mode, const QString &streamId = {}, const QString &query = {});
    void setLoading(bool loading);
    /// Whether fetchMore() may ask for more (a source is there and the list has not ended).
    void setCanLoadMore(bool can) { m_canLoadMore = can; }
    /// Appends one batch below the rows (newest first for a stream), then emits pageLoaded()
    /// and, when @p atEnd, atBeginning(). Every state change comes before the rows go in: a view
    /// may call fetchMore() from inside endInsertRows().
    void appendBatch(MessageBatch batch, bool atEnd);
    /// A page failed: keeps every row, emits errorOccurred() unless it was cancelled; no more is asked
    /// until clearFailure().
    void fail(const ApiError &error);
    void clearFailure() { m_failed = false; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const MessageRow &row(int row) const;
    /// The full message, parsed from the row's bytes.
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

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Inspector::ApiError &error);
    void atBeginning();
    /// Rows of one page were inserted (`rows` may be 0 after dropping repeats).
    void pageLoaded(int rows);

    /// The view wants more rows (fetchMore()): the feeder asks its source.
    void moreRequested();

private:
    Mode m_mode = Mode::None;
    QString m_streamId;
    QString m_query;

    std::vector<std::shared_ptr<MessageRowsSnapshot::Chunk>> m_chunks;
    int m_count = 0;
    QHash<qint64, QString> m_names;
    QHash<quint64, int> m_rowByKey; // MessageRow::keyOf(normalised id) -> first row
    mutable QCache<int, QString> m_textCache;

    bool m_canLoadMore = false;
    bool m_loading = false;
    bool m_atBeginning = false;
    bool m_failed = false;

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

} // namespace Inspector
