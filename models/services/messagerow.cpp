// SPDX-License-Identifier: Apache-2.0
#include "services/messagerow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "data/displayname.h"
#include "data/parse.h"
#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

// The server's own bytes when the parser kept them (Message::json), else the object written compact.
QByteArray compactJson(const Message &m)
{
    if (!m.json.isEmpty())
        return m.json;
    return QJsonDocument(QJsonObject(m.raw)).toJson(QJsonDocument::Compact);
}

QString plainTextOfMessage(const Message &m)
{
    if (m.message.isEmpty() && !m.diagnostic.isEmpty())
        return u'[' + m.diagnostic + u']';
    return PresentationMl::toPlainText(m.message, m.data);
}

} // namespace

MessageRow MessageRow::of(const Message &m, QString *wholeText)
{
    MessageRow row;
    row.timestamp = m.timestamp;
    row.senderId = m.user.userId;
    row.attachments = quint16(qMin<qsizetype>(m.attachments.size(), 0xffff));
    int flags = 0;
    if (!m.replacing.isEmpty())
        flags |= Edited;
    if (!m.replacedBy.isEmpty())
        flags |= ReplacedLater;
    if (m.externalRecipients.value_or(false) || m.stream.external || m.stream.crossPod)
        flags |= External;
    if (!m.diagnostic.isEmpty())
        flags |= Undecryptable;
    const QString text = plainTextOfMessage(m);
    QString line = text;
    line.replace(u'\n', u' ');
    if (line.size() > LineChars)
        line = line.left(LineChars) + u'\u2026';
    if (line != text)
        flags |= TextCut;
    if (wholeText)
        *wholeText = text;

    const QByteArray json = compactJson(m);
    QByteArray id = m.messageId.toUtf8();
    if (id.size() > 0xffff) {
        flags |= IdInJson;
        id.clear();
    }
    const QByteArray lineUtf8 = line.toUtf8(); // at most 3 * (LineChars + 1) bytes
    row.bytes.reserve(json.size() + id.size() + lineUtf8.size());
    row.bytes.append(json).append(id).append(lineUtf8);
    row.idBytes = quint16(id.size());
    row.lineBytes = quint16(lineUtf8.size());
    row.flags = quint16(flags);
    return row;
}

QString MessageRow::id() const
{
    if (flags & IdInJson)
        return QJsonDocument::fromJson(json().toByteArray()).object().value("messageId"_L1).toString();
    return QString::fromUtf8(QByteArrayView(bytes).sliced(bytes.size() - idBytes - lineBytes, idBytes));
}

QString MessageRow::plainText() const
{
    return (flags & TextCut) ? plainTextOf(json()) : line();
}

Message MessageRow::message() const
{
    // The page reader (simdjson), as for the page the row came from: `raw` stays lazy and `json`
    // keeps these bytes, so the details' JSON tab reads them once, and only when it is opened.
    const QByteArrayView object = json();
    QByteArray page;
    page.reserve(object.size() + 2);
    page.append('[').append(object).append(']');
    auto parsed = Parse::messages(page);
    if (!parsed.ok() || parsed.value.size() != 1)
        return {};
    return parsed.value.takeFirst();
}

QString MessageRow::plainTextOf(QByteArrayView json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    const QString pml = o.value("message"_L1).toString();
    if (pml.isEmpty() && o.contains("diagnostic"_L1))
        return u'[' + o.value("diagnostic"_L1).toString() + u']';
    return PresentationMl::toPlainText(pml, o.value("data"_L1).toString());
}

quint64 MessageRow::keyOf(const QString &normalizedId)
{
    return quint64(
        qHashBits(normalizedId.constData(), size_t(normalizedId.size()) * sizeof(QChar), 0x5f3759df));
}

MessageBatch MessageBatch::of(const QList<Message> &messages, const QList<int> &order)
{
    MessageBatch batch;
    batch.rows.reserve(size_t(order.size()));
    batch.keys.reserve(size_t(order.size()));
    QSet<qint64> seen;
    for (int i : order) {
        const Message &m = messages.at(i);
        batch.rows.push_back(MessageRow::of(m));
        batch.keys.push_back(MessageRow::keyOf(m.key()));
        if (!seen.contains(m.user.userId)) {
            seen.insert(m.user.userId);
            batch.names.append({m.user.userId, DisplayName::of(m.user)});
        }
    }
    return batch;
}

MessageBatch MessageBatch::of(const QList<Message> &messages)
{
    QList<int> order(messages.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    return of(messages, order);
}

} // namespace Inspector
