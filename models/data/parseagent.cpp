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
    return readRecord<Signal>(o, path, [](Signal &s, FieldReader &r) {
        r.require("id"_L1);
        s.id = r.string("id"_L1);
        s.name = r.string("name"_L1);
        s.query = r.string("query"_L1);
        s.visibleOnProfile = r.boolean("visibleOnProfile"_L1);
        s.companyWide = r.boolean("companyWide"_L1);
        s.timestamp = r.integer("timestamp"_L1);
    });
}

HealthComponent readHealthComponent(const QJsonObject &o, const QString &path)
{
    return readRecord<HealthComponent>(o, path, [](HealthComponent &c, FieldReader &r) {
        c.status = r.string("status"_L1);
        c.version = r.string("version"_L1);
        c.message = r.string("message"_L1);
        c.authType = r.string("authType"_L1);
    });
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
    return readRecord<Health>(o, path, [](Health &h, FieldReader &r) {
        r.require("status"_L1);
        h.status = r.string("status"_L1);
        h.version = r.string("version"_L1);
        h.services = readHealthMap(r, "services"_L1);
        h.users = readHealthMap(r, "users"_L1);
    });
}

AgentInfo readAgentInfo(const QJsonObject &o, const QString &path)
{
    return readRecord<AgentInfo>(o, path, [](AgentInfo &a, FieldReader &r) {
        a.ipAddress = r.string("ipAddress"_L1);
        a.hostname = r.string("hostname"_L1);
        a.serverFqdn = r.string("serverFqdn"_L1);
        a.version = r.string("version"_L1);
        a.url = r.string("url"_L1);
        a.onPrem = r.boolean("onPrem"_L1);
        a.mt = r.boolean("mt"_L1);
        a.commitId = r.string("commitId"_L1);
    });
}

Token readToken(const QJsonObject &o, const QString &path)
{
    return readRecord<Token>(o, path, [](Token &t, FieldReader &r) {
        t.name = r.string("name"_L1);
        r.require("token"_L1);
        t.token = r.string("token"_L1);
        t.authorizationToken = r.string("authorizationToken"_L1);
    });
}

ErrorBody readErrorBody(const QJsonObject &o, const QString &path)
{
    return readRecord<ErrorBody>(o, path, [&](ErrorBody &e, FieldReader &r) {
        const qint64 code = r.integer("code"_L1);
        if (code < std::numeric_limits<int>::min() || code > std::numeric_limits<int>::max()) {
            r.wrongType(r.path("code"_L1), FieldReader::Expect::Integer, o.value("code"_L1));
        } else {
            e.code = int(code);
        }
        e.message = r.string("message"_L1);
        e.details = r.object("details"_L1);
    });
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
