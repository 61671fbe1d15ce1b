// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Inspector {

/**
 * @brief A JSON object that is read from its bytes only when someone looks at it.
 *
 * The message page parser extracts every field a Message has straight from the page; building a
 * QJsonObject of every message as well would cost as much as the rest of the parse, and most
 * messages are never asked for it (the CSV export, the table). Copies share one state; the first
 * reader parses under std::call_once, so a message may be read from any thread. Reads like a
 * const QJsonObject, and converts to one, so code written for a plain `raw` object keeps working.
 */
class LazyJsonObject
{
public:
    LazyJsonObject() = default;
    /// An object that is already built (implicit: `raw = QJsonObject{...}` keeps compiling).
    LazyJsonObject(const QJsonObject &object); // NOLINT(google-explicit-constructor)
    /// The object `json` holds (valid UTF-8 JSON text of one object), parsed on first use.
    static LazyJsonObject fromJson(const QByteArray &json);
    /// The object at bytes [offset, offset + length) of `json`; `json` is shared, not copied.
    static LazyJsonObject fromJson(const QByteArray &json, qsizetype offset, qsizetype length);

    const QJsonObject &object() const;
    operator const QJsonObject &() const { return object(); } // NOLINT(google-explicit-constructor)

    QJsonValue value(QLatin1StringView key) const { return object().value(key); }
    QJsonValue value(QStringView key) const { return object().value(key); }
    QJsonValue value(const QString &key) const { return object().value(key); }
    bool contains(QLatin1StringView key) const { return object().contains(key); }
    bool contains(const QString &key) const { return object().contains(key); }
    qsizetype size() const { return object().size(); }
    bool isEmpty() const { return object().isEmpty(); }
    QStringList keys() const { return object().keys(); }
    QJsonObject::const_iterator constBegin() const { return object().constBegin(); }
    QJsonObject::const_iterator constEnd() const { return object().constEnd(); }
    QJsonObject::const_iterator begin() const { return object().constBegin(); }
    QJsonObject::const_iterator end() const { return object().constEnd(); }

    /// True once the object exists (built, or parsed by a reader): for tests of the laziness.
    bool isBuilt() const;

    friend bool operator==(const LazyJsonObject &a, const LazyJsonObject &b)
    {
        return a.object() == b.object();
    }
    friend bool operator!=(const LazyJsonObject &a, const LazyJsonObject &b) { return !(a == b); }
    friend bool operator==(const LazyJsonObject &a, const QJsonObject &b) { return a.object() == b; }
    friend bool operator!=(const LazyJsonObject &a, const QJsonObject &b) { return !(a == b); }

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Inspector
