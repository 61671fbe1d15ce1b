// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Conventions for raw and problems: see data/user.h.

namespace Inspector {

/** @brief The body of an error answer: pod `Error {code, message}` and agent `V2Error {code, message,
 * details}`. */
struct ErrorBody
{
    /** 0 when absent. */
    int code = 0;
    QString message;
    /** Agent errors only; empty otherwise. */
    QJsonObject details;

    QJsonObject raw;
    QStringList problems;
};

} // namespace Inspector
