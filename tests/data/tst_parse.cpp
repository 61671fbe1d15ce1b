// SPDX-License-Identifier: Apache-2.0
#include "common/fixturefile.h"
#include "common/testsuite.h"
#include "data/displayname.h"
#include "data/parse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Inspector;

namespace {

QByteArray fixture(const QString &name)
{
    return TestSupport::fixture(u"parse/"_s + name);
}

/** What every parser's result looks like from the outside, so one table can drive all twenty. */
struct Outcome
{
    QString error;
    int flagged = 0;
    /** Records: list items, or the items of an envelope, or 1 for a single object. */
    qsizetype count = 0;
    /** Problems of every record, in order (envelope first). */
    QStringList problems;
    /** raw of the first record (list item) or of the object itself. */
    QJsonObject firstRaw;
};

// Envelopes keep their records' problems apart; these gather them for the table.
template<typename T> QStringList problemsOf(const QList<T> &records)
{
    QStringList out;
    for (const T &r : records)
        out += r.problems;
    return out;
}
QStringList recordProblems(const AdminStreamList &v)
{
    return problemsOf(v.streams);
}
QStringList recordProblems(const RoomSearchResult &v)
{
    return problemsOf(v.rooms);
}
QStringList recordProblems(const AdminMemberList &v)
{
    return problemsOf(v.members);
}
QStringList recordProblems(const ReceiptPage &v)
{
    return problemsOf(v.receipts);
}
QStringList recordProblems(const UserList &v)
{
    return problemsOf(v.users) + problemsOf(v.errors);
}
template<typename T> QStringList recordProblems(const T &)
{
    return {};
}

qsizetype recordCount(const AdminStreamList &v)
{
    return v.streams.size();
}
qsizetype recordCount(const RoomSearchResult &v)
{
    return v.rooms.size();
}
qsizetype recordCount(const AdminMemberList &v)
{
    return v.members.size();
}
qsizetype recordCount(const ReceiptPage &v)
{
    return v.receipts.size();
}
qsizetype recordCount(const UserList &v)
{
    return v.users.size();
}
template<typename T> qsizetype recordCount(const T &)
{
    return 1;
}

template<typename T> Outcome outcomeOf(const Parse::Result<QList<T>> &r)
{
    Outcome o;
    o.error = r.error;
    o.flagged = r.flagged;
    o.count = r.value.size();
    o.problems = problemsOf(r.value);
    if (!r.value.isEmpty())
        o.firstRaw = r.value.constFirst().raw;
    return o;
}

template<typename T> Outcome outcomeOf(const Parse::Result<T> &r)
{
    Outcome o;
    o.error = r.error;
    o.flagged = r.flagged;
    o.count = r.ok() ? recordCount(r.value) : 0;
    o.problems = r.value.problems + recordProblems(r.value);
    o.firstRaw = r.value.raw;
    return o;
}

enum class Shape
{
    List,
    Object,
    ObjectOrEmpty
};

struct ParserInfo
{
    QString name;
    /** The phrase in the wrong-shape sentence. */
    QString what;
    QString fixture;
    Shape shape;
    std::function<Outcome(const QByteArray &)> run;
};

template<typename Result>
std::function<Outcome(const QByteArray &)> runner(Result (*parse)(const QByteArray &))
{
    return [parse](const QByteArray &body) { return outcomeOf(parse(body)); };
}

const QList<ParserInfo> &parsers()
{
    static const QList<ParserInfo> all = {
        {u"messages"_s, u"a list of messages"_s, u"messages.json"_s, Shape::List, runner(&Parse::messages)},
        {u"message"_s, u"a message"_s, u"message.json"_s, Shape::Object, runner(&Parse::message)},
        {u"streams"_s, u"a list of streams"_s, u"streams.json"_s, Shape::List, runner(&Parse::streams)},
        {u"adminStreams"_s, u"an admin list of streams"_s, u"admin-streams.json"_s, Shape::Object,
            runner(&Parse::adminStreams)},
        {u"streamInfo"_s, u"the details of a stream"_s, u"stream-info.json"_s, Shape::Object,
            runner(&Parse::streamInfo)},
        {u"roomDetail"_s, u"the details of a room"_s, u"room-detail.json"_s, Shape::Object,
            runner(&Parse::roomDetail)},
        {u"roomSearch"_s, u"room search results"_s, u"room-search.json"_s, Shape::Object,
            runner(&Parse::roomSearch)},
        {u"roomMembers"_s, u"a list of room members"_s, u"room-members.json"_s, Shape::List,
            runner(&Parse::roomMembers)},
        {u"adminMembers"_s, u"an admin list of stream members"_s, u"admin-members.json"_s, Shape::Object,
            runner(&Parse::adminMembers)},
        {u"receipts"_s, u"a page of message receipts"_s, u"receipts.json"_s, Shape::Object,
            runner(&Parse::receipts)},
        {u"messageStatus"_s, u"the status of a message"_s, u"message-status.json"_s, Shape::Object,
            runner(&Parse::messageStatus)},
        {u"streamAttachments"_s, u"a list of stream attachments"_s, u"stream-attachments.json"_s, Shape::List,
            runner(&Parse::streamAttachments)},
        {u"signalList"_s, u"a list of signals"_s, u"signals.json"_s, Shape::List, runner(&Parse::signalList)},
        {u"signal"_s, u"a signal"_s, u"signal.json"_s, Shape::Object, runner(&Parse::signal)},
        {u"users"_s, u"a list of users"_s, u"users.json"_s, Shape::ObjectOrEmpty, runner(&Parse::users)},
        {u"user"_s, u"a user"_s, u"user.json"_s, Shape::Object, runner(&Parse::user)},
        {u"health"_s, u"a health report"_s, u"health-extended.json"_s, Shape::Object, runner(&Parse::health)},
        {u"agentInfo"_s, u"the agent information"_s, u"agent-info.json"_s, Shape::Object,
            runner(&Parse::agentInfo)},
        {u"token"_s, u"an authentication token"_s, u"token.json"_s, Shape::Object, runner(&Parse::token)},
        {u"errorBody"_s, u"an error description"_s, u"error-pod.json"_s, Shape::Object,
            runner(&Parse::errorBody)},
    };
    return all;
}

const ParserInfo &parser(const QString &name)
{
    for (const ParserInfo &p : parsers()) {
        if (p.name == name)
            return p;
    }
    qFatal("unknown parser %s", qPrintable(name));
}

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

constexpr qint64 AboveDoublePrecision = Q_INT64_C(9007199254740993); // 2^53 + 1: a double rounds it to 2^53

} // namespace

