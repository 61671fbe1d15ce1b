// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "demodata.h"
#include "demopodserver.h"
#include "services/poddiagnostics.h"
#include "services/podmessagedetails.h"
#include "services/podmessagehistory.h"
#include "services/servicecall.h"
#include "services/sources.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;

/**
 * Sources::forPod, the one composition point of the pod's services: what it builds, who owns it,
 * and that the services it hands out reach the pod through the client they were built for.
 */
class SourcesTest final : public QObject
{
    Q_OBJECT

    static QList<QObject *> all(const Sources &s)
    {
        return {s.streams, s.users, s.history, s.details, s.diagnostics};
    }

private Q_SLOTS:
    void noClientNoServices()
    {
        QObject owner;
        for (QObject *service : all(Sources::forPod(nullptr, &owner)))
            QVERIFY(!service);
        QVERIFY(owner.children().isEmpty());
    }

    void theServicesOfAClientGoWithTheirOwner()
    {
        const auto pod = TestSupport::startPod(TestSupport::podConfig(2, 12));
        auto client = TestSupport::botClient(*pod, {nullptr, ApiClientOptions().timeoutMs});

        // Without an owner, the services are the client's.
        const Sources own = Sources::forPod(client.get());
        for (QObject *service : all(own)) {
            QVERIFY(service);
            QCOMPARE(service->parent(), client.get());
        }
        QVERIFY(qobject_cast<PodMessageHistory *>(own.history));
        QVERIFY(qobject_cast<PodMessageDetails *>(own.details));
        QVERIFY(qobject_cast<PodDiagnostics *>(own.diagnostics));

        // A call of one of them reaches the pod through that client.
        QList<MessageStatus> status;
        ServiceCall *call = own.details->status(
            QString::fromLatin1(Demo::M1Id),
            [&status](const QList<MessageStatus> &batch) { status += batch; }, nullptr);
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!finished.at(0).at(0).value<ApiError>().isError(),
            qPrintable(finished.at(0).at(0).value<ApiError>().message));
        QCOMPARE(status.size(), 1);

        // With an owner, they are its children and go with it; the struct then reads nullptr.
        auto owner = std::make_unique<QObject>();
        const Sources owned = Sources::forPod(client.get(), owner.get());
        QCOMPARE(owner->children().size(), 5);
        owner.reset();
        for (QObject *service : all(owned))
            QVERIFY(!service);

        // The client's own go with the client.
        client.reset();
        for (QObject *service : all(own))
            QVERIFY(!service);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(SourcesTest)
#include "tst_sources.moc"
