// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

#include "data/message.h"
#include "data/parse.h"
#include "data/stream.h"
#include "data/user.h"

namespace Inspector {

/**
 * @brief One real-time event of the datafeed or the datahose (agent `V4Event`).
 *
 * `raw` is the server's object unchanged (captures write it as is). The derived fields say what
 * the event is about whatever its type: who did it, in which stream, and for message events the
 * message and a short plain-text preview. Same conventions as every value type of data/.
 */
struct Event
{
    QString id; ///< random and short; can repeat for simultaneous actions, so never a key alone
    QString type; ///< `MESSAGESENT`, `ROOMCREATED`, … (realTimeTypes()); unknown types are kept as sent
    qint64 timestamp = 0;
    QString messageId; ///< the top-level `messageId` (message events), as sent
    QString diagnostic;
    UserRef initiator;
    /** The conversation: the payload's `stream`, or the message's for message events. */
    StreamRef stream;
    /** The user the action was done to (joined, left, promoted, requested, connected). */
    UserRef affectedUser;
    /** MESSAGESENT and SHAREDPOST: the message. */
    std::shared_ptr<const Message> message;
    /** One line of plain text: the message text, or a room's name; at most previewLength characters. */
    QString preview;

    QJsonObject raw;
    QStringList problems;

    static constexpr int PreviewLength = 160;

    bool isKnownType() const { return realTimeTypes().contains(type); }
    /** "TYPE|id|timestamp|messageId" (message id normalized): delivery is at least once and `id` alone can
     * repeat. */
    QString key() const;
    /** The derived fields as JSON, for the `_inspector` object of captures and exports. */
    QJsonObject derivedJson() const;

    /** Every Real-Time Event type of the spec (V4Event.type), in the spec's order. */
    static const QStringList &realTimeTypes();
    /** The payload key of a type (`MESSAGESENT` -> `messageSent`); empty for unknown types. */
    static QString payloadKey(const QString &type);
    /** Event types whose payload carries a message (the datahose needs ceservice for them). */
    static bool isMessageType(const QString &type);
};

/** @brief A `V5EventList`: one batch of a feed read. */
struct EventList
{
    QList<Event> events;
    QString ackId;
    QJsonObject raw;
    QStringList problems;
};

namespace Parse {

/** One `V4Event`. Never fails: problems are recorded on the event. */
Event eventFromJson(const QJsonObject &object);
/**
 * `POST /agent/v5/datafeeds/{id}/read` and `POST /agent/v5/events/read`: `V5EventList`.
 * Fatal (error set) when the body is not a JSON object, `events` is not an array, an item of it is
 * not an object, or `ackId` is missing or not a string: such a batch cannot be stored or acknowledged.
 */
Result<EventList> eventList(const QByteArray &body);

} // namespace Parse

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::Event)
