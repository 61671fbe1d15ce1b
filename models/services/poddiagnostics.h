// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "services/diagnostics.h"

namespace Inspector {

class ApiClient;

/**
 * @brief Diagnostics from the agent and the pod: `/agent/v3/health/extended` (a 503 with a health
 * body is the agent's DOWN report), `/agent/v1/info` and `/pod/v2/sessioninfo`; the expiry is the
 * client's (ApiClient::sessionExpiresAtMs()). Without a client every call ends with a
 * configuration error.
 */
class PodDiagnostics final : public Diagnostics
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodDiagnostics)

public:
    explicit PodDiagnostics(ApiClient *client, QObject *parent = nullptr);
    ~PodDiagnostics() override;

    ServiceCall *health(Sink<Health> sink, QObject *parent) override;
    ServiceCall *agentInfo(Sink<AgentInfo> sink, QObject *parent) override;
    ServiceCall *sessionUser(Sink<User> sink, QObject *parent) override;
    std::optional<qint64> sessionExpiresAtMs() const override;

private:
    QPointer<ApiClient> m_client;
};

} // namespace Inspector
