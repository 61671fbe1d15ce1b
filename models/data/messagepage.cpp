// SPDX-License-Identifier: Apache-2.0
// Parse::messages(): message pages with simdjson. Kept apart from parsemessages.cpp so that only this file
// includes the (large) simdjson header.
#include "data/fieldreader.h"
#include "data/ids.h"
#include "data/messagereader.h"
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
// describes them. Anything else (a wrong type, a missing or invalid id, a duplicate key, a number
// beyond 64 bits) makes it give up, and the message is read by the reference reader,
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
    /// Set by the reader at the first thing the reference reader would call a problem.
    bool failed = false;

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

// ---------------------------------------------------------------------------------------------
// The simdjson side of messagereader.h: a reader that fails where FieldReader would write a
// problem. Once failed, every getter still answers (with a default) and the message is read
// again by the reference reader.

class SimdReader;

/** @brief One object of the message (or its absence): the DOM element and its bytes. */
struct SimdCursor
{
    std::optional<dom::element> element; // nullopt: absent or null, read as an empty object
    Span span;
    Source *src = nullptr;

    SimdReader reader(QStringList *problems) const;
    bool isEmpty() const;
    QByteArray bytes() const
    {
        return element ? QByteArray(span.begin, span.end - span.begin) : QByteArray();
    }
};

class SimdReader
{
public:
    explicit SimdReader(const SimdCursor &c)
        : m_span(c.span)
        , m_src(c.src)
    {
        dom::object o;
        if (!c.element)
            return;
        if (c.element->get_object().get(o) != simdjson::SUCCESS) {
            fail();
            return;
        }
        m_present = true;
        // One walk over the members; every lookup after it reads this list. Duplicate keys:
        // QJsonObject keeps one of them, and rather than guess which, the object is left to the
        // reference reader.
        for (const dom::key_value_pair kv : o) {
            for (const Member &m : m_members) {
                if (m.key == kv.key) {
                    fail();
                    return;
                }
            }
            m_members.append({kv.key, kv.value});
        }
    }

    LazyJsonObject raw() const { return m_present ? m_src->lazy(m_span) : LazyJsonObject(); }
    QString path(QLatin1StringView) const { return {}; }
    bool has(QLatin1StringView key) const { return value(key).has_value(); }
    bool isObject(QLatin1StringView key) const
    {
        const auto v = value(key);
        return v && v->is_object();
    }
    QString compactText(QLatin1StringView)
    {
        fail();
        return {};
    }

    QString string(QLatin1StringView key)
    {
        QString out;
        if (const auto v = value(key); v && !readString(*v, &out))
            fail();
        return out;
    }
    QString stringOrNumber(QLatin1StringView key)
    {
        const auto v = value(key);
        qint64 n = 0;
        if (v && readInteger(*v, &n))
            return QString::number(n);
        return string(key);
    }
    qint64 integer(QLatin1StringView key) { return optionalInteger(key).value_or(0); }
    std::optional<qint64> optionalInteger(QLatin1StringView key)
    {
        const auto v = value(key);
        qint64 n = 0;
        if (!v)
            return std::nullopt;
        if (!readInteger(*v, &n))
            fail();
        return n;
    }
    bool boolean(QLatin1StringView key) { return optionalBoolean(key).value_or(false); }
    std::optional<bool> optionalBoolean(QLatin1StringView key)
    {
        const auto v = value(key);
        bool b = false;
        if (!v)
            return std::nullopt;
        if (!readBool(*v, &b))
            fail();
        return b;
    }
    QList<qint64> integerList(QLatin1StringView key)
    {
        QList<qint64> out;
        const auto v = value(key);
        dom::array a;
        if (!v)
            return out;
        if (v->get_array().get(a) != simdjson::SUCCESS) {
            fail();
            return out;
        }
        for (const dom::element item : a) {
            qint64 n = 0;
            if (!readInteger(item, &n)) {
                fail();
                return out;
            }
            out.append(n);
        }
        return out;
    }

