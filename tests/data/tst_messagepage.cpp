// SPDX-License-Identifier: Apache-2.0
// Parse::messages (simdjson) against Parse::messagesReference (QJsonDocument): same values,
// problems, counts and sentences on realistic, hostile, malformed and wrong-typed pages, plus the
// bytes each message keeps.
#include "data/parse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "common/fixturefile.h"
#include "common/messagecompare.h"
#include "common/testsuite.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
using Inspector::TestSupport::sameMessage;

namespace {

QByteArray fixture(const QString &name)
{
    return TestSupport::fixture(u"parse/"_s + name);
}

QByteArray deep(int levels)
{
    return QByteArray(R"([{"messageId":"AAAA","future":)") + QByteArray(levels, '[') + QByteArray(levels, ']')
        + "}]";
}

QByteArray sharedChain(int levels)
{
    QByteArray body = R"({"messageId":"AAAA"})";
    for (int i = 0; i < levels; ++i)
        body = R"({"messageId":"AAAA","sharedMessage":)" + body + '}';
    return '[' + body + ']';
}

} // namespace

class MessagePageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheReference_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("realistic fixture") << fixture(u"messages.json"_s);
        QTest::newRow("hostile fixture") << fixture(u"messages-hostile.json"_s);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t ");
        QTest::newRow("empty list") << QByteArray("[]");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[{\"messageId\":\"AAAA\"}]");
        QTest::newRow("bom then space") << QByteArray("\xEF\xBB\xBF  [{\"messageId\":\"AAAA\"}]");
        QTest::newRow("malformed") << QByteArray(R"([{"messageId":"AAAA",}])");
        QTest::newRow("cut off") << QByteArray("[{\"messageId\":\"AAAA\",\"message\":\"<div>hel");
        QTest::newRow("bad literal in unknown field") << QByteArray(R"([{"messageId":"AAAA","x":tru}])");
        QTest::newRow("trailing garbage") << QByteArray(R"([{"messageId":"AAAA"}] x)");
        QTest::newRow("two documents") << QByteArray("[] []");
        QTest::newRow("control character in string") << QByteArray("[{\"messageId\":\"AA\tAA\"}]");
        QTest::newRow("html page") << QByteArray("<html><title>502 Bad Gateway</title></html>");
        QTest::newRow("object") << QByteArray(R"({"messageId":"AAAA"})");
        QTest::newRow("error object") << QByteArray(R"({"code":401,"message":"Invalid session"})");
        QTest::newRow("string") << QByteArray(R"("hello")");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("items that are not objects") << QByteArray(R"([1,"two",null,true,[3],{}])");
        QTest::newRow("nulls everywhere")
            << QByteArray(R"([{"messageId":null,"timestamp":null,"user":{"userId":null,"email":null},)"
                          R"("stream":{"streamId":null,"members":null},"attachments":[{"id":null}]}])");
        QTest::newRow("nulls read as absent") << QByteArray(
            R"([{"messageId":"AAAA","data":null,"sharedMessage":null,"silent":null,)"
            R"("user":{"username":null,"userName":"b","email":null,"userId":null},"stream":null,)"
            R"("attachments":[{"id":"a","name":null,"size":null,"images":[{"id":null,"dimension":null}]}]}])");
        QTest::newRow("null attachment id")
            << QByteArray(R"([{"messageId":"AAAA","attachments":[{"id":null}]}])");
        QTest::newRow("null in lists") << QByteArray(
            R"([{"messageId":"AAAA","attachments":[null],"stream":{"recipientTenantIds":[null]}}])");
        QTest::newRow("wrong types") << QByteArray(
            R"([{"messageId":5,"timestamp":"12","message":[],"data":{"a":1},"user":[],)"
            R"("stream":{"streamType":{"type":"ROOM"},"external":"no"},"silent":"yes",)"
            R"("externalRecipients":0,"initialTimestamp":1.5,"attachments":{}}])");
        QTest::newRow("timestamp as 1e12") << QByteArray(R"([{"messageId":"AAAA","timestamp":1e12}])");
        QTest::newRow("timestamp as 1.0") << QByteArray(R"([{"messageId":"AAAA","timestamp":1.0}])");
        QTest::newRow("timestamp as -0") << QByteArray(R"([{"messageId":"AAAA","timestamp":-0}])");
        QTest::newRow("64-bit numbers")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":9223372036854775807,)"
                          R"("user":{"userId":9007199254740993},"future":-9223372036854775808,)"
                          R"("stream":{"recipientTenantIds":[9007199254740993,1]}}])");
        QTest::newRow("beyond 64 bits") << QByteArray(
            R"([{"messageId":"AAAA","timestamp":18446744073709551615,"f":99999999999999999999}])");
        QTest::newRow("unknown fields") << QByteArray(
            R"([{"zeta":1,"messageId":"AAAA","alpha":{"x":[1,2]},"Été":"ok","_inspector":"theirs"}])");
        QTest::newRow("duplicate keys") << QByteArray(R"([{"messageId":"AAAA","messageId":"BBBB"}])");
        QTest::newRow("duplicate unknown keys") << QByteArray(R"([{"messageId":"AAAA","x":1,"x":2}])");
        QTest::newRow("duplicate user keys")
            << QByteArray(R"([{"messageId":"AAAA","user":{"userId":1,"userId":2}}])");
        QTest::newRow("escaped keys") << QByteArray(
            "[{\"message\\u0049d\":\"AAAA\",\"ti\\u006destamp\":5,\"message\":\"a\\\"b\\\\c\\u00e9\\n\"}]");
        QTest::newRow("invalid ids") << QByteArray(
            R"([{"messageId":"ab%cd","parentMessageId":"A","replacing":"x y",)"
            R"("stream":{"streamId":"!!"}}])");
        QTest::newRow("missing message id") << QByteArray(R"([{"timestamp":5}])");
        QTest::newRow("empty message id") << QByteArray(R"([{"messageId":""}])");
        QTest::newRow("username and userName")
            << QByteArray(R"([{"messageId":"AAAA","user":{"userName":"b","username":"a"}},)"
                          R"({"messageId":"AAAA","user":{"userName":"b"}},)"
                          R"({"messageId":"AAAA","user":{"userName":5,"username":"a"}}])");
        QTest::newRow("attachments") << QByteArray(
            R"([{"messageId":"AAAA","attachments":[{"id":"a","name":"n","size":12,)"
            R"("images":[{"id":"t","dimension":600},{"id":"u","dimension":"600"},)"
            R"({"id":"v","dimension":1.5}]},{"name":"no id"},3]}])");
        QTest::newRow("stream members")
            << QByteArray(R"([{"messageId":"AAAA","stream":{"streamId":"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA",)"
                          R"("streamType":"IM","members":[{"userId":1,"displayName":"A"},{"userId":"2"}],)"
                          R"("crossPod":true,"external":true,"recipientTenantIds":[1,2]}}])");
        QTest::newRow("edit chain") << QByteArray(
            R"([{"messageId":"KcGyiedSIZWzYuRPVOBUcH___mSB2MCfbQ",)"
            R"("replacing":"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ",)"
            R"("replacedBy":"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ","initialTimestamp":5,)"
            R"("initialMessageId":"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ","silent":true,)"
            R"("externalRecipients":false,"diagnostic":"d","userAgent":"u","originalFormat":"o",)"
            R"("disclaimer":"x","sid":"s"}])");
        QTest::newRow("shared message") << sharedChain(1);
        QTest::newRow("shared messages 3 deep") << sharedChain(3);
        QTest::newRow("shared messages too deep") << sharedChain(5);
        QTest::newRow("shared message empty") << QByteArray(R"([{"messageId":"AAAA","sharedMessage":{}}])");
        QTest::newRow("shared message wrong type")
            << QByteArray(R"([{"messageId":"AAAA","sharedMessage":"x"}])");
        QTest::newRow("shared message with problems") << QByteArray(
            R"([{"messageId":"AAAA","sharedMessage":{"messageId":"AAAA","user":{"userId":true}}}])");
        QTest::newRow("invalid utf-8")
            << QByteArray("[{\"messageId\":\"AAAA\",\"message\":\"a\xff\xfe b \xc3\"}]");
        QTest::newRow("invalid utf-8 in key") << QByteArray("[{\"messageId\":\"AAAA\",\"k\xff\":1}]");
        QTest::newRow("lone surrogates")
            << QByteArray(R"([{"messageId":"AAAA","message":"a\ud800b\udc00c\ud83d\ude00"}])");
        QTest::newRow("pretty printed")
            << QByteArray("[\n  {\n    \"messageId\" : \"AAAA\" ,\n    \"x\" : [ 1 , 2 ]\n  } ,\n  7\n]\n");
        QTest::newRow("strings full of escapes")
            << QByteArray("[{\"messageId\":\"AAAA\",\"message\":\"\\\\\\\"}]\\\\\",\"data\":\"\\\\\\\\\","
                          "\"x\":\"\\\"{[\",\"y\":\"\\\\\"}]");
        QTest::newRow("nesting 1000 deep") << deep(1000);
        QTest::newRow("nesting 1022 deep") << deep(1022);
        QTest::newRow("nesting 1023 deep") << deep(1023);
        QTest::newRow("nesting 1030 deep") << deep(1030);
    }

    void sameAsTheReference()
    {
        QFETCH(QByteArray, body);
        const auto fast = Parse::messages(body);
        const auto ref = Parse::messagesReference(body);
        QCOMPARE(fast.error, ref.error);
        QCOMPARE(fast.flagged, ref.flagged);
        QCOMPARE(fast.replaced, ref.replaced);
        QCOMPARE(fast.value.size(), ref.value.size());
        for (qsizetype i = 0; i < fast.value.size(); ++i) {
            QString why;
            QVERIFY2(sameMessage(fast.value[i], ref.value[i], u"item "_s + QString::number(i), &why),
                qPrintable(why));
            // The bytes kept are the object's own, and read back to the same object.
            if (!fast.value[i].json.isEmpty()) {
                QCOMPARE(QJsonDocument::fromJson(fast.value[i].json).object(), ref.value[i].raw.object());
                QVERIFY(fast.value[i].json.startsWith('{') && fast.value[i].json.endsWith('}'));
            }
        }
    }

    void outlineAgreesWithTheParse_data() { sameAsTheReference_data(); }

    void outlineAgreesWithTheParse()
    {
        // The pager asks for the next page from the outline before the page is parsed: whenever
        // there is an outline, it must hold exactly what the parse will say.
        QFETCH(QByteArray, body);
        const std::optional<Parse::MessagePageOutline> outline = Parse::messagePageOutline(body);
        if (!outline)
            return;
        const auto parsed = Parse::messages(body);
        QVERIFY(parsed.ok());
        QList<qint64> times;
        for (const Message &m : parsed.value)
            times.append(m.timestamp);
        QCOMPARE(outline->timestamps, times);
        QCOMPARE(
            outline->firstMessageId, parsed.value.isEmpty() ? QString() : parsed.value.first().messageId);
    }

    void outlineOnlyOfPlainPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("plain");
        QTest::newRow("realistic fixture") << fixture(u"messages.json"_s) << true;
        QTest::newRow("empty list") << QByteArray(" [] ") << true;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[{\"messageId\":\"AAAA\",\"timestamp\":5}]") << true;
        QTest::newRow("no message id") << QByteArray(R"([{"timestamp":5}])") << true;
        QTest::newRow("later message without id")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":5},{"timestamp":6}])") << true;
        QTest::newRow("empty body") << QByteArray() << false;
        QTest::newRow("malformed") << QByteArray(R"([{"messageId":"AAAA","timestamp":5,}])") << false;
        QTest::newRow("object") << QByteArray(R"({"messageId":"AAAA","timestamp":5})") << false;
        QTest::newRow("item not an object")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":5},7])") << false;
        QTest::newRow("no timestamp") << QByteArray(R"([{"messageId":"AAAA"}])") << false;
        QTest::newRow("null timestamp") << QByteArray(R"([{"messageId":"AAAA","timestamp":null}])") << false;
        QTest::newRow("string timestamp") << QByteArray(R"([{"messageId":"AAAA","timestamp":"5"}])") << false;
        QTest::newRow("timestamp as 1e12")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":1e12}])") << false;
        QTest::newRow("timestamp beyond 64 bits")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":18446744073709551616}])") << false;
        QTest::newRow("duplicate timestamp")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":5,"timestamp":6}])") << false;
        QTest::newRow("duplicate unknown keys")
            << QByteArray(R"([{"messageId":"AAAA","timestamp":5,"x":1,"x":2}])") << false;
        QTest::newRow("message id not a string") << QByteArray(R"([{"messageId":7,"timestamp":5}])") << false;
        QTest::newRow("invalid utf-8")
            << QByteArray("[{\"messageId\":\"AAAA\",\"timestamp\":5,\"message\":\"a\xff\"}]") << false;
    }

    void outlineOnlyOfPlainPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, plain);
        const std::optional<Parse::MessagePageOutline> outline = Parse::messagePageOutline(body);
        QCOMPARE(outline.has_value(), plain);
        if (plain) {
            const auto parsed = Parse::messages(body);
            QCOMPARE(outline->timestamps.size(), parsed.value.size());
        }
    }

    void realisticMessagesTakeTheFastPath()
    {
        // The reference reader builds raw at once; the fast path leaves it for later.
        const auto r = Parse::messages(fixture(u"messages.json"_s));
        QVERIFY(r.ok());
        QVERIFY(r.value.size() >= 5);
        for (const Message &m : r.value)
            QVERIFY2(!m.raw.isBuilt(), qPrintable(m.messageId));
    }

    void keepsTheObjectsBytes()
    {
        const QByteArray first = R"({"zeta" : 1,"messageId":"AAAA", "message":"<div>\u00e9</div>"})";
        const QByteArray second = R"({"messageId":"BBBB"})";
        const auto r = Parse::messages("[ " + first + " ,\n" + second + "]");
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 2);
        QCOMPARE(r.value[0].json, first); // the server's key order and escapes, untouched
        QCOMPARE(r.value[1].json, second);
        QCOMPARE(r.value[0].otherFields, QStringList {u"zeta"_s});
        QVERIFY(r.value[1].otherFields.isEmpty());
    }

    void repairsTheKeptBytes()
    {
        const auto r = Parse::messages(R"([{"messageId":"AAAA","message":"a\ud800b"}])");
        QCOMPARE(r.replaced, 1);
        QCOMPARE(r.value[0].json, QByteArray(R"({"messageId":"AAAA","message":"a\ufffdb"})"));
        QCOMPARE(r.value[0].message, u"a\uFFFDb"_s);
    }

    void rawIsBuiltOnlyWhenAskedFor()
    {
        const auto r = Parse::messages(R"([{"messageId":"AAAA","future":9007199254740993}])");
        const Message &m = r.value[0];
        QVERIFY(!m.raw.isBuilt());
        const Message copy = m; // copies share the one object, built once
        QCOMPARE(copy.raw.value(u"future"_s).toInteger(), Q_INT64_C(9007199254740993));
        QVERIFY(m.raw.isBuilt());
        QCOMPARE(m.raw.keys(), (QStringList {u"future"_s, u"messageId"_s}));
    }

    void nestedRawsAreBuiltFromTheirBytes()
    {
        const QByteArray page = "[{\"messageId\":\"AAAA\",\"user\":{\"userId\":7,\"x\":\"a}]{\"},"
                                "\"stream\":{\"members\":[{\"userId\":1},{\"userId\":2,\"y\":[1]}]},"
                                "\"attachments\":[{\"id\":\"f\",\"images\":[{\"id\":\"t\",\"z\":true}]}]}]";
        const auto r = Parse::messages(page);
        const Message &m = r.value[0];
        QVERIFY(!m.user.raw.isBuilt());
        QVERIFY(!m.stream.raw.isBuilt());
        QCOMPARE(m.user.raw.value(u"x"_s).toString(), u"a}]{"_s);
        QCOMPARE(m.stream.members[1].raw.value(u"y"_s).toArray(), QJsonArray {1});
        QCOMPARE(m.attachments[0].images[0].raw.value(u"z"_s).toBool(), true);
        QCOMPARE(m.stream.raw.value(u"members"_s).toArray().size(), 2);
    }

    void messageWithProblemsKeepsItsBytesToo()
    {
        const QByteArray object = R"({"messageId":"AAAA","timestamp":"5"})";
        const auto r = Parse::messages('[' + object + ']');
        QCOMPARE(r.flagged, 1);
        QCOMPARE(r.value[0].timestamp, 5);
        QCOMPARE(r.value[0].json, object);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(MessagePageTest)
#include "tst_messagepage.moc"
