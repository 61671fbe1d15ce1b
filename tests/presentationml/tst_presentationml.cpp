// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <thread>
#include <vector>

#include "common/testsuite.h"
#include "presentationml/presentationml.h"
#include "presentationml/textscan.h"

using namespace Inspector::PresentationMl;
using namespace Qt::StringLiterals;

namespace {

QString doc(const QString &body)
{
    return u"<div data-format=\"PresentationML\" data-version=\"2.0\">"_s + body + u"</div>"_s;
}

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/pml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // Expected-output files may end with the newline an editor adds; the outputs never do.
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

// The complete vocabulary the converter may emit. Anything else in an output is a bug.
const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags {
        u"p"_s,
        u"div"_s,
        u"span"_s,
        u"b"_s,
        u"i"_s,
        u"u"_s,
        u"strong"_s,
        u"em"_s,
        u"sub"_s,
        u"sup"_s,
        u"a"_s,
        u"ul"_s,
        u"ol"_s,
        u"li"_s,
        u"table"_s,
        u"thead"_s,
        u"tbody"_s,
        u"tfoot"_s,
        u"tr"_s,
        u"th"_s,
        u"td"_s,
        u"code"_s,
        u"pre"_s,
        u"br"_s,
        u"hr"_s,
        u"h1"_s,
        u"h2"_s,
        u"h3"_s,
        u"h4"_s,
        u"h5"_s,
        u"h6"_s,
    };
    return tags;
}

const QSet<QString> &allowedClasses()
{
    static const QSet<QString> classes {
        u"pml-mention"_s,
        u"pml-hashtag"_s,
        u"pml-cashtag"_s,
        u"pml-emoji"_s,
        u"pml-datetime"_s,
        u"pml-table"_s,
        u"pml-link-blocked"_s,
        u"pml-image"_s,
        u"pml-chime"_s,
        u"pml-card"_s,
        u"pml-card-header"_s,
        u"pml-card-body"_s,
        u"pml-expandable-card"_s,
        u"pml-state-collapsed"_s,
        u"pml-state-cropped"_s,
        u"pml-state-expanded"_s,
        u"pml-expandable-card-header"_s,
        u"pml-expandable-card-body"_s,
        u"pml-variant-error"_s,
        u"pml-form"_s,
        u"pml-button"_s,
        u"pml-field"_s,
        u"pml-fallback"_s,
    };
    return classes;
}

/**
 * Reads an output as XML and checks every tag and attribute against the allowlist. Returns a
 * description of the first violation, or an empty string. Being XML-parseable is itself
 * required: it proves every attribute is quoted and every '<' and '&' in text is escaped.
 */
QString allowlistViolation(const QString &html)
{
    QXmlStreamReader reader(u"<root>"_s + html + u"</root>"_s);
    reader.setNamespaceProcessing(false);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (depth++ == 0)
                break;
            const QString tag = reader.name().toString();
            if (!allowedTags().contains(tag))
                return u"tag <%1> is not allowed"_s.arg(tag);
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                const QString name = a.qualifiedName().toString();
                const QString value = a.value().toString();
                if (name == "class"_L1) {
                    const QStringList tokens = value.split(u' ', Qt::SkipEmptyParts);
                    for (const QString &token : tokens) {
                        if (!allowedClasses().contains(token))
                            return u"class \"%1\" is not allowed"_s.arg(token);
                    }
                } else if (name == "href"_L1 && tag == "a"_L1) {
                    if (!value.startsWith("https://"_L1) && !value.startsWith("mailto:"_L1))
                        return u"href \"%1\" is not https or mailto"_s.arg(value);
                    for (const QChar c : value) {
                        if (c.unicode() <= 0x20 || c == u'\\')
                            return u"href \"%1\" contains whitespace or controls"_s.arg(value);
                    }
                } else if (tag == "table"_L1
                    && ((name == "border"_L1 && value == "1"_L1)
                        || (name == "cellspacing"_L1 && value == "0"_L1)
                        || (name == "cellpadding"_L1 && value == "4"_L1))) {
                    continue;
                } else {
                    return u"attribute %1=\"%2\" on <%3> is not allowed"_s.arg(name, value.left(80), tag);
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Comment:
            return u"comment in output"_s;
        case QXmlStreamReader::ProcessingInstruction:
            return u"processing instruction in output"_s;
        case QXmlStreamReader::DTD:
            return u"DTD in output"_s;
        case QXmlStreamReader::EntityReference:
            return u"unresolved entity in output"_s;
        case QXmlStreamReader::Characters:
            for (const QChar c : reader.text()) {
                const char16_t u = c.unicode();
                if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
                    return u"control character U+%1 in output"_s.arg(int(u), 4, 16, QChar(u'0'));
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return u"output is not well-formed: %1 at column %2"_s.arg(reader.errorString())
            .arg(reader.columnNumber());
    return {};
}

// The markup of an output without its text: what a browser or QTextDocument would interpret.
QString markupOnly(const QString &html)
{
    QString tags;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == u'<')
            inTag = true;
        if (inTag)
            tags += c;
        if (c == u'>')
            inTag = false;
    }
    return tags;
}

/**
 * The checks every output of hostile input must pass. `<script` and live schemes are searched
 * in the whole output (escaped text can never contain '<', and URLs shown as text have their
 * ':' encoded); handlers, src, style and url( are searched in the markup, since a message may
 * legitimately talk *about* "src=" in its escaped text (the CDATA rows show that).
 */
QString hostileViolation(const QString &html)
{
    const QString violation = allowlistViolation(html);
    if (!violation.isEmpty())
        return violation;
    for (const auto needle :
        {"<script"_L1, "javascript:"_L1, "vbscript:"_L1, "<iframe"_L1, "<svg"_L1, "<img"_L1}) {
        if (html.contains(needle, Qt::CaseInsensitive))
            return u"output contains %1"_s.arg(needle);
    }
    const QString tags = markupOnly(html);
    static const QRegularExpression handler(u"\\son[a-z]+\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    if (tags.contains(handler))
        return u"markup contains an event handler"_s;
    for (const auto needle : {"src="_L1, "style="_L1, "url("_L1, "data:"_L1, "expression("_L1}) {
        if (tags.contains(needle, Qt::CaseInsensitive))
            return u"markup contains %1"_s.arg(needle);
    }
    return {};
}

QString repeated(const QString &s, int times)
{
    QString out;
    out.reserve(s.size() * times);
    for (int i = 0; i < times; ++i)
        out += s;
    return out;
}

QString mentionData(const QString &id, const QString &userIdJson)
{
    return uR"({"%1":{"type":"com.symphony.user.mention","version":"1.0","id":[{"type":"com.symphony.user.userId","value":%2}]}})"_s
        .arg(id, userIdJson);
}

const QString HashtagData
    = uR"({"1":{"type":"org.symphonyoss.taxonomy","version":"1.0","id":[{"type":"org.symphonyoss.taxonomy.hashtag","value":"rates"}]}})"_s;
const QString CashtagData
    = uR"({"2":{"type":"org.symphonyoss.fin.security","version":"1.0","id":[{"type":"org.symphonyoss.fin.security.id.ticker","value":"EURUSD"}]}})"_s;
const QString EmojiData
    = uR"({"3":{"type":"com.symphony.emoji","version":"1.0","data":{"annotation":"chart increasing","shortcode":"chart_with_upwards_trend","size":"normal","unicode":"📈"}}})"_s;

} // namespace

class PresentationMlTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    // One row per construct: exact HTML and exact plain text.
    void constructs_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs") << doc(u"<p>One</p><p>Two   words\n here</p>"_s) << QString()
                                    << u"<p>One</p><p>Two   words\n here</p>"_s << u"One\nTwo words here"_s;
        QTest::newRow("wysiwyg root of a client message")
            << u"<div data-format=\"PresentationML\" data-version=\"2.0\" class=\"wysiwyg\"><p>Hi</p></div>"_s
            << QString() << u"<p>Hi</p>"_s << u"Hi"_s;
        QTest::newRow("bare text without root")
            << u"Hello world"_s << QString() << u"Hello world"_s << u"Hello world"_s;
        QTest::newRow("empty message") << doc(QString()) << QString() << QString() << QString();
        QTest::newRow("empty input") << QString() << QString() << QString() << QString();
        QTest::newRow("inline formatting")
            << doc(u"<p><b>b</b> <i>i</i> <u>u</u> <strong>s</strong> <em>e</em></p>"_s) << QString()
            << u"<p><b>b</b> <i>i</i> <u>u</u> <strong>s</strong> <em>e</em></p>"_s << u"b i u s e"_s;
        QTest::newRow("sub and sup") << doc(u"<p>H<sub>2</sub>O x<sup>2</sup></p>"_s) << QString()
                                     << u"<p>H<sub>2</sub>O x<sup>2</sup></p>"_s << u"H2O x2"_s;
        QTest::newRow("headings") << doc(u"<h1>Title</h1><h6>Small</h6><p>Body</p>"_s) << QString()
                                  << u"<h1>Title</h1><h6>Small</h6><p>Body</p>"_s << u"Title\nSmall\nBody"_s;
        QTest::newRow("line break") << doc(u"<p>a<br/>b</p>"_s) << QString() << u"<p>a<br/>b</p>"_s
                                    << u"a\nb"_s;
        QTest::newRow("two line breaks")
            << doc(u"<p>a<br/><br/>b</p>"_s) << QString() << u"<p>a<br/><br/>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("trailing break leaves no blank line")
            << doc(u"<p>a<br/><br/></p>"_s) << QString() << u"<p>a<br/><br/></p>"_s << u"a"_s;
        QTest::newRow("horizontal rule")
            << doc(u"<p>a</p><hr/><p>b</p>"_s) << QString() << u"<p>a</p><hr/><p>b</p>"_s << u"a\nb"_s;
        QTest::newRow("div blocks") << doc(u"<div>first</div><div>second <span>inline</span></div>"_s)
                                    << QString() << u"<div>first</div><div>second inline</div>"_s
                                    << u"first\nsecond inline"_s;
        QTest::newRow("unordered list") << doc(u"<ul><li>one</li><li>two</li></ul>"_s) << QString()
                                        << u"<ul><li>one</li><li>two</li></ul>"_s << u"- one\n- two"_s;
        QTest::newRow("ordered list") << doc(u"<ol><li>one</li><li>two</li></ol>"_s) << QString()
                                      << u"<ol><li>one</li><li>two</li></ol>"_s << u"1. one\n2. two"_s;
        QTest::newRow("nested list") << doc(u"<ol><li>outer<ul><li>inner</li></ul></li><li>next</li></ol>"_s)
                                     << QString()
                                     << u"<ol><li>outer<ul><li>inner</li></ul></li><li>next</li></ol>"_s
                                     << u"1. outer\n- inner\n2. next"_s;
        QTest::newRow("list with whitespace between items")
            << doc(u"<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>"_s) << QString()
            << u"<ul><li>one</li><li>two</li></ul>"_s << u"- one\n- two"_s;
        QTest::newRow("table with head and body")
            << doc(u"<table><thead><tr><th>Tenor</th><th>Bid</th></tr></thead><tbody><tr><td>1M</td><td>1.08</td></tr></tbody></table>"_s)
            << QString()
            << u"<table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr><th>Tenor</th><th>Bid</th></tr></thead><tbody><tr><td>1M</td><td>1.08</td></tr></tbody></table>"_s
            << u"Tenor | Bid\n1M | 1.08"_s;
        QTest::newRow("pasted table class dropped")
            << doc(u"<p>Pasted:</p><table class=\"pasted-table\"><tbody><tr><td>a</td><td>b</td></tr></tbody></table><p>after</p>"_s)
            << QString()
            << u"<p>Pasted:</p><table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tbody><tr><td>a</td><td>b</td></tr></tbody></table><p>after</p>"_s
            << u"Pasted:\na | b\nafter"_s;
        QTest::newRow("column groups of pasted tables are ignored")
            << doc(u"<table><colgroup><col width=\"64\"/></colgroup><tr><td>a</td></tr></table>"_s)
            << QString()
            << u"<table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td>a</td></tr></table>"_s
            << u"a"_s;
        QTest::newRow("table with empty cell and tfoot")
            << doc(u"<table><tr><td>a</td><td></td><td>c</td></tr><tfoot><tr><td>sum</td></tr></tfoot></table>"_s)
            << QString()
            << u"<table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td>a</td><td></td><td>c</td></tr><tfoot><tr><td>sum</td></tr></tfoot></table>"_s
            << u"a | | c\nsum"_s;
        QTest::newRow("cell with paragraphs stays on its row")
            << doc(u"<table><tr><td><p>x</p><p>y<br/>z</p></td><td>w</td></tr></table>"_s) << QString()
            << u"<table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td><p>x</p><p>y<br/>z</p></td><td>w</td></tr></table>"_s
            << u"x y z | w"_s;
        QTest::newRow("inline code loses its language")
            << doc(u"<p>Run <code data-language=\"python\">f(1)</code> now</p>"_s) << QString()
            << u"<p>Run <code>f(1)</code> now</p>"_s << u"Run f(1) now"_s;
        QTest::newRow("pre keeps lines and indentation")
            << doc(u"<p>Code:</p><pre>def f(a &lt; b):\n    return  1</pre><p>done</p>"_s) << QString()
            << u"<p>Code:</p><pre>def f(a &lt; b):\n    return  1</pre><p>done</p>"_s
            << u"Code:\ndef f(a < b):\n    return  1\ndone"_s;
        QTest::newRow("https link")
            << doc(u"<p>See <a href=\"https://www.acme.example/research\">research</a>.</p>"_s) << QString()
            << u"<p>See <a href=\"https://www.acme.example/research\">research</a>.</p>"_s
            << u"See research (https://www.acme.example/research)."_s;
        QTest::newRow("link text is the url")
            << doc(u"<p>Notes: <a href=\"https://research.acme.example/notes/4821\">https://research.acme.example/notes/4821</a></p>"_s)
            << QString()
            << u"<p>Notes: <a href=\"https://research.acme.example/notes/4821\">https://research.acme.example/notes/4821</a></p>"_s
            << u"Notes: https://research.acme.example/notes/4821"_s;
        QTest::newRow("link without text shows its url")
            << doc(u"<p><a href=\"https://x.example/a?b=1&amp;c=2\"/></p>"_s) << QString()
            << u"<p><a href=\"https://x.example/a?b=1&amp;c=2\">https://x.example/a?b=1&amp;c=2</a></p>"_s
            << u"https://x.example/a?b=1&c=2"_s;
        QTest::newRow("mailto link") << doc(
            u"<p><a href=\"mailto:desk@acme.example\">mail the desk</a></p>"_s)
                                     << QString()
                                     << u"<p><a href=\"mailto:desk@acme.example\">mail the desk</a></p>"_s
                                     << u"mail the desk (mailto:desk@acme.example)"_s;
        QTest::newRow("http link becomes text")
            << doc(u"<p><a href=\"http://x.example/\">site</a></p>"_s) << QString()
            << u"<p><span class=\"pml-link-blocked\">site (http&#58;//x.example/)</span></p>"_s
            << u"site (http://x.example/)"_s;
        QTest::newRow("anchor without href keeps text")
            << doc(u"<p><a name=\"top\">top</a></p>"_s) << QString() << u"<p>top</p>"_s << u"top"_s;
        QTest::newRow("link inside link keeps text")
            << doc(u"<p><a href=\"https://a.example/\">x <a href=\"https://b.example/\">y</a></a></p>"_s)
            << QString() << u"<p><a href=\"https://a.example/\">x y</a></p>"_s
            << u"x y (https://a.example/)"_s;
        QTest::newRow("mention from entity data")
            << doc(u"<p>Hi <span class=\"entity\" data-entity-id=\"0\">@Bob Baker</span>!</p>"_s)
            << mentionData(u"0"_s, u"8933531976682"_s)
            << u"<p>Hi <span class=\"pml-mention\">@Bob Baker</span>!</p>"_s << u"Hi @Bob Baker!"_s;
        QTest::newRow("hashtag from entity data")
            << doc(u"<p>see <span class=\"entity\" data-entity-id=\"1\">#old</span></p>"_s) << HashtagData
            << u"<p>see <span class=\"pml-hashtag\">#rates</span></p>"_s << u"see #rates"_s;
        QTest::newRow("cashtag from entity data")
            << doc(u"<p><span class=\"entity\" data-entity-id=\"2\">$EURUSD</span> fwd</p>"_s) << CashtagData
            << u"<p><span class=\"pml-cashtag\">$EURUSD</span> fwd</p>"_s << u"$EURUSD fwd"_s;
        QTest::newRow("emoji from entity data")
            << doc(u"<p>up <span class=\"entity\" data-entity-id=\"3\">:chart:</span></p>"_s) << EmojiData
            << u"<p>up <span class=\"pml-emoji\">📈</span></p>"_s << u"up 📈"_s;
        QTest::newRow("legacy hashTag class without entity")
            << doc(u"<p><span class=\"hashTag\">#legacy</span> and <span class=\"cashTag\">$IBM</span></p>"_s)
            << QString()
            << u"<p><span class=\"pml-hashtag\">#legacy</span> and <span class=\"pml-cashtag\">$IBM</span></p>"_s
            << u"#legacy and $IBM"_s;
        QTest::newRow("structured object div renders its content")
            << doc(u"<div class=\"entity\" data-entity-id=\"obj\"><p>fallback <b>content</b></p></div>"_s)
            << uR"({"obj":{"type":"com.acme.quote","version":"1.0","price":1.08}})"_s
            << u"<div><p>fallback <b>content</b></p></div>"_s << u"fallback content"_s;
        QTest::newRow("card")
            << doc(u"<div class=\"card barStyle\" data-icon-src=\"https://assets.acme.example/i.png\" data-accent-color=\"tempo-bg-color--blue\"><div class=\"cardHeader\">Head</div><div class=\"cardBody\"><p>Body</p></div></div>"_s)
            << QString()
            << u"<div class=\"pml-card\"><div class=\"pml-card-header\">Head</div><div class=\"pml-card-body\"><p>Body</p></div></div>"_s
            << u"Head\nBody"_s;
        QTest::newRow("expandable card collapsed")
            << doc(u"<div class=\"expandable-card\" data-state=\"collapsed\"><div class=\"expandableCardHeader\">Report</div><div class=\"expandableCardBody\" data-variant=\"default\"><p>All fine</p></div></div>"_s)
            << QString()
            << u"<div class=\"pml-expandable-card pml-state-collapsed\"><div class=\"pml-expandable-card-header\">Report</div><div class=\"pml-expandable-card-body\"><p>All fine</p></div></div>"_s
            << u"Report\nAll fine"_s;
        QTest::newRow("expandable card expanded with error body")
            << doc(u"<div class=\"expandable-card\" data-state=\"expanded\"><div class=\"expandableCardHeader\">Breaks</div><div class=\"expandableCardBody\" data-variant=\"error\">3 failed</div></div>"_s)
            << QString()
            << u"<div class=\"pml-expandable-card pml-state-expanded\"><div class=\"pml-expandable-card-header\">Breaks</div><div class=\"pml-expandable-card-body pml-variant-error\">3 failed</div></div>"_s
            << u"Breaks\n3 failed"_s;
        QTest::newRow("expandable card with unknown state")
            << doc(u"<div class=\"expandable-card\" data-state=\"x&quot; onclick=&quot;y\"><div class=\"expandableCardHeader\">H</div></div>"_s)
            << QString()
            << u"<div class=\"pml-expandable-card\"><div class=\"pml-expandable-card-header\">H</div></div>"_s
            << u"H"_s;
        QTest::newRow("image placeholder")
            << doc(u"<p>Chart: <img src=\"https://charts.acme.example/c.png\"/></p>"_s) << QString()
            << u"<p>Chart: <span class=\"pml-image\">[image: https&#58;//charts.acme.example/c.png]</span></p>"_s
            << u"Chart: [image: https://charts.acme.example/c.png]"_s;
        QTest::newRow("chime") << doc(
            u"<audio src=\"https://asset.symphony.com/symphony/audio/chime.mp3\" autoplay=\"true\"/>"_s)
                               << QString() << u"<span class=\"pml-chime\">🔔 chime</span>"_s << u"🔔 chime"_s;
        QTest::newRow("date time") << doc(
            u"<p>Call at <span><time data-entity-id=\"d1\" datetime=\"2026-01-02T15:00:00Z\" data-format=\"short\">15:00</time></span></p>"_s)
                                   << QString()
                                   << u"<p>Call at <span class=\"pml-datetime\">15:00</span></p>"_s
                                   << u"Call at 15:00"_s;
        QTest::newRow("date time without text shows its value")
            << doc(u"<p><time datetime=\"2026-01-02T15:00:00Z\"/></p>"_s) << QString()
            << u"<p><span class=\"pml-datetime\">2026-01-02T15:00:00Z</span></p>"_s
            << u"2026-01-02T15:00:00Z"_s;
        QTest::newRow("html named entities")
            << doc(u"<p>a&nbsp;b &euro;5 &mdash; &hellip; &amp; &lt;tag&gt; &#x1F4C8;</p>"_s) << QString()
            << u"<p>a\u00a0b €5 — … &amp; &lt;tag&gt; 📈</p>"_s << u"a b €5 — … & <tag> 📈"_s;
        QTest::newRow("form elements are inert")
            << doc(u"<form id=\"f1\"><div><input type=\"text\" name=\"n\" placeholder=\"Your name\"/></div><select name=\"s\"><option value=\"a\">Alpha</option><option value=\"b\">Beta</option></select> <button type=\"action\" name=\"go\">Send</button><input type=\"hidden\" name=\"h\" value=\"secret\"/><input type=\"checkbox\" name=\"c\" checked=\"true\"/><label>Agree</label></form>"_s)
            << QString()
            << u"<div class=\"pml-form\"><div><span class=\"pml-field\">[Your name]</span></div><span class=\"pml-field\">[Alpha / Beta]</span> <span class=\"pml-button\">[Send]</span><span class=\"pml-field\">☑</span>Agree</div>"_s
            << u"[Your name]\n[Alpha / Beta] [Send]☑Agree"_s;
        QTest::newRow("unknown tag keeps its text")
            << doc(u"<p><blink>look</blink> <font color=\"red\">here</font></p>"_s) << QString()
            << u"<p>look here</p>"_s << u"look here"_s;
        QTest::newRow("blockquote becomes a block")
            << doc(u"<blockquote>quoted</blockquote><p>reply</p>"_s) << QString()
            << u"<div>quoted</div><p>reply</p>"_s << u"quoted\nreply"_s;
        QTest::newRow("misplaced rows and items are unwrapped")
            << doc(u"<p><li>item</li><td>cell</td></p><table><p>stray</p><tr><td>ok</td></tr></table>"_s)
            << QString()
            << u"<p><div>item</div>cell</p><table class=\"pml-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">stray<tr><td>ok</td></tr></table>"_s
            << u"item\ncell\nstray\nok"_s;
    }

    void constructs()
    {
        QFETCH(QString, pml);
        QFETCH(QString, data);
        QFETCH(QString, html);
        QFETCH(QString, text);
        const HtmlResult result = toSafeHtml(pml, data);
        QCOMPARE(result.html, html);
        QVERIFY2(!result.fellBack, qPrintable(result.warnings.join(u"; "_s)));
        // Ordinary markup renders silently; only these rows drop something worth a warning.
        const bool warns = QByteArrayView(QTest::currentDataTag()) == "http link becomes text"
            || QByteArrayView(QTest::currentDataTag()) == "unknown tag keeps its text";
        QVERIFY2(result.warnings.isEmpty() != warns, qPrintable(result.warnings.join(u"; "_s)));
        const QString violation = allowlistViolation(result.html);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QCOMPARE(toPlainText(pml, data), text);
        RenderOptions full;
        full.fullParser = true;
        QCOMPARE(toPlainText(pml, data, full), text); // the scanner and QXmlStreamReader agree
    }

    // Realistic messages as the demo pod writes them (tests/fixtures/pml/NAME.pml with its entity
    // data NAME.json), compared with NAME.html and NAME.txt.
    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("links");
        QTest::addColumn<QStringList>("images");
        QTest::addColumn<int>("warnings");

        QTest::newRow("m1 mention, hashtag, list")
            << u"m1-mention-hashtag-list"_s << QStringList() << QStringList() << 0;
        QTest::newRow("m3 cashtag, emoji, table")
            << u"m3-cashtag-emoji-table"_s << QStringList() << QStringList() << 0;
        QTest::newRow("m4 card and expandable card") << u"m4-cards"_s << QStringList() << QStringList() << 0;
        QTest::newRow("m5 pre and code") << u"m5-pre-code"_s << QStringList() << QStringList() << 0;
        QTest::newRow("m7 hostile") << u"m7-hostile"_s << QStringList {u"https://www.acme.example/research"_s}
                                    << QStringList {u"http://tracker.example/p.gif"_s} << 4;
        QTest::newRow("m8 bot-style entity ids")
            << u"m8-bot-mention-cashtag"_s << QStringList() << QStringList() << 0;
        QTest::newRow("filler link is url")
            << u"filler-link-is-url"_s << QStringList {u"https://research.acme.example/notes/4821"_s}
            << QStringList() << 0;
        QTest::newRow("filler pasted table")
            << u"filler-pasted-table"_s << QStringList() << QStringList() << 0;
        QTest::newRow("filler expandable collapsed")
            << u"filler-expandable-collapsed"_s << QStringList() << QStringList() << 0;
        QTest::newRow("filler checklist") << u"filler-checklist"_s << QStringList() << QStringList() << 0;
    }

    void fixtures()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, links);
        QFETCH(QStringList, images);
        QFETCH(int, warnings);
        const QString pml = readFixture(name + u".pml"_s);
        const QString data = readFixture(name + u".json"_s);
        QVERIFY2(!pml.isEmpty(), qPrintable(u"missing fixture "_s + name));
        const HtmlResult result = toSafeHtml(pml, data);
        QCOMPARE(result.html, readFixture(name + u".html"_s));
        QCOMPARE(toPlainText(pml, data), readFixture(name + u".txt"_s));
        QVERIFY(!result.fellBack);
        QCOMPARE(result.links, links);
        QCOMPARE(result.images, images);
        QCOMPARE(result.warnings.size(), warnings);
        const QString violation = hostileViolation(result.html);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    void m7WarningsNameWhatWasRemoved()
    {
        const HtmlResult result = toSafeHtml(readFixture(u"m7-hostile.pml"_s), QString());
        QCOMPARE(result.warnings,
            QStringList({
                u"link to \"javascript:alert(1)\" shown as text: only well-formed https and mailto links stay links"_s,
                u"removed unknown tag <blink>, kept its text"_s,
                u"removed <script> with its content"_s,
                u"removed <iframe> with its content"_s,
            }));
    }

    // Mentions: the current name from displayName wins, then the markup text, then the id.
    void mentions_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("withNames");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("warnings");

        const QString bob = doc(u"<p><span class=\"entity\" data-entity-id=\"0\">@Bob Baker</span> ok</p>"_s);
        QTest::newRow("current name from displayName")
            << bob << mentionData(u"0"_s, u"8933531976682"_s) << true
            << u"<p><span class=\"pml-mention\">@Robert Baker</span> ok</p>"_s << u"@Robert Baker ok"_s
            << QStringList();
        QTest::newRow("user id as a string")
            << bob << mentionData(u"0"_s, u"\"8933531976682\""_s) << true
            << u"<p><span class=\"pml-mention\">@Robert Baker</span> ok</p>"_s << u"@Robert Baker ok"_s
            << QStringList();
        QTest::newRow("unknown user keeps the markup text")
            << bob << mentionData(u"0"_s, u"12345"_s) << true
            << u"<p><span class=\"pml-mention\">@Bob Baker</span> ok</p>"_s << u"@Bob Baker ok"_s
            << QStringList();
        QTest::newRow("no displayName keeps the markup text")
            << bob << mentionData(u"0"_s, u"8933531976682"_s) << false
            << u"<p><span class=\"pml-mention\">@Bob Baker</span> ok</p>"_s << u"@Bob Baker ok"_s
            << QStringList();
        QTest::newRow("empty markup text and unknown user shows the id")
            << doc(u"<p><span class=\"entity\" data-entity-id=\"m\"/></p>"_s) << mentionData(u"m"_s, u"777"_s)
            << true << u"<p><span class=\"pml-mention\">@777</span></p>"_s << u"@777"_s << QStringList();
        QTest::newRow("inner markup of a mention is read as text")
            << doc(u"<p><span class=\"entity\" data-entity-id=\"0\"><b>@Bob</b> <i>Baker</i></span></p>"_s)
            << mentionData(u"0"_s, u"999"_s) << true
            << u"<p><span class=\"pml-mention\">@Bob Baker</span></p>"_s << u"@Bob Baker"_s << QStringList();
        QTest::newRow("hostile display name is escaped")
            << bob << mentionData(u"0"_s, u"666"_s) << true
            << u"<p><span class=\"pml-mention\">@&lt;script&gt;alert(1)&lt;/script&gt;</span> ok</p>"_s
            << u"@<script>alert(1)</script> ok"_s << QStringList();
        QTest::newRow("entity data missing: chip from the markup text")
            << bob << QString() << true << u"<p><span class=\"pml-mention\">@Bob Baker</span> ok</p>"_s
            << u"@Bob Baker ok"_s << QStringList {u"entity \"0\" is not in the message's entity data"_s};
        QTest::newRow("entity data null")
            << bob << u"null"_s << true << u"<p><span class=\"pml-mention\">@Bob Baker</span> ok</p>"_s
            << u"@Bob Baker ok"_s << QStringList {u"entity \"0\" is not in the message's entity data"_s};
        QTest::newRow("entity data not JSON")
            << bob << u"{\"0\": {"_s << true << u"<p><span class=\"pml-mention\">@Bob Baker</span> ok</p>"_s
            << u"@Bob Baker ok"_s
            << QStringList {u"entity data is not valid JSON (unterminated object at offset 7)"_s,
                   u"entity \"0\" is not in the message's entity data"_s};
        QTest::newRow("entity data is an array")
            << bob << u"[1,2]"_s << true << u"<p><span class=\"pml-mention\">@Bob Baker</span> ok</p>"_s
            << u"@Bob Baker ok"_s
            << QStringList {u"entity data is not a JSON object"_s,
                   u"entity \"0\" is not in the message's entity data"_s};
        QTest::newRow("unknown entity whose text is no tag stays text")
            << doc(u"<p><span class=\"entity\" data-entity-id=\"9\">plain</span></p>"_s) << HashtagData
            << true << u"<p>plain</p>"_s << u"plain"_s
            << QStringList {u"entity \"9\" is not in the message's entity data"_s};
        QTest::newRow("hashtag entity without value uses the markup")
            << doc(u"<p><span class=\"entity\" data-entity-id=\"h\">#fx</span></p>"_s)
            << uR"({"h":{"type":"org.symphonyoss.taxonomy","id":[{"type":"org.symphonyoss.taxonomy.hashtag","value":""}]}})"_s
            << true << u"<p><span class=\"pml-hashtag\">#fx</span></p>"_s << u"#fx"_s << QStringList();
        QTest::newRow("enhanced cashtag without ticker uses the markup")
            << doc(u"<p><span class=\"entity\" data-entity-id=\"c\">$IBM</span></p>"_s)
            << uR"({"c":{"type":"org.symphonyoss.fin.security","version":"2.0","id":[{"type":"org.symphonyoss.fin.security.id.isin","value":"US4592001014"}]}})"_s
            << true << u"<p><span class=\"pml-cashtag\">$IBM</span></p>"_s << u"$IBM"_s << QStringList();
        QTest::newRow("mention inside a link")
            << doc(u"<p><a href=\"https://x.example/\">ask <span class=\"entity\" data-entity-id=\"0\">@Bob</span></a></p>"_s)
            << mentionData(u"0"_s, u"8933531976682"_s) << true
            << u"<p><a href=\"https://x.example/\">ask <span class=\"pml-mention\">@Robert Baker</span></a></p>"_s
            << u"ask @Robert Baker (https://x.example/)"_s << QStringList();
    }

    void mentions()
    {
        QFETCH(QString, pml);
        QFETCH(QString, data);
        QFETCH(bool, withNames);
        RenderOptions options;
        if (withNames) {
            options.displayName = [](qint64 id) {
                if (id == 8933531976682)
                    return u"Robert Baker"_s;
                if (id == 666)
                    return u"<script>alert(1)</script>"_s;
                return QString();
            };
        }
        const HtmlResult result = toSafeHtml(pml, data, options);
        QTEST(result.html, "html");
        QTEST(result.warnings, "warnings");
        QTEST(toPlainText(pml, data, options), "text");
        const QString violation = hostileViolation(result.html);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    void entities_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("hasError");
        QTest::addColumn<int>("count");

        QTest::newRow("absent") << QString() << false << 0;
        QTest::newRow("empty object") << u" {} "_s << false << 0;
        QTest::newRow("null") << u"null"_s << false << 0;
        QTest::newRow("truncated") << u"{\"0\":"_s << true << 0;
        QTest::newRow("not an object") << u"\"text\""_s << true << 0;
        QTest::newRow("garbage") << u"<p>no</p>"_s << true << 0;
        QTest::newRow("non-object entries skipped") << u"{\"a\":1,\"b\":{\"type\":\"x\"}}"_s << false << 1;
    }

    void entities()
    {
        QFETCH(QString, json);
        const Entities e = Entities::parse(json);
        QTEST(!e.error.isEmpty(), "hasError");
        QTEST(int(e.byId.size()), "count");
    }

    // Entities::parse reads with simdjson and falls back to QJsonDocument (parseReference) where
    // the two could differ. Whatever it answers must be what the reference answers; `fast` says
    // whether the simdjson reading answers by itself, so that the comparison covers it.
    void entitiesSameAsTheReference_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("fast");
        const auto row = [](const QString &name, const QString &json, bool fast) {
            QTest::newRow(qPrintable(name)) << json << fast;
        };
        const QDir dir(QStringLiteral(INSPECTOR_TEST_DATA "/pml/"));
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            const QString json = readFixture(name);
            if (!json.trimmed().isEmpty() && json.trimmed() != u"{}")
                row(u"fixture "_s + name, json, true);
        }
        const QString mention
            = uR"({"m":{"type":"com.symphony.user.mention","id":[{"type":"com.symphony.user.userId","value":%1}]}})"_s;
        const QString hashtag
            = uR"({"h":{"type":"org.symphonyoss.taxonomy","id":[{"type":"org.symphonyoss.taxonomy.hashtag","value":%1}]}})"_s;
        const QString ticker = uR"({"c":{"type":"org.symphonyoss.fin.security","id":%1}})"_s;
        row(u"user id above 2^53"_s, mention.arg(u"9007199254740993"_s), true);
        row(u"negative user id"_s, mention.arg(u"-7"_s), true);
        row(u"user id as a string"_s, mention.arg(u"\" 42 \""_s), true);
        row(u"user id not a number"_s, mention.arg(u"\"abc\""_s), true);
        row(u"user id null"_s, mention.arg(u"null"_s), true);
        row(u"user id an object"_s, mention.arg(u"{\"a\":1}"_s), true);
        row(u"user id with a fraction"_s, mention.arg(u"1.5"_s), false);
        row(u"user id as 42.0"_s, mention.arg(u"42.0"_s), false);
        row(u"user id as 1e3"_s, mention.arg(u"1e3"_s), false);
        row(u"user id beyond 64 bits"_s, mention.arg(u"18446744073709551615"_s), false);
        row(u"hashtag with #"_s, hashtag.arg(u"\"#rates\""_s), true);
        row(u"hashtag escaped"_s, hashtag.arg(uR"("\u0023r\u00e4tes \ud83d\ude00")"_s), true);
        row(u"hashtag null"_s, hashtag.arg(u"null"_s), true);
        row(u"hashtag true"_s, hashtag.arg(u"true"_s), true);
        row(u"hashtag a number"_s, hashtag.arg(u"12345"_s), false);
        row(u"hashtag a big number"_s, hashtag.arg(u"1e20"_s), false);
        row(u"no hashtag id"_s,
            uR"({"h":{"type":"org.symphonyoss.taxonomy","id":[{"type":"other","value":"x"}]}})"_s, true);
        row(u"ticker untyped first"_s,
            ticker.arg(
                uR"([{"value":"A"},{"type":"org.symphonyoss.fin.security.id.ticker","value":"$B"}])"_s),
            true);
        row(u"ticker untyped only"_s, ticker.arg(uR"([{"value":"$A"},{"value":"B"}])"_s), true);
        row(u"ticker untyped without value first"_s, ticker.arg(uR"([{"x":1},{"type":"","value":"B"}])"_s),
            true);
        row(u"ticker entries not objects"_s, ticker.arg(uR"([1,"x",null,[],{"value":"C"}])"_s), true);
        row(u"ticker id not an array"_s, ticker.arg(uR"({"value":"A"})"_s), true);
        row(u"ticker type not a string"_s, ticker.arg(uR"([{"type":7,"value":"A"}])"_s), true);
        row(u"no id"_s, uR"({"c":{"type":"org.symphonyoss.fin.security"}})"_s, true);
        row(u"emoji"_s,
            uR"({"e":{"type":"com.symphony.emoji","data":{"unicode":"\ud83d\ude00","size":"normal"}}})"_s,
            true);
        row(u"emoji data not an object"_s, uR"({"e":{"type":"com.symphony.emoji","data":"x"}})"_s, true);
        row(u"emoji unicode a number"_s, uR"({"e":{"type":"com.symphony.emoji","data":{"unicode":5}}})"_s,
            true);
        row(u"type not a string"_s, uR"({"x":{"type":["com.symphony.user.mention"]}})"_s, true);
        row(u"unknown type"_s, uR"({"x":{"type":"com.acme.widget","id":[{"value":1.5}]}})"_s, true);
        row(u"entries not objects"_s, uR"({"a":1,"b":"x","c":null,"d":[],"e":{}})"_s, true);
        row(u"keys with escapes"_s,
            uR"({"k\u00e9y\n":{"type":"com.symphony.emoji","data":{"unicode":"x"}},"":{}})"_s, true);
        row(u"whitespace around"_s, u" \n {\"a\":{}} \t "_s, true);
        row(u"duplicate root keys"_s, uR"({"a":{"type":"x"},"a":{"type":"y"}})"_s, false);
        row(u"duplicate keys in an entity"_s, uR"({"a":{"type":"com.symphony.emoji","type":"x"}})"_s, false);
        row(u"duplicate keys in an id entry"_s, mention.arg(u"1,\"value\":2"_s), false);
        row(u"duplicate keys in emoji data"_s,
            uR"({"e":{"type":"com.symphony.emoji","data":{"unicode":"a","unicode":"b"}}})"_s, false);
        row(u"byte order mark"_s, QChar(0xFEFF) + u"{\"a\":{}}"_s, false);
        row(u"array"_s, u"[{\"type\":\"x\"}]"_s, false);
        row(u"string"_s, u"\"text\""_s, false);
        row(u"number"_s, u"5"_s, false);
        row(u"truncated"_s, u"{\"0\":{\"type\":"_s, false);
        row(u"trailing garbage"_s, u"{\"a\":{}} x"_s, false);
        row(u"trailing comma"_s, u"{\"a\":{},}"_s, false);
        row(u"lone surrogate escape"_s, uR"({"a":{"type":"\ud800"}})"_s, false);
        // toUtf8() has made it U+FFFD for both readings.
        row(u"lone surrogate in the text"_s, u"{\"a\":{\"type\":\""_s + QChar(0xD800) + u"\"}}"_s, true);
        row(u"control character in a string"_s, u"{\"a\":{\"type\":\"x\ty\"}}"_s, false);
        row(u"number beyond double"_s, uR"({"a":{"type":"x","n":1e400}})"_s, false);
        row(u"nested 200 deep"_s, u"{\"a\":"_s + QString(200, u'[') + QString(200, u']') + u"}"_s, true);
        row(u"nested 300 deep"_s, u"{\"a\":"_s + QString(300, u'[') + QString(300, u']') + u"}"_s, false);
        row(u"nested 2000 deep"_s, u"{\"a\":"_s + QString(2000, u'[') + QString(2000, u']') + u"}"_s, false);
    }

    void entitiesSameAsTheReference()
    {
        QFETCH(QString, json);
        QFETCH(bool, fast);
        const auto same = [](const Entities &a, const Entities &b) {
            if (a.error != b.error || a.byId.size() != b.byId.size())
                return false;
            for (auto it = a.byId.cbegin(); it != a.byId.cend(); ++it) {
                const Entity *o = b.find(it.key());
                if (!o || o->kind != it->kind || o->userId != it->userId || o->value != it->value
                    || o->value.isNull() != it->value.isNull() || o->type != it->type)
                    return false;
            }
            return true;
        };
        const Entities reference = Entities::parseReference(json);
        const std::optional<Entities> quick = Detail::parseEntitiesFast(json.toUtf8());
        QCOMPARE(quick.has_value(), fast);
        if (quick)
            QVERIFY(same(*quick, reference));
        QVERIFY(same(Entities::parse(json), reference));
    }

    void entityLookups()
    {
        const QString json
            = uR"({"m":{"type":"com.symphony.user.mention","id":[{"type":"com.acme.userId","value":"x"},{"type":"com.symphony.user.userId","value":9007199254740993}]},)"
              uR"("u":{"type":"com.symphony.user.mention","id":[{"value":"42"}]},)"
              uR"("bad":{"type":"com.symphony.user.mention","id":[{"type":"com.symphony.user.userId","value":"abc"}]},)"
              uR"("h":{"type":"org.symphonyoss.taxonomy","id":[{"type":"org.symphonyoss.taxonomy.hashtag","value":"#rates"}]},)"
              uR"("c":{"type":"org.symphonyoss.fin.security","id":[{"type":"org.symphonyoss.fin.security.id.ticker","value":"EURUSD"}]},)"
              uR"("e":{"type":"com.symphony.emoji","data":{"unicode":"😀"}}})"_s;
        const Entities e = Entities::parse(json);
        QVERIFY(e.error.isEmpty());
        // Above 2^53: a double would round it.
        QCOMPARE(e.mentionUserId(u"m"), std::optional<qint64>(9007199254740993));
        QCOMPARE(e.mentionUserId(u"u"), std::optional<qint64>(42));
        QCOMPARE(e.mentionUserId(u"bad"), std::nullopt);
        QCOMPARE(e.mentionUserId(u"h"), std::nullopt);
        QCOMPARE(e.mentionUserId(u"missing"), std::nullopt);
        QCOMPARE(e.hashtag(u"h"), u"rates"_s);
        QVERIFY(e.hashtag(u"c").isNull());
        QCOMPARE(e.cashtag(u"c"), u"EURUSD"_s);
        QCOMPARE(e.emojiUnicode(u"e"), u"😀"_s);
        QVERIFY(e.emojiUnicode(u"m").isNull());
        QCOMPARE(e.find(u"c")->type, u"org.symphonyoss.fin.security"_s);
    }

    // Attacks. Every row must pass hostileViolation(); the extra columns are row-specific.
    void hostile_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("absent");

        const auto row = [](const char *name, const QString &pml, bool fallback,
                             const QStringList &contains = {}, const QStringList &absent = {}) {
            QTest::newRow(name) << pml << fallback << contains << absent;
        };

        // Script elements in every spelling; their content is dropped, not shown.
        row("script", doc(u"<p>a</p><script>alert(1)</script><p>b</p>"_s), false, {u"<p>a</p><p>b</p>"_s},
            {u"alert"_s});
        row("script upper case", doc(u"<SCRIPT>alert(1)</SCRIPT><p>b</p>"_s), false, {u"<p>b</p>"_s},
            {u"alert"_s});
        row("script mixed case", doc(u"<ScRiPt type=\"text/javascript\">alert(1)</ScRiPt>"_s), false, {},
            {u"alert"_s});
        row("script with src", doc(u"<script src=\"https://evil.example/x.js\"/><p>ok</p>"_s), false,
            {u"<p>ok</p>"_s}, {u"evil"_s});
        row("script prefixed",
            doc(u"<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"_s), false, {},
            {u"alert"_s});
        row("script inside mention",
            doc(u"<span class=\"entity\" data-entity-id=\"0\"><script>alert(1)</script>@Eve</span>"_s), false,
            {u"<span class=\"pml-mention\">@Eve</span>"_s}, {u"alert"_s});
        row("script split across tags", doc(u"<scr<script>ipt>alert(1)</script>"_s), true);
        row("escaped script stays text", doc(u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s), false,
            {u"&lt;script&gt;alert(1)&lt;/script&gt;"_s});
        row("double escaped stays double escaped", doc(u"<p>&amp;lt;script&amp;gt;</p>"_s), false,
            {u"&amp;lt;script&amp;gt;"_s});

        // Event handlers.
        row("onclick on p", doc(u"<p onclick=\"alert(1)\">x</p>"_s), false, {u"<p>x</p>"_s}, {u"alert"_s});
        row("onerror on img", doc(u"<img src=\"x\" onerror=\"alert(1)\"/>"_s), false,
            {u"<span class=\"pml-image\">[image: x]</span>"_s}, {u"alert"_s});
        row("onload on body", u"<body onload=\"alert(1)\"><p>x</p></body>"_s, false, {u"<p>x</p>"_s},
            {u"alert"_s});
        row("onmouseover on div", doc(u"<div onmouseover=\"alert(1)\" ONCLICK=\"alert(2)\">x</div>"_s), false,
            {u"<div>x</div>"_s}, {u"alert"_s});
        row("onclick on a kept link",
            doc(u"<a href=\"https://ok.example/\" onclick=\"alert(1)\" target=\"_blank\">ok</a>"_s), false,
            {u"<a href=\"https://ok.example/\">ok</a>"_s}, {u"alert"_s, u"target"_s});
        row("handlers on svg", doc(u"<svg onload=\"alert(1)\"><circle/></svg>"_s), false, {}, {u"alert"_s});

        // Link schemes.
        row("javascript link", doc(u"<a href=\"javascript:alert(1)\">x</a>"_s), false,
            {u"<span class=\"pml-link-blocked\">x (javascript&#58;alert(1))</span>"_s});
        row("javascript link mixed case", doc(u"<a href=\"JaVaScRiPt:alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("javascript link text equal to url",
            doc(u"<a href=\"javascript:alert(1)\">javascript:alert(1)</a>"_s), false,
            {u"<span class=\"pml-link-blocked\">javascript&#58;alert(1)</span>"_s});
        row("vbscript link", doc(u"<a href=\"vbscript:msgbox(1)\">x</a>"_s), false,
            {u"vbscript&#58;msgbox(1)"_s});
        row("data link",
            doc(u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s), false,
            {u"data&#58;text/html"_s});
        row("decimal entity scheme", doc(u"<a href=\"&#106;avascript:alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("hex entity scheme", doc(u"<a href=\"&#x6A;&#x61;vascript&#x3A;alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("zero padded entity scheme", doc(u"<a href=\"&#0000106;avascript:alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("html colon entity", doc(u"<a href=\"javascript&colon;alert(1)\">x</a>"_s), true);
        row("tab inside scheme", doc(u"<a href=\"java&#x09;script:alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("newline inside scheme", doc(u"<a href=\"java&#10;script:alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("leading space", doc(u"<a href=\" javascript:alert(1)\">x</a>"_s), false,
            {u"pml-link-blocked"_s});
        row("leading control character entity", doc(u"<a href=\"&#x1;javascript:alert(1)\">x</a>"_s), true);
        row("leading space before https", doc(u"<a href=\" https://ok.example/\">x</a>"_s), false,
            {u"pml-link-blocked"_s}, {u"<a "_s});
        row("http link", doc(u"<a href=\"http://plain.example/\">x</a>"_s), false, {u"pml-link-blocked"_s},
            {u"<a "_s});
        row("protocol relative", doc(u"<a href=\"//evil.example/x\">x</a>"_s), false,
            {u"(//evil.example/x)"_s}, {u"<a "_s});
        row("relative", doc(u"<a href=\"/admin\">x</a>"_s), false, {u"x (/admin)"_s}, {u"<a "_s});
        row("https without slashes", doc(u"<a href=\"https:evil.example\">x</a>"_s), false,
            {u"pml-link-blocked"_s}, {u"<a "_s});
        row("https with backslashes", doc(u"<a href=\"https:\\\\evil.example\\\">x</a>"_s), false,
            {u"pml-link-blocked"_s}, {u"<a "_s});
        row("https with user info", doc(u"<a href=\"https://bank.example@evil.example/\">bank</a>"_s), false,
            {u"pml-link-blocked"_s}, {u"<a "_s});
        row("quote breaking out of href",
            doc(u"<a href='https://ok.example/\"onmouseover=\"alert(1)'>x</a>"_s), false,
            {u"<a href=\"https://ok.example/%22onmouseover=%22alert(1)\">x</a>"_s});
        row("quote breaking out of title", doc(u"<p title='x\" onmouseover=\"alert(1)'>t</p>"_s), false,
            {u"<p>t</p>"_s});
        row("uppercase HREF is not read", doc(u"<A HREF=\"javascript:alert(1)\">x</A>"_s), false, {u"x"_s},
            {u"pml-link-blocked"_s});

        // Embedding, style and document-level tags.
        row("iframe", doc(u"<iframe src=\"https://evil.example/\">fallback</iframe><p>ok</p>"_s), false,
            {u"<p>ok</p>"_s}, {u"evil"_s, u"fallback"_s});
        row("object and embed",
            doc(u"<object data=\"x.swf\"><param name=\"a\" value=\"b\"/></object><embed src=\"x.swf\"/>"_s),
            false, {}, {u"swf"_s});
        row("svg with script",
            doc(u"<svg><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></svg>"_s), false, {},
            {u"alert"_s});
        row("math with link", doc(u"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"_s), false, {},
            {u"alert"_s});
        row("style element", doc(u"<style>body{background:url(javascript:alert(1))}</style><p>ok</p>"_s),
            false, {u"<p>ok</p>"_s}, {u"background"_s});
        row("link element", doc(u"<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"/><p>ok</p>"_s),
            false, {u"<p>ok</p>"_s}, {u"evil"_s});
        row("meta refresh", doc(u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"/>"_s),
            false, {}, {u"refresh"_s});
        row("base href",
            doc(u"<base href=\"https://evil.example/\"/><a href=\"https://ok.example/\">ok</a>"_s), false,
            {u"<a href=\"https://ok.example/\">ok</a>"_s}, {u"evil"_s});
        row("style attribute with url", doc(u"<p style=\"background:url(javascript:alert(1))\">x</p>"_s),
            false, {u"<p>x</p>"_s});
        row("style attribute with expression", doc(u"<div style=\"width:expression(alert(1))\">x</div>"_s),
            false, {u"<div>x</div>"_s});
        row("class injection",
            doc(u"<div class=\"pml-card evil\">x</div><span class=\"pml-mention\">y</span>"_s), false,
            {u"<div>x</div>y"_s});
        row("table attributes",
            doc(u"<table background=\"javascript:alert(1)\"><tr><td background=\"x\" style=\"color:red\">a</td></tr></table>"_s),
            false, {u"<td>a</td>"_s});
        row("form actions",
            doc(u"<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(2)\">Go</button><input type=\"image\" src=\"https://evil.example/i.png\"/></form>"_s),
            false, {u"<span class=\"pml-button\">[Go]</span>"_s}, {u"evil"_s});
        row("image with javascript src", doc(u"<img src=\"javascript:alert(1)\"/>"_s), false,
            {u"[image: javascript&#58;alert(1)]"_s});
        row("image with data uri", doc(u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"_s), false,
            {u"[image: data&#58;image/svg+xml;base64,PHN2Zz4=]"_s});
        row("video", doc(u"<video src=\"x.mp4\" autoplay=\"true\"><source src=\"y.mp4\"/>text</video>"_s),
            false, {}, {u"mp4"_s});
        row("audio with handler",
            doc(u"<audio src=\"javascript:alert(1)\" onplay=\"alert(2)\"><source src=\"x\"/></audio>"_s),
            false, {u"<span class=\"pml-chime\">🔔 chime</span>"_s}, {u"alert"_s});
        row("xmlns switch", doc(u"<p xmlns=\"http://www.w3.org/2000/svg\">x</p>"_s), false, {u"<p>x</p>"_s});

        // Markup hidden in CDATA, comments and processing instructions.
        row("CDATA with script", doc(u"<p><![CDATA[<script>alert(1)</script>]]></p>"_s), false,
            {u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s});
        row("CDATA with image handler", doc(u"<p><![CDATA[<img src=x onerror=alert(1)>]]></p>"_s), false,
            {u"&lt;img src=x onerror=alert(1)&gt;"_s});
        row("comment hiding script", doc(u"<!-- <script>alert(1)</script> --><p>x</p>"_s), false,
            {u"<p>x</p>"_s}, {u"alert"_s});
        row("comment spanning tags", doc(u"<p>a<!--</p><script>alert(1)</script>-->b</p>"_s), false,
            {u"<p>ab</p>"_s}, {u"alert"_s});
        row("conditional comment", doc(u"<!--[if IE]><script>alert(1)</script><![endif]--><p>x</p>"_s), false,
            {u"<p>x</p>"_s}, {u"alert"_s});
        row("processing instruction", doc(u"<?xml-stylesheet href=\"javascript:alert(1)\"?><p>x</p>"_s),
            false, {u"<p>x</p>"_s}, {u"alert"_s});
        row("xml declaration in the middle", u"<p>a</p><?xml version=\"1.0\"?>"_s, true);

        // Parser attacks.
        row("billion laughs",
            u"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
            "<lolz>&lol9;</lolz>"_s,
            true, {u"&amp;lol9;"_s}, {u"lollol"_s});
        row("doctype inside the message", doc(u"<!DOCTYPE p [<!ENTITY a \"aaaa\">]><p>&a;</p>"_s), true, {},
            {u"aaaa"_s});
        row("external entity", u"<!DOCTYPE p [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><p>&xxe;</p>"_s,
            true, {}, {u"root:"_s});
        row("undeclared entity", doc(u"<p>AT&bogus;T</p>"_s), true, {u"AT&amp;bogus;T"_s});
        row("closing the synthetic root", u"</r><script>alert(1)</script><r>"_s, true);

        // Broken markup and plain text.
        row("unclosed element", doc(u"<p>unclosed <b>bold</p>"_s), true,
            {u"<p class=\"pml-fallback\">unclosed bold</p>"_s});
        row("missing end", u"<p>never closed"_s, true, {u"never closed"_s});
        row("extra end tag", u"<p>a</p></div>"_s, true, {u">a</p>"_s});
        row("unquoted attribute", u"<p class=x>a</p>"_s, true, {u">a</p>"_s});
        row("text with less-than and ampersand", u"1 < 2 & 3 > 2"_s, true,
            {u"<p class=\"pml-fallback\">1 &lt; 2 &amp; 3 &gt; 2</p>"_s});
        row("AT&T", u"AT&T & friends"_s, true, {u"AT&amp;T &amp; friends"_s});
        row("stray less-than before tag", u"a <<b>b</b>"_s, true, {u"a &lt;"_s});
        row("NUL character", doc(u"<p>a"_s + QChar(0) + u"b</p>"_s), true, {u">ab</p>"_s});
        row("control characters", doc(u"<p>a\u0001b\u001Fc\u0008d</p>"_s), true, {u">abcd</p>"_s});
        row("control character reference", doc(u"<p>x&#1;y</p>"_s), true, {u">xy</p>"_s});
        row("C1 controls and DEL are dropped", doc(u"<p>a\u007Fb\u0085c\u009Fd</p>"_s), false,
            {u"<p>abcd</p>"_s});
        row("lone surrogate", doc(u"<p>a"_s + QChar(0xd800) + u"b</p>"_s), false, {u"<p>a"_s});
    }

    void hostile()
    {
        QFETCH(QString, pml);
        QFETCH(bool, fallback);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);
        const HtmlResult result = toSafeHtml(pml, QString());
        const QString violation = hostileViolation(result.html);
        QVERIFY2(violation.isEmpty(), qPrintable(violation + u" in: "_s + result.html));
        QCOMPARE(result.fellBack, fallback);
        RenderOptions full;
        full.fullParser = true;
        QCOMPARE(toPlainText(pml, QString()), toPlainText(pml, QString(), full));
        if (fallback) {
            QVERIFY(result.html.startsWith("<p class=\"pml-fallback\">"_L1));
            QVERIFY(!result.warnings.isEmpty());
        }
        for (const QString &needle : contains)
            QVERIFY2(
                result.html.contains(needle), qPrintable(u"missing "_s + needle + u" in: "_s + result.html));
        for (const QString &needle : absent)
            QVERIFY2(
                !result.html.contains(needle), qPrintable(u"found "_s + needle + u" in: "_s + result.html));
        for (const QString &link : result.links)
            QVERIFY(link.startsWith("https://"_L1) || link.startsWith("mailto:"_L1));

        const QString text = toPlainText(pml, QString());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            QVERIFY2(!((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f)),
                qPrintable(u"control character in plain text: "_s + text));
        }
        QVERIFY(!text.endsWith(u'\n'));
    }

    void fallbackWarnings_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("text");

        QTest::newRow("not well-formed")
            << u"<p>a <b>b</p>"_s
            << u"markup is not well-formed XML: Opening and ending tag mismatch. (line 1, column 13); showing its text"_s
            << u"a b"_s;
        QTest::newRow("doctype")
            << u"<!DOCTYPE html><p>x</p>"_s
            << u"markup with a DOCTYPE is refused (no DTD or entity declarations are read); showing its text"_s
            << u"x"_s;
        QTest::newRow("too deep") << repeated(u"<div>"_s, 65) + u"deep"_s + repeated(u"</div>"_s, 65)
                                  << u"markup refused: nesting deeper than 64 elements; showing its text"_s
                                  << u"deep"_s;
    }

    void fallbackWarnings()
    {
        QFETCH(QString, pml);
        const HtmlResult result = toSafeHtml(pml, QString());
        QVERIFY(result.fellBack);
        QCOMPARE(result.warnings.size(), 1);
        QTEST(result.warnings.value(0), "warning");
        QTEST(toPlainText(pml, QString()), "text");
    }

    void nestingAtTheLimitIsRendered()
    {
        RenderOptions options;
        options.maxDepth = 64;
        // The PresentationML root plus 63 nested elements: exactly 64 levels.
        const QString pml = doc(repeated(u"<b>"_s, 63) + u"x"_s + repeated(u"</b>"_s, 63));
        const HtmlResult result = toSafeHtml(pml, QString(), options);
        QVERIFY2(!result.fellBack, qPrintable(result.warnings.join(u"; "_s)));
        QCOMPARE(result.html, repeated(u"<b>"_s, 63) + u"x"_s + repeated(u"</b>"_s, 63));
        // One level more is refused.
        QVERIFY(toSafeHtml(u"<b>"_s + pml + u"</b>"_s, QString(), options).fellBack);
    }

    void linksListsOnlyLiveLinks()
    {
        const HtmlResult r = toSafeHtml(
            doc(u"<table><a href=\"https://a.example/\">a</a><tr><td><a href=\"https://b.example/\">b</a> "
                u"<a href=\"http://c.example/\">c</a> <a href=\"mailto:d@d.example\">d</a></td></tr></table>"_s),
            QString());
        QCOMPARE(r.links, (QStringList {u"https://b.example/"_s, u"mailto:d@d.example"_s}));
        QVERIFY(!r.html.contains("a.example"_L1));
        QVERIFY(r.html.contains("c (http&#58;//c.example/)"_L1));
    }

    void deepNesting()
    {
        const QString pml
            = repeated(u"<div><span>"_s, 5000) + u"bottom"_s + repeated(u"</span></div>"_s, 5000);
        const HtmlResult result = toSafeHtml(pml, QString());
        QVERIFY(result.fellBack);
        QCOMPARE(result.html, u"<p class=\"pml-fallback\">bottom</p>"_s);
        QCOMPARE(toPlainText(pml, QString()), u"bottom"_s);
        // Unclosed: no end tags at all.
        const QString open = repeated(u"<div>"_s, 10000) + u"x"_s;
        QCOMPARE(toSafeHtml(open, QString()).html, u"<p class=\"pml-fallback\">x</p>"_s);
    }

    void hugeAttributes()
    {
        const QString big = repeated(u"A"_s, 1024 * 1024);
        {
            const HtmlResult r = toSafeHtml(doc(u"<p title=\""_s + big + u"\">x</p>"_s), QString());
            QCOMPARE(r.html, u"<p>x</p>"_s);
        }
        {
            const HtmlResult r
                = toSafeHtml(doc(u"<a href=\"https://x.example/"_s + big + u"\">x</a>"_s), QString());
            QVERIFY(!r.fellBack);
            QVERIFY(r.links.isEmpty());
            QVERIFY(r.html.startsWith("<span class=\"pml-link-blocked\">x (https&#58;//x.example/AAA"_L1));
            QVERIFY(r.html.endsWith(u"…)</span>"_s));
            QVERIFY(r.html.size() < 9000);
            QCOMPARE(r.warnings, QStringList {u"link target longer than 8192 characters shown as text"_s});
            const QString violation = hostileViolation(r.html);
            QVERIFY2(violation.isEmpty(), qPrintable(violation));
        }
        {
            const HtmlResult r
                = toSafeHtml(doc(u"<img src=\"data:image/png;base64,"_s + big + u"\"/>"_s), QString());
            QCOMPARE(r.images.size(), 1);
            QCOMPARE(r.images.first().size(), 8192 + 1);
            QVERIFY(r.images.first().endsWith(u'…'));
            QVERIFY(r.html.size() < 9000);
            QCOMPARE(r.warnings, QStringList {u"image source longer than 8192 characters truncated"_s});
        }
        {
            RenderOptions options;
            options.maxAttributeChars = 10;
            const HtmlResult r
                = toSafeHtml(doc(u"<input type=\"text\" value=\"0123456789abcdef\"/>"_s), QString(), options);
            QCOMPARE(r.html, u"<span class=\"pml-field\">[0123456789…]</span>"_s);
        }
    }

    void inputSizeLimit()
    {
        RenderOptions options;
        options.maxInputBytes = 100;
        const QString pml = doc(u"<p>"_s + repeated(u"word "_s, 40) + u"</p>"_s);
        const HtmlResult r = toSafeHtml(pml, QString(), options);
        QVERIFY(r.fellBack);
        QCOMPARE(r.warnings, QStringList {u"markup larger than 100 bytes is not parsed; showing its text"_s});
        // Only the first maxInputBytes characters are read, and the cut is marked.
        QVERIFY(r.html.endsWith(u"…</p>"_s));
        QVERIFY(r.html.size() < 150);
        QVERIFY(toPlainText(pml, QString(), options).endsWith(u'…'));
        // The limit counts UTF-8 bytes: 40 three-byte characters are 120 bytes.
        QVERIFY(toSafeHtml(repeated(u"€"_s, 40), QString(), options).fellBack);
        QVERIFY(!toSafeHtml(repeated(u"€"_s, 33), QString(), options).fellBack);
        // The default limit is 2 MiB.
        const QString large = doc(u"<p>"_s + repeated(u"x"_s, 2 * 1024 * 1024) + u"</p>"_s);
        QVERIFY(toSafeHtml(large, QString()).fellBack);
    }

    void textFormatting_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<QString>("text");

        QTest::newRow("whitespace collapsed across inline tags")
            << doc(u"<p>  a \t <b> b </b>\n c  </p>"_s) << u"a b c"_s;
        QTest::newRow("no leading or trailing blank lines")
            << doc(u"<br/><p></p><p>x</p><p></p><br/><br/>"_s) << u"x"_s;
        QTest::newRow("link text differing only by whitespace is the url")
            << doc(u"<a href=\"https://x.example/\">  https://x.example/ </a>"_s) << u"https://x.example/"_s;
        QTest::newRow("image inside link")
            << doc(u"<a href=\"https://x.example/\"><img src=\"https://x.example/i.png\"/></a>"_s)
            << u"[image: https://x.example/i.png] (https://x.example/)"_s;
        QTest::newRow("list items with paragraphs")
            << doc(u"<ul><li><p>one</p></li><li><p>two</p><p>more</p></li></ul>"_s)
            << u"- one\n- two\nmore"_s;
        QTest::newRow("table rows with header")
            << doc(u"<table><tr><th> A </th><th>B</th></tr><tr><td>1</td><td> 2 </td></tr></table>"_s)
            << u"A | B\n1 | 2"_s;
        QTest::newRow("pre inside table cell stays on the row")
            << doc(u"<table><tr><td><pre>a\nb</pre></td><td>c</td></tr></table>"_s) << u"a b | c"_s;
    }

    void textFormatting()
    {
        QFETCH(QString, pml);
        QTEST(toPlainText(pml, QString()), "text");
    }

    // mailto: only the address, subject, body and cc; any other field (attach=/etc/passwd is
    // honoured by some mail clients) is dropped, and a kept value cannot start another field.
    void mailtoQuery_data()
    {
        QTest::addColumn<QString>("href"); // as written in the markup (attribute-escaped)
        QTest::addColumn<QString>("expected"); // the live href, or empty when the link is blocked
        QTest::addColumn<QString>("dropped"); // the fields the warning names

        QTest::newRow("address only")
            << u"mailto:desk@acme.example"_s << u"mailto:desk@acme.example"_s << QString();
        QTest::newRow("subject body cc")
            << u"mailto:desk@acme.example?subject=Rates&amp;body=Hi%20there&amp;cc=boss@acme.example"_s
            << u"mailto:desk@acme.example?subject=Rates&body=Hi%20there&cc=boss@acme.example"_s << QString();
        QTest::newRow("attach dropped") << u"mailto:desk@acme.example?attach=/etc/passwd"_s
                                        << u"mailto:desk@acme.example"_s << u"attach"_s;
        QTest::newRow("attach among kept fields")
            << u"mailto:a@acme.example?subject=x&amp;attach=/etc/passwd&amp;body=y"_s
            << u"mailto:a@acme.example?subject=x&body=y"_s << u"attach"_s;
        QTest::newRow("keys in any case")
            << u"mailto:a@acme.example?SUBJECT=x&amp;Cc=b@acme.example&amp;ATTACH=x"_s
            << u"mailto:a@acme.example?subject=x&cc=b@acme.example"_s << u"attach"_s;
        QTest::newRow("percent-encoded key")
            << u"mailto:a@acme.example?%61ttach=/etc/passwd&amp;%73ubject=s"_s
            << u"mailto:a@acme.example?subject=s"_s << u"attach"_s;
        QTest::newRow("bcc, to and headers dropped")
            << u"mailto:a@acme.example?bcc=spy@evil.example&amp;to=b@evil.example&amp;in-reply-to=x&amp;X-Mailer=y"_s
            << u"mailto:a@acme.example"_s << u"bcc, to, in-reply-to, x-mailer"_s;
        QTest::newRow("separators inside a value are encoded")
            << u"mailto:a@acme.example?subject=x%26attach%3D/etc/passwd;attach=/etc/shadow"_s
            << u"mailto:a@acme.example?subject=x%26attach%3D%2Fetc%2Fpasswd%3Battach%3D%2Fetc%2Fshadow"_s
            << QString();
        QTest::newRow("field without a value") << u"mailto:a@acme.example?subject&amp;attach"_s
                                               << u"mailto:a@acme.example?subject="_s << u"attach"_s;
        QTest::newRow("fragment dropped") << u"mailto:a@acme.example?subject=x#attach=/etc/passwd"_s
                                          << u"mailto:a@acme.example?subject=x"_s << QString();
        QTest::newRow("upper-case scheme")
            << u"MAILTO:a@acme.example?attach=x"_s << u"mailto:a@acme.example"_s << u"attach"_s;
        QTest::newRow("no address is not a link")
            << u"mailto:?attach=/etc/passwd"_s << QString() << QString();
    }

    void mailtoQuery()
    {
        QFETCH(QString, href);
        QFETCH(QString, expected);
        QFETCH(QString, dropped);
        const QString pml = doc(u"<p><a href=\""_s + href + u"\">mail us</a></p>"_s);
        const HtmlResult r = toSafeHtml(pml, QString());
        QVERIFY(!r.fellBack);
        if (expected.isEmpty()) {
            QVERIFY(r.links.isEmpty());
            QVERIFY2(r.html.contains(u"pml-link-blocked"_s), qPrintable(r.html));
            return;
        }
        QCOMPARE(r.links, QStringList {expected});
        QString escaped = expected;
        escaped.replace(u"&"_s, u"&amp;"_s);
        QCOMPARE(r.html, u"<p><a href=\""_s + escaped + u"\">mail us</a></p>"_s);
        if (dropped.isEmpty())
            QCOMPARE(r.warnings, QStringList());
        else
            QCOMPARE(r.warnings,
                QStringList {
                    u"mailto link: left out %1 (only subject, body and cc are kept)"_s.arg(dropped)});
        const QString violation = hostileViolation(r.html);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    // QXmlStreamReader checks an element's attributes for duplicates pair by pair: more than 64 on
    // one element fall back before it parses anything.
    void attributeLimit_data()
    {
        QTest::addColumn<QString>("pml");
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<QString>("text");

        const auto attributes = [](int n, const QString &value = u"v"_s) {
            QString out;
            for (int i = 0; i < n; ++i)
                out += u" a"_s + QString::number(i) + u"=\""_s + value + u"\""_s;
            return out;
        };
        QTest::newRow("64 attributes") << doc(u"<p"_s + attributes(64) + u">x</p>"_s) << false << u"x"_s;
        // A '>' inside a value ends no tag: all 65 are counted. (The fallback text of such a tag
        // is not checked: the fallback strips tags up to the first '>'.)
        QTest::newRow("64 attributes holding '>'")
            << doc(u"<p"_s + attributes(64, u">"_s) + u">x</p>"_s) << false << u"x"_s;
        QTest::newRow("65 attributes holding '>'")
            << doc(u"<p"_s + attributes(65, u">"_s) + u">x</p>"_s) << true << QString();
        QTest::newRow("65 attributes") << doc(u"<p"_s + attributes(65) + u">x</p>"_s) << true << u"x"_s;
        QTest::newRow("65 on an empty element")
            << doc(u"<br"_s + attributes(65) + u"/>y"_s) << true << u"y"_s;
        QTest::newRow("20000 attributes") << doc(u"<p"_s + attributes(20000) + u">x</p>"_s) << true << u"x"_s;
        QTest::newRow("20000 with single quotes")
            << doc(u"<p"_s + attributes(20000).replace(u'"', u'\'') + u">x</p>"_s) << true << u"x"_s;
        QTest::newRow("many elements with 64 each")
            << doc(repeated(u"<b"_s + attributes(64) + u">x</b>"_s, 20)) << false << repeated(u"x"_s, 20);
        QTest::newRow("quotes in a comment are no attributes")
            << doc(u"<!--"_s + repeated(u" a=\"\""_s, 100) + u"--><p>x</p>"_s) << false << u"x"_s;
        QTest::newRow("quotes in CDATA are no attributes")
            << doc(u"<p><![CDATA[<b"_s + attributes(100, u">"_s) + u">]]></p>"_s) << false
            << u"<b"_s + attributes(100, u">"_s) + u">"_s;
        QTest::newRow("quotes in text are no attributes")
            << doc(u"<p>"_s + repeated(u"say \"hi\" "_s, 100) + u"</p>"_s) << false
            << repeated(u"say \"hi\" "_s, 100).trimmed();
    }

    void attributeLimit()
    {
        QFETCH(QString, pml);
        QFETCH(bool, fallback);
        QFETCH(QString, text);
        const HtmlResult r = toSafeHtml(pml, QString());
        QCOMPARE(r.fellBack, fallback);
        if (fallback) {
            QCOMPARE(r.warnings,
                QStringList {u"markup refused: an element with more than 64 attributes; showing its text"_s});
        }
        RenderOptions full;
        full.fullParser = true;
        QCOMPARE(toPlainText(pml, QString()), toPlainText(pml, QString(), full));
        if (!text.isNull())
            QCOMPARE(toPlainText(pml, QString()), text);
    }

    void attributeLimitIsAnOption()
    {
        RenderOptions options;
        options.maxAttributes = 2;
        const QString pml = doc(u"<p a=\"1\" b=\"2\" c=\"3\">x</p>"_s);
        QVERIFY(toSafeHtml(pml, QString(), options).fellBack);
        QVERIFY(!toSafeHtml(pml, QString()).fellBack);
        // The scanner (plain text) refuses it as well, so both readings agree.
        QCOMPARE(toPlainText(pml, QString(), options), u"x"_s);
        options.maxAttributes = 3;
        QVERIFY(!toSafeHtml(pml, QString(), options).fellBack);
    }

    // Linear time, proved by counting the characters the fallback scanner and the attribute
    // pre-scan look at (searches included), for every hostile shape: four times the input may
    // cost at most about four times the work, and never more than a few steps per character.
    void fallbackWorkIsLinear_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("tail");
        QTest::newRow("<!> repeated") << u"<!>"_s << QString();
        QTest::newRow("<!x> with a [ at the end") << u"<!x>"_s << u"["_s;
        QTest::newRow("<![ repeated") << u"<![x>"_s << QString();
        QTest::newRow("<![ with ]> at the end") << u"<![x>"_s << u"]>"_s;
        QTest::newRow("<!-- repeated") << u"<!--"_s << QString();
        QTest::newRow("<!-- with --> at the end") << u"<!--"_s << u"-->"_s;
        QTest::newRow("<![CDATA[ repeated") << u"<![CDATA["_s << QString();
        QTest::newRow("<? repeated") << u"<?"_s << QString();
        QTest::newRow("<a repeated") << u"<a"_s << QString();
        QTest::newRow("<a with > at the end") << u"<a"_s << u">"_s;
        QTest::newRow("& repeated") << u"&"_s << QString();
        QTest::newRow("long false references") << u"&abcdefghijklmnopqrstuvwxyz0123"_s << QString();
        QTest::newRow("&#x without ;") << u"&#x41414141"_s << QString();
        QTest::newRow("&nbsp; run") << u"&nbsp;"_s << QString();
        QTest::newRow("quoted attribute values") << u" a=\"\""_s << QString();
        QTest::newRow("unterminated quote") << u"<p a=\""_s << QString();
        QTest::newRow("elements") << u"<p>x</p>"_s << QString();
    }

    void fallbackWorkIsLinear()
    {
        QFETCH(QString, unit);
        QFETCH(QString, tail);
        const auto work = [&](int times) {
            const QString markup = repeated(unit, times) + tail;
            qsizetype steps = 0;
            bool truncated = false;
            Detail::strippedText(markup, markup.size(), &truncated, &steps);
            Detail::hasElementWithMoreAttributes(QString(u"<p"_s + markup), 1 << 30, &steps);
            return std::pair {steps, markup.size()};
        };
        const auto [small, smallSize] = work(10000);
        const auto [large, largeSize] = work(40000);
        QVERIFY2(
            small <= 6 * smallSize, qPrintable(u"%1 steps for %2 characters"_s.arg(small).arg(smallSize)));
        QVERIFY2(
            large <= 6 * largeSize, qPrintable(u"%1 steps for %2 characters"_s.arg(large).arg(largeSize)));
        QVERIFY2(double(large) / double(small) <= 4.1,
            qPrintable(u"%1 steps for 1x, %2 for 4x"_s.arg(small).arg(large)));
    }

    void fallbackOfRepeatedDeclarations()
    {
        // What the scanner once searched to the end of the input for, per "<!".
        const QString pml = repeated(u"<!>"_s, 160000) + u"text"_s;
        const HtmlResult r = toSafeHtml(pml, QString());
        QVERIFY(r.fellBack);
        QCOMPARE(r.html, u"<p class=\"pml-fallback\">text</p>"_s);
        QCOMPARE(toPlainText(pml, QString()), u"text"_s);
        // A DOCTYPE's internal subset still ends at "]>".
        QCOMPARE(
            Detail::strippedText(u"a<!DOCTYPE x [<!ENTITY y \"<p>\">]>b<!x>c"_s, 1000, nullptr), u"a b c"_s);
    }

    // A chip shows at most 256 characters of a value that is not in the markup: otherwise every
    // mention of one long entity value would repeat it whole.
    void chipValuesAreBounded()
    {
        const QString value = repeated(u"v"_s, 100000);
        const QString data
            = uR"({"h":{"type":"org.symphonyoss.taxonomy","version":"1.0","id":[{"type":"org.symphonyoss.taxonomy.hashtag","value":"%1"}]}})"_s
                  .arg(value);
        const QString pml = doc(repeated(u"<span class=\"entity\" data-entity-id=\"h\">#x</span>"_s, 100));
        const HtmlResult r = toSafeHtml(pml, data);
        QVERIFY(!r.fellBack);
        QVERIFY(r.html.size() < 100 * 400);
        QVERIFY(
            r.html.startsWith(u"<span class=\"pml-hashtag\">#"_s + repeated(u"v"_s, 256) + u"…</span>"_s));
        QVERIFY(toPlainText(pml, data).size() < 100 * 300);

        RenderOptions options;
        options.displayName = [](qint64) { return u"😀"_s.repeated(1000); };
        const QString mention = doc(u"<span class=\"entity\" data-entity-id=\"0\">@x</span>"_s);
        const QString text = toPlainText(mention, mentionData(u"0"_s, u"123"_s), options);
        QCOMPARE(text, u"@"_s + u"😀"_s.repeated(128) + u"…"_s);
    }

    void attributesAreNeverCutInsideASurrogatePair()
    {
        RenderOptions options;
        options.maxAttributeChars = 3;
        const HtmlResult r = toSafeHtml(doc(u"<img src=\"😀😀\"/>"_s), QString(), options);
        // Three code units would end inside the second emoji's pair: the cut keeps only the first.
        QCOMPARE(r.images, QStringList {u"😀…"_s});
        QCOMPARE(r.html, u"<span class=\"pml-image\">[image: 😀…]</span>"_s);
    }

    void concurrentCallsAreIndependent()
    {
        // Pure functions: no shared state between calls, so results are the same from any thread.
        const QString pml = readFixture(u"m3-cashtag-emoji-table.pml"_s);
        const QString data = readFixture(u"m3-cashtag-emoji-table.json"_s);
        const QString expected = readFixture(u"m3-cashtag-emoji-table.html"_s);
        std::vector<QString> results(8);
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&, i] { results[i] = toSafeHtml(pml, data).html; });
        for (std::thread &t : threads)
            t.join();
        for (const QString &r : results)
            QCOMPARE(r, expected);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(PresentationMlTest)
#include "tst_presentationml.moc"
