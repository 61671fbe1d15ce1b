// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>

/**
 * @file
 * @brief The one idiom for a failure on this machine: a file, the configuration, a command line.
 *
 * What came from a server is an ApiError (api/apierror.h), and a response body that could not be
 * read is a Parse::Result (data/parse.h), which also counts the records kept with problems and so
 * is not a plain value-or-failure. Everything else that can fail locally returns a
 * `Result<T>`: either a value or a LocalError, never both.
 *
 *     Result<Profile> profile = store.duplicate(id);
 *     if (!profile.ok())
 *         return showError(profile.error().message());
 *     use(profile.value());
 *
 * Functions that only succeed or fail return `Result<void>` (`Result<>`): `return {};` is success,
 * `return LocalError(tr("…"));` is failure. The sentence is for a person, translated by the
 * function that fails, and ends with a full stop.
 *
 * A local failure that ends a job or a service call travels in an ApiError of kind Local
 * (`ApiError::fromLocal(LocalError(…))`), which keeps the LocalError: its category is what the
 * command line maps to an exit code (Config: a usage error; File: a local file failed).
 */
namespace Inspector {

/// A local failure: one sentence for a person, e.g. "Could not write …: disk full.".
class LocalError
{
public:
    /// What failed: what the user gave, or a file on this machine.
    enum class Category
    {
        Config, ///< our own input is unusable: a bad URL, key, tag or option, missing credentials
        File ///< a local file could not be read or written (full disk, permissions)
    };

    explicit LocalError(QString message, Category category = Category::Config)
        : m_message(std::move(message))
        , m_category(category)
    { }

    const QString &message() const { return m_message; }
    Category category() const { return m_category; }

private:
    QString m_message;
    Category m_category;
};

/**
 * A value of type T or a LocalError. Implicitly made from either, so a function returns `value`
 * or `LocalError(…)`. value() and error() must only be called when ok(), respectively !ok(), is
 * true (checked by Q_ASSERT).
 */
template<typename T = void> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(LocalError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    /// The value, or @p fallback on failure.
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

    /// The failure; an empty one on success.
    const LocalError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    LocalError m_error {QString()};
};

/// Success, or a LocalError. Default-constructed (`return {};`) is success.
template<> class Result<void>
{
public:
    Result() = default;
    Result(LocalError error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    /// The failure; an empty one on success.
    const LocalError &error() const { return m_error; }

private:
    bool m_failed = false;
    LocalError m_error {QString()};
};

} // namespace Inspector
