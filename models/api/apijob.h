// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include "api/apierror.h"
#include "api/apirequest.h"

class QNetworkReply;

namespace Inspector {

class ApiClient;

/**
 * @brief One REST request, with its retries and its one re-authentication.
 *
 * Created by ApiClient::send(), lives on the client's thread and is owned by the client.
 *
 * Signal contract:
 * - finished() is emitted exactly once, on success, failure or cancellation, and never from
 *   inside send(): callers connect after send() returns. Right after it the job deletes itself
 *   (deleteLater), so read response() and error() in the slot.
 * - retrying() may be emitted before finished(), once per wait before another attempt.
 * - cancel() aborts the network reply and emits finished() with a Cancelled error before it
 *   returns; after finished() it does nothing.
 * No QNetworkReply outlives its job: the reply is parented to the job and aborted with it.
 */
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    const ApiResponse &response() const { return m_response; }
    const ApiError &error() const { return m_error; }
    bool isSuccess() const { return !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

    void cancel();

Q_SIGNALS:
    void finished(Inspector::ApiJob *job);
    void retrying(int attempt, int delayMs, const Inspector::ApiError &reason);
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, const ApiRequest &request);

    void attachReply(QNetworkReply *reply);
    void onReplyFinished();
    void finish(const ApiError &error);

    ApiClient *m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    ApiError m_error;
    QPointer<QNetworkReply> m_reply; // QNAM may delete pending replies itself, hence QPointer
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptTimer;
    QByteArray m_sentSessionToken; // to tell a stale 401 from one that a refresh already answered
    int m_attempts = 0;
    bool m_reauthenticated = false;
    bool m_finished = false;
    bool m_waiting = false; // queued, backing off or waiting for authentication
};

} // namespace Inspector
