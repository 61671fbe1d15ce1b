// SPDX-License-Identifier: Apache-2.0
// Parse::messages(): message pages with simdjson. Kept apart from parsemessages.cpp so that only this file
// includes the (large) simdjson header.
#include "data/fieldreader.h"
#include "data/ids.h"
#include "data/messagefields.h"
#include "data/parse.h"
#include "data/parsebody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Inspector::Parse {

namespace {

using Detail::MaxSharedMessageDepth;
using Detail::Text;

namespace dom = simdjson::dom;

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// ---------------------------------------------------------------------------------------------
// Byte spans of values in JSON text that simdjson has already validated: only strings need care.

const char *skipWhitespace(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

const char *skipString(const char *p, const char *end)
{
    ++p; // the opening quote
    while (p < end) {
        const auto *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!q)
            return end;
        const char *b = q;
        while (b > p && b[-1] == '\\')
            --b;
        if (((q - b) & 1) == 0)
            return q + 1; // an even run of backslashes escapes only itself
        p = q + 1;
    }
    return end;
}

const char *skipValue(const char *p, const char *end)
{
    if (p >= end)
        return end;
    if (*p == '"')
        return skipString(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                p = skipString(p, end);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            ++p;
        }
        return end;
    }
    while (
        p < end && *p != ',' && *p != ']' && *p != '}' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
        ++p;
    return p;
}

// ---------------------------------------------------------------------------------------------
// The fast reader: fills the structs straight from the DOM for messages that are as the API
// describes them. Anything else (a null, a wrong type, a missing or invalid id, a duplicate key,
// a number beyond 64 bits) makes it give up, and the message is read by the reference reader,
// which writes the problem sentences: the two can never disagree on a message with problems.

// Byte spans of an object's member values, or of an array's items, in source order (which is
// the DOM's order too). Nested raw objects are then made from their bytes when someone asks.
struct Span
{
    const char *begin = nullptr;
    const char *end = nullptr;
};
using Spans = QVarLengthArray<Span, 24>;

bool memberSpans(Span object, Spans *out)
{
    const char *p = skipWhitespace(object.begin, object.end);
    if (p >= object.end || *p != '{')
        return false;
    p = skipWhitespace(p + 1, object.end);
    while (p < object.end && *p != '}') {
        p = skipWhitespace(skipString(p, object.end), object.end); // the key
        if (p >= object.end || *p != ':')
            return false;
        const char *value = skipWhitespace(p + 1, object.end);
        p = skipValue(value, object.end);
        out->append({value, p});
        p = skipWhitespace(p, object.end);
        if (p < object.end && *p == ',')
            p = skipWhitespace(p + 1, object.end);
    }
    return true;
}

bool itemSpans(Span array, Spans *out)
{
    const char *p = skipWhitespace(array.begin, array.end);
    if (p >= array.end || *p != '[')
        return false;
    p = skipWhitespace(p + 1, array.end);
    while (p < array.end && *p != ']') {
        const char *item = p;
        p = skipValue(item, array.end);
        out->append({item, p});
        p = skipWhitespace(p, array.end);
        if (p < array.end && *p == ',')
            p = skipWhitespace(p + 1, array.end);
    }
    return true;
}

/// The message's bytes, which every span of it points into.
struct Source
{
    const QByteArray &json;

