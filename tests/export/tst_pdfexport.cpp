// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/parse.h"
#include "demodata.h"
#include "demopodserver.h"
#include "export/messageexportjob.h"
#include "export/pdf/pdftranscript.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString collapsed(const QString &text)
{
    return text.simplified();
}

/// What pdftotext can be asked to find of a message: the start of its plain text's first line, up
/// to its first character outside plain ASCII words and punctuation (an emoji, a table's bar), at
/// most 40 characters; empty when that is shorter than 8.
QString probeOf(const QString &plainText)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9 .,:;'()%+\\-/#$@?!&]*"_s);
    const QString first = plainText.section(u'\n', 0, 0);
    const QString probe = collapsed(plain.match(first).captured()).left(40);
    return probe.size() >= 8 ? probe : QString();
}

/// A message of the hostile corpus: every loading trick in its body, its names and its ids.
QJsonObject hostileMessage(int i)
{
    const QString markup
        = QString::fromUtf8(read(QStringLiteral(INSPECTOR_TEST_DATA "/html/hostile-message.xml")));
    const QString leak
        = u"<img src=\"http://leak.invalid/name%1.png\"><script>fetch('http://leak.invalid/n')</script>"_s
              .arg(i);
    return QJsonObject {{u"messageId"_s, u"AAAAAAAAAAAAAAAAAAAA000%1"_s.arg(i)},
        {u"parentMessageId"_s, u"\"><img src=\"http://leak.invalid/parent.png\">"_s},
        {u"timestamp"_s, 1767348000000 + i * 60000LL}, {u"message"_s, markup},
        {u"user"_s, QJsonObject {{u"userId"_s, 1}, {u"displayName"_s, leak}, {u"email"_s, leak}}},
        {u"stream"_s,
            QJsonObject {{u"streamId"_s, u"S"_s}, {u"streamType"_s, u"ROOM"_s}, {u"roomName"_s, leak}}},
        {u"attachments"_s,
            QJsonArray {
                QJsonObject {{u"id"_s, leak}, {u"name"_s, QString(leak + u".png"_s)}, {u"size"_s, 1}}}},
        {u"diagnostic"_s, leak}};
}

/// Plain messages "Message number N of the test" in room T.
QList<Message> numberedMessages(int count)
{
    QJsonArray messages;
    for (int i = 0; i < count; ++i) {
        messages.append(QJsonObject {{u"messageId"_s, u"BBBBBBBBBBBBBBBBBBBB%1"_s.arg(i, 4, 10, QChar(u'0'))},
            {u"timestamp"_s, 1767348000000 + i * 60000LL},
            {u"message"_s,
                u"<div data-format=\"PresentationML\" data-version=\"2.0\">Message number %1 of the "
                u"test</div>"_s.arg(i + 1)},
            {u"user"_s,
                QJsonObject {{u"userId"_s, 7 + i % 2}, {u"displayName"_s, i % 2 ? u"Bob"_s : u"Alice"_s}}},
            {u"stream"_s,
                QJsonObject {{u"streamId"_s, u"T"_s}, {u"streamType"_s, u"ROOM"_s},
                    {u"roomName"_s, u"Test room"_s}}}});
    }
    const auto parsed = Parse::messages(QJsonDocument(messages).toJson(QJsonDocument::Compact));
    return parsed.ok() ? parsed.value : QList<Message> {};
}

} // namespace

/**
 * The PDF transcript (inspector_pdf) read back with poppler-utils (pdftotext, pdfinfo, pdffonts,
 * pdftoppm): every message's text in order, a plausible page count, embedded fonts, the page size,
 * the parts, links kept, and a hostile corpus that makes the document load nothing. Page 1 of the
 * Rates Desk is rendered to pdf-transcript-page1.png next to the test, to look at. Skipped when
 * poppler-utils is not installed.
 */
class PdfExportTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoPod::Server> m_pod;
    std::unique_ptr<ApiClient> m_client;

    static QString tool(const QString &name) { return QStandardPaths::findExecutable(name); }

    /// The standard output of a poppler tool.
    static QString poppler(const QString &name, const QStringList &args)
    {
        QProcess p;
        p.start(tool(name), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString text(const QString &pdf)
    {
        return collapsed(poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
    }

    static QString info(const QString &pdf, const QString &field)
    {
        for (const QString &line : poppler(u"pdfinfo"_s, {pdf}).split(u'\n')) {
            if (line.startsWith(field + u':'))
                return line.mid(field.size() + 1).trimmed();
        }
        return {};
    }

    ExportReport run(ApiClient *client, const QList<MessageSource> &sources, const ExportSettings &settings)
    {
        auto job = std::make_unique<MessageExportJob>(client, sources, settings);
        QSignalSpy finished(job.get(), &MessageExportJob::finished);
        job->start();
        [&] { QVERIFY(finished.wait(120000)); }();
        return finished.isEmpty() ? ExportReport {} : finished.first().first().value<ExportReport>();
    }

    ExportSettings pdfSettings(const QString &name, const PdfOptions &pdf = {})
    {
        ExportSettings s;
        s.format = Format::Pdf;
        s.outputPath = m_dir.filePath(name);
        s.html.timeZone = QTimeZone::utc();
        s.sinkFactory = PdfTranscript::factory(pdf);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty() || tool(u"pdftoppm"_s).isEmpty()
            || tool(u"pdffonts"_s).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) is not installed");
        QVERIFY(m_dir.isValid());
        m_pod = TestSupport::startPod();
        m_client = TestSupport::botClient(*m_pod);
    }

    void everyMessageInOrder()
    {
        // JSON Lines and PDF from one fetch: the JSON Lines give each message's text, in order.
        ExportSettings s = pdfSettings(u"rates"_s);
        s.formats = {Format::JsonLines, Format::Pdf};
        const ExportReport report
            = run(m_client.get(), {MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, s);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        const QString pdf = m_dir.filePath(u"rates.pdf"_s);
        QCOMPARE(report.files, (QStringList {m_dir.filePath(u"rates.jsonl"_s), pdf}));
        QVERIFY(report.messages > 100);
        QVERIFY(report.messages < 5000); // one part: the file at the path given

        const QString all = text(pdf);
        QVERIFY(all.startsWith(u"Rates Desk"_s)); // the page header
        qsizetype pos = 0;
        int probes = 0;
        for (const QByteArray &line : read(m_dir.filePath(u"rates.jsonl"_s)).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString probe
                = probeOf(o.value(u"_inspector"_s).toObject().value(u"plainText"_s).toString());
            if (probe.isEmpty())
                continue;
            const qsizetype at = all.indexOf(probe, pos);
            QVERIFY2(at >= 0,
                qPrintable(u"not found after position %1 (found at all: %2): %3"_s.arg(pos)
                               .arg(all.indexOf(probe))
                               .arg(probe)));
            pos = at;
            ++probes;
        }
        QVERIFY(probes > report.messages * 9 / 10);

        const int pages = info(pdf, u"Pages"_s).toInt();
        QVERIFY2(pages >= report.messages / 20 && pages <= report.messages / 2,
            qPrintable(QString::number(pages)));
        QVERIFY(all.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(all.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(all.contains(u"Exported "_s));
        QCOMPARE(info(pdf, u"Title"_s), u"Rates Desk"_s);
        QVERIFY(info(pdf, u"Page size"_s).contains(u"(A4)"_s));
        // Every font embedded.
        const QStringList fonts = poppler(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.contains(u" yes "_s), qPrintable(font));
        // No ligature glyphs: "off" is found as written.
        QVERIFY(!all.contains(QChar(0xFB00)) && !all.contains(QChar(0xFB01)));
        // Links to https: stay links.
        QVERIFY(read(pdf).contains("/URI (https://"));

        // Page 1, to look at.
        const QString png = QDir::current().filePath(u"pdf-transcript-page1"_s);
        poppler(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf, png});
        const QImage page(png + u".png"_s);
        QVERIFY(!page.isNull());
        qInfo().noquote() << "page 1:" << png + u".png"_s;
    }

    void letterSizeAndParts()
    {
        // 25 messages, 10 per part: three files, each naming the previous and the next.
        PdfOptions pdf;
        pdf.pageSize = QPageSize::Letter;
        ExportSettings s = pdfSettings(u"parts.pdf"_s, pdf);
        s.html.partition = 10;
        const ExportReport report = run(nullptr, {MessageSource::fromMessages(numberedMessages(25))}, s);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QStringList expected;
        for (int part = 1; part <= 3; ++part)
            expected.append(m_dir.filePath(u"parts-part-%1.pdf"_s.arg(part, 4, 10, QChar(u'0'))));
        QCOMPARE(report.files, expected);
        QVERIFY(!QFile::exists(m_dir.filePath(u"parts.pdf"_s)));
        int message = 0;
        for (int part = 1; part <= 3; ++part) {
            const QString all = text(expected.at(part - 1));
            QVERIFY(info(expected.at(part - 1), u"Page size"_s).startsWith(u"612 x 792"_s));
            qsizetype pos = 0;
            for (int i = 0; i < (part < 3 ? 10 : 5); ++i) {
                const qsizetype at = all.indexOf(u"Message number %1 of the test"_s.arg(++message), pos);
                QVERIFY2(at >= pos, qPrintable(u"part %1, message %2"_s.arg(part).arg(message)));
                pos = at;
            }
            QCOMPARE(all.contains(u"Previous part: parts-part-%1.pdf"_s.arg(part - 1, 4, 10, QChar(u'0'))),
                part > 1);
            QCOMPARE(
                all.contains(u"Next part: parts-part-%1.pdf"_s.arg(part + 1, 4, 10, QChar(u'0'))), part < 3);
            QVERIFY(all.contains(u"Selected messages · part %1"_s.arg(part))); // the page header
        }
        QCOMPARE(message, 25);

        // The same messages in one part: the file at the path given, no part number.
        s.html.partition = 0;
        s.outputPath = m_dir.filePath(u"whole.pdf"_s);
        const ExportReport whole = run(nullptr, {MessageSource::fromMessages(numberedMessages(25))}, s);
        QVERIFY2(!whole.error.isError(), qPrintable(whole.error.message));
        QCOMPARE(whole.files, QStringList {s.outputPath});
        QVERIFY(text(s.outputPath).contains(u"Message number 25 of the test"_s));
    }

    void hostileCorpusLoadsNothing()
    {
        QJsonArray corpus;
        for (int i = 0; i < 3; ++i)
            corpus.append(hostileMessage(i));
        const auto parsed = Parse::messages(QJsonDocument(corpus).toJson(QJsonDocument::Compact));
        QVERIFY(parsed.ok());

        // The demo pod's hostile names and message (MIM #0) too.
        DemoPod::Config config;
        config.hostileNames = true;
        const std::unique_ptr<DemoPod::Server> pod = TestSupport::startPod(config);
        const std::unique_ptr<ApiClient> client = TestSupport::botClient(*pod);
        ExportSettings s = pdfSettings(u"hostile-mim.pdf"_s);
        const ExportReport mim
            = run(client.get(), {MessageSource::stream(QString::fromLatin1(Demo::MimStreamId))}, s);
        QVERIFY2(!mim.error.isError(), qPrintable(mim.error.message));

        HtmlDocumentInfo info;
        info.streamId = u"S"_s;
        PdfTranscript transcript(s.html, info, {});
        const QString path = m_dir.filePath(u"hostile.pdf"_s);
        INSPECTOR_VERIFY_OK(transcript.open(path, OutputFile::Path::Chosen));
        for (const Message &m : parsed.value)
            INSPECTOR_VERIFY_OK(transcript.write(m, {}));
        INSPECTOR_VERIFY_OK(transcript.finish());
        // The document was asked for no resource at all (an image, a style sheet, a file).
        QCOMPARE(transcript.refusedResources(), 0);
        QCOMPARE(transcript.takeCommitted(), QStringList {path});

        for (const QString &pdf : {m_dir.filePath(u"hostile-mim.pdf"_s), path}) {
            const QByteArray bytes = read(pdf);
            QVERIFY(bytes.startsWith("%PDF-"));
            // No action but a link to https: (no JavaScript, no launch, no plain http, no form).
            QVERIFY(!bytes.contains("/JavaScript") && !bytes.contains("/JS") && !bytes.contains("/Launch")
                && !bytes.contains("/SubmitForm") && !bytes.contains("/URI (http:")
                && !bytes.contains("/URI (javascript"));
            QVERIFY(!text(pdf).isEmpty());
        }
        QVERIFY(text(path).contains(u"hostile"_s));
    }
};

INSPECTOR_TEST_MAIN(PdfExportTest)
#include "tst_pdfexport.moc"
