// SPDX-License-Identifier: Apache-2.0
// Receipts, status and attachments of the demo pod (docs/symphony-api.md §6, §9).
#include "messagedetailendpoints.h"

#include "endpointcontext.h"
#include "gate.h"
#include "idcodec.h"
#include "requestparams.h"
#include "router.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr int ReceiptPageSize = 2;

QString receiptCursor(int position)
{
    return QString::fromLatin1(QByteArray("receipts:" + QByteArray::number(position))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int parseReceiptCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("receipts:"))
        return -1;
    bool ok = false;
    const int position = decoded.decoded.mid(9).toInt(&ok);
    return ok && position >= 0 ? position : -1;
}

} // namespace

MessageDetailEndpoints::MessageDetailEndpoints(EndpointContext &context)
    : m_context(context)
    , m_data(context.dataSet())
{ }

void MessageDetailEndpoints::registerRoutes(Router &router)
{
    router.add(
        "GET", u"/pod/v1/admin/messages/{messageId}/receipts"_s, this, &MessageDetailEndpoints::receipts);
    router.add("GET", u"/pod/v1/message/{mid}/status"_s, this, &MessageDetailEndpoints::messageStatus);
    router.add("GET", u"/pod/v1/streams/{sid}/attachments"_s, this, &MessageDetailEndpoints::attachmentList);
    router.add("GET", u"/agent/v1/stream/{sid}/attachment"_s, this, &MessageDetailEndpoints::attachment);
}

HttpReply MessageDetailEndpoints::receipts(const HttpRequest &request, const QString &messageId)
{
    const QString notFound = u"Message receipt details cannot be found."_s;
    Gate gate(m_context, request, Component::Pod);
    MessageRef ref;
    if (!gate.admin().message(messageId, 404, notFound, &ref))
        return gate.reply();
    const QList<ReceiptEntry> entries = m_data.receipts(ref);
    if (entries.isEmpty())
        return HttpReply::error(404, notFound);

    QueryReader q(request.query);
    int first = 0;
    int last = qMin(int(entries.size()), ReceiptPageSize);
    if (q.has(u"after"_s)) {
        first = parseReceiptCursor(q.text(u"after"_s));
        if (first < 0 || first > entries.size())
            return HttpReply::error(400, u"Invalid 'after' cursor"_s);
        last = qMin(int(entries.size()), first + ReceiptPageSize);
    } else if (q.has(u"before"_s)) {
        last = parseReceiptCursor(q.text(u"before"_s));
        if (last < 0 || last > entries.size())
            return HttpReply::error(400, u"Invalid 'before' cursor"_s);
        first = qMax(0, last - ReceiptPageSize);
    }

    const MessageMeta meta = m_data.meta(ref.stream, ref.index);
    const DemoStream &s = m_data.streams().at(ref.stream);
    const DemoUser *author = m_data.user(meta.authorId);
    QJsonArray details;
    int delivered = 0;
    int read = 0;
    QHash<QString, qint64> downloads;
    for (const ReceiptEntry &e : entries) {
        delivered += e.delivered ? 1 : 0;
        read += e.read ? 1 : 0;
        if (!e.downloadedFile.isEmpty())
            downloads[e.downloadedFile] += 1;
    }
    for (int i = first; i < last; ++i) {
        const ReceiptEntry &e = entries.at(i);
        const DemoUser *u = m_data.user(e.userId);
        QJsonObject user {
            {u"id"_s, e.userId},
            {u"firstName"_s, u->firstName},
            {u"lastName"_s, u->lastName},
            {u"emailAddress"_s, u->email},
        };
        if (!u->username.isEmpty())
            user.insert(u"username"_s, u->username);
        QJsonObject detail {{u"user"_s, user}};
        if (e.delivered)
            detail.insert(u"deliveryReceiptTimestamp"_s, e.delivered);
        if (e.read)
            detail.insert(u"readReceiptTimestamp"_s, e.read);
        QJsonArray userDownloads;
        if (!e.downloadedFile.isEmpty())
            userDownloads.append(
                QJsonObject {{u"fileName"_s, e.downloadedFile}, {u"timestamp"_s, e.downloaded}});
        detail.insert(u"downloadReceiptCounts"_s, userDownloads);
        details.append(detail);
    }
    QJsonArray downloadCounts;
    for (auto it = downloads.cbegin(); it != downloads.cend(); ++it)
        downloadCounts.append(QJsonObject {{u"fileName"_s, it.key()}, {u"count"_s, it.value()}});

    QJsonObject cursors {{u"before"_s, receiptCursor(first)}};
    QJsonObject pagination;
    QUrl pageUrl = m_context.baseUrl;
    pageUrl.setPath(request.path);
    if (last < entries.size()) {
        cursors.insert(u"after"_s, receiptCursor(last));
        QUrl next = pageUrl;
        next.setQuery(u"after="_s + receiptCursor(last));
        pagination.insert(u"next"_s, next.toString());
    }
    if (first > 0) {
        QUrl previous = pageUrl;
        previous.setQuery(u"before="_s + receiptCursor(first));
        pagination.insert(u"previous"_s, previous.toString());
    }
    pagination.insert(u"cursors"_s, cursors);

    QJsonObject stream {{u"id"_s, IdCodec::toStandard(s.rawId)}, {u"streamType"_s, s.typeName()}};
    if (s.kind == StreamKind::Room)
        stream.insert(u"name"_s, s.name);
    return HttpReply::json(200,
        QJsonObject {
            {u"creator"_s, QJsonObject {{u"id"_s, meta.authorId}, {u"name"_s, author->displayName()}}},
            {u"stream"_s, stream},
            {u"creationDate"_s, meta.timestamp},
            {u"deliveryReceiptCount"_s, delivered},
            {u"readReceiptCount"_s, read},
            {u"emailNotificationCount"_s, 0},
            {u"downloadReceiptCounts"_s, downloadCounts},
            {u"MessageReceiptDetail"_s, details},
            {u"pagination"_s, pagination},
        });
}

