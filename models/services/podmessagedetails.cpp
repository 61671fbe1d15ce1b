// SPDX-License-Identifier: Apache-2.0
#include "services/podmessagedetails.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/attachmentbody.h"
#include "api/fetch.h"
#include "api/requests.h"
#include "data/parse.h"
#include "files/newfile.h"
#include "services/servicecall.h"

namespace Inspector {

namespace {

constexpr qint64 WriteChunk = 1 << 20;

/// Ends @p call from the event loop when the client is gone: the source cannot answer.
ServiceCall *offline(ServiceCall *call)
{
    call->finishLater(ApiError::fromLocal(LocalError(PodMessageDetails::tr("Not connected to a pod."))));
    return call;
}

/// Sends @p request for @p call: its cancellation aborts the job, the job's end calls @p done.
void sendFor(
    ServiceCall *call, ApiClient *client, const ApiRequest &request, std::function<void(ApiJob *)> done)
{
    QPointer<ApiJob> job = client->send(request);
    QObject::connect(job, &ApiJob::finished, call, [call, done = std::move(done)](ApiJob *finished) {
        if (call->isActive())
            done(finished);
    });
    call->setCancelHandler([call, job] {
        if (job) {
            QObject::disconnect(job, nullptr, call, nullptr);
            job->cancel();
        }
    });
}

} // namespace

PodMessageDetails::PodMessageDetails(ApiClient *client, QObject *parent)
    : MessageDetails(parent)
    , m_client(client)
{ }

PodMessageDetails::~PodMessageDetails() = default;

ApiClient *PodMessageDetails::client() const
{
    return m_client;
}

ServiceCall *PodMessageDetails::receipts(const ReceiptsQuery &query, Sink<ReceiptPage> sink, QObject *parent)
{
    auto *call = new ServiceCall(parent);
    if (!m_client)
        return offline(call);
    // The pager is the call's child: deleting the call deletes it, silently.
    Pager *pager = Fetch::receipts(
        m_client, query.messageId, query.from, query.untilReceipts,
        [call, sink = std::move(sink)](const QList<ReceiptPage> &pages) {
            if (call->isActive())
                sink(pages);
        },
        call);
    call->follow(pager);
    pager->start();
    return call;
}

ServiceCall *PodMessageDetails::status(const QString &messageId, Sink<MessageStatus> sink, QObject *parent)
{
    auto *call = new ServiceCall(parent);
    if (!m_client)
        return offline(call);
    sendFor(call, m_client, Requests::messageStatus(messageId), [call, sink = std::move(sink)](ApiJob *job) {
        if (job->error().isError())
            return call->finish(job->error());
        const Parse::Result<MessageStatus> parsed = Parse::messageStatus(job->response().body);
        if (!parsed.ok())
            return call->finish(ApiError::badResponse(job->request().description, parsed.error));
        sink({parsed.value});
        call->finish({});
    });
    return call;
}

ServiceCall *PodMessageDetails::downloadAttachment(
    const AttachmentQuery &query, Sink<SavedAttachment> sink, ByteProgress progress, QObject *parent)
{
    auto *call = new ServiceCall(parent);
    if (!m_client)
        return offline(call);
    if (query.streamId.isEmpty() || query.messageId.isEmpty() || query.fileId.isEmpty()
        || query.targetPath.isEmpty()) {
        call->finishLater(ApiError::fromLocal(LocalError(tr("The attachment to download is not named."))));
        return call;
    }
    // The worker owns nothing of the call's; the flag makes it discard its file instead of committing.
    const auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    const QString target = query.targetPath;
    QPointer<ApiJob> job
        = m_client->send(Requests::attachment(query.streamId, query.fileId, query.messageId));
    QObject::connect(job, &ApiJob::downloadProgress, call, [call, progress](qint64 received, qint64 total) {
        if (call->isActive() && progress)
            progress(received, total);
    });
    QObject::connect(job, &ApiJob::finished, call, [call, cancelFlag, target, sink](ApiJob *finished) {
        if (!call->isActive())
            return;
        if (finished->error().isError())
            return call->finish(finished->error());
        const QByteArray body = finished->response().body;
        const QString description = finished->request().description;
        auto *watcher = new QFutureWatcher<SaveResult>(call);
        QObject::connect(watcher, &QFutureWatcher<SaveResult>::finished, call, [call, watcher, sink] {
            const SaveResult result = watcher->result();
            if (!call->isActive())
                return;
            if (!result.error.isError())
                sink({result.saved});
            call->finish(result.error);
        });
        watcher->setFuture(QtConcurrent::run([body, description, target, cancelFlag]() -> SaveResult {
            const std::optional<QByteArray> bytes = AttachmentBody::decode(body);
            if (!bytes)
                return {ApiError::badResponse(
                            description, tr("the answer is not Base64 text, so it cannot be the file.")),
                    {}};
            return saveAttachment(*bytes, target, cancelFlag.get());
        }));
    });
    call->setCancelHandler([call, job, cancelFlag] {
        cancelFlag->store(true);
        if (job) {
            QObject::disconnect(job, nullptr, call, nullptr);
            job->cancel();
        }
    });
    return call;
}

SaveResult saveAttachment(const QByteArray &bytes, const QString &target, const std::atomic_bool *cancel)
{
    // A new file in the chosen folder: what has the chosen name (a file, a symbolic link) is left
    // alone, and the file is saved as "name (2).ext" instead.
    const QFileInfo info(target);
    Files::NewFile file(info.path(), info.fileName());
    if (const Result<> opened = file.open(); !opened)
        return {ApiError::fromLocal(LocalError(
                    PodMessageDetails::tr("Could not write %1: %2").arg(target, opened.error().message()),
                    LocalError::Category::File)),
            {}};
    for (qint64 pos = 0; pos < bytes.size(); pos += WriteChunk) {
        if (cancel && cancel->load())
            return {ApiError::cancelled(), {}}; // the file's destructor removes what was written
        const qint64 n = qMin(WriteChunk, qint64(bytes.size()) - pos);
        if (file.device()->write(bytes.constData() + pos, n) != n)
            return {
                ApiError::fromLocal(LocalError(
                    PodMessageDetails::tr("Could not write %1: %2").arg(target, file.device()->errorString()),
                    LocalError::Category::File)),
                {}};
    }
    if (cancel && cancel->load())
        return {ApiError::cancelled(), {}};
    if (const Result<> committed = file.commit(); !committed)
        return {ApiError::fromLocal(LocalError(
                    PodMessageDetails::tr("Could not save %1: %2").arg(target, committed.error().message()),
                    LocalError::Category::File)),
            {}};
    return {ApiError {}, {file.filePath(), qint64(bytes.size())}};
}

} // namespace Inspector
