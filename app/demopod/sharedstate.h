// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demopodserver.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace Inspector::DemoPod {

/**
 * @brief Everything that the caller's thread and the server thread both touch: fault rules,
 * the request log, registered public keys and forced health states. Every member function
 * takes the mutex, so the object can be used from any thread.
 */
class SharedState
{
public:
    SharedState();

    void addFault(const Fault &fault);
    void clearFaults();
    QList<Fault> faults() const;
    /** The first rule matching method + path, with one call used up; nothing when none applies. */
    std::optional<Fault> takeFault(const QByteArray &method, const QString &path);

    void appendLog(const LoggedRequest &entry);
    QList<LoggedRequest> log() const;
    void clearLog();

    void addUserKey(const QString &username, const QByteArray &pem);
    QList<QByteArray> userKeys(const QString &username) const;

    bool setComponentDown(const QString &component, const QString &message);
    QHash<QString, QString> downComponents() const;
    static bool isKnownComponent(const QString &component);

    /** Config::latencyMs, changeable at run time. */
    void setLatencyMs(int ms) { m_latencyMs.store(qMax(0, ms)); }
    int latencyMs() const { return m_latencyMs.load(); }
    /** An answer starts / stops being held back (the peak is kept). */
    void answerHeld();
    void answerReleased() { m_held.fetch_sub(1); }
    int heldAnswers() const { return m_held.load(); }
    int maxHeldAnswers() const { return m_maxHeld.load(); }
    void resetHeldAnswers() { m_held.store(0); }

    /** The log keeps at most this many entries (the oldest go first). */
    static constexpr int MaxLogEntries = 20000;

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
    QHash<QString, QList<QByteArray>> m_userKeys;
    QHash<QString, QString> m_down;
    std::atomic<int> m_latencyMs {0};
    std::atomic<int> m_held {0};
    std::atomic<int> m_maxHeld {0};
};

} // namespace Inspector::DemoPod
