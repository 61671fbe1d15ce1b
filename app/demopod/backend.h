// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "httptypes.h"
#include "router.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Inspector::DemoPod {

class SharedState;

/**
 * @brief The Symphony side of the demo pod: authentication, sessions, pod and agent endpoints,
 * datafeeds. Pure request -> reply logic with no socket in sight; lives on the server thread and
 * is only ever called from there.
 */
class Backend
{
public:
    Backend(const Config &config, SharedState *shared, std::shared_ptr<const DataSet> data);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    const DataSet &data() const { return *m_data; }

    HttpReply handle(const HttpRequest &request);

    /** The session token of the request stops working (fault "expired"). */
    void invalidateSession(const HttpRequest &request);
    /** Removes the datafeed named in a datafeed path; returns its id (fault "staleFeed"). */
    QString dropDatafeed(const QString &path);
    /** Every distinct event of the feed script (see Server::feedEvents). */
    QList<QJsonObject> distinctFeedEvents(bool podWide) const;

private:
    struct Session
    {
        qint64 userId = 0;
        QDeadlineTimer expiry;
    };
    struct Feed
    {
        QString id;
        QString tag;
        QString type;
        qint64 createdAt = 0;
        int acked = 0;
        int issued = 0;
    };
    struct ScriptEvent
    {
        QJsonObject json;
        QString type;
        bool external = false;
    };
    enum class Component
    {
        Pod,
        Agent
    };

    void registerRoutes();

    // Authentication.
    HttpReply rsaAuthenticate(const HttpRequest &request, bool keyManager);
    HttpReply certAuthenticate(const HttpRequest &request, bool keyManager);
    QString issueToken(qint64 userId, bool keyManager);
    /** The caller's user id, or an error reply in *error. */
    qint64 authorize(const HttpRequest &request, Component component, HttpReply *error);
    bool isAdmin(qint64 userId) const;

    // Pod.
    HttpReply sessionInfo(const HttpRequest &request);
    HttpReply streamsList(const HttpRequest &request, qint64 forUser, bool admin);
    HttpReply adminStreamsList(const HttpRequest &request);
    HttpReply streamInfo(const HttpRequest &request, const QString &sid);
    HttpReply roomInfo(const HttpRequest &request, const QString &sid);
    HttpReply roomSearch(const HttpRequest &request);
    HttpReply roomMembers(const HttpRequest &request, const QString &sid);
    HttpReply adminMembers(const HttpRequest &request, const QString &sid);
    HttpReply receipts(const HttpRequest &request, const QString &messageId);
    HttpReply messageStatus(const HttpRequest &request, const QString &messageId);
    HttpReply attachmentList(const HttpRequest &request, const QString &sid);
    HttpReply users(const HttpRequest &request);

    // Agent.
    HttpReply agentInfo(const HttpRequest &request);
    HttpReply health(const HttpRequest &request, bool extended);
    HttpReply history(const HttpRequest &request, const QString &sid);
    HttpReply oneMessage(const HttpRequest &request, const QString &messageId);
    HttpReply search(const HttpRequest &request, bool post);
    HttpReply attachment(const HttpRequest &request, const QString &sid);
    HttpReply signalsList(const HttpRequest &request);
    HttpReply signal(const HttpRequest &request, const QString &id);
    HttpReply listFeeds(const HttpRequest &request);
    HttpReply createFeed(const HttpRequest &request);
    HttpReply readFeed(const HttpRequest &request, const QString &feedId);
    HttpReply deleteFeed(const HttpRequest &request, const QString &feedId);
    HttpReply datahose(const HttpRequest &request);

    /** Stream index for a path/query id, or an error reply (400 for unknown or standard ids). */
    int resolveStream(const QString &id, HttpReply *error) const;
    /** Message for a path/query id; *error = 400 for malformed ids, `missing` status for unknown ones. */
    MessageRef resolveMessage(
        const QString &id, int missingStatus, const QString &missingMessage, HttpReply *error) const;
    HttpReply forbidden(qint64 userId) const;

    QJsonObject streamAttributes(const DemoStream &s, bool v2) const;
    QJsonObject roomDetail(const DemoStream &s) const;
    QJsonObject adminStreamInfo(const DemoStream &s) const;
    QJsonArray signalsJson() const;
    QList<QList<ScriptEvent>> eventScript(bool podWide) const;
    QJsonObject event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
        const QString &payloadKey, const QJsonObject &payload, const QString &messageId = QString()) const;
    HttpReply deliver(const QList<QList<ScriptEvent>> &batches, int *acked, int *issued, const QString &ackId,
        const QString &feedName);

    Config m_config;
    SharedState *m_shared;
    std::shared_ptr<const DataSet> m_data;
    Router m_router;
    QUrl m_baseUrl;
    QHash<QString, Session> m_sessions;
    QHash<QString, Session> m_keyManagerTokens;
    QList<Feed> m_feeds;
    int m_feedCounter = 0;
    QHash<QString, QPair<int, int>> m_datahoseCursors;
};

} // namespace Inspector::DemoPod
