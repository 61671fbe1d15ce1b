// SPDX-License-Identifier: Apache-2.0
// What the demo pod learnt for the offline archive (issue 13): changes between two syncs (edits,
// suppressions, removals, late and new messages, members, names, states) seen through its real
// endpoints over HTTP, each made with Server's methods or POST /__mock/mutations; --latency holding
// many answers side by side; --messages-per-filler; and that none of it makes an answer cost more
// than it returns. Counted, never timed.
#include "common/testsuite.h"
#include "dataset.h"
#include "demodata.h"
#include "demopodserver.h"
#include "idcodec.h"
#include "messagesearch.h"
#include "standalonepod.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Inspector::DemoPod;
using Inspector::Result;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** An RS512 JWT for the bot, signed by OpenSSL (never by the client library). */
QByteArray botJwt()
{
    const QJsonObject claims {
        {u"sub"_s, Server::botUsername()}, {u"exp"_s, QDateTime::currentSecsSinceEpoch() + 240}};
    const QByteArray input
        = b64url(R"({"alg":"RS512"})") + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray pem = Server::botPrivateKeyPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestSignInit(ctx, nullptr, EVP_sha512(), nullptr, key);
    size_t size = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    EVP_DigestSign(ctx, nullptr, &size, in, size_t(input.size()));
    QByteArray signature(qsizetype(size), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size, in, size_t(input.size()));
    signature.resize(qsizetype(size));
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return input + '.' + b64url(signature);
}

/** A QNAM client of one pod, logged in as its bot. */
class Client
{
public:
    explicit Client(const Server &server)
        : Client(server.baseUrl())
    { }
    explicit Client(const QUrl &base)
        : m_base(base)
    {
        const QByteArray body = QJsonDocument(QJsonObject {{u"token"_s, QString::fromLatin1(botJwt())}})
                                    .toJson(QJsonDocument::Compact);
        m_session = send("POST", u"/login/pubkey/authenticate"_s, {}, body)
                        .object()
                        .value(u"token"_s)
                        .toString()
                        .toLatin1();
        m_km = send("POST", u"/relay/pubkey/authenticate"_s, {}, body)
                   .object()
                   .value(u"token"_s)
                   .toString()
                   .toLatin1();
    }

    Response send(
        const QByteArray &method, const QString &path, const QString &query = {}, const QByteArray &body = {})
    {
        QUrl url = m_base;
        url.setPath(path, QUrl::TolerantMode);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!m_session.isEmpty()) {
            request.setRawHeader("sessionToken", m_session);
            request.setRawHeader("keyManagerToken", m_km);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Response r;
        if (reply->isFinished() || finished.wait(30000)) {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
        }
        reply->deleteLater();
        return r;
    }
    QJsonArray history(const QString &stream, qint64 since, int skip, int limit)
    {
        return send("GET", u"/agent/v4/stream/"_s + stream + u"/message"_s,
            u"since=%1&skip=%2&limit=%3"_s.arg(since).arg(skip).arg(limit))
            .array();
    }
    Response message(const QString &id) { return send("GET", u"/agent/v1/message/"_s + id); }
    /** POST /__mock/mutations. */
    Response mutate(const QJsonObject &change)
    {
        return send("POST", u"/__mock/mutations"_s, {}, QJsonDocument(change).toJson(QJsonDocument::Compact));
    }
    QJsonArray textSearch(const QString &stream, const QString &text)
    {
        return send("GET", u"/agent/v1/message/search"_s,
            QString(u"query=text:"_s + text + u" AND streamId:"_s + stream + u"&limit=500"_s))
            .array();
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    QByteArray m_session;
    QByteArray m_km;
};

QString rates()
{
    return QString::fromLatin1(Demo::RatesDeskStreamId);
}

QStringList ids(const QJsonArray &messages)
{
    QStringList out;
    for (const QJsonValue &m : messages)
        out.append(m.toObject().value(u"messageId"_s).toString());
    return out;
}

Config smallConfig()
{
    Config c;
    c.streams = 20;
    c.messagesPerStream = 300;
    c.longPollMs = 20;
    return c;
}

std::unique_ptr<Server> start(const Config &config)
{
    auto server = std::make_unique<Server>(config);
    if (const Result<> started = server->start(); !started)
        qFatal("demo pod: %s", qPrintable(started.error().message()));
    return server;
}

} // namespace

class DemoPodChangesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesPerFiller();
    void millionMessageFillerCostsItsPage();
    void latencyHoldsAnswersSideBySide();
    void addedMessagesTakeTheirPlace();
    void editsAsSymphonyDoes();
    void contentChangesInPlace();
    void suppressedMessages();
    void removedMessagesAreGone();
    void memberships();
    void renameAndDeactivate();
    void controlApiErrors();
    void historyMatchesReference();
    void searchesForgetOnlyTheirStreams();
    void changedHistoryCostsItsPage();
    void standaloneProgramOptions();
};

void DemoPodChangesTest::messagesPerFiller()
{
    Config config = smallConfig();
    config.streams = 40;
    config.messagesPerFiller = 5000;
    const DataSet data(config);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int k = 0; k < config.streams; ++k) {
        const int s = Demo::FirstFillerIndex + k;
        QCOMPARE(data.messageCount(s), 5000);
        QVERIFY(data.timestamp(s, 4999) < now);
        QVERIFY(data.timestamp(s, 0) < data.timestamp(s, 4999));
    }
    // The named streams keep their sizes, and without the option fillers keep 3..19 messages.
    QCOMPARE(data.messageCount(Demo::RatesDeskIndex), 300);
    QCOMPARE(data.messageCount(Demo::ImIndex), Demo::ImMessageCount);
    const DataSet plain(smallConfig());
    for (int k = 0; k < 20; ++k)
        QCOMPARE(plain.messageCount(Demo::FirstFillerIndex + k), qMin(300, 3 + (k * 7) % 17));

    // Over HTTP: the last page of a filler holds what is left of its 5,000 messages.
    const auto server = start(config);
    Client client(*server);
    const QString filler = data.streams().at(Demo::FirstFillerIndex + 3).id;
    const QJsonArray tail = client.history(filler, 0, 4990, 50);
    QCOMPARE(tail.size(), 10);
    QCOMPARE(tail.last().toObject().value(u"messageId"_s).toString(),
        data.messageId(Demo::FirstFillerIndex + 3, 4999));
}

void DemoPodChangesTest::millionMessageFillerCostsItsPage()
{
    Config config = smallConfig();
    config.streams = 1;
    config.messagesPerFiller = 1000000;
    const auto server = start(config);
    Client client(*server);
    const DataSet data(config);
    const QString filler = data.streams().at(Demo::FirstFillerIndex).id;
    server->resetWorkCounts();
    const QJsonArray tail = client.history(filler, 0, 999990, 50);
    QCOMPARE(tail.size(), 10);
    QCOMPARE(server->workCounts().messagesBuilt, qint64(10));
    QVERIFY(tail.last().toObject().value(u"timestamp"_s).toInteger() < QDateTime::currentMSecsSinceEpoch());
    // A page from a time in the middle, and a text search of a range: their own messages only.
    server->resetWorkCounts();
    const qint64 middle = data.timestamp(Demo::FirstFillerIndex, 500000);
    const QJsonArray page = client.history(filler, middle, 0, 100);
    QCOMPARE(page.size(), 100);
    QCOMPARE(page.first().toObject().value(u"timestamp"_s).toInteger(), middle);
    QCOMPARE(server->workCounts().messagesBuilt, qint64(100));
}

void DemoPodChangesTest::latencyHoldsAnswersSideBySide()
{
    // Every answer is held back on its own timer: N requests sent together are all held at once
    // (a pod that slept, or answered one after the other, would never hold more than one), and
    // all of them are answered. The control API is never held.
    Config config = smallConfig();
    config.latencyMs = 4000;
    const auto server = start(config);
    QCOMPARE(server->latencyMs(), 4000);
    server->setLatencyMs(0); // the control client logs in at once
    Client control(*server);
    server->setLatencyMs(4000);
    constexpr int N = 12;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < N; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(server->baseUrl().host(), quint16(server->baseUrl().port()));
        QVERIFY(socket->waitForConnected(10000));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets)
        socket->write("GET /agent/v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(
        control.send("GET", u"/__mock/latency"_s).object().value(u"held"_s).toInt(), N, 60000);
    QCOMPARE(server->heldAnswers(), N);
    for (auto &socket : sockets) {
        QTRY_VERIFY_WITH_TIMEOUT(socket->peek(4096).contains("\"version\""), 60000);
        QVERIFY(socket->readAll().startsWith("HTTP/1.1 200 "));
    }
    QCOMPARE(server->maxHeldAnswers(), N);
    QTRY_COMPARE(server->heldAnswers(), 0);

    // At run time: latency 0 answers at once (nothing held), and the control API sets it.
    QCOMPARE(control.send("PUT", u"/__mock/latency"_s, {}, R"({"ms":0})").status, 204);
    QCOMPARE(server->latencyMs(), 0);
    QCOMPARE(control.send("GET", u"/agent/v1/info"_s).status, 200);
    QCOMPARE(server->heldAnswers(), 0);
    QCOMPARE(control.send("PUT", u"/__mock/latency"_s, {}, R"({"ms":-1})").status, 400);
}

