// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptypes.h"
#include "localresult.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Inspector::DemoPod {

/** @brief Reads typed query parameters and remembers the first problem as a 400 message. */
class QueryReader
{
public:
    explicit QueryReader(const QUrlQuery &query)
        : m_query(query)
    { }

    bool has(const QString &name) const { return m_query.hasQueryItem(name); }
    QString text(const QString &name) const { return m_query.queryItemValue(name, QUrl::FullyDecoded); }
    /** fallback when absent; an error when not a decimal integer or outside [min, max]. */
    qint64 integer(const QString &name, qint64 fallback, qint64 min, qint64 max);
    /** nullopt when absent; an error unless "true" or "false". */
    std::optional<bool> boolean(const QString &name);
    /** Upper-cased value that must be one of `allowed` (fallback when absent). */
    QString choice(const QString &name, const QStringList &allowed, const QString &fallback);

    bool ok() const { return m_error.isEmpty(); }
    HttpReply errorReply() const { return HttpReply::error(400, m_error); }

private:
    void fail(const QString &message);

    QUrlQuery m_query;
    QString m_error;
};

/**
 * Parses a JSON object body. An empty body gives {} unless `required`. Anything that is not a
 * JSON object sets *error to a 400 reply.
 */
bool readJsonObject(const QByteArray &body, bool required, QJsonObject *out, HttpReply *error);

/**
 * The streamTypes [{type}] of a listing filter; an error when malformed or holding a type outside
 * @p allowed. An absent streamTypes is no filter (an empty list).
 */
Result<QStringList> readStreamTypes(const QJsonObject &filter, const QStringList &allowed);

} // namespace Inspector::DemoPod
