// SPDX-License-Identifier: Apache-2.0
// Datafeed v2 (v5 endpoints) and datahose of the demo pod (docs/symphony-api.md §8, §15.7).
#include "feedendpoints.h"

#include "demodata.h"
#include "endpointcontext.h"
#include "gate.h"
#include "requestparams.h"
#include "router.h"
#include "sharedstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr int MaxActiveFeeds = 20;

const QStringList &realTimeEventTypes()
{
    static const QStringList types {u"MESSAGESENT"_s, u"MESSAGESUPPRESSED"_s, u"SYMPHONYELEMENTSACTION"_s,
        u"SHAREDPOST"_s, u"INSTANTMESSAGECREATED"_s, u"ROOMCREATED"_s, u"ROOMUPDATED"_s, u"ROOMDEACTIVATED"_s,
        u"ROOMREACTIVATED"_s, u"USERREQUESTEDTOJOINROOM"_s, u"USERJOINEDROOM"_s, u"USERLEFTROOM"_s,
        u"ROOMMEMBERPROMOTEDTOOWNER"_s, u"ROOMMEMBERDEMOTEDFROMOWNER"_s, u"CONNECTIONREQUESTED"_s,
        u"CONNECTIONACCEPTED"_s, u"GENERICSYSTEMEVENT"_s};
    return types;
}

HttpReply feedNotFound(const QString &id)
{
    return HttpReply::error(400, u"Datafeed "_s + id + u" not found"_s);
}

} // namespace

FeedEndpoints::FeedEndpoints(EndpointContext &context)
    : m_context(context)
    , m_script(context.config, context.dataSet())
{
    const qint64 created = Demo::M1Timestamp - 2 * 3600000;
    m_feeds.append({QString::fromLatin1(Demo::DatahoseFeedId), u"datahose-export-bot"_s, u"datahose"_s,
        created, Cursor {}});
    m_feeds.append(
        {QString::fromLatin1(Demo::ExistingFeedId), QString(), u"fanout"_s, created + 60000, Cursor {}});
}

void FeedEndpoints::registerRoutes(Router &router)
{
    router.add("GET", u"/agent/v5/datafeeds"_s, this, &FeedEndpoints::listFeeds);
    router.add("POST", u"/agent/v5/datafeeds"_s, this, &FeedEndpoints::createFeed);
    router.add("POST", u"/agent/v5/datafeeds/{datafeedId}/read"_s, this, &FeedEndpoints::readFeed);
    router.add("DELETE", u"/agent/v5/datafeeds/{datafeedId}"_s, this, &FeedEndpoints::deleteFeed);
    router.add("POST", u"/agent/v5/events/read"_s, this, &FeedEndpoints::datahose);
}

HttpReply FeedEndpoints::deliver(Cursor *cursor, const QString &ackId, const QString &feedName, bool podWide,
    const FeedScript::Filter &keep)
{
    if (!ackId.isEmpty()) {
        static const QRegularExpression format(u"^ack-([1-9][0-9]{0,8})$"_s);
        const QRegularExpressionMatch match = format.match(ackId);
        const int number = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (number == 0 || number > cursor->issued)
            return HttpReply::error(400, u"Invalid ackId for "_s + feedName + u": "_s + ackId);
        // Acknowledging an older batch again leaves the newer one unacknowledged: it comes back.
        // (number <= issued <= acked + 1, so a newer number acknowledges the delivery in flight.)
        if (number > cursor->acked) {
            cursor->acked = number;
            cursor->position = cursor->pendingEnd;
        }
    }
    // The next batch with anything for this reader. A reader whose filter keeps nothing of a long
    // stretch gets an empty answer after MaxScannedBatches, and the search goes on at the next read.
    const qint64 length = m_script.length();
    const qint64 limit = cursor->position + MaxScannedBatches;
    qint64 position = cursor->position;
    while (
        (length < 0 || position < length) && position < limit && !m_script.batchHas(position, podWide, keep))
        ++position;
    QJsonArray events;
    if ((length < 0 || position < length) && position < limit) {
        for (const FeedScript::Event &e : m_script.batch(position, podWide, keep))
            events.append(e.json);
        cursor->pendingEnd = position + 1;
    } else {
        cursor->pendingEnd = position;
    }
    const int delivery = cursor->acked + 1;
    cursor->issued = qMax(cursor->issued, delivery);
    HttpReply reply = HttpReply::json(200,
        QJsonObject {{u"events"_s, events}, {u"ackId"_s, QString(u"ack-"_s + QString::number(delivery))}});
    if (events.isEmpty())
        reply.delayMs = m_context.config.longPollMs;
    return reply;
}

HttpReply FeedEndpoints::listFeeds(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    QueryReader q(request.query);
    const bool filtered = q.has(u"tag"_s);
    const QString tag = q.text(u"tag"_s);
    QJsonArray out;
    for (const Feed &f : m_feeds) {
        if (filtered && f.tag != tag)
            continue;
        out.append(QJsonObject {{u"id"_s, f.id}, {u"createdAt"_s, f.createdAt}, {u"type"_s, f.type}});
    }
    return HttpReply::json(200, out);
}

