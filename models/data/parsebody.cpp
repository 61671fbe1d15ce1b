// SPDX-License-Identifier: Apache-2.0
// Response bodies: the top-level JSON value, repaired text, and the sentences of fatal errors.
#include "data/parsebody.h"

#include "data/jsonescape.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using Detail::Text;

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one (RFC 3629: no
// overlong forms, no encoded surrogates, nothing above U+10FFFF).
int utf8SequenceLength(const uchar *d, qsizetype i, qsizetype n)
{
    const uchar c = d[i];
    int len = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > n || d[i + 1] < lo || d[i + 1] > hi)
        return 0;
    for (int k = 2; k < len; ++k) {
        if (d[i + k] < 0x80 || d[i + k] > 0xBF)
            return 0;
    }
    return len;
}

QString htmlTitle(const QByteArray &body)
{
    const QByteArray head = body.left(4096);
    const QByteArray lower = head.toLower();
    const qsizetype open = lower.indexOf("<title");
    if (open < 0)
        return {};
    const qsizetype start = lower.indexOf('>', open);
    const qsizetype end = lower.indexOf("</title", start);
    if (start < 0 || end < 0)
        return {};
    QString title = QString::fromUtf8(head.mid(start + 1, end - start - 1)).simplified();
    constexpr qsizetype MaxShown = 80;
    if (title.size() > MaxShown)
        title = title.left(MaxShown) + u'\x2026';
    return title;
}

/**
 * True when the body stops inside a string or with brackets still open: the signature of a response
 * that was cut off (a dropped connection, a proxy's size limit) rather than one that was written wrong.
 * QJsonParseError cannot tell: it reports "unterminated object" for `{'a':1}` as well.
 */
bool endsInsideStructure(const QByteArray &body)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return inString || depth > 0;
}

QString describeTop(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return Text::tr("a JSON object");
    case QJsonValue::Array:
        return Text::tr("a JSON array");
    case QJsonValue::String:
        return Text::tr("a JSON string");
    case QJsonValue::Double:
        return Text::tr("a JSON number");
    case QJsonValue::Bool:
        return Text::tr("a JSON boolean");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("JSON null");
}

} // namespace

int repairJsonText(QByteArray *json)
{
    int replaced = 0;
    // 1. Escapes of half a surrogate pair (same length: the four hex digits become fffd).
    for (qsizetype i = json->indexOf('\\'); i >= 0 && i < json->size(); i = json->indexOf('\\', i)) {
        const int unit = JsonEscape::unicodeEscapeAt(*json, i);
        if (unit < 0) {
            i += 2; // some other escape, possibly an escaped backslash: skip it whole
            continue;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next = JsonEscape::unicodeEscapeAt(*json, i + 6);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                i += 12; // a valid pair
                continue;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
            json->replace(i + 2, 4, "fffd");
            ++replaced;
        }
        i += 6;
    }
    // 2. Bytes that are not UTF-8: copy only when there is one.
    const auto *d = reinterpret_cast<const uchar *>(json->constData());
    const qsizetype n = json->size();
    qsizetype i = 0;
    while (i < n && d[i] < 0x80)
        ++i;
    QByteArray out;
    qsizetype copied = 0;
    while (i < n) {
        if (d[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceLength(d, i, n);
        if (len > 0) {
            i += len;
            continue;
        }
        if (out.isEmpty())
            out.reserve(n + 16);
        out.append(json->constData() + copied, i - copied);
        out.append("\xEF\xBF\xBD");
        ++replaced;
        ++i;
        copied = i;
    }
    if (copied > 0) {
        out.append(json->constData() + copied, n - copied);
        *json = out;
    }
    return replaced;
}

namespace Detail {

Top readTop(const QByteArray &rawBody)
{
    Top top;
    QByteArray body = rawBody.trimmed();
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (body.isEmpty()) {
        top.empty = true;
        return top;
    }

    // Qt turns an escaped lone surrogate into a silent '?' and refuses a whole body over one byte
    // that is not UTF-8: repair both first, visibly (U+FFFD, counted).
    top.replaced = repairJsonText(&body);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        top.value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return top;
    }

    // Proxies and gateways answer with HTML pages (a 502/503 page, a login portal): say so.
    if (body.startsWith('<')) {
        const QString title = htmlTitle(body);
        top.error = title.isEmpty()
            ? Text::tr("The server sent HTML or XML instead of JSON.")
            : Text::tr("The server sent an HTML page (\"%1\") instead of JSON.").arg(title);
        return top;
    }
    // QJsonDocument only takes an object or an array at the top; a lone string, number or null is
    // valid JSON of the wrong shape, so it gets the wrong-shape sentence rather than "malformed".
    if (!body.startsWith('{') && !body.startsWith('[')) {
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray('[' + body + ']'), &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            top.value = wrapped.array().at(0);
            return top;
        }
    }

    const bool cutOff = endsInsideStructure(body);
    top.error = cutOff
        ? Text::tr("The server sent incomplete JSON (%1 at offset %2); the response was probably "
                   "cut off.")
              .arg(parseError.errorString())
              .arg(parseError.offset)
        : Text::tr("The server sent malformed JSON (%1 at offset %2).")
              .arg(parseError.errorString())
              .arg(parseError.offset);
    return top;
}

QString wrongShape(const QJsonValue &value, const QString &what)
{
    // A 200 that carries an error object is best reported with the server's own words.
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonValue code = o.value("code"_L1);
        const QJsonValue message = o.value("message"_L1);
        if (code.isDouble() && message.isString()) {
            return Text::tr("The server answered with an error (%1: %2) where %3 was expected.")
                .arg(QString::number(code.toInteger()), message.toString(), what);
        }
    }
    return Text::tr("The server sent %1 where %2 was expected.").arg(describeTop(value), what);
}

} // namespace Detail

} // namespace Inspector::Parse
