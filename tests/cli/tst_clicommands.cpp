// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/requests.h"
#include "auth/rsakey.h"
#include "clitestsupport.h"
#include "commandrunner.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/times.h"
#include "demodata.h"
#include "demopodserver.h"

using namespace Inspector;
using namespace Inspector::Cli;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;

using namespace CliTest;

namespace {

QString keyFile(const char *name)
{
    return QStringLiteral(INSPECTOR_TEST_DATA) + u"/keys/"_s + QString::fromLatin1(name);
}

// Names the tool derives; they must never appear at the top level of an item.
const QStringList derivedNames {u"standardId"_s, u"urlSafeId"_s, u"timeIso"_s, u"duplicates"_s, u"problems"_s,
    u"tenantId"_s, u"lookedUpBy"_s, u"savedAs"_s, u"state"_s, u"notes"_s, u"allUp"_s};

} // namespace

class CliCommandsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyCommand_data();
    void everyCommand();
    void jsonItemsAreTheServersObjects();
    void messagesReadsEveryMessageOnce();
    void messagesDropsCrossPodDuplicates();
    void messagesKeepsDuplicatesWhenAsked();
    void messageTextReadsAsPresentationMl();
    void messagesTimeWindow_data();
    void messagesTimeWindow();
    void searchModes();
    void searchDropsDuplicates();
    void membersPicksTheList();
    void streamsFilters();
    void usersById();
    void usersNotFound();
    void attachmentsDownload();
    void attachmentsDownloadNeverReplacesOrFollows();
    void attachmentsDownloadSanitisesNames();
    void idCommand();
    void usageErrors_data();
    void usageErrors();
    void authenticationRefused();
    void wrongKey();
    void notAMember();
    void networkUnreachable();
    void timeout();
    void serverErrorBeyondRetries();
    void notFound_data();
    void notFound();
    void healthDown();
    void malformedFirstPage();
    void malformedLaterPage();
    void encryptedKeyWithoutPassphrase();
    void encryptedKeyFromEnvironment();
    void encryptedKeyFromPrompt();
    void wrongPassphrase();
    void certificateErrors();
    void tlsWithCaFileAndClientCertificate();
    void tokensFromOptionsAndEnvironment();
    void tokensFromFiles();
    void redirectToAnotherOriginIsRefused();
    void proxyPasswordIsNeverPrinted();
    void progressOnlyWhenEnabled();
    void demoModeStartsAndStops();
    void helpExitsZero();

private:
    CliRun run(const QStringList &args, const QProcessEnvironment &environment = {},
        PassphrasePrompt prompt = {}, bool progress = false);

    CliTest::CliPod m_pod;
};

void CliCommandsTest::initTestCase()
{
    QVERIFY(m_pod.start());
}

void CliCommandsTest::init()
{
    m_pod.server->clearFaults();
    for (const QString &c : {u"pod"_s, u"key_manager"_s, u"datafeed"_s, u"agentservice"_s, u"ceservice"_s})
        m_pod.server->setComponentDown(c, {});
}

void CliCommandsTest::cleanupTestCase()
{
    m_pod.server->stop();
}

CliRun CliCommandsTest::run(
    const QStringList &args, const QProcessEnvironment &environment, PassphrasePrompt prompt, bool progress)
{
    RunOptions options;
    options.environment = environment;
    options.prompt = std::move(prompt);
    options.progress = progress;
    return CliTest::run(args, options);
}

void CliCommandsTest::everyCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("tableText");
    QTest::addColumn<QString>("jsonKey");
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    const QString m1 = QString::fromLatin1(Demo::M1Id);
    QTest::newRow("health") << QStringList {u"health"_s} << u"agentservice"_s << u"services"_s;
    QTest::newRow("info") << QStringList {u"info"_s} << u"Version"_s << u"version"_s;
    QTest::newRow("session") << QStringList {u"session"_s} << u"export-bot"_s << u"username"_s;
    QTest::newRow("streams") << QStringList {u"streams"_s} << u"Rates Desk"_s << u"streamType"_s;
    QTest::newRow("streams --admin") << QStringList {u"streams"_s, u"--admin"_s} << u"Rates Desk"_s
                                     << u"attributes"_s;
    QTest::newRow("streams --user") << QStringList {u"streams"_s, u"--user"_s, QString::number(Demo::AliceId)}
                                    << u"Rates Desk"_s << u"streamType"_s;
    QTest::newRow("rooms") << QStringList {u"rooms"_s, u"Rates"_s} << u"Rates Desk"_s << u"roomAttributes"_s;
    QTest::newRow("members of a room")
        << QStringList {u"members"_s, rates} << QString::number(Demo::AliceId) << u"owner"_s;
    QTest::newRow("members of an IM") << QStringList {u"members"_s, QString::fromLatin1(Demo::ImStreamId)}
                                      << u"alice@acme.example"_s << u"user"_s;
    QTest::newRow("messages") << QStringList {u"messages"_s, rates, u"--limit"_s, u"5"_s} << m1
                              << u"messageId"_s;
    QTest::newRow("message") << QStringList {u"message"_s, m1} << u"Alice Adams"_s << u"messageId"_s;
    QTest::newRow("search") << QStringList {u"search"_s, u"hashtag:rates"_s} << m1 << u"messageId"_s;
    QTest::newRow("receipts") << QStringList {u"receipts"_s, m1} << u"Delivered"_s << u"user"_s;
    QTest::newRow("status") << QStringList {u"status"_s, m1} << u"delivered"_s << u"firstName"_s;
    QTest::newRow("attachments") << QStringList {u"attachments"_s, QString::fromLatin1(Demo::ImStreamId)}
                                 << u"term-sheet.pdf"_s << u"fileId"_s;
    QTest::newRow("signals") << QStringList {u"signals"_s} << u"Rates chatter"_s << u"query"_s;
    QTest::newRow("one signal") << QStringList {u"signals"_s, QString::fromLatin1(Demo::RatesSignalId)}
                                << u"Rates chatter"_s << u"query"_s;
    QTest::newRow("users") << QStringList {u"users"_s, u"--username"_s, u"aadams"_s, u"bbaker"_s}
                           << u"bbaker"_s << u"username"_s;
    QTest::newRow("id") << QStringList {u"id"_s, rates} << u"URL-safe"_s << u"id"_s;
}

void CliCommandsTest::everyCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, tableText);
    QFETCH(QString, jsonKey);

    const CliRun table = run(m_pod.connection() + args);
    QVERIFY2(table.code == 0, qPrintable(describe(table)));
    QVERIFY2(table.text().contains(tableText), qPrintable(describe(table)));
    QVERIFY2(table.errorLines().isEmpty(), qPrintable(describe(table)));
    QVERIFY(!table.out.startsWith('['));

    const CliRun json = run(m_pod.connection() + args + QStringList {u"--json"_s});
    QVERIFY2(json.code == 0, qPrintable(describe(json)));
    QVERIFY2(json.jsonParses(), qPrintable(describe(json)));
    const QJsonArray items = json.json();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        QVERIFY2(o.contains(jsonKey), qPrintable(QString::fromUtf8(QJsonDocument(o).toJson())));
        QVERIFY(o.value(u"_inspector"_s).isObject());
        for (const QString &name : derivedNames)
            QVERIFY2(!o.contains(name), qPrintable(name));
    }
}