/** @brief Parse: every response shape from a realistic fixture, then hostile bodies of every kind. */
class ParseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One rule names a person everywhere: display name, else e-mail, else user name, else id.
    void displayNameRule_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("username");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("display name")
            << u"Ann Lee"_s << u"ann@x.com"_s << u"ann"_s << qint64(7) << u"Ann Lee"_s;
        QTest::newRow("e-mail") << QString() << u"ann@x.com"_s << u"ann"_s << qint64(7) << u"ann@x.com"_s;
        QTest::newRow("blank display name")
            << u" \t"_s << u"ann@x.com"_s << u"ann"_s << qint64(7) << u"ann@x.com"_s;
        QTest::newRow("user name") << QString() << QString() << u"ann"_s << qint64(7) << u"ann"_s;
        QTest::newRow("id") << QString() << u" "_s << QString() << Q_INT64_C(349026222344891)
                            << u"349026222344891"_s;
        QTest::newRow("nobody") << QString() << QString() << QString() << qint64(0) << QString();
    }
    void displayNameRule()
    {
        QFETCH(QString, displayName);
        QFETCH(QString, email);
        QFETCH(QString, username);
        QFETCH(qint64, id);
        QFETCH(QString, expected);
        QCOMPARE(DisplayName::of(displayName, email, username, id), expected);
        // Every record type that names a person follows it, whatever its fields are called.
        UserRef ref;
        ref.displayName = displayName;
        ref.email = email;
        ref.username = username;
        ref.userId = id;
        ref.firstName = u"First"_s; // first and last names are not part of the rule
        QCOMPARE(DisplayName::of(ref), expected);
        User user;
        user.displayName = displayName;
        user.emailAddress = email;
        user.username = username;
        user.id = id;
        QCOMPARE(DisplayName::of(user), expected);
        StatusUser status;
        status.displayName = displayName;
        status.email = email;
        status.userName = username;
        status.userId = id;
        QCOMPARE(DisplayName::of(status), expected);
        AdminMemberUser member;
        member.displayName = displayName;
        member.email = email;
        member.userId = id;
        QCOMPARE(DisplayName::of(member), DisplayName::of(displayName, email, QString(), id));
    }

    // Text the server sent that cannot be Unicode is repaired, visibly, instead of failing the page.
    void repairJsonText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("replaced");
        QTest::newRow("clean ascii") << QByteArray(R"({"a":"x"})") << QByteArray(R"({"a":"x"})") << 0;
        QTest::newRow("clean utf-8") << QByteArray("{\"a\":\"\xC3\xA9\xF0\x9F\x98\x80\"}")
                                     << QByteArray("{\"a\":\"\xC3\xA9\xF0\x9F\x98\x80\"}") << 0;
        QTest::newRow("escaped pair kept")
            << QByteArray(R"({"a":"\ud83d\ude00"})") << QByteArray(R"({"a":"\ud83d\ude00"})") << 0;
        QTest::newRow("lone high escape")
            << QByteArray(R"({"a":"x\ud800y"})") << QByteArray(R"({"a":"x\ufffdy"})") << 1;
        QTest::newRow("lone low escape")
            << QByteArray(R"({"a":"\uDC00"})") << QByteArray(R"({"a":"\ufffd"})") << 1;
        QTest::newRow("high then non-low")
            << QByteArray(R"({"a":"\ud800\u0041"})") << QByteArray(R"({"a":"\ufffd\u0041"})") << 1;
        QTest::newRow("two highs") << QByteArray(R"({"a":"\ud800\ud801\udc00"})")
                                   << QByteArray(R"({"a":"\ufffd\ud801\udc00"})") << 1;
        QTest::newRow("escaped backslash then u")
            << QByteArray(R"({"a":"\\ud800"})") << QByteArray(R"({"a":"\\ud800"})") << 0;
        QTest::newRow("invalid byte")
            << QByteArray("{\"a\":\"x\xFFy\"}") << QByteArray("{\"a\":\"x\xEF\xBF\xBDy\"}") << 1;
        QTest::newRow("truncated sequence")
            << QByteArray("{\"a\":\"\xE2\x82\"}") << QByteArray("{\"a\":\"\xEF\xBF\xBD\xEF\xBF\xBD\"}") << 2;
        QTest::newRow("overlong slash")
            << QByteArray("{\"a\":\"\xC0\xAF\"}") << QByteArray("{\"a\":\"\xEF\xBF\xBD\xEF\xBF\xBD\"}") << 2;
        QTest::newRow("encoded surrogate")
            << QByteArray("{\"a\":\"\xED\xA0\x80\"}")
            << QByteArray("{\"a\":\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"}") << 3;
        QTest::newRow("latin-1 text")
            << QByteArray("{\"a\":\"caf\xE9\"}") << QByteArray("{\"a\":\"caf\xEF\xBF\xBD\"}") << 1;
    }

    void repairJsonText()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, replaced);
        QCOMPARE(Parse::repairJsonText(&input), replaced);
        QTEST(input, "expected");
    }

    void badTextDoesNotLoseThePage()
    {
        const QByteArray body = "[{\"messageId\":\"a\",\"timestamp\":1,\"message\":\"caf\xE9 \\ud800!\"},"
                                "{\"messageId\":\"b\",\"timestamp\":2,\"message\":\"ok\"}]";
        const auto r = Parse::messages(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.size(), 2);
        QCOMPARE(r.replaced, 2);
        QCOMPARE(r.value.first().message, QStringLiteral("caf\uFFFD \uFFFD!"));
    }
    void init();

    // Every parser on its fixture, then on bodies that are broken as a whole.
    void fixtures_data();
    void fixtures();
    void fatalErrors_data();
    void fatalErrors();
    void truncatedBodies_data();
    void truncatedBodies();
    void emptyBodyIsAnEmptyList_data();
    void emptyBodyIsAnEmptyList();
    void nonObjectItemsAreFlagged_data();
    void nonObjectItemsAreFlagged();
    void unknownFieldsArePreserved_data();
    void unknownFieldsArePreserved();
    void wrongFieldTypes_data();
    void wrongFieldTypes();
    void largeUserIdsStayExact_data();
    void largeUserIdsStayExact();

    // Field-by-field checks of each shape.
    void messages();
    void hostileMessages();
    void messageWithSharedMessage();
    void sharedMessagesNestOnlySoDeep();
    void messageDataIsKeptAsText_data();
    void messageDataIsKeptAsText();
    void nullFieldsAreAbsentNotWrong();
    void streams();
    void adminStreams();
    void streamInfo();
    void roomDetail();
    void roomSearch();
    void roomMembers();
    void adminMembers();
    void receipts();
    void receiptsLastPage();
    void messageStatus();
    void streamAttachments();
    void signalLists();
    void users();
    void user();
    void health();
    void healthMinimalAndSpecQuirk();
    void agentInfo();
    void token();
    void errorBodies();
    void fromJsonNamesFieldsRelativeToTheObject();
};

void ParseTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void ParseTest::fixtures_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<int>("records");

    const QList<std::pair<QString, int>> defaults = {
        {u"messages"_s, 6},
        {u"message"_s, 1},
        {u"streams"_s, 4},
        {u"adminStreams"_s, 2},
        {u"streamInfo"_s, 1},
        {u"roomDetail"_s, 1},
        {u"roomSearch"_s, 2},
        {u"roomMembers"_s, 3},
        {u"adminMembers"_s, 2},
        {u"receipts"_s, 2},
        {u"messageStatus"_s, 1},
        {u"streamAttachments"_s, 3},
        {u"signalList"_s, 2},
        {u"signal"_s, 1},
        {u"users"_s, 2},
        {u"user"_s, 1},
        {u"health"_s, 1},
        {u"agentInfo"_s, 1},
        {u"token"_s, 1},
        {u"errorBody"_s, 1},
    };
    QCOMPARE(defaults.size(), parsers().size());
    for (const auto &[name, records] : defaults)
        QTest::addRow("%s", qPrintable(name)) << name << parser(name).fixture << records;
    QTest::newRow("receipts-last-page") << u"receipts"_s << u"receipts-last-page.json"_s << 1;
    QTest::newRow("health-minimal") << u"health"_s << u"health.json"_s << 1;
    QTest::newRow("error-agent") << u"errorBody"_s << u"error-agent.json"_s << 1;
}

void ParseTest::fixtures()
{
    QFETCH(QString, parserName);
    QFETCH(QString, fixtureName);
    QFETCH(int, records);

    const Outcome o = parser(parserName).run(fixture(fixtureName));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.problems, QStringList());
    QCOMPARE(o.flagged, 0);
    QCOMPARE(o.count, qsizetype(records));
}

void ParseTest::fatalErrors_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    const QByteArray html
        = "<!DOCTYPE html>\n<html><head><title>503 Service\n Temporarily Unavailable</title></head>"
          "<body><h1>Service Temporarily Unavailable</h1></body></html>";
    for (const ParserInfo &p : parsers()) {
        const QByteArray nameUtf8 = p.name.toUtf8(); // qPrintable() would dangle past this line
        const char *n = nameUtf8.constData();
        const QByteArray body = fixture(p.fixture);
        const bool list = p.shape == Shape::List;
        QTest::addRow("%s-malformed", n)
            << p.name << QByteArray("{\"a\" 1}")
            << u"The server sent malformed JSON (missing name separator at offset 6)."_s;
        QTest::addRow("%s-single-quotes", n)
            << p.name << QByteArray("{'a':1}")
            << u"The server sent malformed JSON (unterminated object at offset 2)."_s;
        QTest::addRow("%s-garbage-after", n)
            << p.name << QByteArray(body.trimmed() + " x")
            << u"The server sent malformed JSON (garbage at the end of the document at offset %1)."_s.arg(
                   body.trimmed().size() + 1);
        QTest::addRow("%s-html-page", n)
            << p.name << html
            << u"The server sent an HTML page (\"503 Service Temporarily Unavailable\") instead of JSON."_s;
        QTest::addRow("%s-xml", n) << p.name << QByteArray("<?xml version=\"1.0\"?><error/>")
                                   << u"The server sent HTML or XML instead of JSON."_s;
        QTest::addRow("%s-wrong-top-level", n) << p.name << QByteArray(list ? "{\"a\":1}" : "[]")
                                               << u"The server sent %1 where %2 was expected."_s.arg(
                                                      list ? u"a JSON object"_s : u"a JSON array"_s, p.what);
        QTest::addRow("%s-string", n)
            << p.name << QByteArray("\"hello\"")
            << u"The server sent a JSON string where %1 was expected."_s.arg(p.what);
        QTest::addRow("%s-number", n)
            << p.name << QByteArray(" 42 ")
            << u"The server sent a JSON number where %1 was expected."_s.arg(p.what);
        QTest::addRow("%s-boolean", n)
            << p.name << QByteArray("true")
            << u"The server sent a JSON boolean where %1 was expected."_s.arg(p.what);
        QTest::addRow("%s-null", n) << p.name << QByteArray("null")
                                    << u"The server sent JSON null where %1 was expected."_s.arg(p.what);
        if (list) {
            QTest::addRow("%s-error-object", n)
                << p.name << QByteArray("{\"code\":400,\"message\":\"Stream not found.\"}")
                << u"The server answered with an error (400: Stream not found.) where %1 was expected."_s.arg(
                       p.what);
        }
        if (p.shape == Shape::Object) {
            QTest::addRow("%s-empty", n)
                << p.name << QByteArray(" \n")
                << u"The server sent an empty response where %1 was expected."_s.arg(p.what);
        }
    }
}

void ParseTest::fatalErrors()
{
    QFETCH(QString, parserName);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const Outcome o = parser(parserName).run(body);
    QCOMPARE(o.error, error);
    QCOMPARE(o.flagged, 0);
    QCOMPARE(o.count, 0);
}

void ParseTest::truncatedBodies_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QByteArray>("body");

    // Cut every fixture at several points: inside strings, numbers, keywords, between items.
    for (const ParserInfo &p : parsers()) {
        const QByteArray body = fixture(p.fixture).trimmed();
        for (const qsizetype cut :
            {qsizetype(1), body.size() / 3, body.size() / 2, body.size() * 2 / 3, body.size() - 1})
            QTest::addRow("%s-%lld-of-%lld", qPrintable(p.name), qlonglong(cut), qlonglong(body.size()))
                << p.name << body.left(cut);
    }
    QTest::newRow("inside-escape") << u"message"_s << QByteArray(R"({"messageId":"AAAA","message":"a\)");
    QTest::newRow("after-inner-object") << u"messages"_s << QByteArray(R"([{"messageId":"AAAA"})");
}

