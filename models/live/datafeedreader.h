// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"
#include "live/eventreader.h"

namespace Inspector::Live {

/** @brief One entry of GET /agent/v5/datafeeds (`V5Datafeed`). */
struct DatafeedInfo
{
    QString id;
    QString type; ///< `fanout` for datafeeds, `datahose` for the datahose's own feeds
    qint64 createdAt = 0; ///< deprecated in the spec, still sent
    QJsonObject raw;

    /** A datafeed we may read: not a datahose feed (`…_p_…`). BDK's id pattern `^[^\s_]+_f(_[^\s_]+)?$`. */
    bool isDatafeed() const;
    /** Parses the list; an error for a body that is not an array of objects. */
    static Result<QList<DatafeedInfo>> parseList(const QByteArray &body);
};

/**
 * @brief Reads datafeed v2 (the v5 endpoints) with the ackId protocol.
 *
 * Fair use: a pod allows only a few active feeds per account, so the reader first lists the
 * feeds with its tag and reuses one; it creates a feed (with the tag, at most 100 characters)
 * only when there is none. A resumed reader (setFeedId() and an ackId) checks that its feed still
 * exists: when the server let it expire, gapDetected() says so and a new feed is created.
 * A 400 on a read means the feed is gone (30 min TTL) or the ackId is bad: the reader deletes
 * the feed, creates another, reports the gap and reads again from an empty ackId (BDK does the
 * same). A 403 on create or read (too many feeds) stops it with an explanation.
 */
class DatafeedReader final : public EventReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatafeedReader)

public:
    explicit DatafeedReader(ApiClient *client, const QString &tag, QObject *parent = nullptr);

    QString tag() const { return m_tag; }
    /** The feed to resume (from a capture's state); empty = find or create one. */
    void setFeedId(const QString &feedId) { m_feedId = feedId; }
    QString feedId() const { return m_feedId; }
    void setIncludeInvisible(bool include) { m_includeInvisible = include; }

    /** The default tag: "symphony-inspector-" + the bot's username, at most 100 characters. */
    static QString defaultTag(const QString &username);
    /** An error when @p tag cannot be a datafeed tag (more than 100 characters). */
    static Result<> validateTag(const QString &tag);

Q_SIGNALS:
    /** The feed read from now on; @p reused is false when the reader created it. */
    void feedReady(const QString &feedId, bool reused);

protected:
    void prepare() override;
    ApiRequest readRequest(const QString &ackId) const override;
    void handleReadFailure(const ApiError &error) override;

private:
    void listFeeds();
    void createFeed();
    void recreate(const ApiError &why);
    ApiError explain(const ApiError &error) const;

    QString m_tag;
    QString m_feedId;
    bool m_includeInvisible = false;
    int m_recreations = 0; ///< feeds recreated since the last good read
};

} // namespace Inspector::Live
