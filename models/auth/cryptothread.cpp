// SPDX-License-Identifier: Apache-2.0
#include "auth/cryptothread.h"

#include <openssl/crypto.h>

namespace Inspector::Auth {

void releaseThreadCryptoState()
{
    OPENSSL_thread_stop();
}

} // namespace Inspector::Auth
