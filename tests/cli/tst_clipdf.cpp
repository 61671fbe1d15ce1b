// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "clitestsupport.h"
#include "common/testsuite.h"
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

QString pdfinfo(const QString &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {pdf});
    return p.waitForFinished(60000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(
        QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    return p.waitForFinished(60000) ? QString::fromUtf8(p.readAllStandardOutput()).simplified() : QString();
}

} // namespace

/** `export --format pdf` end to end, in-process against a demo pod (a QGuiApplication, as the CLI makes). */
class CliPdfTest final : public QObject
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
    void initTestCase()
    {
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
        QVERIFY(m_pod.start());
    }
    void cleanupTestCase() { m_pod.server->stop(); }

    void htmlAndPdfInOneGo()
    {
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString dir = freshDir(u"both"_s);
        m_pod.server->clearRequestLog();
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, u"--format"_s, u"html,pdf"_s, u"--output"_s,
                QDir(dir).filePath(u"rates"_s), u"--page-size"_s, u"letter"_s, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(filesIn(dir), (QStringList {u"rates.html"_s, u"rates.pdf"_s}));
        const QString info = pdfinfo(QDir(dir).filePath(u"rates.pdf"_s));
        QVERIFY2(info.contains(u"612 x 792"_s), qPrintable(info));
        QVERIFY(info.contains(u"Title:           Rates Desk"_s));
        const QString text = pdftotext(QDir(dir).filePath(u"rates.pdf"_s));
        QVERIFY(text.contains(u"Time zone UTC"_s));
        QVERIFY(text.contains(u"Messages %1"_s.arg(DemoPod::Config {}.messagesPerStream)));
    }

    void partitionsAndSplit()
    {
        const QString dir = freshDir(u"parts"_s);
        const CliRun r = run(m_pod.connection()
            + QStringList {u"export"_s, Rates, Im, u"--split"_s, u"--format"_s, u"pdf"_s, u"--partition"_s,
                u"250"_s, u"--output"_s, QDir(dir).filePath(u"history.pdf"_s)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const int rates = DemoPod::Config {}.messagesPerStream;
        QStringList expected;
        for (int part = 1; part <= (rates + 249) / 250; ++part)
            expected.append(u"history-%1-part-%2.pdf"_s.arg(Rates).arg(part, 4, 10, QChar(u'0')));
        expected.append(u"history-%1.pdf"_s.arg(Im)); // one part: no part number
        expected.sort();
        QCOMPARE(filesIn(dir), expected);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pdf to stdout") << QStringList {u"export"_s, Rates, u"--format"_s, u"pdf"_s,
            u"--output"_s, u"-"_s} << u"A PDF is written to a file: it needs --output FILE, not -."_s;
        QTest::newRow("page size for html") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.html"_s,
            u"--page-size"_s, u"A4"_s} << u"--page-size applies to PDF only, and the format is html."_s;
        QTest::newRow("unknown page size") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.pdf"_s,
            u"--page-size"_s, u"A5"_s} << u"--page-size wants A4 or Letter, not \"A5\"."_s;
        QTest::newRow("two streams in one pdf") << QStringList {u"export"_s, Rates, Im, u"--output"_s,
            u"OUT.pdf"_s} << u"A transcript (HTML, PDF) holds one stream: add --split"_s;
        QTest::newRow("records") << QStringList {u"export-streams"_s, u"--output"_s, u"OUT.pdf"_s}
                                 << u"--format pdf is for message exports"_s;
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

INSPECTOR_TEST_MAIN(CliPdfTest)
#include "tst_clipdf.moc"
