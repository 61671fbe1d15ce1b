// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Conventions for raw and problems: see data/user.h.

namespace Inspector {

/** @brief One entry of the `services` or `users` map of the extended health check (`V3HealthComponent`). */
struct HealthComponent
{
    /** The map key, e.g. `pod`, `key_manager`, `agentservice`. */
    QString name;
    /** `services` or `users`: the map the component came from. */
    QString group;
    /** `UP` or `DOWN`. */
    QString status;
    QString version;
    /** Error text when DOWN. */
    QString message;
    /** `RSA` or `CERT`; users only. */
    QString authType;

    bool isUp() const { return status == QLatin1String("UP"); }

    QJsonObject raw;
    QStringList problems;
};

/** @brief Response of `/agent/v3/health` and `/agent/v3/health/extended` (`V3Health`). */
struct Health
{
    /** `UP` or `DOWN`. */
    QString status;
    QString version;
    QMap<QString, HealthComponent> services;
    QMap<QString, HealthComponent> users;

    /**
     * True when the global status and every component are `UP`. Components are checked too because
     * the spec's own 503 example reports a global `UP` next to a DOWN key manager.
     */
    bool allUp() const;
    /** Every component that is not `UP`, services first, each in key order. */
    QList<HealthComponent> downComponents() const;

    QJsonObject raw;
    /** Includes the problems of every component, with their paths ("services.pod.status"). */
    QStringList problems;
};

/** @brief Response of `/agent/v1/info` (`AgentInfo`). */
struct AgentInfo
{
    QString ipAddress;
    QString hostname;
    QString serverFqdn;
    QString version;
    QString url;
    bool onPrem = false;
    bool mt = false;
    QString commitId;

    QJsonObject raw;
    QStringList problems;
};

} // namespace Inspector
