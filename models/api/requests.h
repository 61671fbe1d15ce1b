// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

#include "api/apirequest.h"

/**
 * The catalogue of Symphony endpoints the inspector calls. Each function builds an ApiRequest with
 * the exact path, method, parameters and headers of the official OpenAPI files; limits are clamped
 * to the spec's maximums here, in one place. Ids are converted to the URL-safe form before they
 * go into a path or query, whatever form the caller had.
 */
namespace Inspector::Requests {

/// Page-size maximums, from the spec and docs/symphony-api.md.
namespace Limits {
constexpr int Messages = 500; ///< /agent/v4/stream/{sid}/message
constexpr int Streams = 100; ///< /pod/v1/streams/list: no maximum stated, BDK pages by 100
constexpr int AdminStreams = 100; ///< /pod/v2/admin/streams/list
constexpr int AdminMembers = 1000; ///< /pod/v1/admin/stream/{id}/membership/list
constexpr int RoomSearch = 100; ///< /pod/v3/room/search
constexpr int MessageSearch = 500; ///< /agent/v1/message/search
constexpr int Signals = 500; ///< /agent/v1/signals/list
constexpr int Attachments = 100; ///< /pod/v1/streams/{sid}/attachments (1..100)
constexpr int Users = 100; ///< /pod/v3/users: at most 100 values per call
} // namespace Limits

struct StreamFilter
{
    QStringList types; ///< IM, MIM, ROOM, POST; empty = all
    bool includeInactive = false;
    QJsonObject toJson() const;
    QJsonObject toAdminJson() const; ///< V2AdminStreamFilter (no POST type there)
};

// Diagnostics (no token)
ApiRequest agentInfo();
ApiRequest health();
ApiRequest healthExtended();
// Session
ApiRequest sessionInfo();
// Authentication
ApiRequest rsaSessionAuth(const QByteArray &jwt);
ApiRequest rsaKeyManagerAuth(const QByteArray &jwt);
ApiRequest certSessionAuth();
ApiRequest certKeyManagerAuth();
// Streams
ApiRequest streams(const StreamFilter &filter, int skip, int limit);
ApiRequest adminStreams(const StreamFilter &filter, int skip, int limit);
ApiRequest userStreams(qint64 userId, const StreamFilter &filter, int skip, int limit);
ApiRequest streamInfo(const QString &streamId);
ApiRequest roomInfo(const QString &roomId);
ApiRequest roomSearch(const QJsonObject &criteria, int skip, int limit);
ApiRequest roomMembers(const QString &roomId);
ApiRequest adminMembers(const QString &streamId, int skip, int limit);
// Messages
ApiRequest messages(const QString &streamId, qint64 since, std::optional<qint64> until, int skip, int limit);
ApiRequest message(const QString &messageId);
/// `query` in the `field:value AND field:value` syntax of GET /agent/v1/message/search.
ApiRequest messageSearch(const QString &query, int skip, int limit);
/// POST /agent/v1/message/search with a MessageSearchQuery body (e.g. {"text":…, "streamId":…}).
ApiRequest messageSearch(const QJsonObject &criteria, int skip, int limit);
ApiRequest receipts(const QString &messageId, const QString &after);
ApiRequest messageStatus(const QString &messageId);
// Attachments
ApiRequest streamAttachments(
    const QString &streamId, std::optional<qint64> since, std::optional<qint64> to, int limit);
ApiRequest attachment(const QString &streamId, const QString &fileId, const QString &messageId);
// Signals
ApiRequest signalList(int skip, int limit);
ApiRequest signal(const QString &signalId);
// Users
enum class UserKey
{
    Id,
    Email,
    Username
};
/// At most Limits::Users values; the caller batches.
ApiRequest users(UserKey key, const QStringList &values, bool local);

} // namespace Inspector::Requests
