// SPDX-License-Identifier: Apache-2.0
// Agent and session: health, agent information, signals, authentication tokens, error bodies.
#include "data/parse.h"

#include "data/fieldreader.h"
#include "data/parsebody.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using namespace Detail;

namespace {

Signal readSignal(const QJsonObject &o, const QString &path)
{
    Signal s;
    s.raw = o;
    FieldReader r(o, &s.problems, path);
    r.require("id"_L1);
    s.id = r.string("id"_L1);
    s.name = r.string("name"_L1);
    s.query = r.string("query"_L1);
    s.visibleOnProfile = r.boolean("visibleOnProfile"_L1);
    s.companyWide = r.boolean("companyWide"_L1);
    s.timestamp = r.integer("timestamp"_L1);
    return s;
}

HealthComponent readHealthComponent(const QJsonObject &o, const QString &path)
{
    HealthComponent c;
    c.raw = o;
    FieldReader r(o, &c.problems, path);
    c.status = r.string("status"_L1);
    c.version = r.string("version"_L1);
    c.message = r.string("message"_L1);
    c.authType = r.string("authType"_L1);
    return c;
}

QMap<QString, HealthComponent> readHealthMap(FieldReader &r, QLatin1StringView group)
{
    QMap<QString, HealthComponent> out;
    const QJsonObject map = r.object(group);
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString componentPath = r.path(group) + u'.' + it.key();
        HealthComponent c;
        if (it.value().isObject()) {
            c = readHealthComponent(it.value().toObject(), componentPath);
        } else {
            c.problems.append(
                FieldReader::wrongTypeSentence(componentPath, FieldReader::Expect::Object, it.value()));
        }
        c.name = it.key();
        c.group = QString(group);
        r.adopt(c.problems);
        out.insert(it.key(), std::move(c));
    }
    return out;
}

Health readHealth(const QJsonObject &o, const QString &path)
{
    Health h;
    h.raw = o;
    FieldReader r(o, &h.problems, path);
    r.require("status"_L1);
    h.status = r.string("status"_L1);
    h.version = r.string("version"_L1);
    h.services = readHealthMap(r, "services"_L1);
    h.users = readHealthMap(r, "users"_L1);
    return h;
}

AgentInfo readAgentInfo(const QJsonObject &o, const QString &path)
{
    AgentInfo a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
    a.ipAddress = r.string("ipAddress"_L1);
    a.hostname = r.string("hostname"_L1);
    a.serverFqdn = r.string("serverFqdn"_L1);
    a.version = r.string("version"_L1);
    a.url = r.string("url"_L1);
    a.onPrem = r.boolean("onPrem"_L1);
    a.mt = r.boolean("mt"_L1);
    a.commitId = r.string("commitId"_L1);
    return a;
}

Token readToken(const QJsonObject &o, const QString &path)
{
    Token t;
    t.raw = o;
    FieldReader r(o, &t.problems, path);
    t.name = r.string("name"_L1);
    r.require("token"_L1);
    t.token = r.string("token"_L1);
    t.authorizationToken = r.string("authorizationToken"_L1);
    return t;
}

ErrorBody readErrorBody(const QJsonObject &o, const QString &path)
{
    ErrorBody e;
    e.raw = o;
    FieldReader r(o, &e.problems, path);
    const qint64 code = r.integer("code"_L1);
    if (code < std::numeric_limits<int>::min() || code > std::numeric_limits<int>::max()) {
        r.wrongType(r.path("code"_L1), FieldReader::Expect::Integer, o.value("code"_L1));
    } else {
        e.code = int(code);
    }
    e.message = r.string("message"_L1);
    e.details = r.object("details"_L1);
    return e;
}

} // namespace

Result<QList<Signal>> signalList(const QByteArray &body)
{
    return parseArray<Signal>(body, Text::tr("a list of signals"), readSignal);
}

Result<Signal> signal(const QByteArray &body)
{
    return parseObject<Signal>(body, Text::tr("a signal"), readSignal);
}

Result<Health> health(const QByteArray &body)
{
    return parseObject<Health>(body, Text::tr("a health report"), readHealth);
}

Result<AgentInfo> agentInfo(const QByteArray &body)
{
    return parseObject<AgentInfo>(body, Text::tr("the agent information"), readAgentInfo);
}

Result<Token> token(const QByteArray &body)
{
    return parseObject<Token>(body, Text::tr("an authentication token"), readToken);
}

Result<ErrorBody> errorBody(const QByteArray &body)
{
    return parseObject<ErrorBody>(body, Text::tr("an error description"), readErrorBody);
}

} // namespace Inspector::Parse
