// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptypes.h"

#include <QList>
#include <QString>

#include <functional>

namespace Inspector::DemoPod {

/**
 * @brief Maps method + path to a handler. A pattern holds at most one "{name}" placeholder,
 * which takes everything between the literal prefix and suffix, slashes included: a standard
 * Base64 id such as "ab/c+d==" then still reaches its handler, which answers 400 instead of the
 * router answering 404.
 */
class Router
{
public:
    using Handler = std::function<HttpReply(const HttpRequest &request, const QString &argument)>;

    enum class Match
    {
        Found,
        WrongMethod,
        NotFound
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    /** A route to a member function taking the placeholder's value. */
    template<class T>
    void add(const QByteArray &method, const QString &pattern, T *object,
        HttpReply (T::*member)(const HttpRequest &, const QString &))
    {
        add(method, pattern, [object, member](const HttpRequest &request, const QString &argument) {
            return (object->*member)(request, argument);
        });
    }
    /** A route to a member function of a literal path. */
    template<class T>
    void add(const QByteArray &method, const QString &pattern, T *object,
        HttpReply (T::*member)(const HttpRequest &))
    {
        add(method, pattern, [object, member](const HttpRequest &request, const QString &) {
            return (object->*member)(request);
        });
    }
    /** Literal routes win over placeholder routes; among those, the first added wins. */
    Match find(const QByteArray &method, const QString &path, Handler *handler, QString *argument) const;

private:
    struct Route
    {
        QByteArray method;
        QString prefix;
        QString suffix;
        bool hasArgument = false;
        Handler handler;
    };
    static bool matches(const Route &route, const QString &path, QString *argument);

    QList<Route> m_routes;
};

} // namespace Inspector::DemoPod
