// SPDX-License-Identifier: Apache-2.0
#include "export/messagecolumns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "data/ids.h"
#include "data/times.h"
#include "export/jsonwriter.h"
#include "export/recordexport.h"
#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Export::MessageColumns", text);
}

// The V4Message fields with a column of their own; everything else goes to "extra".
const QSet<QString> &knownFields()
{
    static const QSet<QString> fields {
        u"messageId"_s,
        u"parentMessageId"_s,
        u"timestamp"_s,
        u"message"_s,
        u"sharedMessage"_s,
        u"data"_s,
        u"attachments"_s,
        u"user"_s,
        u"stream"_s,
        u"externalRecipients"_s,
        u"diagnostic"_s,
        u"userAgent"_s,
        u"originalFormat"_s,
        u"disclaimer"_s,
        u"sid"_s,
        u"replacing"_s,
        u"replacedBy"_s,
        u"initialTimestamp"_s,
        u"initialMessageId"_s,
        u"silent"_s,
    };
    return fields;
}

QString joined(const QList<AttachmentInfo> &attachments, int what)
{
    QStringList parts;
    parts.reserve(attachments.size());
    for (const AttachmentInfo &a : attachments)
        parts.append(what == 0 ? a.name : what == 1 ? a.id : QString::number(a.size));
    return parts.join(u"; "_s);
}

// A JSON value as cell text; lone surrogates become \ufffd as in the JSON exports.
QString jsonText(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    JsonWriter::replaceLoneSurrogateEscapes(&json);
    return QString::fromUtf8(json);
}

QString optionalBool(const std::optional<bool> &b)
{
    return b ? (*b ? u"true"_s : u"false"_s) : QString();
}

QString plainText(const Message &m)
{
    return PresentationMl::toPlainText(m.message, m.data);
}

} // namespace

const QList<MessageColumns::Column> &MessageColumns::all()
{
    static const QList<Column> columns {
        {u"messageId"_s, tr("Message ID")},
        {u"standardId"_s, tr("Message ID (standard Base64)")},
        {u"time"_s, tr("Time (UTC)")},
        {u"timestamp"_s, tr("Timestamp (ms)")},
        {u"streamId"_s, tr("Stream ID")},
        {u"streamType"_s, tr("Stream type")},
        {u"streamName"_s, tr("Stream name")},
        {u"senderId"_s, tr("Sender ID")},
        {u"senderName"_s, tr("Sender")},
        {u"senderEmail"_s, tr("Sender email")},
        {u"senderUsername"_s, tr("Sender username")},
        {u"text"_s, tr("Text")},
        {u"presentationML"_s, tr("PresentationML")},
        {u"data"_s, tr("Entity data")},
        {u"attachments"_s, tr("Attachments")},
        {u"attachmentIds"_s, tr("Attachment IDs")},
        {u"attachmentSizes"_s, tr("Attachment sizes")},
        {u"parentMessageId"_s, tr("Parent message ID")},
        {u"replacing"_s, tr("Replacing")},
        {u"replacedBy"_s, tr("Replaced by")},
        {u"initialMessageId"_s, tr("Initial message ID")},
        {u"initialTimestamp"_s, tr("Initial timestamp (ms)")},
        {u"externalRecipients"_s, tr("External recipients")},
        {u"diagnostic"_s, tr("Diagnostic")},
        {u"userAgent"_s, tr("User agent")},
        {u"originalFormat"_s, tr("Original format")},
        {u"disclaimer"_s, tr("Disclaimer")},
        {u"sid"_s, tr("Client session")},
        {u"silent"_s, tr("Silent")},
        {u"sharedMessage"_s, tr("Shared message")},
        {u"duplicates"_s, tr("Duplicates dropped")},
        {u"problems"_s, tr("Problems")},
        {u"extra"_s, tr("Other fields")},
    };
    return columns;
}

QStringList MessageColumns::defaultNames()
{
    QStringList names;
    for (const Column &c : all())
        names.append(c.name);
    return names;
}

Result<QStringList> MessageColumns::resolve(const QStringList &names)
{
    return RecordExport::resolveColumns(names, defaultNames());
}

QStringList MessageColumns::header(const QStringList &columns)
{
    QStringList out;
    out.reserve(columns.size());
    for (const QString &name : columns) {
        for (const Column &c : all()) {
            if (c.name == name) {
                out.append(c.title);
                break;
            }
        }
    }
    return out;
}

