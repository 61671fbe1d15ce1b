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

// User ids are 64-bit; clients write them as JSON numbers or as strings.
std::optional<qint64> integerOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(none);
        if (i != none)
            return i;
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QString withoutPrefix(QString value, QChar prefix)
{
    if (value.startsWith(prefix))
        value.remove(0, 1);
    return value;
}

// The first id entry of the wanted type; an entry without a type counts too, since some
// producers leave it out.
QJsonValue idValue(const QJsonArray &ids, QLatin1StringView wantedType)
{
    QJsonValue untyped(QJsonValue::Undefined);
    for (const QJsonValue &entry : ids) {
        const QJsonObject o = entry.toObject();
        const QString type = o.value("type"_L1).toString();
        if (type == wantedType)
            return o.value("value"_L1);
        if (type.isEmpty() && untyped.isUndefined())
            untyped = o.value("value"_L1);
    }
    return untyped;
}

Entity entityFrom(const QJsonObject &o)
{
    Entity e;
    e.type = o.value("type"_L1).toString();
    const QJsonArray ids = o.value("id"_L1).toArray();
    if (e.type == MentionType) {
        e.kind = Entity::Kind::Mention;
        e.userId = integerOf(idValue(ids, UserIdType)).value_or(0);
    } else if (e.type == TaxonomyType) {
        const QJsonValue v = idValue(ids, HashtagIdType);
        if (!v.isUndefined()) {
            e.kind = Entity::Kind::Hashtag;
            e.value = withoutPrefix(stringOf(v), u'#');
        }
    } else if (e.type == SecurityType) {
        // Enhanced tags (version 2.0) may carry only ISIN/BBG ids; the markup text is used then.
        e.kind = Entity::Kind::Cashtag;
        e.value = withoutPrefix(stringOf(idValue(ids, TickerIdType)), u'$');
    } else if (e.type == EmojiType) {
        e.kind = Entity::Kind::Emoji;
        e.value = o.value("data"_L1).toObject().value("unicode"_L1).toString();
    }
    return e;
}

// ---------------------------------------------------------------------------------------------
// The same reading with simdjson. EntityJSON is parsed for every message that has entities, and
// with QJsonDocument that was a good part of the cost of an export's plain text. It gives up
// (nullopt) whenever its answer could differ from the QJsonDocument reading above, which then runs:
// a body simdjson refuses (and the error message is QJsonDocument's), deep nesting, duplicate keys
// (QJsonObject keeps one of them), and numbers other than 64-bit integers where a value is read.

namespace dom = simdjson::dom;

// Well below QJsonDocument's nesting limit, so that nothing simdjson accepts is refused by Qt.
constexpr size_t FastMaxDepth = 256;

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// QJsonValue::toString(): a null string unless the value is a string.
QString stringValue(const std::optional<dom::element> &e)
{
    std::string_view v;
    if (!e || e->get_string().get(v) != simdjson::SUCCESS)
        return {};
    return text(v);
}

// QJsonObject::value(): nullopt stands for undefined.
std::optional<dom::element> member(dom::object o, std::string_view key)
{
    dom::element e;
    if (o.at_key(key).get(e) != simdjson::SUCCESS)
        return std::nullopt;
    return e;
}

bool isNumber(const dom::element &e)
{
    const dom::element_type t = e.type();
    return t == dom::element_type::INT64 || t == dom::element_type::UINT64 || t == dom::element_type::DOUBLE;
}

/** Reads one EntityJSON object as entityFrom() does; gaveUp is set where the answers could differ. */
class FastReader
{
public:
    bool gaveUp = false;

    // QJsonValue::toObject(): the object, or none; duplicate keys give up.
    std::optional<dom::object> object(const std::optional<dom::element> &e)
    {
        dom::object o;
        if (!e || e->get_object().get(o) != simdjson::SUCCESS)
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

    std::optional<qint64> integer(const std::optional<dom::element> &e)
    {
        if (!e)
            return std::nullopt;
        if (e->type() == dom::element_type::INT64)
            return int64_t(*e);
        if (isNumber(*e)) {
            gaveUp = true; // beyond 64 bits or with a fraction: QJsonValue::toInteger decides
            return std::nullopt;
        }
        return e->is_string() ? integerOf(QJsonValue(stringValue(e))) : std::nullopt;
    }

    QString stringOf(const std::optional<dom::element> &e)
    {
        if (e && isNumber(*e)) {
            gaveUp = true; // QString::number of the double: left to the QJsonValue reading
            return {};
        }
        return stringValue(e);
    }

    std::optional<dom::element> idValue(const std::optional<dom::element> &idsValue, QLatin1StringView wantedType)
    {
        dom::array ids;
        if (!idsValue || idsValue->get_array().get(ids) != simdjson::SUCCESS)
            return std::nullopt;
        std::optional<dom::element> untyped;
        for (const dom::element entry : ids) {
            const std::optional<dom::object> o = object(entry);
            if (gaveUp)
                return std::nullopt;
            const QString type = o ? stringValue(member(*o, "type")) : QString();
            if (type == wantedType)
                return member(*o, "value");
            if (type.isEmpty() && !untyped && o)
                untyped = member(*o, "value");
        }
        return untyped;
    }

    Entity entity(dom::object o)
    {
        Entity e;
        e.type = stringValue(member(o, "type"));
        const std::optional<dom::element> ids = member(o, "id");
        if (e.type == MentionType) {
            e.kind = Entity::Kind::Mention;
            e.userId = integer(idValue(ids, UserIdType)).value_or(0);
        } else if (e.type == TaxonomyType) {
            if (const std::optional<dom::element> v = idValue(ids, HashtagIdType)) {
                e.kind = Entity::Kind::Hashtag;
                e.value = withoutPrefix(stringOf(v), u'#');
            }
        } else if (e.type == SecurityType) {
            e.kind = Entity::Kind::Cashtag;
            e.value = withoutPrefix(stringOf(idValue(ids, TickerIdType)), u'$');
        } else if (e.type == EmojiType) {
            e.kind = Entity::Kind::Emoji;
            if (const std::optional<dom::object> data = object(member(o, "data")))
                e.value = stringValue(member(*data, "unicode"));
        }
        return e;
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
    if (!rootObject)
        return std::nullopt; // not an object, or duplicate keys
    Entities result;
    result.byId.reserve(qsizetype(rootObject->size()));
    for (const dom::key_value_pair kv : *rootObject) {
        const std::optional<dom::object> o = reader.object(kv.value);
        if (o)
            result.byId.insert(text(kv.key), reader.entity(*o));
        if (reader.gaveUp)
            return std::nullopt;
    }
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
    const QJsonObject root = doc.object();
    result.byId.reserve(root.size());
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.value().isObject())
            result.byId.insert(it.key(), entityFrom(it.value().toObject()));
    }
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
