// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
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
    /**
     * What this component's state means for someone using the pod, in one translated sentence:
     * the diagnostics board, the CLI's health notes and the datahose reader all say it this way.
     */
    QString meaning() const;

    QJsonObject raw;
    QStringList problems;

    Q_DECLARE_TR_FUNCTIONS(Inspector::HealthComponent)
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
