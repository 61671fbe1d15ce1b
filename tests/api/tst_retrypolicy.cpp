// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QTest>

#include "api/retrypolicy.h"

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
        QTest::newRow("429 without header backs off") << int(Kind::RateLimited) << 1 << QByteArray() << 500;
        QTest::newRow("429 garbage header backs off") << int(Kind::RateLimited) << 2 << QByteArray("soon") << 1000;
        QTest::newRow("429 negative header backs off") << int(Kind::RateLimited) << 1 << QByteArray("-5") << 500;
        QTest::newRow("429 huge header is clamped") << int(Kind::RateLimited) << 1 << QByteArray("86400") << 120000;
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

    void neverRetries()
    {
        ApiError e;
        e.kind = Kind::Network;
        QVERIFY(!RetryPolicy::never().delayBeforeRetry(1, e, {}, 0, 0.5).has_value());
    }
};

QTEST_APPLESS_MAIN(RetryPolicyTest)
#include "tst_retrypolicy.moc"
