// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "api/requests.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "demopodserver.h"
#include "itemmodels/requestlogmodel.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

/** The bounded request log: ring behaviour under the model tester, formatting, and no tokens. */
class RequestLogModelTest final : public QObject
{
    Q_OBJECT

private:
    static RequestLogEntry entry(int i, bool failed = false)
    {
        RequestLogEntry e;
        e.method = "GET";
        e.url = QUrl(u"https://pod.example.com/pod/v1/streams/%1?limit=10"_s.arg(i));
        e.status = failed ? 503 : 200;
        e.elapsedMs = 10 + i;
        e.bytes = 1000 * i;
        e.startedAtMs = 1767348000000 + i;
        if (failed)
            e.error = u"The server failed."_s;
        return e;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void boundedRing()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 1; i <= 5; ++i)
            model.append(entry(i, i == 2 || i == 5));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.entry(0).url.path(), u"/pod/v1/streams/3"_s);
        QCOMPARE(model.entry(2).url.path(), u"/pod/v1/streams/5"_s);
        const auto errors = model.recentErrors(10);
        QCOMPARE(errors.size(), 1); // entry 2 fell out of the ring
        QCOMPARE(errors.first().status, 503);

        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("raw");
        QTest::newRow("method") << int(RequestLogModel::MethodColumn) << u"GET"_s << QVariant(u"GET"_s);
        QTest::newRow("path") << int(RequestLogModel::PathColumn) << u"/pod/v1/streams/2?limit=10"_s
                              << QVariant(u"/pod/v1/streams/2?limit=10"_s);
        QTest::newRow("status") << int(RequestLogModel::StatusColumn) << u"503"_s << QVariant(503);
        QTest::newRow("duration") << int(RequestLogModel::DurationColumn) << u"12 ms"_s
                                  << QVariant(qint64(12));
        QTest::newRow("size") << int(RequestLogModel::SizeColumn) << QLocale().formattedDataSize(2000)
                              << QVariant(qint64(2000));
        QTest::newRow("error") << int(RequestLogModel::ErrorColumn) << u"The server failed."_s
                               << QVariant(u"The server failed."_s);
    }

    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QVariant, raw);
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(2, true));
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), display);
        QCOMPARE(index.data(ModelRole::RawValue), raw);
        QVERIFY(index.data(ModelRole::IsError).toBool());
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void noStatusIsShownAsNone()
    {
        RequestLogModel model;
        RequestLogEntry e = entry(1);
        e.status = 0;
        e.error = u"Connection refused."_s;
        model.append(e);
        QCOMPARE(model.index(0, RequestLogModel::StatusColumn).data().toString(), u"none"_s);
    }

    /// Real traffic against the demo pod: every request is logged, and no cell holds a token.
    void followsAClientWithoutTokens()
    {
        const auto pod = TestSupport::startPod(TestSupport::podConfig(2, 12));
        const auto botClient
            = TestSupport::botClient(*pod, {nullptr, ApiClientOptions().timeoutMs, RetryPolicy()});
        ApiClient &client = *botClient;

        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        for (const ApiRequest &r : {Requests::sessionInfo(), Requests::streamInfo(u"no-such-stream"_s)}) {
            ApiJob *job = client.send(r);
            QSignalSpy spy(job, &ApiJob::finished);
            QVERIFY(spy.wait(10000));
        }
        QVERIFY(client.hasSession());
        // Authentication (session and key manager) plus the two calls.
        QCOMPARE(model.rowCount(), 4);
        QStringList paths;
        for (int row = 0; row < model.rowCount(); ++row)
            paths << model.index(row, RequestLogModel::PathColumn).data().toString();
        QVERIFY2(paths.contains(u"/login/pubkey/authenticate"_s), qPrintable(paths.join(u", "_s)));
        QVERIFY(paths.contains(u"/pod/v2/sessioninfo"_s));
        QCOMPARE(model.recentErrors(10).size(), 1);

        // A hostile entry that carries the current token in its URL and error text is redacted.
        const QString token = QString::fromUtf8(client.credentials().sessionToken);
        QVERIFY(token.size() > 20);
        RequestLogEntry hostile = entry(9, true);
        hostile.url = QUrl(u"https://user:pw@pod.example.com/pod/x?sessionToken="_s + token);
        hostile.error = u"rejected "_s + token;
        Q_EMIT client.requestLogged(hostile);
        QCOMPARE(model.rowCount(), 5);

        const QList<QByteArray> tokens {
            client.credentials().sessionToken, client.credentials().keyManagerToken};
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ModelRole::RawValue)}) {
                    const QString text = model.index(row, column).data(role).toString();
                    for (const QByteArray &t : tokens) {
                        if (!t.isEmpty())
                            QVERIFY2(!text.contains(QString::fromUtf8(t)), qPrintable(text));
                    }
                    QVERIFY2(!text.contains(u"pw@"_s), qPrintable(text));
                }
            }
        }
        QVERIFY(
            model.index(4, RequestLogModel::ErrorColumn).data().toString().contains(u"\u2022\u2022\u2022"_s));

        model.setClient(nullptr);
        ApiJob *job = client.send(Requests::sessionInfo());
        QSignalSpy spy(job, &ApiJob::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(model.rowCount(), 5);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(RequestLogModelTest)

#include "tst_requestlogmodel.moc"
