// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to models/data: what the Parse:: entry points of every domain (parse*.cpp,
// messagepage.cpp) share to turn a body into a value struct.

#include "data/fieldreader.h"
#include "data/parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace Inspector::Parse::Detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Parse)
};

/**
 * A shared message may itself share one; real posts stop at one level, and a cap keeps a hostile
 * body from recursing as deep as the JSON parser allows. Both message readers stop here.
 */
constexpr int MaxSharedMessageDepth = 3;

struct Top
{
    QJsonValue value;
    QString error;
    bool empty = false;
    int replaced = 0;
};

/** The top-level JSON value of a body, or a fatal error; `empty` for a body of only whitespace. */
Top readTop(const QByteArray &rawBody);

/** The sentence for a top-level value of the wrong shape, `what` naming what was expected. */
QString wrongShape(const QJsonValue &value, const QString &what);

// ---------------------------------------------------------------------------------------------
// Counting flagged records (see Result::flagged).

inline int ownFlag(const QStringList &problems)
{
    return problems.isEmpty() ? 0 : 1;
}

template<typename T> int countFlagged(const QList<T> &records)
{
    return int(
        std::count_if(records.begin(), records.end(), [](const T &r) { return !r.problems.isEmpty(); }));
}

template<typename T> int flaggedIn(const T &value)
{
    return ownFlag(value.problems);
}

// Envelopes: their own problems and those of their records are counted apart (see the struct docs).
inline int flaggedIn(const AdminStreamList &l)
{
    return ownFlag(l.problems) + countFlagged(l.streams);
}
inline int flaggedIn(const RoomSearchResult &s)
{
    return ownFlag(s.problems) + countFlagged(s.rooms);
}
inline int flaggedIn(const AdminMemberList &l)
{
    return ownFlag(l.problems) + countFlagged(l.members);
}
inline int flaggedIn(const ReceiptPage &p)
{
    return ownFlag(p.problems) + countFlagged(p.receipts);
}
inline int flaggedIn(const UserList &l)
{
    return ownFlag(l.problems) + countFlagged(l.users) + countFlagged(l.errors);
}

// ---------------------------------------------------------------------------------------------
// Bodies and envelopes.

/**
 * The frame of every record reader: a T that keeps @p o as its raw object, and a FieldReader that
 * files the problems it finds in the T's own list; @p fill(T &, FieldReader &) reads the fields.
 */
template<typename T, typename Fill> T readRecord(const QJsonObject &o, const QString &path, Fill fill)
{
    T value;
    value.raw = o;
    FieldReader r(o, &value.problems, path);
    fill(value, r);
    return value;
}

/** Envelope lists: the items keep their own problems; the envelope only lists its own fields. */
template<typename T, typename Read> QList<T> readRecords(FieldReader &r, QLatin1StringView key, Read read)
{
    QList<T> out;
    const QJsonArray array = r.array(key);
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject()) {
            out.append(read(item.toObject(), QString()));
        } else {
            // Kept as an empty record so that the item count (which drives skip) stays true.
            T placeholder;
            placeholder.problems.append(FieldReader::wrongTypeSentence(
                r.path(key) + u'[' + QString::number(i) + u']', FieldReader::Expect::Object, item));
            out.append(std::move(placeholder));
        }
    }
    return out;
}

template<typename T, typename Read>
Result<QList<T>> parseArray(const QByteArray &body, const QString &what, Read read)
{
    Result<QList<T>> result;
    const Top top = readTop(body);
    result.replaced = top.replaced;
    if (top.empty)
        return result;
    if (!top.error.isEmpty()) {
        result.error = top.error;
        return result;
    }
    if (!top.value.isArray()) {
        result.error = wrongShape(top.value, what);
        return result;
    }
    const QJsonArray array = top.value.toArray();
    result.value.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject()) {
            result.value.append(read(item.toObject(), QString()));
        } else {
            // Kept as an empty record so that the item count (which drives skip) stays true.
            T placeholder;
            placeholder.problems.append(Text::tr("Item %1 of the list should be an object but is %2.")
                                            .arg(i + 1)
                                            .arg(FieldReader::describe(item)));
            result.value.append(std::move(placeholder));
        }
        if (!result.value.constLast().problems.isEmpty())
            ++result.flagged;
    }
    return result;
}

template<typename T, typename Read>
Result<T> parseObject(const QByteArray &body, const QString &what, Read read, bool emptyIsEmpty = false)
{
    Result<T> result;
    const Top top = readTop(body);
    result.replaced = top.replaced;
    if (top.empty) {
        if (!emptyIsEmpty)
            result.error = Text::tr("The server sent an empty response where %1 was expected.").arg(what);
        return result;
    }
    if (!top.error.isEmpty()) {
        result.error = top.error;
        return result;
    }
    if (!top.value.isObject()) {
        result.error = wrongShape(top.value, what);
        return result;
    }
    result.value = read(top.value.toObject(), QString());
    result.flagged = flaggedIn(result.value);
    return result;
}

} // namespace Inspector::Parse::Detail
