// SPDX-License-Identifier: Apache-2.0
// export-bench: the measuring end of bench/run.sh.
//   export-bench --url URL --stream ID --format csv|json|jsonl --output FILE [--count N]
//                [--columns a,b,...] [--no-dedupe] [--url-log FILE]
//       one MessageExportJob against a running pod; prints one `export ...` line of key=value pairs
//   export-bench --print-jwt
//       a fresh RS512 JWT for the demo pod's bot, for logging in with curl
//   export-bench --pml FILE [--seconds S]
//       PresentationML to text / safe HTML throughput on the messages of FILE (a page of
//       /agent/v4/stream/{sid}/message), and the time for one 100 KB message; prints a `pml ...` line
//   export-bench --stages [--seconds S] PAGE...
//       the client-side stages of an export on saved message pages, without network or pod: JSON
//       DOM, full page parse, the pager's outline, plain text, CSV and JSON Lines output; prints a
//       `stages ...` line in MB of page JSON per second
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

#include "api/apiclient.h"
#include "auth/jwt.h"
#include "auth/rsakey.h"
#include "data/parse.h"
#include "demopodserver.h"
#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "export/messagecolumns.h"
#include "export/messageexportjob.h"
#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "export-bench: %s\n", qPrintable(message));
    return code;
}

/// A field of /proc/self/status in kB ("VmHWM" is the peak resident set), 0 when absent.
qint64 procStatusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// User and system CPU seconds of this process so far (all threads).
std::pair<double, double> cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    auto secs = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {secs(u.ru_utime), secs(u.ru_stime)};
}

Inspector::Result<Inspector::Auth::RsaKey> botKey()
{
    return Inspector::Auth::RsaKey::fromPem(Inspector::DemoPod::Server::botPrivateKeyPem(), {});
}

int printJwt()
{
    const auto key = botKey();
    if (!key)
        return fail(u"the demo bot key does not load: "_s + key.error().message());
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 240;
    const auto jwt
        = Inspector::Auth::signJwtRs512(key.value(), Inspector::DemoPod::Server::botUsername(), exp);
    if (!jwt)
        return fail(u"could not sign the JWT: "_s + jwt.error().message());
    std::printf("%s\n", jwt.value().constData());
    return 0;
}

/** @brief Runs one export on the main thread's event loop and prints what it cost. */
class ExportRun final : public QObject
{
    Q_DISABLE_COPY_MOVE(ExportRun)

public:
    ExportRun(Inspector::ApiClient *client, Inspector::Export::MessageSource source,
        Inspector::Export::ExportSettings settings, QFile *urlLog)
        : m_client(client)
        , m_source(std::move(source))
        , m_settings(std::move(settings))
        , m_urlLog(urlLog)
    {
        connect(m_client, &Inspector::ApiClient::requestLogged, this,
            [this](const Inspector::RequestLogEntry &e) {
                if (!m_job || !e.url.path().endsWith("/message"_L1))
                    return;
                ++m_pages;
                m_pageBytes += e.bytes;
                if (m_urlLog) {
                    m_urlLog->write(e.url.toEncoded());
                    m_urlLog->write("\n");
                }
            });
        // Log in first, so that the clock measures the export and not the sign-in.
        connect(m_client, &Inspector::ApiClient::authenticated, this, &ExportRun::startExport);
        connect(
            m_client, &Inspector::ApiClient::authenticationFailed, this, [](const Inspector::ApiError &e) {
                fail(u"login failed: "_s + e.message);
                QCoreApplication::exit(1);
            });
    }

    void start() { m_client->authenticate(); }

private:
    void startExport()
    {
        if (m_job)
            return; // a re-authentication during the export
        m_job = new Inspector::Export::MessageExportJob(m_client, {m_source}, m_settings, this);
        connect(m_job, &Inspector::Export::MessageExportJob::finished, this, &ExportRun::onFinished);
        m_cpuAtStart = cpuSeconds();
        m_clock.start();
        m_job->start();
    }

