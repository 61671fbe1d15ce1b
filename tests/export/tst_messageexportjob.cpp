// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/fiforeader.h"
#include "common/testsuite.h"
#include "data/parse.h"
#include "demodata.h"
#include "demopodserver.h"
#include "export/messageexportjob.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

class MessageExportJobTest final : public QObject
{
    Q_OBJECT

private:
    TestSupport::SuitePod m_pod;
    FakeTimeSource m_time;
    QTemporaryDir m_dir;

    ExportReport run(const QList<MessageSource> &sources, const ExportSettings &settings,
        std::function<void(MessageExportJob *)> during = {})
    {
        auto *job = new MessageExportJob(m_pod.client(), sources, settings, this);
        QSignalSpy finished(job, &MessageExportJob::finished);
        job->start();
        if (during)
            during(job);
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(60000)); }();
        [&] { QCOMPARE(finished.size(), 1); }();
        const ExportReport report
            = finished.isEmpty() ? ExportReport {} : finished.first().first().value<ExportReport>();
        job->deleteLater();
        return report;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// A CSV export of the IM and the MIM, one file per stream, named after @p name.
    ExportReport runSplit(const QString &name)
    {
        ExportSettings s;
        s.format = Format::Csv;
        s.split = true;
        s.outputPath = m_dir.filePath(name);
        return run({MessageSource::stream(QString::fromLatin1(Demo::ImStreamId)),
                       MessageSource::stream(QString::fromLatin1(Demo::MimStreamId))},
            s);
    }

    /// The second page of messages (of any stream) gets a fault of @p kind (a Delay of @p delayMs):
    /// the export has begun when it comes.
    void faultOnSecondPage(Fault::Kind kind, int delayMs = 0)
    {
        Fault f;
        f.pathPattern = u"/agent/v4/stream/.*/message"_s;
        f.kind = kind;
        f.delayMs = delayMs;
        f.skip = 1;
        m_pod.pod().addFault(f);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.messagesPerStream = 700;
        RetryPolicy retry;
        retry.maxAttempts = 2;
        m_pod.start(config, {&m_time, ApiClientOptions().timeoutMs, retry});
    }

    void init() { m_pod.pod().clearFaults(); }

    void formatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1: not a format
        QTest::newRow("csv") << u"csv"_s << int(Format::Csv);
        QTest::newRow("json, any case, spaces") << u" JSON "_s << int(Format::Json);
        QTest::newRow("jsonl") << u"jsonl"_s << int(Format::JsonLines);
        QTest::newRow("jsonlines") << u"JsonLines"_s << int(Format::JsonLines);
        QTest::newRow("ndjson") << u"ndjson"_s << int(Format::JsonLines);
        QTest::newRow("html") << u"html"_s << int(Format::Html);
        QTest::newRow("htm") << u"HTM"_s << int(Format::Html);
        QTest::newRow("unknown") << u"xml"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void formatNames()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const std::optional<Format> parsed = formatFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, format);
        if (!parsed)
            return;
        // The name a format is shown and saved under reads back as the same format.
        QCOMPARE(formatFromName(formatName(*parsed)), parsed);
        QCOMPARE(formatSuffix(*parsed), formatName(*parsed));
    }
    void formatNamesAreStable()
    {
        QCOMPARE(formatName(Format::Csv), u"csv"_s);
        QCOMPARE(formatName(Format::Json), u"json"_s);
        QCOMPARE(formatName(Format::JsonLines), u"jsonl"_s);
        QCOMPARE(formatName(Format::Html), u"html"_s);
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(Format::Csv);
        QTest::newRow("json") << int(Format::Json);
        QTest::newRow("jsonl") << int(Format::JsonLines);
    }

    void exportsEveryFormat()
    {
        QFETCH(int, format);
        ExportSettings s;
        s.format = Format(format);
        s.outputPath = m_dir.filePath(u"rates."_s + formatSuffix(s.format));
        s.csv.formulaGuard = false;
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.messages, 700);
        QCOMPARE(r.files, QStringList {s.outputPath});
        const QByteArray bytes = read(s.outputPath);
        QCOMPARE(qint64(bytes.size()), r.bytes);
        if (s.format == Format::Json) {
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            QVERIFY(doc.isArray());
            QCOMPARE(doc.array().size(), 700);
            const QJsonObject first = doc.array().first().toObject();
            QCOMPARE(first.value(u"messageId"_s).toString(), QString::fromLatin1(Demo::M1Id));
            QVERIFY(first.value(u"_inspector"_s).toObject().contains(u"plainText"_s));
            QCOMPARE(first.value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::AliceId);
        } else if (s.format == Format::JsonLines) {
            QCOMPARE(bytes.count('\n'), 700);
        } else {
            QVERIFY(bytes.startsWith("Message ID,"));
        }
    }

    void duplicatesAreDroppedAndCounted()
    {
        ExportSettings s;
        s.format = Format::JsonLines;
        s.outputPath = m_dir.filePath(u"crosspod.jsonl"_s);
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::CrossPodStreamId))}, s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.duplicatesDropped, 1);
        QCOMPARE(r.messages, Demo::CrossPodMessageCount - 1);
        const QByteArray bytes = read(s.outputPath);
        QVERIFY(bytes.contains("\"duplicates\":1"));

        s.dedupe = false;
        const ExportReport all = run({MessageSource::stream(QString::fromLatin1(Demo::CrossPodStreamId))}, s);
        QCOMPARE(all.messages, Demo::CrossPodMessageCount);
        QCOMPARE(all.duplicatesDropped, 0);
    }

    void splitWritesOneFilePerStream()
    {
        const ExportReport r = runSplit(u"split.csv"_s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(
            r.files.first(), m_dir.filePath(u"split-"_s + QString::fromLatin1(Demo::ImStreamId) + u".csv"_s));
        QCOMPARE(r.messages, Demo::ImMessageCount + Demo::MimMessageCount);
    }

    void splitFailureNamesTheFilesAlreadyWritten()
    {
        Fault f;
        f.pathPattern = u"/agent/v4/stream/"_s + QString::fromLatin1(Demo::MimStreamId) + u"/message"_s;
        f.status = 500;
        f.count = -1;
        m_pod.pod().addFault(f);
        const ExportReport r = runSplit(u"partial.csv"_s);
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        const QString first
            = m_dir.filePath(u"partial-"_s + QString::fromLatin1(Demo::ImStreamId) + u".csv"_s);
        QCOMPARE(r.files, QStringList {first});
        QVERIFY(QFile::exists(first));
        QVERIFY(!QFile::exists(
            m_dir.filePath(u"partial-"_s + QString::fromLatin1(Demo::MimStreamId) + u".csv"_s)));
    }

    void failureKeepsThePreviousFile()
    {
        const QString path = m_dir.filePath(u"keep.json"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export");
        }
        faultOnSecondPage(Fault::Kind::Malformed);
        ExportSettings s;
        s.format = Format::Json;
        s.outputPath = path;
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, s);
        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QVERIFY(r.files.isEmpty());
        QCOMPARE(read(path), QByteArray("previous export"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"keep.json.*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void cancelLeavesNoFile()
    {
        faultOnSecondPage(Fault::Kind::Delay, 2000);
        ExportSettings s;
        s.format = Format::Csv;
        s.outputPath = m_dir.filePath(u"cancelled.csv"_s);
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, s,
            [](MessageExportJob *job) {
                QSignalSpy p(job, &MessageExportJob::progress);
                QTRY_VERIFY_WITH_TIMEOUT(job->report().messages > 0, 20000);
                job->cancel();
            });
        QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(!QFile::exists(s.outputPath));
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void unwritableDestinationIsAClearError()
    {
        ExportSettings s;
        s.format = Format::Csv;
        s.outputPath = m_dir.filePath(u"no/such/dir/out.csv"_s);
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, s);
        QCOMPARE(r.error.kind, ApiError::Kind::Local);
        QCOMPARE(r.error.local.category(), LocalError::Category::File);
        QVERIFY2(r.error.message.contains(u"out.csv"_s), qPrintable(r.error.message));
    }

    void writesIntoANamedPipeWithoutReplacingIt()
    {
        // Written through QSaveFile, a pipe (or a device such as /dev/null) would be replaced by a
        // regular file: the rename at commit puts the temporary file in its place.
        ExportSettings s;
        s.format = Format::JsonLines;
        s.outputPath = m_dir.filePath(u"pipe.jsonl"_s);
        FifoReader reader(s.outputPath);
        QVERIFY(reader.isValid());
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, s);
        const QByteArray data = reader.data();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QVERIFY(reader.isStillAPipe());
        QCOMPARE(r.files, QStringList {s.outputPath});
        QVERIFY(r.messages > 0);
        QCOMPARE(data.count('\n'), r.messages);
        QCOMPARE(qint64(data.size()), r.bytes);
        QVERIFY(!QFileInfo(s.outputPath).isFile());
    }

    void fullDiskIsAClearError()
    {
        QFile full(u"/dev/full"_s);
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("/dev/full is not available here");
        ExportSettings s;
        s.format = Format::Json;
        s.device = &full;
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::ImStreamId))}, s);
        QCOMPARE(r.error.kind, ApiError::Kind::Local);
        QCOMPARE(r.error.local.category(), LocalError::Category::File);
        QVERIFY2(r.error.message.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(r.error.message));
    }

    void progressEstimateStartsAtTheFirstMessage()
    {
        // since=0: the window must start at the history's first message, not in 1970 (which would
        // make every estimate read "almost done" from the first page on).
        faultOnSecondPage(Fault::Kind::Delay, 400);
        ExportSettings s;
        s.format = Format::JsonLines;
        s.outputPath = m_dir.filePath(u"progress.jsonl"_s);
        QList<ExportProgress> seen;
        const ExportReport r = run({MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, s,
            [&](MessageExportJob *job) {
                connect(
                    job, &MessageExportJob::progress, this, [&](const ExportProgress &p) { seen.append(p); });
            });
        QVERIFY(!r.error.isError());
        QVERIFY(seen.size() >= 2);
        QVERIFY(seen.first().fraction.has_value());
        QVERIFY2(*seen.first().fraction < 0.5, qPrintable(QString::number(*seen.first().fraction)));
        QCOMPARE(seen.last().fraction.value_or(-1), 1.0);
        QCOMPARE(seen.last().messages, 700);
    }

    void exportsMessagesFromMemory_data()
    {
        QTest::addColumn<bool>("dedupe");
        QTest::addColumn<int>("expected");
        QTest::newRow("dedupe") << true << 2;
        QTest::newRow("keep all") << false << 3;
    }

    void exportsMessagesFromMemory()
    {
        // The GUI's "export selected rows": no client, no request; the same de-duplication
        // (both Base64 forms of one id are one message), writers and report as a fetched export.
        QFETCH(bool, dedupe);
        QFETCH(int, expected);
        const auto parsed = Parse::messages(
            R"([{"messageId":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-","timestamp":1000,"message":"<div>one</div>"},
                {"messageId":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+","timestamp":1000,"message":"<div>one</div>"},
                {"messageId":"BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB","timestamp":2000,"message":"<div>two</div>"}])");
        QVERIFY(parsed.ok());
        auto *job = new MessageExportJob(
            nullptr, {MessageSource::fromMessages(parsed.value)},
            [&] {
                ExportSettings s;
                s.format = Format::JsonLines;
                s.dedupe = dedupe;
                s.outputPath = m_dir.filePath(u"selection.jsonl"_s);
                return s;
            }(),
            this);
        QSignalSpy finished(job, &MessageExportJob::finished);
        job->start();
        QVERIFY(finished.isEmpty()); // never from inside start()
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<ExportReport>();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.messages, expected);
        QCOMPARE(r.duplicatesDropped, dedupe ? 1 : 0);
        const QByteArray bytes = read(m_dir.filePath(u"selection.jsonl"_s));
        QCOMPARE(bytes.count('\n'), expected);
        QCOMPARE(qint64(bytes.size()), r.bytes);
        QCOMPARE(bytes.contains("\"plainText\":\"two\""), true);
        QCOMPARE(bytes.contains("\"duplicates\":1"), dedupe);
        delete job;
    }

    void memoryExportIsCancelledBetweenPages()
    {
        QList<Message> many(5000);
        for (qsizetype i = 0; i < many.size(); ++i)
            many[i].timestamp = i;
        ExportSettings s;
        s.format = Format::Csv;
        s.outputPath = m_dir.filePath(u"cancelled-selection.csv"_s);
        auto *job = new MessageExportJob(nullptr, {MessageSource::fromMessages(many)}, s, this);
        QSignalSpy finished(job, &MessageExportJob::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->report().messages > 0, 10000);
        QVERIFY(finished.isEmpty());
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ExportReport>().error.kind, ApiError::Kind::Cancelled);
        QVERIFY(job->report().messages < many.size());
        QVERIFY(!QFile::exists(s.outputPath));
        delete job;
    }

    void memorySplitNamesTheFileSelection()
    {
        ExportSettings s;
        s.format = Format::Csv;
        s.split = true;
        s.outputPath = m_dir.filePath(u"rows.csv"_s);
        const ExportReport r = run({MessageSource::fromMessages(QList<Message>(3))}, s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.files, QStringList {m_dir.filePath(u"rows-selection.csv"_s)});
        QCOMPARE(r.messages, 3); // messages without an id are never matched with each other
    }

    void fetchingWithoutAClientIsAClearError()
    {
        auto *job = new MessageExportJob(nullptr, {MessageSource::stream(u"abc"_s)}, ExportSettings {}, this);
        QSignalSpy finished(job, &MessageExportJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<ExportReport>();
        QCOMPARE(r.error.kind, ApiError::Kind::Local);
        QCOMPARE(r.error.local.category(), LocalError::Category::Config);
        QVERIFY2(r.error.message.contains(u"connection"_s), qPrintable(r.error.message));
        delete job;
    }

    void searchExport()
    {
        ExportSettings s;
        s.format = Format::JsonLines;
        s.outputPath = m_dir.filePath(u"search.jsonl"_s);
        const ExportReport r = run({MessageSource::search(u"hashtag:rates"_s, {}, 10)}, s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QVERIFY(r.messages > 0 && r.messages <= 10);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(MessageExportJobTest)
#include "tst_messageexportjob.moc"