    LazyJsonObject lazy(Span s) const
    {
        return LazyJsonObject::fromJson(json, s.begin - json.constData(), s.end - s.begin);
    }
};

bool readString(dom::element e, QString *out)
{
    std::string_view v;
    if (e.get_string().get(v) != simdjson::SUCCESS)
        return false;
    *out = text(v);
    return true;
}

bool readInteger(dom::element e, qint64 *out)
{
    if (e.type() != dom::element_type::INT64)
        return false;
    *out = int64_t(e);
    return true;
}

bool readBool(dom::element e, bool *out)
{
    if (e.type() != dom::element_type::BOOL)
        return false;
    *out = bool(e);
    return true;
}

bool validId(const QString &id)
{
    return id.isEmpty() || Ids::validate(id);
}

// Duplicate keys: QJsonObject keeps one of them; rather than guess which, such an object is left
// to the reference reader.
bool hasDuplicateKeys(dom::object o)
{
    QVarLengthArray<std::string_view, 24> keys;
    for (const dom::key_value_pair kv : o) {
        if (std::find(keys.cbegin(), keys.cend(), kv.key) != keys.cend())
            return true;
        keys.append(kv.key);
    }
    return false;
}

bool readUser(dom::element e, Span span, const Source &src, UserRef *u)
{
    dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS || hasDuplicateKeys(o))
        return false;
    u->raw = src.lazy(span);
    bool haveUsername = false;
    QString userName;
    for (const dom::key_value_pair kv : o) {
        const std::string_view k = kv.key;
        const dom::element v = kv.value;
        if (v.is_null())
            continue; // as absent, as FieldReader reads it
        bool ok = true;
        if (k == "userId")
            ok = readInteger(v, &u->userId);
        else if (k == "firstName")
            ok = readString(v, &u->firstName);
        else if (k == "lastName")
            ok = readString(v, &u->lastName);
        else if (k == "displayName")
            ok = readString(v, &u->displayName);
        else if (k == "email")
            ok = readString(v, &u->email);
        else if (k == "username")
            ok = haveUsername = readString(v, &u->username);
        else if (k == "userName")
            ok = readString(v, &userName);
        if (!ok)
            return false;
    }
    if (!haveUsername)
        u->username = userName;
    return true;
}

bool readStream(dom::element e, Span span, const Source &src, StreamRef *s)
{
    dom::object o;
    Spans members;
    if (e.get_object().get(o) != simdjson::SUCCESS || hasDuplicateKeys(o) || !memberSpans(span, &members)
        || members.size() != qsizetype(o.size()))
        return false;
    s->raw = src.lazy(span);
    qsizetype index = -1;
    for (const dom::key_value_pair kv : o) {
        ++index;
        const std::string_view k = kv.key;
        const dom::element v = kv.value;
        if (v.is_null())
            continue;
        bool ok = true;
        if (k == "streamId") {
            ok = readString(v, &s->streamId) && validId(s->streamId);
        } else if (k == "streamType") {
            ok = readString(v, &s->streamType);
        } else if (k == "roomName") {
            ok = readString(v, &s->roomName);
        } else if (k == "members") {
            dom::array a;
            Spans items;
            ok = v.get_array().get(a) == simdjson::SUCCESS && itemSpans(members[index], &items)
                && items.size() == qsizetype(a.size());
            qsizetype i = 0;
            for (const dom::element item : a) {
                UserRef member;
                if (!ok || !readUser(item, items[i++], src, &member))
                    return false;
                s->members.append(std::move(member));
            }
        } else if (k == "external") {
            ok = readBool(v, &s->external);
        } else if (k == "crossPod") {
            ok = readBool(v, &s->crossPod);
        } else if (k == "recipientTenantIds") {
            dom::array a;
            ok = v.get_array().get(a) == simdjson::SUCCESS;
            for (const dom::element item : a) {
                qint64 id = 0;
                if (!ok || !readInteger(item, &id))
                    return false;
                s->recipientTenantIds.append(id);
            }
        }
        if (!ok)
            return false;
    }
    return true;
}

bool readThumbnail(dom::element e, Span span, const Source &src, ThumbnailInfo *t)
{
    dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS || hasDuplicateKeys(o))
        return false;
    t->raw = src.lazy(span);
    for (const dom::key_value_pair kv : o) {
        const std::string_view k = kv.key;
        const dom::element v = kv.value;
        if (v.is_null())
            continue;
        bool ok = true;
        if (k == "id") {
            ok = readString(v, &t->id);
        } else if (k == "dimension") {
            qint64 n = 0;
            if (readInteger(v, &n))
                t->dimension = QString::number(n);
            else
                ok = readString(v, &t->dimension);
        }
        if (!ok)
            return false;
    }
    return true;
}

bool readAttachment(dom::element e, Span span, const Source &src, AttachmentInfo *a)
{
    dom::object o;
    Spans members;
    if (e.get_object().get(o) != simdjson::SUCCESS || hasDuplicateKeys(o) || !memberSpans(span, &members)
        || members.size() != qsizetype(o.size()))
        return false;
    a->raw = src.lazy(span);
    bool haveId = false;
    qsizetype index = -1;
    for (const dom::key_value_pair kv : o) {
        ++index;
        const std::string_view k = kv.key;
        const dom::element v = kv.value;
        if (v.is_null()) {
            if (k == "id")
                return false; // "is null": a problem the reference reader words
            continue;
        }
        bool ok = true;
        if (k == "id") {
            ok = haveId = readString(v, &a->id);
        } else if (k == "name") {
            ok = readString(v, &a->name);
        } else if (k == "size") {
            ok = readInteger(v, &a->size);
        } else if (k == "images") {
            dom::array list;
            Spans items;
            ok = v.get_array().get(list) == simdjson::SUCCESS && itemSpans(members[index], &items)
                && items.size() == qsizetype(list.size());
            qsizetype i = 0;
            for (const dom::element item : list) {
                ThumbnailInfo t;
                if (!ok || !readThumbnail(item, items[i++], src, &t))
                    return false;
                a->images.append(std::move(t));
            }
        }
        if (!ok)
            return false;
    }
    return haveId;
}

