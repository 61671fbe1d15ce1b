// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Conventions for raw, problems and optional numbers: see data/user.h.

namespace Inspector {

/** @brief `creator` / `onBehalfOfUser` of a receipt page (`MessageUser`); id 0 when absent or null. */
struct MessageUser
{
    qint64 id = 0;
    QString name;

    QJsonObject raw;
    QStringList problems;
};

/** @brief `stream` of a receipt page (`MessageStream`); the id is often in standard Base64 here. */
struct ReceiptStream
{
    QString id;
    QString name;
    QString streamType;

    /** Ids::normalized(id). */
    QString key() const;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Downloads of one file of the message (`MessageDownloadReceiptCount`). */
struct DownloadCount
{
    QString fileName;
    qint64 count = 0;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One download of a file by the receipt's user (`DownloadReceiptCount`). */
struct DownloadReceipt
{
    QString fileName;
    qint64 timestamp = 0;

    QJsonObject raw;
    QStringList problems;
};

/** @brief The user of a receipt (`UserCompp`). */
struct ReceiptUser
{
    qint64 id = 0;
    QString username;
    QString firstName;
    QString lastName;
    QString emailAddress;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One item of the `MessageReceiptDetail` array (`MessageReceiptDetail`). */
struct Receipt
{
    ReceiptUser user;
    /** Each timestamp is nullopt when absent or null (the event did not happen). */
    std::optional<qint64> deliveryReceiptTimestamp;
    std::optional<qint64> readReceiptTimestamp;
    std::optional<qint64> emailNotificationTimestamp;
    QList<DownloadReceipt> downloadReceipts;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One page of `/pod/v1/admin/messages/{messageId}/receipts` (`MessageReceiptDetailResponse`). */
struct ReceiptPage
{
    MessageUser creator;
    MessageUser onBehalfOfUser;
    ReceiptStream stream;
    qint64 creationDate = 0;
    qint64 deliveryReceiptCount = 0;
    qint64 readReceiptCount = 0;
    qint64 emailNotificationCount = 0;
    QList<DownloadCount> downloadReceiptCounts;
    /** From the array key `MessageReceiptDetail` (capital M). */
    QList<Receipt> receipts;
    /** `pagination.cursors.before` / `.after`: opaque cursors for the `before` / `after` query. */
    QString before;
    QString after;
    /** `pagination.next` / `.previous`: full URLs, only their presence matters. Empty when `pagination` is
     * null. */
    QString next;
    QString previous;

    /** True while the server announces a next page (`pagination.next` present). */
    bool hasNext() const { return !next.isEmpty(); }

    QJsonObject raw;
    /** The page's own problems; each receipt carries its own. */
    QStringList problems;
};

/** @brief A user in a message status (`MessageStatusUser`). */
struct StatusUser
{
    /** A string in the spec, a number in the Docs: both are read. */
    qint64 userId = 0;
    QString firstName;
    QString lastName;
    QString displayName;
    QString email;
    /** Omitted for external users; `username` is accepted too. */
    QString userName;
    /** A string in the spec, a number in the Docs: both are read. */
    qint64 timestamp = 0;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Response of `/pod/v1/message/{mid}/status` (`MessageStatus`). A user is in one list only. */
struct MessageStatus
{
    StatusUser author;
    QList<StatusUser> read;
    QList<StatusUser> delivered;
    QList<StatusUser> sent;

    QJsonObject raw;
    /** Includes the problems of every user, with their paths ("read[1].userId"). */
    QStringList problems;
};

} // namespace Inspector
