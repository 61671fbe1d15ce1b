// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include "data/stream.h"
#include "services/batchsink.h"
#include "services/servicecall.h"

namespace Inspector {

/**
 * @brief The streams domain: which streams a scope lists, and what is known of one stream.
 *
 * Every method returns a ServiceCall (a child of the directory; reparent it to tie it to the
 * consumer's life) and keeps its contract (servicecall.h). What a source must guarantee besides:
 * - Order: batches come in the source's listing order; a stream is listed once per call (a
 *   duplicate may be delivered again; the consumer keeps the first).
 * - Batches: any size, never empty; a listing of nothing delivers no batch and finishes with None.
 * - Errors: one ApiError in finished(), after whatever was delivered. Refusals keep their kind:
 *   a listing the account may not read ends with Kind::Forbidden (the enterprise list for a
 *   non-administrator), so that a consumer can fall back to asking stream by stream; an unknown
 *   stream or user with Kind::NotFound; a malformed answer with Kind::BadResponse.
 * - Cancellation: cancel() or deletion stops every request of the call at once.
 * - Ids: the streams' own id fields are delivered as the source has them; consumers use key().
 */
class StreamDirectory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamDirectory)

public:
    explicit StreamDirectory(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~StreamDirectory() override = default;

    /// The streams the caller is a member of, inactive ones included.
    virtual ServiceCall *myStreams(BatchSink<Stream> sink) = 0;
    /// The streams of one user (an administrator's view), inactive ones included.
    virtual ServiceCall *userStreams(qint64 userId, BatchSink<Stream> sink) = 0;
    /// Every stream of the enterprise with its counts and last activity, inactive ones included;
    /// Kind::Forbidden when the account may not read it.
    virtual ServiceCall *enterpriseStreams(BatchSink<AdminStream> sink) = 0;
    /// The ids of the users with this e-mail address (none delivered when nobody has it): the
    /// lookup that precedes userStreams() for a scope given by address.
    virtual ServiceCall *userIdsByEmail(const QString &email, BatchSink<qint64> sink) = 0;
    /// One stream's details (one item).
    virtual ServiceCall *streamInfo(const QString &streamId, BatchSink<StreamInfo> sink) = 0;
    /// One room's details (one item).
    virtual ServiceCall *roomInfo(const QString &roomId, BatchSink<RoomDetail> sink) = 0;
    /// The current members of a room.
    virtual ServiceCall *roomMembers(const QString &roomId, BatchSink<RoomMember> sink) = 0;
};

} // namespace Inspector
