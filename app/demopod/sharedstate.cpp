// SPDX-License-Identifier: Apache-2.0
#include "sharedstate.h"

#include <QMutexLocker>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

SharedState::SharedState()
{
    m_userKeys.insert(Server::botUsername(), {Server::botPublicKeyPem()});
}

void SharedState::addFault(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void SharedState::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<Fault> SharedState::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

std::optional<Fault> SharedState::takeFault(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.pathPattern.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(fault.pathPattern));
            if (!re.isValid() || !re.match(path).hasMatch())
                continue;
        }
        if (fault.skip > 0) {
            --fault.skip;
            continue;
        }
        const Fault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void SharedState::appendLog(const LoggedRequest &entry)
{
    QMutexLocker lock(&m_mutex);
    if (m_log.size() >= MaxLogEntries)
        m_log.removeFirst();
    m_log.append(entry);
}

QList<LoggedRequest> SharedState::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void SharedState::clearLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

void SharedState::addUserKey(const QString &username, const QByteArray &pem)
{
    QMutexLocker lock(&m_mutex);
    m_userKeys[username].append(pem);
}

QList<QByteArray> SharedState::userKeys(const QString &username) const
{
    QMutexLocker lock(&m_mutex);
    return m_userKeys.value(username);
}

bool SharedState::isKnownComponent(const QString &component)
{
    static const QStringList known {
        u"pod"_s, u"key_manager"_s, u"datafeed"_s, u"agentservice"_s, u"ceservice"_s};
    return known.contains(component);
}

bool SharedState::setComponentDown(const QString &component, const QString &message)
{
    if (!isKnownComponent(component))
        return false;
    QMutexLocker lock(&m_mutex);
    if (message.isEmpty())
        m_down.remove(component);
    else
        m_down.insert(component, message);
    return true;
}

QHash<QString, QString> SharedState::downComponents() const
{
    QMutexLocker lock(&m_mutex);
    return m_down;
}

void SharedState::answerHeld()
{
    const int now = m_held.fetch_add(1) + 1;
    int peak = m_maxHeld.load();
    while (now > peak && !m_maxHeld.compare_exchange_weak(peak, now)) { }
}

} // namespace Inspector::DemoPod
