// SPDX-License-Identifier: Apache-2.0
#include "httptypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

HttpReply jsonReply(int status, const QJsonDocument &document)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    return jsonReply(status, QJsonDocument(object));
}

HttpReply HttpReply::json(int status, const QJsonArray &array)
{
    return jsonReply(status, QJsonDocument(array));
}

HttpReply HttpReply::error(int status, const QString &message)
{
    return json(status, QJsonObject {{u"code"_s, status}, {u"message"_s, message}});
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    return reply;
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return nullptr;
    }
}

bool isKnownStatus(int status)
{
    return reasonPhrase(status) != nullptr;
}

} // namespace Inspector::DemoPod
