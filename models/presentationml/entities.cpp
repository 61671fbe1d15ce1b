// SPDX-License-Identifier: Apache-2.0
#include "presentationml/presentationml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

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

} // namespace

Entities Entities::parse(const QString &dataJson)
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
