// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
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
#include "export/attachmentprefetch.h"
#include "export/htmlwriter.h"
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

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/**
 * What Chromium itself asks for whatever the page (its updater and account services), despite
 * --disable-background-networking and --disable-component-update. Exact host names: a page that
 * loaded anything, from any other host (fonts.googleapis.com included), fails the test.
 */
bool isBrowserHousekeeping(const QString &host)
{
    static const QSet<QString> hosts {u"update.googleapis.com"_s, u"accounts.google.com"_s,
        u"clients2.google.com"_s, u"clients1.google.com"_s, u"redirector.gvt1.com"_s, u"edgedl.me.gvt1.com"_s,
        u"safebrowsing.googleapis.com"_s, u"optimizationguide-pa.googleapis.com"_s,
        u"content-autofill.googleapis.com"_s};
    return hosts.contains(host);
}

/// Hostile PresentationML: every way a page could load something or run a script.
QString hostileMarkup()
{
    return QString::fromUtf8(read(QStringLiteral(INSPECTOR_TEST_DATA "/html/hostile-message.xml")));
}

} // namespace

/**
 * The transcript in a real browser: headless Chromium (Debian package `chromium`) opens the demo
 * pod's Rates Desk and a hostile corpus with every request sent to a proxy that records it; the
 * page must make none. It checks that every message is in the DOM, and takes light, dark and
 * 320 px screenshots (kept next to the test, html-transcript-*.png). Skipped when Chromium is not
 * installed.
 */
class HtmlBrowserTest final : public QObject
{
    Q_OBJECT

private:
    QString m_chromium;
    QTemporaryDir m_dir;
    QTcpServer m_proxy;
    QStringList m_hosts; // every host asked for through the proxy
    std::unique_ptr<DemoPod::Server> m_pod;
    std::unique_ptr<ApiClient> m_client;
    int m_runs = 0;
    QByteArray m_console; // what the pages of the test logged (CSP violations among them)

    void onConnection()
    {
        while (QTcpSocket *socket = m_proxy.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine() && socket->bytesAvailable() < 4096)
                    return;
                // "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"
                const QList<QByteArray> words = socket->readLine(4096).trimmed().split(' ');
                const QString target = QString::fromLatin1(words.value(1));
                const QUrl url = target.contains(u"://"_s) ? QUrl(target) : QUrl(u"https://"_s + target);
                m_hosts.append(url.host().isEmpty() ? target : url.host());
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    }

    QStringList pageHosts() const
    {
        QStringList out;
        for (const QString &host : m_hosts) {
            if (!isBrowserHousekeeping(host))
                out.append(host);
        }
        return out;
    }

    /// Runs Chromium on `file` with `extra` arguments; its standard output. Its console lines
    /// (Content-Security-Policy violations among them) go to m_console.
    QByteArray browse(const QString &file, const QStringList &extra)
    {
        QProcess chromium;
        QStringList args {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
            u"--disable-dev-shm-usage"_s, u"--disable-background-networking"_s,
            u"--disable-component-update"_s, u"--disable-sync"_s, u"--no-first-run"_s,
            u"--disable-default-apps"_s, u"--disable-extensions"_s, u"--disable-breakpad"_s,
            u"--disable-domain-reliability"_s, u"--disable-client-side-phishing-detection"_s, u"--no-pings"_s,
            u"--disable-field-trial-config"_s,
            u"--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,"
            "AutofillServerCommunication,CertificateTransparencyComponentUpdater"_s,
            u"--enable-logging=stderr"_s, u"--v=0"_s,
            u"--user-data-dir="_s + m_dir.filePath(u"profile%1"_s.arg(++m_runs)),
            // Every request goes to the recorder, loopback included.
            u"--proxy-server=http://127.0.0.1:%1"_s.arg(m_proxy.serverPort()),
            u"--proxy-bypass-list=<-loopback>"_s};
        args += extra;
        args.append(QUrl::fromLocalFile(file).toString());
        chromium.setProcessChannelMode(QProcess::SeparateChannels);
        QSignalSpy finished(&chromium, &QProcess::finished);
        chromium.start(m_chromium, args);
        if (!chromium.waitForStarted(20000))
            return {};
        // The event loop runs while waiting, so the proxy answers.
        if (!finished.wait(120000)) {
            chromium.kill();
            chromium.waitForFinished(5000);
            return {};
        }
        for (const QByteArray &line : chromium.readAllStandardError().split('\n')) {
            if (line.contains(":CONSOLE"))
                m_console += line + '\n';
        }
        return chromium.readAllStandardOutput();
    }