void CliCommandsTest::jsonItemsAreTheServersObjects()
{
    const QString m1 = QString::fromLatin1(Demo::M1Id);
    // One message: the item is the server's object, untouched, plus _inspector.
    const CliRun one = run(m_pod.connection() + QStringList {u"message"_s, m1, u"--json"_s});
    QCOMPARE(one.code, 0);
    const QJsonObject server
        = QJsonDocument::fromJson(TestSupport::serverBody(*m_pod.server, Requests::message(m1))).object();
    QVERIFY(!server.isEmpty());
    QCOMPARE(withoutInspector(one.json().at(0).toObject()), server);
    // 64-bit user ids survive exactly (no double in between).
    QCOMPARE(one.json().at(0).toObject().value(u"user"_s).toObject().value(u"userId"_s).toInteger(),
        Demo::AliceId);
    const QJsonObject derived = one.json().at(0).toObject().value(u"_inspector"_s).toObject();
    QCOMPARE(derived.value(u"standardId"_s).toString(), Ids::toStandard(m1));
    QCOMPARE(derived.value(u"timeIso"_s).toString(), u"2026-01-02T10:00:00.000Z"_s);
    QCOMPARE(derived.value(u"duplicates"_s).toInt(), 0);
    QVERIFY(derived.value(u"problems"_s).isArray());

    // A page of messages, item by item.
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    const CliRun list
        = run(m_pod.connection() + QStringList {u"messages"_s, rates, u"--limit"_s, u"3"_s, u"--json"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray page = QJsonDocument::fromJson(
        TestSupport::serverBody(*m_pod.server, Requests::messages(rates, 0, std::nullopt, 0, 3)))
                                .array();
    QCOMPARE(list.json().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(withoutInspector(list.json().at(i).toObject()), page.at(i).toObject());

    // Users: ids above 2^53 would be damaged by a double; these are below, but must be exact integers.
    const CliRun users
        = run(m_pod.connection() + QStringList {u"users"_s, QString::number(Demo::ErinId), u"--json"_s});
    QVERIFY2(users.code == 0, qPrintable(describe(users)));
    const QJsonObject erin = users.json().at(0).toObject();
    QCOMPARE(erin.value(u"id"_s).toInteger(), Demo::ErinId);
    QCOMPARE(erin.value(u"_inspector"_s).toObject().value(u"tenantId"_s).toInteger(), Demo::GlobexTenant);
    const QJsonObject userList = QJsonDocument::fromJson(
        TestSupport::serverBody(
            *m_pod.server, Requests::users(Requests::UserKey::Id, {QString::number(Demo::ErinId)}, false)))
                                     .object();
    QCOMPARE(withoutInspector(erin), userList.value(u"users"_s).toArray().at(0).toObject());
}

void CliCommandsTest::messagesReadsEveryMessageOnce()
{
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    const CliRun r = run(m_pod.connection() + QStringList {u"messages"_s, rates, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonArray items = r.json();
    // Two pages (500 + 100), with a run of messages sharing one millisecond across the boundary.
    QCOMPARE(items.size(), DemoPod::Config {}.messagesPerStream);
    QSet<QString> keys;
    qint64 last = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        keys.insert(Ids::normalized(o.value(u"messageId"_s).toString()));
        const qint64 t = o.value(u"timestamp"_s).toInteger();
        QVERIFY(t >= last);
        last = t;
    }
    QCOMPARE(keys.size(), items.size());
    QVERIFY(!r.errText().contains(u"Dropped"_s));

    // The table has one line per message plus the header.
    const CliRun table = run(m_pod.connection() + QStringList {u"messages"_s, rates});
    QCOMPARE(table.code, 0);
    QCOMPARE(table.text().count(u'\n'), DemoPod::Config {}.messagesPerStream + 1);
    QVERIFY(table.text().startsWith(u"TIME"_s));
}

void CliCommandsTest::messagesDropsCrossPodDuplicates()
{
    const QString crossPod = QString::fromLatin1(Demo::CrossPodStreamId);
    const CliRun r = run(m_pod.connection() + QStringList {u"messages"_s, crossPod, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonArray items = r.json();
    QCOMPARE(items.size(), Demo::CrossPodMessageCount - 1);
    int withDuplicate = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const int dups = o.value(u"_inspector"_s).toObject().value(u"duplicates"_s).toInt();
        if (dups > 0) {
            ++withDuplicate;
            QCOMPARE(dups, 1);
            QCOMPARE(Ids::normalized(o.value(u"messageId"_s).toString()), QString::fromLatin1(Demo::M8Id));
        }
    }
    QCOMPARE(withDuplicate, 1);
    QVERIFY2(r.errText().contains(u"Dropped 1 "_s), qPrintable(r.errText()));
    QVERIFY(r.errorLines().isEmpty());

    const CliRun table = run(m_pod.connection() + QStringList {u"messages"_s, crossPod});
    QCOMPARE(table.code, 0);
    QCOMPARE(table.text().count(QString::fromLatin1(Demo::M8Id)), 1);
    QVERIFY(table.text().contains(u"external"_s));
}

void CliCommandsTest::messagesKeepsDuplicatesWhenAsked()
{
    const QString crossPod = QString::fromLatin1(Demo::CrossPodStreamId);
    const CliRun r = run(
        m_pod.connection() + QStringList {u"messages"_s, crossPod, u"--keep-duplicates"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray items = r.json();
    QCOMPARE(items.size(), Demo::CrossPodMessageCount);
    int marked = 0;
    for (const QJsonValue &v : items)
        marked += v.toObject().value(u"_inspector"_s).toObject().value(u"duplicate"_s).toBool() ? 1 : 0;
    QCOMPARE(marked, 1);
    QVERIFY(!r.errText().contains(u"Dropped"_s));
    const CliRun table
        = run(m_pod.connection() + QStringList {u"messages"_s, crossPod, u"--keep-duplicates"_s});
    QVERIFY(table.text().contains(u"duplicate"_s));
}

void CliCommandsTest::messageTextReadsAsPresentationMl()
{
    // m8: "Hello from Globex <mention>@Alice Adams</mention>, we are interested in <cashtag>…"
    const QString crossPod = QString::fromLatin1(Demo::CrossPodStreamId);
    const CliRun table
        = run(m_pod.connection() + QStringList {u"messages"_s, crossPod, u"--limit"_s, u"1"_s});
    QVERIFY2(table.code == 0, qPrintable(describe(table)));
    QVERIFY2(table.text().contains(u"Hello from Globex @Alice Adams, we are"_s), qPrintable(table.text()));
    QVERIFY(!table.text().contains(u"Adams ,"_s));
    QVERIFY(!table.text().contains(u'<'));

    // `message` shows the whole text, line by line under its label.
    const CliRun one = run(m_pod.connection() + QStringList {u"message"_s, QString::fromLatin1(Demo::M1Id)});
    QVERIFY2(one.code == 0, qPrintable(describe(one)));
    const QString text = one.text();
    const qsizetype label = text.indexOf(u"Text:"_s);
    QVERIFY(label >= 0);
    QVERIFY(text.contains(u"Morning @Bob Baker see #rates\n"_s));
    QVERIFY2(text.contains(u"\n             - Supply calendar and rate locks\n"_s), qPrintable(text));

    // search results use the same reading.
    const CliRun search = run(m_pod.connection() + QStringList {u"search"_s, u"streamId:"_s + crossPod});
    QCOMPARE(search.code, 0);
    QVERIFY(search.text().contains(u"@Alice Adams, we are"_s));
}

void CliCommandsTest::messagesTimeWindow_data()
{
    QTest::addColumn<int>("from"); // index into the full history, -1 = no --since
    QTest::addColumn<int>("to"); // index, -1 = no --until
    QTest::addColumn<int>("limit"); // 0 = no --limit
    QTest::addColumn<bool>("iso");
    QTest::newRow("since") << 100 << -1 << 0 << false;
    QTest::newRow("until inclusive") << -1 << 20 << 0 << false;
    QTest::newRow("window") << 10 << 30 << 0 << false;
    QTest::newRow("window as ISO 8601") << 10 << 30 << 0 << true;
    QTest::newRow("limit") << -1 << -1 << 7 << false;
    QTest::newRow("limit inside a window") << 50 << 580 << 3 << false;
    QTest::newRow("across the shared millisecond") << 495 << 505 << 0 << false;
}

void CliCommandsTest::messagesTimeWindow()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, limit);
    QFETCH(bool, iso);
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    const CliRun all = run(m_pod.connection() + QStringList {u"messages"_s, rates, u"--json"_s});
    QCOMPARE(all.code, 0);
    const QJsonArray history = all.json();
    QVERIFY(history.size() > 590);
    const auto timeAt = [&](int i) { return history.at(i).toObject().value(u"timestamp"_s).toInteger(); };
    const auto text = [&](qint64 t) { return iso ? Times::toIso(t) : QString::number(t); };

    QStringList args = m_pod.connection() + QStringList {u"messages"_s, rates, u"--json"_s};
    qint64 since = 0;
    qint64 until = std::numeric_limits<qint64>::max();
    if (from >= 0) {
        since = timeAt(from);
        args << u"--since"_s << text(since);
    }
    if (to >= 0) {
        until = timeAt(to);
        args << u"--until"_s << text(until);
    }
    if (limit > 0)
        args << u"--limit"_s << QString::number(limit);
    QStringList expected;
    for (const QJsonValue &v : history) {
        const qint64 t = v.toObject().value(u"timestamp"_s).toInteger();
        if (t >= since && t <= until && (limit == 0 || expected.size() < limit))
            expected.append(v.toObject().value(u"messageId"_s).toString());
    }
    const CliRun r = run(args);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QStringList got;
    for (const QJsonValue &v : r.json())
        got.append(v.toObject().value(u"messageId"_s).toString());
    QCOMPARE(got, expected);
}

void CliCommandsTest::searchModes()
{
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    // field:value goes to GET ?query=, with the stream added as a term.
    m_pod.server->clearRequestLog();
    const CliRun field = run(m_pod.connection()
        + QStringList {u"search"_s, u"hashtag:rates"_s, u"--stream"_s, rates, u"--json"_s});
    QVERIFY2(field.code == 0, qPrintable(describe(field)));
    bool sawGet = false;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog()) {
        if (l.method == "GET" && l.path == u"/agent/v1/message/search"_s) {
            sawGet = true;
            QCOMPARE(l.query.queryItemValue(u"query"_s, QUrl::FullyDecoded),
                u"hashtag:rates AND streamId:"_s + rates);
        }
    }
    QVERIFY(sawGet);
    QVERIFY(!field.json().isEmpty());

    // Plain words are a POSTed MessageSearchQuery {text, streamId}.
    m_pod.server->clearRequestLog();
    const CliRun words = run(
        m_pod.connection() + QStringList {u"search"_s, u"Morning"_s, u"--stream"_s, rates, u"--json"_s});
    QVERIFY2(words.code == 0, qPrintable(describe(words)));
    bool sawPost = false;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog()) {
        if (l.method == "POST" && l.path == u"/agent/v1/message/search"_s) {
            sawPost = true;
            const QJsonObject body = QJsonDocument::fromJson(l.body).object();
            QCOMPARE(body.value(u"text"_s).toString(), u"Morning"_s);
            QCOMPARE(body.value(u"streamId"_s).toString(), rates);
        }
    }
    QVERIFY(sawPost);

    // --limit caps the results.
    const CliRun limited = run(m_pod.connection()
        + QStringList {u"search"_s, u"streamId:"_s + rates, u"--limit"_s, u"4"_s, u"--json"_s});
    QCOMPARE(limited.code, 0);
    QCOMPARE(limited.json().size(), 4);
}

void CliCommandsTest::searchDropsDuplicates()
{
    const QString crossPod = QString::fromLatin1(Demo::CrossPodStreamId);
    const CliRun r
        = run(m_pod.connection() + QStringList {u"search"_s, u"streamId:"_s + crossPod, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(r.json().size(), Demo::CrossPodMessageCount - 1);
    QVERIFY(r.errText().contains(u"Dropped 1 "_s));
    const CliRun kept = run(m_pod.connection()
        + QStringList {u"search"_s, u"streamId:"_s + crossPod, u"--keep-duplicates"_s, u"--json"_s});
    QCOMPARE(kept.json().size(), Demo::CrossPodMessageCount);
}

void CliCommandsTest::membersPicksTheList()
{
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    m_pod.server->clearRequestLog();
    const CliRun room = run(m_pod.connection() + QStringList {u"members"_s, rates, u"--json"_s});
    QCOMPARE(room.code, 0);
    QSet<qint64> ids;
    for (const QJsonValue &v : room.json())
        ids.insert(v.toObject().value(u"id"_s).toInteger());
    QVERIFY(ids.contains(Demo::AliceId));
    QVERIFY(ids.contains(Demo::BobId));
    bool roomList = false;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog())
        roomList = roomList || l.path == u"/pod/v2/room/"_s + rates + u"/membership/list"_s;
    QVERIFY(roomList);

    const CliRun admin
        = run(m_pod.connection() + QStringList {u"members"_s, rates, u"--admin"_s, u"--json"_s});
    QCOMPARE(admin.code, 0);
    QVERIFY(admin.json().at(0).toObject().contains(u"user"_s));
}

void CliCommandsTest::streamsFilters()
{
    const CliRun rooms
        = run(m_pod.connection() + QStringList {u"streams"_s, u"--type"_s, u"ROOM"_s, u"--json"_s});
    QCOMPARE(rooms.code, 0);
    QVERIFY(!rooms.json().isEmpty());
    for (const QJsonValue &v : rooms.json())
        QCOMPARE(v.toObject().value(u"streamType"_s).toObject().value(u"type"_s).toString(), u"ROOM"_s);
    const CliRun active = run(m_pod.connection() + QStringList {u"streams"_s, u"--type"_s, u"room"_s});
    QVERIFY(!active.text().contains(QString::fromLatin1(Demo::OldProjectStreamId)));
    const CliRun inactive = run(
        m_pod.connection() + QStringList {u"streams"_s, u"--type"_s, u"ROOM"_s, u"--include-inactive"_s});
    QVERIFY(inactive.text().contains(QString::fromLatin1(Demo::OldProjectStreamId)));
    // Every stream exactly once across the pages of 100.
    const CliRun all = run(m_pod.connection() + QStringList {u"streams"_s, u"--admin"_s, u"--json"_s});
    QCOMPARE(all.code, 0);
    QSet<QString> ids;
    for (const QJsonValue &v : all.json())
        ids.insert(v.toObject().value(u"id"_s).toString());
    QCOMPARE(ids.size(), all.json().size());
    QVERIFY(ids.size() > 100);
}

void CliCommandsTest::usersById()
{
    const CliRun r = run(m_pod.connection()
        + QStringList {u"users"_s, QString::number(Demo::AliceId), QString::number(Demo::BobId), u"--email"_s,
            u"carol@acme.example"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QSet<qint64> ids;
    for (const QJsonValue &v : r.json())
        ids.insert(v.toObject().value(u"id"_s).toInteger());
    QCOMPARE(ids, (QSet<qint64> {Demo::AliceId, Demo::BobId, Demo::CarolId}));
}

void CliCommandsTest::usersNotFound()
{
    const CliRun r
        = run(m_pod.connection() + QStringList {u"users"_s, u"--username"_s, u"aadams"_s, u"nobody-here"_s});
    QCOMPARE(r.code, 6);
    QVERIFY(r.text().contains(u"aadams"_s));
    QCOMPARE(r.errorLines().size(), 1);
    QVERIFY(r.errorLines().at(0).contains(u"nobody-here"_s));
}

void CliCommandsTest::attachmentsDownload()
{
    const QString dir = m_pod.dir.filePath(u"downloads"_s);
    const CliRun r = run(m_pod.connection()
        + QStringList {
            u"attachments"_s, QString::fromLatin1(Demo::ImStreamId), u"--download"_s, dir, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonArray items = r.json();
    QVERIFY(items.size() >= 2);
    QStringList names = QDir(dir).entryList(QDir::Files);
    QVERIFY2(names.contains(u"term-sheet.pdf"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"chart.png"_s));
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString saved = o.value(u"_inspector"_s).toObject().value(u"savedAs"_s).toString();
        QVERIFY(QFileInfo(saved).absolutePath() == QDir(dir).absolutePath());
        QCOMPARE(QFileInfo(saved).size(), o.value(u"size"_s).toInteger());
    }
    QVERIFY(readFile(QDir(dir).filePath(u"term-sheet.pdf"_s)).startsWith("%PDF"));
    QVERIFY(readFile(QDir(dir).filePath(u"chart.png"_s)).startsWith("\x89PNG"));
    QVERIFY(!r.errText().contains(u"listing said"_s));
    // No temporary files are left behind by the atomic writes.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), names.size());

    // A file where the directory should be is a usage error.
    QFile blocker(m_pod.dir.filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun bad = run(m_pod.connection()
        + QStringList {
            u"attachments"_s, QString::fromLatin1(Demo::ImStreamId), u"--download"_s, blocker.fileName()});
    QCOMPARE(bad.code, 2);
    QCOMPARE(bad.errorLines().size(), 1);
}

void CliCommandsTest::attachmentsDownloadNeverReplacesOrFollows()
{
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString dir = m_pod.dir.filePath(u"taken"_s);
    QVERIFY(QDir().mkpath(dir));
    const QDir d(dir);
    // A file of the user's, and a link that points out of the folder, under the names to save.
    {
        QFile mine(d.filePath(u"term-sheet.pdf"_s));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine");
        QFile secret(outside.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("secret");
    }
    QVERIFY(QFile::link(outside.filePath(u"secret"_s), d.filePath(u"chart.png"_s)));

    const CliRun r = run(m_pod.connection()
        + QStringList {
            u"attachments"_s, QString::fromLatin1(Demo::ImStreamId), u"--download"_s, dir, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(readFile(d.filePath(u"term-sheet.pdf"_s)), QByteArray("mine"));
    QCOMPARE(readFile(outside.filePath(u"secret"_s)), QByteArray("secret"));
    QCOMPARE(QDir(outside.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"secret"_s});
    QVERIFY(QFileInfo(d.filePath(u"chart.png"_s)).isSymLink());
    QVERIFY(readFile(d.filePath(u"term-sheet (2).pdf"_s)).startsWith("%PDF"));
    QVERIFY(readFile(d.filePath(u"chart (2).png"_s)).startsWith("\x89PNG"));
    // Every row says where its file went, and the closing note lists every file as saved.
    QStringList saved;
    for (const QJsonValue &v : r.json())
        saved.append(QFileInfo(v.toObject().value(u"_inspector"_s).toObject().value(u"savedAs"_s).toString())
                         .fileName());
    QVERIFY2(saved.contains(u"term-sheet (2).pdf"_s), qPrintable(saved.join(u", "_s)));
    QVERIFY(saved.contains(u"chart (2).png"_s));
    QVERIFY2(r.errText().contains(u"Saved %1 file(s) in %2:"_s.arg(saved.size()).arg(d.absolutePath())),
        qPrintable(r.errText()));
    QVERIFY(r.errText().contains(u"- term-sheet (2).pdf (term-sheet.pdf was taken)\n"_s));
    QVERIFY(r.errText().contains(u"- chart (2).png (chart.png was taken)\n"_s));
    for (const QString &name :
        d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name)); // no temporary file left

    // Run again: the names of the first run are taken too.
    const CliRun again = run(m_pod.connection()
        + QStringList {u"attachments"_s, QString::fromLatin1(Demo::ImStreamId), u"--download"_s, dir});
    QVERIFY2(again.code == 0, qPrintable(describe(again)));
    QVERIFY(readFile(d.filePath(u"term-sheet (3).pdf"_s)).startsWith("%PDF"));
    QVERIFY(again.errText().contains(u"- chart (3).png (chart.png was taken)\n"_s));

    // A dangling link takes its name as well: nothing is created where it points.
    const QString dangling = m_pod.dir.filePath(u"dangling"_s);
    QVERIFY(QDir().mkpath(dangling));
    const QString target = outside.filePath(u"created-through-the-link"_s);
    QVERIFY(QFile::link(target, QDir(dangling).filePath(u"term-sheet.pdf"_s)));
    const CliRun third = run(m_pod.connection()
        + QStringList {u"attachments"_s, QString::fromLatin1(Demo::ImStreamId), u"--download"_s, dangling});
    QVERIFY2(third.code == 0, qPrintable(describe(third)));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(readFile(QDir(dangling).filePath(u"term-sheet (2).pdf"_s)).startsWith("%PDF"));
    QVERIFY(readFile(QDir(dangling).filePath(u"chart.png"_s)).startsWith("\x89PNG"));
    QVERIFY(third.errText().contains(u"- chart.png\n"_s));
}

void CliCommandsTest::attachmentsDownloadSanitisesNames()
{
    // The server names the files: a right-to-left override that makes "fdp.exe" read "exe.pdf",
    // and a Windows device name.
    const QByteArray listing = TestSupport::serverBody(*m_pod.server,
        Requests::streamAttachments(QString::fromLatin1(Demo::ImStreamId), std::nullopt, std::nullopt, 100));
    QJsonArray items = QJsonDocument::fromJson(listing).array();
    QVERIFY(items.size() >= 2);
    const QStringList names {u"invoice\u202Efdp.exe"_s, u"NUL.png"_s};
    QJsonArray renamed;
    for (int i = 0; i < 2; ++i) {
        QJsonObject o = items.at(i).toObject();
        o.insert(u"name"_s, names.at(i));
        renamed.append(o);
    }
    DemoPod::Fault fault;
    fault.pathPattern = u"/pod/v1/streams/.*/attachments"_s;
    fault.kind = DemoPod::Fault::Kind::Malformed;
    fault.body = QJsonDocument(renamed).toJson(QJsonDocument::Compact);
    m_pod.server->addFault(fault);

    const QString dir = m_pod.dir.filePath(u"hostile-names"_s);
    const CliRun r = run(m_pod.connection()
        + QStringList {u"attachments"_s, QString::fromLatin1(Demo::ImStreamId), u"--download"_s, dir});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(QDir(dir).entryList(
                 QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name),
        (QStringList {u"_NUL.png"_s, u"invoicefdp.exe"_s}));
    QVERIFY(r.errText().contains(u"- invoicefdp.exe\n"_s));
    QVERIFY(r.errText().contains(u"- _NUL.png\n"_s));
    QVERIFY(!r.errText().contains(QChar(0x202E)));
}

void CliCommandsTest::idCommand()
{
    // Offline: no pod needed.
    const CliRun r = run({u"id"_s, u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.text().contains(u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s));
    QVERIFY(r.text().contains(u"25 bytes"_s));
    QVERIFY(r.text().contains(u"2026-01-01T12:00:00.000Z"_s));
    QVERIFY(r.text().contains(u"inferred"_s));
    const CliRun json = run({u"id"_s, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s, u"--json"_s});
    QCOMPARE(json.code, 0);
    const QJsonObject derived = json.json().at(0).toObject().value(u"_inspector"_s).toObject();
    QCOMPARE(derived.value(u"standardId"_s).toString(), u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s);
    QCOMPARE(derived.value(u"inferredCreationTime"_s).toInteger(), qint64(1767268800000));
    const CliRun bad = run({u"id"_s, u"not an id!"_s});
    QCOMPARE(bad.code, 2);
    QCOMPARE(bad.errorLines().size(), 1);
    QVERIFY(bad.out.isEmpty());
}

void CliCommandsTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withConnection");
    QTest::addColumn<QString>("expected");
    const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
    QTest::newRow("no command") << QStringList {} << true << u"No command"_s;
    QTest::newRow("unknown command") << QStringList {u"exprot"_s} << true << u"Unknown command"_s;
    QTest::newRow("unknown option") << QStringList {u"messages"_s, rates, u"--fast"_s} << true << u"--fast"_s;
    QTest::newRow("passphrase option")
        << QStringList {u"session"_s, u"--passphrase"_s, u"x"_s} << true << u"SYMPHONY_KEY_PASSPHRASE"_s;
    QTest::newRow("bad stream id") << QStringList {u"messages"_s, u"Rates Desk"_s} << true
                                   << u"not a valid stream id"_s;
    QTest::newRow("bad message id") << QStringList {u"receipts"_s, u"m1"_s} << true
                                    << u"not a valid message id"_s;
    QTest::newRow("bad since") << QStringList {u"messages"_s, rates, u"--since"_s, u"yesterday"_s} << true
                               << u"--since"_s;
    QTest::newRow("until before since")
        << QStringList {u"messages"_s, rates, u"--since"_s, u"2026-02-01"_s, u"--until"_s, u"2026-01-01"_s}
        << true << u"before --since"_s;
    QTest::newRow("zero limit") << QStringList {u"messages"_s, rates, u"--limit"_s, u"0"_s} << true
                                << u"--limit"_s;
    QTest::newRow("text search without a stream")
        << QStringList {u"search"_s, u"hello"_s, u"world"_s} << true << u"--stream"_s;
    QTest::newRow("bad stream type") << QStringList {u"streams"_s, u"--type"_s, u"ROOM,CHAT"_s} << true
                                     << u"CHAT"_s;
    QTest::newRow("admin and user") << QStringList {u"streams"_s, u"--admin"_s, u"--user"_s, u"1"_s} << true
                                    << u"--admin"_s;
    QTest::newRow("bad user id") << QStringList {u"users"_s, u"alice"_s} << true << u"not a user id"_s;
    QTest::newRow("users without values") << QStringList {u"users"_s} << true << u"needs user ids"_s;
    QTest::newRow("no pod") << QStringList {u"session"_s} << false << u"--pod"_s;
    QTest::newRow("no credentials") << QStringList {u"--pod"_s, u"https://p.example"_s, u"session"_s} << false
                                    << u"No credentials"_s;
    QTest::newRow("demo with pod") << QStringList {u"--demo"_s, u"health"_s} << true << u"--demo"_s;
    QTest::newRow("two kinds of credentials")
        << QStringList {u"--session-token"_s, u"abc"_s, u"session"_s} << true << u"one kind of credentials"_s;
    QTest::newRow("username without key")
        << QStringList {u"--pod"_s, u"https://p.example"_s, u"--bot-username"_s, u"x"_s, u"session"_s}
        << false << u"go together"_s;
    QTest::newRow("missing key file") << QStringList {u"--pod"_s, u"https://p.example"_s, u"--bot-username"_s,
        u"x"_s, u"--private-key"_s, u"/nonexistent/key.pem"_s, u"session"_s}
                                      << false << u"does not exist"_s;
    QTest::newRow("bad pod URL") << QStringList {u"--pod"_s, u"ftp://p.example"_s, u"health"_s} << false
                                 << u"https://"_s;
    QTest::newRow("bad timeout") << QStringList {u"--timeout"_s, u"soon"_s, u"health"_s} << true
                                 << u"--timeout"_s;
    QTest::newRow("bad proxy") << QStringList {u"--proxy"_s, u"nowhere"_s, u"health"_s} << true << u"proxy"_s;
    QTest::newRow("bad CA file") << QStringList {u"--ca-file"_s, keyFile("garbage.txt"), u"health"_s} << true
                                 << u"--ca-file"_s;
    QTest::newRow("km token alone") << QStringList {u"--pod"_s, u"https://p.example"_s, u"--km-token"_s,
        u"k"_s, u"session"_s} << false
                                    << u"--session-token"_s;
}

void CliCommandsTest::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withConnection);
    QFETCH(QString, expected);
    m_pod.server->clearRequestLog();
    const CliRun r = run(withConnection ? m_pod.connection() + args : args);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errorLines().value(0).contains(expected), qPrintable(r.errText()));
    // Nothing was sent: usage errors are found before any request.
    QVERIFY(m_pod.server->requestLog().isEmpty());
}

void CliCommandsTest::authenticationRefused()
{
    m_pod.answerAlways("POST", u"/login/pubkey/authenticate"_s, 401);
    const CliRun r = run(m_pod.connection() + QStringList {u"session"_s, u"--json"_s});
    QVERIFY2(r.code == 3, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().value(0).contains(u"authenticate"_s));
    QVERIFY(r.out.isEmpty());
}

void CliCommandsTest::wrongKey()
{
    // A well-formed key the pod does not know for this user: the pod's 401 is final.
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"--bot-username"_s, DemoPod::Server::botUsername(),
        u"--private-key"_s, keyFile("rsa4096-pkcs8.pem"), u"streams"_s});
    QVERIFY2(r.code == 3, qPrintable(describe(r)));
    QCOMPARE(r.errorLines().size(), 1);
}

void CliCommandsTest::notAMember()
{
    // The bot is not in the Compliance Review room: the pod's 403 is a permission error.
    const CliRun r = run(
        m_pod.connection() + QStringList {u"messages"_s, QString::fromLatin1(Demo::ComplianceStreamId)});
    QVERIFY2(r.code == 3, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().at(0).contains(u"member"_s));
    QVERIFY(r.out.isEmpty());
}

void CliCommandsTest::networkUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    const CliRun r = run({u"--pod"_s, u"http://127.0.0.1:%1"_s.arg(port), u"health"_s});
    QVERIFY2(r.code == 4, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

void CliCommandsTest::timeout()
{
    DemoPod::Fault fault;
    fault.pathPattern = u"/agent/v1/info"_s;
    fault.kind = DemoPod::Fault::Kind::Delay;
    fault.delayMs = 3000;
    fault.count = -1;
    m_pod.server->addFault(fault);
    const CliRun r = run(m_pod.connection() + QStringList {u"--timeout"_s, u"0.3"_s, u"info"_s});
    QVERIFY2(r.code == 4, qPrintable(describe(r)));
    QCOMPARE(r.errorLines().size(), 1);
    QVERIFY(r.errorLines().at(0).contains(u"in time"_s));
}

void CliCommandsTest::serverErrorBeyondRetries()
{
    m_pod.answerAlways("GET", u"/agent/v4/stream/.*/message"_s, 500);
    m_pod.server->clearRequestLog();
    const CliRun r = run(
        m_pod.connection() + QStringList {u"messages"_s, QString::fromLatin1(Demo::ImStreamId), u"--json"_s});
    QVERIFY2(r.code == 5, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().at(0).contains(u"HTTP 500"_s));
    QVERIFY(r.out.isEmpty());
    int attempts = 0;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog())
        attempts += l.path.endsWith(u"/message"_s) ? 1 : 0;
    QCOMPARE(attempts, fastOptions().retry.maxAttempts);
}

void CliCommandsTest::notFound_data()
{
    QTest::addColumn<QStringList>("args");
    // A well-formed id that names no stream: 400 "Stream not found." from the pod.
    const QString unknownStream = u"AM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
    QTest::newRow("messages of an unknown stream") << QStringList {u"messages"_s, unknownStream};
    QTest::newRow("members of an unknown stream") << QStringList {u"members"_s, unknownStream};
    QTest::newRow("unknown message") << QStringList {u"message"_s, u"AAAAAAAAAAAAAAAAAAAAAH___mSB2ar_bQ"_s};
    QTest::newRow("message without receipts") << QStringList {u"receipts"_s, QString::fromLatin1(Demo::M2Id)};
    QTest::newRow("unknown signal") << QStringList {u"signals"_s, u"000000000000000000000000"_s};
}

void CliCommandsTest::notFound()
{
    QFETCH(QStringList, args);
    const CliRun r = run(m_pod.connection() + args);
    QVERIFY2(r.code == 6, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    const CliRun json = run(m_pod.connection() + args + QStringList {u"--json"_s});
    QCOMPARE(json.code, 6);
    QVERIFY(json.out.isEmpty());
}

void CliCommandsTest::healthDown()
{
    QVERIFY(m_pod.server->setComponentDown(u"ceservice"_s, u"ceservice credentials not configured"_s));
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"health"_s});
    QVERIFY2(r.code == 7, qPrintable(describe(r)));
    QVERIFY(r.text().contains(u"ceservice"_s));
    QVERIFY(r.text().contains(u"DOWN"_s));
    QVERIFY(r.text().contains(u"ceservice credentials not configured"_s));
    QVERIFY(r.text().contains(u"datahose"_s));
    QVERIFY(r.errorLines().isEmpty());

    m_pod.server->clearRequestLog();
    const CliRun json = run({u"--pod"_s, m_pod.base(), u"health"_s, u"--json"_s});
    QCOMPARE(json.code, 7);
    const QJsonObject item = json.json().at(0).toObject();
    QCOMPARE(item.value(u"users"_s).toObject().value(u"ceservice"_s).toObject().value(u"status"_s).toString(),
        u"DOWN"_s);
    const QJsonObject derived = item.value(u"_inspector"_s).toObject();
    QCOMPARE(derived.value(u"httpStatus"_s).toInt(), 503);
    QCOMPARE(derived.value(u"down"_s).toArray(), QJsonArray {u"users.ceservice"_s});
    // The 503 is the report: it is read at once, not retried.
    int calls = 0;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog())
        calls += l.path == u"/agent/v3/health/extended"_s ? 1 : 0;
    QCOMPARE(calls, 1);

    QVERIFY(m_pod.server->setComponentDown(u"ceservice"_s, {}));
    const CliRun up = run({u"--pod"_s, m_pod.base(), u"health"_s});
    QCOMPARE(up.code, 0);
}

void CliCommandsTest::malformedFirstPage()
{
    DemoPod::Fault fault;
    fault.method = "GET";
    fault.pathPattern = u"/agent/v4/stream/.*/message"_s;
    fault.kind = DemoPod::Fault::Kind::Malformed;
    fault.count = -1;
    m_pod.server->addFault(fault);
    const CliRun r = run(m_pod.connection()
        + QStringList {u"messages"_s, QString::fromLatin1(Demo::RatesDeskStreamId), u"--json"_s});
    QVERIFY2(r.code == 5, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().at(0).contains(u"cannot be read"_s));
    QVERIFY2(r.out.isEmpty(), r.out.constData());
}

void CliCommandsTest::malformedLaterPage()
{
    DemoPod::Fault fault;
    fault.method = "GET";
    fault.pathPattern = u"/agent/v4/stream/.*/message"_s;
    fault.kind = DemoPod::Fault::Kind::Malformed;
    fault.skip = 1; // the first page is fine
    fault.count = -1;
    m_pod.server->addFault(fault);
    const CliRun r = run(m_pod.connection()
        + QStringList {u"messages"_s, QString::fromLatin1(Demo::RatesDeskStreamId), u"--json"_s});
    QVERIFY2(r.code == 5, qPrintable(describe(r)));
    QCOMPARE(r.errorLines().size(), 1);
    // What was read is written, and the array is closed: never a half-written document.
    QVERIFY2(r.jsonParses(), r.out.right(200).constData());
    QCOMPARE(r.json().size(), 500);
}

void CliCommandsTest::encryptedKeyWithoutPassphrase()
{
    int asked = 0;
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"--bot-username"_s, DemoPod::Server::botUsername(),
                             u"--private-key"_s, keyFile("rsa2048-pkcs8-encrypted.pem"), u"session"_s},
        {}, [&](const QString &) -> std::optional<QByteArray> {
            ++asked;
            return std::nullopt; // no terminal
        });
    QVERIFY2(r.code == 3, qPrintable(describe(r)));
    QCOMPARE(asked, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().at(0).contains(u"encrypted"_s));
    QVERIFY(r.errorLines().at(0).contains(u"SYMPHONY_KEY_PASSPHRASE"_s));
}

void CliCommandsTest::encryptedKeyFromEnvironment()
{
    INSPECTOR_VERIFY_OK(m_pod.server->addUserPublicKey(
        DemoPod::Server::botUsername(), readFile(keyFile("rsa2048-public.pem"))));
    QProcessEnvironment env;
    env.insert(u"SYMPHONY_KEY_PASSPHRASE"_s, u"inspector-test"_s);
    int asked = 0;
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"--bot-username"_s, DemoPod::Server::botUsername(),
                             u"--private-key"_s, keyFile("rsa2048-pkcs8-encrypted.pem"), u"session"_s},
        env, [&](const QString &) -> std::optional<QByteArray> {
            ++asked;
            return std::nullopt;
        });
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(asked, 0);
    QVERIFY(r.text().contains(u"export-bot"_s));
}

