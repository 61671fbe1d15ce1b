// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <openssl/crypto.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "common/testregistry.h"

/**
 * Counts OpenSSL's live allocations made by threads other than the main one, through
 * CRYPTO_set_mem_functions(). For tests of per-thread OpenSSL state: install() first thing in main(),
 * before anything touches OpenSSL; mark() starts a count; liveOnOtherThreads() says how many blocks that
 * other threads allocated since the mark are still not freed.
 *
 * setFreeDelay() makes every free on another thread wait first: a free that happens only after the
 * thread was reported finished (from OpenSSL's own thread-exit destructor) is then still pending when
 * the main thread looks, instead of winning the race by luck.
 */
namespace OpenSslAllocations {

namespace Detail {
struct alignas(std::max_align_t) Header
{
    std::size_t size;
    int epoch; // 0: not counted (main thread, or before any mark)
};

inline std::thread::id &mainThread()
{
    static std::thread::id id;
    return id;
}
inline std::atomic<int> &epoch()
{
    static std::atomic<int> e {0};
    return e;
}
inline std::atomic<long> &live()
{
    static std::atomic<long> n {0};
    return n;
}
inline std::atomic<int> &freeDelayMs()
{
    static std::atomic<int> ms {0};
    return ms;
}

inline void *allocate(std::size_t size, const char *, int)
{
    auto *h = static_cast<Header *>(std::malloc(sizeof(Header) + size));
    if (!h)
        return nullptr;
    h->size = size;
    h->epoch = 0;
    const int e = epoch().load();
    if (e != 0 && std::this_thread::get_id() != mainThread()) {
        h->epoch = e;
        live().fetch_add(1);
    }
    return h + 1;
}

inline void release(void *p, const char *, int)
{
    if (!p)
        return;
    Header *h = static_cast<Header *>(p) - 1;
    if (std::this_thread::get_id() != mainThread()) {
        if (const int ms = freeDelayMs().load())
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    }
    if (h->epoch != 0 && h->epoch == epoch().load())
        live().fetch_sub(1);
    std::free(h);
}

inline void *reallocate(void *p, std::size_t size, const char *file, int line)
{
    if (!p)
        return allocate(size, file, line);
    void *fresh = allocate(size, file, line);
    if (!fresh)
        return nullptr;
    const Header *old = static_cast<Header *>(p) - 1;
    std::memcpy(fresh, p, old->size < size ? old->size : size);
    release(p, file, line);
    return fresh;
}
} // namespace Detail

/** Installs the counting allocator; false when OpenSSL has already allocated (too late). */
inline bool install()
{
    Detail::mainThread() = std::this_thread::get_id();
    return CRYPTO_set_mem_functions(&Detail::allocate, &Detail::reallocate, &Detail::release) == 1;
}

/** Starts a new count: only blocks allocated from now on, by other threads, are counted. */
inline void mark()
{
    Detail::live().store(0);
    Detail::epoch().fetch_add(1);
}

/** Blocks allocated by other threads since the last mark() and not freed yet. */
inline long liveOnOtherThreads()
{
    return Detail::live().load();
}

inline void setFreeDelay(int ms)
{
    Detail::freeDelayMs().store(ms);
}

} // namespace OpenSslAllocations

/** main() of a Qt Test that counts OpenSSL's allocations: install() runs before anything else. */
#define OPENSSL_ALLOCATIONS_TEST_MAIN(TestClass)                                                             \
    namespace {                                                                                              \
    int runSuite(int argc, char **argv)                                                                      \
    {                                                                                                        \
        if (!OpenSslAllocations::install()) {                                                                \
            std::fputs("OpenSSL allocated before the counting allocator could be installed\n", stderr);      \
            return 1;                                                                                        \
        }                                                                                                    \
        QCoreApplication app(argc, argv);                                                                    \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }                                                                                                        \
    [[maybe_unused]] const bool suiteRegistered = Inspector::Testing::registerSuite(__FILE__, &runSuite);    \
    }
