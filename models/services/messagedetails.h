// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

#include "api/paging.h"
#include "data/receipt.h"

namespace Inspector {

class ServiceCall;

/** @brief Which receipts of a message to fetch, from where, and how many pages. */
struct ReceiptsQuery
{
    QString messageId;
    /// Where the walk stands: empty for the first page; the caller keeps it between calls and
    /// advances it with each page (Paging::Cursor::advance), so a repeated cursor is seen.
    Paging::Cursor from;
    /// 0: one page. Otherwise pages follow until this many receipts came with this call or the last
    /// page was read.
    int untilReceipts = 0;
};

/** @brief Which file of which message to save, and where. */
struct AttachmentQuery
{
    QString streamId;
    QString messageId;
    QString fileId;
    /// The path the user chose: the file gets this name, or `name (2).ext`… next to it when the
    /// name is taken (see Files::NewFile); nothing there is replaced or followed.
    QString targetPath;
};

/** @brief A saved attachment: the one batch of a successful download. */
struct SavedAttachment
{
    QString path; ///< where it was saved (targetPath or `name (2).ext`…)
    qint64 bytes = 0;
};

/** @brief One version of a message as a source kept it (an archive keeps every version it saw). */
struct MessageRevision
{
    int rev = 1; ///< 1 for the first version seen
    qint64 firstRun = 0; ///< the run that first stored this version
    qint64 lastRun = 0; ///< the last run that saw it
    qint64 seenAt = 0; ///< when that first run started (ms since 1970); 0 when unknown
    QString text; ///< the version's plain text
};

/**
 * @brief The details of one message: its receipts, its status, and the download of its files,
 * from one source (the pod through PodMessageDetails, or a local archive).
 *
 * Every method returns a ServiceCall (parented to @p parent) and keeps its contract (see
 * servicecall.h); in short, what a source guarantees:
 * - Order: receipts come one batch per page, in the server's page order; the status comes as one
 *   batch of one MessageStatus; a download delivers one SavedAttachment, only when the file is
 *   committed whole.
 * - Batches reach the sink from the event loop, never from inside the method.
 * - Errors: finished() carries the error once, after the batches that were delivered (they stay
 *   valid). A message the source has no receipt details for ends with ApiError::Kind::NotFound and
 *   no batch, or (the pod's 204) with one empty page: no raw object, no receipt, no next page.
 *   A repeated receipts cursor (query.from's `seen` included) ends with NoProgress after the page
 *   that repeated it.
 * - Cancellation: cancel() stops at once, no batch and no progress afterwards, and a download
 *   being written is discarded (no file appears; one committed in the instant before stays).
 *   Deleting the call cancels silently.
 * Lives on the thread of its source; calls and sinks run there.
 */
class MessageDetails : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetails)

public:
    template<typename T> using Sink = std::function<void(const QList<T> &)>;
    /// Bytes received so far and the total (-1 when the source does not know it).
    using ByteProgress = std::function<void(qint64 received, qint64 total)>;

    explicit MessageDetails(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~MessageDetails() override = default;

    virtual ServiceCall *receipts(const ReceiptsQuery &query, Sink<ReceiptPage> sink, QObject *parent) = 0;
    virtual ServiceCall *status(const QString &messageId, Sink<MessageStatus> sink, QObject *parent) = 0;
    /// An empty id or target path ends the call with an error (from the event loop).
    virtual ServiceCall *downloadAttachment(
        const AttachmentQuery &query, Sink<SavedAttachment> sink, ByteProgress progress, QObject *parent)
        = 0;

    /// True when the source keeps the versions of a message (revisions() can answer).
    virtual bool hasRevisions() const { return false; }
    /// Every version of a message the source kept, oldest first, in one batch; NotFound when the
    /// source keeps none of it. The default (a source that keeps no versions, the pod) finishes
    /// with NotFound, saying so, from the event loop.
    virtual ServiceCall *revisions(const QString &messageId, Sink<MessageRevision> sink, QObject *parent);
};

} // namespace Inspector
