// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "common/testsuite.h"
#include "data/parse.h"
#include "itemmodels/jsontreemodel.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

/** JsonTreeModel: structure, lazy children, exact numbers, copy text, bad input. */
class JsonTreeModelTest final : public QObject
{
    Q_OBJECT

    /// The row whose key column reads `key` under `parent`, invalid when none.
    static QModelIndex find(
        const QAbstractItemModel &model, const QString &key, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, JsonTreeModel::KeyColumn, parent);
            if (i.data().toString() == key)
                return i;
        }
        return {};
    }

    static QString valueOf(const JsonTreeModel &model, const QModelIndex &keyIndex)
    {
        return model.index(keyIndex.row(), JsonTreeModel::ValueColumn, keyIndex.parent()).data().toString();
    }

    /// Visits every index, so the tester checks every node that lazy building creates.
    static int walk(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        int n = 0;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            for (int c = 0; c < model.columnCount(parent); ++c)
                model.index(r, c, parent).data();
            n += 1 + walk(model, model.index(r, 0, parent));
        }
        return n;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void objectsArraysAndTypes()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJsonText(R"({"b":[10,"x",true,null,{"k":1.5}],"a":"text","c":{}})"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        const QModelIndex b = find(model, u"b"_s);
        QVERIFY(b.isValid());
        QVERIFY(model.hasChildren(b));
        QCOMPARE(model.rowCount(b), 5);
        QCOMPARE(model.index(0, 0, b).data().toString(), u"[0]"_s);
        QCOMPARE(model.index(0, 1, b).data().toString(), u"10"_s);
        QCOMPARE(model.index(0, 2, b).data(ModelRole::Type).toString(), u"integer"_s);
        QCOMPARE(model.index(1, 2, b).data(ModelRole::Type).toString(), u"string"_s);
        QCOMPARE(model.index(2, 1, b).data().toString(), u"true"_s);
        QCOMPARE(model.index(3, 2, b).data(ModelRole::Type).toString(), u"null"_s);
        const QModelIndex inner = model.index(4, 0, b);
        QCOMPARE(inner.data(ModelRole::Path).toString(), u"/b/4"_s);
        QCOMPARE(model.index(0, 1, inner).data().toString(), u"1.5"_s);
        QCOMPARE(model.index(0, 1, inner).data(ModelRole::Type).toString(), u"number"_s);
        QCOMPARE(model.parent(model.index(0, 0, inner)), inner);
        QCOMPARE(model.parent(inner), b);
        const QModelIndex c = find(model, u"c"_s);
        QVERIFY(!model.hasChildren(c));
        QCOMPARE(valueOf(model, b), u"[5]"_s); // containers show their size
        QCOMPARE(valueOf(model, c), u"{0}"_s);
        QCOMPARE(model.valueText(b), uR"([10,"x",true,null,{"k":1.5}])"_s);
        QCOMPARE(walk(model), 3 + 5 + 1);
        model.clear();
        QVERIFY(model.isEmpty());
    }

    void childrenAreBuiltLazily()
    {
        // A big array answers hasChildren() and its count without the tree being walked first.
        QJsonArray big;
        for (int i = 0; i < 10000; ++i)
            big.append(QJsonObject {{u"i"_s, i}});
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(QJsonObject {{u"items"_s, big}});
        const QModelIndex items = find(model, u"items"_s);
        QVERIFY(model.hasChildren(items));
        QCOMPARE(model.rowCount(items), 10000);
        const QModelIndex last = model.index(9999, 0, items);
        QCOMPARE(model.rowCount(last), 1);
        QCOMPARE(model.index(0, 1, last).data().toString(), u"9999"_s);
    }

    void idsAreExact_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user id (int64)")
            << QByteArray(R"({"userId":8933531976681})") << u"userId"_s << u"8933531976681"_s;
        QTest::newRow("int64 max") << QByteArray(R"({"v":9223372036854775807})") << u"v"_s
                                   << u"9223372036854775807"_s;
        QTest::newRow("int64 min") << QByteArray(R"({"v":-9223372036854775808})") << u"v"_s
                                   << u"-9223372036854775808"_s;
        QTest::newRow("uint64 beyond int64 keeps its text")
            << QByteArray(R"({"v":18446744073709551615})") << u"v"_s << u"18446744073709551615"_s;
        QTest::newRow("decimal as written") << QByteArray(R"({"v":1.10})") << u"v"_s << u"1.10"_s;
        QTest::newRow("exponent as written") << QByteArray(R"({"v":1.5e3})") << u"v"_s << u"1.5e3"_s;
        QTest::newRow("escaped key") << QByteArray(R"({"a\/b~":12345678901234567890})") << u"a/b~"_s
                                     << u"12345678901234567890"_s;
    }

    void idsAreExact()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Result<> set = model.setJsonText(json);
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        const QModelIndex i = find(model, key);
        QVERIFY(i.isValid());
        QCOMPARE(valueOf(model, i), expected);
        QCOMPARE(model.valueText(i), expected);
    }

    void messageFromTheApiKeepsItsIds()
    {
        // The path the detail tabs take: a parsed Message's raw object.
        const QByteArray body
            = R"({"messageId":"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ","timestamp":1767348000000,
            "user":{"userId":14087492732881,"displayName":"Erin Evans"},
            "stream":{"streamId":"GzA5BDsj3FBbiK2ovoIw5H___mSGWzt_dA","recipientTenantIds":[130,205]}})";
        const auto parsed = Parse::message(body);
        QVERIFY(parsed.ok());
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(QJsonValue(static_cast<const QJsonObject &>(parsed.value.raw)));
        const QModelIndex user = find(model, u"user"_s);
        const QModelIndex id = find(model, u"userId"_s, user);
        QCOMPARE(valueOf(model, id), u"14087492732881"_s);
        QCOMPARE(id.data(ModelRole::Path).toString(), u"/user/userId"_s);
        QCOMPARE(valueOf(model, find(model, u"timestamp"_s)), u"1767348000000"_s);
        const QModelIndex tenants = find(model, u"recipientTenantIds"_s, find(model, u"stream"_s));
        QCOMPARE(model.rowCount(tenants), 2);
        QCOMPARE(model.index(1, 1, tenants).data().toString(), u"205"_s);
    }

    void textKeepsTheServersKeyOrder()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJsonText(
            R"({"messageId":"m","timestamp":1,"user":{"userId":5,"firstName":"A"},"a":[{"z":1,"b":2}],"dup":1,"dup":2})"));
        auto keys = [&](const QModelIndex &parent) {
            QStringList out;
            for (int r = 0; r < model.rowCount(parent); ++r)
                out << model.index(r, 0, parent).data().toString();
            return out;
        };
        QCOMPARE(keys({}), (QStringList {u"messageId"_s, u"timestamp"_s, u"user"_s, u"a"_s, u"dup"_s}));
        QCOMPARE(keys(find(model, u"user"_s)), (QStringList {u"userId"_s, u"firstName"_s}));
        const QModelIndex first = model.index(0, 0, find(model, u"a"_s));
        QCOMPARE(keys(first), (QStringList {u"z"_s, u"b"_s}));
        QCOMPARE(valueOf(model, find(model, u"dup"_s)), u"2"_s); // the last one, as QJsonObject keeps
        // From a QJsonValue there is no text: sorted by key.
        model.setJson(QJsonObject {{u"b"_s, 1}, {u"a"_s, 2}});
        QCOMPARE(keys({}), (QStringList {u"a"_s, u"b"_s}));
    }

    void longAndMultiLineStrings()
    {
        const QString longText = QString(2000, u'x');
        JsonTreeModel model;
        model.setJson(QJsonObject {{u"long"_s, longText}, {u"lines"_s, u"a\nb"_s}});
        const QModelIndex l = find(model, u"long"_s);
        QVERIFY(valueOf(model, l).size() < 600); // one readable line in the tree...
        QCOMPARE(model.valueText(l), longText); // ...and the whole value for copying
        const QModelIndex m = find(model, u"lines"_s);
        QVERIFY(!valueOf(model, m).contains(u'\n'));
        QCOMPARE(model.valueText(m), u"a\nb"_s);
    }

    void scalarTopLevel()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(QJsonValue(u"just text"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), u"just text"_s);
        model.setJson(QJsonValue(QJsonValue::Undefined));
        QCOMPARE(model.rowCount(), 0);
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)");
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)");
    }

    void badInputIsAClearError()
    {
        QFETCH(QByteArray, json);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJsonText(R"({"old":1})"));
        const Result<> set = model.setJsonText(json);
        QVERIFY(!set.ok());
        QVERIFY(set.error().message().contains(u"JSON"_s));
        QCOMPARE(model.rowCount(), 0); // nothing of the old document, nothing half-read
    }
};

INSPECTOR_TEST_GUILESS_MAIN(JsonTreeModelTest)
#include "tst_jsontreemodel.moc"
