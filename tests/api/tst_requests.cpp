// SPDX-License-Identifier: Apache-2.0
#include <QJsonDocument>
#include <QTest>

#include "api/requests.h"
#include "common/testsuite.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
using Service = ServiceUrls::Service;
using Method = ApiRequest::Method;
using Auth = ApiRequest::Auth;

Q_DECLARE_METATYPE(Inspector::ApiRequest)

namespace {
const QString roomUrlSafe = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
const QString roomStandard = u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
const QString msgStandard = u"yg3yyVqhRMHQ/y/zyPln/X///mSB2ar/bQ=="_s;
const QString msgUrlSafe = u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s;
} // namespace

class RequestsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<ApiRequest>("request");
        QTest::addColumn<int>("service");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("auth");

        const auto row = [](const char *name, const ApiRequest &r, Service s, const char *m, const QString &p,
                             const QString &q, Auth a) {
            QTest::newRow(name) << r << int(s) << QByteArray(m) << p << q << int(a);
        };
        row("agent info", Requests::agentInfo(), Service::Agent, "GET", u"/v1/info"_s, {}, Auth::None);
        row("health", Requests::health(), Service::Agent, "GET", u"/v3/health"_s, {}, Auth::None);
        row("extended health", Requests::healthExtended(), Service::Agent, "GET", u"/v3/health/extended"_s,
            {}, Auth::None);
        row("session info", Requests::sessionInfo(), Service::Pod, "GET", u"/v2/sessioninfo"_s, {},
            Auth::Session);
        row("rsa login", Requests::rsaSessionAuth("a.b.c"), Service::Login, "POST", u"/pubkey/authenticate"_s,
            {}, Auth::None);
        row("rsa relay", Requests::rsaKeyManagerAuth("a.b.c"), Service::KeyManager, "POST",
            u"/pubkey/authenticate"_s, {}, Auth::None);
        row("cert session", Requests::certSessionAuth(), Service::SessionAuth, "POST", u"/v1/authenticate"_s,
            {}, Auth::None);
        row("cert km", Requests::certKeyManagerAuth(), Service::KeyAuth, "POST", u"/v1/authenticate"_s, {},
            Auth::None);
        row("streams", Requests::streams({}, 100, 50), Service::Pod, "POST", u"/v1/streams/list"_s,
            u"skip=100&limit=50"_s, Auth::Session);
        row("streams limit clamped", Requests::streams({}, 0, 5000), Service::Pod, "POST",
            u"/v1/streams/list"_s, u"skip=0&limit=100"_s, Auth::Session);
        row("admin streams", Requests::adminStreams({}, 0, 1000), Service::Pod, "POST",
            u"/v2/admin/streams/list"_s, u"skip=0&limit=100"_s, Auth::Session);
        row("user streams", Requests::userStreams(8933531976681, {}, 0, 50), Service::Pod, "POST",
            u"/v1/admin/user/8933531976681/streams/list"_s, u"skip=0&limit=50"_s, Auth::Session);
        row("stream info from standard id", Requests::streamInfo(roomStandard), Service::Pod, "GET",
            u"/v2/streams/"_s + roomUrlSafe + u"/info"_s, {}, Auth::Session);
        row("room info", Requests::roomInfo(roomUrlSafe), Service::Pod, "GET",
            u"/v3/room/"_s + roomUrlSafe + u"/info"_s, {}, Auth::Session);
        row("room search", Requests::roomSearch({}, 10, 500), Service::Pod, "POST", u"/v3/room/search"_s,
            u"skip=10&limit=100"_s, Auth::Session);
        row("room members", Requests::roomMembers(roomStandard), Service::Pod, "GET",
            u"/v2/room/"_s + roomUrlSafe + u"/membership/list"_s, {}, Auth::Session);
        row("admin members", Requests::adminMembers(roomUrlSafe, 0, 5000), Service::Pod, "GET",
            u"/v1/admin/stream/"_s + roomUrlSafe + u"/membership/list"_s, u"skip=0&limit=1000"_s,
            Auth::Session);
        row("messages", Requests::messages(roomStandard, 1767348000000, std::nullopt, 3, 9999),
            Service::Agent, "GET", u"/v4/stream/"_s + roomUrlSafe + u"/message"_s,
            u"since=1767348000000&skip=3&limit=500"_s, Auth::SessionAndKeyManager);
        row("messages with until", Requests::messages(roomUrlSafe, 0, 99, 0, 10), Service::Agent, "GET",
            u"/v4/stream/"_s + roomUrlSafe + u"/message"_s, u"since=0&until=99&skip=0&limit=10"_s,
            Auth::SessionAndKeyManager);
        row("one message", Requests::message(msgStandard), Service::Agent, "GET",
            u"/v1/message/"_s + msgUrlSafe, {}, Auth::SessionAndKeyManager);
        row("search by query", Requests::messageSearch(u"hashtag:rates AND streamType:chatroom"_s, 0, 50),
            Service::Agent, "GET", u"/v1/message/search"_s,
            u"query=hashtag%3Arates%20AND%20streamType%3Achatroom&skip=0&limit=50"_s,
            Auth::SessionAndKeyManager);
        row("search by body", Requests::messageSearch(QJsonObject {{u"text"_s, u"x"_s}}, 0, 50),
            Service::Agent, "POST", u"/v1/message/search"_s, u"skip=0&limit=50"_s,
            Auth::SessionAndKeyManager);
        row("receipts first page", Requests::receipts(msgStandard, {}), Service::Pod, "GET",
            u"/v1/admin/messages/"_s + msgUrlSafe + u"/receipts"_s, {}, Auth::Session);
        row("receipts next page", Requests::receipts(msgUrlSafe, u"Y3Vyc29y"_s), Service::Pod, "GET",
            u"/v1/admin/messages/"_s + msgUrlSafe + u"/receipts"_s, u"after=Y3Vyc29y"_s, Auth::Session);
        row("message status", Requests::messageStatus(msgUrlSafe), Service::Pod, "GET",
            u"/v1/message/"_s + msgUrlSafe + u"/status"_s, {}, Auth::Session);
        row("attachments list", Requests::streamAttachments(roomUrlSafe, 5, std::nullopt, 1000), Service::Pod,
            "GET", u"/v1/streams/"_s + roomUrlSafe + u"/attachments"_s, u"since=5&limit=100&sortDir=ASC"_s,
            Auth::Session);
        row("attachment download", Requests::attachment(roomUrlSafe, u"internal_130_5001"_s, msgStandard),
            Service::Agent, "GET", u"/v1/stream/"_s + roomUrlSafe + u"/attachment"_s,
            u"fileId=internal_130_5001&messageId="_s + msgUrlSafe, Auth::SessionAndKeyManager);
        row("signals", Requests::signalList(0, 9999), Service::Agent, "GET", u"/v1/signals/list"_s,
            u"skip=0&limit=500"_s, Auth::SessionAndKeyManager);
        row("signal", Requests::signal(u"65a1b2c3d4e5f60718293a4b"_s), Service::Agent, "GET",
            u"/v1/signals/65a1b2c3d4e5f60718293a4b/get"_s, {}, Auth::SessionAndKeyManager);
        row("users by id", Requests::users(Requests::UserKey::Id, {u"1"_s, u"2"_s}, false), Service::Pod,
            "GET", u"/v3/users"_s, u"uid=1,2&local=false"_s, Auth::Session);
        row("users by email", Requests::users(Requests::UserKey::Email, {u"a+b@x.example"_s}, true),
            Service::Pod, "GET", u"/v3/users"_s, u"email=a%2Bb%40x.example&local=true"_s, Auth::Session);
        row("users by username", Requests::users(Requests::UserKey::Username, {u"aadams"_s}, true),
            Service::Pod, "GET", u"/v3/users"_s, u"username=aadams&local=true"_s, Auth::Session);
    }

    void paths()
    {
        QFETCH(ApiRequest, request);
        QTEST(int(request.service), "service");
        QTEST(ApiRequest::methodName(request.method), "method");
        QTEST(request.path, "path");
        QTEST(request.query.toString(QUrl::FullyEncoded), "query");
        QTEST(int(request.auth), "auth");
        QVERIFY(!request.description.isEmpty());
    }

    void bodies()
    {
        Requests::StreamFilter f;
        f.types = {u"IM"_s, u"ROOM"_s, u"POST"_s};
        f.includeInactive = true;
        QCOMPARE(Requests::streams(f, 0, 10).body,
            QByteArray(
                R"({"includeInactiveStreams":true,"streamTypes":[{"type":"IM"},{"type":"ROOM"},{"type":"POST"}]})"));
        // The admin filter has no POST type, and active only unless inactive streams are wanted.
        QCOMPARE(QJsonDocument(f.toAdminJson()).toJson(QJsonDocument::Compact),
            QByteArray(R"({"streamTypes":[{"type":"IM"},{"type":"ROOM"}]})"));
        f.includeInactive = false;
        QCOMPARE(f.toAdminJson().value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(Requests::rsaSessionAuth("h.c.s").body, QByteArray(R"({"token":"h.c.s"})"));
        QVERIFY(Requests::rsaSessionAuth("h.c.s").hasBody);
        // Certificate authentication sends no body and no content type.
        QVERIFY(!Requests::certSessionAuth().hasBody);
        QVERIFY(Requests::certSessionAuth().useClientCertificate);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(RequestsTest)
#include "tst_requests.moc"
