// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QFile>
#include <QTest>

#include "common/testsuite.h"
#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "export/textsafety.h"

using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {
QString loneHigh()
{
    return QString(QChar(0xD800));
}
} // namespace

class CsvWriterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<bool>("quoteAll");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain") << QStringList {u"a"_s, u"b"_s} << true << false << u","_s
                               << QByteArray("a,b\r\n");
        QTest::newRow("separator quoted")
            << QStringList {u"a,b"_s} << true << false << u","_s << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quotes doubled") << QStringList {u"say \"hi\""_s} << true << false << u","_s
                                        << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline quoted") << QStringList {u"a\nb"_s, u"c\rd"_s} << true << false << u","_s
                                        << QByteArray("\"a\nb\",\"c\rd\"\r\n");
        QTest::newRow("semicolon separator")
            << QStringList {u"a,b"_s, u"c;d"_s} << true << false << u";"_s << QByteArray("a,b;\"c;d\"\r\n");
        QTest::newRow("tab separator") << QStringList {u"a b"_s, u"c\td"_s} << false << false << u"\t"_s
                                       << QByteArray("a b\t\"c\td\"\r\n");
        QTest::newRow("quote all") << QStringList {u"a"_s, QString()} << true << true << u","_s
                                   << QByteArray("\"a\",\"\"\r\n");
        QTest::newRow("empty cells") << QStringList {QString(), QString()} << true << false << u","_s
                                     << QByteArray(",\r\n");
        QTest::newRow("formula guarded")
            << QStringList {u"=1+1"_s, u"+x"_s, u"-2"_s, u"@SUM(A1)"_s, u"\tx"_s} << true << false << u","_s
            << QByteArray("'=1+1,'+x,'-2,'@SUM(A1),'\tx\r\n");
        QTest::newRow("guard inside quotes") << QStringList {u"=A1,\"x\""_s} << true << false << u","_s
                                             << QByteArray("\"'=A1,\"\"x\"\"\"\r\n");
        QTest::newRow("carriage return guarded and quoted")
            << QStringList {u"\rx"_s} << true << false << u","_s << QByteArray("\"'\rx\"\r\n");
        QTest::newRow("guard off") << QStringList {u"=1+1"_s} << false << false << u","_s
                                   << QByteArray("=1+1\r\n");
        QTest::newRow("emoji and rtl")
            << QStringList {u"😀 مرحبا"_s} << true << false << u","_s << QString(u"😀 مرحبا\r\n"_s).toUtf8();
        QTest::newRow("lone surrogate becomes U+FFFD")
            << QStringList {u"a"_s + loneHigh() + u"b"_s} << true << false << u","_s
            << QByteArray("a\xEF\xBF\xBD"
                          "b\r\n");
    }

    void cells()
    {
        QFETCH(QStringList, cells);
        QFETCH(bool, guard);
        QFETCH(bool, quoteAll);
        QFETCH(QString, separator);
        CsvOptions o;
        o.formulaGuard = guard;
        o.quoteAll = quoteAll;
        o.separator = separator.at(0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer, o);
        QVERIFY(w.begin());
        QVERIFY(w.writeRow(cells));
        QTEST(buffer.data(), "expected");
        QCOMPARE(w.bytesWritten(), buffer.data().size());
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("guarded");
        // Guarded: what a spreadsheet would run, however it is dressed up.
        QTest::newRow("equals") << u"=1+1"_s << true;
        QTest::newRow("plus") << u"+x"_s << true;
        QTest::newRow("minus") << u"-2"_s << true;
        QTest::newRow("number -5 as before") << u"-5"_s << true;
        QTest::newRow("at") << u"@SUM(A1)"_s << true;
        QTest::newRow("tab first") << u"\tx"_s << true;
        QTest::newRow("carriage return first") << u"\rx"_s << true;
        QTest::newRow("space then equals") << u" =1+1"_s << true;
        QTest::newRow("spaces then plus") << u"   +1"_s << true;
        QTest::newRow("no-break space then equals") << u"\u00a0=1+1"_s << true;
        QTest::newRow("zero-width space then equals") << u"\u200b=1+1"_s << true;
        QTest::newRow("line feed then equals") << u"\n=1+1"_s << true;
        QTest::newRow("tab then at") << u"\t@x"_s << true;
        QTest::newRow("BOM then minus") << u"\ufeff-1"_s << true;
        QTest::newRow("ideographic space then equals") << u"\u3000=1"_s << true;
        QTest::newRow("bidi mark then equals") << u"\u200e\u202e=1"_s << true;
        QTest::newRow("mixed run then equals") << u" \u00a0\u200b\r\n\t=1"_s << true;
        QTest::newRow("full-width equals") << u"\uff1d1+1"_s << true;
        QTest::newRow("full-width plus") << u"\uff0b1"_s << true;
        QTest::newRow("full-width minus") << u"\uff0d1"_s << true;
        QTest::newRow("full-width at") << u"\uff20SUM(A1)"_s << true;
        QTest::newRow("space then full-width equals") << u" \uff1d1"_s << true;
        QTest::newRow("format character outside the BMP then equals")
            << u"\U000E0001=1"_s << true; // U+E0001 LANGUAGE TAG, Cf
        // Not guarded.
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("plain text") << u"hello = world"_s << false;
        QTest::newRow("number") << u"5"_s << false;
        QTest::newRow("spaces only") << u"   "_s << false;
        QTest::newRow("letter then equals") << u"a=1"_s << false;
        QTest::newRow("space then letter") << u" hello"_s << false;
        QTest::newRow("emoji then equals") << u"\U0001F600=1"_s << false;
        QTest::newRow("letter outside the BMP then equals") << u"\U00010400=1"_s << false;
        QTest::newRow("apostrophe then equals") << u"'=1"_s << false;
        QTest::newRow("small equals sign is not full-width") << u"\ufe661"_s << false;
    }

    void formulaGuard()
    {
        QFETCH(QString, cell);
        QFETCH(bool, guarded);
        QCOMPARE(looksLikeFormula(cell), guarded);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvOptions o;
        o.lineEnding = "\n";
        o.quoteAll = true;
        CsvWriter w(&buffer, o);
        QVERIFY(w.writeRow({cell}));
        QCOMPARE(w.guardedCells(), guarded ? 1 : 0);
        QCOMPARE(buffer.data(), QByteArray(guarded ? "\"'" : "\"") + cell.toUtf8() + "\"\n");
    }

    void countsReplacedAndGuarded()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer, {});
        QVERIFY(w.writeRow({loneHigh() + loneHigh(), QString(QChar(0xDC00)) + u"x"_s, u"=x"_s, u"ok"_s}));
        QCOMPARE(w.replacedCharacters(), 3);
        QCOMPARE(w.guardedCells(), 1);
        // A valid pair stays as it is.
        qint64 replaced = 0;
        QCOMPARE(toUtf8Checked(u"😀"_s, &replaced), QString(u"😀"_s).toUtf8());
        QCOMPARE(replaced, 0);
    }

    void bomAndLineEnding()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvOptions o;
        o.bom = true;
        o.lineEnding = "\n";
        CsvWriter w(&buffer, o);
        QVERIFY(w.begin());
        QVERIFY(w.writeRow({u"x"_s}));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFx\n"));
    }

    void fullDiskIsAnError()
    {
        QFile full(u"/dev/full"_s);
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("/dev/full is not available here");
        CsvWriter w(&full, {});
        QVERIFY(!w.writeRow({QString(100000, u'x')}));
        QVERIFY2(w.errorString().contains(u"space"_s, Qt::CaseInsensitive), qPrintable(w.errorString()));
    }

    void jsonArrayAndLines()
    {
        QBuffer a;
        a.open(QIODevice::WriteOnly);
        JsonWriter arr(&a, JsonWriter::Mode::Array);
        QVERIFY(arr.begin());
        QVERIFY(arr.end());
        QCOMPARE(a.data(), QByteArray("[\n]\n"));

        QBuffer b;
        b.open(QIODevice::WriteOnly);
        JsonWriter arr2(&b, JsonWriter::Mode::Array);
        QVERIFY(arr2.begin());
        QVERIFY(arr2.write(QJsonObject {{u"a"_s, 1}}));
        QVERIFY(arr2.write(QJsonObject {{u"b"_s, u"x"_s}}));
        QVERIFY(arr2.end());
        QCOMPARE(b.data(), QByteArray("[\n{\"a\":1},\n{\"b\":\"x\"}\n]\n"));

        QBuffer c;
        c.open(QIODevice::WriteOnly);
        JsonWriter lines(&c, JsonWriter::Mode::Lines);
        QVERIFY(lines.begin());
        QVERIFY(lines.write(QJsonObject {{u"id"_s, QJsonValue(qint64(9007199254740993))}}));
        QVERIFY(lines.end());
        QCOMPARE(c.data(), QByteArray("{\"id\":9007199254740993}\n"));
    }

    void jsonLoneSurrogates_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << QByteArray(R"({"a":"x"})") << QByteArray(R"({"a":"x"})") << 0;
        QTest::newRow("lone high") << QByteArray(R"({"a":"\ud800"})") << QByteArray(R"({"a":"\ufffd"})") << 1;
        QTest::newRow("lone low upper case")
            << QByteArray(R"({"a":"\uDC00x"})") << QByteArray(R"({"a":"\ufffdx"})") << 1;
        QTest::newRow("escaped backslash is not an escape")
            << QByteArray(R"({"a":"\\ud800"})") << QByteArray(R"({"a":"\\ud800"})") << 0;
        QTest::newRow("other escapes kept")
            << QByteArray(R"({"a":"\u0000\n"})") << QByteArray(R"({"a":"\u0000\n"})") << 0;
        QTest::newRow("truncated escape at the end") << QByteArray(R"(\ud8)") << QByteArray(R"(\ud8)") << 0;
    }

    void jsonLoneSurrogates()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, count);
        QCOMPARE(JsonWriter::replaceLoneSurrogateEscapes(&input), qint64(count));
        QTEST(input, "expected");
    }

    void jsonWriterReplacesLoneSurrogates()
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        JsonWriter w(&b, JsonWriter::Mode::Lines);
        QVERIFY(w.write(QJsonObject {{u"t"_s, QString(u"a"_s + loneHigh())}}));
        QCOMPARE(b.data(), QByteArray("{\"t\":\"a\\ufffd\"}\n"));
        QCOMPARE(w.replacedCharacters(), 1);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(CsvWriterTest)
#include "tst_csvwriter.moc"
