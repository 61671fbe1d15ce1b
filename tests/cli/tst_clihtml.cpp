// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "clitestsupport.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "demopodserver.h"

using namespace Inspector;
using namespace CliTest;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;

namespace {

const QString Rates = QString::fromLatin1(Demo::RatesDeskStreamId);
const QString Im = QString::fromLatin1(Demo::ImStreamId);

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// The element ids of the messages of a transcript, in order.
QStringList articleIds(const QString &html)
{
    QStringList ids;
    static const QRegularExpression re(u"<article class=\"msg\" id=\"([^\"]+)\">"_s);
    for (auto it = re.globalMatch(html); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

QString mainOf(const QString &html)
{
    const qsizetype from = html.indexOf(u"<main>"_s);
    return html.mid(from, html.indexOf(u"</main>"_s) - from);
}

} // namespace

/** `export --format html` end to end, in-process against a demo pod: options, parts, archive. */
class CliHtmlTest final : public QObject
{
    Q_OBJECT

private:
    CliPod m_pod;
    QString freshDir(const QString &name)
    {
        static int n = 0;
        const QString path = m_pod.dir.filePath(name + QString::number(++n));
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_pod.start()); }
    void cleanupTestCase() { m_pod.server->stop(); }

    void exportsATranscript()
    {
        const QString dir = freshDir(u"html"_s);
        const QString path = QDir(dir).filePath(u"rates.html"_s); // the suffix tells the format
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, u"--output"_s, path, u"--timezone"_s, u"Europe/Paris"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(u"Wrote %1 messages"_s.arg(DemoPod::Config {}.messagesPerStream)),
            qPrintable(r.errText()));
        QCOMPARE(filesIn(dir), QStringList {u"rates.html"_s});
        const QString html = QString::fromUtf8(readFile(path));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<dt>Time zone</dt><dd>Europe/Paris"_s));
        // m1 was sent at 10:00 UTC, 11:00 in Paris.
        QVERIFY(html.contains(u"title=\"2026-01-02 10:00:00.000 UTC\">11:00</time>"_s));
        const QStringList ids = articleIds(html);
        QCOMPARE(ids.size(), DemoPod::Config {}.messagesPerStream);
        QCOMPARE(ids.first(), u"m-"_s + Ids::normalized(QString::fromLatin1(Demo::M1Id)));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    }

    void partitionsAndSplit()
    {
        const QString dir = freshDir(u"parts"_s);
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, Im, u"--split"_s, u"--format"_s, u"html"_s, u"--partition"_s,
                u"250"_s, u"--output"_s, QDir(dir).filePath(u"history.html"_s)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const int rates = DemoPod::Config {}.messagesPerStream;
        QStringList expected;
        for (int part = 1; part <= (rates + 249) / 250; ++part)
            expected.append(u"history-%1-part-%2.html"_s.arg(Rates).arg(part, 4, 10, QChar(u'0')));
        expected.append(u"history-%1-part-0001.html"_s.arg(Im));
        expected.sort();
        QCOMPARE(filesIn(dir), expected);
        int total = 0;
        for (const QString &name : expected) {
            if (name.contains(Rates))
                total += int(articleIds(QString::fromUtf8(readFile(QDir(dir).filePath(name)))).size());
        }
        QCOMPARE(total, rates);
        const QString second
            = QString::fromUtf8(readFile(QDir(dir).filePath(u"history-%1-part-0002.html"_s.arg(Rates))));
        QVERIFY(second.contains(u"<a rel=\"prev\" href=\"history-%1-part-0001.html\">"_s.arg(Rates)));
    }

