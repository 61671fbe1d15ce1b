// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "adminendpoints.h"
#include "agentendpoints.h"
#include "authendpoints.h"
#include "endpointcontext.h"
#include "feedendpoints.h"
#include "httptypes.h"
#include "listcache.h"
#include "messagedetailendpoints.h"
#include "router.h"
#include "streamendpoints.h"
#include "userendpoints.h"

#include <QUrl>

#include <memory>

namespace Inspector::DemoPod {

class SharedState;

/**
 * @brief The Symphony side of the demo pod: pure request -> reply logic with no socket in sight.
 * One class per endpoint group registers its routes with the Router; the groups share the
 * EndpointContext (configuration, data set, SharedState, sessions) and, for the listings, the
 * ListCache. Every authenticated handler starts with a Gate. Lives on the server thread and is
 * only ever called from there.
 */
class Backend
{
public:
    Backend(const Config &config, SharedState *shared, std::shared_ptr<DataSet> data);

    void setBaseUrl(const QUrl &url) { m_context.baseUrl = url; }
    const DataSet &data() const { return m_context.dataSet(); }

    HttpReply handle(const HttpRequest &request);
    /** Changes the data (applyMutation) and forgets the stream lists when a stream changed; the
     *  message searches notice the changes of their own streams (MessageSearch::isStale). Returns
     *  the new message's id (empty when the change makes none), or an error when it does not apply. */
    Result<QString> apply(const Mutation &mutation);

    /** The session token of the request stops working (fault "expired"). */
    void invalidateSession(const HttpRequest &request) { m_context.sessions.invalidate(request); }
    /** Removes the datafeed named in a datafeed path; returns its id (fault "staleFeed"). */
    QString dropDatafeed(const QString &path) { return m_feeds.dropDatafeed(path); }

private:
    EndpointContext m_context;
    ListCache m_lists;
    AuthEndpoints m_auth;
    UserEndpoints m_users;
    StreamEndpoints m_streams;
    AdminEndpoints m_admin;
    MessageDetailEndpoints m_details;
    AgentEndpoints m_agent;
    FeedEndpoints m_feeds;
    Router m_router;
};

} // namespace Inspector::DemoPod
