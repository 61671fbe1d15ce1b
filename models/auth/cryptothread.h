// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Inspector::Auth {

/**
 * @brief Frees the OpenSSL state of the calling thread (its error queue and other thread-local data).
 *
 * Call it last on a thread of ours that may have signed a JWT or read a key, before the thread is
 * reported finished. OpenSSL frees a thread's state from a destructor that runs only after QThread::wait()
 * has returned; when the process exits at that moment, OpenSSL's own clean-up at exit deletes the
 * thread-local key first and the state is lost. Calling it on a thread that never used OpenSSL is harmless.
 */
void releaseThreadCryptoState();

} // namespace Inspector::Auth