void DemoPodChangesTest::addedMessagesTakeTheirPlace()
{
    const auto server = start(smallConfig());
    Client client(*server);
    const QString m1 = QString::fromLatin1(Demo::M1Id);
    const QString m2 = QString::fromLatin1(Demo::M2Id);
    // A late delivery between m1 and m2, with the C++ method; one at m2's millisecond via HTTP,
    // which comes after m2 (generated messages first at one millisecond).
    const QString late
        = server->addMessage(rates(), Demo::M1Timestamp + 30000, u"Late unicorn from Globex"_s, Demo::BobId);
    QVERIFY(!late.isEmpty());
    const Response r = client.mutate(QJsonObject {{u"kind"_s, u"addMessage"_s}, {u"streamId"_s, rates()},
        {u"timestamp"_s, Demo::M1Timestamp + 60000}, {u"text"_s, u"<p>Second <b>unicorn</b></p>"_s}});
    QCOMPARE(r.status, 200);
    const QString second = r.object().value(u"messageId"_s).toString();
    QVERIFY(!second.isEmpty());
    QCOMPARE(ids(client.history(rates(), Demo::M1Timestamp, 0, 4)), (QStringList {m1, late, m2, second}));
    // skip counts positions in the history as served.
    QCOMPARE(ids(client.history(rates(), Demo::M1Timestamp, 1, 2)), (QStringList {late, m2}));

    const QJsonObject added = client.message(late).object();
    QCOMPARE(added.value(u"timestamp"_s).toInteger(), Demo::M1Timestamp + 30000);
    QCOMPARE(added.value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::BobId);
    QVERIFY(added.value(u"message"_s).toString().contains(u"<p>Late unicorn from Globex</p>"_s));
    QCOMPARE(added.value(u"stream"_s).toObject().value(u"streamId"_s).toString(), rates());
    QCOMPARE(ids(client.textSearch(rates(), u"unicorn"_s)), (QStringList {second, late}));

    // A message at the end moves the stream's last message date.
    const qint64 end = QDateTime::currentMSecsSinceEpoch() - 1000;
    const QString last = server->addMessage(rates(), end, u"Closing"_s);
    QCOMPARE(client.send("GET", u"/pod/v2/streams/"_s + rates() + u"/info"_s)
                 .object()
                 .value(u"lastMessageDate"_s)
                 .toInteger(),
        end);
    QCOMPARE(ids(client.history(rates(), end, 0, 10)), QStringList {last});
    QCOMPARE(server->addMessage(rates(), end, u"x"_s, 42), QString()); // unknown author
}

void DemoPodChangesTest::editsAsSymphonyDoes()
{
    const auto server = start(smallConfig());
    Client client(*server);
    const QString m2 = QString::fromLatin1(Demo::M2Id);
    const qint64 at = Demo::M1Timestamp + 3600000;
    const QString edit = server->editMessage(m2, u"Thanks Alice, corrected levels"_s, at);
    QVERIFY(!edit.isEmpty());
    QVERIFY(edit != m2);
    const QJsonObject old = client.message(m2).object();
    QCOMPARE(old.value(u"replacedBy"_s).toString(), edit);
    QVERIFY(old.value(u"message"_s).toString().contains(u"looking at the curve"_s)); // unchanged
    const QJsonObject e = client.message(edit).object();
    QCOMPARE(e.value(u"replacing"_s).toString(), m2);
    QCOMPARE(e.value(u"initialMessageId"_s).toString(), m2);
    QCOMPARE(e.value(u"initialTimestamp"_s).toInteger(), Demo::M1Timestamp + 60000);
    QCOMPARE(e.value(u"timestamp"_s).toInteger(), at);
    QCOMPARE(e.value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::BobId);
    QVERIFY(e.value(u"message"_s).toString().contains(u"corrected levels"_s));
    // Both versions are in the history, each at its own time.
    QVERIFY(ids(client.history(rates(), Demo::M1Timestamp, 0, 3)).contains(m2));
    QVERIFY(ids(client.history(rates(), at, 0, 50)).contains(edit));

    // An edit of the edit keeps the chain's first message; the old version cannot be edited again.
    const Response again = client.mutate(QJsonObject {{u"kind"_s, u"editMessage"_s}, {u"messageId"_s, edit},
        {u"text"_s, u"third version"_s}, {u"timestamp"_s, at + 1000}});
    QCOMPARE(again.status, 200);
    const QJsonObject third = client.message(again.object().value(u"messageId"_s).toString()).object();
    QCOMPARE(third.value(u"replacing"_s).toString(), edit);
    QCOMPARE(third.value(u"initialMessageId"_s).toString(), m2);
    QCOMPARE(third.value(u"initialTimestamp"_s).toInteger(), Demo::M1Timestamp + 60000);
    QCOMPARE(
        client.mutate(QJsonObject {{u"kind"_s, u"editMessage"_s}, {u"messageId"_s, m2}, {u"text"_s, u"x"_s}})
            .status,
        400);
    // m6 already edits m5: an edit of m6 goes back to m5 as the first of the chain.
    const QString m6edit = server->editMessage(QString::fromLatin1(Demo::M6Id), u"v3"_s, at);
    const QJsonObject v3 = client.message(m6edit).object();
    QCOMPARE(v3.value(u"initialMessageId"_s).toString(), QString::fromLatin1(Demo::M5Id));
}

