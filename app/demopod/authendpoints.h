// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptypes.h"

namespace Inspector::DemoPod {

struct EndpointContext;
class Router;

/**
 * @brief Login: RSA (signed JWT) and certificate authentication for sessions and key manager
 * tokens (docs/symphony-api.md §1). Issues tokens into the context's Sessions.
 */
class AuthEndpoints
{
public:
    explicit AuthEndpoints(EndpointContext &context);
    void registerRoutes(Router &router);

private:
    HttpReply rsaAuthenticate(const HttpRequest &request, bool keyManager);
    HttpReply certAuthenticate(const HttpRequest &request, bool keyManager);
    HttpReply tokenReply(qint64 userId, bool keyManager);

    EndpointContext &m_context;
};

} // namespace Inspector::DemoPod
