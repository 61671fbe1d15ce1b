// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "httptypes.h"

namespace Inspector::DemoPod {

struct EndpointContext;
class Router;

/** @brief The pod's users: the caller's session info and user lookups (docs/symphony-api.md §5). */
class UserEndpoints
{
public:
    explicit UserEndpoints(EndpointContext &context);
    void registerRoutes(Router &router);

private:
    HttpReply sessionInfo(const HttpRequest &request);
    HttpReply users(const HttpRequest &request);

    EndpointContext &m_context;
    const DataSet &m_data;
};

} // namespace Inspector::DemoPod