    void onFinished(const Inspector::Export::ExportReport &report)
    {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        const auto [user, sys] = cpuSeconds();
        if (report.error.isError()) {
            fail(u"export failed: "_s + report.error.message);
            QCoreApplication::exit(1);
            return;
        }
        const double mb = 1e6;
        std::printf("export format=%s messages=%lld pages=%d page_bytes=%lld out_bytes=%lld seconds=%.3f "
                    "msgs_per_s=%.0f page_mb_per_s=%.2f out_mb_per_s=%.2f cpu_user_s=%.3f cpu_sys_s=%.3f "
                    "peak_rss_kb=%lld duplicates=%lld\n",
            qPrintable(Inspector::Export::formatName(m_settings.format)),
            static_cast<long long>(report.messages), m_pages, static_cast<long long>(m_pageBytes),
            static_cast<long long>(report.bytes), seconds, double(report.messages) / seconds,
            double(m_pageBytes) / mb / seconds, double(report.bytes) / mb / seconds,
            user - m_cpuAtStart.first, sys - m_cpuAtStart.second,
            static_cast<long long>(procStatusKb("VmHWM")), static_cast<long long>(report.duplicatesDropped));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    Inspector::ApiClient *m_client;
    Inspector::Export::MessageSource m_source;
    Inspector::Export::ExportSettings m_settings;
    QFile *m_urlLog;
    Inspector::Export::MessageExportJob *m_job = nullptr;
    QElapsedTimer m_clock;
    std::pair<double, double> m_cpuAtStart {};
    int m_pages = 0;
    qint64 m_pageBytes = 0;
};

struct Body
{
    QString pml;
    QString data;
};

/// Calls `render` on every body, over and over for at least `minSeconds`; MB of PresentationML per second.
template<typename Render>
double throughput(const std::vector<Body> &bodies, qint64 bytesPerRound, double minSeconds, Render render)
{
    QElapsedTimer clock;
    clock.start();
    qint64 bytes = 0;
    qsizetype sink = 0;
    do {
        for (const Body &b : bodies)
            sink += render(b);
        bytes += bytesPerRound;
    } while (double(clock.nsecsElapsed()) / 1e9 < minSeconds);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (sink < 0)
        std::printf("impossible\n"); // keeps the results alive for the optimiser
    return double(bytes) / 1e6 / seconds;
}

/// Median milliseconds of `render(big)` over `runs` calls.
template<typename Render> double medianMs(const Body &big, int runs, Render render)
{
    std::vector<double> ms;
    qsizetype sink = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        sink += render(big);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    if (sink < 0)
        std::printf("impossible\n");
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

/// One message of at least `minBytes` (UTF-8) built from the demo bodies: their inner markup in
/// one PresentationML root, entity ids made unique per copy so every mention and tag still resolves.
Body bigMessage(const std::vector<Body> &bodies, qsizetype minBytes)
{
    static const QRegularExpression root(
        uR"re(^\s*<div data-format="PresentationML" data-version="2.0"[^>]*>(.*)</div>\s*$)re"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression entityRef(uR"re(data-entity-id="([^"]*)")re"_s);
    QString inner;
    QJsonObject data;
    qsizetype bytes = 0;
    for (int copy = 0; bytes < minBytes; ++copy) {
        const Body &b = bodies[size_t(copy) % bodies.size()];
        const auto m = root.match(b.pml);
        QString part = m.hasMatch() ? m.captured(1) : b.pml;
        const QString prefix = u"c%1-"_s.arg(copy);
        part.replace(entityRef, u"data-entity-id=\"%1\\1\""_s.arg(prefix));
        const QJsonObject entities = QJsonDocument::fromJson(b.data.toUtf8()).object();
        for (auto it = entities.begin(); it != entities.end(); ++it)
            data.insert(prefix + it.key(), it.value());
        inner += part;
        bytes += part.toUtf8().size();
    }
    return {u"<div data-format=\"PresentationML\" data-version=\"2.0\">"_s + inner + u"</div>"_s,
        QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))};
}

int runPml(const QString &path, double seconds)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    const auto parsed = Inspector::Parse::messages(f.readAll());
    if (!parsed.error.isEmpty())
        return fail(u"%1 is not a page of messages: %2"_s.arg(path, parsed.error));
    std::vector<Body> bodies;
    qint64 bytes = 0;
    for (const Inspector::Message &m : parsed.value) {
        if (m.message.isEmpty())
            continue; // undecryptable messages have no markup
        bodies.push_back({m.message, m.data});
        bytes += m.message.toUtf8().size();
    }
    if (bodies.empty())
        return fail(u"%1 holds no PresentationML"_s.arg(path));
    using namespace Inspector::PresentationMl;
    // Warm up once so first-call costs (static tables, allocations) do not count.
    for (const Body &b : bodies)
        (void)toPlainText(b.pml, b.data);
    const double textMbs
        = throughput(bodies, bytes, seconds, [](const Body &b) { return toPlainText(b.pml, b.data).size(); });
    const double htmlMbs = throughput(
        bodies, bytes, seconds, [](const Body &b) { return toSafeHtml(b.pml, b.data).html.size(); });
    const Body big = bigMessage(bodies, 100 * 1024);
    const qsizetype bigBytes = big.pml.toUtf8().size();
    const auto bigText = toPlainText(big.pml, big.data);
    const auto bigHtml = toSafeHtml(big.pml, big.data);
    if (bigHtml.fellBack)
        return fail(u"the 100 KB message fell back to text: it is not a valid test"_s);
    const double textMs = medianMs(big, 31, [](const Body &b) { return toPlainText(b.pml, b.data).size(); });
    const double htmlMs
        = medianMs(big, 31, [](const Body &b) { return toSafeHtml(b.pml, b.data).html.size(); });
    std::printf("pml messages=%zu avg_pml_bytes=%.0f text_mb_per_s=%.2f html_mb_per_s=%.2f big_bytes=%lld "
                "big_text_ms=%.2f big_html_ms=%.2f big_text_chars=%lld big_html_chars=%lld\n",
        bodies.size(), double(bytes) / double(bodies.size()), textMbs, htmlMbs,
        static_cast<long long>(bigBytes), textMs, htmlMs, static_cast<long long>(bigText.size()),
        static_cast<long long>(bigHtml.html.size()));
    return 0;
}

/// Calls `round` over and over for at least `minSeconds`; MB per second for `bytesPerRound` bytes a round.
template<typename Round> double rate(qint64 bytesPerRound, double minSeconds, Round round)
{
    round(); // warm-up: first-call costs and allocator growth do not count
    QElapsedTimer clock;
    clock.start();
    qint64 bytes = 0;
    do {
        round();
        bytes += bytesPerRound;
    } while (double(clock.nsecsElapsed()) / 1e9 < minSeconds);
    return double(bytes) / 1e6 / (double(clock.nsecsElapsed()) / 1e9);
}

int runStages(const QStringList &paths, double seconds)
{
    if (paths.isEmpty())
        return fail(u"--stages needs at least one saved message page"_s, 2);
    QList<QByteArray> pages;
    qint64 bytes = 0;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(path, f.errorString()));
        pages.append(f.readAll());
        bytes += pages.last().size();
    }
    QList<Inspector::Message> messages;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto parsed = Inspector::Parse::messages(pages[i]);
        if (!parsed.error.isEmpty())
            return fail(u"%1 is not a page of messages: %2"_s.arg(paths[i], parsed.error));
        messages += parsed.value;
    }
    QFile sink(u"/dev/null"_s);
    if (!sink.open(QIODevice::WriteOnly))
        return fail(u"cannot open /dev/null: "_s + sink.errorString());
    qsizetype keep = 0;
    const double dom = rate(bytes, seconds, [&] {
        for (const QByteArray &page : std::as_const(pages))
            keep += QJsonDocument::fromJson(page).array().size();
    });
    const double parseRef = rate(bytes, seconds, [&] {
        for (const QByteArray &page : std::as_const(pages))
            keep += Inspector::Parse::messagesReference(page).value.size();
    });
    const double parse = rate(bytes, seconds, [&] {
        for (const QByteArray &page : std::as_const(pages))
            keep += Inspector::Parse::messages(page).value.size();
    });
    // What the pager reads before it asks for the next page.
    const double outline = rate(bytes, seconds, [&] {
        for (const QByteArray &page : std::as_const(pages))
            if (const auto o = Inspector::Parse::messagePageOutline(page))
                keep += o->timestamps.size();
    });
    Inspector::PresentationMl::RenderOptions full;
    full.fullParser = true;
    const double textFull = rate(bytes, seconds, [&] {
        for (const Inspector::Message &m : std::as_const(messages))
            keep += Inspector::PresentationMl::toPlainText(m.message, m.data, full).size();
    });
    const double text = rate(bytes, seconds, [&] {
        for (const Inspector::Message &m : std::as_const(messages))
            keep += Inspector::PresentationMl::toPlainText(m.message, m.data).size();
    });
    // The scanner must say what QXmlStreamReader says, on every message of the sample.
    qsizetype textMismatches = 0;
    for (const Inspector::Message &m : std::as_const(messages)) {
        if (Inspector::PresentationMl::toPlainText(m.message, m.data)
            != Inspector::PresentationMl::toPlainText(m.message, m.data, full))
            ++textMismatches;
    }
    const QStringList columns = Inspector::Export::MessageColumns::defaultNames();
    Inspector::Export::CsvWriter csv(&sink, {});
    const double csvRate = rate(bytes, seconds, [&] {
        for (const Inspector::Message &m : std::as_const(messages))
            keep += csv.writeRow(Inspector::Export::MessageColumns::row(m, {}, columns));
    });
    Inspector::Export::JsonWriter json(&sink, Inspector::Export::JsonWriter::Mode::Lines);
    const double jsonRate = rate(bytes, seconds, [&] {
        for (const Inspector::Message &m : std::as_const(messages))
            keep += Inspector::Export::writeMessageJson(&json, m, {});
    });
    if (keep < 0)
        std::printf("impossible\n");
    std::printf("stages pages=%lld messages=%lld page_bytes=%lld dom_mb_per_s=%.1f parse_ref_mb_per_s=%.1f "
                "parse_mb_per_s=%.1f outline_mb_per_s=%.1f text_full_mb_per_s=%.1f text_mb_per_s=%.1f "
                "text_mismatches=%lld csv_out_mb_per_s=%.1f jsonl_out_mb_per_s=%.1f\n",
        static_cast<long long>(pages.size()), static_cast<long long>(messages.size()),
        static_cast<long long>(bytes), dom, parseRef, parse, outline, textFull, text,
        static_cast<long long>(textMismatches), csvRate, jsonRate);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"export-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times one message export against a pod (see bench/run.sh)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"url"_s, u"The pod, e.g. http://127.0.0.1:PORT (every service on that origin)."_s, u"URL"_s},
        {u"stream"_s, u"The stream to export."_s, u"ID"_s},
        {u"format"_s, u"csv, json or jsonl."_s, u"FORMAT"_s},
        {u"output"_s, u"The export file."_s, u"FILE"_s},
        {u"count"_s, u"Export at most N messages (default: all)."_s, u"N"_s},
        {u"columns"_s, u"CSV columns, comma-separated (default: all)."_s, u"LIST"_s},
        {u"no-dedupe"_s, u"Do not de-duplicate (shows what the de-duplication keys cost in memory)."_s},
        {u"url-log"_s, u"Write the URL of every message page read to FILE."_s, u"FILE"_s},
        {u"print-jwt"_s, u"Print a login JWT for the demo pod's bot and exit."_s},
        {u"pml"_s, u"Measure PresentationML rendering on the messages of FILE (a message page)."_s,
            u"FILE"_s},
        {u"stages"_s, u"Measure the client-side stages of an export on the saved message pages given."_s},
        {u"seconds"_s, u"Minimum seconds per throughput measurement (default 3)."_s, u"S"_s},
    });
    parser.addPositionalArgument(u"pages"_s, u"With --stages: saved message pages."_s, u"[PAGE...]"_s);
    parser.process(app);

    if (parser.isSet(u"print-jwt"_s))
        return printJwt();
    if (parser.isSet(u"pml"_s) || parser.isSet(u"stages"_s)) {
        bool ok = true;
        const double seconds = parser.isSet(u"seconds"_s) ? parser.value(u"seconds"_s).toDouble(&ok) : 3.0;
        if (!ok || seconds <= 0)
            return fail(u"--seconds must be a positive number"_s, 2);
        return parser.isSet(u"pml"_s) ? runPml(parser.value(u"pml"_s), seconds)
                                      : runStages(parser.positionalArguments(), seconds);
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument: "_s + parser.positionalArguments().constFirst(), 2);

    for (const char *required : {"url", "stream", "format", "output"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(u"--%1 is required (see --help)"_s.arg(QString::fromLatin1(required)), 2);
    }
    const QUrl url(parser.value(u"url"_s));
    if (!url.isValid() || url.host().isEmpty())
        return fail(u"--url is not a URL: "_s + parser.value(u"url"_s), 2);
    const auto format = Inspector::Export::formatFromName(parser.value(u"format"_s));
    if (!format)
        return fail(u"--format must be csv, json or jsonl"_s, 2);

    Inspector::Export::MessageSource source
        = Inspector::Export::MessageSource::stream(parser.value(u"stream"_s));
    if (parser.isSet(u"count"_s)) {
        bool ok = false;
        source.maxItems = parser.value(u"count"_s).toInt(&ok);
        if (!ok || source.maxItems <= 0)
            return fail(u"--count must be a positive integer"_s, 2);
    }
    Inspector::Export::ExportSettings settings;
    settings.format = *format;
    settings.outputPath = parser.value(u"output"_s);
    settings.dedupe = !parser.isSet(u"no-dedupe"_s);
    if (parser.isSet(u"columns"_s)) {
        const Inspector::Result<QStringList> columns
            = Inspector::Export::MessageColumns::resolve(parser.value(u"columns"_s).split(u','));
        if (!columns)
            return fail(columns.error().message(), 2);
        settings.columns = columns.value();
    }

    std::optional<QFile> urlLog;
    if (parser.isSet(u"url-log"_s)) {
        urlLog.emplace(parser.value(u"url-log"_s));
        if (!urlLog->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(u"cannot write %1: %2"_s.arg(urlLog->fileName(), urlLog->errorString()));
    }

    const auto key = botKey();
    if (!key)
        return fail(u"the demo bot key does not load: "_s + key.error().message());
    Inspector::ApiClient client(Inspector::ServiceUrls::forOrigin(url));
    client.setCredentials(
        Inspector::Credentials::fromRsaKey(Inspector::DemoPod::Server::botUsername(), key.value()));
    ExportRun run(&client, source, settings, urlLog ? &*urlLog : nullptr);
    QTimer::singleShot(0, &run, &ExportRun::start);
    return app.exec();
}