void CliCommandsTest::encryptedKeyFromPrompt()
{
    QVERIFY(m_pod.server
                ->addUserPublicKey(DemoPod::Server::botUsername(), readFile(keyFile("rsa2048-public.pem")))
                .ok());
    QString prompt;
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"--bot-username"_s, DemoPod::Server::botUsername(),
                             u"--private-key"_s, keyFile("rsa2048-pkcs1-encrypted.pem"), u"session"_s},
        {}, [&](const QString &text) -> std::optional<QByteArray> {
            prompt = text;
            return QByteArray("inspector-test");
        });
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(prompt.contains(u"rsa2048-pkcs1-encrypted.pem"_s));
    QVERIFY(!r.errText().contains(u"inspector-test"_s));
}

void CliCommandsTest::wrongPassphrase()
{
    QProcessEnvironment env;
    env.insert(u"SYMPHONY_KEY_PASSPHRASE"_s, u"not-the-passphrase"_s);
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"--bot-username"_s, DemoPod::Server::botUsername(),
                             u"--private-key"_s, keyFile("rsa2048-pkcs8-encrypted.pem"), u"session"_s},
        env);
    QVERIFY2(r.code == 3, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!r.errText().contains(u"not-the-passphrase"_s));
}

void CliCommandsTest::certificateErrors()
{
    // A PKCS#12 file that needs a passphrase nobody can give.
    const CliRun locked = run({u"--pod"_s, m_pod.base(), u"--cert"_s, keyFile("client.p12"), u"session"_s});
    QVERIFY2(locked.code == 3, qPrintable(describe(locked)));
    QCOMPARE(locked.err.count('\n'), 1);
    QVERIFY(locked.errorLines().at(0).contains(u"SYMPHONY_KEY_PASSPHRASE"_s));
    // A certificate without its key.
    QProcessEnvironment env;
    env.insert(u"SYMPHONY_KEY_PASSPHRASE"_s, u"inspector-test"_s);
    const CliRun noKey
        = run({u"--pod"_s, m_pod.base(), u"--cert"_s, keyFile("client-nokey.p12"), u"session"_s}, env);
    QVERIFY2(noKey.code == 3, qPrintable(describe(noKey)));
    QCOMPARE(noKey.err.count('\n'), 1);
    // health needs no credentials, so the file is not even opened.
    const CliRun health = run({u"--pod"_s, m_pod.base(), u"--cert"_s, keyFile("client.p12"), u"health"_s});
    QCOMPARE(health.code, 0);
}

