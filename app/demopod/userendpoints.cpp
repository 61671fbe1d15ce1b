// SPDX-License-Identifier: Apache-2.0
// The user endpoints of the demo pod (docs/symphony-api.md §1.4, §5).
#include "userendpoints.h"

#include "endpointcontext.h"
#include "gate.h"
#include "requestparams.h"
#include "router.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

UserEndpoints::UserEndpoints(EndpointContext &context)
    : m_context(context)
    , m_data(context.dataSet())
{ }

void UserEndpoints::registerRoutes(Router &router)
{
    router.add("GET", u"/pod/v2/sessioninfo"_s, this, &UserEndpoints::sessionInfo);
    router.add("GET", u"/pod/v3/users"_s, this, &UserEndpoints::users);
}

HttpReply UserEndpoints::sessionInfo(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate)
        return gate.reply();
    const qint64 caller = gate.caller();
    return HttpReply::json(200, m_data.userV2(*m_data.user(caller)));
}

HttpReply UserEndpoints::users(const HttpRequest &request)
{
    Gate gate(m_context, request, Component::Pod);
    if (!gate)
        return gate.reply();
    QueryReader q(request.query);
    const std::optional<bool> local = q.boolean(u"local"_s);
    const std::optional<bool> active = q.boolean(u"active"_s);
    if (!q.ok())
        return q.errorReply();
    QStringList present;
    for (const QString &name : {u"uid"_s, u"email"_s, u"username"_s}) {
        if (q.has(name))
            present.append(name);
    }
    if (present.size() != 1)
        return HttpReply::error(400, u"Exactly one of uid, email or username must be given"_s);
    const QString list = present.first();
    QStringList values;
    for (const QString &v : q.text(list).split(u',', Qt::SkipEmptyParts)) {
        if (!v.trimmed().isEmpty())
            values.append(v.trimmed());
    }
    if (values.isEmpty())
        return HttpReply::error(400, u"The "_s + list + u" list is empty"_s);
    if (values.size() > 100)
        return HttpReply::error(
            400, u"At most 100 values may be given, got "_s + QString::number(values.size()));

    QJsonArray found;
    QJsonArray errors;
    QSet<qint64> seen;
    // UserError only knows "email" and "id"; a username that matched nobody is reported as "id".
    const QString errorKey = list == u"email"_s ? u"email"_s : u"id"_s;
    for (const QString &value : values) {
        const DemoUser *u = nullptr;
        if (list == u"uid"_s) {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (ok)
                u = m_data.user(id);
        } else if (list == u"email"_s) {
            u = m_data.userByEmail(value);
        } else {
            u = m_data.userByUsername(value);
        }
        if (u && local.value_or(false) && u->external)
            u = nullptr;
        if (!u) {
            errors.append(QJsonObject {{u"error"_s, u"invalid.format"_s}, {errorKey, value}});
            continue;
        }
        if (active.has_value() && *active != u->active)
            continue;
        if (seen.contains(u->id))
            continue;
        seen.insert(u->id);
        found.append(m_data.userV2(*u));
    }
    if (found.isEmpty())
        return HttpReply::noContent();
    QJsonObject out {{u"users"_s, found}};
    if (!errors.isEmpty())
        out.insert(u"errors"_s, errors);
    return HttpReply::json(200, out);
}

} // namespace Inspector::DemoPod
