// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include <atomic>

#include "api/apierror.h"
#include "services/messagedetails.h"

namespace Inspector {

class ApiClient;

/**
 * @brief MessageDetails from the pod, through an ApiClient.
 *
 * Receipts page through `/pod/v1/admin/messages/{id}/receipts` by cursor (Fetch::receipts); the pod's
 * 404 ("no receipt details") ends the call with NotFound. The status is `/pod/v1/message/{mid}/status`.
 * A download asks `GET /agent/v1/stream/{sid}/attachment`, whose answer is the file as Base64 text:
 * it is decoded (whitespace and both alphabets tolerated, anything else is an error) and written by
 * saveAttachment() on a worker thread, so a large file does not stall the GUI. Bodies are capped by
 * the client. Without a client (it was deleted) every call ends with a configuration error.
 */
class PodMessageDetails final : public MessageDetails
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodMessageDetails)

public:
    explicit PodMessageDetails(ApiClient *client, QObject *parent = nullptr);
    ~PodMessageDetails() override;

    ApiClient *client() const;

    ServiceCall *receipts(const ReceiptsQuery &query, Sink<ReceiptPage> sink, QObject *parent) override;
    ServiceCall *status(const QString &messageId, Sink<MessageStatus> sink, QObject *parent) override;
    ServiceCall *downloadAttachment(const AttachmentQuery &query, Sink<SavedAttachment> sink,
        ByteProgress progress, QObject *parent) override;

private:
    QPointer<ApiClient> m_client;
};

/// The outcome of saveAttachment().
struct SaveResult
{
    ApiError error;
    SavedAttachment saved;
};

/**
 * Writes @p bytes as a Files::NewFile in the folder of @p targetPath, named like it: the file
 * appears whole or not at all, and what has the name (a file, a folder, a symbolic link, even a
 * dangling one) is neither replaced nor followed; the file is saved as `name (2).ext`… instead.
 * Stops (Cancelled, nothing left behind) when @p cancel becomes true. Any thread; for every source.
 */
SaveResult saveAttachment(const QByteArray &bytes, const QString &targetPath, const std::atomic_bool *cancel);

} // namespace Inspector