void DemoPodChangesTest::contentChangesInPlace()
{
    const auto server = start(smallConfig());
    Client client(*server);
    const DataSet data(smallConfig());
    const QString diagnostic = data.messageId(Demo::RatesDeskIndex, Demo::RatesDeskDiagnosticIndex);
    const QJsonObject before = client.message(diagnostic).object();
    QVERIFY(before.contains(u"diagnostic"_s));
    QVERIFY(!before.contains(u"message"_s));
    // The decryption now succeeds: the same id, with content (the standard Base64 form works too).
    const QString standard = IdCodec::toStandard(data.messageRawId(Demo::RatesDeskIndex, 4));
    QCOMPARE(client
                 .mutate(QJsonObject {{u"kind"_s, u"changeContent"_s}, {u"messageId"_s, standard},
                     {u"text"_s, u"Decrypted at last"_s}})
                 .status,
        204);
    const QJsonObject after = client.message(diagnostic).object();
    QCOMPARE(after.value(u"messageId"_s).toString(), diagnostic);
    QCOMPARE(after.value(u"timestamp"_s), before.value(u"timestamp"_s));
    QVERIFY(!after.contains(u"diagnostic"_s));
    QVERIFY(after.value(u"message"_s).toString().contains(u"<p>Decrypted at last</p>"_s));
    QCOMPARE(after.value(u"data"_s).toString(), u"{}"_s);
    // In the history at the same place, and found by its new text.
    QCOMPARE(client.history(rates(), 0, 4, 1).first().toObject(), after);
    QCOMPARE(ids(client.textSearch(rates(), u"Decrypted"_s)), QStringList {diagnostic});

    // A filler message's text changes; its mentions and tags were those of the old text.
    const QString tenth = data.messageId(Demo::RatesDeskIndex, 10);
    QVERIFY(server->changeMessageContent(tenth, u"<p>Replaced <i>text</i></p>"_s));
    const QJsonObject changed = client.message(tenth).object();
    QVERIFY(changed.value(u"message"_s).toString().contains(u"<p>Replaced <i>text</i></p>"_s));
    QCOMPARE(client.history(rates(), 0, 10, 1).first().toObject(), changed);
    QVERIFY(!server->changeMessageContent(u"no-such-id"_s, u"x"_s));
}

void DemoPodChangesTest::suppressedMessages()
{
    const auto server = start(smallConfig());
    Client client(*server);
    const DataSet data(smallConfig());
    const QString withFile = data.messageId(Demo::RatesDeskIndex, 25);
    auto files = [&] {
        QStringList out;
        const QJsonArray list
            = client.send("GET", u"/pod/v1/streams/"_s + rates() + u"/attachments"_s, u"limit=100"_s).array();
        for (const QJsonValue &f : list)
            out.append(f.toObject().value(u"fileId"_s).toString());
        return out;
    };
    QVERIFY(client.message(withFile).object().contains(u"attachments"_s));
    const int filesBefore = int(files().size());
    QVERIFY(filesBefore > 0);
    QCOMPARE(
        client.mutate(QJsonObject {{u"kind"_s, u"suppressMessage"_s}, {u"messageId"_s, withFile}}).status,
        204);
    const QJsonObject suppressed = client.message(withFile).object();
    QCOMPARE(suppressed.value(u"messageId"_s).toString(), withFile);
    QVERIFY(suppressed.value(u"message"_s).toString().contains(u"This message has been suppressed."_s));
    QCOMPARE(suppressed.value(u"data"_s).toString(), u"{}"_s);
    QVERIFY(!suppressed.contains(u"attachments"_s));
    QCOMPARE(client.history(rates(), 0, 25, 1).first().toObject(), suppressed);
    QCOMPARE(files().size(), filesBefore - 1);
    // Suppressed as m9 always was.
    QVERIFY(client.message(QString::fromLatin1(Demo::M9Id))
                .object()
                .value(u"message"_s)
                .toString()
                .contains(u"This message has been suppressed."_s));
    QVERIFY(server->suppressMessage(QString::fromLatin1(Demo::M1Id)));
    QVERIFY(client.message(QString::fromLatin1(Demo::M1Id))
                .object()
                .value(u"message"_s)
                .toString()
                .contains(u"This message has been suppressed."_s));
}

