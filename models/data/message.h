// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/lazyjsonobject.h"
#include "data/user.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Inspector {

/** @brief Stream a message or event belongs to (agent `V4Stream`; `streamType` is a plain string here). */
struct StreamRef
{
    QString streamId;
    /** `IM`, `MIM`, `ROOM` or `POST`. */
    QString streamType;
    QString roomName;
    /** Only in IM-created events. */
    QList<UserRef> members;
    bool external = false;
    bool crossPod = false;
    /** Pod ids involved; more than one for an external conversation. Real-time messages only. */
    QList<qint64> recipientTenantIds;

    /** Ids::normalized(streamId). */
    QString key() const;

    LazyJsonObject raw;
    QStringList problems;
};

/** @brief A thumbnail of an attachment (`V4ThumbnailInfo`). */
struct ThumbnailInfo
{
    QString id;
    /** Pixel size as text, e.g. `"600"` (a number is accepted too). */
    QString dimension;

    LazyJsonObject raw;
    QStringList problems;
};

/** @brief A file attached to a message (`V4AttachmentInfo`). */
struct AttachmentInfo
{
    QString id;
    QString name;
    qint64 size = 0;
    QList<ThumbnailInfo> images;

    LazyJsonObject raw;
    QStringList problems;
};

/** @brief A message of the agent API (`V4Message`). */
struct Message
{
    /** As the server sent it (normally URL-safe); use key() to compare. */
    QString messageId;
    QString parentMessageId;
    qint64 timestamp = 0;
    /** PresentationML; absent when the agent could not decrypt the message (see diagnostic). */
    QString message;
    /** The EntityJSON, still a string and unparsed: it may be absent, `"{}"` or even invalid JSON. */
    QString data;
    UserRef user;
    StreamRef stream;
    QList<AttachmentInfo> attachments;
    /** Only present on real-time messages; nullopt when absent or null. */
    std::optional<bool> externalRecipients;
    QString diagnostic;
    QString userAgent;
    QString originalFormat;
    QString disclaimer;
    QString sid;
    QString replacing;
    QString replacedBy;
    std::optional<qint64> initialTimestamp;
    QString initialMessageId;
    /** The API's default is true when absent. */
    std::optional<bool> silent;
    /** The shared message of a wall post, if any (read up to a few levels deep). */
    std::shared_ptr<const Message> sharedMessage;

    /** Ids::normalized(messageId): equal for both Base64 forms of one id. */
    QString key() const;

    /**
     * The message object's bytes as the server sent them (repaired to valid UTF-8, see
     * Parse::repairJsonText), so that JSON exports write the server's object, key order included,
     * without re-serialising it. Set by the page parsers; empty for a message built from a QJsonObject.
     */
    QByteArray json;
    /** The server's object; built from `json` on first use when the message came from a page. */
    LazyJsonObject raw;
    /**
     * Names of the fields whose value lives only in `raw`: fields this struct has no member for,
     * and a `sharedMessage` that was not read into sharedMessage. Empty for an ordinary message,
     * so that the export knows it need not look into `raw`.
     */
    QStringList otherFields;
    QStringList problems;
};

/** @brief A preview image of a listed attachment (`AttachmentPreview`). */
struct AttachmentPreview
{
    QString fileId;
    qint64 width = 0;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One item of `/pod/v1/streams/{sid}/attachments` (`StreamAttachmentItem`). */
struct StreamAttachment
{
    /** Often in standard Base64 here; use messageKey() to compare. */
    QString messageId;
    qint64 ingestionDate = 0;
    qint64 userId = 0;
    QString fileId;
    QString name;
    qint64 size = 0;
    /** From `content-type` (schema) or `contentType` (spec example). */
    QString contentType;
    QList<AttachmentPreview> previews;

    /** Ids::normalized(messageId). */
    QString messageKey() const;

    QJsonObject raw;
    QStringList problems;
};

} // namespace Inspector
