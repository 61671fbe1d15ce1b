// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QTimer>

#include <memory>

#include "services/diagnostics.h"
#include "services/messagedetails.h"
#include "services/podmessagedetails.h"
#include "services/servicecall.h"

/**
 * Test-only sources: canned batches, no pod. Each keeps the ServiceCall contract: batches one per
 * turn of the event loop, never from inside the method, nothing after cancel().
 */
namespace Inspector::FakeDetails {

using namespace Qt::StringLiterals;

/// Delivers @p batches to @p deliver one per turn of the event loop, then ends @p call with @p end.
template<typename T>
void play(ServiceCall *call, QList<QList<T>> batches, std::function<void(const QList<T> &)> deliver,
    ApiError end, int *delivered)
{
    if (batches.isEmpty()) {
        call->finishLater(end);
        return;
    }
    call->deliverLater([call, batches, deliver, end, delivered]() mutable {
        const QList<T> first = batches.takeFirst();
        ++*delivered;
        deliver(first);
        if (call->isActive())
            play(call, std::move(batches), std::move(deliver), end, delivered);
    });
}

inline ReceiptPage page(const QList<qint64> &userIds, const QString &after, bool hasNext, qint64 delivered)
{
    ReceiptPage p;
    p.raw.insert(u"pagination"_s, QJsonObject());
    p.deliveryReceiptCount = delivered;
    p.after = after;
    p.next = hasNext ? u"https://pod/next"_s : QString();
    for (const qint64 id : userIds) {
        Receipt r;
        r.user.id = id;
        r.user.username = u"user%1"_s.arg(id);
        r.deliveryReceiptTimestamp = 1700000000000 + id;
        p.receipts.append(r);
    }
    return p;
}

class MessageDetails final : public Inspector::MessageDetails
{
public:
    /// The pages of each message, in order; page n+1 follows the cursor of page n.
    QHash<QString, QList<ReceiptPage>> receiptPages;
    /// An error that replaces the answer for the page with this index (once), per message.
    QHash<QString, QPair<int, ApiError>> receiptFaults;
    QHash<QString, MessageStatus> statuses;
    QHash<QString, ApiError> statusErrors;
    /// The bytes of each file id; a missing one is NotFound.
    QHash<QString, QByteArray> files;

    QList<ReceiptsQuery> receiptQueries;
    QStringList statusQueries;
    int delivered = 0; ///< batches handed to sinks

    ServiceCall *receipts(const ReceiptsQuery &query, Sink<ReceiptPage> sink, QObject *parent) override
    {
        receiptQueries.append(query);
        auto *call = new ServiceCall(parent);
        if (!receiptPages.contains(query.messageId)) {
            call->finishLater(ApiError::fromHttp(404, {}, u"receipts"_s));
            return call;
        }
        const QList<ReceiptPage> all = receiptPages.value(query.messageId);
        int index = 0;
        if (!query.from.after.isEmpty()) {
            while (index < all.size() && all.at(index).after != query.from.after)
                ++index;
            ++index;
        }
        QList<QList<ReceiptPage>> batches;
        ApiError end;
        int received = 0;
        for (; index < all.size(); ++index) {
            auto fault = receiptFaults.find(query.messageId);
            if (fault != receiptFaults.end() && fault->first == index) {
                end = fault->second;
                receiptFaults.erase(fault);
                break;
            }
            batches.append({all.at(index)});
            received += int(all.at(index).receipts.size());
            if (!all.at(index).hasNext() || query.untilReceipts == 0 || received >= query.untilReceipts)
                break;
        }
        play<ReceiptPage>(call, batches, sink, end, &delivered);
        return call;
    }

    ServiceCall *status(const QString &messageId, Sink<MessageStatus> sink, QObject *parent) override
    {
        statusQueries.append(messageId);
        auto *call = new ServiceCall(parent);
        if (statusErrors.contains(messageId))
            play<MessageStatus>(call, {}, sink, statusErrors.take(messageId), &delivered);
        else
            play<MessageStatus>(call, {{statuses.value(messageId)}}, sink, {}, &delivered);
        return call;
    }

    /// Writes the canned bytes with saveAttachment(), as every source does.
    ServiceCall *downloadAttachment(const AttachmentQuery &query, Sink<SavedAttachment> sink,
        ByteProgress progress, QObject *parent) override
    {
        auto *call = new ServiceCall(parent);
        if (!files.contains(query.fileId)) {
            call->finishLater(ApiError::fromHttp(404, {}, u"attachment"_s));
            return call;
        }
        const QByteArray bytes = files.value(query.fileId);
        call->deliverLater([this, call, bytes, query, sink, progress] {
            if (progress)
                progress(bytes.size(), bytes.size());
            const SaveResult result = saveAttachment(bytes, query.targetPath, nullptr);
            if (!result.error.isError()) {
                ++delivered;
                sink({result.saved});
            }
            call->finish(result.error);
        });
        return call;
    }
};

class Diagnostics final : public Inspector::Diagnostics
{
public:
    Health healthReport;
    AgentInfo agent;
    User user;
    ApiError healthError;
    std::optional<qint64> expiry;
    int delivered = 0;

    ServiceCall *health(Sink<Health> sink, QObject *parent) override
    {
        auto *call = new ServiceCall(parent);
        if (healthError.isError())
            play<Health>(call, {}, sink, healthError, &delivered);
        else
            play<Health>(call, {{healthReport}}, sink, {}, &delivered);
        return call;
    }
    ServiceCall *agentInfo(Sink<AgentInfo> sink, QObject *parent) override
    {
        auto *call = new ServiceCall(parent);
        play<AgentInfo>(call, {{agent}}, sink, {}, &delivered);
        return call;
    }
    ServiceCall *sessionUser(Sink<User> sink, QObject *parent) override
    {
        auto *call = new ServiceCall(parent);
        play<User>(call, {{user}}, sink, {}, &delivered);
        return call;
    }
    std::optional<qint64> sessionExpiresAtMs() const override { return expiry; }
};

} // namespace Inspector::FakeDetails