HttpReply MessageDetailEndpoints::messageStatus(const HttpRequest &request, const QString &messageId)
{
    Gate gate(m_context, request, Component::Pod);
    MessageRef ref;
    if (!gate.message(messageId, 404, u"Message ID does not exist."_s, &ref).canView(ref.stream))
        return gate.reply();
    auto statusUser = [this](qint64 userId, qint64 timestamp) {
        const DemoUser *u = m_data.user(userId);
        QJsonObject o {
            {u"userId"_s, QString::number(userId)},
            {u"firstName"_s, u->firstName},
            {u"lastName"_s, u->lastName},
            {u"displayName"_s, u->displayName()},
            {u"email"_s, u->email},
            {u"timestamp"_s, QString::number(timestamp)},
        };
        if (!u->username.isEmpty())
            o.insert(u"userName"_s, u->username);
        return o;
    };
    auto list = [&statusUser](const QList<StatusEntry> &entries) {
        QJsonArray out;
        for (const StatusEntry &e : entries)
            out.append(statusUser(e.userId, e.timestamp));
        return out;
    };
    const MessageMeta meta = m_data.meta(ref.stream, ref.index);
    const MessageStatusData status = m_data.status(ref);
    return HttpReply::json(200,
        QJsonObject {
            {u"author"_s, statusUser(meta.authorId, meta.timestamp)},
            {u"read"_s, list(status.read)},
            {u"delivered"_s, list(status.delivered)},
            {u"sent"_s, list(status.sent)},
        });
}

HttpReply MessageDetailEndpoints::attachmentList(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate)
        return gate.reply();
    QueryReader q(request.query);
    const qint64 since = q.integer(u"since"_s, 0, 0, std::numeric_limits<qint64>::max());
    const qint64 to
        = q.integer(u"to"_s, std::numeric_limits<qint64>::max(), 0, std::numeric_limits<qint64>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 100);
    const QString sortDir = q.choice(u"sortDir"_s, {u"ASC"_s, u"DESC"_s}, u"ASC"_s);
    if (!q.ok())
        return q.errorReply();
    int index = -1;
    if (!gate.stream(sid, &index).canView(index))
        return gate.reply();

    const int lo = m_data.lowerBound(index, since);
    const int hi = m_data.upperBound(index, to);
    const QList<int> messages
        = m_data.messagesWithAttachments(index, lo, hi, sortDir == u"DESC"_s, int(limit));
    QJsonArray out;
    for (const int i : messages) {
        const MessageMeta meta = m_data.meta(index, i);
        QList<AttachmentMeta> files = meta.attachments;
        if (sortDir == u"DESC"_s)
            std::reverse(files.begin(), files.end());
        for (const AttachmentMeta &a : files) {
            if (out.size() >= limit)
                break;
            QJsonObject item {
                {u"messageId"_s, IdCodec::toStandard(m_data.messageRawId(index, i))},
                {u"ingestionDate"_s, meta.timestamp},
                {u"userId"_s, meta.authorId},
                {u"fileId"_s, a.id},
                {u"name"_s, a.name},
                {u"size"_s, a.size},
            };
            // Real pods disagree with their own schema here (§6.2): one spelling per file type.
            item.insert(
                a.contentType == u"image/png"_s ? u"contentType"_s : u"content-type"_s, a.contentType);
            QJsonArray previews;
            if (!a.previewId.isEmpty())
                previews.append(QJsonObject {{u"fileId"_s, a.previewId}, {u"width"_s, a.previewWidth}});
            item.insert(u"previews"_s, previews);
            out.append(item);
        }
    }
    return HttpReply::json(200, out);
}

HttpReply MessageDetailEndpoints::attachment(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    QueryReader q(request.query);
    if (!q.has(u"fileId"_s) || !q.has(u"messageId"_s))
        return HttpReply::error(400, u"Parameters 'fileId' and 'messageId' are required"_s);
    int index = -1;
    MessageRef ref;
    if (!gate.stream(sid, &index)
             .canView(index)
             .message(q.text(u"messageId"_s), 400, u"Message not found."_s, &ref))
        return gate.reply();
    if (ref.stream != index)
        return HttpReply::error(400, u"Message not found in this stream."_s);
    const QByteArray bytes = m_data.attachmentBytes(ref, q.text(u"fileId"_s));
    if (bytes.isEmpty())
        return HttpReply::error(400, u"Attachment not found."_s);
    HttpReply reply;
    reply.contentType = "application/octet-stream";
    reply.body = bytes.toBase64();
    return reply;
}

} // namespace Inspector::DemoPod
