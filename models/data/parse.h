// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/errorbody.h"
#include "data/health.h"
#include "data/message.h"
#include "data/receipt.h"
#include "data/signalinfo.h"
#include "data/stream.h"
#include "data/token.h"
#include "data/user.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * @brief JSON response bodies -> value structs.
 *
 * Every function is a pure function of its input (no shared state), so pages can be parsed on worker
 * threads. Parsing is forgiving below the top level: a field of the wrong type is recorded as a
 * problem on its record, which is kept, and parsing goes on. Only a body that is not JSON, or whose
 * top level has the wrong shape, is fatal.
 */
namespace Inspector::Parse {

/**
 * Repairs JSON text in place so that it decodes to valid Unicode: invalid UTF-8 sequences become
 * U+FFFD (EF BF BD) and escapes of lone surrogates (backslash-u D800 to DFFF) become the escape of U+FFFD;
 * valid escaped pairs stay. Returns how many were replaced. The bytes stay valid JSON if they were.
 */
int repairJsonText(QByteArray *json);

template<typename T> struct Result
{
    T value {};
    /** Fatal error, one sentence for a person ("The server sent malformed JSON (…)."); empty on success. */
    QString error;
    /**
     * Number of records kept with problems: each list item with a non-empty `problems`, plus the
     * envelope or single object itself when its own `problems` is not empty.
     */
    int flagged = 0;
    /**
     * Characters the server sent that cannot be text (bytes that are not UTF-8, escapes of half a
     * surrogate pair): each became U+FFFD instead of failing the whole body.
     */
    int replaced = 0;

    bool ok() const { return error.isEmpty(); }
};

// Body -> struct. Array-shaped parsers (and users) read an empty body as an empty list, because
// several list endpoints answer 204 No Content instead of []. An item of an array that is not an
// object is kept as an empty record with one problem, so item counts (used for skip) stay right.

/**
 * `/agent/v4/stream/{sid}/message`, message search: array of `V4Message`. Reads the page with
 * simdjson (about 40 times faster than QJsonDocument) and keeps each message's bytes in
 * Message::json; the values, problems, counts and error sentences are those of
 * messagesReference(), which it falls back to for a body it does not take (malformed JSON, a wrong
 * shape) and, message by message, for any message with a field of an unexpected type.
 */
Result<QList<Message>> messages(const QByteArray &body);
/** The same with QJsonDocument: the reference messages() is tested against (no Message::json). */
Result<QList<Message>> messagesReference(const QByteArray &body);

/** @brief What since+skip paging needs of a message page: each message's timestamp, the first one's id. */
struct MessagePageOutline
{
    QList<qint64> timestamps;
    /** As sent; empty when the first message has none. */
    QString firstMessageId;
};
/**
 * Reads only the outline of a message page, several times faster than messages(), so that the next
 * page can be asked for while this one is parsed. Returns nothing unless the page is plain: valid
 * UTF-8 JSON, an array of objects without duplicate keys, each with an integer `timestamp`, the first
 * with a string `messageId` or none. For such a page messages() reads the same timestamps and id.
 */
std::optional<MessagePageOutline> messagePageOutline(const QByteArray &body);
/** `/agent/v1/message/{id}`: one `V4Message`. */
Result<Message> message(const QByteArray &body);
/** `/pod/v1/streams/list`: array of `StreamAttributes`. */
Result<QList<Stream>> streams(const QByteArray &body);
/** `/pod/v2/admin/streams/list`: `V2AdminStreamList`. */
Result<AdminStreamList> adminStreams(const QByteArray &body);
/** `/pod/v2/streams/{sid}/info`: `V2StreamAttributes`. */
Result<StreamInfo> streamInfo(const QByteArray &body);
/** `/pod/v3/room/{id}/info`: `V3RoomDetail`. */
Result<RoomDetail> roomDetail(const QByteArray &body);
/** `/pod/v3/room/search`: `V3RoomSearchResults`. */
Result<RoomSearchResult> roomSearch(const QByteArray &body);
/** `/pod/v2/room/{id}/membership/list`: array of `MemberInfo`. */
Result<QList<RoomMember>> roomMembers(const QByteArray &body);
/** `/pod/v1/admin/stream/{id}/membership/list`: `V2MembershipList`. */
Result<AdminMemberList> adminMembers(const QByteArray &body);
/** `/pod/v1/admin/messages/{messageId}/receipts`: `MessageReceiptDetailResponse`. */
Result<ReceiptPage> receipts(const QByteArray &body);
/** `/pod/v1/message/{mid}/status`: `MessageStatus`. */
Result<MessageStatus> messageStatus(const QByteArray &body);
/** `/pod/v1/streams/{sid}/attachments`: array of `StreamAttachmentItem`. */
Result<QList<StreamAttachment>> streamAttachments(const QByteArray &body);
/** `/agent/v1/signals/list`: array of `Signal`. */
Result<QList<Signal>> signalList(const QByteArray &body);
/** `/agent/v1/signals/{id}/get`: one `Signal`. */
Result<Signal> signal(const QByteArray &body);
/** `/pod/v3/users`: `V2UserList`; an empty body (204) is an empty list. */
Result<UserList> users(const QByteArray &body);
/** `/pod/v2/user`: one `UserV2`. */
Result<User> user(const QByteArray &body);
/** `/agent/v3/health`, `/agent/v3/health/extended` (both for 200 and 503): `V3Health`. */
Result<Health> health(const QByteArray &body);
/** `/agent/v1/info`: `AgentInfo`. */
Result<AgentInfo> agentInfo(const QByteArray &body);
/** Authentication endpoints: `Token`. */
Result<Token> token(const QByteArray &body);
/** Error answers of pod (`Error`) and agent (`V2Error`). */
Result<ErrorBody> errorBody(const QByteArray &body);

// Object -> struct, for payloads that arrive inside other JSON (datafeed events and the like).
// Problems name fields relative to the given object ("path: reason"); where a `path` is taken, the
// object's own path in the outer JSON goes first ("payload.messageSent.message.messageId: …").

UserRef userRefFromJson(const QJsonObject &object, const QString &path = {});
StreamRef streamRefFromJson(const QJsonObject &object, const QString &path = {});
Message messageFromJson(const QJsonObject &object, const QString &path = {});

} // namespace Inspector::Parse
