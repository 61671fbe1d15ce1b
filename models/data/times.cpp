// SPDX-License-Identifier: Apache-2.0
#include "data/times.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace Inspector::Times {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Times)
};

constexpr qint64 MsPerDay = 86400000;
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr int MaxOffsetMinutes = 18 * 60;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/** Reads exactly @p count ASCII digits at @p pos and advances past them. */
bool readDigits(QStringView text, qsizetype &pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    pos += count;
    *value = v;
    return true;
}

bool readChar(QStringView text, qsizetype &pos, char16_t expected)
{
    if (pos < text.size() && text[pos] == expected) {
        ++pos;
        return true;
    }
    return false;
}

QString shapeError(QStringView text)
{
    return Text::tr("'%1' is neither epoch milliseconds nor an ISO 8601 time such as 2026-01-02, "
                    "2026-01-02T10:00 or 2026-01-02T10:00:00.123+02:00.")
        .arg(text);
}

std::optional<qint64> parseEpoch(QStringView text, QString *error)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        if (error)
            *error = Text::tr("'%1' is too large to be a time in epoch milliseconds.").arg(text);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> parseIso(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    qsizetype pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, &year) || !readChar(text, pos, u'-') || !readDigits(text, pos, 2, &month)
        || !readChar(text, pos, u'-') || !readDigits(text, pos, 2, &day)) {
        return fail(shapeError(text));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(Text::tr("'%1' names a day that does not exist.").arg(text));

    int hour = 0, minute = 0, second = 0, millisecond = 0, offsetMinutes = 0;
    if (pos < text.size()) {
        const QChar separator = text[pos];
        if (separator != u'T' && separator != u't' && separator != u' ')
            return fail(shapeError(text));
        ++pos;
        if (!readDigits(text, pos, 2, &hour) || !readChar(text, pos, u':')
            || !readDigits(text, pos, 2, &minute))
            return fail(shapeError(text));
        if (readChar(text, pos, u':')) {
            if (!readDigits(text, pos, 2, &second))
                return fail(shapeError(text));
            if (readChar(text, pos, u'.') || readChar(text, pos, u',')) {
                int digits = 0;
                while (pos < text.size() && isDigit(text[pos])) {
                    // Finer than milliseconds is dropped, not rounded: rounding could carry into the next
                    // second.
                    if (digits < 3)
                        millisecond = millisecond * 10 + (text[pos].unicode() - u'0');
                    ++digits;
                    ++pos;
                }
                if (digits == 0)
                    return fail(shapeError(text));
                for (int i = digits; i < 3; ++i)
                    millisecond *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return fail(
                Text::tr("'%1' has a time of day out of range (hours 00-23, minutes and seconds 00-59).")
                    .arg(text));
        }
        if (readChar(text, pos, u'Z') || readChar(text, pos, u'z')) {
            offsetMinutes = 0;
        } else if (pos < text.size() && (text[pos] == u'+' || text[pos] == u'-')) {
            const int sign = text[pos] == u'-' ? -1 : 1;
            ++pos;
            int offsetHours = 0, offsetMins = 0;
            if (!readDigits(text, pos, 2, &offsetHours))
                return fail(shapeError(text));
            if (readChar(text, pos, u':')) {
                if (!readDigits(text, pos, 2, &offsetMins))
                    return fail(shapeError(text));
            } else if (pos < text.size() && !readDigits(text, pos, 2, &offsetMins)) {
                return fail(shapeError(text));
            }
            offsetMinutes = offsetHours * 60 + offsetMins;
            if (offsetMins > 59 || offsetMinutes > MaxOffsetMinutes)
                return fail(Text::tr("'%1' has a UTC offset out of range (at most \u00b118:00).").arg(text));
            offsetMinutes *= sign;
        }
    }
    if (pos != text.size())
        return fail(shapeError(text));

    const qint64 days = date.toJulianDay() - UnixEpochJulianDay;
    const qint64 msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    return days * MsPerDay + msOfDay - qint64(offsetMinutes) * 60 * 1000;
}

} // namespace

Result<qint64> parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return LocalError(Text::tr("No time was given; expected epoch milliseconds or an ISO 8601 time."));
    QString error;
    const std::optional<qint64> ms
        = std::all_of(text.begin(), text.end(), isDigit) ? parseEpoch(text, &error) : parseIso(text, &error);
    if (!ms)
        return LocalError(error);
    return *ms;
}

QString toIso(qint64 epochMs)
{
    // Floor division, so that times before 1970 land on the previous day with a positive time of day.
    qint64 days = epochMs / MsPerDay;
    qint64 msOfDay = epochMs % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + UnixEpochJulianDay);
    // QDate has no year 0 (1 BC is -1); ISO 8601 counts astronomically (1 BC is 0000).
    const int isoYear = date.year() < 0 ? date.year() + 1 : date.year();
    QString year = QString::number(qAbs(qint64(isoYear))).rightJustified(4, u'0');
    if (isoYear < 0)
        year.prepend(u'-');
    else if (isoYear > 9999)
        year.prepend(u'+');

    const auto two = [](qint64 v) { return QString::number(v).rightJustified(2, u'0'); };
    return year + u'-' + two(date.month()) + u'-' + two(date.day()) + u'T' + two(msOfDay / 3600000) + u':'
        + two(msOfDay / 60000 % 60) + u':' + two(msOfDay / 1000 % 60) + u'.'
        + QString::number(msOfDay % 1000).rightJustified(3, u'0') + u'Z';
}

Result<qint64> parseDuration(QStringView text)
{
    const QString upper = text.trimmed().toString().toUpper();
    auto fail = [&] {
        return LocalError(
            Text::tr("'%1' is not a duration such as P7D, PT12H or P1DT6H (days, hours, minutes, "
                     "seconds; weeks as P2W).")
                .arg(text));
    };
    if (upper.size() < 3 || !upper.startsWith(u'P'))
        return fail();
    qint64 total = 0;
    bool inTime = false;
    bool any = false;
    QString digits;
    for (qsizetype i = 1; i < upper.size(); ++i) {
        const QChar c = upper.at(i);
        if (c.isDigit()) {
            digits += c;
            continue;
        }
        if (c == u'T' && !inTime && digits.isEmpty()) {
            inTime = true;
            continue;
        }
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok || digits.size() > 9)
            return fail();
        qint64 unit = 0;
        if (!inTime && c == u'W')
            unit = 7LL * 86400000;
        else if (!inTime && c == u'D')
            unit = 86400000;
        else if (inTime && c == u'H')
            unit = 3600000;
        else if (inTime && c == u'M')
            unit = 60000;
        else if (inTime && c == u'S')
            unit = 1000;
        else
            return fail();
        total += n * unit;
        digits.clear();
        any = true;
    }
    if (!any || !digits.isEmpty())
        return fail();
    return total;
}

} // namespace Inspector::Times
