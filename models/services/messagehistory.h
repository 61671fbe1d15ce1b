// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "api/paging.h"
#include "data/message.h"
#include "services/messagerow.h"

namespace Inspector {

class ArchiveMessageModel;
class ServiceCall;

namespace Archive {
class ReadThread;
}

/**
 * @brief Where a list of messages stands: which stream or search, what is delivered so far, and
 * what to ask for next. A plain value the caller keeps between calls; a source reads and advances it.
 */
struct MessageCursor
{
    enum class Kind
    {
        None,
        History, ///< a stream's history, newest first, in time windows
        Search ///< a message search, in the server's order
    };
    Kind kind = Kind::None;
    QString streamId; ///< History: normalised id
    QString query; ///< Search: `field:value` terms
    int pageSize = 500; ///< at most 500
    bool started = false; ///< History: the first window's end and the floor are known
    bool done = false; ///< nothing older (History) or no further result (Search)
    Paging::BackwardWindows windows; ///< History: windows.window is the width of the first window
    Paging::Offset pages; ///< Search
    /// A source that pages by key (an archive): the last row it delivered, in the list's order.
    struct Key
    {
        bool set = false;
        qint64 timestamp = 0;
        qint64 order = 0; ///< History: the row's place in the source's order of storage
        QString messageId; ///< Search: normalised id (ties of one millisecond)
    } key;

    static MessageCursor history(const QString &streamId, int pageSize = 500, qint64 firstWindowMs = 3600000);
    static MessageCursor search(const QString &query, int pageSize = 500);
};

/**
 * @brief The messages of a stream or of a search, and single messages by id, from one source:
 * the pod (PodMessageHistory) or a local archive (ArchiveMessageHistory).
 *
 * Every method returns a ServiceCall and keeps its contract (servicecall.h): rows reach the sink in
 * batches from the event loop, finished() comes once after the last batch, cancel() is synchronous,
 * deleting the call cancels it silently. On top of that, a source guarantees:
 * - **Order.** History batches are newest first, within a batch and from one batch to the next
 *   (messages of one millisecond in any order); search batches are in the server's order.
 * - **Exactly once.** Walking a cursor to its end delivers every message once: no millisecond is
 *   skipped or delivered twice. A repeated id from the server is delivered (the list flags it).
 * - **Paced by the caller.** more() delivers at least one row unless the list has ended, then
 *   finishes; it reads on by itself over empty windows. The cursor is advanced as batches are
 *   delivered (done when the end is reached) and must outlive the call: cancel or delete the call
 *   first. A cancelled call leaves the cursor where its last delivered batch left it.
 * - **Errors.** A failed request finishes the call with the request's ApiError; a body that cannot be
 *   read finishes it with ApiError::badResponse. What was delivered stays valid, and more() on the same
 *   cursor asks again for what failed.
 * - **Threads.** Pages are parsed off the calling thread; the sink runs on the calling thread.
 */
class MessageHistory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageHistory)

public:
    using BatchSink = std::function<void(MessageBatch batch)>;
    using MessageSink = std::function<void(const Message &message)>;

    explicit MessageHistory(QObject *parent = nullptr);
    ~MessageHistory() override;

    /// The next rows of @p cursor (a history or a search), in batches; see the class comment.
    virtual ServiceCall *more(MessageCursor *cursor, BatchSink sink) = 0;
    /// One message by id (either Base64 form), delivered once; it names its stream.
    virtual ServiceCall *message(const QString &messageId, MessageSink sink) = 0;

    /// The syntax the source's search understands: `field:value` terms (the pod), or words,
    /// "phrases" and prefix* of a full-text index (an archive). The search box says which.
    enum class SearchSyntax
    {
        FieldTerms,
        FullText
    };
    virtual SearchSyntax searchSyntax() const { return SearchSyntax::FieldTerms; }

    /// Optional: a table of one stream's messages that reads only the rows on screen (a source
    /// that can seek, an archive), owned by @p parent; nullptr (the default) when the source pages
    /// with more() only. Its filters and order are its own (see ArchiveMessageModel).
    virtual ArchiveMessageModel *windowedTable(QObject *parent)
    {
        Q_UNUSED(parent);
        return nullptr;
    }
    /// Optional: the archive the source reads, for views of their own (the activity strip);
    /// nullptr (the default) for a pod.
    virtual Archive::ReadThread *archiveReader() const { return nullptr; }
};

} // namespace Inspector