void CliCommandsTest::tlsWithCaFileAndClientCertificate()
{
    DemoPod::Config config;
    config.tls = true;
    config.streams = 5;
    config.messagesPerStream = 20;
    DemoPod::Server tls(config);
    INSPECTOR_VERIFY_OK(tls.start());
    const QString base = tls.baseUrl().toString();
    QVERIFY(base.startsWith(u"https://"_s));
    const QString caPath = m_pod.dir.filePath(u"demo-ca.pem"_s);
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(DemoPod::Server::tlsCertificate().toPem());
    ca.close();

    // The demo pod's certificate is not trusted by the system: a TLS failure, exit 4.
    const CliRun untrusted = run({u"--pod"_s, base, u"health"_s});
    QVERIFY2(untrusted.code == 4, qPrintable(describe(untrusted)));
    QCOMPARE(untrusted.err.count('\n'), 1);
    QVERIFY(untrusted.errorLines().at(0).contains(u"certificate"_s));

    // --ca-file adds it.
    const CliRun trusted = run({u"--pod"_s, base, u"--ca-file"_s, caPath, u"health"_s});
    QVERIFY2(trusted.code == 0, qPrintable(describe(trusted)));

    // Certificate authentication: PKCS#12 with the passphrase from the environment ...
    QProcessEnvironment env;
    env.insert(u"SYMPHONY_KEY_PASSPHRASE"_s, u"inspector-test"_s);
    const CliRun p12 = run({u"--pod"_s, base, u"--ca-file"_s, caPath, u"--cert"_s, keyFile("client.p12"),
                               u"session"_s, u"--json"_s},
        env);
    QVERIFY2(p12.code == 0, qPrintable(describe(p12)));
    QCOMPARE(p12.json().at(0).toObject().value(u"username"_s).toString(), DemoPod::Server::botUsername());

    // ... and a PEM file with an encrypted key, the passphrase typed at the prompt.
    int asked = 0;
    const CliRun pem = run(
        {u"--pod"_s, base, u"--ca-file"_s, caPath, u"--cert"_s, keyFile("client-with-encrypted-key.pem"),
            u"messages"_s, QString::fromLatin1(Demo::ImStreamId), u"--limit"_s, u"2"_s},
        {}, [&](const QString &) -> std::optional<QByteArray> {
            ++asked;
            return QByteArray("inspector-test");
        });
    QVERIFY2(pem.code == 0, qPrintable(describe(pem)));
    QCOMPARE(asked, 1);
    tls.stop();
}

