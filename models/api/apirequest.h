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

/// One REST call as data: built by the functions of requests.h, sent by ApiClient.
struct ApiRequest
{
    enum class Method { Get, Post, Delete };
    enum class Auth {
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
    /// 0 means the client's default.
    int timeoutMs = 0;
    /// For endpoints whose error status carries a normal answer (extended health answers 503 with
    /// the DOWN report): an answer this accepts is a success, neither retried nor an error.
    std::function<bool(int status, const QByteArray &body)> acceptsAnswer;

    static QByteArray methodName(Method m);
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
