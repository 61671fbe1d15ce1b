// SPDX-License-Identifier: Apache-2.0
#pragma once

// The names of an enum's values kept in one table instead of one switch per use: a stable key (for
// settings, stores and URLs) and a label marked with QT_TRANSLATE_NOOP where one is shown.

#include <QLatin1String>
#include <QString>

#include <cstddef>
#include <optional>

namespace Inspector {

template<typename Enum> struct EnumName
{
    Enum value;
    const char *key;
    const char *label = nullptr;
};

/// The entry of @p value in @p table, or null when it has none.
template<typename Enum, std::size_t N>
const EnumName<Enum> *enumNameOf(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

/// The key of @p value in @p table; empty when it has none.
template<typename Enum, std::size_t N> QString enumKeyOf(const EnumName<Enum> (&table)[N], Enum value)
{
    const EnumName<Enum> *entry = enumNameOf(table, value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

/// The value whose key in @p table is @p key (exactly), or nullopt.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const EnumName<Enum> (&table)[N], const QString &key)
{
    for (const EnumName<Enum> &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace Inspector
