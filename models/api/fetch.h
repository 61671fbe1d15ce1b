// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

#include "api/pager.h"
#include "api/paging.h"
#include "api/requests.h"
#include "data/message.h"
#include "data/receipt.h"
#include "data/signalinfo.h"
#include "data/stream.h"
#include "data/user.h"

/**
 * Ready-made pagers, one per list endpoint, each with its own paging rule (see paging.h).
 * Each returns a Pager that is not started yet: connect to it, then call start(). The sink gets
 * each page's items on the pager's thread; records with problems are delivered and flagged.
 * Every pager treats a 204 as an empty page and stops exactly at the end.
 */
namespace Inspector::Fetch {

template<typename T> using Sink = std::function<void(const QList<T> &)>;

/// All messages of a stream from `since` to `until` (inclusive), oldest first, at most
/// `maxItems` (-1 = all). Pages are parsed on a worker thread.
Pager *messages(ApiClient *client, const QString &streamId, qint64 since, std::optional<qint64> until,
    int maxItems, Sink<Message> sink, QObject *parent = nullptr);
Pager *streams(
    ApiClient *client, const Requests::StreamFilter &filter, Sink<Stream> sink, QObject *parent = nullptr);
Pager *userStreams(ApiClient *client, qint64 userId, const Requests::StreamFilter &filter, Sink<Stream> sink,
    QObject *parent = nullptr);
Pager *adminStreams(ApiClient *client, const Requests::StreamFilter &filter, Sink<AdminStream> sink,
    QObject *parent = nullptr);
Pager *roomSearch(
    ApiClient *client, const QJsonObject &criteria, Sink<RoomDetail> sink, QObject *parent = nullptr);
Pager *adminMembers(
    ApiClient *client, const QString &streamId, Sink<AdminMember> sink, QObject *parent = nullptr);
/// Message search: a `field:value` query (GET) when `query` is set, else a MessageSearchQuery body.
Pager *messageSearch(ApiClient *client, const QString &query, const QJsonObject &criteria, int maxItems,
    Sink<Message> sink, QObject *parent = nullptr);
Pager *signalList(ApiClient *client, Sink<Signal> sink, QObject *parent = nullptr);
/// Every page of a message's receipts (each page carries the counts and its receipts).
Pager *receipts(
    ApiClient *client, const QString &messageId, Sink<ReceiptPage> sink, QObject *parent = nullptr);
/// The pages of a message's receipts from the cursor `from` (its `seen` set included): one page
/// when `untilReceipts` is 0, else pages until that many receipts came or the last page was read.
Pager *receipts(ApiClient *client, const QString &messageId, const Paging::Cursor &from, int untilReceipts,
    Sink<ReceiptPage> sink, QObject *parent = nullptr);
Pager *attachments(ApiClient *client, const QString &streamId, std::optional<qint64> since,
    std::optional<qint64> to, Sink<StreamAttachment> sink, QObject *parent = nullptr);
/// Users by id, email or username, in batches of at most 100 values.
Pager *users(ApiClient *client, Requests::UserKey key, const QStringList &values, bool local,
    Sink<UserList> sink, QObject *parent = nullptr);

} // namespace Inspector::Fetch
