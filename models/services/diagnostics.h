// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

#include "data/health.h"
#include "data/user.h"

namespace Inspector {

class ServiceCall;

/**
 * @brief The diagnostics of a source: the health of its components, the agent's info, the
 * session's user and the session token's expiry.
 *
 * Every method returns a ServiceCall (parented to @p parent) and keeps its contract (see
 * servicecall.h). What a source guarantees: each call delivers one batch of one value, from the
 * event loop, then finished(); a health report always has a status (one without is a BadResponse
 * error, no batch); a DOWN report is a value, not an error. Errors end the call without a batch;
 * cancel() stops at once, no batch afterwards; deleting the call cancels silently.
 * Lives on the thread of its source.
 */
class Diagnostics : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Diagnostics)

public:
    template<typename T> using Sink = std::function<void(const QList<T> &)>;

    explicit Diagnostics(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~Diagnostics() override = default;

    virtual ServiceCall *health(Sink<Health> sink, QObject *parent) = 0;
    virtual ServiceCall *agentInfo(Sink<AgentInfo> sink, QObject *parent) = 0;
    virtual ServiceCall *sessionUser(Sink<User> sink, QObject *parent) = 0;
    /// The session token's expiry (ms since 1970) when the source knows it; no request.
    virtual std::optional<qint64> sessionExpiresAtMs() const = 0;
};

} // namespace Inspector
