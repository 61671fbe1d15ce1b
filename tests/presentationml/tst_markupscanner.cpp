// SPDX-License-Identifier: Apache-2.0
// The PresentationML scanner: it takes ordinary markup (so that the fast path is really used),
// hands everything unusual back, and the plain text is the same as with QXmlStreamReader.
#include <QDir>
#include <QFile>
#include <QTest>

#include "common/testsuite.h"
#include "presentationml/markupscanner.h"
#include "presentationml/presentationml.h"

using namespace Inspector::PresentationMl;
using namespace Qt::StringLiterals;
using Scanner = Detail::MarkupScanner;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Reads the markup through; false when the scanner hands it back.
bool scans(const QString &markup)
{
    Scanner s(markup);
    for (int i = 0; i < 100000; ++i) {
        switch (s.readNext()) {
        case Scanner::Token::End:
            return true;
        case Scanner::Token::Unsupported:
            return false;
        default:
            break;
        }
    }
    return false;
}

QString sameText(const QString &pml, const QString &data = {})
{
    RenderOptions full;
    full.fullParser = true;
    const QString fast = toPlainText(pml, data);
    const QString reference = toPlainText(pml, data, full);
    return fast == reference ? QString() : u"scanner: \""_s + fast + u"\" reference: \""_s + reference + u'"';
}

} // namespace

class MarkupScannerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens()
    {
        Scanner s(uR"(<div class="a" data-x='1 &amp; 2'>x &lt;&#x41;&#66;&nbsp;y<br/></div>  )");
        QCOMPARE(s.readNext(), Scanner::Token::StartElement);
        QCOMPARE(s.name(), u"div");
        QCOMPARE(s.attributes().value("class"_L1), u"a");
        QCOMPARE(s.attributes().value("data-x"_L1), u"1 & 2");
        QVERIFY(s.attributes().value("href"_L1).isNull());
        QCOMPARE(s.readNext(), Scanner::Token::Characters);
        QCOMPARE(s.text(), u"x <AB\u00a0y");
        QVERIFY(!s.isWhitespace());
        QCOMPARE(s.readNext(), Scanner::Token::StartElement);
        QCOMPARE(s.name(), u"br");
        QCOMPARE(s.readNext(), Scanner::Token::EndElement);
        QCOMPARE(s.readNext(), Scanner::Token::EndElement);
        QCOMPARE(s.readNext(), Scanner::Token::Characters);
        QVERIFY(s.isWhitespace());
        QCOMPARE(s.readNext(), Scanner::Token::End);
    }

    void attributeValuesAreNormalised()
    {
        Scanner s(u"<a t=\"x\ty\nz&#10;w\" e=\"\"/>");
        QCOMPARE(s.readNext(), Scanner::Token::StartElement);
        QCOMPARE(s.attributes().value("t"_L1), u"x y z\nw");
        QVERIFY(!s.attributes().value("e"_L1).isNull()); // present but empty, as QXmlStreamReader says
        QVERIFY(s.attributes().hasAttribute("e"_L1));
    }

    void takesRealisticMarkup_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(QStringLiteral(INSPECTOR_TEST_DATA "/pml")).entryList({u"*.pml"_s});
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f.chopped(4);
    }

    void takesRealisticMarkup()
    {
        QFETCH(QString, name);
        const QString dir = QStringLiteral(INSPECTOR_TEST_DATA "/pml/");
        const QString pml = readAll(dir + name + u".pml"_s);
        const QString data = readAll(dir + name + u".json"_s);
        if (name != "m7-hostile"_L1) // hostile markup may be handed back; the rest is ordinary
            QVERIFY(scans(pml));
        const QString why = sameText(pml, data);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void unusualMarkupIsHandedBack_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::newRow("comment") << u"<p>a<!-- c -->b</p>"_s;
        QTest::newRow("cdata") << u"<p>a<![CDATA[<b>]]>b</p>"_s;
        QTest::newRow("processing instruction") << u"<?xml version=\"1.0\"?><p>a</p>"_s;
        QTest::newRow("doctype") << u"<!DOCTYPE x [<!ENTITY a \"b\">]><p>&a;</p>"_s;
        QTest::newRow("namespace prefix") << u"<svg:svg>x</svg:svg>"_s;
        QTest::newRow("non-ascii name") << u"<pé>x</pé>"_s;
        QTest::newRow("carriage return") << u"<p>a\r\nb</p>"_s;
        QTest::newRow("carriage return in attribute") << u"<a href=\"x\ry\">t</a>"_s;
        QTest::newRow("control character") << u"<p>a\u0001b</p>"_s;
        QTest::newRow("unknown entity") << u"<p>&bogus;</p>"_s;
        QTest::newRow("unterminated reference") << u"<p>a &amp b</p>"_s;
        QTest::newRow("bare ampersand") << u"<p>a & b</p>"_s;
        QTest::newRow("control character reference") << u"<p>a&#1;b</p>"_s;
        QTest::newRow("surrogate reference") << u"<p>&#xD800;</p>"_s;
        QTest::newRow("uppercase X reference") << u"<p>&#X41;</p>"_s;
        QTest::newRow("signed reference") << u"<p>&#+65;</p>"_s;
        QTest::newRow("lone surrogate") << QString(u"<p>a"_s + QChar(0xD800) + u"b</p>"_s);
        QTest::newRow("noncharacter") << QString(u"<p>a"_s + QChar(0xFFFE) + u"</p>"_s);
        QTest::newRow("cdata end in text") << u"<p>a]]>b</p>"_s;
        QTest::newRow("mismatched tags") << u"<b><i>x</b></i>"_s;
        QTest::newRow("unclosed") << u"<div><p>x</div>"_s;
        QTest::newRow("stray end tag") << u"x</p>"_s;
        QTest::newRow("root closed early") << u"a</r><r>b"_s;
        QTest::newRow("root closed then text") << u"a</r>b"_s;
        QTest::newRow("duplicate attribute") << u"<a href=\"x\" href=\"y\">t</a>"_s;
        QTest::newRow("attributes without space") << u"<a x=\"1\"y=\"2\">t</a>"_s;
        QTest::newRow("unquoted attribute") << u"<a href=x>t</a>"_s;
        QTest::newRow("lt in attribute") << u"<a title=\"<\">t</a>"_s;
        QTest::newRow("attribute without value") << u"<input checked/>"_s;
        QTest::newRow("bare lt") << u"<p>a < b</p>"_s;
        QTest::newRow("cut off tag") << u"<p>a</p"_s;
        QTest::newRow("cut off attribute") << u"<a href=\"x"_s;
        QTest::newRow("too deep") << QString(u"<b>"_s.repeated(80) + u"x"_s + u"</b>"_s.repeated(80));
    }

    void unusualMarkupIsHandedBack()
    {
        QFETCH(QString, pml);
        QVERIFY(!scans(pml) || pml.startsWith(u"<b><b>"_s)); // depth is the walker's limit, not the scanner's
        const QString why = sameText(pml);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void sameTextAsTheFullParser_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<QString>("data");
        const QString mention = uR"({"0":{"type":"com.symphony.user.mention","version":"1.0",)"
                                uR"("id":[{"type":"com.symphony.user.userId","value":7}]}})"_s;
        QTest::newRow("references in a list")
            << u"<ul> &amp; <li>a</li> &#32; <li>b</li>&nbsp;</ul>"_s << QString();
        QTest::newRow("whitespace runs in a table")
            << u"<table>\n <tr>\n\t<td> a </td> <td>b</td></tr>\n</table>"_s << QString();
        QTest::newRow("entities in href")
            << u"<a href=\"https://x.example/?a=1&amp;b=2\">https://x.example/?a=1&amp;b=2</a>"_s
            << QString();
        QTest::newRow("single quotes and spaces around =")
            << u"<a  href = 'https://x.example' >t</a >"_s << QString();
        QTest::newRow("mention") << u"<div><span class=\"entity\" data-entity-id=\"0\">@Bob</span> hi</div>"_s
                                 << mention;
        QTest::newRow("empty entity id") << u"<span data-entity-id=\"\">x</span>"_s << mention;
        QTest::newRow("emoji beyond the BMP") << u"<p>&#x1F600; 😀 a</p>"_s << QString();
        QTest::newRow("pre with newlines") << u"<pre>  a\n\n  b  </pre>"_s << QString();
        QTest::newRow("whitespace references")
            << u"<p>a&#9;b&#10;c&#13;d</p><ul>&#10;<li>x</li></ul><pre>a&#10;b&#13;&#10;c</pre>"_s
            << QString();
        QTest::newRow("text only") << u"just text &lt;b&gt;"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("nested link")
            << u"<a href=\"https://a.example\"><a href=\"https://b.example\">x</a></a>"_s << QString();
        QTest::newRow("time and input")
            << u"<time datetime=\"2026-01-01\"></time><input type=\"checkbox\" checked=\"true\"/>"_s
            << QString();
        QTest::newRow("script dropped") << u"<p>a<script>alert(1)</script>b</p>"_s << QString();
        QTest::newRow("depth at the limit")
            << QString(u"<b>"_s.repeated(64) + u"x"_s + u"</b>"_s.repeated(64)) << QString();
        QTest::newRow("depth over the limit")
            << QString(u"<b>"_s.repeated(65) + u"x"_s + u"</b>"_s.repeated(65)) << QString();
    }

    void sameTextAsTheFullParser()
    {
        QFETCH(QString, pml);
        QFETCH(QString, data);
        const QString why = sameText(pml, data);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
};

INSPECTOR_TEST_APPLESS_MAIN(MarkupScannerTest)
#include "tst_markupscanner.moc"
