// SPDX-License-Identifier: Apache-2.0
// The /agent endpoints of the demo pod except attachments and datafeeds (docs/symphony-api.md §2, §4, §7).
#include "agentendpoints.h"

#include "demodata.h"
#include "endpointcontext.h"
#include "gate.h"
#include "requestparams.h"
#include "router.h"
#include "sharedstate.h"

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr char AgentVersion[] = "25.8.1";

struct SearchTerm
{
    QString field; ///< lower case
    QString value;
};
using TermGroup = QList<SearchTerm>;

/** "field:value AND field:value OR ..." (AND binds tighter than OR). */
bool parseQueryString(const QString &query, QList<TermGroup> *groups, QString *error)
{
    const QStringList alternatives = query.split(u" OR "_s, Qt::SkipEmptyParts);
    for (const QString &alternative : alternatives) {
        TermGroup group;
        for (const QString &part : alternative.split(u" AND "_s, Qt::SkipEmptyParts)) {
            const QString term = part.trimmed();
            const qsizetype colon = term.indexOf(u':');
            if (colon <= 0 || colon == term.size() - 1) {
                *error = u"Invalid search term '"_s + term + u"': expected field:value"_s;
                return false;
            }
            group.append({term.left(colon).trimmed().toLower(), term.mid(colon + 1).trimmed()});
        }
        if (group.isEmpty()) {
            *error = u"Empty search query"_s;
            return false;
        }
        groups->append(group);
    }
    if (groups->isEmpty()) {
        *error = u"Empty search query"_s;
        return false;
    }
    return true;
}

QStringList streamTypesFor(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"chat"_s)
        return {u"IM"_s, u"MIM"_s};
    if (v == u"im"_s)
        return {u"IM"_s};
    if (v == u"mim"_s)
        return {u"MIM"_s};
    if (v == u"chatroom"_s || v == u"room"_s)
        return {u"ROOM"_s};
    if (v == u"post"_s)
        return {u"POST"_s};
    return {};
}

QString stripPrefix(QString tag, QChar prefix)
{
    if (tag.startsWith(prefix))
        tag.remove(0, 1);
    return tag;
}

} // namespace

AgentEndpoints::AgentEndpoints(EndpointContext &context)
    : m_context(context)
    , m_data(context.dataSet())
{
    // Costs are hits: a few tens of MB at most.
    m_searches.setMaxCost(1000000);
}

void AgentEndpoints::registerRoutes(Router &router)
{
    router.add("GET", u"/agent/v1/info"_s, this, &AgentEndpoints::agentInfo);
    router.add("GET", u"/agent/v3/health"_s,
        [this](const HttpRequest &r, const QString &) { return health(r, false); });
    router.add("GET", u"/agent/v3/health/extended"_s,
        [this](const HttpRequest &r, const QString &) { return health(r, true); });
    router.add("GET", u"/agent/v4/stream/{sid}/message"_s, this, &AgentEndpoints::history);
    router.add("POST", u"/agent/v1/message/search"_s,
        [this](const HttpRequest &r, const QString &) { return search(r, true); });
    router.add("GET", u"/agent/v1/message/search"_s,
        [this](const HttpRequest &r, const QString &) { return search(r, false); });
    router.add("GET", u"/agent/v1/message/{id}"_s, this, &AgentEndpoints::oneMessage);
    router.add("GET", u"/agent/v1/signals/list"_s, this, &AgentEndpoints::signalsList);
    router.add("GET", u"/agent/v1/signals/{id}/get"_s, this, &AgentEndpoints::signal);
}

HttpReply AgentEndpoints::agentInfo(const HttpRequest &)
{
    return HttpReply::json(200,
        QJsonObject {
            {u"ipAddress"_s, u"127.0.0.1"_s},
            {u"hostname"_s, u"localhost"_s},
            {u"serverFqdn"_s, m_context.baseUrl.host()},
            {u"version"_s, QString::fromLatin1(AgentVersion)},
            {u"url"_s, QString(m_context.baseUrl.toString() + u"/agent"_s)},
            {u"onPrem"_s, true},
            {u"mt"_s, false},
            {u"commitId"_s, u"d3m0p0d5f1e2a3b4c5d6e7f8a9b0c1d2e3f4a5b6"_s},
        });
}