void CliCommandsTest::tokensFromOptionsAndEnvironment()
{
    QByteArray km;
    const QByteArray session = TestSupport::sessionToken(*m_pod.server, &km);
    QVERIFY(!session.isEmpty());
    const CliRun flags = run({u"--pod"_s, m_pod.base(), u"--session-token"_s, QString::fromLatin1(session),
        u"--km-token"_s, QString::fromLatin1(km), u"messages"_s, QString::fromLatin1(Demo::ImStreamId),
        u"--limit"_s, u"2"_s, u"--json"_s});
    QVERIFY2(flags.code == 0, qPrintable(describe(flags)));
    QCOMPARE(flags.json().size(), 2);
    // They work, and say once each that the process list shows them; the tokens are not printed.
    QCOMPARE(flags.errText().count(u"in the process list"_s), 2);
    QVERIFY(flags.errText().contains(u"warning: --session-token shows the token in the process list"_s));
    QVERIFY(!flags.err.contains(session));

    QProcessEnvironment env;
    env.insert(u"SYMPHONY_SESSION_TOKEN"_s, QString::fromLatin1(session));
    const CliRun fromEnv = run({u"--pod"_s, m_pod.base(), u"session"_s}, env);
    QVERIFY2(fromEnv.code == 0, qPrintable(describe(fromEnv)));
    QVERIFY(fromEnv.text().contains(u"not in use"_s));
    QVERIFY(fromEnv.text().contains(u"SYMPHONY_KM_TOKEN"_s));

    env.insert(u"SYMPHONY_KM_TOKEN"_s, QString::fromLatin1(km));
    const CliRun both = run({u"--pod"_s, m_pod.base(), u"session"_s, u"--json"_s}, env);
    QCOMPARE(both.code, 0);
    const QJsonObject derived = both.json().at(0).toObject().value(u"_inspector"_s).toObject();
    QCOMPARE(derived.value(u"keyManagerToken"_s).toBool(), true);
    QVERIFY(
        derived.contains(u"sessionTokenExpiresAtIso"_s) || derived.value(u"sessionToken"_s) == u"opaque"_s);
    QCOMPARE(both.json().at(0).toObject().value(u"id"_s).toInteger(), Demo::BotId);

    // A token the pod does not know: 401, and tokens cannot re-authenticate.
    const CliRun stale = run({u"--pod"_s, m_pod.base(), u"--session-token"_s, u"bogus"_s, u"session"_s});
    QVERIFY2(stale.code == 3, qPrintable(describe(stale)));
}

