// SPDX-License-Identifier: Apache-2.0
// The contract of ServiceCall (services/servicecall.h) that every source relies on.
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include "common/testsuite.h"
#include "services/servicecall.h"

using namespace Inspector;
using namespace Qt::Literals::StringLiterals;

class ServiceCallTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishesOnceAndDeletesItself()
    {
        QPointer<ServiceCall> call = new ServiceCall;
        QSignalSpy finished(call.data(), &ServiceCall::finished);
        call->finish(ApiError());
        call->finish(ApiError::fromLocal(LocalError(u"second"_s))); // ignored
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::None);
        QVERIFY(call->isFinished());
        QVERIFY(!call->isActive());
        QTRY_VERIFY(call.isNull());
    }

    void finishLaterWaitsForTheEventLoop()
    {
        QPointer<ServiceCall> call = new ServiceCall;
        QSignalSpy finished(call.data(), &ServiceCall::finished);
        call->finishLater(ApiError::fromLocal(LocalError(u"bad"_s)));
        QCOMPARE(finished.size(), 0); // never from inside the method that made the call
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Local);
        QCOMPARE(finished.at(0).at(0).value<ApiError>().local.category(), LocalError::Category::Config);
        QTRY_VERIFY(call.isNull());
    }

    void cancelStopsDeliveryAndFinishesAtOnce()
    {
        QPointer<ServiceCall> call = new ServiceCall;
        QSignalSpy finished(call.data(), &ServiceCall::finished);
        int delivered = 0;
        int aborted = 0;
        call->deliverLater([&] { ++delivered; });
        call->setCancelHandler([&] { ++aborted; });
        call->finishLater();
        call->cancel();
        QCOMPARE(aborted, 1);
        QCOMPARE(finished.size(), 1); // before cancel() returned
        QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        call->cancel(); // a second cancel does nothing
        QTRY_VERIFY(call.isNull());
        QTest::qWait(20);
        QCOMPARE(delivered, 0); // the batch that was waiting is dropped
        QCOMPARE(finished.size(), 1); // and the queued finish never comes
        QCOMPARE(aborted, 1);
    }

    void deliverLaterRunsInOrderBeforeTheEnd()
    {
        auto *call = new ServiceCall;
        QStringList seen;
        call->deliverLater([&] { seen << u"a"_s; });
        call->deliverLater([&] { seen << u"b"_s; });
        connect(call, &ServiceCall::finished, this, [&] { seen << u"end"_s; });
        call->finishLater();
        QVERIFY(seen.isEmpty());
        QTRY_COMPARE(seen, (QStringList {u"a"_s, u"b"_s, u"end"_s}));
    }

    void deletingCancelsSilently()
    {
        auto *call = new ServiceCall;
        QSignalSpy finished(call, &ServiceCall::finished);
        int aborted = 0;
        call->setCancelHandler([&] { ++aborted; });
        delete call;
        QCOMPARE(aborted, 1);
        QCOMPARE(finished.size(), 0);
    }

    void finishingDropsTheCancelHandler()
    {
        auto *call = new ServiceCall;
        int aborted = 0;
        call->setCancelHandler([&] { ++aborted; });
        call->finish(ApiError());
        call->cancel();
        delete call;
        QCOMPARE(aborted, 0); // the work was done: nothing to abort
    }
};

INSPECTOR_TEST_GUILESS_MAIN(ServiceCallTest)
#include "tst_servicecall.moc"
