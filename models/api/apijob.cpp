// SPDX-License-Identifier: Apache-2.0
#include "api/apijob.h"

#include <QNetworkReply>

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

void ApiJob::attachReply(QNetworkReply *reply)
{
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::downloadProgress);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    m_client->handleReply(this, reply);
    reply->deleteLater();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
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
