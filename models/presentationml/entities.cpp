// SPDX-License-Identifier: Apache-2.0
#include "presentationml/presentationml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl {

namespace {

constexpr auto MentionType = "com.symphony.user.mention"_L1;
constexpr auto UserIdType = "com.symphony.user.userId"_L1;
constexpr auto TaxonomyType = "org.symphonyoss.taxonomy"_L1;
constexpr auto HashtagIdType = "org.symphonyoss.taxonomy.hashtag"_L1;
constexpr auto SecurityType = "org.symphonyoss.fin.security"_L1;
constexpr auto TickerIdType = "org.symphonyoss.fin.security.id.ticker"_L1;
constexpr auto EmojiType = "com.symphony.emoji"_L1;

QString withoutPrefix(QString value, QChar prefix)
{
    if (value.startsWith(prefix))
        value.remove(0, 1);
    return value;
}

// EntityJSON is read by one template over two readers of JSON values: QtReader (QJsonDocument, the
// reference) and FastReader (simdjson, much cheaper: the data of every message with entities is
// parsed for its plain text, and with QJsonDocument that was a good part of an export's cost).
// A reader gives access to members and values the way QJsonObject/QJsonValue do; FastReader sets
// gaveUp wherever its answer could differ from QtReader's, and QtReader then reads the data.
//
//   Value                    a value, or undefined (a missing member)
//   Object                   an object
//   member(Object, key)      QJsonObject::value()
//   object(Value)            the object, or nullopt when the value is not one
//   elements(Value)          an array's values; none when the value is not an array
//   string(Value)            QJsonValue::toString(): a null string unless it is a string
//   integer(Value)           a user id: a JSON integer, or a string holding one
//   stringOf(Value)          a string, or a number written out
//   isDefined(Value), undefined()

// The first id entry of the wanted type; an entry without a type counts too, since some
// producers leave it out.
template<class Reader>
typename Reader::Value idValue(Reader &r, const typename Reader::Value &ids, QLatin1StringView wantedType)
{
    typename Reader::Value untyped = Reader::undefined();
    for (const typename Reader::Value &entry : r.elements(ids)) {
        const std::optional<typename Reader::Object> o = r.object(entry);
        if (r.gaveUp)
            return Reader::undefined();
        const QString type = o ? r.string(r.member(*o, "type")) : QString();
        if (type == wantedType)
            return r.member(*o, "value");
        if (o && type.isEmpty() && !r.isDefined(untyped))
            untyped = r.member(*o, "value");
    }
    return untyped;
}

template<class Reader> Entity readEntity(Reader &r, const typename Reader::Object &o)
{
    Entity e;
    e.type = r.string(r.member(o, "type"));
    const typename Reader::Value ids = r.member(o, "id");
    if (e.type == MentionType) {
        e.kind = Entity::Kind::Mention;
        e.userId = r.integer(idValue(r, ids, UserIdType)).value_or(0);
    } else if (e.type == TaxonomyType) {
        const typename Reader::Value v = idValue(r, ids, HashtagIdType);
        if (r.isDefined(v)) {
            e.kind = Entity::Kind::Hashtag;
            e.value = withoutPrefix(r.stringOf(v), u'#');
        }
    } else if (e.type == SecurityType) {
        // Enhanced tags (version 2.0) may carry only ISIN/BBG ids; the markup text is used then.
        e.kind = Entity::Kind::Cashtag;
        e.value = withoutPrefix(r.stringOf(idValue(r, ids, TickerIdType)), u'$');
    } else if (e.type == EmojiType) {
        e.kind = Entity::Kind::Emoji;
        if (const std::optional<typename Reader::Object> data = r.object(r.member(o, "data")))
            e.value = r.string(r.member(*data, "unicode"));
    }
    return e;
}

/** Every member of the root that is an object, as an entity; false when the reader gave up. */
template<class Reader> bool readEntities(Reader &r, const typename Reader::Object &root, Entities *out)
{
    out->byId.reserve(qsizetype(root.size()));
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto [key, value] = Reader::keyAndValue(it);
        if (const std::optional<typename Reader::Object> o = r.object(value))
            out->byId.insert(key, readEntity(r, *o));
        if (r.gaveUp)
            return false;
    }
    return true;
}

class QtReader
{
public:
    using Value = QJsonValue;
    using Object = QJsonObject;
    static constexpr bool gaveUp = false;

    static Value undefined() { return QJsonValue(QJsonValue::Undefined); }
    static Value member(const Object &o, const char *key) { return o.value(QLatin1StringView(key)); }
    static std::optional<Object> object(const Value &v)
    {
        return v.isObject() ? std::optional<Object>(v.toObject()) : std::nullopt;
    }
    static QList<Value> elements(const Value &v)
    {
        QList<Value> out;
        for (const QJsonValue &e : v.toArray())
            out.append(e);
        return out;
    }
    static QString string(const Value &v) { return v.toString(); }
    static bool isDefined(const Value &v) { return !v.isUndefined(); }
    static std::optional<qint64> integer(const Value &v)
    {
        if (v.isDouble()) {
            constexpr qint64 none = std::numeric_limits<qint64>::min();
            const qint64 i = v.toInteger(none);
            return i != none ? std::optional<qint64>(i) : std::nullopt;
        }
        if (v.isString()) {
            bool ok = false;
            const qint64 i = v.toString().trimmed().toLongLong(&ok);
            if (ok)
                return i;
        }
        return std::nullopt;
    }
    static QString stringOf(const Value &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        return {};
    }
    static std::pair<QString, Value> keyAndValue(QJsonObject::const_iterator it)
    {
        return {it.key(), it.value()};
    }
};

