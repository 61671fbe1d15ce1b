// SPDX-License-Identifier: Apache-2.0
// The demo pod's server thread frees its OpenSSL state before Server::stop() returns. Left to OpenSSL's
// thread-exit destructor, that happens after stop() has returned, and a process that exits at that
// moment loses it (LeakSanitizer reported 904 bytes, the thread's error queue, now and then under load).
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "common/opensslallocations.h"
#include "demopodserver.h"

using namespace Inspector::DemoPod;
using namespace Qt::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** A well-formed JWT for the demo bot whose signature is wrong: the server reads the bot's public key
 *  with OpenSSL on its thread, then refuses. */
QByteArray badlySignedJwt()
{
    const QByteArray header = base64Url(R"({"alg":"RS512","typ":"JWT"})");
    const QByteArray claims
        = base64Url(QJsonDocument(QJsonObject {
                                      {u"sub"_s, Server::botUsername()},
                                      {u"exp"_s, QDateTime::currentSecsSinceEpoch() + 120},
                                  })
                        .toJson(QJsonDocument::Compact));
    return header + '.' + claims + '.' + base64Url(QByteArray(512, 'x'));
}

int authenticate(const QUrl &base)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(u"/login/pubkey/authenticate"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(
        request, QJsonDocument(QJsonObject {{u"token"_s, QString::fromLatin1(badlySignedJwt())}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

class DemoPodThreadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // One round first: OpenSSL's process-wide caches are filled by it, so that what the next round's
        // server thread leaves behind is its own state only.
        Config config;
        config.streams = 1;
        Server server(config);
        const Inspector::Result<> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message()));
        QCOMPARE(authenticate(server.baseUrl()), 401);
    }

    void serverThreadFreesItsOpenSslStateBeforeStopReturns()
    {
        Config config;
        config.streams = 1;
        Server server(config);
        const Inspector::Result<> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message()));
        OpenSslAllocations::mark();
        QCOMPARE(authenticate(server.baseUrl()), 401);
        QCOMPARE_GT(OpenSslAllocations::liveOnOtherThreads(), 0); // the server thread's own state

        // Frees on other threads now wait: one left to the thread-exit destructor cannot win the race.
        OpenSslAllocations::setFreeDelay(100);
        server.stop();
        const long live = OpenSslAllocations::liveOnOtherThreads();
        OpenSslAllocations::setFreeDelay(0);
        QCOMPARE(live, 0);
    }
};

OPENSSL_ALLOCATIONS_TEST_MAIN(DemoPodThreadTest)

#include "tst_demopodthread.moc"
