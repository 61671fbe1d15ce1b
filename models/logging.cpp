// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "inspector.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "inspector.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "inspector.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "inspector.model", QtInfoMsg)