void CliCommandsTest::tokensFromFiles()
{
    QByteArray km;
    const QByteArray session = TestSupport::sessionToken(*m_pod.server, &km);
    QVERIFY(!session.isEmpty());
    const QString sessionFile = m_pod.dir.filePath(u"session.token"_s);
    QVERIFY(writeFile(sessionFile, session + '\n'));
    QBuffer input;
    input.setData(km + "\n");
    QVERIFY(input.open(QIODevice::ReadOnly));
    RunOptions options;
    options.input = &input;
    const CliRun r = CliTest::run({u"--pod"_s, m_pod.base(), u"--session-token-file"_s, sessionFile,
                                      u"--km-token-file"_s, u"-"_s, u"session"_s, u"--json"_s},
        options);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.errText())); // no warning: nothing showed in the process list
    QCOMPARE(r.json().at(0).toObject().value(u"_inspector"_s).toObject().value(u"keyManagerToken"_s).toBool(),
        true);
}

void CliCommandsTest::redirectToAnotherOriginIsRefused()
{
    // The pod answers 307 to another port: the command stops with the URL to use, and sends nothing there.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    const QString other = u"http://127.0.0.1:%1"_s.arg(elsewhere.serverPort());
    DemoPod::Fault fault;
    fault.pathPattern = u"/pod/v2/sessioninfo"_s;
    fault.kind = DemoPod::Fault::Kind::Redirect;
    fault.location = other + u"/pod/v2/sessioninfo"_s;
    fault.count = -1;
    m_pod.server->addFault(fault);
    const CliRun r = run(m_pod.connection() + QStringList {u"session"_s});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QCOMPARE(r.errorLines().size(), 1);
    QVERIFY2(
        r.errorLines().at(0).contains(
            u"redirected the request while reading the session to %1/pod/v2/sessioninfo; use %1/pod as the pod URL (--pod)."_s
                .arg(other)),
        qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!elsewhere.hasPendingConnections());
}

