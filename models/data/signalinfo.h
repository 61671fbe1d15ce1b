// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Named signalinfo.h rather than signal.h so that it can never shadow the C library's <signal.h>.
// Conventions for raw and problems: see data/user.h.

namespace Inspector {

/** @brief A signal of `/agent/v1/signals/list` or `/agent/v1/signals/{id}/get` (`Signal`). */
struct Signal
{
    /** 24 hex digits (an ObjectId), not a Base64 id. */
    QString id;
    QString name;
    QString query;
    bool visibleOnProfile = false;
    bool companyWide = false;
    qint64 timestamp = 0;

    QJsonObject raw;
    QStringList problems;
};

} // namespace Inspector
