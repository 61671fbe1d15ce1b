// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdio>
#include <cstdlib>

/**
 * The fuzz targets' assertion: unlike Q_ASSERT it is on in every build type, and it aborts, which
 * libFuzzer (and the replay runner) reports as a crash with the input that caused it.
 */
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);               \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

/// The same with a message (printed with %s; pass qPrintable(text)).
#define FUZZ_CHECK_MSG(condition, message)                                                                   \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: check failed: %s (%s)\n", __FILE__, __LINE__, #condition, message); \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