    QString exportHtml(ApiClient *client, const MessageSource &source, const QString &name,
        std::shared_ptr<AttachmentSource> attachments = {})
    {
        ExportSettings s;
        s.format = Format::Html;
        s.outputPath = m_dir.filePath(name);
        s.html.timeZone = QTimeZone::utc();
        s.html.attachments = std::move(attachments);
        auto job = std::make_unique<MessageExportJob>(client, QList {source}, s);
        QSignalSpy finished(job.get(), &MessageExportJob::finished);
        job->start();
        if (!finished.wait(60000))
            return {};
        const auto report = finished.first().first().value<ExportReport>();
        return report.error.isError() ? QString() : s.outputPath;
    }

    static QSet<QString> domIds(const QByteArray &dom)
    {
        QSet<QString> ids;
        static const QRegularExpression re(u"<article class=\"msg\" id=\"(m-[^\"]+)\">"_s);
        for (auto it = re.globalMatch(QString::fromUtf8(dom)); it.hasNext();)
            ids.insert(it.next().captured(1));
        return ids;
    }

    static void checkDomInert(const QByteArray &dom)
    {
        const QString lower = QString::fromUtf8(dom).toLower();
        for (const char *tag : {"<script", "<img", "<iframe", "<object", "<embed", "<video", "<audio", "<svg",
                 "<form", "<base", "<link", "<input"})
            QVERIFY2(!lower.contains(QLatin1StringView(tag)), tag);
        // A hostile URL may be shown as text (escaped), never be the value of an attribute.
        static const QRegularExpression attribute(u"<[a-z][^<>]*\\s[a-z-]+\\s*=\\s*\"[^\"]*leak\\.invalid"_s);
        QVERIFY2(!attribute.match(lower).hasMatch(), qPrintable(attribute.match(lower).captured()));
    }

