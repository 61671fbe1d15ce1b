// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "eventgenerator.h"
#include "httptypes.h"
#include "messagesearch.h"
#include "router.h"

#include <QCache>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

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
    /**
     * Every distinct event of the feed script, with at most @p generatedBatches generated batches
     * (-1 = all; an endless script then lists its scripted events only). See Server::feedEvents.
     */
    QList<QJsonObject> distinctFeedEvents(bool podWide, qint64 generatedBatches = -1);

private:
    struct Session
    {
        qint64 userId = 0;
        QDeadlineTimer expiry;
    };
    /** Where a reader is in the feed script: delivery numbers (ackIds) and batch positions. */
    struct FeedCursor
    {
        int acked = 0; ///< the last delivery acknowledged
        int issued = 0; ///< the last delivery answered (acked or acked + 1)
        qint64 position = 0; ///< the script position the next delivery starts searching from
        qint64 pendingEnd = 0; ///< the position after the delivery in flight (acked + 1)
    };
    struct Feed
    {
        QString id;
        QString tag;
        QString type;
        qint64 createdAt = 0;
        FeedCursor cursor;
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
    /**
     * The stream indexes a listing answers from, made by @p make on the first request with this
     * @p key and kept (the data never changes): a page then costs its own streams.
     */
    QList<int> cachedList(const QString &key, const std::function<QList<int>()> &make);
    // The feed script: the three §15.7 batches, then the generator's (eventgenerator.h).
    using EventFilter = EventGenerator::Filter;
    static constexpr int ScriptedBatches = 3;
    /** A read whose filter keeps nothing looks at most this many batches before answering empty. */
    static constexpr int MaxScannedBatches = 10000;
    QList<QList<ScriptEvent>> makeScriptedBatches(bool podWide) const;
    /** Batches in the script, -1 when endless. */
    qint64 scriptLength() const;
    /** Batch @p position of the script with the events @p keep accepts (all when empty). */
    QList<ScriptEvent> scriptBatch(qint64 position, bool podWide, const EventFilter &keep);
    bool scriptBatchHas(qint64 position, bool podWide, const EventFilter &keep);
    QJsonObject event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
        const QString &payloadKey, const QJsonObject &payload, const QString &messageId = QString()) const;
    HttpReply deliver(FeedCursor *cursor, const QString &ackId, const QString &feedName, bool podWide,
        const EventFilter &keep);

    Config m_config;
    SharedState *m_shared;
    std::shared_ptr<const DataSet> m_data;
    Router m_router;
    QUrl m_baseUrl;
    QHash<QString, Session> m_sessions;
    QHash<QString, Session> m_keyManagerTokens;
    QList<Feed> m_feeds;
    int m_feedCounter = 0;
    QHash<QString, FeedCursor> m_datahoseCursors;
    std::unique_ptr<EventGenerator> m_generator;
    std::optional<QList<QList<ScriptEvent>>> m_scripted[2]; ///< datafeed, datahose; made on first use
    QCache<QString, MessageSearch> m_searches; ///< searches under way, by caller, order and criteria
    QCache<QString, QList<int>> m_lists; ///< see cachedList()
};

} // namespace Inspector::DemoPod
