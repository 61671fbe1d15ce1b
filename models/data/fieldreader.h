// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Inspector::Parse {

/**
 * @brief Reads typed fields out of one JSON object and records every type mismatch as a sentence.
 *
 * Used by the parsers in parse*.cpp (and reusable for other payloads such as datafeed events). A
 * field that is absent or null yields the default (null QString, 0, false, nullopt) without a
 * problem; a field of the wrong type yields the default plus one problem naming its path. The reader
 * owns nothing but the path; problems go to the list given at construction. Not shared between threads.
 */
class FieldReader
{
public:
    /** @p path is where @p object sits in the response ("user", "attachments[2]"), empty at the top. */
    FieldReader(const QJsonObject &object, QStringList *problems, QString path = {});

    const QJsonObject &json() const { return m_object; }
    /** Full path of @p key for problem sentences. */
    QString path(QLatin1StringView key) const;
    /** Present and not null. */
    bool has(QLatin1StringView key) const;

    QString string(QLatin1StringView key);
    /** A string, or a number silently turned into its decimal text. */
    QString stringOrNumber(QLatin1StringView key);

    /** An int64 number. A string of digits is used too but flagged, since the API specifies a number. */
    qint64 integer(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    /** An int64 given as a number or as a string of digits, both silently (fields typed string in the spec).
     */
    qint64 integerOrString(QLatin1StringView key);

    bool boolean(QLatin1StringView key);
    std::optional<bool> optionalBoolean(QLatin1StringView key);

    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    QList<qint64> integerList(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key);

    /**
     * Reads an array of objects with @p read(const QJsonObject &, const QString &path); each item's
     * problems are copied here. Items that are not objects are skipped and flagged.
     */
    template<typename T, typename Read> QList<T> objectList(QLatin1StringView key, Read read)
    {
        QList<T> out;
        const QJsonArray items = array(key);
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = path(key) + u'[' + QString::number(i) + u']';
            const QJsonValue item = items.at(i);
            if (!item.isObject()) {
                wrongType(itemPath, Expect::Object, item);
                continue;
            }
            T value = read(item.toObject(), itemPath);
            adopt(value.problems);
            out.append(std::move(value));
        }
        return out;
    }

    /** Flags @p key when it is absent or null: for the fields that identify a record. */
    void require(QLatin1StringView key);
    /** Flags @p value (read from @p key) when it is not empty and not a valid Base64 id. */
    void checkId(QLatin1StringView key, const QString &value);

    /** Copies problems of a nested object (they already carry their paths). */
    void adopt(const QStringList &nested);
    void addProblem(const QString &sentence);

    enum class Expect
    {
        String,
        Integer,
        Boolean,
        Object,
        Array
    };
    void wrongType(const QString &fieldPath, Expect expected, const QJsonValue &actual);
    /** "a.b: should be a whole number but is the string \"x\"." */
    static QString wrongTypeSentence(const QString &fieldPath, Expect expected, const QJsonValue &actual);

    /** "the number 1.5", "the string \"abc\"", "an object", …: for sentences about a JSON value. */
    static QString describe(const QJsonValue &value);

private:
    std::optional<qint64> readInteger(QLatin1StringView key, bool digitStringIsFine);

    QJsonObject m_object;
    QStringList *m_problems;
    QString m_path;
};

} // namespace Inspector::Parse
