// SPDX-License-Identifier: Apache-2.0
#include "api/apierror.h"

#include <QCoreApplication>

#include "data/parse.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::ApiError", text);
}

// A body is only ever shown as an excerpt: an HTML proxy page or a huge dump helps nobody.
QString excerpt(const QByteArray &body)
{
    constexpr int maxChars = 500;
    QString text = QString::fromUtf8(body.left(maxChars * 2)).simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + u"…"_s;
    return text;
}

/// An error of @p kind with its sentence and, where it has them, its details.
ApiError failure(ApiError::Kind kind, const QString &message, const QString &details = {})
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.details = details;
    return e;
}

} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &what)
{
    ApiError e;
    e.httpStatus = status;
    // Pod errors are Error {code, message}; agent errors are V2Error {code, message, details}.
    const Parse::Result<ErrorBody> parsed = Parse::errorBody(body);
    if (parsed.ok()) {
        e.serverCode = parsed.value.code;
        e.serverMessage = parsed.value.message;
    }
    e.details = excerpt(body);
    const QString server = e.serverMessage.isEmpty() ? QString() : u" ("_s + e.serverMessage + u")"_s;

    if (status == 401) {
        e.kind = Kind::Unauthorized;
        e.message = tr("The pod refused the credentials while %1%2: the session may have expired, or the "
                       "account is not allowed to authenticate.")
                        .arg(what, server);
    } else if (status == 403) {
        e.kind = Kind::Forbidden;
        e.message = tr("The pod does not allow this account to do this while %1%2: it may lack a role or "
                       "not be a member of the conversation.")
                        .arg(what, server);
    } else if (status == 404
        || (status == 400 && e.serverMessage.contains("not found"_L1, Qt::CaseInsensitive))) {
        // Symphony answers an unknown stream or message with 400 "Stream not found.", not 404.
        e.kind = Kind::NotFound;
        e.message = tr("Nothing was found while %1%2.").arg(what, server);
    } else if (status == 429) {
        e.kind = Kind::RateLimited;
        e.message = tr("The pod is rate-limiting requests (HTTP 429) while %1; it kept refusing after "
                       "the retries allowed.")
                        .arg(what);
    } else if (status >= 500) {
        e.kind = Kind::Server;
        e.message = tr("The pod had an internal problem (HTTP %1) while %2%3.").arg(status).arg(what, server);
    } else if (status >= 400) {
        e.kind = Kind::BadRequest;
        e.message = tr("The pod rejected the request (HTTP %1) while %2%3.").arg(status).arg(what, server);
    } else {
        e.kind = Kind::BadResponse;
        e.message = tr("The pod gave an unexpected answer (HTTP %1) while %2.").arg(status).arg(what);
    }
    return e;
}

ApiError ApiError::fromNetwork(
    QNetworkReply::NetworkError code, const QString &qtErrorString, const QString &what)
{
    ApiError e;
    e.details = qtErrorString;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports in Qt 6
        e.kind = Kind::Timeout;
        e.message = tr("The pod did not answer in time while %1.").arg(what);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        e.message = tr("The secure connection failed while %1: the server's certificate is not trusted "
                       "(add its CA with a CA file) or the TLS handshake failed.")
                        .arg(what);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::Network;
        e.message = tr("The host name could not be resolved while %1.").arg(what);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = Kind::Network;
        e.message
            = tr("The connection was refused while %1: is the URL right and the service running?").arg(what);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.kind = Kind::Network;
        e.message = tr("The proxy failed while %1.").arg(what);
        break;
    default:
        e.kind = Kind::Network;
        e.message = tr("The connection failed while %1.").arg(what);
        break;
    }
    return e;
}

ApiError ApiError::badResponse(const QString &what, const QString &problem)
{
    return failure(Kind::BadResponse,
        tr("The pod sent an answer that cannot be read while %1: %2").arg(what, problem), problem);
}

ApiError ApiError::cancelled()
{
    return failure(Kind::Cancelled, tr("Cancelled."));
}

ApiError ApiError::noProgress(const QString &what, const QString &problem)
{
    return failure(Kind::NoProgress,
        tr("Stopped while %1 because the server made no progress: %2").arg(what, problem), problem);
}

ApiError ApiError::outOfOrder(const QString &what, const QString &problem)
{
    return failure(Kind::BadResponse,
        tr("Stopped while %1 because the server sent a page out of order: %2").arg(what, problem), problem);
}

ApiError ApiError::fromLocal(const LocalError &error)
{
    ApiError e = failure(Kind::Local, error.message());
    e.local = error;
    return e;
}

ApiError ApiError::tooLarge(const QString &what, qint64 limitBytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    const QString limit = limitBytes >= MiB && limitBytes % MiB == 0 ? tr("%1 MiB").arg(limitBytes / MiB)
                                                                     : tr("%1 bytes").arg(limitBytes);
    return failure(Kind::BadResponse,
        tr("The pod's answer grew past %2 while %1 (the limit for this kind of request); the transfer "
           "was stopped.")
            .arg(what, limit),
        tr("Answer size limit: %1 bytes.").arg(limitBytes));
}

ApiError ApiError::deadlineExceeded(const QString &what, int deadlineMs)
{
    return failure(Kind::Timeout,
        tr("The pod did not finish its answer within %2 s while %1 (the deadline for this kind of "
           "request).")
            .arg(what, QString::number((qint64(deadlineMs) + 999) / 1000)));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::BadRequest:
        return u"bad-request"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::NoProgress:
        return u"no-progress"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Local:
        return u"local"_s;
    case Kind::Redirected:
        return u"redirected"_s;
    }
    return {};
}

} // namespace Inspector
