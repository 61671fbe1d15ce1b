// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Conventions for raw and problems: see data/user.h.

namespace Inspector {

/**
 * @brief Response of the authentication endpoints (`Token`).
 * Holds secrets: never log it, and never log `raw`.
 */
struct Token
{
    /** Header name to present the token in, e.g. `sessionToken` or `keyManagerToken`. */
    QString name;
    QString token;
    /** (Beta) short-lived JWT, usually with a `Bearer ` prefix. */
    QString authorizationToken;

    QJsonObject raw;
    QStringList problems;
};

} // namespace Inspector