void DemoPodChangesTest::removedMessagesAreGone()
{
    const auto server = start(smallConfig());
    Client client(*server);
    const DataSet data(smallConfig());
    const QString m3 = QString::fromLatin1(Demo::M3Id);
    const QString twelfth = data.messageId(Demo::RatesDeskIndex, 12);
    const int total = int(client.history(rates(), 0, 0, 500).size());
    QCOMPARE(total, 300);
    QVERIFY(server->removeMessage(m3));
    QCOMPARE(
        client.mutate(QJsonObject {{u"kind"_s, u"removeMessage"_s}, {u"messageId"_s, twelfth}}).status, 204);
    const QStringList after = ids(client.history(rates(), 0, 0, 500));
    QCOMPARE(after.size(), total - 2);
    QVERIFY(!after.contains(m3));
    QVERIFY(!after.contains(twelfth));
    QCOMPARE(after.at(2), QString::fromLatin1(Demo::M4Id)); // m1, m2, m4: m3 left out
    QCOMPARE(after.at(11), data.messageId(Demo::RatesDeskIndex, 13)); // ..., #11, #13
    QCOMPARE(client.message(m3).status, 204);
    QCOMPARE(client.message(twelfth).status, 204);
    QCOMPARE(client.send("GET", u"/pod/v1/message/"_s + m3 + u"/status"_s).status, 404);
    // Search: m3 carried $EURUSD.
    const QStringList eur
        = ids(client.send("GET", u"/agent/v1/message/search"_s, u"query=cashtag:EURUSD&limit=500"_s).array());
    QVERIFY(!eur.isEmpty());
    QVERIFY(!eur.contains(m3));
    // Removing an added message takes it away as well; removing twice is harmless.
    const QString added = server->addMessage(rates(), Demo::M1Timestamp + 1000, u"gone soon"_s);
    QCOMPARE(client.history(rates(), 0, 0, 500).size(), total - 1);
    QVERIFY(server->removeMessage(added));
    QCOMPARE(client.history(rates(), 0, 0, 500).size(), total - 2);
    QCOMPARE(client.message(added).status, 204);
    QVERIFY(!server->removeMessage(added)); // unknown now
}

