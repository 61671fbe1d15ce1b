// SPDX-License-Identifier: Apache-2.0
#include "common/testsuite.h"
#include "data/times.h"

#include <QRegularExpression>
#include <QTest>

#include <limits>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Inspector;

/** @brief Times: epoch milliseconds and ISO 8601 in, ISO 8601 UTC out. */
class TimesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void toIso_data();
    void toIso();
    void roundTrip_data();
    void roundTrip();
    void independentOfLocalZone();
};

void TimesTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TimesTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    // 2026-01-02T10:00:00Z is the demo pod's first message (docs §15.3).
    QTest::newRow("epoch-ms") << u"1767348000000"_s << Q_INT64_C(1767348000000);
    QTest::newRow("epoch-zero") << u"0"_s << Q_INT64_C(0);
    QTest::newRow("epoch-max") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("epoch-with-spaces") << u" 1767348000000\n"_s << Q_INT64_C(1767348000000);
    QTest::newRow("date-only-is-utc-midnight") << u"2026-01-02"_s << Q_INT64_C(1767312000000);
    QTest::newRow("minutes-no-zone-is-utc") << u"2026-01-02T10:00"_s << Q_INT64_C(1767348000000);
    QTest::newRow("seconds-no-zone") << u"2026-01-02T10:00:00"_s << Q_INT64_C(1767348000000);
    QTest::newRow("zulu") << u"2026-01-02T10:00:00Z"_s << Q_INT64_C(1767348000000);
    QTest::newRow("minutes-zulu") << u"2026-01-02T10:00Z"_s << Q_INT64_C(1767348000000);
    QTest::newRow("milliseconds") << u"2026-01-02T10:00:00.123Z"_s << Q_INT64_C(1767348000123);
    QTest::newRow("milliseconds-no-zone") << u"2026-01-02T10:00:00.123"_s << Q_INT64_C(1767348000123);
    QTest::newRow("tenths") << u"2026-01-02T10:00:00.5Z"_s << Q_INT64_C(1767348000500);
    QTest::newRow("microseconds-truncated") << u"2026-01-02T10:00:00.123999Z"_s << Q_INT64_C(1767348000123);
    QTest::newRow("comma-fraction") << u"2026-01-02T10:00:00,250Z"_s << Q_INT64_C(1767348000250);
    QTest::newRow("plus-two-hours") << u"2026-01-02T10:00:00+02:00"_s << Q_INT64_C(1767340800000);
    QTest::newRow("plus-two-hours-ms") << u"2026-01-02T12:00:00.123+02:00"_s << Q_INT64_C(1767348000123);
    QTest::newRow("minus-half-hour") << u"2026-01-02T10:00:00-05:30"_s << Q_INT64_C(1767367800000);
    QTest::newRow("offset-without-colon") << u"2026-01-02T10:00:00+0200"_s << Q_INT64_C(1767340800000);
    QTest::newRow("offset-hours-only") << u"2026-01-02T10:00+02"_s << Q_INT64_C(1767340800000);
    QTest::newRow("offset-largest") << u"2026-01-02T10:00:00-18:00"_s << Q_INT64_C(1767412800000);
    QTest::newRow("space-separator") << u"2026-01-02 10:00:00Z"_s << Q_INT64_C(1767348000000);
    QTest::newRow("lowercase-t-and-z") << u"2026-01-02t10:00:00z"_s << Q_INT64_C(1767348000000);
    QTest::newRow("leap-day") << u"2024-02-29T23:59:59.999Z"_s << Q_INT64_C(1709251199999);
    QTest::newRow("before-1970") << u"1969-12-31T23:59:59.999Z"_s << Q_INT64_C(-1);
    QTest::newRow("surrounding-whitespace") << u"\t2026-01-02T10:00Z "_s << Q_INT64_C(1767348000000);
}

void TimesTest::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Result<qint64> result = Times::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(result.value(), expected);
    QVERIFY(result.error().message().isEmpty());
}

