// SPDX-License-Identifier: Apache-2.0
#pragma once

// The `\uXXXX` escape of JSON text, read where a body is checked (data/parsebody.cpp) and where an
// export is written (export/jsonwriter.cpp): one reading of its four hex digits for both.

#include <QByteArray>

namespace Inspector::JsonEscape {

/// The value of the hex digit @p c, or -1 when it is not one.
inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The code unit of the `\uXXXX` escape at @p i of @p json (@p i points at the backslash), or -1
/// when there is none there or one of its four digits is not a hex digit.
inline int unicodeEscapeAt(const QByteArray &json, qsizetype i)
{
    if (i + 5 >= json.size() || json[i] != '\\' || json[i + 1] != 'u')
        return -1;
    int value = 0;
    for (int k = 2; k <= 5; ++k) {
        const int h = hexDigit(json[i + k]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

} // namespace Inspector::JsonEscape
