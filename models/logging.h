// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One category per area, so that a user can turn on one of them with QT_LOGGING_RULES,
// e.g. QT_LOGGING_RULES="inspector.api.debug=true". Tokens are never logged in any of them.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
