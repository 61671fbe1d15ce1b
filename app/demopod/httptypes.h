// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace Inspector::DemoPod {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/** @brief A request copied out of QHttpServerRequest, so it outlives the socket's parser state. */
struct HttpRequest
{
    QByteArray method; ///< upper case
    QString path; ///< decoded, without query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    bool tls = false;
    QSslCertificate peerCertificate; ///< TLS client certificate, null when none

    QByteArray header(const QByteArray &name) const;
};

/** @brief A complete answer; the engine turns it into bytes (or into a fault). */
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers;
    /** Extra wait before the answer is written (datafeed long-poll). */
    int delayMs = 0;
    /** Answer to HEAD: headers (Content-Length included) without the body. */
    bool headOnly = false;

    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply json(int status, const QJsonArray &array);
    /** V2Error/Error body {"code": status, "message": message}. */
    static HttpReply error(int status, const QString &message);
    static HttpReply noContent();
};

const char *reasonPhrase(int status);
bool isKnownStatus(int status);

} // namespace Inspector::DemoPod
