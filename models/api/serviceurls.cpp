// SPDX-License-Identifier: Apache-2.0
#include "api/serviceurls.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

/// Every service: its standard context path, and its name (translated in the context of ServiceUrls).
constexpr EnumName<ServiceUrls::Service> ServiceNames[] = {
    {ServiceUrls::Service::Pod, "/pod", QT_TRANSLATE_NOOP("Inspector::ServiceUrls", "pod")},
    {ServiceUrls::Service::Agent, "/agent", QT_TRANSLATE_NOOP("Inspector::ServiceUrls", "agent")},
    {ServiceUrls::Service::Login, "/login", QT_TRANSLATE_NOOP("Inspector::ServiceUrls", "login")},
    {ServiceUrls::Service::KeyManager, "/relay", QT_TRANSLATE_NOOP("Inspector::ServiceUrls", "key manager")},
    {ServiceUrls::Service::SessionAuth, "/sessionauth",
        QT_TRANSLATE_NOOP("Inspector::ServiceUrls", "session authentication")},
    {ServiceUrls::Service::KeyAuth, "/keyauth",
        QT_TRANSLATE_NOOP("Inspector::ServiceUrls", "key authentication")},
};
static_assert(std::size(ServiceNames) == ServiceUrls::ServiceCount, "one entry for every service");

// Parses one user-given URL; an error when it is unusable.
Result<QUrl> parseOne(const QString &text, ServiceUrls::Service service)
{
    QString t = text.trimmed();
    if (!t.contains("://"_L1))
        t.prepend(u"https://"_s);
    QUrl url(t, QUrl::StrictMode);
    const QString name = ServiceUrls::serviceName(service);
    const QString shown = ServiceUrls::withoutPassword(text);
    if (!url.isValid() || url.host().isEmpty()) {
        return LocalError(
            QCoreApplication::translate("Inspector::ServiceUrls", "The %1 URL \"%2\" is not a valid URL.")
                .arg(name, shown));
    }
    if (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) {
        return LocalError(QCoreApplication::translate(
            "Inspector::ServiceUrls", "The %1 URL \"%2\" must start with https:// or http://.")
                              .arg(name, shown));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return LocalError(QCoreApplication::translate(
            "Inspector::ServiceUrls", "The %1 URL \"%2\" must not have a query or fragment.")
                              .arg(name, shown));
    }
    if (!url.userInfo().isEmpty()) {
        // Symphony takes no user name or password in the URL, and one would end up in logs.
        return LocalError(QCoreApplication::translate(
            "Inspector::ServiceUrls", "The %1 URL \"%2\" must not hold a user name or password.")
                              .arg(name, shown));
    }
    QString path = url.path();
    if (path.isEmpty())
        path = ServiceUrls::standardContext(service);
    else if (path == "/"_L1)
        path.clear();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl withContext(const QUrl &origin, ServiceUrls::Service service)
{
    QUrl url = origin;
    url.setPath(ServiceUrls::standardContext(service));
    return url;
}

} // namespace

QString ServiceUrls::standardContext(Service service)
{
    return enumKeyOf(ServiceNames, service);
}

QString ServiceUrls::serviceName(Service service)
{
    const auto *entry = enumNameOf(ServiceNames, service);
    return entry ? QCoreApplication::translate("Inspector::ServiceUrls", entry->label) : QString();
}

Result<ServiceUrls> ServiceUrls::resolve(const Input &input)
{
    if (input.pod.trimmed().isEmpty())
        return LocalError(QCoreApplication::translate("Inspector::ServiceUrls", "No pod URL was given."));
    ServiceUrls urls;
    const std::array<std::pair<Service, QString>, ServiceCount> given {{
        {Service::Pod, input.pod},
        {Service::Agent, input.agent},
        {Service::Login, input.login},
        {Service::KeyManager, input.keyManager},
        {Service::SessionAuth, input.sessionAuth},
        {Service::KeyAuth, input.keyAuth},
    }};
    for (const auto &[service, text] : given) {
        if (text.trimmed().isEmpty())
            continue;
        const Result<QUrl> url = parseOne(text, service);
        if (!url)
            return url.error();
        urls.m_bases[size_t(service)] = url.value();
    }
    const QUrl pod = urls.base(Service::Pod);
    for (const Service s : {Service::Agent, Service::Login, Service::KeyManager, Service::SessionAuth}) {
        if (urls.m_bases[size_t(s)].isEmpty())
            urls.m_bases[size_t(s)] = withContext(pod, s);
    }
    if (urls.m_bases[size_t(Service::KeyAuth)].isEmpty())
        urls.m_bases[size_t(Service::KeyAuth)]
            = withContext(urls.base(Service::KeyManager), Service::KeyAuth);
    return urls;
}

ServiceUrls ServiceUrls::forOrigin(const QUrl &origin)
{
    ServiceUrls urls;
    for (int i = 0; i < ServiceCount; ++i)
        urls.m_bases[size_t(i)] = withContext(origin, Service(i));
    return urls;
}

QStringList ServiceUrls::cleartextHosts() const
{
    QStringList hosts;
    for (const QUrl &base : m_bases) {
        if (base.scheme() != "http"_L1 || isLoopbackHost(base.host()))
            continue;
        const QString host
            = base.port() > 0 ? base.host() + u':' + QString::number(base.port()) : base.host();
        if (!hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

QString ServiceUrls::cleartextWarning() const
{
    const QStringList hosts = cleartextHosts();
    if (hosts.isEmpty())
        return {};
    return QCoreApplication::translate("Inspector::ServiceUrls",
        "Plain http:// to %1: the tokens, the signed login and every message cross the network "
        "unencrypted; use https:// unless this network is yours.")
        .arg(hosts.join(u", "_s));
}

bool ServiceUrls::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == "localhost"_L1 || h.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString ServiceUrls::withoutPassword(const QString &text)
{
    // scheme://user:password@host… (or user:password@host… without a scheme): keep the user, mask the
    // password. Works on text that does not parse as a URL, since that is when it gets quoted.
    static const QRegularExpression userInfo(uR"(^((?:[A-Za-z][A-Za-z0-9+.\-]*:)?//|)([^/?#@:]*):(.*)@)"_s);
    QString out = text;
    const QRegularExpressionMatch m = userInfo.match(out);
    if (m.hasMatch())
        out.replace(m.capturedStart(3), m.capturedLength(3), u"***"_s);
    return out;
}

QUrl ServiceUrls::url(Service service, const QString &path, const QUrlQuery &query) const
{
    QUrl url = base(service);
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace Inspector
