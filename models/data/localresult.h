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
 */
namespace Inspector {

/// A local failure: one sentence for a person, e.g. "Could not write …: disk full.".
class LocalError
{
public:
    explicit LocalError(QString message)
        : m_message(std::move(message))
    { }

    const QString &message() const { return m_message; }

private:
    QString m_message;
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