    /// How many pixels of @p png are the colour of the demo chart's fourth bar (150, 90, 110),
    /// which nothing else on the page has.
    static int chartPixels(const QString &png)
    {
        const QImage image(png);
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += qAbs(c.red() - 150) < 12 && qAbs(c.green() - 90) < 12 && qAbs(c.blue() - 110) < 12 ? 1
                                                                                                        : 0;
            }
        }
        return n;
    }

    /// The colour of the page's background, as painted.
    static QColor background(const QString &png)
    {
        const QImage image(png);
        return image.isNull() ? QColor() : image.pixelColor(3, image.height() - 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (m_chromium.isEmpty())
            QSKIP("Chromium is not installed (Debian package chromium; ./run installs it)");
        QVERIFY(m_dir.isValid());
        connect(&m_proxy, &QTcpServer::newConnection, this, &HtmlBrowserTest::onConnection);
        QVERIFY(m_proxy.listen(QHostAddress::LocalHost));
        DemoPod::Config config;
        config.messagesPerStream = 700;
        m_pod = TestSupport::startPod(config);
        m_client = TestSupport::botClient(*m_pod);
    }

    void init()
    {
        m_hosts.clear();
        m_console.clear();
    }

    void theRecorderSeesWhatAPageLoads()
    {
        // Without this, "no request" could mean a proxy that Chromium never used.
        const QString page = m_dir.filePath(u"control.html"_s);
        QVERIFY(write(page, "<!DOCTYPE html><p>control<img src=\"http://leak.invalid/control.png\"></p>"));
        browse(page, {u"--dump-dom"_s});
        QVERIFY2(pageHosts().contains(u"leak.invalid"_s), qPrintable(m_hosts.join(u", "_s)));

        // The same page under the transcripts' Content-Security-Policy loads nothing.
        m_hosts.clear();
        const QString guarded = m_dir.filePath(u"guarded.html"_s);
        QVERIFY(write(guarded,
            "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\""
                + HtmlWriter::contentSecurityPolicy().toUtf8()
                + "\"><p>guarded<img src=\"http://leak.invalid/guarded.png\"></p>"
                  "<link rel=\"stylesheet\" href=\"http://leak.invalid/guarded.css\">"));
        QVERIFY(browse(guarded, {u"--dump-dom"_s}).contains("guarded.png"));
        QVERIFY2(pageHosts().isEmpty(), qPrintable(pageHosts().join(u", "_s)));
        // The browser says why: so a transcript whose console has no such line tried nothing.
        QVERIFY2(
            m_console.contains("Content Security Policy") && m_console.contains("leak.invalid/guarded.png"),
            m_console.constData());
    }

    void ratesDeskLoadsNothingAndShowsEveryMessage()
    {
        const QString html = exportHtml(m_client.get(),
            MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId)), u"rates.html"_s);
        QVERIFY(!html.isEmpty());
        // Which messages there are: the same stream as JSON Lines.
        ExportSettings s;
        s.format = Format::JsonLines;
        s.outputPath = m_dir.filePath(u"rates.jsonl"_s);
        auto job = std::make_unique<MessageExportJob>(
            m_client.get(), QList {MessageSource::stream(QString::fromLatin1(Demo::RatesDeskStreamId))}, s);
        QSignalSpy finished(job.get(), &MessageExportJob::finished);
        job->start();
        QVERIFY(finished.wait(60000));
        QSet<QString> expected;
        for (const QByteArray &line : read(s.outputPath).split('\n')) {
            if (!line.isEmpty())
                expected.insert(u"m-"_s
                    + Ids::normalized(
                        QJsonDocument::fromJson(line).object().value(u"messageId"_s).toString()));
        }
        QCOMPARE(expected.size(), 700);

        const QByteArray dom = browse(html, {u"--dump-dom"_s});
        QVERIFY2(dom.contains("Rates Desk"), dom.left(500).constData());
        QCOMPARE(domIds(dom), expected);
        checkDomInert(dom);

        // Screenshots: light, dark (prefers-color-scheme) and 320 px wide.
        const QString light = QDir::current().filePath(u"html-transcript-light.png"_s);
        const QString dark = QDir::current().filePath(u"html-transcript-dark.png"_s);
        const QString narrow = QDir::current().filePath(u"html-transcript-320px.png"_s);
        for (const QString &png : {light, dark, narrow})
            QFile::remove(png);
        browse(html, {u"--window-size=1000,1400"_s, u"--screenshot="_s + light});
        browse(html, {u"--window-size=1000,1400"_s, u"--force-dark-mode"_s, u"--screenshot="_s + dark});
        browse(html, {u"--window-size=320,1400"_s, u"--screenshot="_s + narrow});
        QVERIFY2(background(light).lightness() > 200, qPrintable(light));
        QVERIFY2(background(dark).lightness() < 60, qPrintable(dark));
        QVERIFY2(QImage(narrow).width() == 320, qPrintable(narrow));
        qInfo().noquote() << "screenshots:" << light << dark << narrow;

        QVERIFY2(pageHosts().isEmpty(), qPrintable(pageHosts().join(u", "_s)));
        // Nothing was even refused: the style sheet matched its hash, and the page asked for nothing.
        QVERIFY2(!m_console.contains("Content Security Policy"), m_console.constData());
    }

    void attachmentsShowFromTheirFilesAndLoadNothingElse()
    {
        // --attachments: the IM's chart is a thumbnail from im_files/ beside the transcript. The
        // page shows it (its bars are painted) and asks the network for nothing.
        auto files = std::make_shared<PrefetchedAttachments>();
        AttachmentPrefetch prefetch(
            m_client.get(), {{QString::fromLatin1(Demo::ImStreamId), 0, std::nullopt}}, files);
        QSignalSpy fetched(&prefetch, &AttachmentPrefetch::finished);
        prefetch.start();
        QVERIFY(fetched.wait(30000));
        QVERIFY(!fetched.first().first().value<ApiError>().isError());
        QCOMPARE(files->count(), 2);
        const QString html = exportHtml(m_client.get(),
            MessageSource::stream(QString::fromLatin1(Demo::ImStreamId)), u"im.html"_s, files);
        QVERIFY(!html.isEmpty());
        QVERIFY(QFile::exists(m_dir.filePath(u"im_files/chart.png"_s)));

        const QByteArray dom = browse(html, {u"--dump-dom"_s});
        QVERIFY2(dom.contains("<img src=\"im_files/chart.png\""), dom.left(2000).constData());
        const QString shot = QDir::current().filePath(u"html-transcript-attachments.png"_s);
        QFile::remove(shot);
        browse(html, {u"--window-size=1000,1400"_s, u"--screenshot="_s + shot});
        QVERIFY2(chartPixels(shot) > 30, qPrintable(shot));
        QVERIFY2(pageHosts().isEmpty(), qPrintable(pageHosts().join(u", "_s)));
        QVERIFY2(!m_console.contains("Content Security Policy"), m_console.constData());
        qInfo().noquote() << "screenshot:" << shot;

        // The control: the same page under the policy without `img-src 'self'` shows no chart and
        // says why, so the chart above came from the local file the policy let through.
        QString text = QString::fromUtf8(read(html));
        QVERIFY(text.contains(HtmlWriter::contentSecurityPolicy(true)));
        text.replace(HtmlWriter::contentSecurityPolicy(true), HtmlWriter::contentSecurityPolicy());
        const QString control = m_dir.filePath(u"im-control.html"_s);
        QVERIFY(write(control, text.toUtf8()));
        const QString controlShot = m_dir.filePath(u"control.png"_s);
        browse(control, {u"--window-size=1000,1400"_s, u"--screenshot="_s + controlShot});
        QCOMPARE(chartPixels(controlShot), 0);
        QVERIFY2(m_console.contains("Content Security Policy") && m_console.contains("chart.png"),
            m_console.constData());
        QVERIFY2(pageHosts().isEmpty(), qPrintable(pageHosts().join(u", "_s)));
    }

    void hostileCorpusLoadsNothing()
    {
        // The demo pod's hostile names (markup and terminal controls in every name), with its
        // hostile message (MIM #0), and messages made of every loading trick there is.
        DemoPod::Config config;
        config.hostileNames = true;
        const std::unique_ptr<DemoPod::Server> pod = TestSupport::startPod(config);
        const std::unique_ptr<ApiClient> client = TestSupport::botClient(*pod);
        const QString mim = exportHtml(client.get(),
            MessageSource::stream(QString::fromLatin1(Demo::MimStreamId)), u"hostile-mim.html"_s);
        QVERIFY(!mim.isEmpty());

        QVERIFY(hostileMarkup().contains(u"leak.invalid"_s));
        QJsonArray messages;
        for (int i = 0; i < 3; ++i) {
            const QString leak
                = u"<img src=\"http://leak.invalid/name%1.png\"><script>fetch('http://leak.invalid/n')</script>"_s
                      .arg(i);
            messages.append(QJsonObject {{u"messageId"_s, u"AAAAAAAAAAAAAAAAAAAA000%1"_s.arg(i)},
                {u"parentMessageId"_s, u"\"><img src=\"http://leak.invalid/parent.png\">"_s},
                {u"timestamp"_s, 1767348000000 + i * 60000LL}, {u"message"_s, hostileMarkup()},
                {u"data"_s,
                    u"{\"x\":{\"type\":\"com.symphony.user.mention\",\"id\":[{\"type\":\"com.symphony.user.userId\",\"value\":1}]}}"_s},
                {u"user"_s, QJsonObject {{u"userId"_s, 1}, {u"displayName"_s, leak}, {u"email"_s, leak}}},
                {u"stream"_s,
                    QJsonObject {
                        {u"streamId"_s, u"S"_s}, {u"streamType"_s, u"ROOM"_s}, {u"roomName"_s, leak}}},
                {u"attachments"_s,
                    QJsonArray {QJsonObject {
                        {u"id"_s, leak}, {u"name"_s, QString(leak + u".png"_s)}, {u"size"_s, 1}}}},
                {u"diagnostic"_s, leak}});
        }
        const auto parsed = Parse::messages(QJsonDocument(messages).toJson(QJsonDocument::Compact));
        QVERIFY(parsed.ok());
        const QString corpus
            = exportHtml(nullptr, MessageSource::fromMessages(parsed.value), u"hostile.html"_s);
        QVERIFY(!corpus.isEmpty());

        for (const QString &html : {mim, corpus}) {
            const QByteArray dom = browse(html, {u"--dump-dom"_s});
            QVERIFY2(dom.contains("</main>"), qPrintable(html));
            checkDomInert(dom);
        }
        QCOMPARE(domIds(browse(corpus, {u"--dump-dom"_s})).size(), 3);
        QVERIFY2(pageHosts().isEmpty(), qPrintable(pageHosts().join(u", "_s)));
        QVERIFY2(!m_console.contains("Content Security Policy"), m_console.constData());
    }
};

INSPECTOR_TEST_MAIN(HtmlBrowserTest)
#include "tst_htmlbrowser.moc"
