// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

namespace Inspector::Cli {

/** The process exit codes of symphony-inspector-cli; scripts branch on them, so they never change. */
enum ExitCode
{
    Success = 0,
    LocalFileFailed = 1, ///< a local file could not be written (attachments --download, exports)
    Usage = 2, ///< bad command line, bad local input (ids, times, files, URLs)
    AuthFailed = 3, ///< 401, 403, unusable key or certificate
    NetworkFailed = 4, ///< connection, TLS, timeout
    ServerFailed = 5, ///< 5xx, 429 after retries, an answer that cannot be read
    NotFound = 6, ///< unknown stream, message, user, signal
    HealthDown = 7, ///< `health` found a component DOWN
    ArchiveDamaged = 8, ///< `archive verify` found a problem
    Interrupted = 130, ///< cancelled by Ctrl+C (SIGINT), as shells report 128 + SIGINT
};

/** Which exit code an API failure gives. */
int exitCodeFor(const ApiError &error);

} // namespace Inspector::Cli