void DemoPodChangesTest::memberships()
{
    const auto server = start(smallConfig());
    Client client(*server);
    auto roomMembers = [&] {
        QHash<qint64, bool> out; // id -> owner
        for (const QJsonValue &m :
            client.send("GET", u"/pod/v2/room/"_s + rates() + u"/membership/list"_s).array())
            out.insert(m.toObject().value(u"id"_s).toInteger(), m.toObject().value(u"owner"_s).toBool());
        return out;
    };
    auto adminMembers = [&] {
        QHash<qint64, bool> out;
        const QJsonObject o
            = client.send("GET", u"/pod/v1/admin/stream/"_s + rates() + u"/membership/list"_s).object();
        for (const QJsonValue &m : o.value(u"members"_s).toArray())
            out.insert(m.toObject().value(u"user"_s).toObject().value(u"userId"_s).toInteger(),
                m.toObject().value(u"isOwner"_s).toBool());
        if (o.value(u"count"_s).toInt() != out.size())
            out.insert(-1, false);
        return out;
    };
    const QHash<qint64, bool> initial {{Demo::AliceId, true}, {Demo::BobId, true}, {Demo::BotId, false}};
    QCOMPARE(roomMembers(), initial);
    QCOMPARE(adminMembers(), initial);

    const qint64 joined = Demo::M1Timestamp + 86400000;
    QVERIFY(server->addMember(rates(), Demo::CarolId, false, joined));
    QCOMPARE(client
                 .mutate(QJsonObject {{u"kind"_s, u"setOwner"_s}, {u"streamId"_s, rates()},
                     {u"userId"_s, Demo::CarolId}, {u"flag"_s, true}})
                 .status,
        204);
    QVERIFY(server->setOwner(rates(), Demo::BobId, false));
    QCOMPARE(client
                 .mutate(QJsonObject {
                     {u"kind"_s, u"removeMember"_s}, {u"streamId"_s, rates()}, {u"userId"_s, Demo::AliceId}})
                 .status,
        204);
    const QHash<qint64, bool> now {{Demo::BobId, false}, {Demo::BotId, false}, {Demo::CarolId, true}};
    QCOMPARE(roomMembers(), now);
    QCOMPARE(adminMembers(), now);
    for (const QJsonValue &m :
        client.send("GET", u"/pod/v2/room/"_s + rates() + u"/membership/list"_s).array()) {
        if (m.toObject().value(u"id"_s).toInteger() == Demo::CarolId)
            QCOMPARE(m.toObject().value(u"joinDate"_s).toInteger(), joined);
    }
    // The messages already sent stay as they were (filler mentions came from the first members).
    const DataSet reference(smallConfig());
    const QJsonArray page = client.history(rates(), 0, 20, 40);
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(page.at(i).toObject().value(u"message"_s),
            reference.message(Demo::RatesDeskIndex, 20 + i).value(u"message"_s));

    // Errors: twice, not a member, not a room, unknown user.
    QVERIFY(!server->addMember(rates(), Demo::CarolId));
    QVERIFY(!server->removeMember(rates(), Demo::AliceId));
    QVERIFY(!server->setOwner(rates(), Demo::AliceId, true));
    QVERIFY(!server->addMember(QString::fromLatin1(Demo::ImStreamId), Demo::BobId));
    QVERIFY(!server->addMember(rates(), 12345));

    // The bot joins the room it could not see: its stream list (cached before) now shows it, and
    // its member endpoints answer.
    const QString compliance = QString::fromLatin1(Demo::ComplianceStreamId);
    auto botStreams = [&] {
        QStringList out;
        for (const QJsonValue &s :
            client.send("POST", u"/pod/v1/streams/list"_s, u"limit=1000"_s, "{}").array())
            out.append(s.toObject().value(u"id"_s).toString());
        return out;
    };
    QVERIFY(!botStreams().contains(compliance));
    QCOMPARE(client.send("GET", u"/pod/v2/room/"_s + compliance + u"/membership/list"_s).status, 403);
    QVERIFY(server->addMember(compliance, Demo::BotId));
    QVERIFY(botStreams().contains(compliance));
    QCOMPARE(client.send("GET", u"/pod/v2/room/"_s + compliance + u"/membership/list"_s).status, 200);
    QCOMPARE(client.history(compliance, 0, 0, 100).size(), Demo::ComplianceMessageCount);
}

