// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "httptypes.h"
#include "messagesearch.h"

#include <QCache>
#include <QJsonArray>

namespace Inspector::DemoPod {

struct EndpointContext;
class Router;

/**
 * @brief The agent's own endpoints and its messages (docs/symphony-api.md §2, §4, §7): agent info
 * and health, a stream's history, one message, message search (a search under way goes on from
 * where the previous page left it) and signals.
 */
class AgentEndpoints
{
public:
    explicit AgentEndpoints(EndpointContext &context);
    void registerRoutes(Router &router);

private:
    HttpReply agentInfo(const HttpRequest &request);
    HttpReply health(const HttpRequest &request, bool extended);
    HttpReply history(const HttpRequest &request, const QString &sid);
    HttpReply oneMessage(const HttpRequest &request, const QString &messageId);
    HttpReply search(const HttpRequest &request, bool post);
    HttpReply signalsList(const HttpRequest &request);
    HttpReply signal(const HttpRequest &request, const QString &id);
    static QJsonArray signalsJson();

    EndpointContext &m_context;
    const DataSet &m_data;
    QCache<QString, MessageSearch> m_searches; ///< searches under way, by caller, order and criteria
};

} // namespace Inspector::DemoPod