namespace dom = simdjson::dom;

// Well below QJsonDocument's nesting limit, so that nothing simdjson accepts is refused by Qt.
constexpr size_t FastMaxDepth = 256;

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

class FastReader
{
public:
    using Value = std::optional<dom::element>; // nullopt: undefined
    using Object = dom::object;
    /// Set where QtReader could answer otherwise: duplicate keys (QJsonObject keeps one of them),
    /// and numbers other than 64-bit integers where a value is read.
    bool gaveUp = false;

    static Value undefined() { return std::nullopt; }
    static Value member(Object o, const char *key)
    {
        dom::element e;
        return o.at_key(key).get(e) == simdjson::SUCCESS ? Value(e) : std::nullopt;
    }
    std::optional<Object> object(const Value &v)
    {
        Object o;
        if (!v || v->get_object().get(o) != simdjson::SUCCESS)
            return std::nullopt;
        QVarLengthArray<std::string_view, 16> keys;
        for (const dom::key_value_pair kv : o) {
            if (std::find(keys.cbegin(), keys.cend(), kv.key) != keys.cend()) {
                gaveUp = true;
                return std::nullopt;
            }
            keys.append(kv.key);
        }
        return o;
    }
    static QVarLengthArray<Value, 4> elements(const Value &v)
    {
        QVarLengthArray<Value, 4> out;
        dom::array a;
        if (v && v->get_array().get(a) == simdjson::SUCCESS) {
            for (const dom::element e : a)
                out.append(e);
        }
        return out;
    }
    static QString string(const Value &v)
    {
        std::string_view s;
        return v && v->get_string().get(s) == simdjson::SUCCESS ? text(s) : QString();
    }
    static bool isDefined(const Value &v) { return v.has_value(); }
    std::optional<qint64> integer(const Value &v)
    {
        if (!v)
            return std::nullopt;
        if (v->type() == dom::element_type::INT64)
            return int64_t(*v);
        if (isNumber(*v)) {
            gaveUp = true; // beyond 64 bits or with a fraction: QJsonValue::toInteger decides
            return std::nullopt;
        }
        return v->is_string() ? QtReader::integer(QJsonValue(string(v))) : std::nullopt;
    }
    QString stringOf(const Value &v)
    {
        if (v && isNumber(*v)) {
            gaveUp = true; // how QString::number writes the double: left to QtReader
            return {};
        }
        return string(v);
    }
    static std::pair<QString, Value> keyAndValue(dom::object::iterator it)
    {
        const dom::key_value_pair kv = *it;
        return {text(kv.key), kv.value};
    }

private:
    static bool isNumber(const dom::element &e)
    {
        const dom::element_type t = e.type();
        return t == dom::element_type::INT64 || t == dom::element_type::UINT64
            || t == dom::element_type::DOUBLE;
    }
};

} // namespace

namespace Detail {

std::optional<Entities> parseEntitiesFast(const QByteArray &utf8)
{
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return std::nullopt; // a byte order mark: QJsonDocument refuses it
    thread_local dom::parser parser;
    if (parser.max_depth() != FastMaxDepth
        && parser.allocate(std::max(size_t(utf8.size()), size_t(4096)), FastMaxDepth) != simdjson::SUCCESS)
        return std::nullopt;
    QByteArray padded = utf8;
    padded.append(QByteArray(qsizetype(simdjson::SIMDJSON_PADDING), '\0'));
    dom::element root;
    if (parser.parse(padded.constData(), size_t(utf8.size()), false).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    FastReader reader;
    const std::optional<dom::object> rootObject = reader.object(root);
    Entities result;
    if (!rootObject || !readEntities(reader, *rootObject, &result))
        return std::nullopt; // not an object, or the reader gave up
    return result;
}

} // namespace Detail

Entities Entities::parse(const QString &dataJson)
{
    const QStringView trimmed = QStringView(dataJson).trimmed();
    if (trimmed.isEmpty() || trimmed == u"null" || trimmed == u"{}")
        return {};
    const QByteArray utf8 = dataJson.toUtf8();
    if (std::optional<Entities> fast = Detail::parseEntitiesFast(utf8))
        return std::move(*fast);
    return parseReference(dataJson);
}

Entities Entities::parseReference(const QString &dataJson)
{
    Entities result;
    const QStringView trimmed = QStringView(dataJson).trimmed();
    if (trimmed.isEmpty() || trimmed == u"null" || trimmed == u"{}")
        return result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(dataJson.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = u"entity data is not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = u"entity data is not a JSON object"_s;
        return result;
    }
    QtReader reader;
    readEntities(reader, doc.object(), &result);
    return result;
}

const Entity *Entities::find(QStringView id) const
{
    if (byId.isEmpty())
        return nullptr;
    const auto it = byId.constFind(id.toString());
    return it == byId.constEnd() ? nullptr : &it.value();
}

std::optional<qint64> Entities::mentionUserId(QStringView id) const
{
    const Entity *e = find(id);
    if (!e || e->kind != Entity::Kind::Mention || e->userId == 0)
        return std::nullopt;
    return e->userId;
}

QString Entities::hashtag(QStringView id) const
{
    const Entity *e = find(id);
    return e && e->kind == Entity::Kind::Hashtag ? e->value : QString();
}

QString Entities::cashtag(QStringView id) const
{
    const Entity *e = find(id);
    return e && e->kind == Entity::Kind::Cashtag ? e->value : QString();
}

QString Entities::emojiUnicode(QStringView id) const
{
    const Entity *e = find(id);
    return e && e->kind == Entity::Kind::Emoji ? e->value : QString();
}

} // namespace Inspector::PresentationMl