void DemoPodChangesTest::renameAndDeactivate()
{
    const auto server = start(smallConfig());
    Client client(*server);
    auto search = [&](const QString &text) {
        return client
            .send("POST", u"/pod/v3/room/search"_s, {},
                QJsonDocument(QJsonObject {{u"query"_s, text}}).toJson(QJsonDocument::Compact))
            .object()
            .value(u"count"_s)
            .toInt();
    };
    QCOMPARE(search(u"Rates Desk EU"_s), 0); // the list is cached now
    QCOMPARE(client
                 .mutate(QJsonObject {
                     {u"kind"_s, u"renameRoom"_s}, {u"streamId"_s, rates()}, {u"text"_s, u"Rates Desk EU"_s}})
                 .status,
        204);
    QCOMPARE(search(u"Rates Desk EU"_s), 1);
    QCOMPARE(client.send("GET", u"/pod/v3/room/"_s + rates() + u"/info"_s)
                 .object()
                 .value(u"roomAttributes"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
        u"Rates Desk EU"_s);
    QCOMPARE(client.history(rates(), 0, 0, 1)
                 .first()
                 .toObject()
                 .value(u"stream"_s)
                 .toObject()
                 .value(u"roomName"_s)
                 .toString(),
        u"Rates Desk EU"_s);
    QVERIFY(!server->renameRoom(QString::fromLatin1(Demo::ImStreamId), u"x"_s));

    auto listed = [&](bool inactive) {
        QStringList out;
        const QByteArray body = inactive ? R"({"includeInactiveStreams":true})" : "{}";
        for (const QJsonValue &s :
            client.send("POST", u"/pod/v1/streams/list"_s, u"limit=1000"_s, body).array())
            out.append(s.toObject().value(u"id"_s).toString());
        return out;
    };
    QVERIFY(listed(false).contains(rates()));
    QVERIFY(server->setStreamActive(rates(), false));
    QVERIFY(!listed(false).contains(rates()));
    QVERIFY(listed(true).contains(rates()));
    QCOMPARE(client.send("GET", u"/pod/v2/streams/"_s + rates() + u"/info"_s)
                 .object()
                 .value(u"active"_s)
                 .toBool(true),
        false);
    QCOMPARE(
        client.mutate(QJsonObject {{u"kind"_s, u"setActive"_s}, {u"streamId"_s, rates()}, {u"flag"_s, true}})
            .status,
        204);
    QVERIFY(listed(false).contains(rates()));
}

void DemoPodChangesTest::controlApiErrors()
{
    const auto server = start(smallConfig());
    Client client(*server);
    QCOMPARE(client.mutate(QJsonObject {{u"kind"_s, u"explode"_s}}).status, 400);
    QCOMPARE(client.mutate(QJsonObject {{u"kind"_s, u"removeMessage"_s}, {u"messageId"_s, u"nope"_s}}).status,
        400);
    QCOMPARE(
        client.mutate(QJsonObject {{u"kind"_s, u"addMessage"_s}, {u"streamId"_s, u"nope"_s}}).status, 400);
    QCOMPARE(client
                 .mutate(QJsonObject {
                     {u"kind"_s, u"addMessage"_s}, {u"streamId"_s, rates()}, {u"timestamp"_s, u"x"_s}})
                 .status,
        400);
    QCOMPARE(client.send("POST", u"/__mock/mutations"_s, {}, "[]").status, 400);
    // Round trip of the JSON form.
    Mutation m;
    m.kind = Mutation::Kind::SetOwner;
    m.streamId = rates();
    m.userId = Demo::BobId;
    m.flag = true;
    const Result<Mutation> parsed = mutationFromJson(mutationToJson(m));
    QVERIFY(parsed.ok());
    const Mutation &back = parsed.value();
    QCOMPARE(back.kind, m.kind);
    QCOMPARE(back.streamId, m.streamId);
    QCOMPARE(back.userId, m.userId);
    QCOMPARE(back.flag, true);
    // Changes made before start() are served once it runs.
    Server later(smallConfig());
    const QString id = later.addMessage(rates(), Demo::M1Timestamp + 1, u"before start"_s);
    QVERIFY(!id.isEmpty());
    INSPECTOR_VERIFY_OK(later.start());
    Client second(later);
    QCOMPARE(second.message(id).status, 200);
}

void DemoPodChangesTest::historyMatchesReference()
{
    // The served history, its bounds and positions, against a plain merged and sorted list, after
    // random removals and additions (many at one millisecond, some before the first message).
    Config config = smallConfig();
    config.messagesPerStream = 400;
    DataSet data(config);
    const int s = Demo::RatesDeskIndex;
    QRandomGenerator random(13);
    struct Entry
    {
        qint64 timestamp;
        int group; // 0 generated, 1 added
        int order;
        int index;
    };
    QList<Entry> reference;
    const int n = data.messageCount(s);
    for (int i = 0; i < n; ++i)
        reference.append({data.timestamp(s, i), 0, i, i});
    int added = 0;
    for (int round = 0; round < 300; ++round) {
        if (random.bounded(3) == 0 && !reference.isEmpty()) {
            const int at = random.bounded(int(reference.size()));
            data.removeMessage({s, reference.at(at).index});
            reference.removeAt(at);
        } else {
            const qint64 t
                = random.bounded(4) == 0 ? Demo::M1Timestamp - 5000 : data.timestamp(s, random.bounded(n));
            QVERIFY(data.addMessage(s, t, 0, u"added"_s).ok());
            QCOMPARE(data.findMessage(data.messageRawId(s, n + added)).index, n + added);
            reference.append({t, 1, added, n + added});
            ++added;
        }
    }
    std::sort(reference.begin(), reference.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.timestamp, a.group, a.order) < std::tie(b.timestamp, b.group, b.order);
    });
    QCOMPARE(data.viewCount(s), int(reference.size()));
    for (int r = 0; r < reference.size(); ++r)
        QCOMPARE(data.viewIndex(s, r), reference.at(r).index);
    for (const Entry &e : std::as_const(reference)) {
        for (const qint64 t : {e.timestamp - 1, e.timestamp, e.timestamp + 1}) {
            const int lower = int(std::count_if(
                reference.cbegin(), reference.cend(), [t](const Entry &x) { return x.timestamp < t; }));
            const int upper = int(std::count_if(
                reference.cbegin(), reference.cend(), [t](const Entry &x) { return x.timestamp <= t; }));
            QCOMPARE(data.viewLowerBound(s, t), lower);
            QCOMPARE(data.viewUpperBound(s, t), upper);
        }
    }
}

