// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace Inspector {

/**
 * @brief A failed request, as the rest of the program sees it.
 *
 * Callers never get a bare QNetworkReply::NetworkError or a raw body: they get a kind to branch on,
 * the HTTP status and the server's own code and message when there were any, and `message`, one
 * translated sentence a person understands. `details` keeps the raw material (server body, Qt's
 * error string) for a "Details" expander or a log.
 *
 * A failure on this machine that ends a job or a call (a bad option, a file that cannot be written)
 * is not a server's: it is made only from a LocalError (fromLocal()), has kind Local and keeps that
 * LocalError in `local`, whose message it shows and whose category says what failed.
 */
struct ApiError
{
    enum class Kind
    {
        None, ///< no error
        Network, ///< connection refused, host not found, connection dropped
        Timeout, ///< no complete answer within the request's timeout
        Tls, ///< certificate or handshake failure
        Unauthorized, ///< 401 (after the one re-authentication we allow)
        Forbidden, ///< 403
        NotFound, ///< 404, or Symphony's 400 "Stream not found"
        BadRequest, ///< other 400s and 4xx we do not retry
        RateLimited, ///< 429 after the retries we allow
        Server, ///< 5xx after the retries we allow
        BadResponse, ///< the server answered 2xx with something we cannot read
        NoProgress, ///< a pager saw the server repeat itself (cursor or time going backwards)
        Cancelled, ///< the caller cancelled; not shown to users as an error
        Local, ///< a failure on this machine, not the server's: see `local` (made by fromLocal())
        Redirected, ///< the server redirected to another origin (or too often): not followed, never retried
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int serverCode = 0; ///< the `code` of Symphony's Error / V2Error body, when there was one
    QString serverMessage; ///< the `message` of that body
    QString message; ///< one sentence for a person, already translated
    QString details; ///< raw material for experts: body excerpt, Qt's error string
    LocalError local {QString()}; ///< the local failure when kind is Local; empty otherwise

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    /// True for a local failure of @p category (kind Local).
    bool isLocal(LocalError::Category category) const
    {
        return kind == Kind::Local && local.category() == category;
    }
    /// True for the kinds worth another attempt (network, timeout, 429, 5xx).
    bool isTransient() const;

    /// Builds the error for an HTTP answer that is not a success. `what` names the request for the
    /// sentence, e.g. "listing streams".
    static ApiError fromHttp(int status, const QByteArray &body, const QString &what);
    /// Builds the error for a transport failure (no HTTP status).
    static ApiError fromNetwork(
        QNetworkReply::NetworkError code, const QString &qtErrorString, const QString &what);
    static ApiError badResponse(const QString &what, const QString &problem);
    static ApiError cancelled();
    static ApiError noProgress(const QString &what, const QString &problem);
    /// A full page whose items are not in the order the paging relies on (kind BadResponse).
    static ApiError outOfOrder(const QString &what, const QString &problem);
    /// A local failure (kind Local): its message is the LocalError's.
    static ApiError fromLocal(const LocalError &error);
    /// The answer grew past `limitBytes`, the cap of this kind of request: the transfer was stopped.
    static ApiError tooLarge(const QString &what, qint64 limitBytes);
    /// The answer did not finish within the overall deadline of the request (a Timeout, retried).
    static ApiError deadlineExceeded(const QString &what, int deadlineMs);

    static QString kindName(Kind kind);
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::ApiError)
