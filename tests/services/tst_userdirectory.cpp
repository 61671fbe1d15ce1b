// SPDX-License-Identifier: Apache-2.0
// PodUserDirectory against the demo pod: names by the one rule, the cache (a known id is never
// asked again), batches at the API's limit, the session's user, errors and cancellation.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "api/fetch.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "demodata.h"
#include "services/poduserdirectory.h"
#include "services/userdirectory.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

class UserDirectoryTest final : public QObject
{
    Q_OBJECT

private:
    FakeTimeSource m_time;
    TestSupport::SuitePod m_shared;

    int requestsTo(const QString &path) const
    {
        int n = 0;
        for (const auto &r : m_shared.pod().requestLog())
            n += r.path == path;
        return n;
    }

    /// Names asked of @p directory, run to the end; *error gets the call's error.
    static QHash<qint64, QString> names(UserDirectory &directory, const QList<qint64> &ids,
        ApiError *error = nullptr, bool *fromInside = nullptr)
    {
        QHash<qint64, QString> got;
        ServiceCall *call = directory.names(ids, [&](const QList<UserName> &batch) {
            for (const UserName &n : batch)
                got.insert(n.id, n.name);
        });
        if (fromInside)
            *fromInside = !got.isEmpty();
        QSignalSpy finished(call, &ServiceCall::finished);
        if (!finished.wait(30000))
            return {};
        if (error)
            *error = finished.constFirst().constFirst().value<ApiError>();
        return got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.messagesPerStream = 10;
        m_shared.start(config, {&m_time});
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_shared.reset();
    }

    void namesByTheOneRuleAndCached()
    {
        PodUserDirectory directory(m_shared.client());
        ApiError error;
        bool inside = true;
        auto got = names(directory, {Demo::AliceId, Demo::BobId, 42}, &error, &inside);
        QVERIFY(!error.isError());
        QVERIFY(!inside);
        QCOMPARE(got.value(Demo::AliceId), u"Alice Adams"_s);
        QCOMPARE(got.value(Demo::BobId), u"Bob Baker"_s);
        QVERIFY(!got.contains(42)); // unknown: not delivered, not an error
        QCOMPARE(requestsTo(u"/pod/v3/users"_s), 1);
        QCOMPARE(directory.cachedName(Demo::AliceId), u"Alice Adams"_s);

        // Asked again: from the cache, through the same contract (from the event loop), no request.
        m_shared.pod().clearRequestLog();
        inside = true;
        got = names(directory, {Demo::AliceId, Demo::BobId}, &error, &inside);
        QVERIFY(!error.isError());
        QVERIFY(!inside);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.value(Demo::BobId), u"Bob Baker"_s);
        QCOMPARE(m_shared.pod().requestLog().size(), 0);

        // A mix: only the unknown id is asked.
        got = names(directory, {Demo::AliceId, Demo::CarolId}, &error);
        QCOMPARE(got.size(), 2);
        const auto log = m_shared.pod().requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().query.queryItemValue(u"uid"_s), QString::number(Demo::CarolId));
    }

    void batchesAtTheApiLimit()
    {
        PodUserDirectory directory(m_shared.client());
        QList<qint64> ids {Demo::AliceId};
        for (qint64 i = 1; i < 150; ++i)
            ids.append(9000000 + i);
        ApiError error;
        const auto got = names(directory, ids, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(got.value(Demo::AliceId), u"Alice Adams"_s);
        QCOMPARE(requestsTo(u"/pod/v3/users"_s), 2); // 100 ids per request
    }

    void selfIsTheSessionsUserAndCached()
    {
        PodUserDirectory directory(m_shared.client());
        for (int round = 0; round < 2; ++round) {
            QList<User> users;
            ServiceCall *call = directory.self([&](const QList<User> &b) { users += b; });
            QSignalSpy finished(call, &ServiceCall::finished);
            QVERIFY(finished.wait(30000));
            QCOMPARE(users.size(), 1);
            QCOMPARE(users.constFirst().id, Demo::BotId);
        }
        QCOMPARE(requestsTo(u"/pod/v2/sessioninfo"_s), 1);
        QCOMPARE(directory.cachedName(Demo::BotId), u"Export Bot"_s);
    }

    void failuresAreNotCached()
    {
        Fault f;
        f.pathPattern = u"/pod/v3/users"_s;
        f.status = 500;
        m_shared.pod().addFault(f);
        PodUserDirectory directory(m_shared.client());
        ApiError error;
        auto got = names(directory, {Demo::AliceId}, &error);
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QVERIFY(got.isEmpty());
        got = names(directory, {Demo::AliceId}, &error);
        QVERIFY(!error.isError());
        QCOMPARE(got.value(Demo::AliceId), u"Alice Adams"_s);
        QCOMPARE(requestsTo(u"/pod/v3/users"_s), 2);
    }

    void cancelDeliversNothing()
    {
        PodUserDirectory directory(m_shared.client());
        // One known id (a batch waiting in the event loop) and one to ask: nothing after cancel().
        QVERIFY(!names(directory, {Demo::AliceId}).isEmpty());
        int batches = 0;
        ServiceCall *call
            = directory.names({Demo::AliceId, Demo::BobId}, [&](const QList<UserName> &) { ++batches; });
        QSignalSpy finished(call, &ServiceCall::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(batches, 0);
        QCOMPARE(finished.size(), 1);

        // Deleted: silent, and nothing either.
        ServiceCall *deleted
            = directory.names({Demo::AliceId, Demo::CarolId}, [&](const QList<UserName> &) { ++batches; });
        QSignalSpy deletedFinished(deleted, &ServiceCall::finished);
        delete deleted;
        QTest::qWait(300);
        QCOMPARE(batches, 0);
        QCOMPARE(deletedFinished.size(), 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(UserDirectoryTest)
#include "tst_userdirectory.moc"
