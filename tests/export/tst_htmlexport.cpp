// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "demodata.h"
#include "demopodserver.h"
#include "export/htmltranscript.h"
#include "export/messageexportjob.h"

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

QString id(int n)
{
    return u"AAAAAAAAAAAAAAAAAAAA%1"_s.arg(n, 4, 10, QChar(u'0'));
}

/// `count` messages of one room, a minute apart; message i > 0 replies to message 0 when `replies`.
QList<Message> roomMessages(int count, bool replies = false)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        QJsonObject m {{u"messageId"_s, id(i)}, {u"timestamp"_s, 1767348000000 + i * 60000LL},
            {u"message"_s,
                u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>message %1</p></div>"_s.arg(i)},
            {u"user"_s, QJsonObject {{u"userId"_s, 7}, {u"displayName"_s, u"Alice"_s}}},
            {u"stream"_s,
                QJsonObject {
                    {u"streamId"_s, u"S"_s}, {u"streamType"_s, u"ROOM"_s}, {u"roomName"_s, u"Room"_s}}}};
        if (replies && i > 0)
            m.insert(u"parentMessageId"_s, id(0));
        json += QJsonDocument(m).toJson(QJsonDocument::Compact) + (i + 1 < count ? "," : "");
    }
    json += "]";
    const auto parsed = Parse::messages(json);
    return parsed.value;
}

} // namespace

