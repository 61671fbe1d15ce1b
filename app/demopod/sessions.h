// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demopodserver.h"
#include "httptypes.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

namespace Inspector::DemoPod {

class DataSet;

/** Which tokens a request must carry: pod calls a session token, agent calls also a key manager token. */
enum class Component
{
    Pod,
    Agent
};

/**
 * @brief The session and key manager tokens the pod has issued, and the check of a request's
 * tokens against them. Lives on the server thread.
 */
class Sessions
{
public:
    Sessions(const Config &config, const DataSet &data);

    /** A new token for @p userId: a JWT-shaped session token, or a random key manager token. */
    QString issue(qint64 userId, bool keyManager);
    /**
     * The caller's user id, or 0 and a 401 reply in *error. An expired token is forgotten. Agent
     * calls need a key manager token too unless the pod uses simplified key delivery.
     */
    qint64 authorize(const HttpRequest &request, Component component, HttpReply *error);
    /** The session token of the request stops working (fault "expired"). */
    void invalidate(const HttpRequest &request);

private:
    struct Session
    {
        qint64 userId = 0;
        QDeadlineTimer expiry;
    };

    qint64 m_tokenTtlMs;
    bool m_requireKeyManagerToken;
    const DataSet &m_data;
    QHash<QString, Session> m_sessions;
    QHash<QString, Session> m_keyManagerTokens;
};

} // namespace Inspector::DemoPod
