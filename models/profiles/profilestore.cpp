// SPDX-License-Identifier: Apache-2.0
#include "profiles/profilestore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

QString proxyTypeName(QNetworkProxy::ProxyType type)
{
    switch (type) {
    case QNetworkProxy::HttpProxy:
        return u"http"_s;
    case QNetworkProxy::Socks5Proxy:
        return u"socks5"_s;
    default:
        return u"none"_s;
    }
}

QNetworkProxy::ProxyType proxyTypeFromName(const QString &name)
{
    if (name == "http"_L1)
        return QNetworkProxy::HttpProxy;
    if (name == "socks5"_L1)
        return QNetworkProxy::Socks5Proxy;
    return QNetworkProxy::NoProxy;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::reload()
{
    m_profiles.clear();
    const int n = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.id = m_settings->value(u"id"_s).toString();
        if (p.id.isEmpty() || p.id == Profile::demoId())
            continue;
        p.name = m_settings->value(u"name"_s).toString();
        p.podUrl = m_settings->value(u"podUrl"_s).toString();
        p.agentUrl = m_settings->value(u"agentUrl"_s).toString();
        p.keyManagerUrl = m_settings->value(u"keyManagerUrl"_s).toString();
        p.loginUrl = m_settings->value(u"loginUrl"_s).toString();
        p.authMode = Profile::authModeFromName(m_settings->value(u"authMode"_s).toString())
                         .value_or(Profile::AuthMode::RsaKey);
        p.username = m_settings->value(u"username"_s).toString();
        p.keyFile = m_settings->value(u"keyFile"_s).toString();
        p.certificateFile = m_settings->value(u"certificateFile"_s).toString();
        p.caFile = m_settings->value(u"caFile"_s).toString();
        p.proxy.type = proxyTypeFromName(m_settings->value(u"proxyType"_s).toString());
        p.proxy.host = m_settings->value(u"proxyHost"_s).toString();
        p.proxy.port = m_settings->value(u"proxyPort"_s, 0).toInt();
        p.proxy.user = m_settings->value(u"proxyUser"_s).toString();
        p.timeoutSeconds = m_settings->value(u"timeoutSeconds"_s, 30).toInt();
        m_profiles.append(p);
    }
    m_settings->endArray();
}

void ProfileStore::save()
{
    m_settings->remove(u"profiles"_s);
    m_settings->beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, p.id);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"podUrl"_s, p.podUrl);
        m_settings->setValue(u"agentUrl"_s, p.agentUrl);
        m_settings->setValue(u"keyManagerUrl"_s, p.keyManagerUrl);
        m_settings->setValue(u"loginUrl"_s, p.loginUrl);
        m_settings->setValue(u"authMode"_s, Profile::authModeName(p.authMode));
        m_settings->setValue(u"username"_s, p.username);
        m_settings->setValue(u"keyFile"_s, p.keyFile);
        m_settings->setValue(u"certificateFile"_s, p.certificateFile);
        m_settings->setValue(u"caFile"_s, p.caFile);
        m_settings->setValue(u"proxyType"_s, proxyTypeName(p.proxy.type));
        m_settings->setValue(u"proxyHost"_s, p.proxy.host);
        m_settings->setValue(u"proxyPort"_s, p.proxy.port);
        m_settings->setValue(u"proxyUser"_s, p.proxy.user);
        m_settings->setValue(u"timeoutSeconds"_s, p.timeoutSeconds);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

QList<Profile> ProfileStore::profiles() const
{
    return QList<Profile> {Profile::demoProfile()} + m_profiles;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id == Profile::demoId())
        return Profile::demoProfile();
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Result<> ProfileStore::add(const Profile &profile)
{
    Profile p = profile;
    p.demo = false;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (p.id == Profile::demoId() || profile.demo || this->profile(p.id))
        return LocalError(tr("A profile with this id exists already."));
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return LocalError(problems.join(u' '));
    m_profiles.append(p);
    save();
    return {};
}

Result<> ProfileStore::update(const Profile &profile)
{
    if (profile.demo || profile.id == Profile::demoId())
        return LocalError(tr("The demo pod profile is built in and cannot be changed."));
    for (Profile &p : m_profiles) {
        if (p.id != profile.id)
            continue;
        if (const QStringList problems = profile.validate(); !problems.isEmpty())
            return LocalError(problems.join(u' '));
        p = profile;
        save();
        return {};
    }
    return LocalError(tr("There is no profile with the id \"%1\".").arg(profile.id));
}

Result<Profile> ProfileStore::duplicate(const QString &id)
{
    if (id == Profile::demoId())
        return LocalError(tr("The demo pod profile is built in and cannot be duplicated."));
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id != id)
            continue;
        Profile copy = m_profiles.at(i);
        copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        copy.name = tr("%1 (copy)").arg(copy.name);
        m_profiles.insert(i + 1, copy);
        save();
        return copy;
    }
    return LocalError(tr("There is no profile with the id \"%1\".").arg(id));
}

Result<> ProfileStore::remove(const QString &id)
{
    if (id == Profile::demoId())
        return LocalError(tr("The demo pod profile is built in and cannot be deleted."));
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_profiles.removeAt(i);
            save();
            return {};
        }
    }
    return LocalError(tr("There is no profile with the id \"%1\".").arg(id));
}

} // namespace Inspector
