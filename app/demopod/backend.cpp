// SPDX-License-Identifier: Apache-2.0
#include "backend.h"

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

EndpointContext::EndpointContext(const Config &config_, SharedState *shared_, std::shared_ptr<DataSet> data_)
    : config(config_)
    , shared(shared_)
    , data(std::move(data_))
    , sessions(config, *data)
{ }

Backend::Backend(const Config &config, SharedState *shared, std::shared_ptr<DataSet> data)
    : m_context(config, shared, std::move(data))
    , m_auth(m_context)
    , m_users(m_context)
    , m_streams(m_context, m_lists)
    , m_admin(m_context, m_lists)
    , m_details(m_context)
    , m_agent(m_context)
    , m_feeds(m_context)
{
    m_auth.registerRoutes(m_router);
    m_users.registerRoutes(m_router);
    m_streams.registerRoutes(m_router);
    m_admin.registerRoutes(m_router);
    m_details.registerRoutes(m_router);
    m_agent.registerRoutes(m_router);
    m_feeds.registerRoutes(m_router);
}

Result<QString> Backend::apply(const Mutation &mutation)
{
    Result<MutationOutcome> applied = applyMutation(*m_context.data, mutation);
    if (!applied.ok())
        return applied.error();
    if (applied.value().streamChanged)
        m_lists.clear();
    return std::move(applied).value().messageId;
}

HttpReply Backend::handle(const HttpRequest &request)
{
    Router::Handler handler;
    QString argument;
    switch (m_router.find(request.method, request.path, &handler, &argument)) {
    case Router::Match::Found:
        return handler(request, argument);
    case Router::Match::WrongMethod:
        return HttpReply::error(405,
            u"Method "_s + QString::fromLatin1(request.method) + u" is not allowed on "_s + request.path);
    case Router::Match::NotFound:
        break;
    }
    return HttpReply::error(404, u"No such endpoint: "_s + request.path);
}

} // namespace Inspector::DemoPod