void TimesTest::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    const auto shape = [](const QString &text) -> QString {
        return u"'"_s + text
            + u"' is neither epoch milliseconds nor an ISO 8601 time such as 2026-01-02, 2026-01-02T10:00 or "
              u"2026-01-02T10:00:00.123+02:00."_s;
    };
    QTest::newRow("empty") << QString()
                           << u"No time was given; expected epoch milliseconds or an ISO 8601 time."_s;
    QTest::newRow("whitespace") << u"   "_s
                                << u"No time was given; expected epoch milliseconds or an ISO 8601 time."_s;
    QTest::newRow("word") << u"yesterday"_s << shape(u"yesterday"_s);
    QTest::newRow("negative-epoch") << u"-1000"_s << shape(u"-1000"_s);
    QTest::newRow("epoch-overflow")
        << u"99999999999999999999"_s
        << u"'99999999999999999999' is too large to be a time in epoch milliseconds."_s;
    QTest::newRow("epoch-with-letters") << u"1767348000000ms"_s << shape(u"1767348000000ms"_s);
    QTest::newRow("short-date") << u"2026-1-2"_s << shape(u"2026-1-2"_s);
    QTest::newRow("slashes") << u"2026/01/02"_s << shape(u"2026/01/02"_s);
    QTest::newRow("february-30") << u"2026-02-30"_s << u"'2026-02-30' names a day that does not exist."_s;
    QTest::newRow("not-a-leap-year") << u"2023-02-29T10:00"_s
                                     << u"'2023-02-29T10:00' names a day that does not exist."_s;
    QTest::newRow("month-13") << u"2026-13-01"_s << u"'2026-13-01' names a day that does not exist."_s;
    QTest::newRow("hour-25")
        << u"2026-01-02T25:00"_s
        << u"'2026-01-02T25:00' has a time of day out of range (hours 00-23, minutes and seconds "
           u"00-59)."_s;
    QTest::newRow("minute-60")
        << u"2026-01-02T10:60Z"_s
        << u"'2026-01-02T10:60Z' has a time of day out of range (hours 00-23, minutes and "
           u"seconds 00-59)."_s;
    QTest::newRow("leap-second")
        << u"2026-01-02T23:59:60Z"_s
        << u"'2026-01-02T23:59:60Z' has a time of day out of range (hours 00-23, minutes and "
           u"seconds 00-59)."_s;
    QTest::newRow("hour-without-minutes") << u"2026-01-02T10"_s << shape(u"2026-01-02T10"_s);
    QTest::newRow("dot-without-digits") << u"2026-01-02T10:00:00.Z"_s << shape(u"2026-01-02T10:00:00.Z"_s);
    QTest::newRow("zone-on-a-date") << u"2026-01-02Z"_s << shape(u"2026-01-02Z"_s);
    QTest::newRow("trailing-garbage")
        << u"2026-01-02T10:00:00Zjunk"_s << shape(u"2026-01-02T10:00:00Zjunk"_s);
    QTest::newRow("offset-too-large") << u"2026-01-02T10:00+19:00"_s
                                      << u"'2026-01-02T10:00+19:00' has a UTC offset out of range (at most "
                                         u"\u00b118:00)."_s;
    QTest::newRow("offset-minutes-60") << u"2026-01-02T10:00+02:60"_s
                                       << u"'2026-01-02T10:00+02:60' has a UTC offset out of range (at most "
                                          u"\u00b118:00)."_s;
    QTest::newRow("offset-one-digit") << u"2026-01-02T10:00+2"_s << shape(u"2026-01-02T10:00+2"_s);
}

void TimesTest::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    const Result<qint64> result = Times::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message(), error);
}

void TimesTest::toIso_data()
{
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<QString>("iso");

    QTest::newRow("demo-first-message") << Q_INT64_C(1767348000000) << u"2026-01-02T10:00:00.000Z"_s;
    QTest::newRow("milliseconds") << Q_INT64_C(1767348000123) << u"2026-01-02T10:00:00.123Z"_s;
    QTest::newRow("epoch") << Q_INT64_C(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("one-ms-before-epoch") << Q_INT64_C(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("last-four-digit-year") << Q_INT64_C(253402300799999) << u"9999-12-31T23:59:59.999Z"_s;
    QTest::newRow("five-digit-year") << Q_INT64_C(253402300800000) << u"+10000-01-01T00:00:00.000Z"_s;
    QTest::newRow("year-zero") << Q_INT64_C(-62167219200000) << u"0000-01-01T00:00:00.000Z"_s;
    QTest::newRow("year-minus-one") << Q_INT64_C(-62167219200001) << u"-0001-12-31T23:59:59.999Z"_s;
}

void TimesTest::toIso()
{
    QFETCH(qint64, epochMs);
    QFETCH(QString, iso);

    QCOMPARE(Times::toIso(epochMs), iso);
}

void TimesTest::roundTrip_data()
{
    QTest::addColumn<qint64>("epochMs");

    QTest::newRow("demo") << Q_INT64_C(1767348000000);
    QTest::newRow("odd-ms") << Q_INT64_C(1548089976418);
    QTest::newRow("before-1970") << Q_INT64_C(-86399999);
    QTest::newRow("far-future") << Q_INT64_C(253402300799999);
}

void TimesTest::roundTrip()
{
    QFETCH(qint64, epochMs);

    const Result<qint64> back = Times::parse(Times::toIso(epochMs));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), epochMs);
}

void TimesTest::independentOfLocalZone()
{
    // A date-time without a zone is UTC by contract: the result must not move with the machine's zone.
    const QByteArray saved = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    const Result<qint64> inIndia = Times::parse(u"2026-01-02T10:00"_s);
    const QString isoInIndia = Times::toIso(1767348000000);
    if (hadTz)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    tzset();

    QCOMPARE(inIndia.valueOr(0), Q_INT64_C(1767348000000));
    QCOMPARE(isoInIndia, u"2026-01-02T10:00:00.000Z"_s);
}

INSPECTOR_TEST_APPLESS_MAIN(TimesTest)
#include "tst_times.moc"