QString MessageColumns::value(const Message &m, const Derived &derived, const QString &column)
{
    // Ordered roughly by how often exports ask for them.
    if (column == "messageId"_L1)
        return m.messageId;
    if (column == "time"_L1)
        return Times::toIso(m.timestamp);
    if (column == "text"_L1)
        return plainText(m);
    if (column == "senderName"_L1)
        return m.user.displayName;
    if (column == "streamId"_L1)
        return m.stream.streamId;
    if (column == "standardId"_L1)
        return Ids::toStandard(m.messageId);
    if (column == "timestamp"_L1)
        return QString::number(m.timestamp);
    if (column == "streamType"_L1)
        return m.stream.streamType;
    if (column == "streamName"_L1)
        return m.stream.roomName;
    if (column == "senderId"_L1)
        return m.user.userId ? QString::number(m.user.userId) : QString();
    if (column == "senderEmail"_L1)
        return m.user.email;
    if (column == "senderUsername"_L1)
        return m.user.username;
    if (column == "presentationML"_L1)
        return m.message;
    if (column == "data"_L1)
        return m.data;
    if (column == "attachments"_L1)
        return joined(m.attachments, 0);
    if (column == "attachmentIds"_L1)
        return joined(m.attachments, 1);
    if (column == "attachmentSizes"_L1)
        return joined(m.attachments, 2);
    if (column == "parentMessageId"_L1)
        return m.parentMessageId;
    if (column == "replacing"_L1)
        return m.replacing;
    if (column == "replacedBy"_L1)
        return m.replacedBy;
    if (column == "initialMessageId"_L1)
        return m.initialMessageId;
    if (column == "initialTimestamp"_L1)
        return m.initialTimestamp ? QString::number(*m.initialTimestamp) : QString();
    if (column == "externalRecipients"_L1)
        return optionalBool(m.externalRecipients);
    if (column == "diagnostic"_L1)
        return m.diagnostic;
    if (column == "userAgent"_L1)
        return m.userAgent;
    if (column == "originalFormat"_L1)
        return m.originalFormat;
    if (column == "disclaimer"_L1)
        return m.disclaimer;
    if (column == "sid"_L1)
        return m.sid;
    if (column == "silent"_L1)
        return optionalBool(m.silent);
    if (column == "sharedMessage"_L1) {
        if (m.sharedMessage)
            return jsonText(m.sharedMessage->raw);
        // A page parser lists in otherFields a sharedMessage it did not read: no need to build raw.
        if (!m.json.isEmpty() && !m.otherFields.contains("sharedMessage"_L1))
            return {};
        const QJsonValue shared = m.raw.value("sharedMessage"_L1);
        return shared.isObject() ? jsonText(shared.toObject()) : QString();
    }
    if (column == "duplicates"_L1)
        return QString::number(derived.duplicates);
    if (column == "problems"_L1)
        return m.problems.join(u"; "_s);
    if (column == "extra"_L1) {
        if (!m.json.isEmpty() && m.otherFields.isEmpty())
            return {};
        QJsonObject extra;
        for (auto it = m.raw.constBegin(); it != m.raw.constEnd(); ++it) {
            if (!knownFields().contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra.isEmpty() ? QString() : jsonText(extra);
    }
    return {};
}

QStringList MessageColumns::row(const Message &message, const Derived &derived, const QStringList &columns)
{
    QStringList cells;
    cells.reserve(columns.size());
    for (const QString &c : columns)
        cells.append(value(message, derived, c));
    return cells;
}

QJsonObject messageInspector(const Message &m, const Derived &derived)
{
    QJsonObject inspector;
    const QString key = m.key();
    inspector.insert(u"standardId"_s, Ids::toStandardJson(m.messageId));
    inspector.insert(u"key"_s, key);
    inspector.insert(u"urlSafeId"_s, key);
    inspector.insert(u"timeIso"_s, Times::toIso(m.timestamp));
    inspector.insert(u"plainText"_s, plainText(m));
    inspector.insert(u"duplicates"_s, derived.duplicates);
    inspector.insert(u"problems"_s, QJsonArray::fromStringList(m.problems));
    if (derived.isDuplicate)
        inspector.insert(u"duplicate"_s, true);
    return inspector;
}

QJsonObject messageJson(const Message &m, const Derived &derived)
{
    QJsonObject item = m.raw;
    item.insert(QLatin1StringView(DerivedKey), messageInspector(m, derived));
    return item;
}

bool writeMessageJson(JsonWriter *writer, const Message &m, const Derived &derived)
{
    // A server object that has "_inspector" itself is rebuilt, so that ours replaces it.
    if (!m.json.isEmpty() && !m.otherFields.contains(QLatin1StringView(DerivedKey)))
        return writer->write(m.json, QLatin1StringView(DerivedKey), messageInspector(m, derived));
    return writer->write(messageJson(m, derived));
}

} // namespace Inspector::Export
