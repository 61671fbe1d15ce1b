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
 * @brief The administrator's view of the pod (docs/symphony-api.md §3.3, §3.5): every stream of
 * the enterprise and any stream's members. Listings answer from the shared ListCache.
 */
class AdminEndpoints
{
public:
    AdminEndpoints(EndpointContext &context, ListCache &lists);
    void registerRoutes(Router &router);

private:
    HttpReply streamsList(const HttpRequest &request);
    HttpReply members(const HttpRequest &request, const QString &sid);
    QJsonObject adminStreamInfo(const DemoStream &s) const;

    EndpointContext &m_context;
    const DataSet &m_data;
    ListCache &m_lists;
};

} // namespace Inspector::DemoPod