HttpReply FeedEndpoints::createFeed(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    HttpReply error;
    QJsonObject body;
    if (!readJsonObject(request.body, false, &body, &error))
        return error;
    const QJsonValue tag = body.value(u"tag"_s);
    const QJsonValue invisible = body.value(u"includeInvisible"_s);
    if ((!tag.isUndefined() && !tag.isString()) || (!invisible.isUndefined() && !invisible.isBool()))
        return HttpReply::error(400, u"tag must be a string and includeInvisible a boolean"_s);
    if (tag.toString().size() > 100)
        return HttpReply::error(400, u"tag must be at most 100 characters"_s);
    const qsizetype fanouts = std::count_if(
        m_feeds.cbegin(), m_feeds.cend(), [](const Feed &f) { return f.type == u"fanout"_s; });
    if (fanouts >= MaxActiveFeeds)
        return HttpReply::error(403, u"Too many feeds created: the limit is 20 active feeds"_s);
    const QByteArray seed = "demopod-feed-" + QByteArray::number(++m_feedCounter);
    Feed feed;
    feed.id = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex()) + u"_f"_s;
    feed.tag = tag.toString();
    feed.type = u"fanout"_s;
    feed.createdAt = QDateTime::currentMSecsSinceEpoch();
    m_feeds.append(feed);
    return HttpReply::json(
        201, QJsonObject {{u"id"_s, feed.id}, {u"createdAt"_s, feed.createdAt}, {u"type"_s, feed.type}});
}

HttpReply FeedEndpoints::readFeed(const HttpRequest &request, const QString &feedId)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    HttpReply error;
    const auto it
        = std::find_if(m_feeds.begin(), m_feeds.end(), [&feedId](const Feed &f) { return f.id == feedId; });
    if (it == m_feeds.end())
        return feedNotFound(feedId);
    QJsonObject body;
    if (!readJsonObject(request.body, false, &body, &error))
        return error;
    const QJsonValue ackId = body.value(u"ackId"_s);
    if (!ackId.isUndefined() && !ackId.isNull() && !ackId.isString())
        return HttpReply::error(400, u"ackId must be a string"_s);
    return deliver(&it->cursor, ackId.toString(), feedId, false, {});
}

HttpReply FeedEndpoints::deleteFeed(const HttpRequest &request, const QString &feedId)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    const auto it
        = std::find_if(m_feeds.begin(), m_feeds.end(), [&feedId](const Feed &f) { return f.id == feedId; });
    if (it == m_feeds.end())
        return feedNotFound(feedId);
    m_feeds.erase(it);
    return HttpReply::noContent();
}

QString FeedEndpoints::dropDatafeed(const QString &path)
{
    static const QRegularExpression feedPath(u"^/agent/v5/datafeeds/([^/]+)(/read)?$"_s);
    const QRegularExpressionMatch match = feedPath.match(path);
    if (!match.hasMatch())
        return QString();
    const QString id = match.captured(1);
    m_feeds.removeIf([&id](const Feed &f) { return f.id == id; });
    return id;
}

HttpReply FeedEndpoints::datahose(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    HttpReply error;
    QJsonObject body;
    if (!readJsonObject(request.body, true, &body, &error))
        return error;
    if (body.value(u"type"_s).toString() != u"datahose"_s)
        return HttpReply::error(400, u"type must be \"datahose\""_s);
    const QJsonValue tag = body.value(u"tag"_s);
    if (!tag.isString() || tag.toString().isEmpty() || tag.toString().size() > 80)
        return HttpReply::error(400, u"tag must be a string of 1 to 80 characters"_s);
    const QJsonValue typesValue = body.value(u"eventTypes"_s);
    if (!typesValue.isArray() || typesValue.toArray().isEmpty())
        return HttpReply::error(400, u"eventTypes must hold at least one real-time event type"_s);
    QStringList types;
    for (const QJsonValue &v : typesValue.toArray()) {
        if (!v.isString() || !realTimeEventTypes().contains(v.toString()))
            return HttpReply::error(400, u"Unknown event type in eventTypes: "_s + v.toVariant().toString());
        types.append(v.toString());
    }
    QStringList scopes;
    const QJsonValue scopesValue = body.value(u"scopes"_s);
    if (!scopesValue.isUndefined() && !scopesValue.isNull()) {
        if (!scopesValue.isArray())
            return HttpReply::error(400, u"scopes must be an array"_s);
        for (const QJsonValue &v : scopesValue.toArray()) {
            static const QStringList known {u"INTERNAL"_s, u"EXTERNAL"_s, u"FEDERATED"_s};
            if (!v.isString() || !known.contains(v.toString()))
                return HttpReply::error(400, u"scopes values must be INTERNAL, EXTERNAL or FEDERATED"_s);
            scopes.append(v.toString());
        }
    }
    const QJsonValue ackId = body.value(u"ackId"_s);
    if (!ackId.isUndefined() && !ackId.isNull() && !ackId.isString())
        return HttpReply::error(400, u"ackId must be a string"_s);
    // Messages reach the datahose decrypted by the agent's ceservice account ("In case you retrieving
    // SOCIALMESSAGE events, the credentials of the ceservice account must be properly configured"):
    // without it a read that asks for message events fails on the agent, which answers 500.
    const QHash<QString, QString> down = m_context.shared->downComponents();
    const QString ceserviceDown = down.value(u"ceservice"_s);
    if (down.contains(u"ceservice"_s)
        && (types.contains(u"MESSAGESENT"_s) || types.contains(u"SHAREDPOST"_s)))
        return HttpReply::error(500,
            u"Unable to read social messages: the ceservice account is not available ("_s + ceserviceDown
                + u")"_s);

    const FeedScript::Filter keep = [&types, &scopes](const EventGenerator::Shape &e) {
        return types.contains(e.type)
            && (scopes.isEmpty() || scopes.contains(e.external ? u"EXTERNAL"_s : u"INTERNAL"_s));
    };
    types.sort();
    scopes.sort();
    // Instances sharing account, tag and event types share one feed (and its cursor).
    const QString key = tag.toString() + u'|' + types.join(u',') + u'|' + scopes.join(u',');
    return deliver(&m_datahoseCursors[key], ackId.toString(), u"datahose "_s + tag.toString(), true, keep);
}

} // namespace Inspector::DemoPod