int fieldIndex(std::string_view key)
{
    for (size_t i = 0; i < MessageFields.size(); ++i) {
        if (MessageFields[i] == key)
            return int(i);
    }
    return -1;
}

bool readMessage(dom::object o, Span span, const Source &src, Message *m, int depth)
{
    Spans members;
    if (!memberSpans(span, &members) || members.size() != qsizetype(o.size()))
        return false;
    quint32 seen = 0;
    qsizetype memberIndex = -1;
    for (const dom::key_value_pair kv : o) {
        ++memberIndex;
        const Span valueSpan = members[memberIndex];
        const std::string_view k = kv.key;
        const dom::element v = kv.value;
        const int index = fieldIndex(k);
        if (index < 0) {
            const QString name = text(k);
            if (m->otherFields.contains(name))
                return false;
            m->otherFields.append(name);
            continue;
        }
        if (seen & (1u << index))
            return false;
        seen |= 1u << index;
        const std::string_view f = MessageFields[size_t(index)];
        if (v.is_null()) {
            if (f == "messageId")
                return false; // "is null": a problem the reference reader words
            continue; // as absent, as FieldReader reads it
        }
        bool ok = true;
        if (f == "messageId") {
            ok = readString(v, &m->messageId) && validId(m->messageId);
        } else if (f == "timestamp") {
            ok = readInteger(v, &m->timestamp);
        } else if (f == "message") {
            ok = readString(v, &m->message);
        } else if (f == "data") {
            ok = readString(v, &m->data);
        } else if (f == "user") {
            ok = readUser(v, valueSpan, src, &m->user);
        } else if (f == "stream") {
            ok = readStream(v, valueSpan, src, &m->stream);
        } else if (f == "attachments") {
            dom::array list;
            Spans items;
            ok = v.get_array().get(list) == simdjson::SUCCESS && itemSpans(valueSpan, &items)
                && items.size() == qsizetype(list.size());
            qsizetype i = 0;
            for (const dom::element item : list) {
                AttachmentInfo a;
                if (!ok || !readAttachment(item, items[i++], src, &a))
                    return false;
                m->attachments.append(std::move(a));
            }
        } else if (f == "parentMessageId") {
            ok = readString(v, &m->parentMessageId) && validId(m->parentMessageId);
        } else if (f == "externalRecipients") {
            bool b = false;
            ok = readBool(v, &b);
            m->externalRecipients = b;
        } else if (f == "diagnostic") {
            ok = readString(v, &m->diagnostic);
        } else if (f == "userAgent") {
            ok = readString(v, &m->userAgent);
        } else if (f == "originalFormat") {
            ok = readString(v, &m->originalFormat);
        } else if (f == "disclaimer") {
            ok = readString(v, &m->disclaimer);
        } else if (f == "sid") {
            ok = readString(v, &m->sid);
        } else if (f == "replacing") {
            ok = readString(v, &m->replacing) && validId(m->replacing);
        } else if (f == "replacedBy") {
            ok = readString(v, &m->replacedBy) && validId(m->replacedBy);
        } else if (f == "initialTimestamp") {
            qint64 t = 0;
            ok = readInteger(v, &t);
            m->initialTimestamp = t;
        } else if (f == "initialMessageId") {
            ok = readString(v, &m->initialMessageId) && validId(m->initialMessageId);
        } else if (f == "silent") {
            bool b = false;
            ok = readBool(v, &b);
            m->silent = b;
        } else if (f == "sharedMessage") {
            dom::object shared;
            ok = depth < MaxSharedMessageDepth && v.get_object().get(shared) == simdjson::SUCCESS
                && shared.size() > 0;
            if (ok) {
                auto sharedMessage = std::make_shared<Message>();
                ok = readMessage(shared, valueSpan, src, sharedMessage.get(), depth + 1);
                sharedMessage->raw = src.lazy(valueSpan);
                sharedMessage->json = QByteArray(valueSpan.begin, valueSpan.end - valueSpan.begin);
                m->sharedMessage = std::move(sharedMessage);
            }
        }
        if (!ok)
            return false;
    }
    // QJsonObject lists keys sorted; the reference reader lists them in that order.
    std::sort(m->otherFields.begin(), m->otherFields.end());
    return (seen & (1u << fieldIndex("messageId"))) != 0;
}

} // namespace

