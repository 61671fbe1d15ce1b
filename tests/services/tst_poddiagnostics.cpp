// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/parse.h"
#include "demopodserver.h"
#include "itemmodels/healthmodel.h"
#include "services/diagnosticsfeed.h"
#include "services/poddiagnostics.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

/**
 * Diagnostics rows (HealthModel): components with their meaning, plus agent, session and token
 * expiry; fed by PodDiagnostics against the demo pod.
 */
class PodDiagnosticsTest final : public QObject
{
    Q_OBJECT

private:
    static HealthComponent component(const QString &name, bool up)
    {
        HealthComponent c;
        c.name = name;
        c.status = up ? u"UP"_s : u"DOWN"_s;
        return c;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void rowsFromAReport()
    {
        const QByteArray body = R"({"status":"DOWN","version":"25.8.1",
             "services":{"pod":{"status":"UP","version":"25.9.2"},
                         "key_manager":{"status":"DOWN","version":"25.9.2","message":"Connection refused"},
                         "datafeed":{"status":"UP","version":"2.11.6"}},
             "users":{"agentservice":{"status":"UP","authType":"RSA"},"ceservice":{"status":"UP","authType":"RSA"}}})";
        const auto parsed = Parse::health(body);
        QVERIFY(parsed.ok());
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.hasHealth());
        model.setHealth(parsed.value);
        QVERIFY(model.hasHealth());
        QCOMPARE(model.rowCount(), 5);
        int keyManagerRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ModelRole::Name).toString() == "key_manager"_L1)
                keyManagerRow = row;
        }
        QVERIFY(keyManagerRow >= 0);
        const auto cell = [&](int column) { return model.index(keyManagerRow, column).data().toString(); };
        QCOMPARE(cell(HealthModel::ComponentColumn), u"key_manager (version 25.9.2)"_s);
        QCOMPARE(cell(HealthModel::StatusColumn), u"DOWN"_s);
        QCOMPARE(cell(HealthModel::MessageColumn), u"Connection refused"_s);
        QVERIFY(cell(HealthModel::MeaningColumn).contains(u"cannot be decrypted"_s));
        QVERIFY(!model.index(keyManagerRow, 0).data(ModelRole::IsUp).toBool());
        QCOMPARE(model.index(keyManagerRow, 0).data(ModelRole::Group).toString(), u"services"_s);
        QCOMPARE(
            model.headerData(HealthModel::MeaningColumn, Qt::Horizontal).toString(), u"What this means"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void meanings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ceservice down")
            << u"ceservice"_s << false
            << u"reads that ask for message events (MESSAGESENT, SHAREDPOST) fail"_s;
        QTest::newRow("ceservice up") << u"ceservice"_s << true << u"datahose can deliver message events"_s;
        QTest::newRow("key manager down") << u"key_manager"_s << false << u"cannot be decrypted"_s;
        QTest::newRow("agentservice down") << u"agentservice"_s << false << u"most agent calls"_s;
        QTest::newRow("pod down") << u"pod"_s << false << u"cannot reach the pod"_s;
        QTest::newRow("datafeed down") << u"datafeed"_s << false << u"not delivered"_s;
        QTest::newRow("unknown down") << u"mystery"_s << false << u"see its message"_s;
    }

    void meanings()
    {
        QFETCH(QString, name);
        QFETCH(bool, up);
        QFETCH(QString, expected);
        const QString text = component(name, up).meaning();
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void refreshAgainstTheDemoPod()
    {
        const auto pod = TestSupport::startPod(TestSupport::podConfig(2, 12));
        QVERIFY(pod->setComponentDown(u"ceservice"_s, u"CE service user cannot log in"_s));
        const auto botClient
            = TestSupport::botClient(*pod, {nullptr, ApiClientOptions().timeoutMs, RetryPolicy()});
        ApiClient &client = *botClient;

        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PodDiagnostics diagnostics(&client);
        QSignalSpy refreshed(&model, &HealthModel::refreshed);
        QSignalSpy errors(&model, &HealthModel::errorOccurred);
        DiagnosticsFeed::refresh(&model, &diagnostics);
        QVERIFY(model.isRefreshing());
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(errors.size(), 0);
        QVERIFY(model.hasHealth());
        QVERIFY(!model.health().allUp());
        bool sawCe = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const HealthComponent c = model.component(row);
            if (c.name == "ceservice"_L1) {
                sawCe = true;
                QCOMPARE(c.status, u"DOWN"_s);
                QCOMPARE(model.index(row, HealthModel::MessageColumn).data().toString(),
                    u"CE service user cannot log in"_s);
                QVERIFY(
                    model.index(row, HealthModel::MeaningColumn).data().toString().contains(u"datahose"_s));
            }
        }
        QVERIFY(sawCe);
        QVERIFY(model.agentInfo());
        QVERIFY(!model.agentInfo()->version.isEmpty());
        QVERIFY(model.sessionUser());
        QCOMPARE(model.sessionUser()->username, DemoPod::Server::botUsername());
        QVERIFY(diagnostics.sessionExpiresAtMs());
        QVERIFY(*diagnostics.sessionExpiresAtMs() > QDateTime::currentMSecsSinceEpoch());

        // Back to UP.
        QVERIFY(pod->setComponentDown(u"ceservice"_s, {}));
        DiagnosticsFeed::refresh(&model, &diagnostics);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(model.health().allUp());
    }

    void refreshReportsFailures()
    {
        // A port nobody listens on: every request fails with a sentence.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ApiClientOptions options;
        options.retry.maxAttempts = 1;
        ApiClient client(ServiceUrls::forOrigin(QUrl(u"http://127.0.0.1:%1"_s.arg(port))), options);
        client.setCredentials(Credentials::fromTokens("session", "km"));
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PodDiagnostics diagnostics(&client);
        QSignalSpy refreshed(&model, &HealthModel::refreshed);
        QSignalSpy errors(&model, &HealthModel::errorOccurred);
        DiagnosticsFeed::refresh(&model, &diagnostics);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(model.errors().size(), 3);
        for (const ApiError &e : model.errors()) {
            QCOMPARE(e.kind, ApiError::Kind::Network);
            QVERIFY(!e.message.isEmpty());
        }
        QVERIFY(!model.hasHealth());
        QVERIFY(!model.agentInfo());
        QVERIFY(!diagnostics.sessionExpiresAtMs()); // opaque token
    }

    void cancelStopsARefreshSilently()
    {
        const auto pod = TestSupport::startPod(TestSupport::podConfig(2, 12));
        ApiClient client(ServiceUrls::forOrigin(pod->baseUrl()));
        HealthModel model;
        PodDiagnostics diagnostics(&client);
        QSignalSpy refreshed(&model, &HealthModel::refreshed);
        QSignalSpy errors(&model, &HealthModel::errorOccurred);
        DiagnosticsFeed::refresh(&model, &diagnostics);
        QVERIFY(model.isRefreshing());
        model.cancel();
        QVERIFY(!model.isRefreshing());
        QTest::qWait(0);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(errors.size(), 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(PodDiagnosticsTest)

#include "tst_poddiagnostics.moc"