    void toStandardOutput()
    {
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Im, u"--format"_s, u"html"_s, u"--output"_s, u"-"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.out.trimmed().endsWith("</html>"));
        QCOMPARE(articleIds(QString::fromUtf8(r.out)).size(), Demo::ImMessageCount);
    }

    void archiveExportIsTheOnlineTranscript()
    {
        // The archive path plugs in at the writer: the same messages give the same transcript body.
        const QString dir = freshDir(u"archive"_s);
        const QString archive = QDir(dir).filePath(u"a.sqlite"_s);
        const CliRun sync = run(m_pod.connection() + QStringList {u"archive"_s, u"sync"_s, archive});
        QVERIFY2(sync.code == 0, qPrintable(describe(sync)));
        const QString online = QDir(dir).filePath(u"online.html"_s);
        const QString offline = QDir(dir).filePath(u"offline.html"_s);
        const CliRun a = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, u"--output"_s, online, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(a.code == 0, qPrintable(describe(a)));
        const CliRun b = run(
            {u"archive"_s, u"export"_s, archive, Rates, u"--output"_s, offline, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(b.code == 0, qPrintable(describe(b)));
        const QString expected = mainOf(QString::fromUtf8(readFile(online)));
        QVERIFY(articleIds(expected).size() > 100);
        QCOMPARE(mainOf(QString::fromUtf8(readFile(offline))), expected);
    }

    void exportsTheAttachmentsBeside()
    {
        // --attachments: the IM's files beside the transcript, byte for byte what `attachments
        // --download` saves, linked; the chart (a PNG by its bytes) shown from its local file.
        const QString dir = freshDir(u"files"_s);
        const QString path = QDir(dir).filePath(u"im.html"_s);
        const CliRun r = run(m_pod.connection()
            + QStringList {
                u"export"_s, Im, u"--output"_s, path, u"--attachments"_s, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList({u"im.html"_s, u"im_files"_s}));
        const QString files = QDir(dir).filePath(u"im_files"_s);
        QCOMPARE(filesIn(files), QStringList({u"chart.png"_s, u"term-sheet.pdf"_s}));
        const QString downloaded = freshDir(u"downloaded"_s);
        QCOMPARE(
            run(m_pod.connection() + QStringList {u"attachments"_s, Im, u"--download"_s, downloaded}).code,
            0);
        for (const QString &name : filesIn(files))
            QCOMPARE(readFile(QDir(files).filePath(name)), readFile(QDir(downloaded).filePath(name)));
        const QString html = QString::fromUtf8(readFile(path));
        QVERIFY(html.contains(u"img-src 'self'"_s));
        QVERIFY(html.contains(u"<a class=\"file-name\" href=\"im_files/term-sheet.pdf\">"_s));
        QCOMPARE(html.count(u"<img "_s), 1);
        QVERIFY(html.contains(u"<img src=\"im_files/chart.png\""_s));

        // From an archive that kept the files: the same transcript and the same files.
        const QString archive = QDir(dir).filePath(u"a.sqlite"_s);
        QCOMPARE(run(m_pod.connection()
                     + QStringList {u"archive"_s, u"sync"_s, archive, u"--streams"_s, Im, u"--attachments"_s})
                     .code,
            0);
        const QString offline = QDir(dir).filePath(u"offline.html"_s);
        const CliRun b = run({u"archive"_s, u"export"_s, archive, Im, u"--output"_s, offline,
            u"--attachments"_s, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(b.code == 0, qPrintable(describe(b)));
        QCOMPARE(mainOf(QString::fromUtf8(readFile(offline))),
            mainOf(html).replace(u"im_files/"_s, u"offline_files/"_s));
        const QString kept = QDir(dir).filePath(u"offline_files"_s);
        QCOMPARE(filesIn(kept), filesIn(files));
        for (const QString &name : filesIn(files))
            QCOMPARE(readFile(QDir(kept).filePath(name)), readFile(QDir(files).filePath(name)));
    }

    void manyFormatsFromOneFetch()
    {
        // Each format alone, then all four at once: the pod is asked as often as for one format, and
        // every file is what the export of its format alone writes.
        const QString dir = freshDir(u"many"_s);
        const QStringList formats {u"csv"_s, u"json"_s, u"jsonl"_s, u"html"_s};
        QHash<QString, QByteArray> alone;
        qsizetype requestsForOne = -1;
        for (const QString &format : formats) {
            m_pod.server->clearRequestLog();
            const QString path = QDir(dir).filePath(u"alone."_s + format);
            QStringList args {u"export"_s, Rates, u"--output"_s, path};
            if (format == "html"_L1)
                args << u"--timezone"_s << u"UTC"_s;
            const CliRun r = run(m_pod.connection() + args);
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            alone.insert(format, readFile(path));
            const qsizetype requests = m_pod.server->requestLog().size();
            QVERIFY(requestsForOne < 0 || requests == requestsForOne);
            requestsForOne = requests;
        }
        QVERIFY(requestsForOne > 2); // authentication, and more than one page of messages

        m_pod.server->clearRequestLog();
        const QString base = QDir(dir).filePath(u"together"_s);
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, u"--format"_s, u"csv,json,jsonl,html"_s, u"--output"_s, base,
                u"--timezone"_s, u"UTC"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(m_pod.server->requestLog().size(), requestsForOne);
        // The report names every file, in the order of --format.
        QVERIFY2(r.errText().contains(u"4 files: %1.csv, %1.json, %1.jsonl, %1.html"_s.arg(base)),
            qPrintable(r.errText()));
        QStringList expected;
        for (const QString &format : formats)
            expected << u"alone."_s + format << u"together."_s + format;
        expected.sort();
        QCOMPARE(filesIn(dir), expected);
        // The export time is the only line that differs between two runs.
        static const QRegularExpression exportedAt(u"<dt>Exported at</dt><dd>.*?</dd>"_s);
        for (const QString &format : formats) {
            QByteArray together = readFile(base + u'.' + format);
            QByteArray single = alone.value(format);
            QVERIFY(single.size() > 1000);
            if (format == "html"_L1) {
                together = QString::fromUtf8(together).remove(exportedAt).toUtf8();
                single = QString::fromUtf8(single).remove(exportedAt).toUtf8();
            }
            QVERIFY2(together == single, qPrintable(format));
        }
    }

    void manyFormatsTakeTheirSuffixes()
    {
        // A format's suffix on --output is replaced; a split export names each stream's files so.
        const QString dir = freshDir(u"suffixes"_s);
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, Im, u"--split"_s, u"--format"_s, u"jsonl,html"_s,
                u"--output"_s, QDir(dir).filePath(u"history.html"_s)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QStringList expected {u"history-%1.jsonl"_s.arg(Rates), u"history-%1.html"_s.arg(Rates),
            u"history-%1.jsonl"_s.arg(Im), u"history-%1.html"_s.arg(Im)};
        expected.sort();
        QCOMPARE(filesIn(dir), expected);
        const QString jsonl = QString::fromUtf8(readFile(QDir(dir).filePath(u"history-%1.jsonl"_s.arg(Im))));
        QCOMPARE(jsonl.count(u'\n'), Demo::ImMessageCount);
    }

    void namesFilesByATemplate()
    {
        // Two streams, two formats, named by type, id and format: no --split needed.
        const QString dir = freshDir(u"template"_s);
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, Im, u"--format"_s, u"jsonl,html"_s, u"--output"_s,
                QDir(dir).filePath(u"%T_%I_%f.%x"_s)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QStringList expected {u"ROOM_%1_2026-01-02.jsonl"_s.arg(Rates),
            u"ROOM_%1_2026-01-02.html"_s.arg(Rates), u"IM_%1_2026-01-02.jsonl"_s.arg(Im),
            u"IM_%1_2026-01-02.html"_s.arg(Im)};
        expected.sort();
        QCOMPARE(filesIn(dir), expected);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown zone") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.html"_s,
            u"--timezone"_s, u"Mars/Olympus_Mons"_s}
                                      << u"unknown time zone \"Mars/Olympus_Mons\""_s;
        QTest::newRow("zone for csv") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.csv"_s,
            u"--timezone"_s, u"UTC"_s} << u"--timezone applies to HTML and PDF only, and the format is csv"_s;
        QTest::newRow("partition for json") << QStringList {u"export-search"_s, u"hashtag:rates"_s,
            u"--output"_s, u"OUT.json"_s, u"--partition"_s, u"5"_s}
                                            << u"--partition applies to HTML and PDF only"_s;
        QTest::newRow("partition zero") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.html"_s,
            u"--partition"_s, u"0"_s} << u"--partition wants a number of messages per file"_s;
        QTest::newRow("partition to stdout") << QStringList {u"export"_s, Rates, u"--format"_s, u"html"_s,
            u"--output"_s, u"-"_s, u"--partition"_s, u"5"_s}
                                             << u"--partition writes several files"_s;
        QTest::newRow("two streams in one file") << QStringList {u"export"_s, Rates, Im, u"--output"_s,
            u"OUT.html"_s} << u"A transcript (HTML, PDF) holds one stream: add --split"_s;
        QTest::newRow("records") << QStringList {u"export-streams"_s, u"--output"_s, u"OUT.html"_s}
                                 << u"--format html is for message exports"_s;
        QTest::newRow("attachments for csv") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.csv"_s,
            u"--attachments"_s} << u"--attachments applies to HTML only, and the format is csv"_s;
        QTest::newRow("attachments to stdout") << QStringList {u"export"_s, Rates, u"--format"_s, u"html"_s,
            u"--output"_s, u"-"_s, u"--attachments"_s}
                                               << u"--attachments writes the files beside"_s;
        QTest::newRow("attachments of a search") << QStringList {u"export-search"_s, u"hashtag:rates"_s,
            u"--output"_s, u"OUT.html"_s, u"--attachments"_s}
                                                 << u"--attachments: export streams"_s;
        QTest::newRow("several formats to stdout")
            << QStringList {u"export"_s, Rates, u"--format"_s, u"csv,html"_s, u"--output"_s, u"-"_s}
            << u"Several formats write one file each: they need --output NAME, not -."_s;
        QTest::newRow("unknown among several")
            << QStringList {u"export"_s, Rates, u"--format"_s, u"csv,docx"_s, u"--output"_s, u"OUT"_s}
            << u"--format: unknown format \"docx\""_s;
        QTest::newRow("several formats of records") << QStringList {u"export-streams"_s, u"--format"_s,
            u"csv,json"_s, u"--output"_s, u"OUT"_s} << u"Several formats at once are for message exports"_s;
        QTest::newRow("zone for csv and json") << QStringList {u"export"_s, Rates, u"--format"_s,
            u"csv,json"_s, u"--output"_s, u"OUT"_s, u"--timezone"_s, u"UTC"_s}
                                               << u"--timezone applies to HTML and PDF only"_s;
        QTest::newRow("unknown template field") << QStringList {u"export"_s, Rates, u"--output"_s,
            u"OUT-%q.csv"_s} << u"--output: unknown field \"%q\""_s;
        QTest::newRow("template for records") << QStringList {u"export-streams"_s, u"--output"_s,
            u"OUT-%d.csv"_s} << u"--output: templates (%N, %I…) are for message exports"_s;
        QTest::newRow("last date with parts")
            << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT-%l.html"_s, u"--partition"_s, u"10"_s}
            << u"--output: %l (the last message's date)"_s;
        QTest::newRow("csv option") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.html"_s,
            u"--bom"_s} << u"--bom applies to CSV only, and the format is html"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString dir = freshDir(u"usage"_s);
        const CliRun r = run(m_pod.connection() + withOutputsIn(args, dir));
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.errorLines().value(0).contains(expected), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(filesIn(dir).isEmpty());
    }
};

INSPECTOR_TEST_MAIN(CliHtmlTest)
#include "tst_clihtml.moc"