/** HTML transcripts through MessageExportJob: from the demo pod, in parts, and their failures. */
class HtmlExportTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    ExportReport run(ApiClient *client, const QList<MessageSource> &sources, const ExportSettings &settings)
    {
        auto job = std::make_unique<MessageExportJob>(client, sources, settings);
        QSignalSpy finished(job.get(), &MessageExportJob::finished);
        job->start();
        [&] { QVERIFY(finished.wait(60000)); }();
        return finished.isEmpty() ? ExportReport {} : finished.first().first().value<ExportReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.messagesPerStream = 700;
        m_pod = TestSupport::startPod(config);
        m_client = TestSupport::botClient(*m_pod);
    }

    void ratesDeskHasEveryMessage()
    {
        // The same stream as JSON Lines tells which messages there are.
        ExportSettings s;
        s.format = Format::JsonLines;
        s.outputPath = m_dir.filePath(u"rates.jsonl"_s);
        const MessageSource rates = MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId));
        const ExportReport lines = run(m_client.get(), {rates}, s);
        QVERIFY2(!lines.error.isError(), qPrintable(lines.error.message));

        s.format = Format::Html;
        s.outputPath = m_dir.filePath(u"rates.html"_s);
        s.html.timeZone = QTimeZone::utc();
        const ExportReport r = run(m_client.get(), {rates}, s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.messages, lines.messages);
        QCOMPARE(r.files, QStringList {s.outputPath});
        const QString html = QString::fromUtf8(read(s.outputPath));
        QCOMPARE(qint64(html.toUtf8().size()), r.bytes);

        int ids = 0;
        for (const QByteArray &line : read(m_dir.filePath(u"rates.jsonl"_s)).split('\n')) {
            if (line.isEmpty())
                continue;
            const QString messageId = QJsonDocument::fromJson(line).object().value(u"messageId"_s).toString();
            QVERIFY2(
                html.contains(u"<article class=\"msg\" id=\"m-"_s + Ids::normalized(messageId) + u"\">"_s),
                qPrintable(messageId));
            ++ids;
        }
        QCOMPARE(ids, lines.messages);
        QCOMPARE(html.count(u"<article class=\"msg\""_s), ids);
        // The demo's room: its name, the pod, the bot that exported, and what is special in it.
        QVERIFY(html.contains(u"<h1><bdi>Rates Desk</bdi></h1>"_s));
        QVERIFY(html.contains(u"<bdi>"_s + m_pod->baseUrl().host() + u"</bdi>"_s));
        QVERIFY(html.contains(u"<bdi>"_s + DemoPod::Server::botUsername() + u"</bdi>"_s));
        QVERIFY(html.contains(u"mark-undecryptable"_s));
        QVERIFY(html.contains(u"mark-suppressed"_s));
        // m2 replies to m1, which is in the file.
        QVERIFY(
            html.contains(u"In reply to <a href=\"#m-"_s + Ids::normalized(QString::fromLatin1(Demo::M1Id))));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    }

    void partitionNamesAndLinksTheParts()
    {
        ExportSettings s;
        s.format = Format::Html;
        s.outputPath = m_dir.filePath(u"parts.html"_s);
        s.html.partition = 2;
        const ExportReport r = run(nullptr, {MessageSource::fromMessages(roomMessages(5, true))}, s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.messages, 5);
        const QStringList names {
            u"parts-part-0001.html"_s, u"parts-part-0002.html"_s, u"parts-part-0003.html"_s};
        QStringList expected;
        for (const QString &name : names)
            expected.append(m_dir.filePath(name));
        QCOMPARE(r.files, expected);
        QVERIFY(!QFile::exists(s.outputPath));
        qint64 bytes = 0;
        for (int i = 0; i < 3; ++i) {
            const QString html = QString::fromUtf8(read(expected[i]));
            bytes += html.toUtf8().size();
            QCOMPARE(html.count(u"<article class=\"msg\""_s), i < 2 ? 2 : 1);
            QCOMPARE(
                html.contains(u"rel=\"prev\" href=\""_s + (i > 0 ? names.value(i - 1) : QString())), i > 0);
            QCOMPARE(html.contains(u"<a rel=\"next\" href=\""_s + names.value(i + 1) + u"\">"_s), i < 2);
            QCOMPARE(html.contains(u"rel=\"next\""_s), i < 2);
            QVERIFY(html.contains(u"<title>Selected messages (part %1)</title>"_s.arg(i + 1)));
            // Replies link to message 0 in the first part.
            if (i == 0)
                QVERIFY(html.contains(u"In reply to <a href=\"#m-"_s + id(0) + u"\">"_s));
            else
                QVERIFY(html.contains(u"In reply to <a href=\"parts-part-0001.html#m-"_s + id(0) + u"\">"_s));
        }
        QCOMPARE(bytes, r.bytes);
    }

    void partitionWithSplit()
    {
        ExportSettings s;
        s.format = Format::Html;
        s.split = true;
        s.outputPath = m_dir.filePath(u"both.html"_s);
        s.html.partition = 25;
        const ExportReport r = run(m_client.get(),
            {MessageSource::stream(QString::fromLatin1(Demo::ImStreamId)),
                MessageSource::stream(QString::fromLatin1(Demo::MimStreamId))},
            s);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        const QString im = QString::fromLatin1(Demo::ImStreamId);
        const QString mim = QString::fromLatin1(Demo::MimStreamId);
        QCOMPARE(r.files,
            QStringList({m_dir.filePath(u"both-%1-part-0001.html"_s.arg(im)),
                m_dir.filePath(u"both-%1-part-0002.html"_s.arg(im)),
                m_dir.filePath(u"both-%1-part-0001.html"_s.arg(mim)),
                m_dir.filePath(u"both-%1-part-0002.html"_s.arg(mim))}));
    }

    void severalStreamsNeedSplit()
    {
        ExportSettings s;
        s.format = Format::Html;
        s.outputPath = m_dir.filePath(u"two.html"_s);
        const ExportReport r = run(m_client.get(),
            {MessageSource::stream(QString::fromLatin1(Demo::ImStreamId)),
                MessageSource::stream(QString::fromLatin1(Demo::MimStreamId))},
            s);
        QCOMPARE(r.error.kind, ApiError::Kind::Local);
        QVERIFY2(r.error.message.contains(u"split"_s), qPrintable(r.error.message));
        QVERIFY(!QFile::exists(s.outputPath));
    }

    void partRefusesASymbolicLink()
    {
        const QString target = m_dir.filePath(u"target.txt"_s);
        QVERIFY(QFile(target).open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(target, m_dir.filePath(u"linked-part-0002.html"_s)));
        ExportSettings s;
        s.format = Format::Html;
        s.outputPath = m_dir.filePath(u"linked.html"_s);
        s.html.partition = 2;
        const ExportReport r = run(nullptr, {MessageSource::fromMessages(roomMessages(3))}, s);
        QCOMPARE(r.error.kind, ApiError::Kind::Local);
        QVERIFY2(r.error.message.contains(u"symbolic link"_s), qPrintable(r.error.message));
        // The first part was committed before; the file behind the link is untouched.
        QCOMPARE(r.files, QStringList {m_dir.filePath(u"linked-part-0001.html"_s)});
        QCOMPARE(read(target), QByteArray());
    }

    void partPathNames()
    {
        QCOMPARE(HtmlTranscript::partPath(u"/x/rates.html"_s, 1), u"/x/rates-part-0001.html"_s);
        QCOMPARE(HtmlTranscript::partPath(u"/x/rates.htm"_s, 12), u"/x/rates-part-0012.htm"_s);
        QCOMPARE(HtmlTranscript::partPath(u"/x/rates"_s, 10000), u"/x/rates-part-10000.html"_s);
        QCOMPARE(formatFromName(u"HTML"_s), std::optional<Format>(Format::Html));
        QCOMPARE(formatSuffix(Format::Html), u"html"_s);
    }

    void cancelLeavesNoPart()
    {
        ExportSettings s;
        s.format = Format::Html;
        s.outputPath = m_dir.filePath(u"cancelled.html"_s);
        auto job = std::make_unique<MessageExportJob>(
            nullptr, QList {MessageSource::fromMessages(roomMessages(10000))}, s);
        QSignalSpy finished(job.get(), &MessageExportJob::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->report().messages > 0, 20000);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ExportReport>().error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }
};

INSPECTOR_TEST_MAIN(HtmlExportTest)
#include "tst_htmlexport.moc"
