// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Qt>

namespace Inspector::ModelRole {

/**
 * Every custom role of the item models, in one list: a role means one thing in every model, and a
 * view, proxy or delegate may ask any model for it (a model answers an invalid QVariant for a role
 * it does not have).
 */
enum : int
{
    /// The unformatted value of a cell, for sorting and copying: epoch milliseconds, ids and counts
    /// as qint64 or int, text as QString.
    RawValue = Qt::UserRole + 1,

    // Streams (StreamTreeModel)
    StreamId, ///< URL-safe id; empty on type nodes
    StreamType, ///< IM, MIM, ROOM or POST (type nodes too)
    Active, ///< bool; inactive streams are shown muted
    Members, ///< int member count, invalid while unknown
    LastActivity, ///< qint64 epoch ms of the last message, invalid while unknown
    CrossPod, ///< bool
    StandardId, ///< the id in standard Base64
    IsGroup, ///< bool: a type node

    // JSON (JsonTreeModel)
    /// The value as exact text for copying: strings unquoted, numbers as written, objects and
    /// arrays as compact JSON.
    ValueText,
    Path, ///< a JSON Pointer (RFC 6901) to the value, e.g. "/user/userId"

    /// A type name, untranslated: of a JSON value (object, array, string, integer, number, boolean,
    /// null) or of a live event (MESSAGESENT, …)
    Type,

    // Attachments (AttachmentsModel)
    FileId, ///< QString
            /// QString: a safe name for the saved file (Files::safeFileName; a thumbnail gets "-preview-600")
    FileName,
    Size, ///< qint64 bytes; -1 when unknown (thumbnails)
    IsThumbnail, ///< bool

    IsError, ///< bool: the request failed (RequestLogModel)
    State, ///< a message status row's Kind as int (MessageStatusModel)

    // Messages (MessageTableModel)
    MessageId, ///< the id as the server sent it
    Timestamp, ///< qint64 epoch ms (of a message or a live event)
    SenderId, ///< qint64
    SenderName,
    AttachmentCount, ///< int
    Flags, ///< int, a combination of MessageTableModel::Flag
    PlainText, ///< the whole text (DisplayRole is one line)

    // Health (HealthModel)
    IsUp, ///< bool
    Group, ///< "services" or "users"
    Name, ///< the component's key, e.g. "ceservice"

    // Live events (LiveEventModel)
    Stream, ///< QString: stream id (normalized) and room name, space separated
    Initiator, ///< QString: user id, display name and username, space separated
    Key, ///< QString: Event::key()
};

} // namespace Inspector::ModelRole
