// SPDX-License-Identifier: Apache-2.0
#include "requestparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

void QueryReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

qint64 QueryReader::integer(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const qint64 value = text(name).toLongLong(&ok);
    if (!ok) {
        fail(u"Parameter '"_s + name + u"' must be an integer"_s);
        return fallback;
    }
    if (value < min || value > max) {
        fail(u"Parameter '"_s + name + u"' must be between "_s + QString::number(min) + u" and "_s
            + QString::number(max));
        return fallback;
    }
    return value;
}

std::optional<bool> QueryReader::boolean(const QString &name)
{
    if (!has(name))
        return std::nullopt;
    const QString value = text(name);
    if (value == u"true"_s)
        return true;
    if (value == u"false"_s)
        return false;
    fail(u"Parameter '"_s + name + u"' must be true or false"_s);
    return std::nullopt;
}

QString QueryReader::choice(const QString &name, const QStringList &allowed, const QString &fallback)
{
    if (!has(name))
        return fallback;
    const QString value = text(name).toUpper();
    if (!allowed.contains(value)) {
        fail(u"Parameter '"_s + name + u"' must be one of "_s + allowed.join(u", "_s));
        return fallback;
    }
    return value;
}

namespace {

QString typeOf(const QJsonValue &entry, bool *ok)
{
    if (!entry.isObject() || !entry.toObject().value(u"type"_s).isString()) {
        *ok = false;
        return {};
    }
    return entry.toObject().value(u"type"_s).toString();
}

} // namespace

Result<QStringList> readStreamTypes(const QJsonObject &filter, const QStringList &allowed)
{
    QStringList types;
    if (!filter.contains(u"streamTypes"_s))
        return types;
    const QJsonValue value = filter.value(u"streamTypes"_s);
    if (!value.isArray())
        return LocalError(u"streamTypes must be an array"_s);
    for (const QJsonValue &entry : value.toArray()) {
        bool ok = true;
        const QString type = typeOf(entry, &ok);
        if (!ok || !allowed.contains(type))
            return LocalError(u"Invalid stream type in streamTypes; allowed: "_s + allowed.join(u", "_s));
        types.append(type);
    }
    return types;
}

bool readJsonObject(const QByteArray &body, bool required, QJsonObject *out, HttpReply *error)
{
    if (body.trimmed().isEmpty()) {
        if (required) {
            *error = HttpReply::error(400, u"A JSON request body is required"_s);
            return false;
        }
        *out = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = HttpReply::error(400, u"Request body is not a JSON object"_s);
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace Inspector::DemoPod
