// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "api/serviceurls.h"
#include "common/testsuite.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
using Service = ServiceUrls::Service;

class ServiceUrlsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("keyManager");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("podBase");
        QTest::addColumn<QString>("agentBase");
        QTest::addColumn<QString>("kmBase");
        QTest::addColumn<QString>("loginBase");

        QTest::newRow("pod only, standard contexts")
            << u"https://acme.symphony.com"_s << QString() << QString() << QString()
            << u"https://acme.symphony.com/pod"_s << u"https://acme.symphony.com/agent"_s
            << u"https://acme.symphony.com/relay"_s << u"https://acme.symphony.com/login"_s;
        QTest::newRow("no scheme means https")
            << u"acme.symphony.com"_s << QString() << QString() << QString()
            << u"https://acme.symphony.com/pod"_s << u"https://acme.symphony.com/agent"_s
            << u"https://acme.symphony.com/relay"_s << u"https://acme.symphony.com/login"_s;
        QTest::newRow("port is kept for defaults")
            << u"http://127.0.0.1:8443"_s << QString() << QString() << QString()
            << u"http://127.0.0.1:8443/pod"_s << u"http://127.0.0.1:8443/agent"_s
            << u"http://127.0.0.1:8443/relay"_s << u"http://127.0.0.1:8443/login"_s;
        QTest::newRow("separate agent and key manager hosts")
            << u"https://acme.symphony.com"_s << u"https://agent.acme.internal:8444"_s
            << u"https://km.acme.internal"_s << QString() << u"https://acme.symphony.com/pod"_s
            << u"https://agent.acme.internal:8444/agent"_s << u"https://km.acme.internal/relay"_s
            << u"https://acme.symphony.com/login"_s;
        QTest::newRow("a path is the context")
            << u"https://gw.example/symphony/pod-api/"_s << u"https://gw.example/agent-x"_s << QString()
            << QString() << u"https://gw.example/symphony/pod-api"_s << u"https://gw.example/agent-x"_s
            << u"https://gw.example/relay"_s << u"https://gw.example/login"_s;
        QTest::newRow("a lone slash is no context")
            << u"https://acme.symphony.com/"_s << u"https://agent.example/"_s << QString() << QString()
            << u"https://acme.symphony.com"_s << u"https://agent.example"_s
            << u"https://acme.symphony.com/relay"_s << u"https://acme.symphony.com/login"_s;
    }

    void resolve()
    {
        QFETCH(QString, pod);
        QFETCH(QString, agent);
        QFETCH(QString, keyManager);
        QFETCH(QString, login);
        const auto urls = ServiceUrls::resolve({pod, agent, keyManager, login, {}, {}});
        QVERIFY2(urls.ok(), qPrintable(urls.error().message()));
        QTEST(urls.value().base(Service::Pod).toString(), "podBase");
        QTEST(urls.value().base(Service::Agent).toString(), "agentBase");
        QTEST(urls.value().base(Service::KeyManager).toString(), "kmBase");
        QTEST(urls.value().base(Service::Login).toString(), "loginBase");
    }

    void certificateServicesDefault()
    {
        const auto urls
            = ServiceUrls::resolve({u"https://pod.example"_s, {}, u"https://km.example"_s, {}, {}, {}});
        QVERIFY(urls.ok());
        QCOMPARE(urls.value().base(Service::SessionAuth).toString(), u"https://pod.example/sessionauth"_s);
        QCOMPARE(urls.value().base(Service::KeyAuth).toString(), u"https://km.example/keyauth"_s);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty pod") << QString() << QString() << u"No pod URL"_s;
        QTest::newRow("ftp scheme") << u"ftp://pod.example"_s << QString() << u"https://"_s;
        QTest::newRow("no host") << u"https://"_s << QString() << u"not a valid URL"_s;
        QTest::newRow("query") << u"https://pod.example/?x=1"_s << QString() << u"query"_s;
        QTest::newRow("bad agent") << u"https://pod.example"_s << u"http://bad host"_s << u"agent URL"_s;
    }

    void rejects()
    {
        QFETCH(QString, pod);
        QFETCH(QString, agent);
        QFETCH(QString, mentions);
        const auto urls = ServiceUrls::resolve({pod, agent, {}, {}, {}, {}});
        QVERIFY(!urls.ok());
        const QString error = urls.error().message();
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void urlJoinsPathAndQuery()
    {
        const ServiceUrls urls = ServiceUrls::forOrigin(QUrl(u"http://127.0.0.1:1234"_s));
        QUrlQuery q;
        q.addQueryItem(u"since"_s, u"0"_s);
        QCOMPARE(urls.url(Service::Agent, u"/v4/stream/abc/message"_s, q).toString(),
            u"http://127.0.0.1:1234/agent/v4/stream/abc/message?since=0"_s);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(ServiceUrlsTest)
#include "tst_serviceurls.moc"
