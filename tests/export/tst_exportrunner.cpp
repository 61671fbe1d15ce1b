// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "demodata.h"
#include "demopodserver.h"
#include "export/exportrunner.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
namespace Demo = Inspector::DemoPod::Demo;

/**
 * @brief ExportRunner runs a MessageExportJob on a worker thread with a copy of the window's
 * session, reports progress and one finished(), cancels, and survives being destroyed mid-export.
 */
class ExportRunnerTest final : public QObject
{
    Q_OBJECT

private:
    TestSupport::SuitePod m_pod;
    QTemporaryDir m_dir;

    Export::ExportSettings csvTo(const QString &name) const
    {
        Export::ExportSettings s;
        s.format = Export::Format::Csv;
        s.columns = {u"messageId"_s, u"text"_s};
        s.outputPath = m_dir.filePath(name);
        return s;
    }

    /// Every page of messages comes 3 s late, so that what the test does lands while the export runs.
    void slowMessagePages()
    {
        DemoPod::Fault slow;
        slow.kind = DemoPod::Fault::Kind::Delay;
        slow.pathPattern = u".*/message"_s;
        slow.delayMs = 3000;
        slow.count = -1;
        m_pod.pod().addFault(slow);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.streams = 4;
        m_pod.start(config, {nullptr, ApiClientOptions().timeoutMs, RetryPolicy()});
        // Log in on the GUI thread first, so the runner must carry the current tokens over.
        QSignalSpy auth(m_pod.client(), &ApiClient::authenticated);
        m_pod.client()->authenticate();
        QVERIFY(auth.wait(10000));
        QVERIFY(m_pod.client()->hasSession());
    }

    void cleanupTestCase() { m_pod.stop(); }

    void exportsOnAWorkerThreadWithTheCurrentTokens()
    {
        m_pod.pod().clearRequestLog();
        Export::ExportRunner runner;
        QSignalSpy finished(&runner, &Export::ExportRunner::finished);
        QVERIFY(runner.start(*m_pod.client(),
            {Export::MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, csvTo(u"im.csv"_s)));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(*m_pod.client(), {}, csvTo(u"second.csv"_s))); // one at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<Export::ExportReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QVERIFY(report.messages > 0);
        QCOMPARE(report.files, QStringList {m_dir.filePath(u"im.csv"_s)});
        QVERIFY(!runner.isRunning());
        QFile file(m_dir.filePath(u"im.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("Message ID,Text\r\n"));
        QVERIFY(
            csv.count("\r\n") >= report.messages + 1); // a header and a row per message (cells may hold CRLF)
        // The tokens were copied: the worker's client never had to log in again.
        for (const DemoPod::LoggedRequest &r : m_pod.pod().requestLog())
            QVERIFY2(!r.path.contains(u"authenticate"_s), qPrintable(r.path));
        // And a second export may follow the first.
        QVERIFY(
            runner.start(*m_pod.client(), {Export::MessageSource::fromMessages({})}, csvTo(u"empty.csv"_s)));
        QVERIFY(finished.wait(10000));
    }

    void progressComesFromTheWorker()
    {
        Export::ExportRunner runner;
        QSignalSpy progress(&runner, &Export::ExportRunner::progress);
        QSignalSpy finished(&runner, &Export::ExportRunner::finished);
        QVERIFY(runner.start(*m_pod.client(),
            {Export::MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))},
            csvTo(u"rates.csv"_s)));
        QVERIFY(finished.wait(30000));
        QVERIFY(progress.size() >= 1); // at least the final one
        const auto last = progress.last().first().value<Export::ExportProgress>();
        QCOMPARE(last.messages, finished.first().first().value<Export::ExportReport>().messages);
    }

    void attachmentsBesideTheTranscript()
    {
        // As the CLI's `export --attachments`: the stream's files first, on the worker thread, then
        // the HTML transcript that writes them into NAME_files/ and links them.
        Export::ExportRunner runner;
        QSignalSpy finished(&runner, &Export::ExportRunner::finished);
        Export::ExportSettings s;
        s.format = Export::Format::Html;
        s.outputPath = m_dir.filePath(u"im.html"_s);
        QVERIFY(runner.start(*m_pod.client(),
            {Export::MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, s, true));
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<Export::ExportReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));
        QCOMPARE(QDir(m_dir.filePath(u"im_files"_s)).entryList(QDir::Files, QDir::Name),
            (QStringList {u"chart.png"_s, u"term-sheet.pdf"_s}));
        QFile html(s.outputPath);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("<img src=\"im_files/chart.png\""));

        // Without the choice: no files.
        s.outputPath = m_dir.filePath(u"plain.html"_s);
        QVERIFY(runner.start(
            *m_pod.client(), {Export::MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, s));
        QVERIFY(finished.wait(30000));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"plain_files"_s)));
    }

    void cancelWhileDownloadingAttachments()
    {
        DemoPod::Fault slow; // the attachment listing comes 3 s late: the cancel lands before it
        slow.kind = DemoPod::Fault::Kind::Delay;
        slow.pathPattern = u".*/attachments.*"_s;
        slow.delayMs = 3000;
        slow.count = -1;
        m_pod.pod().addFault(slow);
        m_pod.pod().clearRequestLog();
        Export::ExportRunner runner;
        QSignalSpy finished(&runner, &Export::ExportRunner::finished);
        Export::ExportSettings s;
        s.format = Export::Format::Html;
        s.outputPath = m_dir.filePath(u"cancelled.html"_s);
        QVERIFY(runner.start(*m_pod.client(),
            {Export::MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, s, true));
        QTRY_VERIFY_WITH_TIMEOUT(!m_pod.pod().requestLog().isEmpty(), 5000);
        runner.cancel();
        QVERIFY(finished.wait(10000));
        m_pod.pod().clearFaults();
        QVERIFY(finished.first().first().value<Export::ExportReport>().error.isCancelled());
        QVERIFY(!QFile::exists(s.outputPath));
        QVERIFY(!runner.isRunning());
    }

    void cancelLeavesNoFile()
    {
        // Slow pages so that the cancel lands while the export runs.
        slowMessagePages();
        Export::ExportRunner runner;
        QSignalSpy finished(&runner, &Export::ExportRunner::finished);
        QVERIFY(runner.start(*m_pod.client(),
            {Export::MessageSource::stream(QString::fromLatin1(Demo::MimStreamId))},
            csvTo(u"cancelled.csv"_s)));
        runner.cancel();
        QVERIFY(finished.wait(10000));
        m_pod.pod().clearFaults();
        const auto report = finished.first().first().value<Export::ExportReport>();
        QVERIFY(report.error.isCancelled());
        QVERIFY(!QFile::exists(m_dir.filePath(u"cancelled.csv"_s)));
        QVERIFY(!runner.isRunning());
    }

    void destroyedWhileRunning()
    {
        slowMessagePages();
        {
            Export::ExportRunner runner;
            QVERIFY(runner.start(*m_pod.client(),
                {Export::MessageSource::stream(QString::fromLatin1(Demo::MimStreamId))},
                csvTo(u"destroyed.csv"_s)));
            QTRY_VERIFY_WITH_TIMEOUT(!m_pod.pod().requestLog().isEmpty(), 5000);
        } // cancels and joins the thread, without waiting for the slow page
        m_pod.pod().clearFaults();
        QVERIFY(!QFile::exists(m_dir.filePath(u"destroyed.csv"_s)));
    }
};

INSPECTOR_TEST_MAIN(ExportRunnerTest)

#include "tst_exportrunner.moc"