void CliCommandsTest::proxyPasswordIsNeverPrinted()
{
    const CliRun r = run(
        m_pod.connection() + QStringList {u"--proxy"_s, u"http://alice:s3cr3t@proxy.example"_s, u"health"_s});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(!r.errText().contains(u"s3cr3t"_s), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(u"http://alice:***@proxy.example"_s), qPrintable(r.errText()));
}

void CliCommandsTest::progressOnlyWhenEnabled()
{
    const QStringList args = m_pod.connection()
        + QStringList {u"messages"_s, QString::fromLatin1(Demo::RatesDeskStreamId), u"--json"_s};
    const CliRun quiet = run(args);
    QCOMPARE(quiet.code, 0);
    QVERIFY(quiet.err.isEmpty());
    const CliRun loud = run(args, {}, {}, true);
    QCOMPARE(loud.code, 0);
    QVERIFY2(loud.errText().contains(u"messages…"_s), qPrintable(loud.errText()));
    QVERIFY(loud.err.endsWith("\r\x1b[K"));
    QCOMPARE(loud.out, quiet.out);
}

void CliCommandsTest::demoModeStartsAndStops()
{
    CapturedOutput io;
    CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment({});
    runner.setClientOptions(fastOptions());
    DemoPod::Config small;
    small.streams = 5;
    small.messagesPerStream = 30;
    runner.setDemoConfig(small);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.run({u"--demo"_s, u"messages"_s, QString::fromLatin1(Demo::RatesDeskStreamId), u"--json"_s});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(io.out.data()).array().size(), 30);
    QVERIFY(runner.demoServer());
    QVERIFY(!runner.demoServer()->isRunning());

    const CliRun health = run({u"--demo"_s, u"health"_s});
    QCOMPARE(health.code, 0);
}

