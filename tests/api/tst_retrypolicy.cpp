// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QTest>

#include <limits>

#include "api/retrypolicy.h"
#include "common/testsuite.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class RetryPolicyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expected"); // -1 = no retry

        // With jitter 0 the delays are the plain exponential curve: 500, 1000, 2000, ...
        QTest::newRow("network first failure") << int(Kind::Network) << 1 << QByteArray() << 500;
        QTest::newRow("timeout second failure") << int(Kind::Timeout) << 2 << QByteArray() << 1000;
        QTest::newRow("server third failure") << int(Kind::Server) << 3 << QByteArray() << 2000;
        QTest::newRow("attempts exhausted") << int(Kind::Server) << 4 << QByteArray() << -1;
        QTest::newRow("429 honours seconds") << int(Kind::RateLimited) << 1 << QByteArray("2") << 2000;
        // The backoff is a floor: "0" must not turn a retry loop into a flood.
        QTest::newRow("429 zero waits the backoff") << int(Kind::RateLimited) << 1 << QByteArray("0") << 500;
        QTest::newRow("429 zero, third failure") << int(Kind::RateLimited) << 3 << QByteArray("0") << 2000;
        QTest::newRow("503 zero waits the backoff") << int(Kind::Server) << 2 << QByteArray("0") << 1000;
        QTest::newRow("429 shorter than the floor") << int(Kind::RateLimited) << 3 << QByteArray("1") << 2000;
        QTest::newRow("429 past date waits the backoff")
            << int(Kind::RateLimited) << 2 << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << 1000; // now is 0
        // Clamped before multiplying: these overflowed (undefined behaviour, in practice a zero wait).
        QTest::newRow("429 2^62 seconds is capped")
            << int(Kind::RateLimited) << 1 << QByteArray("4611686018427387904") << 120000;
        QTest::newRow("429 int64 max seconds is capped")
            << int(Kind::RateLimited) << 1 << QByteArray("9223372036854775807") << 120000;
        QTest::newRow("429 beyond int64 is capped")
            << int(Kind::RateLimited) << 1 << QByteArray("99999999999999999999999") << 120000;
        QTest::newRow("429 far future date is capped")
            << int(Kind::RateLimited) << 1 << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 120000;
        QTest::newRow("429 without header backs off") << int(Kind::RateLimited) << 1 << QByteArray() << 500;
        QTest::newRow("429 garbage header backs off")
            << int(Kind::RateLimited) << 2 << QByteArray("soon") << 1000;
        QTest::newRow("429 negative header backs off")
            << int(Kind::RateLimited) << 1 << QByteArray("-5") << 500;
        QTest::newRow("429 huge header is clamped")
            << int(Kind::RateLimited) << 1 << QByteArray("86400") << 120000;
        QTest::newRow("503 honours Retry-After") << int(Kind::Server) << 1 << QByteArray("3") << 3000;
        QTest::newRow("401 is not retried here") << int(Kind::Unauthorized) << 1 << QByteArray() << -1;
        QTest::newRow("403 never") << int(Kind::Forbidden) << 1 << QByteArray() << -1;
        QTest::newRow("404 never") << int(Kind::NotFound) << 1 << QByteArray() << -1;
        QTest::newRow("400 never") << int(Kind::BadRequest) << 1 << QByteArray() << -1;
        QTest::newRow("bad response never") << int(Kind::BadResponse) << 1 << QByteArray() << -1;
        QTest::newRow("tls never") << int(Kind::Tls) << 1 << QByteArray() << -1;
        QTest::newRow("cancel never") << int(Kind::Cancelled) << 1 << QByteArray() << -1;
    }

    void decision()
    {
        QFETCH(int, kind);
        QFETCH(int, attempt);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expected);
        RetryPolicy p;
        p.jitter = 0;
        ApiError e;
        e.kind = Kind(kind);
        const auto d = p.delayBeforeRetry(attempt, e, retryAfter, 0, 0.5);
        if (expected < 0) {
            QVERIFY(!d.has_value());
        } else {
            QVERIFY(d.has_value());
            QCOMPARE(*d, expected);
        }
    }

    void backoffIsCapped()
    {
        RetryPolicy p;
        p.maxDelayMs = 3000;
        QCOMPARE(p.backoffMs(1), 500);
        QCOMPARE(p.backoffMs(3), 2000);
        QCOMPARE(p.backoffMs(4), 3000);
        QCOMPARE(p.backoffMs(40), 3000);
    }

    void jitterStaysInBounds_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("expected");
        QTest::newRow("lowest") << 0.0 << 800; // 1000 * (1 - 0.2)
        QTest::newRow("middle") << 0.5 << 1000;
        QTest::newRow("highest") << 0.999999 << 1200;
        QTest::newRow("out of range is clamped") << 7.0 << 1200;
    }

    void jitterStaysInBounds()
    {
        QFETCH(double, random);
        QFETCH(int, expected);
        RetryPolicy p;
        ApiError e;
        e.kind = Kind::Server;
        QCOMPARE(p.delayBeforeRetry(2, e, {}, 0, random).value(), expected);
    }

    void retryAfterHttpDate()
    {
        const qint64 now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(RetryPolicy::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now).value(), 10000);
        // A date in the past means "now".
        QCOMPARE(RetryPolicy::parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now).value(), 0);
        QVERIFY(!RetryPolicy::parseRetryAfterMs("Wed, 32 Oct 2015 07:28:00 GMT", now).has_value());
        QVERIFY(!RetryPolicy::parseRetryAfterMs("", now).has_value());
    }

    void parseNeverOverflows_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1 = unreadable
        constexpr qint64 largest = std::numeric_limits<qint64>::max() / 1000 * 1000;
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("seconds") << QByteArray(" 7 ") << qint64(7000);
        QTest::newRow("2^62") << QByteArray("4611686018427387904") << largest;
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << largest;
        QTest::newRow("beyond int64") << QByteArray("184467440737095516160") << largest;
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("signed") << QByteArray("+5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    }

    void parseNeverOverflows()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const auto ms = RetryPolicy::parseRetryAfterMs(value, 0);
        if (expected < 0) {
            QVERIFY(!ms.has_value());
        } else {
            QVERIFY(ms.has_value());
            QCOMPARE(*ms, expected);
            QVERIFY(*ms >= 0);
        }
    }

    void capIsExplained_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("added"); // empty: the error is unchanged
        QTest::newRow("within the cap") << int(Kind::RateLimited) << QByteArray("120") << QString();
        QTest::newRow("no header") << int(Kind::RateLimited) << QByteArray() << QString();
        QTest::newRow("an hour")
            << int(Kind::RateLimited) << QByteArray("3600")
            << u"The server asked to wait 3600 s before trying again, longer than the 120 s "
               "this tool waits at most."_s;
        QTest::newRow("503 too")
            << int(Kind::Server) << QByteArray("121")
            << u"The server asked to wait 121 s before trying again, longer than the 120 s "
               "this tool waits at most."_s;
        QTest::newRow("not for a timeout") << int(Kind::Timeout) << QByteArray("3600") << QString();
        // The longest wait a Retry-After can mean: rounding it up to seconds must not overflow (UBSan).
        QTest::newRow("past qint64")
            << int(Kind::RateLimited) << QByteArray("99999999999999999999")
            << u"The server asked to wait 9223372036854775 s before trying again, longer than the 120 s "
               "this tool waits at most."_s;
    }

    void capIsExplained()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, added);
        RetryPolicy p;
        ApiError e;
        e.kind = Kind(kind);
        e.message = u"Refused."_s;
        const ApiError explained = p.explainRetryAfterCap(e, retryAfter, 0);
        QCOMPARE(explained.kind, e.kind);
        QCOMPARE(explained.message, added.isEmpty() ? e.message : e.message + u' ' + added);
        QCOMPARE(p.retryAfterBeyondCapMs(e, retryAfter, 0).has_value(), !added.isEmpty());
    }

    void neverRetries()
    {
        ApiError e;
        e.kind = Kind::Network;
        QVERIFY(!RetryPolicy::never().delayBeforeRetry(1, e, {}, 0, 0.5).has_value());
    }
};

INSPECTOR_TEST_APPLESS_MAIN(RetryPolicyTest)
#include "tst_retrypolicy.moc"
