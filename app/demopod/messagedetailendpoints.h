// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "httptypes.h"

namespace Inspector::DemoPod {

struct EndpointContext;
class Router;

/**
 * @brief What the pod tells about one message beyond its body (docs/symphony-api.md §6, §9):
 * receipts (administrators), delivery status, a stream's attachment list and one attachment's bytes.
 */
class MessageDetailEndpoints
{
public:
    explicit MessageDetailEndpoints(EndpointContext &context);
    void registerRoutes(Router &router);

private:
    HttpReply receipts(const HttpRequest &request, const QString &messageId);
    HttpReply messageStatus(const HttpRequest &request, const QString &messageId);
    HttpReply attachmentList(const HttpRequest &request, const QString &sid);
    HttpReply attachment(const HttpRequest &request, const QString &sid);

    EndpointContext &m_context;
    const DataSet &m_data;
};

} // namespace Inspector::DemoPod
