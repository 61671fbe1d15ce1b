// SPDX-License-Identifier: Apache-2.0
#include "router.h"

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.handler = std::move(handler);
    const qsizetype open = pattern.indexOf(u'{');
    if (open < 0) {
        route.prefix = pattern;
    } else {
        const qsizetype close = pattern.indexOf(u'}', open);
        Q_ASSERT(close > open);
        route.prefix = pattern.left(open);
        route.suffix = pattern.mid(close + 1);
        route.hasArgument = true;
    }
    m_routes.append(std::move(route));
}

bool Router::matches(const Route &route, const QString &path, QString *argument)
{
    if (!route.hasArgument)
        return path == route.prefix;
    if (path.size() <= route.prefix.size() + route.suffix.size())
        return false;
    if (!path.startsWith(route.prefix) || !path.endsWith(route.suffix))
        return false;
    *argument = path.mid(route.prefix.size(), path.size() - route.prefix.size() - route.suffix.size());
    return true;
}

Router::Match Router::find(
    const QByteArray &method, const QString &path, Handler *handler, QString *argument) const
{
    bool pathKnown = false;
    // A literal route such as /agent/v1/message/search hides the placeholder route
    // /agent/v1/message/{id} for every method.
    for (const Route &route : m_routes) {
        if (route.hasArgument || route.prefix != path)
            continue;
        if (route.method == method) {
            *handler = route.handler;
            argument->clear();
            return Match::Found;
        }
        pathKnown = true;
    }
    if (pathKnown)
        return Match::WrongMethod;
    for (const Route &route : m_routes) {
        QString arg;
        if (!route.hasArgument || !matches(route, path, &arg))
            continue;
        if (route.method == method) {
            *handler = route.handler;
            *argument = arg;
            return Match::Found;
        }
        pathKnown = true;
    }
    return pathKnown ? Match::WrongMethod : Match::NotFound;
}

} // namespace Inspector::DemoPod
