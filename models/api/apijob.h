// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

#include "api/apierror.h"
#include "api/apirequest.h"

class QNetworkReply;
class QTimer;

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
 *
 * Every attempt is bounded: its answer is aborted as soon as it grows past the request's
 * maxBodyBytes (memory stays bounded whatever the server sends), and when it has not finished by
 * the request's deadline, however steadily the bytes trickle in.
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

    /// Watches `reply`: aborts it past `maxBodyBytes` or after `deadlineMs` (0 = no deadline).
    void attachReply(QNetworkReply *reply, qint64 maxBodyBytes, int deadlineMs);
    void onReplyFinished();
    /// Aborts the reply in flight, which then finishes with `reason` instead of Qt's error.
    void abortReply(const ApiError &reason);
    void finish(const ApiError &error);

    ApiClient *m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    ApiError m_error;
    QPointer<QNetworkReply> m_reply; // QNAM may delete pending replies itself, hence QPointer
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptTimer;
    QByteArray m_sentSessionToken; // to tell a stale 401 from one that a refresh already answered
    std::optional<ApiError> m_abortReason; // why we aborted the reply in flight (size cap, deadline)
    QTimer *m_deadline = nullptr;
    // A same-origin redirect being followed: where to, and whether it turns the request into a GET.
    QUrl m_redirectUrl;
    bool m_redirectAsGet = false;
    bool m_followingRedirect = false; // the next launch() follows m_redirectUrl instead of a new attempt
    int m_redirects = 0; // followed within this attempt
    int m_attempts = 0;
    quint64 m_launch = 0; // ApiClient's count of launches when this attempt left (the rate governor)
    bool m_reauthenticated = false;
    bool m_finished = false;
    bool m_waiting = false; // queued, backing off or waiting for authentication
};

} // namespace Inspector