void ParseTest::truncatedBodies()
{
    QFETCH(QString, parserName);
    QFETCH(QByteArray, body);

    const Outcome o = parser(parserName).run(body);
    QVERIFY2(o.error.startsWith(u"The server sent incomplete JSON ("_s), qPrintable(o.error));
    QVERIFY2(o.error.endsWith(u"; the response was probably cut off."_s), qPrintable(o.error));
    QCOMPARE(o.count, 0);
}

void ParseTest::emptyBodyIsAnEmptyList_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QByteArray>("body");

    for (const ParserInfo &p : parsers()) {
        if (p.shape == Shape::Object)
            continue;
        QTest::addRow("%s-empty", qPrintable(p.name)) << p.name << QByteArray();
        QTest::addRow("%s-whitespace", qPrintable(p.name)) << p.name << QByteArray(" \r\n");
        QTest::addRow("%s-empty-array", qPrintable(p.name))
            << p.name << QByteArray(p.shape == Shape::List ? "[]" : "{}");
    }
}

void ParseTest::emptyBodyIsAnEmptyList()
{
    QFETCH(QString, parserName);
    QFETCH(QByteArray, body);

    const Outcome o = parser(parserName).run(body);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.count, 0);
    QCOMPARE(o.flagged, 0);
    QCOMPARE(o.problems, QStringList());
}

void ParseTest::nonObjectItemsAreFlagged_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("problems");

    const QStringList listProblems = {
        u"Item 1 of the list should be an object but is the number 1."_s,
        u"Item 2 of the list should be an object but is the string \"x\"."_s,
        u"Item 3 of the list should be an object but is null."_s,
        u"Item 4 of the list should be an object but is true."_s,
        u"Item 5 of the list should be an object but is a list."_s,
    };
    for (const ParserInfo &p : parsers()) {
        if (p.shape != Shape::List)
            continue;
        // The good item last: records before it must not shift or swallow it.
        QJsonArray items = {1, u"x"_s, QJsonValue(), true, QJsonArray()};
        items.append(QJsonDocument::fromJson(fixture(p.fixture)).array().at(0));
        QTest::addRow("%s", qPrintable(p.name))
            << p.name << compact(QJsonDocument(items)) << 6 << listProblems;
    }

    const auto envelope = [](const QString &parserName, const QString &key) {
        QJsonObject object = QJsonDocument::fromJson(fixture(parser(parserName).fixture)).object();
        QJsonArray items = object.value(key).toArray();
        items.prepend(7);
        object.insert(key, items);
        return compact(QJsonDocument(object));
    };
    QTest::newRow("adminStreams") << u"adminStreams"_s << envelope(u"adminStreams"_s, u"streams"_s) << 3
                                  << QStringList {u"streams[0]: should be an object but is the number 7."_s};
    QTest::newRow("roomSearch") << u"roomSearch"_s << envelope(u"roomSearch"_s, u"rooms"_s) << 3
                                << QStringList {u"rooms[0]: should be an object but is the number 7."_s};
    QTest::newRow("adminMembers") << u"adminMembers"_s << envelope(u"adminMembers"_s, u"members"_s) << 3
                                  << QStringList {u"members[0]: should be an object but is the number 7."_s};
    QTest::newRow("receipts") << u"receipts"_s << envelope(u"receipts"_s, u"MessageReceiptDetail"_s) << 3
                              << QStringList {
                                     u"MessageReceiptDetail[0]: should be an object but is the number 7."_s};
    QTest::newRow("users") << u"users"_s << envelope(u"users"_s, u"users"_s) << 3
                           << QStringList {u"users[0]: should be an object but is the number 7."_s};
}

void ParseTest::nonObjectItemsAreFlagged()
{
    QFETCH(QString, parserName);
    QFETCH(QByteArray, body);
    QFETCH(int, records);
    QFETCH(QStringList, problems);

    const Outcome o = parser(parserName).run(body);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.count, qsizetype(records));
    QCOMPARE(o.problems, problems);
    QCOMPARE(o.flagged, problems.size());
}

void ParseTest::unknownFieldsArePreserved_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QByteArray>("body");

    for (const ParserInfo &p : parsers()) {
        const QJsonDocument document = QJsonDocument::fromJson(fixture(p.fixture));
        const QJsonObject extra {{u"futureField"_s, QJsonObject {{u"list"_s, QJsonArray {1, u"two"_s}}}},
            {u"futureId"_s, AboveDoublePrecision}};
        QJsonDocument changed;
        if (document.isArray()) {
            QJsonArray items = document.array();
            QJsonObject first = items.at(0).toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                first.insert(it.key(), it.value());
            items.replace(0, first);
            changed = QJsonDocument(items);
        } else {
            QJsonObject object = document.object();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                object.insert(it.key(), it.value());
            changed = QJsonDocument(object);
        }
        QTest::addRow("%s", qPrintable(p.name)) << p.name << compact(changed);
    }
}

void ParseTest::unknownFieldsArePreserved()
{
    QFETCH(QString, parserName);
    QFETCH(QByteArray, body);

    const Outcome o = parser(parserName).run(body);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.problems, QStringList());
    QCOMPARE(o.flagged, 0);
    QCOMPARE(
        o.firstRaw.value(u"futureField"_s).toObject().value(u"list"_s).toArray(), (QJsonArray {1, u"two"_s}));
    QCOMPARE(o.firstRaw.value(u"futureId"_s).toInteger(), AboveDoublePrecision);
    // And the export of raw writes the same JSON back, to the last digit.
    QVERIFY(compact(QJsonDocument(o.firstRaw)).contains("\"futureId\":9007199254740993"));
}