    void require(QLatin1StringView key)
    {
        if (!has(key))
            fail();
    }
    void checkId(QLatin1StringView, const QString &value)
    {
        if (!validId(value))
            fail();
    }
    void adopt(const QStringList &nested)
    {
        if (!nested.isEmpty())
            fail();
    }
    void addProblem(const QString &) { fail(); }

    SimdCursor nested(QLatin1StringView key)
    {
        SimdCursor c {std::nullopt, {}, m_src};
        const qsizetype i = indexOf(key);
        if (i < 0)
            return c;
        const dom::element v = member(i);
        if (v.is_null())
            return c;
        if (!v.is_object() || !memberSpan(i, &c.span)) {
            fail();
            return c;
        }
        c.element = v;
        return c;
    }

    template<typename T, typename Read> QList<T> list(QLatin1StringView key, Read read)
    {
        QList<T> out;
        const qsizetype i = indexOf(key);
        if (i < 0 || member(i).is_null())
            return out;
        dom::array a;
        Span arraySpan;
        Spans items;
        if (member(i).get_array().get(a) != simdjson::SUCCESS || !memberSpan(i, &arraySpan)
            || !itemSpans(arraySpan, &items) || items.size() != qsizetype(a.size())) {
            fail();
            return out;
        }
        qsizetype k = 0;
        for (const dom::element item : a) {
            if (!item.is_object()) {
                fail();
                return out;
            }
            T value = read(SimdCursor {item, items[k++], m_src});
            adopt(value.problems);
            out.append(std::move(value));
        }
        return out;
    }

    /** Sorted as QJsonObject lists them. */
    template<typename Keep> QStringList otherKeys(Keep keep) const
    {
        QStringList out;
        for (const Member &m : m_members) {
            if (!keep(m.key))
                out.append(text(m.key));
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    void fail() { m_src->failed = true; }

    struct Member
    {
        std::string_view key;
        dom::element value;
    };

    // Index of `key` among the object's members, or -1. The search starts after the last hit:
    // the fields are mostly asked for in the order the server writes them.
    qsizetype indexOf(QLatin1StringView key) const
    {
        const std::string_view k(key.data(), size_t(key.size()));
        const qsizetype n = m_members.size();
        for (qsizetype step = 0, i = m_hint; step < n; ++step, ++i) {
            if (i == n)
                i = 0;
            if (m_members[i].key == k) {
                m_hint = i + 1;
                return i;
            }
        }
        return -1;
    }

    dom::element member(qsizetype index) const { return m_members[index].value; }

    std::optional<dom::element> value(QLatin1StringView key) const
    {
        const qsizetype i = indexOf(key);
        if (i < 0 || m_members[i].value.is_null())
            return std::nullopt;
        return m_members[i].value;
    }

    bool memberSpan(qsizetype index, Span *out)
    {
        if (!m_haveSpans) {
            m_haveSpans = true;
            if (!memberSpans(m_span, &m_spans) || m_spans.size() != m_members.size())
                m_spans.clear();
        }
        if (index >= m_spans.size())
            return false;
        *out = m_spans[index];
        return true;
    }

    Span m_span;
    Source *m_src;
    bool m_present = false;
    bool m_haveSpans = false;
    mutable qsizetype m_hint = 0;
    QVarLengthArray<Member, 24> m_members;
    Spans m_spans;
};

SimdReader SimdCursor::reader(QStringList *) const
{
    return SimdReader(*this);
}

bool SimdCursor::isEmpty() const
{
    dom::object o;
    return !element || element->get_object().get(o) != simdjson::SUCCESS || o.size() == 0;
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
            Source src {bytes};
            Message m = Detail::readMessage(
                SimdCursor {item, {bytes.constData(), bytes.constData() + bytes.size()}, &src}, 0);
            if (src.failed)
                m = messageFromJson(QJsonDocument::fromJson(bytes).object());
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
