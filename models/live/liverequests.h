// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include "api/apirequest.h"

/**
 * The datafeed v5 and datahose endpoints (agent spec, tags Datafeed and Datahose), built like the
 * catalogue of api/requests.h: exact paths, bodies of the spec's schemas, translated descriptions.
 * Reads long-poll for about 20 s on the agent, so they get a timeout well above that.
 */
namespace Inspector::LiveRequests {

constexpr int ReadTimeoutMs = 60000; ///< BDK's default read timeout; the agent answers within ~20 s
constexpr int MaxDatafeedTagLength = 100; ///< V5DatafeedCreateBody.tag maxLength
constexpr int MaxDatahoseTagLength = 80; ///< V5EventsReadBody.tag maxLength (minLength 1)

/// GET /agent/v5/datafeeds[?tag=]: the caller's active datafeeds.
ApiRequest listDatafeeds(const QString &tag = {});
/// POST /agent/v5/datafeeds with V5DatafeedCreateBody; the tag is cut to 100 characters.
ApiRequest createDatafeed(const QString &tag, bool includeInvisible);
/// POST /agent/v5/datafeeds/{id}/read with AckId {ackId, updatePresence}.
ApiRequest readDatafeed(const QString &feedId, const QString &ackId, bool updatePresence);
/// DELETE /agent/v5/datafeeds/{id}.
ApiRequest deleteDatafeed(const QString &feedId);
/// POST /agent/v5/events/read with V5EventsReadBody {type:"datahose", tag, eventTypes, scopes?, ackId,
/// updatePresence}.
ApiRequest readDatahose(const QString &tag, const QStringList &eventTypes, const QStringList &scopes,
    const QString &ackId, bool updatePresence);

} // namespace Inspector::LiveRequests