HttpReply AgentEndpoints::health(const HttpRequest &, bool extended)
{
    if (!extended)
        return HttpReply::json(200, QJsonObject {{u"status"_s, u"UP"_s}});
    const QHash<QString, QString> down = m_context.shared->downComponents();
    auto component = [&down](const QString &name, const QString &version, const QString &authType) {
        QJsonObject o {{u"status"_s, down.contains(name) ? u"DOWN"_s : u"UP"_s}};
        if (!version.isEmpty())
            o.insert(u"version"_s, version);
        if (!authType.isEmpty())
            o.insert(u"authType"_s, authType);
        if (down.contains(name))
            o.insert(u"message"_s, down.value(name));
        return o;
    };
    const QJsonObject body {
        {u"status"_s, down.isEmpty() ? u"UP"_s : u"DOWN"_s},
        {u"version"_s, QString::fromLatin1(AgentVersion)},
        {u"services"_s,
            QJsonObject {
                {u"pod"_s, component(u"pod"_s, u"25.9.2"_s, QString())},
                {u"key_manager"_s, component(u"key_manager"_s, u"25.9.2"_s, QString())},
                {u"datafeed"_s, component(u"datafeed"_s, u"2.11.6"_s, QString())},
            }},
        {u"users"_s,
            QJsonObject {
                {u"agentservice"_s, component(u"agentservice"_s, QString(), u"RSA"_s)},
                {u"ceservice"_s, component(u"ceservice"_s, QString(), u"RSA"_s)},
            }},
    };
    return HttpReply::json(down.isEmpty() ? 200 : 503, body);
}

HttpReply AgentEndpoints::history(const HttpRequest &request, const QString &sid)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    QueryReader q(request.query);
    if (!q.has(u"since"_s))
        return HttpReply::error(400, u"Parameter 'since' is required"_s);
    const qint64 since = q.integer(u"since"_s, 0, 0, std::numeric_limits<qint64>::max());
    const qint64 until
        = q.integer(u"until"_s, std::numeric_limits<qint64>::max(), 0, std::numeric_limits<qint64>::max());
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 500);
    if (!q.ok())
        return q.errorReply();
    int index = -1;
    if (!gate.stream(sid, &index).canView(index))
        return gate.reply();
    // Positions in the history as served: removed messages left out, added ones in time order.
    const qint64 first = qint64(m_data.viewLowerBound(index, since)) + skip;
    const qint64 end = qMin<qint64>(m_data.viewUpperBound(index, until), first + limit);
    if (first >= end)
        return HttpReply::noContent();
    QJsonArray out;
    for (qint64 i = first; i < end; ++i)
        out.append(m_data.message(index, m_data.viewIndex(index, int(i))));
    return HttpReply::json(200, out);
}

HttpReply AgentEndpoints::oneMessage(const HttpRequest &request, const QString &messageId)
{
    Gate gate(m_context, request, Component::Agent);
    MessageRef ref;
    if (!gate.message(messageId, 204, QString(), &ref).canView(ref.stream))
        return gate.reply();
    return HttpReply::json(200, m_data.message(ref.stream, ref.index));
}

