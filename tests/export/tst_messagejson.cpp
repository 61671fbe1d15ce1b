// SPDX-License-Identifier: Apache-2.0
// The JSON item of a message written from the server's bytes (Message::json), and the CSV cells
// that no longer build `raw`: both must say what the QJsonObject route said.
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "common/testsuite.h"
#include "data/parse.h"
#include "export/jsonwriter.h"
#include "export/messagecolumns.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

QByteArray written(JsonWriter::Mode mode, const std::function<void(JsonWriter &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter w(&buffer, mode);
    w.begin();
    write(w);
    w.end();
    return buffer.data();
}

} // namespace

class MessageJsonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheObjectsBytes_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("compact") << QByteArray(R"({"z":1,"a":"\u00e9"})")
                                 << QByteArray(R"({"z":1,"a":"\u00e9","k":{"v":1}})");
        QTest::newRow("empty") << QByteArray("{}") << QByteArray(R"({"k":{"v":1}})");
        QTest::newRow("empty with space") << QByteArray("{ \n }") << QByteArray(R"({   "k":{"v":1}})");
        QTest::newRow("pretty printed") << QByteArray("{\r\n  \"a\" : [1,\n2] \n}\n")
                                        << QByteArray(R"({    "a" : [1, 2]  ,"k":{"v":1}})");
    }

    void writesTheObjectsBytes()
    {
        QFETCH(QByteArray, object);
        QFETCH(QByteArray, expected);
        const QJsonObject value {{u"v"_s, 1}};
        QCOMPARE(written(JsonWriter::Mode::Lines, [&](JsonWriter &w) { w.write(object, "k"_L1, value); }),
            expected + '\n');
        const QByteArray array = written(JsonWriter::Mode::Array, [&](JsonWriter &w) {
            w.write(object, "k"_L1, value);
            w.write(object, "k"_L1, value);
        });
        QCOMPARE(array, "[\n" + expected + ",\n" + expected + "\n]\n");
        QJsonParseError error;
        QJsonDocument::fromJson(array, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void exportItemKeepsTheServersKeyOrder()
    {
        const QByteArray object
            = R"({"timestamp":5,"messageId":"AAAA","zeta":{"b":1,"a":2},"big":9007199254740993})";
        const auto page = Parse::messages('[' + object + ']');
        QVERIFY(page.ok());
        const Message &m = page.value.first();
        const QByteArray line = written(JsonWriter::Mode::Lines, [&](JsonWriter &w) {
            QVERIFY(writeMessageJson(&w, m, {2, false}));
        });
        QVERIFY2(line.startsWith(QByteArray(object.chopped(1) + R"(,"_inspector":{)")), line.constData());
        QVERIFY(!m.raw.isBuilt()); // written without building the QJsonObject
        // The same item as the QJsonObject route, read back.
        const QJsonObject back = QJsonDocument::fromJson(line).object();
        QCOMPARE(back, messageJson(m, {2, false}));
        QCOMPARE(back.value(u"big"_s).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(back.value(u"_inspector"_s).toObject().value(u"duplicates"_s).toInt(), 2);
    }

    void serversOwnInspectorKeyIsReplaced()
    {
        const auto page = Parse::messages(R"([{"messageId":"AAAA","_inspector":"theirs"}])");
        const QByteArray line = written(
            JsonWriter::Mode::Lines, [&](JsonWriter &w) { writeMessageJson(&w, page.value.first(), {}); });
        QCOMPARE(line.count("_inspector"), 1);
        QVERIFY(QJsonDocument::fromJson(line).object().value(u"_inspector"_s).isObject());
    }

    void messageWithoutBytesIsSerialised()
    {
        Message m;
        m.messageId = u"AAAA"_s;
        m.raw = QJsonObject {{u"messageId"_s, u"AAAA"_s}, {u"x"_s, 1}};
        const QByteArray line
            = written(JsonWriter::Mode::Lines, [&](JsonWriter &w) { writeMessageJson(&w, m, {}); });
        QCOMPARE(QJsonDocument::fromJson(line).object(), messageJson(m, {}));
    }

    void inspectorObject()
    {
        const auto page = Parse::messages(
            R"([{"messageId":"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA","timestamp":0,"message":"<div>hi <b>you</b></div>"}])");
        const QJsonObject o = messageInspector(page.value.first(), {1, true});
        QCOMPARE(o.value(u"standardId"_s).toString(), u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s);
        QCOMPARE(o.value(u"key"_s).toString(), u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
        QCOMPARE(o.value(u"urlSafeId"_s).toString(), u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s);
        QCOMPARE(o.value(u"timeIso"_s).toString(), u"1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(o.value(u"plainText"_s).toString(), u"hi you"_s);
        QCOMPARE(o.value(u"duplicates"_s).toInt(), 1);
        QCOMPARE(o.value(u"problems"_s).toArray(), QJsonArray());
        QCOMPARE(o.value(u"duplicate"_s).toBool(), true);
        QVERIFY(!messageInspector(page.value.first(), {}).contains(u"duplicate"_s));
    }

    void cellsAreTheSameForBothParsers_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("plain") << QByteArray(
            R"([{"messageId":"AAAA","timestamp":1,"message":"<div>x</div>"}])");
        QTest::newRow("unknown fields")
            << QByteArray(R"([{"messageId":"AAAA","zeta":[1,2],"alpha":{"b":"c"},"big":9007199254740993}])");
        QTest::newRow("shared message")
            << QByteArray(R"([{"messageId":"AAAA","sharedMessage":{"messageId":"BBBB","z":1,"a":2}}])");
        QTest::newRow("shared message empty") << QByteArray(R"([{"messageId":"AAAA","sharedMessage":{}}])");
        QTest::newRow("shared message not an object")
            << QByteArray(R"([{"messageId":"AAAA","sharedMessage":3}])");
        QTest::newRow("shared messages too deep")
            << QByteArray(R"([{"messageId":"AAAA","sharedMessage":{"messageId":"AAAA","sharedMessage":)"
                          R"({"messageId":"AAAA","sharedMessage":{"messageId":"AAAA","sharedMessage":)"
                          R"({"messageId":"AAAA","sharedMessage":{"messageId":"AAAA"}}}}}}])");
    }

    void cellsAreTheSameForBothParsers()
    {
        QFETCH(QByteArray, page);
        const auto fast = Parse::messages(page);
        const auto ref = Parse::messagesReference(page);
        QCOMPARE(fast.value.size(), ref.value.size());
        const QStringList columns = MessageColumns::defaultNames();
        for (qsizetype i = 0; i < fast.value.size(); ++i) {
            QVERIFY(!fast.value[i].json.isEmpty());
            QCOMPARE(MessageColumns::row(fast.value[i], {}, columns),
                MessageColumns::row(ref.value[i], {}, columns));
        }
    }
};

INSPECTOR_TEST_APPLESS_MAIN(MessageJsonTest)
#include "tst_messagejson.moc"
