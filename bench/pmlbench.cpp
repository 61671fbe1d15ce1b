// SPDX-License-Identifier: Apache-2.0
// pml-bench: how the PresentationML converter's time grows with hostile input.
//   pml-bench [--size BYTES] [--repeat N] [--only NAME] [--limit BYTES]
// For each shape, builds an input of about BYTES characters (default 120,000) and one four times
// as large, converts both to safe HTML, to plain text with the scanner and to plain text with
// QXmlStreamReader alone, and prints the best of N runs (default 3) of each and the ratio 4x/1x.
// A linear path gives a ratio near 4; a quadratic one near 16. Not a test: a ratio on a shared
// machine drifts, so it is read by a person (bench/RESULTS.md), never asserted. Past the caches
// (about 250,000 characters here) a 4x input costs a little more than 4x per character even on a
// linear path; --limit raises the converter's 2 MiB input limit so that larger sizes show where
// the cost per character settles.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;
using namespace Inspector::PresentationMl;

namespace {

struct Shape
{
    const char *name;
    /// The markup of about `size` characters.
    std::function<QString(qsizetype size)> markup;
    /// The message's entity JSON, when the shape needs one.
    QString data;
};

QString repeatedTo(const QString &unit, qsizetype size)
{
    return unit.repeated(std::max<qsizetype>(size / unit.size(), 1));
}

QString wrap(const QString &body)
{
    return u"<div data-format=\"PresentationML\" data-version=\"2.0\">"_s + body + u"</div>"_s;
}

/// A document of one paragraph: @p unit repeated to about @p size characters.
QString paragraphOf(const QString &unit, qsizetype size)
{
    return wrap(u"<p>"_s + repeatedTo(unit, size) + u"</p>"_s);
}

/// @p start followed by numbered attributes (@p name0="@p value" @p name1="@p value" …) until it
/// has @p size characters.
QString numberedAttributesTo(QString start, const QString &name, const QString &value, qsizetype size)
{
    for (qsizetype i = 0; start.size() < size; ++i)
        start += u' ' + name + QString::number(i) + u"=\""_s + value + u'"';
    return start;
}

std::vector<Shape> shapes()
{
    std::vector<Shape> s;
    s.push_back({"plain paragraphs",
        [](qsizetype n) -> QString { return wrap(repeatedTo(u"<p>Hello <b>world</b></p>"_s, n)); }, {}});
    s.push_back({"<!> repeated", [](qsizetype n) -> QString { return repeatedTo(u"<!>"_s, n); }, {}});
    s.push_back({"<!x> then a [ at the end",
        [](qsizetype n) -> QString { return repeatedTo(u"<!x>"_s, n) + u"["_s; }, {}});
    s.push_back(
        {"<!-- unterminated", [](qsizetype n) -> QString { return u"<!--"_s + repeatedTo(u"a"_s, n); }, {}});
    s.push_back({"<!-- repeated", [](qsizetype n) -> QString { return repeatedTo(u"<!--"_s, n); }, {}});
    s.push_back({"<!-- x --> repeated",
        [](qsizetype n) -> QString { return wrap(repeatedTo(u"<!-- x -->"_s, n)); }, {}});
    s.push_back({"<![CDATA[ unterminated",
        [](qsizetype n) -> QString { return u"<![CDATA["_s + repeatedTo(u"a"_s, n); }, {}});
    s.push_back(
        {"<![CDATA[ repeated", [](qsizetype n) -> QString { return repeatedTo(u"<![CDATA["_s, n); }, {}});
    s.push_back({"<? repeated", [](qsizetype n) -> QString { return repeatedTo(u"<?"_s, n); }, {}});
    s.push_back(
        {"<a repeated (unclosed tags)", [](qsizetype n) -> QString { return repeatedTo(u"<a"_s, n); }, {}});
    s.push_back({"< repeated", [](qsizetype n) -> QString { return repeatedTo(u"< "_s, n); }, {}});
    s.push_back({"& repeated", [](qsizetype n) -> QString { return paragraphOf(u"&"_s, n); }, {}});
    s.push_back({"many attributes",
        [](qsizetype n) -> QString {
            return wrap(numberedAttributesTo(u"<p"_s, u"a"_s, QString(), n) + u">x</p>"_s);
        },
        {}});
    s.push_back({"many xmlns declarations",
        [](qsizetype n) -> QString {
            return wrap(numberedAttributesTo(u"<p"_s, u"xmlns:a"_s, u"u"_s, n) + u">x</p>"_s);
        },
        {}});
    s.push_back({"16 attributes per element",
        [](qsizetype n) -> QString {
            QString unit = u"<span"_s;
            for (int i = 0; i < 16; ++i)
                unit += u" a"_s + QString::number(i) + u"=\"v\""_s;
            return wrap(repeatedTo(unit + u">x</span>"_s, n));
        },
        {}});
    s.push_back({"deep nesting, closed",
        [](qsizetype n) -> QString {
            return repeatedTo(u"<b>"_s, n / 2) + u"x"_s + repeatedTo(u"</b>"_s, n / 2);
        },
        {}});
    s.push_back(
        {"deep nesting, unclosed", [](qsizetype n) -> QString { return repeatedTo(u"<b>"_s, n); }, {}});
    s.push_back({"&nbsp; run", [](qsizetype n) -> QString { return paragraphOf(u"&nbsp;"_s, n); }, {}});
    s.push_back({"&amp; run", [](qsizetype n) -> QString { return paragraphOf(u"&amp;"_s, n); }, {}});
    s.push_back({"&#x41; run", [](qsizetype n) -> QString { return paragraphOf(u"&#x41;"_s, n); }, {}});
    s.push_back({"entities in an attribute",
        [](qsizetype n) -> QString {
            return wrap(u"<p title=\""_s + repeatedTo(u"&amp;"_s, n) + u"\">x</p>"_s);
        },
        {}});
    s.push_back({"carriage returns", [](qsizetype n) -> QString { return paragraphOf(u"a\r\n"_s, n); }, {}});
    s.push_back({"]]> in text", [](qsizetype n) -> QString { return paragraphOf(u"]]>"_s, n); }, {}});
    s.push_back({"long element name",
        [](qsizetype n) -> QString {
            const QString name = repeatedTo(u"a"_s, n / 2);
            return u"<"_s + name + u">x</"_s + name + u">"_s;
        },
        {}});
    s.push_back({"unknown tags, all different",
        [](qsizetype n) -> QString {
            QString m;
            for (qsizetype i = 0; m.size() < n; ++i)
                m += u"<x"_s + QString::number(i) + u">y</x"_s + QString::number(i) + u">"_s;
            return wrap(m);
        },
        {}});
    s.push_back({"links",
        [](qsizetype n) -> QString {
            return wrap(repeatedTo(u"<a href=\"https://a.example/x?y=1\">https://a.example/x?y=1</a> "_s, n));
        },
        {}});
    s.push_back({"blocked links",
        [](qsizetype n) -> QString {
            return wrap(repeatedTo(u"<a href=\"javascript:x\">javascript:x</a>"_s, n));
        },
        {}});
    s.push_back({"links nested in a blocked link",
        [](qsizetype n) -> QString {
            return wrap(u"<a href=\"javascript:x\">"_s + repeatedTo(u"<a href=\"javascript:y\">t</a>"_s, n)
                + u"</a>"_s);
        },
        {}});
    s.push_back({"pre with spaces and breaks",
        [](qsizetype n) -> QString {
            return wrap(u"<pre>"_s + repeatedTo(u"          <br/>"_s, n) + u"</pre>"_s);
        },
        {}});
    s.push_back({"table cells",
        [](qsizetype n) -> QString {
            return wrap(u"<table><tr>"_s + repeatedTo(u"<td>x</td>"_s, n) + u"</tr></table>"_s);
        },
        {}});
    s.push_back({"ordered list",
        [](qsizetype n) -> QString { return wrap(u"<ol>"_s + repeatedTo(u"<li>x</li>"_s, n) + u"</ol>"_s); },
        {}});
    s.push_back({"mentions of a long name",
        [](qsizetype n) -> QString {
            return wrap(repeatedTo(u"<span class=\"entity\" data-entity-id=\"m\">@x</span>"_s, n));
        },
        u"{\"m\":{\"type\":\"com.symphony.user.mention\",\"id\":[{\"type\":\"com.symphony.user.userId\","
        "\"value\":\"123\"}]}}"_s});
    s.push_back({"hashtags with a long value",
        [](qsizetype n) -> QString {
            return wrap(repeatedTo(u"<span class=\"entity\" data-entity-id=\"h\">#x</span>"_s, n));
        },
        u"{\"h\":{\"type\":\"org.symphonyoss.taxonomy\",\"version\":\"1.0\",\"id\":[{\"type\":"
        "\"org.symphonyoss.taxonomy.hashtag\",\"value\":\""_s
            + QString(4096, u'v') + u"\"}]}}"_s});
    return s;
}

double bestMs(const std::function<void()> &f, int repeat)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Growth of the PresentationML converter's time with hostile input."_s);
    parser.addHelpOption();
    parser.addOption({u"size"_s, u"Characters of the 1x input (default 120000)."_s, u"BYTES"_s, u"120000"_s});
    parser.addOption({u"repeat"_s, u"Runs per measurement; the best is kept (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"only"_s, u"Only the shapes whose name contains TEXT."_s, u"TEXT"_s});
    parser.addOption({u"limit"_s, u"The converter's input limit in bytes (default 2 MiB)."_s, u"BYTES"_s});
    parser.process(app);
    const qsizetype size = parser.value(u"size"_s).toLongLong();
    const int repeat = std::max(parser.value(u"repeat"_s).toInt(), 1);
    const QString only = parser.value(u"only"_s);

    // Long display names, so that mentions show whether a chip's text is bounded.
    RenderOptions options;
    options.displayName = [](qint64) { return QString(4096, u'n'); };
    if (parser.isSet(u"limit"_s))
        options.maxInputBytes = parser.value(u"limit"_s).toInt();
    RenderOptions full = options;
    full.fullParser = true;

    std::printf("%-34s %9s | %9s %10s %5s | %9s %10s %5s | %9s %10s %5s\n", "shape", "chars 1x", "html 1x",
        "4x", "ratio", "text 1x", "4x", "ratio", "xml 1x", "4x", "ratio");
    for (const Shape &shape : shapes()) {
        if (!only.isEmpty() && !QString::fromUtf8(shape.name).contains(only))
            continue;
        const QString small = shape.markup(size);
        const QString large = shape.markup(4 * size);
        double ms[3][2] = {};
        const QString *inputs[2] = {&small, &large};
        for (int k = 0; k < 2; ++k) {
            const QString &in = *inputs[k];
            ms[0][k] = bestMs([&] { (void)toSafeHtml(in, shape.data, options); }, repeat);
            ms[1][k] = bestMs([&] { (void)toPlainText(in, shape.data, options); }, repeat);
            ms[2][k] = bestMs([&] { (void)toPlainText(in, shape.data, full); }, repeat);
        }
        std::printf("%-34s %9lld", shape.name, static_cast<long long>(small.size()));
        for (auto &m : ms)
            std::printf(" | %7.1fms %8.1fms %5.1f", m[0], m[1], m[1] / std::max(m[0], 0.001));
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
