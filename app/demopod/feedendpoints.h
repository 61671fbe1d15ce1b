// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "feedscript.h"
#include "httptypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Inspector::DemoPod {

struct EndpointContext;
class Router;

/**
 * @brief Datafeed v2 (the v5 endpoints) and the datahose (docs/symphony-api.md §8, §15.7): the
 * feeds, each reader's cursor in the FeedScript, and acknowledgement of deliveries.
 */
class FeedEndpoints
{
public:
    explicit FeedEndpoints(EndpointContext &context);
    void registerRoutes(Router &router);

    /** Removes the datafeed named in a datafeed path; returns its id (fault "staleFeed"). */
    QString dropDatafeed(const QString &path);

private:
    /** Where a reader is in the feed script: delivery numbers (ackIds) and batch positions. */
    struct Cursor
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
        Cursor cursor;
    };
    /** A read whose filter keeps nothing looks at most this many batches before answering empty. */
    static constexpr int MaxScannedBatches = 10000;

    HttpReply listFeeds(const HttpRequest &request);
    HttpReply createFeed(const HttpRequest &request);
    HttpReply readFeed(const HttpRequest &request, const QString &feedId);
    HttpReply deleteFeed(const HttpRequest &request, const QString &feedId);
    HttpReply datahose(const HttpRequest &request);
    HttpReply deliver(Cursor *cursor, const QString &ackId, const QString &feedName, bool podWide,
        const FeedScript::Filter &keep);

    EndpointContext &m_context;
    FeedScript m_script;
    QList<Feed> m_feeds;
    int m_feedCounter = 0;
    QHash<QString, Cursor> m_datahoseCursors;
};

} // namespace Inspector::DemoPod
