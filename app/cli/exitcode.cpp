// SPDX-License-Identifier: Apache-2.0
#include "exitcode.h"

namespace Inspector::Cli {

int exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Success;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return AuthFailed;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return NetworkFailed;
    case Kind::NotFound:
        return NotFound;
    case Kind::Local: // our own input is a usage error; a file that failed is a local file failure
        return error.local.category() == LocalError::Category::File ? LocalFileFailed : Usage;
    case Kind::Redirected: // the URL given leads elsewhere: the fix is the URL on the command line
        return Usage;
    case Kind::BadRequest: // the pod refused a request we built from valid input: not the user's typing
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::BadResponse:
    case Kind::NoProgress:
    case Kind::Cancelled:
        return ServerFailed;
    }
    return ServerFailed;
}

} // namespace Inspector::Cli
