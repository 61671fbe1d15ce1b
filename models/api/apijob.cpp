// SPDX-License-Identifier: Apache-2.0
#include "api/apijob.h"

#include <QNetworkReply>
#include <QTimer>

#include "api/apiclient.h"

namespace Inspector {

ApiJob::ApiJob(ApiClient *client, const ApiRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
{
    m_elapsed.start();
}

ApiJob::~ApiJob()
{
    // The client may be half destroyed here (jobs are its children): touch only the reply, and
    // disconnect first so that abort() cannot call back into us.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::attachReply(QNetworkReply *reply, qint64 maxBodyBytes, int deadlineMs)
{
    m_reply = reply;
    m_abortReason.reset();
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::downloadProgress);

    // The body stays in the reply's buffer until the reply finishes: what is available is what is
    // held. Abort the moment it passes the cap (or the announced length does), so that an endless
    // answer costs at most the cap plus one network read.
    const QString what = m_request.description;
    const auto overCap = [this, reply, maxBodyBytes, what] {
        if (m_reply != reply)
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (reply->bytesAvailable() > maxBodyBytes || announced > maxBodyBytes)
            abortReply(ApiError::tooLarge(what, maxBodyBytes));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, overCap);
    connect(reply, &QIODevice::readyRead, this, overCap);

    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
    }
    m_deadline->disconnect(this);
    m_deadline->stop();
    if (deadlineMs > 0) {
        connect(m_deadline, &QTimer::timeout, this, [this, reply, what, deadlineMs] {
            if (m_reply == reply)
                abortReply(ApiError::deadlineExceeded(what, deadlineMs));
        });
        m_deadline->start(deadlineMs);
    }
}

void ApiJob::abortReply(const ApiError &reason)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    // Finishes the reply, synchronously: onReplyFinished() runs before abort() returns.
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    if (m_deadline)
        m_deadline->stop();
    reply->disconnect(this);
    m_client->handleReply(this, reply);
    reply->deleteLater();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    if (m_deadline)
        m_deadline->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_client->releaseSlot();
    }
    finish(ApiError::cancelled());
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_error = error;
    m_response.elapsedMs = m_elapsed.elapsed();
    m_client->forget(this);
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace Inspector
