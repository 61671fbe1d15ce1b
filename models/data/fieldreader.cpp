// SPDX-License-Identifier: Apache-2.0
#include "data/fieldreader.h"

#include "data/ids.h"

#include <QCoreApplication>
#include <QLocale>

namespace Inspector::Parse {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Parse)
};

QString expected(FieldReader::Expect kind)
{
    switch (kind) {
    case FieldReader::Expect::String:
        return Text::tr("a string");
    case FieldReader::Expect::Integer:
        return Text::tr("a whole number");
    case FieldReader::Expect::Boolean:
        return Text::tr("true or false");
    case FieldReader::Expect::Object:
        return Text::tr("an object");
    case FieldReader::Expect::Array:
        return Text::tr("a list");
    }
    return {};
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

/** Digits with an optional leading minus, as a JSON number would be written. */
std::optional<qint64> digitString(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    const QStringView digits = t.startsWith(u'-') ? t.mid(1) : t;
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

/**
 * The exact int64 of a JSON number, or nullopt for a fraction or a value beyond 64 bits. Qt 6 keeps
 * integer literals as qint64, so ids above 2^53 come through toInteger() exactly; toDouble() would not.
 */
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    const qint64 a = value.toInteger(0);
    if (a == 0 && value.toInteger(1) == 1)
        return std::nullopt;
    return a;
}

QString digitStringSentence(const QString &fieldPath, const QString &text)
{
    return Text::tr("%1: should be a number but is the string \"%2\"; its value was used.")
        .arg(fieldPath, text);
}

} // namespace

FieldReader::FieldReader(const QJsonObject &object, QStringList *problems, QString path)
    : m_object(object)
    , m_problems(problems)
    , m_path(std::move(path))
{ }

QString FieldReader::path(QLatin1StringView key) const
{
    if (m_path.isEmpty())
        return QString(key);
    return m_path + u'.' + key;
}

bool FieldReader::has(QLatin1StringView key) const
{
    return isPresent(m_object.value(key));
}

QString FieldReader::string(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (isPresent(v))
        wrongType(path(key), Expect::String, v);
    return {};
}

QString FieldReader::stringOrNumber(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble()) {
        if (const auto i = exactInteger(v))
            return QString::number(*i);
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return string(key);
}

std::optional<qint64> FieldReader::readInteger(QLatin1StringView key, bool digitStringIsFine)
{
    const QJsonValue v = m_object.value(key);
    if (!isPresent(v))
        return std::nullopt;
    if (v.isDouble()) {
        if (const auto i = exactInteger(v))
            return i;
        wrongType(path(key), Expect::Integer, v);
        return std::nullopt;
    }
    if (v.isString()) {
        if (const auto i = digitString(v.toString())) {
            if (!digitStringIsFine) {
                addProblem(digitStringSentence(path(key), v.toString()));
            }
            return i;
        }
    }
    wrongType(path(key), Expect::Integer, v);
    return std::nullopt;
}

qint64 FieldReader::integer(QLatin1StringView key)
{
    return readInteger(key, false).value_or(0);
}

std::optional<qint64> FieldReader::optionalInteger(QLatin1StringView key)
{
    return readInteger(key, false);
}

qint64 FieldReader::integerOrString(QLatin1StringView key)
{
    return readInteger(key, true).value_or(0);
}

bool FieldReader::boolean(QLatin1StringView key)
{
    return optionalBoolean(key).value_or(false);
}

std::optional<bool> FieldReader::optionalBoolean(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isBool())
        return v.toBool();
    if (isPresent(v))
        wrongType(path(key), Expect::Boolean, v);
    return std::nullopt;
}

QJsonObject FieldReader::object(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isObject())
        return v.toObject();
    if (isPresent(v))
        wrongType(path(key), Expect::Object, v);
    return {};
}

QJsonArray FieldReader::array(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isArray())
        return v.toArray();
    if (isPresent(v))
        wrongType(path(key), Expect::Array, v);
    return {};
}

QList<qint64> FieldReader::integerList(QLatin1StringView key)
{
    QList<qint64> out;
    const QJsonArray items = array(key);
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString itemPath = path(key) + u'[' + QString::number(i) + u']';
        std::optional<qint64> value;
        if (item.isDouble()) {
            value = exactInteger(item);
        } else if (item.isString()) {
            value = digitString(item.toString());
            if (value)
                addProblem(digitStringSentence(itemPath, item.toString()));
        }
        if (value)
            out.append(*value);
        else
            wrongType(itemPath, Expect::Integer, item);
    }
    return out;
}

QStringList FieldReader::stringList(QLatin1StringView key)
{
    QStringList out;
    const QJsonArray items = array(key);
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString())
            out.append(item.toString());
        else
            wrongType(path(key) + u'[' + QString::number(i) + u']', Expect::String, item);
    }
    return out;
}

void FieldReader::require(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        addProblem(Text::tr("%1: missing.").arg(path(key)));
    else if (v.isNull())
        addProblem(Text::tr("%1: null.").arg(path(key)));
}

void FieldReader::checkId(QLatin1StringView key, const QString &value)
{
    if (value.isEmpty())
        return;
    const Result<> valid = Ids::validate(value);
    if (valid)
        return;
    QString error = valid.error().message();
    // Ids::validate() speaks in a full sentence starting with "The id"; here it continues ours.
    if (!error.isEmpty())
        error[0] = error.at(0).toLower();
    addProblem(Text::tr("%1: not a valid id: %2").arg(path(key), error));
}

void FieldReader::adopt(const QStringList &nested)
{
    if (m_problems)
        m_problems->append(nested);
}

void FieldReader::addProblem(const QString &sentence)
{
    if (m_problems)
        m_problems->append(sentence);
}

void FieldReader::wrongType(const QString &fieldPath, Expect expectedKind, const QJsonValue &actual)
{
    addProblem(wrongTypeSentence(fieldPath, expectedKind, actual));
}

QString FieldReader::wrongTypeSentence(
    const QString &fieldPath, Expect expectedKind, const QJsonValue &actual)
{
    return Text::tr("%1: should be %2 but is %3.").arg(fieldPath, expected(expectedKind), describe(actual));
}

QString FieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("true") : Text::tr("false");
    case QJsonValue::Double:
        if (const auto i = exactInteger(value))
            return Text::tr("the number %1").arg(*i);
        return Text::tr("the number %1")
            .arg(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QJsonValue::String: {
        // Long strings (a whole message body in the wrong field) are cut: the sentence must stay readable.
        constexpr qsizetype MaxShown = 40;
        QString text = value.toString();
        if (text.size() > MaxShown)
            text = text.left(MaxShown) + u'\x2026';
        return Text::tr("the string \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

} // namespace Inspector::Parse
