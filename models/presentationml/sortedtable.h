// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>

// Internal to presentationml/.
namespace Inspector::PresentationMl::Detail {

/**
 * Whether the `name` members (NUL-terminated ASCII) of a constant table are in strictly increasing
 * byte order, as std::lower_bound with std::strcmp needs: for a static_assert next to each table
 * that is searched by bisection.
 */
template<typename Entry, std::size_t N> constexpr bool sortedByName(const Entry (&table)[N])
{
    for (std::size_t i = 1; i < N; ++i) {
        const char *a = table[i - 1].name;
        const char *b = table[i].name;
        while (*a && *a == *b) {
            ++a;
            ++b;
        }
        if (static_cast<unsigned char>(*a) >= static_cast<unsigned char>(*b))
            return false;
    }
    return true;
}

} // namespace Inspector::PresentationMl::Detail