HttpReply AgentEndpoints::search(const HttpRequest &request, bool post)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    HttpReply error;
    const qint64 caller = gate.caller();
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 500);
    const QString sortDir = q.choice(u"sortDir"_s, {u"ASC"_s, u"DESC"_s}, u"DESC"_s);
    q.choice(u"tier"_s, {u"HOT"_s, u"WARM"_s, u"ALL"_s}, u"HOT"_s);
    if (!q.ok())
        return q.errorReply();

    QList<TermGroup> groups;
    QString why;
    if (post) {
        QJsonObject body;
        if (!readJsonObject(request.body, true, &body, &error))
            return error;
        TermGroup group;
        const QStringList stringFields {
            u"text"_s, u"streamId"_s, u"streamType"_s, u"hashtag"_s, u"cashtag"_s, u"signal"_s};
        const QStringList numberFields {u"author"_s, u"mention"_s, u"fromDate"_s, u"toDate"_s};
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.value().isNull())
                continue;
            if (stringFields.contains(it.key())) {
                if (!it.value().isString())
                    return HttpReply::error(400, it.key() + u" must be a string"_s);
                group.append({it.key().toLower(), it.value().toString()});
            } else if (numberFields.contains(it.key())) {
                if (!it.value().isDouble())
                    return HttpReply::error(400, it.key() + u" must be an integer"_s);
                group.append({it.key().toLower(), QString::number(it.value().toInteger())});
            }
        }
        if (group.isEmpty())
            return HttpReply::error(400, u"At least one search criterion is required"_s);
        groups.append(group);
    } else {
        if (!q.has(u"query"_s) || q.text(u"query"_s).trimmed().isEmpty())
            return HttpReply::error(400, u"Parameter 'query' is required"_s);
        if (!parseQueryString(q.text(u"query"_s), &groups, &why))
            return HttpReply::error(400, why);
    }

    // Signals expand into their own query; they may only be combined with dates.
    QList<TermGroup> expanded;
    for (const TermGroup &group : groups) {
        const auto signalIt = std::find_if(
            group.cbegin(), group.cend(), [](const SearchTerm &t) { return t.field == u"signal"_s; });
        if (signalIt == group.cend()) {
            expanded.append(group);
            continue;
        }
        TermGroup dates;
        for (const SearchTerm &t : group) {
            if (t.field == u"fromdate"_s || t.field == u"todate"_s)
                dates.append(t);
            else if (t.field != u"signal"_s)
                return HttpReply::error(400, u"signal can only be combined with fromDate and toDate"_s);
        }
        QString query;
        for (const QJsonValue &s : signalsJson()) {
            if (s.toObject().value(u"id"_s).toString() == signalIt->value)
                query = s.toObject().value(u"query"_s).toString();
        }
        if (query.isEmpty())
            return HttpReply::error(400, u"Signal not found: "_s + signalIt->value);
        QList<TermGroup> signalGroups;
        parseQueryString(query, &signalGroups, &why);
        for (TermGroup g : signalGroups)
            expanded.append(g + dates);
    }

    QList<SearchCriteria> criteria;
    for (const TermGroup &group : expanded) {
        SearchCriteria c;
        bool hasText = false;
        for (const SearchTerm &t : group) {
            bool ok = true;
            if (t.field == u"text"_s) {
                c.text = t.value;
                hasText = true;
            } else if (t.field == u"author"_s) {
                c.author = t.value.toLongLong(&ok);
            } else if (t.field == u"mention"_s) {
                c.mention = t.value.toLongLong(&ok);
            } else if (t.field == u"hashtag"_s) {
                c.hashtag = stripPrefix(t.value, u'#');
            } else if (t.field == u"cashtag"_s) {
                c.cashtag = stripPrefix(t.value, u'$');
            } else if (t.field == u"fromdate"_s) {
                c.fromDate = t.value.toLongLong(&ok);
            } else if (t.field == u"todate"_s) {
                c.toDate = t.value.toLongLong(&ok);
            } else if (t.field == u"streamid"_s) {
                c.stream = Gate::resolveStream(m_data, t.value, &error);
                if (c.stream < 0)
                    return error;
            } else if (t.field == u"streamtype"_s) {
                c.streamTypes = streamTypesFor(t.value);
                ok = !c.streamTypes.isEmpty();
            } else {
                return HttpReply::error(400, u"Unsupported search field: "_s + t.field);
            }
            if (!ok)
                return HttpReply::error(400, u"Invalid value for "_s + t.field + u": "_s + t.value);
        }
        if (hasText && c.stream < 0)
            return HttpReply::error(400, u"A text search requires a streamId"_s);
        criteria.append(c);
    }

    // The search goes on from where the previous page left it: a page costs its own messages.
    const bool ascending = sortDir == u"ASC"_s;
    QString key = QString::number(caller) + (ascending ? u"|ASC"_s : u"|DESC"_s);
    for (const SearchCriteria &c : criteria)
        key += u'|' + c.key();
    std::unique_ptr<MessageSearch> run(m_searches.take(key));
    if (!run || !run->canServe(skip) || run->isStale())
        run = std::make_unique<MessageSearch>(m_data, criteria, caller, ascending);
    QJsonArray out;
    for (const MessageRef &hit : run->page(skip, limit))
        out.append(m_data.message(hit.stream, hit.index));
    const qsizetype cost = run->cost();
    m_searches.insert(key, run.release(), cost);
    if (out.isEmpty())
        return HttpReply::noContent();
    return HttpReply::json(200, out);
}

QJsonArray AgentEndpoints::signalsJson()
{
    return QJsonArray {
        QJsonObject {
            {u"id"_s, QString::fromLatin1(Demo::RatesSignalId)},
            {u"name"_s, u"Rates chatter"_s},
            {u"query"_s, QString(u"hashtag:rates AND author:"_s + QString::number(Demo::AliceId))},
            {u"visibleOnProfile"_s, true},
            {u"companyWide"_s, false},
            {u"timestamp"_s, qint64(1767340000000)},
        },
        QJsonObject {
            {u"id"_s, QString::fromLatin1(Demo::FxSignalId)},
            {u"name"_s, u"FX"_s},
            {u"query"_s, u"cashtag:EURUSD OR hashtag:fx"_s},
            {u"visibleOnProfile"_s, false},
            {u"companyWide"_s, true},
            {u"timestamp"_s, qint64(1767340100000)},
        },
    };
}

HttpReply AgentEndpoints::signalsList(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    QueryReader q(request.query);
    const qint64 skip = q.integer(u"skip"_s, 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = q.integer(u"limit"_s, 50, 1, 500);
    if (!q.ok())
        return q.errorReply();
    const QJsonArray all = signalsJson();
    QJsonArray out;
    for (qint64 i = skip; i < all.size() && out.size() < limit; ++i)
        out.append(all.at(i));
    return HttpReply::json(200, out);
}

HttpReply AgentEndpoints::signal(const HttpRequest &request, const QString &id)
{
    Gate gate(m_context, request, Component::Agent);
    if (!gate)
        return gate.reply();
    for (const QJsonValue &s : signalsJson()) {
        if (s.toObject().value(u"id"_s).toString() == id)
            return HttpReply::json(200, s.toObject());
    }
    return HttpReply::error(400, u"Signal not found: "_s + id);
}

} // namespace Inspector::DemoPod