void ParseTest::wrongFieldTypes_data()
{
    QTest::addColumn<QString>("parserName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("flagged");

    QTest::newRow("message-missing-id")
        << u"message"_s << QByteArray("{\"timestamp\":1}") << QStringList {u"messageId: missing."_s} << 1;
    QTest::newRow("message-data-as-number")
        << u"message"_s << QByteArray(R"({"messageId":"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ","data":5})")
        << QStringList {u"data: should be a string but is the number 5."_s} << 1;
    QTest::newRow("message-ids-checked")
        << u"message"_s
        << QByteArray(R"({"messageId":"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ","parentMessageId":"A",)"
                      R"("stream":{"streamId":"WM4HarJ2K-cuwJqoNJVsgH///mSGkin_dA"}})")
        << QStringList {u"parentMessageId: not a valid id: the id 'A' has 1 Base64 "
                        u"characters, a "
                        u"length that no Base64 value has."_s,
               u"stream.streamId: not a valid id: the id "
               u"'WM4HarJ2K-cuwJqoNJVsgH///mSGkin_dA' mixes the URL-safe Base64 character '-' with the "
               u"standard Base64 character '/'; an id uses one alphabet only."_s}
        << 1;
    QTest::newRow("message-attachment-images")
        << u"message"_s
        << QByteArray(
               R"({"messageId":"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ","attachments":)"
               R"([{"id":"f1","name":"a","size":"12","images":[{"id":"t1","dimension":600},"t2"]},{"name":"b"}]})")
        << QStringList {u"attachments[0].size: should be a number but is the string \"12\"; its value was used."_s,
               u"attachments[0].images[1]: should be an object but is the string \"t2\"."_s,
               u"attachments[1].id: missing."_s}
        << 1;
    QTest::newRow("streams-bools-and-members")
        << u"streams"_s
        << QByteArray(R"([{"id":"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA","crossPod":"yes","active":1,)"
                      R"("streamType":{"type":7},"streamAttributes":{"members":[1,"2",true]}},)"
                      R"({"id":"BSH-voacKBbl55E4xafzFH___mSHAAb_dA","streamType":"IM"},{"crossPod":false}])")
        << QStringList {u"crossPod: should be true or false but is the string \"yes\"."_s,
               u"active: should be true or false but is the number 1."_s,
               u"streamType.type: should be a string but is the number 7."_s,
               u"streamAttributes.members[1]: should be a number but is the string \"2\"; its "
               u"value was used."_s,
               u"streamAttributes.members[2]: should be a whole number but is true."_s, u"id: missing."_s}
        << 2;
    QTest::newRow("admin-streams-envelope-and-item")
        << u"adminStreams"_s
        << QByteArray(
               R"({"count":"many","skip":0,"limit":50,"streams":[{"id":"x y","attributes":[]},{"id":"AAAA"}]})")
        << QStringList {u"count: should be a whole number but is the string \"many\"."_s,
               u"id: not a valid id: the id 'x y' contains a space, which is not Base64."_s,
               u"attributes: should be an object but is a list."_s}
        << 2;
    QTest::newRow("admin-stream-attributes")
        << u"adminStreams"_s
        << QByteArray(
               R"({"streams":[{"id":"AAAA","attributes":{"createdDate":"1767268800000","lastMessageDate":1.5e300,"groupChat":"false"}}]})")
        << QStringList {u"attributes.createdDate: should be a number but is the string "
                        u"\"1767268800000\"; its "
                        u"value was used."_s,
               u"attributes.lastMessageDate: should be a whole number but is the number 1.5e+300."_s,
               u"attributes.groupChat: should be true or false but is the string \"false\"."_s}
        << 1;
    QTest::newRow("stream-info-groups")
        << u"streamInfo"_s
        << QByteArray(R"({"id":"AAAA","streamType":"ROOM","roomAttributes":{"groups":[{"id":"g1"}]}})")
        << QStringList {u"roomAttributes.groups[0].id: should be a whole number but is the string \"g1\"."_s}
        << 1;
    QTest::newRow("room-detail-without-system-info")
        << u"roomDetail"_s
        << QByteArray(R"({"roomAttributes":{"name":"R","public":"no","keywords":[{"key":1}]}})")
        << QStringList {u"roomAttributes.keywords[0].key: should be a string but is the number 1."_s,
               u"roomAttributes.public: should be true or false but is the string \"no\"."_s,
               u"roomSystemInfo: missing."_s}
        << 1;
    QTest::newRow("room-search-item")
        << u"roomSearch"_s
        << QByteArray(
               R"({"count":1,"rooms":[{"roomAttributes":{"readOnly":0},"roomSystemInfo":{"id":"AAAA","creationDate":"x"}}]})")
        << QStringList {u"roomAttributes.readOnly: should be true or false but is the number 0."_s,
               u"roomSystemInfo.creationDate: should be a whole number but is the string \"x\"."_s}
        << 1;
    QTest::newRow("room-members") << u"roomMembers"_s
                                  << QByteArray(R"([{"owner":"true","joinDate":1},{"id":7078106103900}])")
                                  << QStringList {u"id: missing."_s,
                                         u"owner: should be true or false but is the string \"true\"."_s}
                                  << 1;
    QTest::newRow("admin-members-user")
        << u"adminMembers"_s
        << QByteArray(
               R"({"members":[{"user":{"userId":"abc","isExternal":"no"},"isOwner":true},{"isOwner":false}]})")
        << QStringList {u"user.userId: should be a whole number but is the string \"abc\"."_s,
               u"user.isExternal: should be true or false but is the string \"no\"."_s, u"user: missing."_s}
        << 2;
    QTest::newRow("receipts-array-as-object")
        << u"receipts"_s << QByteArray(R"({"MessageReceiptDetail":{},"pagination":{"cursors":{"after":5}}})")
        << QStringList {u"MessageReceiptDetail: should be a list but is an object."_s,
               u"pagination.cursors.after: should be a string but is the number 5."_s}
        << 1;
    QTest::newRow("receipts-item")
        << u"receipts"_s
        << QByteArray(
               R"({"MessageReceiptDetail":[{"user":{"username":"x"},"readReceiptTimestamp":"never"}]})")
        << QStringList {u"user.id: missing."_s,
               u"readReceiptTimestamp: should be a whole number but is the string \"never\"."_s}
        << 1;
    QTest::newRow("message-status")
        << u"messageStatus"_s
        << QByteArray(
               R"({"author":{"userId":"abc","timestamp":"soon"},"read":[{"userId":"1","timestamp":"2"},5]})")
        << QStringList {u"author.userId: should be a whole number but is the string \"abc\"."_s,
               u"author.timestamp: should be a whole number but is the string \"soon\"."_s,
               u"read[1]: should be an object but is the number 5."_s}
        << 1;
    QTest::newRow("stream-attachments")
        << u"streamAttachments"_s
        << QByteArray(
               R"([{"messageId":"tfIDHrYuN8bTgoezj4Ov6n///mSB1gF/bQ==","fileId":"f","size":"big","userId":"USER_ID",)"
               R"("previews":[{"fileId":"p","width":"600"}]}])")
        << QStringList {u"userId: should be a whole number but is the string \"USER_ID\"."_s,
               u"size: should be a whole number but is the string \"big\"."_s,
               u"previews[0].width: should be a number but is the string \"600\"; its value was used."_s}
        << 1;
    QTest::newRow("signal")
        << u"signal"_s
        << QByteArray(
               R"({"id":"65a1b2c3d4e5f60718293a4c","timestamp":"1767340100000","visibleOnProfile":"true","companyWide":0})")
        << QStringList {u"visibleOnProfile: should be true or false but is the string \"true\"."_s,
               u"companyWide: should be true or false but is the number 0."_s,
               u"timestamp: should be a number but is the string \"1767340100000\"; its value was used."_s}
        << 1;
    QTest::newRow("users") << u"users"_s
                           << QByteArray(R"({"users":[{"id":"abc","roles":"ADMIN"}],"errors":[{"error":4}]})")
                           << QStringList {u"id: should be a whole number but is the string \"abc\"."_s,
                                  u"roles: should be a list but is the string \"ADMIN\"."_s,
                                  u"error: should be a string but is the number 4."_s}
                           << 2;
    QTest::newRow("user-roles-item") << u"user"_s << QByteArray(R"({"id":1,"roles":["A",2]})")
                                     << QStringList {u"roles[1]: should be a string but is the number 2."_s}
                                     << 1;
    QTest::newRow("health-components")
        << u"health"_s
        << QByteArray(R"({"status":"UP","services":{"pod":"UP","agent":{"status":1}},"users":[]})")
        << QStringList {u"services.agent.status: should be a string but is the number 1."_s,
               u"services.pod: should be an object but is the string \"UP\"."_s,
               u"users: should be an object but is a list."_s}
        << 1;
    QTest::newRow("health-without-status")
        << u"health"_s << QByteArray("{}") << QStringList {u"status: missing."_s} << 1;
    QTest::newRow("agent-info") << u"agentInfo"_s
                                << QByteArray(R"({"onPrem":"true","mt":null,"version":25.8})")
                                << QStringList {u"version: should be a string but is the number 25.8."_s,
                                       u"onPrem: should be true or false but is the string \"true\"."_s}
                                << 1;
    QTest::newRow("token-missing") << u"token"_s << QByteArray(R"({"name":"sessionToken"})")
                                   << QStringList {u"token: missing."_s} << 1;
    QTest::newRow("error-code-as-string")
        << u"errorBody"_s << QByteArray(R"({"code":"400","message":"Bad"})")
        << QStringList {u"code: should be a number but is the string \"400\"; its value was used."_s} << 1;
    QTest::newRow("error-code-too-large")
        << u"errorBody"_s << QByteArray(R"({"code":4000000000,"message":"Bad","details":"x"})")
        << QStringList {u"code: should be a whole number but is the number 4000000000."_s,
               u"details: should be an object but is the string \"x\"."_s}
        << 1;
}

void ParseTest::wrongFieldTypes()
{
    QFETCH(QString, parserName);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, problems);
    QFETCH(int, flagged);

    const Outcome o = parser(parserName).run(body);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.problems, problems);
    QCOMPARE(o.flagged, flagged);
}

void ParseTest::largeUserIdsStayExact_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<bool>("asString");

    QTest::newRow("2^53+1") << AboveDoublePrecision << false;
    QTest::newRow("int64-max") << std::numeric_limits<qint64>::max() << false;
    QTest::newRow("2^53+1-as-string") << AboveDoublePrecision << true;
}

void ParseTest::largeUserIdsStayExact()
{
    QFETCH(qint64, id);
    QFETCH(bool, asString);

    const QByteArray n = asString ? QByteArray('"' + QByteArray::number(id) + '"') : QByteArray::number(id);
    const auto body = [&n](const char *text) { return QByteArray(text).replace("ID", n); };
    // A string of digits is used but flagged, except where the spec itself types the field as a string.
    const int expectedFlags = asString ? 1 : 0;

    const auto messages = Parse::messages(body(R"([{"messageId":"AAAA","user":{"userId":ID}}])"));
    QCOMPARE(messages.value.at(0).user.userId, id);
    QCOMPARE(messages.flagged, expectedFlags);

    const auto message = Parse::message(body(R"({"messageId":"AAAA","stream":{"recipientTenantIds":[ID]}})"));
    QCOMPARE(message.value.stream.recipientTenantIds, QList<qint64> {id});

    const auto streams = Parse::streams(body(R"([{"id":"AAAA","streamAttributes":{"members":[1,ID]}}])"));
    QCOMPARE(streams.value.at(0).members, (QList<qint64> {1, id}));

    const auto admin = Parse::adminStreams(
        body(R"({"streams":[{"id":"AAAA","attributes":{"members":[ID],"createdByUserId":ID}}]})"));
    QCOMPARE(admin.value.streams.at(0).attributes.members, QList<qint64> {id});
    QCOMPARE(admin.value.streams.at(0).attributes.createdByUserId, id);

    const auto info = Parse::streamInfo(body(R"({"id":"AAAA","streamAttributes":{"members":[ID]}})"));
    QCOMPARE(info.value.members, QList<qint64> {id});

    const auto room = Parse::roomDetail(body(R"({"roomSystemInfo":{"id":"AAAA","createdByUserId":ID}})"));
    QCOMPARE(room.value.roomSystemInfo.createdByUserId, id);

    const auto members = Parse::roomMembers(body(R"([{"id":ID}])"));
    QCOMPARE(members.value.at(0).id, id);

    const auto adminMembers = Parse::adminMembers(body(R"({"members":[{"user":{"userId":ID}}]})"));
    QCOMPARE(adminMembers.value.members.at(0).user.userId, id);

    const auto receipts
        = Parse::receipts(body(R"({"creator":{"id":ID},"MessageReceiptDetail":[{"user":{"id":ID}}]})"));
    QCOMPARE(receipts.value.creator.id, id);
    QCOMPARE(receipts.value.receipts.at(0).user.id, id);

    const auto status = Parse::messageStatus(body(R"({"author":{"userId":ID},"read":[{"userId":ID}]})"));
    QCOMPARE(status.value.author.userId, id);
    QCOMPARE(status.value.read.at(0).userId, id);
    QCOMPARE(status.flagged, 0);

    const auto attachments = Parse::streamAttachments(body(R"([{"fileId":"f","userId":ID}])"));
    QCOMPARE(attachments.value.at(0).userId, id);

    const auto users = Parse::users(body(R"({"users":[{"id":ID}]})"));
    QCOMPARE(users.value.users.at(0).id, id);
    QCOMPARE(users.flagged, expectedFlags);

    const auto user = Parse::user(body(R"({"id":ID})"));
    QCOMPARE(user.value.id, id);
    QCOMPARE(user.flagged, expectedFlags);

    // The object helpers too, since the events code will feed them objects rather than bytes.
    const QJsonObject object = QJsonDocument::fromJson(body(R"({"userId":ID})")).object();
    QCOMPARE(Parse::userRefFromJson(object).userId, id);
}

