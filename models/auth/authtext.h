// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace Inspector::Auth {

/**
 * @brief Translation context ("Inspector::Auth") for the user-facing messages of the authentication code,
 * so free functions and internal helpers share one context in the .ts files. Thread-safe (stateless).
 */
class AuthText
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Auth)
};

} // namespace Inspector::Auth
