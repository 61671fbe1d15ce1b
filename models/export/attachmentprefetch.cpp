// SPDX-License-Identifier: Apache-2.0
#include "export/attachmentprefetch.h"

#include <QFile>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/attachmentbody.h"
#include "api/fetch.h"
#include "api/pager.h"
#include "api/requests.h"
#include "data/ids.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export {

PrefetchedAttachments::PrefetchedAttachments() = default;

QString PrefetchedAttachments::key(
    const QString &streamId, const QString &messageId, const QString &attachmentId)
{
    return Ids::normalized(streamId) + u'\n' + Ids::normalized(messageId) + u'\n' + attachmentId;
}

bool PrefetchedAttachments::add(
    const QString &streamId, const QString &messageId, const QString &attachmentId, const QByteArray &bytes)
{
    if (!m_dir.isValid())
        return false;
    const QString path = m_dir.filePath(QString::number(m_files.size()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size())
        return false;
    m_files.insert(key(streamId, messageId, attachmentId), path);
    return true;
}

std::optional<QByteArray> PrefetchedAttachments::bytes(
    const QString &streamId, const QString &messageId, const QString &attachmentId)
{
    const QString path = m_files.value(key(streamId, messageId, attachmentId));
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

AttachmentPrefetch::AttachmentPrefetch(ApiClient *client, const QList<Window> &streams,
    std::shared_ptr<PrefetchedAttachments> into, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_streams(streams)
    , m_into(std::move(into))
{ }

AttachmentPrefetch::~AttachmentPrefetch()
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void AttachmentPrefetch::start()
{
    QMetaObject::invokeMethod(this, &AttachmentPrefetch::nextStream, Qt::QueuedConnection);
}

void AttachmentPrefetch::cancel()
{
    end(ApiError::cancelled());
}

void AttachmentPrefetch::nextStream()
{
    if (m_ended)
        return;
    if (m_streams.isEmpty())
        return end({});
    const Window w = m_streams.takeFirst();
    m_pending.clear();
    const QString streamId = w.streamId;
    m_pager = Fetch::attachments(
        m_client, Ids::toUrlSafe(streamId), w.since > 0 ? std::optional<qint64>(w.since) : std::nullopt,
        w.until,
        [this, streamId](const QList<StreamAttachment> &page) {
            for (const StreamAttachment &a : page)
                m_pending.append({streamId, a.messageKey(), a.fileId, a.name});
            m_total += int(page.size());
        },
        this);
    connect(m_pager, &Pager::finished, this, [this](const ApiError &error) {
        m_pager = nullptr;
        if (m_ended)
            return;
        if (error.isError())
            return end(error);
        nextFile();
    });
    m_pager->start();
}

void AttachmentPrefetch::nextFile()
{
    if (m_ended)
        return;
    if (m_pending.isEmpty())
        return nextStream();
    const Pending p = m_pending.takeFirst();
    m_job = m_client->send(Requests::attachment(Ids::toUrlSafe(p.streamId), p.fileId, p.messageId));
    connect(m_job, &ApiJob::finished, this, [this, p](ApiJob *job) {
        m_job = nullptr;
        if (m_ended)
            return;
        if (job->error().isError()) {
            if (job->error().isCancelled())
                return end(job->error());
            m_warnings.append(tr("Attachment %1 was not downloaded: %2").arg(p.name, job->error().message));
        } else if (const std::optional<QByteArray> bytes = AttachmentBody::decode(job->response().body)) {
            if (!m_into->add(p.streamId, p.messageId, p.fileId, *bytes))
                m_warnings.append(tr("Attachment %1 could not be kept for the transcript.").arg(p.name));
        } else {
            m_warnings.append(
                tr("Attachment %1 was not downloaded: the body is not Base64 text.").arg(p.name));
        }
        Q_EMIT progress(++m_done, m_total);
        nextFile();
    });
}

void AttachmentPrefetch::end(const ApiError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager = nullptr;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(error); }, Qt::QueuedConnection);
}

} // namespace Inspector::Export