void ParseTest::messages()
{
    const auto result = Parse::messages(fixture(u"messages.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 6);

    const Message &m1 = result.value.at(0);
    QCOMPARE(m1.messageId, u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s);
    QCOMPARE(m1.key(), u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s);
    QCOMPARE(m1.timestamp, Q_INT64_C(1767348000000));
    QVERIFY(m1.message.startsWith(u"<div data-format=\"PresentationML\""_s));
    QVERIFY(m1.message.contains(u"@Bob Baker"_s));
    QVERIFY(m1.data.startsWith(u"{\"0\":{\"type\":\"com.symphony.user.mention\""_s));
    QCOMPARE(m1.user.userId, Q_INT64_C(8933531976681));
    QCOMPARE(m1.user.firstName, u"Alice"_s);
    QCOMPARE(m1.user.lastName, u"Adams"_s);
    QCOMPARE(m1.user.displayName, u"Alice Adams"_s);
    QCOMPARE(m1.user.email, u"alice@acme.example"_s);
    QCOMPARE(m1.user.username, u"aadams"_s);
    QCOMPARE(m1.user.raw.value(u"username"_s).toString(), u"aadams"_s);
    QCOMPARE(m1.stream.streamId, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
    QCOMPARE(m1.stream.streamType, u"ROOM"_s);
    QCOMPARE(m1.stream.roomName, u"Rates Desk"_s);
    QCOMPARE(m1.stream.external, false);
    QCOMPARE(m1.stream.crossPod, false);
    QCOMPARE(m1.externalRecipients, std::optional<bool>(false));
    QCOMPARE(m1.userAgent, u"DESKTOP-25.9.0"_s);
    QCOMPARE(m1.originalFormat, u"com.symphony.messageml.v2"_s);
    QCOMPARE(m1.sid, u"6f0e4c1a-3b8d-4a57-9a0e-2d1f7c9b5e44"_s);
    QVERIFY(m1.attachments.isEmpty());
    QVERIFY(m1.parentMessageId.isNull());
    QVERIFY(!m1.initialTimestamp.has_value());
    QVERIFY(!m1.silent.has_value());
    QVERIFY(!m1.sharedMessage);

    const Message &m2 = result.value.at(1);
    QCOMPARE(m2.parentMessageId, u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s);
    QCOMPARE(m2.data, u"{}"_s);
    QCOMPARE(m2.originalFormat, u"com.symphony.markdown"_s);
    QVERIFY(!m2.externalRecipients.has_value()); // absent in history, not false

    const Message &m5 = result.value.at(2);
    QCOMPARE(m5.attachments.size(), 2);
    QCOMPARE(m5.attachments.at(0).id, u"internal_130_5001"_s);
    QCOMPARE(m5.attachments.at(0).name, u"term-sheet.pdf"_s);
    QCOMPARE(m5.attachments.at(0).size, Q_INT64_C(12345));
    QVERIFY(m5.attachments.at(0).images.isEmpty());
    QCOMPARE(m5.attachments.at(1).size, Q_INT64_C(20480));
    QCOMPARE(m5.attachments.at(1).images.size(), 1);
    QCOMPARE(m5.attachments.at(1).images.at(0).id, u"internal_130_5003"_s);
    QCOMPARE(m5.attachments.at(1).images.at(0).dimension, u"600"_s);
    QCOMPARE(m5.attachments.at(1).raw.value(u"name"_s).toString(), u"chart.png"_s);
    QCOMPARE(m5.replacedBy, u"40H8xIiTTiV4lWJUtbfeFX___mSB1RcfbQ"_s);
    QCOMPARE(m5.stream.streamType, u"IM"_s);
    QVERIFY(m5.data.isNull());

    const Message &m6 = result.value.at(3);
    QCOMPARE(m6.replacing, u"tfIDHrYuN8bTgoezj4Ov6n___mSB1gF_bQ"_s);
    QCOMPARE(m6.initialMessageId, u"tfIDHrYuN8bTgoezj4Ov6n___mSB1gF_bQ"_s);
    QCOMPARE(m6.initialTimestamp, std::optional<qint64>(1767348240000));
    QCOMPARE(m6.silent, std::optional<bool>(false));

    const Message &m8 = result.value.at(4);
    QCOMPARE(m8.user.userId, Q_INT64_C(14087492732881));
    QVERIFY(m8.user.username.isNull()); // external users have none
    QVERIFY(m8.data.isNull()); // "data": null
    QCOMPARE(m8.externalRecipients, std::optional<bool>(true));
    QCOMPARE(m8.stream.external, true);
    QCOMPARE(m8.stream.crossPod, true);
    QCOMPARE(m8.stream.recipientTenantIds, (QList<qint64> {130, 205}));
    QCOMPARE(m8.disclaimer, u"This conversation is recorded."_s);

    const Message &mX = result.value.at(5);
    QCOMPARE(mX.diagnostic, u"decryption failed"_s);
    QVERIFY(mX.message.isNull());
    QCOMPARE(mX.problems, QStringList());
}

void ParseTest::hostileMessages()
{
    const auto result = Parse::messages(fixture(u"messages-hostile.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value.size(), 8);
    QCOMPARE(result.flagged, 7);

    // Numbers sent as strings: used, and flagged.
    const Message &strings = result.value.at(0);
    QCOMPARE(strings.problems,
        (QStringList {u"timestamp: should be a number but is the string \"1767348000000\"; its value was "
                      u"used."_s,
            u"user.userId: should be a number but is the string \"8933531976681\"; its value "
            u"was used."_s,
            u"externalRecipients: should be true or false but is the number 1."_s}));
    QCOMPARE(strings.timestamp, Q_INT64_C(1767348000000));
    QCOMPARE(strings.user.userId, Q_INT64_C(8933531976681));
    QCOMPARE(strings.user.problems,
        QStringList {u"user.userId: should be a number but is the string \"8933531976681\"; its value "
                     u"was used."_s});
    QVERIFY(!strings.externalRecipients.has_value());
    QCOMPARE(
        strings.raw.value(u"futureField"_s).toObject().value(u"nested"_s).toArray(), (QJsonArray {1, 2, 3}));
    QCOMPARE(strings.user.raw.value(u"futureUserField"_s).toString(), u"kept"_s);

    QCOMPARE(result.value.at(1).problems,
        QStringList {u"Item 2 of the list should be an object but is the number 42."_s});
    QVERIFY(result.value.at(1).raw.isEmpty());

    // 2^53 + 1 exact, EntityJSON that is not JSON kept as text, bad items inside.
    const Message &big = result.value.at(2);
    QCOMPARE(big.user.userId, AboveDoublePrecision);
    QCOMPARE(big.data, u"{\"0\":{\"type\":\"com.symphony.user.mention\","_s);
    QCOMPARE(big.stream.recipientTenantIds, QList<qint64> {130});
    QCOMPARE(big.attachments.size(), 1);
    QCOMPARE(big.attachments.at(0).size, Q_INT64_C(0));
    QCOMPARE(big.problems,
        (QStringList {u"stream.recipientTenantIds[1]: should be a whole number but is the string \"x\"."_s,
            u"attachments[0].size: should be a whole number but is the number 1.5."_s,
            u"attachments[1]: should be an object but is the number 7."_s}));

    QCOMPARE(result.value.at(3).problems,
        QStringList {u"Item 4 of the list should be an object but is the string \"text\"."_s});
    QCOMPARE(
        result.value.at(4).problems, QStringList {u"Item 5 of the list should be an object but is null."_s});

    const Message &nulls = result.value.at(5);
    QCOMPARE(nulls.problems, QStringList {u"messageId: null."_s});
    QVERIFY(nulls.messageId.isNull());
    QCOMPARE(nulls.timestamp, Q_INT64_C(0));
    QVERIFY(nulls.data.isNull());
    QVERIFY(!nulls.externalRecipients.has_value());
    QVERIFY(!nulls.silent.has_value());
    QVERIFY(!nulls.initialTimestamp.has_value());

    const Message &wrong = result.value.at(6);
    QCOMPARE(wrong.problems,
        (QStringList {u"messageId: not a valid id: the id 'ab%cd' contains the character '%', "
                      u"which is not Base64."_s,
            u"timestamp: should be a whole number but is true."_s,
            u"message: should be a string but is the number 42."_s,
            u"user: should be an object but is the string \"alice\"."_s,
            u"stream: should be an object but is a list."_s}));
    QCOMPARE(wrong.messageId, u"ab%cd"_s); // kept as sent, so the record can still be shown
    QCOMPARE(wrong.timestamp, Q_INT64_C(0));
    QVERIFY(wrong.message.isNull());

    // Standard Base64 ids are valid; the keys are URL-safe so they meet the other copy of m8.
    const Message &standard = result.value.at(7);
    QCOMPARE(standard.problems, QStringList());
    QCOMPARE(standard.messageId, u"WTYL5gdFmkzT7+FdtlaFgn///mSB00JfbQ=="_s);
    QCOMPARE(standard.key(), u"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"_s);
    QCOMPARE(standard.stream.key(), u"GzA5BDsj3FBbiK2ovoIw5H___mSGWzt_dA"_s);
}

void ParseTest::messageWithSharedMessage()
{
    const auto result = Parse::message(fixture(u"message.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.flagged, 0);
    const Message &m = result.value;
    QCOMPARE(m.messageId, u"KcGyiedSIZWzYuRPVOBUcH___mSB2MCfbQ"_s);
    QCOMPARE(m.user.username, u"bbaker"_s);
    QVERIFY(m.sharedMessage);
    QCOMPARE(m.sharedMessage->messageId, u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s);
    QCOMPARE(m.sharedMessage->timestamp, Q_INT64_C(1767348000000));
    QCOMPARE(m.sharedMessage->user.displayName, u"Alice Adams"_s);
    QCOMPARE(m.sharedMessage->stream.streamType, u"ROOM"_s);
    QVERIFY(!m.sharedMessage->sharedMessage);

    // Problems inside the shared message carry its path and flag the outer record.
    const auto bad = Parse::message(
        R"({"messageId":"AAAA","sharedMessage":{"messageId":"AAAA","user":{"userId":true}}})");
    QCOMPARE(bad.value.problems,
        QStringList {u"sharedMessage.user.userId: should be a whole number but is true."_s});
    QCOMPARE(bad.flagged, 1);
}

void ParseTest::sharedMessagesNestOnlySoDeep()
{
    QByteArray body = R"({"messageId":"AAAA"})";
    for (int i = 0; i < 200; ++i)
        body = R"({"messageId":"AAAA","sharedMessage":)" + body + '}';

    const auto result = Parse::message(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value.problems,
        QStringList {u"sharedMessage.sharedMessage.sharedMessage.sharedMessage: nests shared messages more "
                     u"than 3 levels deep; the rest was not read."_s});
    int depth = 0;
    for (auto m = result.value.sharedMessage; m; m = m->sharedMessage)
        ++depth;
    QCOMPARE(depth, 3);
}

void ParseTest::messageDataIsKeptAsText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("entity-json") << QByteArray(R"("{\"0\":{\"type\":\"x\"}}")")
                                 << u"{\"0\":{\"type\":\"x\"}}"_s << QStringList();
    QTest::newRow("empty-object") << QByteArray(R"("{}")") << u"{}"_s << QStringList();
    QTest::newRow("invalid-json") << QByteArray(R"("{not json")") << u"{not json"_s << QStringList();
    QTest::newRow("empty-string") << QByteArray(R"("")") << QString(u""_s) << QStringList();
    QTest::newRow("object-instead-of-string")
        << QByteArray(R"({"0":{"id":9007199254740993}})") << u"{\"0\":{\"id\":9007199254740993}}"_s
        << QStringList {
               u"data: should be a string of EntityJSON but is an object; it was kept re-serialised."_s};
}

void ParseTest::messageDataIsKeptAsText()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QFETCH(QStringList, problems);

    const auto result = Parse::message(R"({"messageId":"AAAA","data":)" + data + '}');
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value.data, expected);
    QCOMPARE(result.value.problems, problems);
}

void ParseTest::nullFieldsAreAbsentNotWrong()
{
    // Every optional field null: no problem, every value at its "absent" default.
    const auto message = Parse::message(
        R"({"messageId":"AAAA","parentMessageId":null,"timestamp":null,"message":null,"data":null,"user":null,)"
        R"("stream":null,"attachments":null,"externalRecipients":null,"diagnostic":null,"silent":null,)"
        R"("initialTimestamp":null,"sharedMessage":null})");
    QVERIFY(message.ok());
    QCOMPARE(message.value.problems, QStringList());
    QCOMPARE(message.flagged, 0);
    QVERIFY(message.value.user.raw.isEmpty());
    QCOMPARE(message.value.user.userId, Q_INT64_C(0));
    QVERIFY(!message.value.sharedMessage);

    const auto receipts = Parse::receipts(
        R"({"creator":null,"onBehalfOfUser":{"id":null,"name":null},"stream":null,"MessageReceiptDetail":[)"
        R"({"user":{"id":1},"deliveryReceiptTimestamp":null,"readReceiptTimestamp":null,)"
        R"("emailNotificationTimestamp":null,"downloadReceiptCounts":null}],"pagination":null})");
    QVERIFY(receipts.ok());
    QCOMPARE(receipts.flagged, 0);
    const Receipt &r = receipts.value.receipts.at(0);
    QVERIFY(!r.deliveryReceiptTimestamp.has_value());
    QVERIFY(!r.readReceiptTimestamp.has_value());
    QVERIFY(!r.emailNotificationTimestamp.has_value());
    QVERIFY(!receipts.value.hasNext());

    const auto admin
        = Parse::adminStreams(R"({"streams":[{"id":"AAAA","attributes":{"lastMessageDate":null}}]})");
    QCOMPARE(admin.flagged, 0);
    QVERIFY(!admin.value.streams.at(0).attributes.lastMessageDate.has_value());
}

void ParseTest::streams()
{
    const auto result = Parse::streams(fixture(u"streams.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 4);
    const Stream &room = result.value.at(0);
    QCOMPARE(room.id, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
    QCOMPARE(room.key(), room.id);
    QCOMPARE(room.type, u"ROOM"_s);
    QCOMPARE(room.roomName, u"Rates Desk"_s);
    QCOMPARE(room.active, true);
    QCOMPARE(room.crossPod, false);
    QVERIFY(room.members.isEmpty());
    const Stream &im = result.value.at(1);
    QCOMPARE(im.type, u"IM"_s);
    QCOMPARE(im.members, (QList<qint64> {8933531976681, 8933531976685}));
    QVERIFY(im.roomName.isNull());
    QCOMPARE(result.value.at(2).type, u"MIM"_s);
    QCOMPARE(result.value.at(2).members.size(), 3);
    QCOMPARE(result.value.at(3).crossPod, true);

    // The agent's plain-string streamType is read as well.
    const auto plain = Parse::streams(R"([{"id":"AAAA","streamType":"POST"}])");
    QCOMPARE(plain.value.at(0).type, u"POST"_s);
    QCOMPARE(plain.flagged, 0);
}

void ParseTest::adminStreams()
{
    const auto result = Parse::adminStreams(fixture(u"admin-streams.json"_s));
    QVERIFY(result.ok());
    const AdminStreamList &list = result.value;
    QCOMPARE(list.count, Q_INT64_C(4));
    QCOMPARE(list.skip, Q_INT64_C(0));
    QCOMPARE(list.limit, Q_INT64_C(2));
    QCOMPARE(list.raw.value(u"filter"_s).toObject().value(u"scope"_s).toString(), u"INTERNAL"_s);
    QCOMPARE(list.streams.size(), 2);
    const AdminStream &room = list.streams.at(0);
    QCOMPARE(room.id, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
    QCOMPARE(room.isExternal, false);
    QCOMPARE(room.isActive, true);
    QCOMPARE(room.isPublic, false);
    QCOMPARE(room.type, u"ROOM"_s);
    QCOMPARE(room.origin, u"INTERNAL"_s);
    QCOMPARE(room.attributes.roomName, u"Rates Desk"_s);
    QCOMPARE(room.attributes.roomDescription, u"Rates trading desk"_s);
    QCOMPARE(room.attributes.createdByUserId, Q_INT64_C(8933531976681));
    QCOMPARE(room.attributes.createdDate, Q_INT64_C(1767268800000));
    QCOMPARE(room.attributes.lastModifiedDate, Q_INT64_C(1767272400000));
    QCOMPARE(room.attributes.originCompany, u"Acme"_s);
    QCOMPARE(room.attributes.originCompanyId, Q_INT64_C(130));
    QCOMPARE(room.attributes.membersCount, Q_INT64_C(4));
    QCOMPARE(room.attributes.lastMessageDate, std::optional<qint64>(1767348540000));
    QCOMPARE(room.attributes.groupChat, false);
    const AdminStream &im = list.streams.at(1);
    QCOMPARE(im.type, u"IM"_s);
    QCOMPARE(im.attributes.members, (QList<qint64> {8933531976681, 8933531976685}));
    QVERIFY(!im.attributes.lastMessageDate.has_value());
}

void ParseTest::streamInfo()
{
    const auto result = Parse::streamInfo(fixture(u"stream-info.json"_s));
    QVERIFY(result.ok());
    const StreamInfo &s = result.value;
    QCOMPARE(s.id, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
    QCOMPARE(s.origin, u"INTERNAL"_s);
    QCOMPARE(s.active, true);
    QCOMPARE(s.crossPod, false);
    QCOMPARE(s.lastMessageDate, std::optional<qint64>(1767348540000));
    QCOMPARE(s.type, u"ROOM"_s);
    QCOMPARE(s.roomName, u"Rates Desk"_s);
    QCOMPARE(s.groups.size(), 1);
    QCOMPARE(s.groups.at(0).id, Q_INT64_C(68719476744));
    QCOMPARE(s.groups.at(0).addedBy, Q_INT64_C(8933531976681));
}

void ParseTest::roomDetail()
{
    const auto result = Parse::roomDetail(fixture(u"room-detail.json"_s));
    QVERIFY(result.ok());
    const RoomAttributes &a = result.value.roomAttributes;
    QCOMPARE(a.name, u"Rates Desk"_s);
    QCOMPARE(a.description, u"Rates trading desk"_s);
    QCOMPARE(a.keywords.size(), 2);
    QCOMPARE(a.keywords.at(0).key, u"desk"_s);
    QCOMPARE(a.keywords.at(0).value, u"rates"_s);
    QCOMPARE(a.keywords.at(1).value, u"EMEA"_s);
    QCOMPARE(a.membersCanInvite, true);
    QCOMPARE(a.discoverable, false);
    QCOMPARE(a.isPublic, false);
    QCOMPARE(a.viewHistory, true);
    QCOMPARE(a.readOnly, false);
    QCOMPARE(a.pinnedMessageId, u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s);
    const RoomSystemInfo &s = result.value.roomSystemInfo;
    QCOMPARE(s.id, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
    QCOMPARE(s.creationDate, Q_INT64_C(1767268800000));
    QCOMPARE(s.createdByUserId, Q_INT64_C(8933531976681));
    QCOMPARE(s.active, true);
    QCOMPARE(result.value.groups.size(), 1);
    QCOMPARE(result.value.groups.at(0).addedBy, Q_INT64_C(68719476743));

    // "public" set to true reaches isPublic.
    const auto open
        = Parse::roomDetail(R"({"roomAttributes":{"public":true},"roomSystemInfo":{"id":"AAAA"}})");
    QCOMPARE(open.value.roomAttributes.isPublic, true);
}

void ParseTest::roomSearch()
{
    const auto result = Parse::roomSearch(fixture(u"room-search.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.count, Q_INT64_C(2));
    QCOMPARE(result.value.limit, Q_INT64_C(10));
    QCOMPARE(result.value.rooms.size(), 2);
    // The spec's example ids are standard Base64: valid, and keyed URL-safe.
    const RoomDetail &first = result.value.rooms.at(0);
    QCOMPARE(first.roomAttributes.name, u"Automobile Industry Room"_s);
    QCOMPARE(first.roomSystemInfo.id, u"tzwvAZIdDMG3ZPRxv+xsgH///qr+JJkWdA=="_s);
    QCOMPARE(first.roomSystemInfo.key(), u"tzwvAZIdDMG3ZPRxv-xsgH___qr-JJkWdA"_s);
    QCOMPARE(first.roomSystemInfo.createdByUserId, Q_INT64_C(7696581411197));
    QCOMPARE(result.value.rooms.at(1).roomAttributes.keywords.at(0).value, u"automobile"_s);
}

void ParseTest::roomMembers()
{
    const auto result = Parse::roomMembers(fixture(u"room-members.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 3);
    QCOMPARE(result.value.at(0).id, Q_INT64_C(7078106103900));
    QCOMPARE(result.value.at(0).owner, false);
    QCOMPARE(result.value.at(0).joinDate, Q_INT64_C(1461430710531));
    QCOMPARE(result.value.at(1).owner, true);
    QCOMPARE(result.value.at(2).addedThroughGroups, QList<qint64> {68719476744});
}

void ParseTest::adminMembers()
{
    const auto result = Parse::adminMembers(fixture(u"admin-members.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.count, Q_INT64_C(2));
    QCOMPARE(result.value.limit, Q_INT64_C(100));
    const AdminMember &alice = result.value.members.at(0);
    QCOMPARE(alice.user.userId, Q_INT64_C(8933531976681));
    QCOMPARE(alice.user.email, u"alice@acme.example"_s);
    QCOMPARE(alice.user.firstName, u"Alice"_s);
    QCOMPARE(alice.user.lastName, u"Adams"_s);
    QCOMPARE(alice.user.displayName, u"Alice Adams"_s);
    QCOMPARE(alice.user.company, u"Acme"_s);
    QCOMPARE(alice.user.companyId, Q_INT64_C(130));
    QCOMPARE(alice.user.isExternal, false);
    QCOMPARE(alice.isOwner, true);
    QCOMPARE(alice.isCreator, true);
    QCOMPARE(alice.joinDate, Q_INT64_C(1767268800000));
    const AdminMember &erin = result.value.members.at(1);
    QCOMPARE(erin.user.isExternal, true);
    QCOMPARE(erin.user.companyId, Q_INT64_C(205));
    QCOMPARE(erin.isOwner, false);
    QCOMPARE(erin.addedThroughGroups, QList<qint64> {68719476744});
}

void ParseTest::receipts()
{
    const auto result = Parse::receipts(fixture(u"receipts.json"_s));
    QVERIFY(result.ok());
    const ReceiptPage &page = result.value;
    QCOMPARE(page.creator.id, Q_INT64_C(8933531976681));
    QCOMPARE(page.creator.name, u"Alice Adams"_s);
    QCOMPARE(page.onBehalfOfUser.id, Q_INT64_C(0));
    QVERIFY(page.onBehalfOfUser.name.isNull());
    QCOMPARE(page.stream.id, u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s);
    QCOMPARE(page.stream.key(), u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
    QCOMPARE(page.stream.name, u"Rates Desk"_s);
    QCOMPARE(page.stream.streamType, u"ROOM"_s);
    QCOMPARE(page.creationDate, Q_INT64_C(1767348000000));
    QCOMPARE(page.deliveryReceiptCount, Q_INT64_C(3));
    QCOMPARE(page.readReceiptCount, Q_INT64_C(2));
    QCOMPARE(page.emailNotificationCount, Q_INT64_C(0));
    QCOMPARE(page.downloadReceiptCounts.size(), 1);
    QCOMPARE(page.downloadReceiptCounts.at(0).fileName, u"internal_130_5001"_s);
    QCOMPARE(page.downloadReceiptCounts.at(0).count, Q_INT64_C(1));
    QCOMPARE(page.receipts.size(), 2);
    const Receipt &bob = page.receipts.at(0);
    QCOMPARE(bob.user.id, Q_INT64_C(8933531976682));
    QCOMPARE(bob.user.username, u"bbaker"_s);
    QCOMPARE(bob.user.firstName, u"Bob"_s);
    QCOMPARE(bob.user.lastName, u"Baker"_s);
    QCOMPARE(bob.user.emailAddress, u"bob@acme.example"_s);
    QCOMPARE(bob.deliveryReceiptTimestamp, std::optional<qint64>(1767348001000));
    QCOMPARE(bob.readReceiptTimestamp, std::optional<qint64>(1767348030000));
    QVERIFY(!bob.emailNotificationTimestamp.has_value()); // null
    QCOMPARE(bob.downloadReceipts.size(), 1);
    QCOMPARE(bob.downloadReceipts.at(0).fileName, u"term-sheet.pdf"_s);
    QCOMPARE(bob.downloadReceipts.at(0).timestamp, Q_INT64_C(1767348040000));
    QVERIFY(!page.receipts.at(1).emailNotificationTimestamp.has_value()); // absent
    QCOMPARE(page.before, u"MTAxNTExOTQ1MjAwNzI5NDE"_s);
    QCOMPARE(page.after, u"NDMyNzQyODI3OTQw"_s);
    QVERIFY(page.next.endsWith(u"?after=NDMyNzQyODI3OTQw"_s));
    QVERIFY(page.previous.isNull());
    QVERIFY(page.hasNext());
}

void ParseTest::receiptsLastPage()
{
    const auto result = Parse::receipts(fixture(u"receipts-last-page.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.flagged, 0);
    QCOMPARE(result.value.receipts.size(), 1);
    QCOMPARE(result.value.receipts.at(0).user.username, u"export-bot"_s);
    QVERIFY(!result.value.receipts.at(0).readReceiptTimestamp.has_value());
    QVERIFY(result.value.before.isNull());
    QVERIFY(result.value.after.isNull());
    QVERIFY(!result.value.hasNext());
    QVERIFY(result.value.raw.value(u"pagination"_s).isNull());
}

void ParseTest::messageStatus()
{
    const auto result = Parse::messageStatus(fixture(u"message-status.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.flagged, 0); // string ids and timestamps are what the spec says: not a problem
    const MessageStatus &s = result.value;
    QCOMPARE(s.author.userId, Q_INT64_C(8933531976681));
    QCOMPARE(s.author.timestamp, Q_INT64_C(1767348000000));
    QCOMPARE(s.author.userName, u"aadams"_s);
    QCOMPARE(s.author.displayName, u"Alice Adams"_s);
    QCOMPARE(s.read.size(), 1);
    QCOMPARE(s.read.at(0).userId, Q_INT64_C(8933531976682));
    QCOMPARE(s.read.at(0).timestamp, Q_INT64_C(1767348030000));
    QCOMPARE(s.read.at(0).email, u"bob@acme.example"_s);
    QCOMPARE(s.delivered.size(), 2);
    // Numbers, as the Docs send them.
    QCOMPARE(s.delivered.at(0).userId, Q_INT64_C(8933531976685));
    QCOMPARE(s.delivered.at(0).timestamp, Q_INT64_C(1767348000500));
    // The external user: no userName, and the spec example's "firsName" spelling.
    const StatusUser &erin = s.delivered.at(1);
    QCOMPARE(erin.userId, Q_INT64_C(14087492732881));
    QCOMPARE(erin.firstName, u"Erin"_s);
    QCOMPARE(erin.lastName, u"Evans"_s);
    QVERIFY(erin.userName.isNull());
    QCOMPARE(s.sent.size(), 1);
    QCOMPARE(s.sent.at(0).firstName, u"Carol"_s);
    QCOMPARE(s.sent.at(0).timestamp, Q_INT64_C(1767348000200));
}

void ParseTest::streamAttachments()
{
    const auto result = Parse::streamAttachments(fixture(u"stream-attachments.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 3);
    const StreamAttachment &pdf = result.value.at(0);
    QCOMPARE(pdf.messageId, u"tfIDHrYuN8bTgoezj4Ov6n///mSB1gF/bQ=="_s);
    QCOMPARE(pdf.messageKey(), u"tfIDHrYuN8bTgoezj4Ov6n___mSB1gF_bQ"_s);
    QCOMPARE(pdf.userId, Q_INT64_C(8933531976681));
    QCOMPARE(pdf.ingestionDate, Q_INT64_C(1767348240000));
    QCOMPARE(pdf.fileId, u"internal_130_5001"_s);
    QCOMPARE(pdf.name, u"term-sheet.pdf"_s);
    QCOMPARE(pdf.size, Q_INT64_C(12345));
    QCOMPARE(pdf.contentType, u"application/pdf"_s); // "contentType"
    QVERIFY(pdf.previews.isEmpty());
    const StreamAttachment &png = result.value.at(1);
    QCOMPARE(png.contentType, u"image/png"_s); // "content-type"
    QCOMPARE(png.previews.size(), 1);
    QCOMPARE(png.previews.at(0).fileId, u"internal_130_5003"_s);
    QCOMPARE(png.previews.at(0).width, Q_INT64_C(600));
    QCOMPARE(result.value.at(2).ingestionDate, Q_INT64_C(1548089976418));
}

void ParseTest::signalLists()
{
    const auto list = Parse::signalList(fixture(u"signals.json"_s));
    QVERIFY(list.ok());
    QCOMPARE(list.value.size(), 2);
    const Signal &rates = list.value.at(0);
    QCOMPARE(rates.id, u"65a1b2c3d4e5f60718293a4b"_s);
    QCOMPARE(rates.name, u"Rates chatter"_s);
    QCOMPARE(rates.query, u"hashtag:rates AND author:8933531976681"_s);
    QCOMPARE(rates.visibleOnProfile, true);
    QCOMPARE(rates.companyWide, false);
    QCOMPARE(rates.timestamp, Q_INT64_C(1767340000000));

    const auto one = Parse::signal(fixture(u"signal.json"_s));
    QVERIFY(one.ok());
    QCOMPARE(one.value.name, u"FX"_s);
    QCOMPARE(one.value.companyWide, true);
    QCOMPARE(one.value.timestamp, Q_INT64_C(1767340100000));
}

void ParseTest::users()
{
    const auto result = Parse::users(fixture(u"users.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.users.size(), 2);
    const User &tw = result.value.users.at(0);
    QCOMPARE(tw.id, Q_INT64_C(15942919536460));
    QCOMPARE(tw.emailAddress, u"technicalwriter@symphony.com"_s);
    QCOMPARE(tw.displayName, u"Technical Writer"_s);
    QCOMPARE(tw.title, u"Technical Writer"_s);
    QCOMPARE(tw.company, u"Symphony"_s);
    QCOMPARE(tw.department, u"Marketing"_s);
    QCOMPARE(tw.username, u"tw"_s);
    QCOMPARE(tw.accountType, u"NORMAL"_s);
    QCOMPARE(tw.location, u"France"_s);
    QCOMPARE(tw.mobilePhoneNumber, u"+33601020304"_s);
    QCOMPARE(tw.roles, QStringList {u"INDIVIDUAL"_s});
    QCOMPARE(tw.avatars.size(), 2);
    QCOMPARE(tw.avatars.at(1).size, u"small"_s);
    QCOMPARE(tw.avatars.at(1).url, u"../avatars/static/50/default.png"_s);
    const User &sa = result.value.users.at(1);
    QVERIFY(sa.firstName.isNull());
    QVERIFY(sa.title.isNull());
    QCOMPARE(sa.accountType, u"SYSTEM"_s);
    QCOMPARE(sa.roles.size(), 2);
    QCOMPARE(result.value.errors.size(), 2);
    QCOMPARE(result.value.errors.at(0).error, u"invalid.format"_s);
    QCOMPARE(result.value.errors.at(0).email, u"notavalidemail"_s);
    QVERIFY(result.value.errors.at(0).id.isNull());
    QCOMPARE(result.value.errors.at(1).id, u"654321"_s); // a number in the spec's example, text here
}

void ParseTest::user()
{
    const auto result = Parse::user(fixture(u"user.json"_s));
    QVERIFY(result.ok());
    const User &u = result.value;
    QCOMPARE(u.id, Q_INT64_C(8933531976681));
    QCOMPARE(u.username, u"aadams"_s);
    QCOMPARE(u.workPhoneNumber, u"+442071234567"_s);
    QCOMPARE(u.jobFunction, u"Trader"_s);
    QCOMPARE(u.division, u"Markets"_s);
    QCOMPARE(u.raw.value(u"userMetadata"_s).toObject().value(u"com_acme_desk"_s).toString(), u"rates"_s);

    // "userName" as some payloads spell it.
    QCOMPARE(Parse::user(R"({"id":1,"userName":"bbaker"})").value.username, u"bbaker"_s);
}

void ParseTest::health()
{
    const auto result = Parse::health(fixture(u"health-extended.json"_s));
    QVERIFY(result.ok());
    const Health &h = result.value;
    QCOMPARE(h.status, u"DOWN"_s);
    QCOMPARE(h.version, u"25.8.1"_s);
    QCOMPARE(h.services.size(), 3);
    QCOMPARE(h.services.value(u"pod"_s).version, u"25.9.2"_s);
    QCOMPARE(h.services.value(u"pod"_s).name, u"pod"_s);
    QCOMPARE(h.services.value(u"pod"_s).group, u"services"_s);
    QCOMPARE(h.users.value(u"agentservice"_s).authType, u"RSA"_s);
    QCOMPARE(h.users.value(u"agentservice"_s).group, u"users"_s);
    QVERIFY(!h.allUp());
    const QList<HealthComponent> down = h.downComponents();
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.at(0).name, u"key_manager"_s);
    QCOMPARE(down.at(0).group, u"services"_s);
    QCOMPARE(down.at(0).message, u"Connection refused"_s);
}

void ParseTest::healthMinimalAndSpecQuirk()
{
    const auto minimal = Parse::health(fixture(u"health.json"_s));
    QVERIFY(minimal.ok());
    QVERIFY(minimal.value.allUp());
    QVERIFY(minimal.value.downComponents().isEmpty());

    // The spec's own 503 example: global UP next to a DOWN key manager. Not all up.
    const auto quirk = Parse::health(
        R"({"status":"UP","services":{"key_manager":{"status":"DOWN","message":"timeout"}},"users":{}})");
    QVERIFY(!quirk.value.allUp());
    QCOMPARE(quirk.value.downComponents().size(), 1);

    // A user component that is down is reported after the services.
    const auto users = Parse::health(
        R"({"status":"DOWN","services":{"pod":{"status":"DOWN"}},"users":{"ceservice":{"status":"DOWN","authType":"CERT"}}})");
    const QList<HealthComponent> down = users.value.downComponents();
    QCOMPARE(down.size(), 2);
    QCOMPARE(down.at(0).name, u"pod"_s);
    QCOMPARE(down.at(1).name, u"ceservice"_s);
    QCOMPARE(down.at(1).authType, u"CERT"_s);
}

void ParseTest::agentInfo()
{
    const auto result = Parse::agentInfo(fixture(u"agent-info.json"_s));
    QVERIFY(result.ok());
    const AgentInfo &a = result.value;
    QCOMPARE(a.ipAddress, u"10.20.30.40"_s);
    QCOMPARE(a.hostname, u"agent-1"_s);
    QCOMPARE(a.serverFqdn, u"agent.acme.example"_s);
    QCOMPARE(a.version, u"25.8.1"_s);
    QCOMPARE(a.url, u"https://agent.acme.example/agent"_s);
    QCOMPARE(a.onPrem, true);
    QCOMPARE(a.mt, false);
    QCOMPARE(a.commitId, u"3f2a9c1"_s);
}

void ParseTest::token()
{
    const auto result = Parse::token(fixture(u"token.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.name, u"sessionToken"_s);
    QCOMPARE(result.value.token, u"eyJhbGciOiJSUzUxMiJ9.demo-session"_s);
    QCOMPARE(result.value.authorizationToken, u"Bearer eyJhbGciOiJSUzUxMiJ9.demo-jwt"_s);
}

void ParseTest::errorBodies()
{
    const auto pod = Parse::errorBody(fixture(u"error-pod.json"_s));
    QVERIFY(pod.ok());
    QCOMPARE(pod.value.code, 400);
    QCOMPARE(pod.value.message, u"Stream not found."_s);
    QVERIFY(pod.value.details.isEmpty());

    const auto agent = Parse::errorBody(fixture(u"error-agent.json"_s));
    QVERIFY(agent.ok());
    QCOMPARE(agent.value.code, 403);
    QVERIFY(agent.value.message.startsWith(u"User 8933531976685 is neither"_s));
    QCOMPARE(agent.value.details.value(u"streamId"_s).toString(), u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
}

void ParseTest::fromJsonNamesFieldsRelativeToTheObject()
{
    const QJsonObject object = QJsonDocument::fromJson(
        R"({"messageId":"AAAA","user":{"userId":true},"stream":{"streamType":"IM"}})")
                                   .object();
    const Message m = Parse::messageFromJson(object);
    QCOMPARE(m.problems, QStringList {u"user.userId: should be a whole number but is true."_s});
    QCOMPARE(m.raw, object);
    QCOMPARE(m.stream.streamType, u"IM"_s);

    const UserRef u
        = Parse::userRefFromJson(QJsonDocument::fromJson(R"({"userId":1,"userName":"x"})").object());
    QCOMPARE(u.username, u"x"_s);
    QCOMPARE(u.problems, QStringList());
    const StatusUser s
        = Parse::messageStatus(QByteArray(R"({"author":{"userId":"12987981103694"}})")).value.author;
    QCOMPARE(s.userId, Q_INT64_C(12987981103694));
    QCOMPARE(s.problems, QStringList());
}

INSPECTOR_TEST_APPLESS_MAIN(ParseTest)
#include "tst_parse.moc"