void CliCommandsTest::helpExitsZero()
{
    const CliRun all = run({u"--help"_s});
    QCOMPARE(all.code, 0);
    QVERIFY(all.text().contains(u"Exit codes"_s));
    const CliRun one = run({u"messages"_s, u"--help"_s});
    QCOMPARE(one.code, 0);
    QVERIFY(one.text().contains(u"--keep-duplicates"_s));
    QVERIFY(one.err.isEmpty());
    QVERIFY(all.text().contains(u"130 interrupted"_s));
    for (const QString &command :
        {u"export"_s, u"export-search"_s, u"export-streams"_s, u"export-members"_s, u"export-receipts"_s,
            u"export-status"_s, u"export-signals"_s, u"export-users"_s, u"export-health"_s}) {
        QVERIFY2(all.text().contains(u"  "_s + command + u' '), qPrintable(command));
        const CliRun help = run({command, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.text().contains(u"--output FILE"_s), qPrintable(command));
        QVERIFY(help.text().contains(u"--no-formula-guard"_s));
    }
    const CliRun pml = run({u"pml"_s, u"--help"_s});
    QCOMPARE(pml.code, 0);
    QVERIFY(pml.text().contains(u"--html"_s));
    QVERIFY(pml.text().contains(u"--data FILE"_s));
}

INSPECTOR_TEST_GUILESS_MAIN(CliCommandsTest)
#include "tst_clicommands.moc"
