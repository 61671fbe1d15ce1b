// SPDX-License-Identifier: Apache-2.0
// Messages with QJsonDocument: the reference reader (messagepage.cpp holds the fast one; both are
// messagereader.h), and the readers of the objects that arrive inside other JSON (events).
#include "data/parse.h"

#include "data/messagereader.h"
#include "data/parsebody.h"

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using namespace Detail;

namespace {

Message readMessageItem(const QJsonObject &o, const QString &path)
{
    return readMessage(JsonCursor {o, path}, 0);
}

} // namespace

Result<QList<Message>> messagesReference(const QByteArray &body)
{
    return parseArray<Message>(body, Text::tr("a list of messages"), readMessageItem);
}

Result<Message> message(const QByteArray &body)
{
    Result<Message> result = parseObject<Message>(body, Text::tr("a message"), readMessageItem);
    if (result.ok()) {
        QByteArray json = body.trimmed();
        if (json.startsWith("\xEF\xBB\xBF"))
            json = json.mid(3).trimmed();
        repairJsonText(&json);
        result.value.json = json;
    }
    return result;
}

UserRef userRefFromJson(const QJsonObject &object, const QString &path)
{
    return readUserRef(JsonCursor {object, path});
}

StreamRef streamRefFromJson(const QJsonObject &object, const QString &path)
{
    return readStreamRef(JsonCursor {object, path});
}

Message messageFromJson(const QJsonObject &object, const QString &path)
{
    return readMessage(JsonCursor {object, path}, 0);
}

} // namespace Inspector::Parse
