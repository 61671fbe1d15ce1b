// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "httptypes.h"

#include <QJsonObject>

namespace Inspector::DemoPod {

struct EndpointContext;
class ListCache;
class Router;

/**
 * @brief The caller's streams and rooms (docs/symphony-api.md §3): stream listings (the caller's
 * and, for an administrator, another user's), stream and room details, room search and room
 * members. Listings answer from the shared ListCache.
 */
class StreamEndpoints
{
public:
    StreamEndpoints(EndpointContext &context, ListCache &lists);
    void registerRoutes(Router &router);

    /** A stream as the v1 listing (@p v2 = false) or v2 stream info (true) shows it. */
    QJsonObject streamAttributes(const DemoStream &s, bool v2) const;
    /** A room as room info and room search show it (V3RoomDetail). */
    QJsonObject roomDetail(const DemoStream &s) const;

private:
    HttpReply streamsList(const HttpRequest &request, qint64 forUser, bool admin);
    HttpReply userStreamsList(const HttpRequest &request, const QString &uid);
    HttpReply ownStreamsList(const HttpRequest &request);
    HttpReply streamInfo(const HttpRequest &request, const QString &sid);
    HttpReply roomInfo(const HttpRequest &request, const QString &sid);
    HttpReply roomSearch(const HttpRequest &request);
    HttpReply roomMembers(const HttpRequest &request, const QString &sid);

    EndpointContext &m_context;
    const DataSet &m_data;
    ListCache &m_lists;
};

} // namespace Inspector::DemoPod
