// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "common/testsuite.h"
#include "profiles/keychainsecretstore.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

/**
 * The real KeychainSecretStore. CTest runs `roundTrip` inside a private D-Bus session with an
 * unlocked gnome-keyring (the Secret Service), and `noBackend` with no session bus at all.
 */
class KeychainTest final : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        SecretJob::Error error = SecretJob::Error::Other;
        QString message;
        QByteArray data;
    };

    static Outcome await(SecretJob *job)
    {
        Outcome o;
        QSignalSpy spy(job, &SecretJob::finished);
        if (!spy.wait(20000)) {
            o.message = u"no answer within 20 s"_s;
            return o;
        }
        o.error = job->error();
        o.message = job->errorMessage();
        o.data = job->data();
        return o;
    }

private Q_SLOTS:
    void roundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service (CTest runs this under dbus-run-session)");
        KeychainSecretStore store;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/session-token"_s;
        const QByteArray secret("tok\0en-\xc3\xa9-\xff", 11); // binary-safe

        Outcome o = await(store.read(key));
        QCOMPARE(o.error, SecretJob::Error::NotFound);

        o = await(store.write(key, secret));
        QVERIFY2(o.error == SecretJob::Error::None, qPrintable(o.message));
        o = await(store.read(key));
        QVERIFY2(o.error == SecretJob::Error::None, qPrintable(o.message));
        QCOMPARE(o.data, secret);

        o = await(store.write(key, "second"));
        QVERIFY2(o.error == SecretJob::Error::None, qPrintable(o.message));
        QCOMPARE(await(store.read(key)).data, QByteArray("second"));

        o = await(store.remove(key));
        QVERIFY2(o.error == SecretJob::Error::None, qPrintable(o.message));
        o = await(store.read(key));
        QCOMPARE(o.error, SecretJob::Error::NotFound);
        QVERIFY(o.message.contains(u"holds no secret"_s));
    }

    void noBackend()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("runs without a D-Bus session (CTest unsets DBUS_SESSION_BUS_ADDRESS)");
        KeychainSecretStore store;
        const QString key = u"no-backend-test/key-passphrase"_s;
        // Read first: should a keychain be reachable after all, the test fails without writing to it.
        Outcome o = await(store.read(key));
        QCOMPARE(o.error, SecretJob::Error::NoBackend);
        QVERIFY2(o.message.contains(u"No keychain service"_s) && o.message.contains(u"this run only"_s),
            qPrintable(o.message));
        o = await(store.write(key, "x"));
        QCOMPARE(o.error, SecretJob::Error::NoBackend);
        QVERIFY2(o.message.contains(u"No keychain service"_s), qPrintable(o.message));
        // The explicit "this run only" choice works without any keychain.
        store.keepForThisRun(key, "kept");
        o = await(store.read(key));
        QCOMPARE(o.error, SecretJob::Error::None);
        QCOMPARE(o.data, QByteArray("kept"));
    }
};

INSPECTOR_TEST_GUILESS_MAIN(KeychainTest)

#include "tst_keychain.moc"