void DemoPodChangesTest::searchesForgetOnlyTheirStreams()
{
    DataSet data(smallConfig());
    SearchCriteria inMim;
    inMim.stream = Demo::MimIndex;
    SearchCriteria rooms;
    rooms.streamTypes = {u"ROOM"_s};
    MessageSearch mim(data, {inMim}, Demo::BotId, true);
    MessageSearch roomSearch(data, {rooms}, Demo::BotId, true);
    QVERIFY(!mim.isStale());
    data.suppressMessage({Demo::RatesDeskIndex, 10}); // a room, not the MIM
    QVERIFY(!mim.isStale());
    QVERIFY(roomSearch.isStale());
    data.removeMessage({Demo::MimIndex, 3});
    QVERIFY(mim.isStale());

    // Over HTTP: a search page after a change to its stream sees the change.
    const auto server = start(smallConfig());
    Client client(*server);
    const auto first
        = ids(client.send("GET", u"/agent/v1/message/search"_s, u"query=hashtag:rates&limit=5"_s).array());
    QCOMPARE(first.size(), 5);
    QVERIFY(server->removeMessage(first.at(1)));
    const auto again
        = ids(client.send("GET", u"/agent/v1/message/search"_s, u"query=hashtag:rates&limit=5"_s).array());
    QCOMPARE(again.mid(0, 1), first.mid(0, 1));
    QCOMPARE(again.mid(1, 3), first.mid(2, 3));
    QVERIFY(!again.contains(first.at(1)));
}

void DemoPodChangesTest::changedHistoryCostsItsPage()
{
    // A long room with changes everywhere: a page still builds its own messages and no other.
    Config config = smallConfig();
    config.messagesPerStream = 50000;
    const auto server = start(config);
    Client client(*server);
    const DataSet data(config);
    for (int i = 0; i < 200; ++i) {
        QVERIFY(server->removeMessage(data.messageId(Demo::RatesDeskIndex, 100 + i * 211)));
        QVERIFY(!server->addMessage(rates(), data.timestamp(Demo::RatesDeskIndex, 50 + i * 239), u"late"_s)
                     .isEmpty());
        const int suppressed = 77 + i * 199;
        if (suppressed != 17191) // removed above
            QVERIFY(server->suppressMessage(data.messageId(Demo::RatesDeskIndex, suppressed)));
    }
    for (const int skip : {0, 1000, 40000, 49800}) {
        server->resetWorkCounts();
        const QJsonArray page = client.history(rates(), 0, skip, 200);
        QCOMPARE(page.size(), 200);
        QCOMPARE(server->workCounts().messagesBuilt, qint64(200));
        for (int i = 1; i < page.size(); ++i)
            QVERIFY(page.at(i - 1).toObject().value(u"timestamp"_s).toInteger()
                <= page.at(i).toObject().value(u"timestamp"_s).toInteger());
    }
    QCOMPARE(client.history(rates(), 0, 50000, 200).size(), 0);
}

void DemoPodChangesTest::standaloneProgramOptions()
{
    QProcess process;
    QUrl base;
    StandalonePod::start(process,
        {u"--port"_s, u"0"_s, u"--streams"_s, u"2"_s, u"--messages-per-filler"_s, u"7"_s, u"--latency"_s,
            u"20"_s},
        &base);
    if (QTest::currentTestFailed())
        return;
    Client client {base};
    QCOMPARE(client.send("GET", u"/__mock/latency"_s).object().value(u"ms"_s).toInt(), 20);
    Config config;
    config.streams = 2;
    config.messagesPerFiller = 7;
    const DataSet data(config);
    for (const int s : {Demo::FirstFillerIndex, Demo::FirstFillerIndex + 1})
        QCOMPARE(client.history(data.streams().at(s).id, 0, 0, 100).size(), 7);
    QVERIFY(client.send("GET", u"/__mock/latency"_s).object().value(u"maxHeld"_s).toInt() >= 1);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));

    for (const QStringList &arguments :
        {QStringList {u"--latency"_s, u"-1"_s}, QStringList {u"--messages-per-filler"_s, u"many"_s}}) {
        QProcess bad;
        bad.start(QString::fromLocal8Bit(DEMO_POD_EXECUTABLE), arguments);
        QVERIFY(bad.waitForFinished(5000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains(arguments.first().toLatin1()));
    }
}

INSPECTOR_TEST_GUILESS_MAIN(DemoPodChangesTest)
#include "tst_demopodchanges.moc"
