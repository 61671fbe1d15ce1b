// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "api/apiclient.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "demodata.h"
#include "demopodserver.h"
#include "export/exportrunner.h"
#include "export/pdf/pdftranscript.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
namespace Demo = Inspector::DemoPod::Demo;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString poppler(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(name), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

/**
 * @brief The desktop program's export (ExportRunner, the worker thread the window uses) writes CSV,
 * an HTML and a PDF transcript from one fetch: the PDF is laid out by QTextDocument and printed by
 * QPdfWriter on the worker thread, and pdftotext finds its messages. Skipped without poppler-utils.
 */
class ExportRunnerPdfTest final : public QObject
{
    Q_OBJECT

private:
    TestSupport::SuitePod m_pod;
    QTemporaryDir m_dir;

    Export::ExportReport run(const Export::ExportSettings &settings)
    {
        Export::ExportRunner runner;
        QSignalSpy finished(&runner, &Export::ExportRunner::finished);
        const bool started = runner.start(*m_pod.client(),
            {Export::MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, settings);
        [&] {
            QVERIFY(started);
            QVERIFY(finished.wait(120000));
        }();
        return finished.isEmpty() ? Export::ExportReport {}
                                  : finished.first().first().value<Export::ExportReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
        QVERIFY(m_dir.isValid());
        m_pod.start(DemoPod::Config(), {nullptr, ApiClientOptions().timeoutMs, RetryPolicy()});
        QSignalSpy auth(m_pod.client(), &ApiClient::authenticated);
        m_pod.client()->authenticate();
        QVERIFY(auth.wait(10000));
    }

    void cleanupTestCase() { m_pod.stop(); }

    void csvHtmlAndPdfFromOneFetchOnTheWorkerThread()
    {
        // Qt warns when a Gui object that belongs to the GUI thread (a pixmap, a font cache) is used
        // from another: the PDF must be laid out without any.
        QTest::failOnWarning(QRegularExpression(u"(?i)thread|not safe"_s));
        Export::ExportSettings s;
        s.columns = {u"text"_s};
        s.html.timeZone = QTimeZone::utc();

        // CSV alone: what one fetch asks.
        m_pod.pod().clearRequestLog();
        s.formats = {Export::Format::Csv};
        s.outputPath = m_dir.filePath(u"alone.csv"_s);
        const Export::ExportReport alone = run(s);
        QVERIFY2(!alone.error.isError(), qPrintable(alone.error.message));
        const qsizetype requestsForOne = m_pod.pod().requestLog().size();
        QVERIFY(requestsForOne > 1);

        // CSV, HTML and PDF: the same requests, three files.
        m_pod.pod().clearRequestLog();
        s.formats = {Export::Format::Csv, Export::Format::Html, Export::Format::Pdf};
        s.outputPath = m_dir.filePath(u"rates"_s);
        s.sinkFactory = Export::PdfTranscript::factory({});
        const Export::ExportReport report = run(s);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QCOMPARE(m_pod.pod().requestLog().size(), requestsForOne);
        QCOMPARE(report.messages, alone.messages);
        const QString pdf = m_dir.filePath(u"rates.pdf"_s);
        QCOMPARE(report.files,
            (QStringList {m_dir.filePath(u"rates.csv"_s), m_dir.filePath(u"rates.html"_s), pdf}));
        QCOMPARE(read(m_dir.filePath(u"rates.csv"_s)), read(m_dir.filePath(u"alone.csv"_s)));
        QCOMPARE(
            read(m_dir.filePath(u"rates.html"_s)).count("<article class=\"msg\" id=\"m-"), report.messages);

        // The PDF: its header, its pages, and the messages' text in order (the start of each CSV record
        // while it is plain ASCII words: no formula guard, no emoji).
        const QString text = poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
        QVERIFY(text.startsWith(u"Rates Desk"_s));
        const int pages = poppler(u"pdfinfo"_s, {pdf}).section(u"Pages:"_s, 1).section(u'\n', 0, 0).toInt();
        QVERIFY2(pages >= report.messages / 20 && pages <= report.messages / 2,
            qPrintable(QString::number(pages)));
        static const QRegularExpression plain(u"^[A-Za-z0-9 .:;()%+\\-/#$@?!&]{8,40}"_s);
        qsizetype pos = 0;
        int probes = 0;
        const QList<QByteArray> lines = read(m_dir.filePath(u"rates.csv"_s)).split('\n');
        bool inQuotes = false; // a line of a cell that holds line breaks
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const bool record = !inQuotes;
            if (lines.at(i).count('"') % 2 == 1)
                inQuotes = !inQuotes;
            if (!record)
                continue;
            QString cell = QString::fromUtf8(lines.at(i)).trimmed();
            if (cell.startsWith(u'"'))
                cell.remove(0, 1); // a quoted cell: its text up to its first quote or comma

            const auto m = plain.match(cell);
            if (!m.hasMatch())
                continue;
            const QString probe = m.captured().simplified();
            const qsizetype at = text.indexOf(probe, pos);
            QVERIFY2(at >= 0, qPrintable(u"not in the PDF after %1: %2"_s.arg(pos).arg(probe)));
            pos = at;
            ++probes;
        }
        QVERIFY2(probes > report.messages / 4, qPrintable(u"%1 of %2"_s.arg(probes).arg(report.messages)));
    }
};

INSPECTOR_TEST_MAIN(ExportRunnerPdfTest)
#include "tst_exportrunnerpdf.moc"