std::optional<MessagePageOutline> messagePageOutline(const QByteArray &rawBody)
{
    QByteArrayView body = QByteArrayView(rawBody).trimmed();
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    const qsizetype size = body.size();
    if (size == 0)
        return std::nullopt;
    // simdjson reads a little past the end: the page is copied into a buffer with room for that,
    // kept from page to page (the pager outlines every page on its own thread).
    thread_local std::vector<char> padded;
    padded.resize(size_t(size) + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), body.data(), size_t(size));
    std::memset(padded.data() + size, 0, simdjson::SIMDJSON_PADDING);
    thread_local dom::parser parser;
    dom::element root;
    // simdjson validates UTF-8: a body messages() would have to repair is not plain.
    if (parser.parse(padded.data(), size_t(size), false).get(root) != simdjson::SUCCESS || !root.is_array())
        return std::nullopt;
    MessagePageOutline outline;
    const dom::array items(root);
    outline.timestamps.reserve(qsizetype(items.size()));
    for (const dom::element item : items) {
        if (!item.is_object() || hasDuplicateKeys(dom::object(item)))
            return std::nullopt;
        const dom::object o(item);
        qint64 timestamp = 0;
        dom::element value;
        if (o.at_key("timestamp").get(value) != simdjson::SUCCESS || !readInteger(value, &timestamp))
            return std::nullopt;
        if (outline.timestamps.isEmpty() && o.at_key("messageId").get(value) == simdjson::SUCCESS
            && !readString(value, &outline.firstMessageId))
            return std::nullopt;
        outline.timestamps.append(timestamp);
    }
    return outline;
}

Result<QList<Message>> messages(const QByteArray &rawBody)
{
    // The same preparation as the reference reader (Detail::readTop in parsebody.cpp).
    Result<QList<Message>> result;
    QByteArray body = rawBody.trimmed();
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (body.isEmpty())
        return result;
    result.replaced = repairJsonText(&body);
    const qsizetype size = body.size();
    body.append(QByteArray(qsizetype(simdjson::SIMDJSON_PADDING), '\0'));

    thread_local dom::parser parser;
    dom::element root;
    if (parser.parse(body.constData(), size_t(size), false).get(root) != simdjson::SUCCESS
        || !root.is_array()) {
        // Malformed, or the wrong shape: the reference reader writes the sentences.
        return messagesReference(rawBody);
    }

    const char *end = body.constData() + size;
    const char *p = skipWhitespace(body.constData(), end);
    p = skipWhitespace(p + 1, end); // past '['
    const dom::array items(root);
    result.value.reserve(qsizetype(items.size()));
    int index = 0;
    for (const dom::element item : items) {
        const char *start = skipWhitespace(p, end);
        const char *stop = skipValue(start, end);
        p = skipWhitespace(stop, end);
        if (p < end && *p == ',')
            ++p;
        const QByteArray bytes(start, stop - start);
        ++index;
        if (item.is_object()) {
            Message m;
            if (readMessage(dom::object(item), {bytes.constData(), bytes.constData() + bytes.size()}, {bytes},
                    &m, 0)) {
                m.raw = LazyJsonObject::fromJson(bytes);
            } else {
                m = messageFromJson(QJsonDocument::fromJson(bytes).object());
            }
            m.json = bytes;
            result.value.append(std::move(m));
        } else {
            // Kept as an empty record so that the item count (which drives skip) stays true.
            const QJsonValue value = QJsonDocument::fromJson(QByteArray('[' + bytes + ']')).array().at(0);
            Message placeholder;
            placeholder.problems.append(Text::tr("Item %1 of the list should be an object but is %2.")
                                            .arg(index)
                                            .arg(FieldReader::describe(value)));
            result.value.append(std::move(placeholder));
        }
        if (!result.value.constLast().problems.isEmpty())
            ++result.flagged;
    }
    return result;
}

} // namespace Inspector::Parse
