// SPDX-License-Identifier: Apache-2.0
#include "api/apierror.h"
#include "common/testsuite.h"
#include "data/localresult.h"

#include <QStringList>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Inspector;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return LocalError(u"%1 is odd."_s.arg(n));
    return n / 2;
}

Result<> check(bool good)
{
    if (!good)
        return LocalError(u"Not good."_s);
    return {};
}

} // namespace

/** @brief Result<T> and LocalError: the idiom of local failures. */
class LocalResultTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value();
    void error();
    void voidResult();
    void moveOnlyValue();
    void valueOr();
    void category();
    void travelsInAnApiError();
};

void LocalResultTest::value()
{
    const Result<int> r = half(8);
    QVERIFY(r.ok());
    QVERIFY(bool(r));
    QCOMPARE(r.value(), 4);
    QVERIFY(r.error().message().isEmpty());
}

void LocalResultTest::error()
{
    const Result<int> r = half(3);
    QVERIFY(!r.ok());
    QVERIFY(!bool(r));
    QCOMPARE(r.error().message(), u"3 is odd."_s);
}

void LocalResultTest::voidResult()
{
    const Result<> good = check(true);
    QVERIFY(good.ok());
    QVERIFY(good.error().message().isEmpty());
    const Result<> bad = check(false);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), u"Not good."_s);
}

void LocalResultTest::moveOnlyValue()
{
    Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
    QVERIFY(r.ok());
    std::unique_ptr<int> p = std::move(r).value();
    QCOMPARE(*p, 7);
    // A QString value is not mistaken for an error.
    const Result<QString> text = u"x"_s;
    QVERIFY(text.ok());
    QCOMPARE(text.value(), u"x"_s);
}

void LocalResultTest::valueOr()
{
    QCOMPARE(half(10).valueOr(-1), 5);
    QCOMPARE(half(9).valueOr(-1), -1);
    const Result<QStringList> empty = LocalError(u"No list."_s);
    QCOMPARE(empty.valueOr({u"a"_s}), QStringList {u"a"_s});
}

void LocalResultTest::category()
{
    // What the user gave is the default; a file that failed says so.
    QCOMPARE(LocalError(u"Bad tag."_s).category(), LocalError::Category::Config);
    const LocalError file(u"Disk full."_s, LocalError::Category::File);
    QCOMPARE(file.category(), LocalError::Category::File);
    const Result<> failed = file;
    QCOMPARE(failed.error().category(), LocalError::Category::File);
    QCOMPARE(failed.error().message(), u"Disk full."_s);
}

void LocalResultTest::travelsInAnApiError()
{
    // A local failure that ends a job: kind Local, the LocalError's sentence, its category kept.
    const ApiError e
        = ApiError::fromLocal(LocalError(u"Cannot write out.csv: disk full."_s, LocalError::Category::File));
    QVERIFY(e.isError());
    QCOMPARE(e.kind, ApiError::Kind::Local);
    QCOMPARE(e.message, u"Cannot write out.csv: disk full."_s);
    QCOMPARE(e.local.message(), e.message);
    QVERIFY(e.isLocal(LocalError::Category::File));
    QVERIFY(!e.isLocal(LocalError::Category::Config));
    QVERIFY(!e.isTransient());
    QCOMPARE(ApiError::kindName(e.kind), u"local"_s);
    QVERIFY(ApiError::fromLocal(LocalError(u"Bad tag."_s)).isLocal(LocalError::Category::Config));
    // A server's error is never a local one.
    QVERIFY(!ApiError::fromHttp(500, {}, u"listing"_s).isLocal(LocalError::Category::Config));
    QCOMPARE(ApiError::fromHttp(500, {}, u"listing"_s).local.message(), QString());
}

INSPECTOR_TEST_APPLESS_MAIN(LocalResultTest)
#include "tst_localresult.moc"
