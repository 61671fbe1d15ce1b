// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

#include "api/serviceurls.h"

namespace Inspector {

/**
 * Caps on what one request may cost, per kind of request (README, "Connecting"). An answer larger
 * than its cap is aborted as soon as it passes it; an attempt that has not finished by its deadline
 * is aborted as well (the idle timeout only fires when data stops coming).
 */
namespace RequestLimits {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 DefaultBodyBytes = 32 * MiB; ///< everything but the two kinds below
constexpr qint64 MessagesBodyBytes = 256 * MiB; ///< message pages, search pages, one message, event batches
constexpr qint64 AttachmentBodyBytes = 256 * MiB; ///< one attachment, Base64 (a 100 MB file is ~134 MiB)
constexpr int DefaultDeadlineMs = 5 * 60 * 1000;
constexpr int MessagesDeadlineMs = 10 * 60 * 1000;
constexpr int AttachmentDeadlineMs = 30 * 60 * 1000;
constexpr int MaxRedirects = 5; ///< same-origin redirects followed per attempt
} // namespace RequestLimits

/// One REST call as data: built by the functions of requests.h, sent by ApiClient.
struct ApiRequest
{
    enum class Method
    {
        Get,
        Post,
        Delete
    };
    enum class Auth
    {
        None, ///< health, info and the authentication calls themselves
        Session, ///< pod calls: sessionToken
        SessionAndKeyManager, ///< agent calls: sessionToken, and keyManagerToken whenever we have one
    };

    ServiceUrls::Service service = ServiceUrls::Service::Pod;
    Method method = Method::Get;
    QString path; ///< after the service's context, e.g. "/v1/streams/list"
    QUrlQuery query;
    QByteArray body; ///< JSON; sent with Content-Type application/json when `hasBody`
    bool hasBody = false;
    Auth auth = Auth::Session;
    /// Certificate authentication: present the client certificate on this call.
    bool useClientCertificate = false;
    /// A request that refreshes credentials: never triggers re-authentication itself.
    bool isAuthentication = false;
    /// Names the request in error sentences, e.g. "listing streams". Already translated.
    QString description;
    /// Idle timeout (no data for this long); 0 means the client's default.
    int timeoutMs = 0;
    /// The largest answer body accepted, in bytes: a bigger answer is aborted with a clear error.
    qint64 maxBodyBytes = RequestLimits::DefaultBodyBytes;
    /// Overall deadline of one attempt, from sending to the last byte; never shorter than the idle timeout.
    int deadlineMs = RequestLimits::DefaultDeadlineMs;
    /// For endpoints whose error status carries a normal answer (extended health answers 503 with
    /// the DOWN report): an answer this accepts is a success, neither retried nor an error.
    std::function<bool(int status, const QByteArray &body)> acceptsAnswer;

    static QByteArray methodName(Method m);
    /// The caps of a request whose answer carries messages (pages, search, event batches).
    void setMessagesLimits();
    /// The caps of an attachment download.
    void setAttachmentLimits();
};

/// What came back for a request: also what the request log records (never the tokens).
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
};

} // namespace Inspector
