// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

#include "api/apiclient.h"
#include "api/requests.h"
#include "auth/rsakey.h"
#include "clitestsupport.h"
#include "commandrunner.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "demopodserver.h"
#include "export/messagecolumns.h"
#include "export/recordexport.h"
#include "interruptnotifier.h"

using namespace Inspector;
using namespace Inspector::Cli;
using namespace CliTest;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;

namespace {

const QString Rates = QString::fromLatin1(Demo::RatesDeskStreamId);
const QString CrossPod = QString::fromLatin1(Demo::CrossPodStreamId);
const QString Im = QString::fromLatin1(Demo::ImStreamId);
const QString M1 = QString::fromLatin1(Demo::M1Id);

/** RFC 4180 reader for the tests: quoted cells may hold separators, quotes and line breaks. */
QList<QStringList> parseCsv(const QByteArray &bytes, QChar separator = u',')
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        rowStarted = true;
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row.append(std::exchange(cell, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            rowStarted = false;
        } else {
            cell += c;
        }
    }
    if (rowStarted) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        out.append(doc.object());
    }
    return out;
}

QList<QJsonObject> jsonArray(const QByteArray &bytes)
{
    QJsonParseError e {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    QList<QJsonObject> out;
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        return out;
    for (const QJsonValue &v : doc.array())
        out.append(v.toObject());
    return out;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString pmlFixture(const QString &name)
{
    return QStringLiteral(INSPECTOR_TEST_DATA "/pml/") + name;
}

/** A fixture as the converter's output: without the newline an editor adds. */
QString expectedFixture(const QString &name)
{
    QString text = QString::fromUtf8(readFile(pmlFixture(name)));
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

} // namespace

/**
 * The export commands and `pml` end to end, in-process against one demo pod with the full data set
 * (600 messages in Rates Desk, two pages of history).
 */
class CliExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void exportFormats_data();
    void exportFormats();
    void exportSplit();
    void exportSplitRefusesSymbolicLinks();
    void exportColumns();
    void exportCsvOptions();
    void exportFormulaGuard();
    void exportToStandardOutput();
    void exportDedupe();
    void exportFailureKeepsPreviousFile();
    void exportUnwritableOutput();
    void exportCancel();
    void exportCancelBySigint();
    void exportCancelBeforeStart();
    void listingCancel();
    void exportProgress();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void exportSearch();
    void exportStreamsMemberCounts();
    void exportStreamsAdmin();
    void exportStreamsCountErrors();
    void exportRecords_data();
    void exportRecords();
    void exportUsersPartly();
    void exportHealthDown();
    void exportRecordsCancel();
    void exportRecordsFailure();
    void receiptsKeepResponseFields_data();
    void receiptsKeepResponseFields();
    void lastPageNewestFirstIsSorted_data();
    void lastPageNewestFirstIsSorted();
    void fullPageOutOfOrderStops();

    void pmlFixtures_data();
    void pmlFixtures();
    void pmlStandardInput();
    void pmlBadInput_data();
    void pmlBadInput();
    void pmlHostile_data();
    void pmlHostile();

private:
    QString freshDir(const QString &name);
    int loggedRequests(const QString &pathPattern) const;
    /// Every GET of `pathPattern` answers 200 with `body`.
    void serve(const QString &pathPattern, const QByteArray &body);
    /// The second page of messages comes 4 s late (the export is under way meanwhile); the request
    /// log starts empty.
    void holdBackSecondPage();

    CliTest::CliPod m_pod;
};

void CliExportTest::initTestCase()
{
    QVERIFY(m_pod.start());
}

void CliExportTest::init()
{
    m_pod.server->clearFaults();
    m_pod.server->setComponentDown(u"ceservice"_s, {});
}

void CliExportTest::cleanupTestCase()
{
    m_pod.server->stop();
}

QString CliExportTest::freshDir(const QString &name)
{
    static int n = 0;
    const QString path = m_pod.dir.filePath(name + QString::number(++n));
    QDir().mkpath(path);
    return path;
}

int CliExportTest::loggedRequests(const QString &pathPattern) const
{
    const QRegularExpression re(u"^"_s + pathPattern + u"$"_s);
    int n = 0;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog())
        n += re.match(l.path).hasMatch() ? 1 : 0;
    return n;
}

void CliExportTest::holdBackSecondPage()
{
    DemoPod::Fault delay;
    delay.method = "GET";
    delay.pathPattern = u"/agent/v4/stream/.*/message"_s;
    delay.kind = DemoPod::Fault::Kind::Delay;
    delay.delayMs = 4000;
    delay.skip = 1;
    m_pod.server->addFault(delay);
    m_pod.server->clearRequestLog();
}

void CliExportTest::serve(const QString &pathPattern, const QByteArray &body)
{
    DemoPod::Fault fault;
    fault.method = "GET";
    fault.pathPattern = pathPattern;
    fault.kind = DemoPod::Fault::Kind::Status;
    fault.status = 200;
    fault.count = -1;
    fault.body = body;
    m_pod.server->addFault(fault);
}

static QByteArray bdkFixture(const char *name)
{
    return readFile(QStringLiteral(INSPECTOR_TEST_DATA "/bdk/") + QString::fromLatin1(name));
}

// ---- export: messages ----

void CliExportTest::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("jsonl") << u"jsonl"_s;
}

void CliExportTest::exportFormats()
{
    QFETCH(QString, format);
    const QString dir = freshDir(u"formats"_s);
    const QString path = QDir(dir).filePath(u"rates."_s + format);
    const CliRun r = run(m_pod.connection() + QStringList {u"export"_s, Rates, u"--output"_s, path});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.errorLines().isEmpty());
    const int count = DemoPod::Config {}.messagesPerStream;
    QVERIFY2(r.errText().contains(u"Wrote %1 messages"_s.arg(count)), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(path));
    QVERIFY(r.errText().contains(u"Duplicates dropped: 0; characters replaced by U+FFFD: 0"_s));
    QCOMPARE(r.err.count('\n'), 2);
    QCOMPARE(filesIn(dir), QStringList {QFileInfo(path).fileName()});

    const QByteArray bytes = readFile(path);
    const QJsonArray page = QJsonDocument::fromJson(
        TestSupport::serverBody(*m_pod.server, Requests::messages(Rates, 0, std::nullopt, 0, 3)))
                                .array();
    QCOMPARE(page.size(), 3);
    if (format == "csv"_L1) {
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), count + 1);
        const QStringList header = Export::MessageColumns::header(Export::MessageColumns::defaultNames());
        QCOMPARE(rows.at(0), header);
        const qsizetype id = header.indexOf(u"Message ID"_s);
        const qsizetype text = header.indexOf(u"Text"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows.at(i + 1).at(id), page.at(i).toObject().value(u"messageId"_s).toString());
        QVERIFY2(rows.at(1).at(text).startsWith(u"Morning @Bob Baker see #rates\n"_s),
            qPrintable(rows.at(1).at(text)));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        return;
    }
    const QList<QJsonObject> items = format == "json"_L1 ? jsonArray(bytes) : jsonLines(bytes);
    QCOMPARE(items.size(), count);
    if (format == "jsonl"_L1)
        QCOMPARE(bytes.count('\n'), count);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(withoutInspector(items.at(i)), page.at(i).toObject());
    QSet<QString> keys;
    for (const QJsonObject &o : items) {
        for (const QString &field : {u"messageId"_s, u"timestamp"_s, u"user"_s, u"stream"_s})
            QVERIFY2(o.contains(field), qPrintable(field));
        const QJsonObject derived = o.value(u"_inspector"_s).toObject();
        QVERIFY(derived.contains(u"standardId"_s));
        QVERIFY(derived.contains(u"timeIso"_s));
        QVERIFY(derived.contains(u"plainText"_s));
        keys.insert(o.value(u"messageId"_s).toString());
    }
    QCOMPARE(keys.size(), count);
    // 64-bit user ids come out exactly.
    QCOMPARE(items.at(0).value(u"user"_s).toObject().value(u"userId"_s).toInteger(), Demo::AliceId);
}

void CliExportTest::exportSplit()
{
    const QString dir = freshDir(u"split"_s);
    const QString base = QDir(dir).filePath(u"history.csv"_s);
    const CliRun r = run(
        m_pod.connection() + QStringList {u"export"_s, Rates, CrossPod, u"--split"_s, u"--output"_s, base});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QString ratesFile = u"history-"_s + Rates + u".csv"_s;
    const QString crossFile = u"history-"_s + CrossPod + u".csv"_s;
    QCOMPARE(filesIn(dir), (QStringList {crossFile, ratesFile})); // by name
    QCOMPARE(
        parseCsv(readFile(QDir(dir).filePath(ratesFile))).size(), DemoPod::Config {}.messagesPerStream + 1);
    QCOMPARE(parseCsv(readFile(QDir(dir).filePath(crossFile))).size(), Demo::CrossPodMessageCount - 1 + 1);
    QVERIFY2(r.errText().contains(u"to 2 files: "_s), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(ratesFile));

    // The same stream twice (in both Base64 forms) is one stream.
    const QString jsonBase = QDir(dir).filePath(u"again.json"_s);
    const CliRun twice = run(m_pod.connection()
        + QStringList {u"export"_s, CrossPod, QString::fromLatin1(Demo::CrossPodStreamStandardId),
            u"--split"_s, u"--output"_s, jsonBase});
    QVERIFY2(twice.code == 0, qPrintable(describe(twice)));
    QVERIFY(QFile::exists(QDir(dir).filePath(u"again-"_s + CrossPod + u".json"_s)));
    QCOMPARE(filesIn(dir).size(), 3);
}

// A file --split names after --output is never written through a symbolic link, dangling or not;
// a regular file there is replaced (a re-export replaces its own files).
void CliExportTest::exportSplitRefusesSymbolicLinks()
{
    const QString dir = freshDir(u"split-links"_s);
    const QString outside = freshDir(u"split-links-outside"_s);
    const QString base = QDir(dir).filePath(u"history.jsonl"_s);
    const QString derived = QDir(dir).filePath(u"history-"_s + Rates + u".jsonl"_s);
    const QString target = QDir(outside).filePath(u"precious.txt"_s);
    QVERIFY(writeFile(target, "precious\n"));

    const QString dangling = QDir(outside).filePath(u"not-there.txt"_s);
    for (const QString &linkTo : {target, dangling}) {
        QFile::remove(derived);
        QVERIFY(QFile::link(linkTo, derived));
        const CliRun r
            = run(m_pod.connection() + QStringList {u"export"_s, Rates, u"--split"_s, u"--output"_s, base});
        QVERIFY2(r.code != 0 && r.code != -1, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(derived + u" is a symbolic link; not written through"_s),
            qPrintable(r.errText()));
        QCOMPARE(readFile(target), QByteArray("precious\n"));
        QVERIFY(!QFileInfo::exists(dangling));
        QVERIFY(QFileInfo(derived).isSymLink());
    }

    // A regular file at the derived path: replaced, as by the export that made it.
    QFile::remove(derived);
    QVERIFY(writeFile(derived, "old\n"));
    const CliRun again
        = run(m_pod.connection() + QStringList {u"export"_s, Rates, u"--split"_s, u"--output"_s, base});
    QVERIFY2(again.code == 0, qPrintable(describe(again)));
    QCOMPARE(readFile(derived).count('\n'), DemoPod::Config {}.messagesPerStream);
}

void CliExportTest::exportColumns()
{
    const QString dir = freshDir(u"columns"_s);
    const QString path = QDir(dir).filePath(u"cols.csv"_s);
    const CliRun r = run(m_pod.connection()
        + QStringList {u"export"_s, Im, u"--output"_s, path, u"--columns"_s, u"senderName,MESSAGEID"_s,
            u"--columns"_s, u"time"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QList<QStringList> rows = parseCsv(readFile(path));
    QCOMPARE(rows.size(), Demo::ImMessageCount + 1);
    QCOMPARE(rows.at(0), (QStringList {u"Sender"_s, u"Message ID"_s, u"Time (UTC)"_s}));
    QCOMPARE(rows.at(1).at(1), QString::fromLatin1(Demo::M5Id));
    QCOMPARE(rows.at(1).at(0), u"Alice Adams"_s);
    QVERIFY(rows.at(1).at(2).endsWith(u'Z'));

    // An unknown column is a usage error that names the known ones; nothing is written.
    const QString other = QDir(dir).filePath(u"bad.csv"_s);
    const CliRun bad = run(m_pod.connection()
        + QStringList {u"export"_s, Im, u"--output"_s, other, u"--columns"_s, u"messageId,sender,colour"_s});
    QVERIFY2(bad.code == 2, qPrintable(describe(bad)));
    QCOMPARE(bad.errorLines().size(), 1);
    QVERIFY(bad.errorLines().at(0).contains(u"Unknown column(s): sender, colour"_s));
    QVERIFY(bad.errorLines().at(0).contains(u"Known columns: messageId, standardId"_s));
    QCOMPARE(filesIn(dir), QStringList {u"cols.csv"_s});
}

void CliExportTest::exportCsvOptions()
{
    // Everything changed at once, to standard output.
    const CliRun r = run(m_pod.connection()
        + QStringList {u"export"_s, Im, u"--output"_s, u"-"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
            u"messageId,senderName"_s, u"--separator"_s, u";"_s, u"--bom"_s, u"--quote-all"_s,
            u"--no-header"_s, u"--line-ending"_s, u"lf"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF\""));
    QVERIFY(!r.out.contains('\r'));
    const QByteArray firstLine = r.out.mid(3, r.out.indexOf('\n') - 3);
    QCOMPARE(firstLine, QByteArray("\"") + Demo::M5Id + "\";\"Alice Adams\"");
    QCOMPARE(r.out.count('\n'), Demo::ImMessageCount);
    QCOMPARE(parseCsv(r.out, u';').size(), Demo::ImMessageCount);

    // The defaults: a header, CRLF, no BOM, commas, quotes only where needed.
    const CliRun plain = run(m_pod.connection()
        + QStringList {u"export"_s, Im, u"--output"_s, u"-"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
            u"messageId,senderName"_s});
    QVERIFY2(plain.code == 0, qPrintable(describe(plain)));
    QVERIFY(plain.out.startsWith("Message ID,Sender\r\n"));
    QVERIFY(plain.out.contains(QByteArray(QByteArray(Demo::M5Id) + ",Alice Adams\r\n")));

    // A tab separator.
    const CliRun tab = run(m_pod.connection()
        + QStringList {u"export"_s, Im, u"--output"_s, u"-"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
            u"messageId,senderName"_s, u"--separator"_s, u"tab"_s});
    QCOMPARE(tab.code, 0);
    QVERIFY(tab.out.startsWith("Message ID\tSender\r\n"));
}

void CliExportTest::exportFormulaGuard()
{
    // Standard Base64 ids may start with '+': a spreadsheet would take such a cell for a formula.
    const QStringList args = m_pod.connection()
        + QStringList {u"export"_s, Rates, u"--output"_s, u"-"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
            u"standardId"_s, u"--no-header"_s, u"--line-ending"_s, u"lf"_s};
    const CliRun guarded = run(args);
    QVERIFY2(guarded.code == 0, qPrintable(describe(guarded)));
    const QList<QByteArray> lines = guarded.out.split('\n');
    const auto count = [&](const QList<QByteArray> &ls, const char *prefix) {
        return std::count_if(ls.begin(), ls.end(), [&](const QByteArray &l) { return l.startsWith(prefix); });
    };
    const qsizetype n = count(lines, "'+");
    QVERIFY(n > 0);
    QCOMPARE(count(lines, "+"), 0);
    QVERIFY2(guarded.errText().contains(u"cells guarded against formulas: %1."_s.arg(n)),
        qPrintable(guarded.errText()));

    const CliRun raw = run(args + QStringList {u"--no-formula-guard"_s});
    QCOMPARE(raw.code, 0);
    const QList<QByteArray> rawLines = raw.out.split('\n');
    QCOMPARE(count(rawLines, "'"), 0);
    QCOMPARE(count(rawLines, "+"), n);
    QVERIFY(raw.errText().contains(u"cells guarded against formulas: 0."_s));
}

void CliExportTest::exportToStandardOutput()
{
    const CliRun r = run(m_pod.connection()
        + QStringList {u"export"_s, Rates, u"--output"_s, u"-"_s, u"--format"_s, u"jsonl"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(jsonLines(r.out).size(), DemoPod::Config {}.messagesPerStream);
    QVERIFY(r.errText().contains(u"to standard output"_s));

    const CliRun json = run(m_pod.connection()
        + QStringList {u"export"_s, CrossPod, u"--output"_s, u"-"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.code == 0, qPrintable(describe(json)));
    QCOMPARE(json.json().size(), Demo::CrossPodMessageCount - 1);
}

void CliExportTest::exportDedupe()
{
    const QStringList args = m_pod.connection()
        + QStringList {u"export"_s, CrossPod, u"--output"_s, u"-"_s, u"--format"_s, u"jsonl"_s};
    const CliRun deduped = run(args);
    QVERIFY2(deduped.code == 0, qPrintable(describe(deduped)));
    const QList<QJsonObject> items = jsonLines(deduped.out);
    QCOMPARE(items.size(), Demo::CrossPodMessageCount - 1);
    QVERIFY2(deduped.errText().contains(u"Wrote 19 messages"_s), qPrintable(deduped.errText()));
    QVERIFY(deduped.errText().contains(u"Duplicates dropped: 1;"_s));
    int marked = 0;
    for (const QJsonObject &o : items) {
        if (o.value(u"_inspector"_s).toObject().value(u"duplicates"_s).toInt() == 1) {
            ++marked;
            QCOMPARE(Ids::normalized(o.value(u"messageId"_s).toString()), QString::fromLatin1(Demo::M8Id));
        }
    }
    QCOMPARE(marked, 1);

    const CliRun kept = run(args + QStringList {u"--no-dedupe"_s});
    QVERIFY2(kept.code == 0, qPrintable(describe(kept)));
    QCOMPARE(jsonLines(kept.out).size(), Demo::CrossPodMessageCount);
    QVERIFY(kept.errText().contains(u"Wrote 20 messages"_s));
    QVERIFY(kept.errText().contains(u"Duplicates dropped: 0;"_s));
}

void CliExportTest::exportFailureKeepsPreviousFile()
{
    const QString dir = freshDir(u"failure"_s);
    const QString path = QDir(dir).filePath(u"rates.json"_s);
    QVERIFY(writeFile(path, "previous export\n"));
    DemoPod::Fault fault;
    fault.method = "GET";
    fault.pathPattern = u"/agent/v4/stream/.*/message"_s;
    fault.kind = DemoPod::Fault::Kind::Malformed;
    fault.skip = 1; // the first page is fine: the export has begun writing when the second breaks
    fault.count = -1;
    m_pod.server->addFault(fault);
    const CliRun r = run(m_pod.connection() + QStringList {u"export"_s, Rates, u"--output"_s, path});
    QVERIFY2(r.code == 5, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().at(0).contains(u"cannot be read"_s));
    QCOMPARE(readFile(path), QByteArray("previous export\n"));
    QCOMPARE(filesIn(dir), QStringList {u"rates.json"_s});
}

void CliExportTest::exportUnwritableOutput()
{
    const QString dir = freshDir(u"unwritable"_s);
    const QString path = QDir(dir).filePath(u"missing/dir/out.csv"_s);
    const CliRun r = run(m_pod.connection() + QStringList {u"export"_s, Im, u"--output"_s, path});
    QVERIFY2(r.code == 1, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.errorLines().at(0).contains(u"Could not create "_s + path));
    QVERIFY(filesIn(dir).isEmpty());

    // The record exports say the same.
    const CliRun records = run(m_pod.connection() + QStringList {u"export-signals"_s, u"--output"_s, path});
    QVERIFY2(records.code == 1, qPrintable(describe(records)));
    QCOMPARE(records.err.count('\n'), 1);
    QVERIFY(records.errorLines().at(0).contains(u"Could not create "_s + path));
}

void CliExportTest::exportCancel()
{
    const QString dir = freshDir(u"cancel"_s);
    const QString path = QDir(dir).filePath(u"rates.csv"_s);
    QVERIFY(writeFile(path, "previous export\n"));
    // The second page is held back, so that the export is under way, its temporary file open.
    holdBackSecondPage();

    CapturedOutput io;
    CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment({});
    runner.setClientOptions(fastOptions());
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.run(m_pod.connection() + QStringList {u"export"_s, Rates, u"--output"_s, path});
    // The first page came back; the second is asked for and held back (its fault is used up).
    QVERIFY(QTest::qWaitFor([&] { return loggedRequests(u"/agent/v4/stream/.*/message"_s) >= 1; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return m_pod.server->faults().isEmpty(); }, 5000));
    QVERIFY(finished.isEmpty());

    runner.cancel();
    // Synchronous: the job is cancelled and the runner finished before cancel() returns.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 130);
    const QString e = QString::fromUtf8(io.err.data());
    QVERIFY2(e.contains(u"Interrupted: the unfinished export was discarded"_s), qPrintable(e));
    QCOMPARE(e.count(u'\n'), 1);
    QCOMPARE(readFile(path), QByteArray("previous export\n"));
    QCOMPARE(filesIn(dir), QStringList {u"rates.csv"_s});
    runner.cancel(); // nothing under way any more: nothing happens
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
}

void CliExportTest::exportCancelBySigint()
{
    const QString dir = freshDir(u"sigint"_s);
    const QString path = QDir(dir).filePath(u"rates.jsonl"_s);
    holdBackSecondPage();

    CapturedOutput io;
    CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment({});
    runner.setClientOptions(fastOptions());
    // The program's wiring (main.cpp): the handler only writes to a pipe; the event loop cancels.
    InterruptNotifier interrupt;
    QVERIFY(interrupt.isActive()); // else raising SIGINT would end the test process
    connect(&interrupt, &InterruptNotifier::interrupted, &runner, &CommandRunner::cancel);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.run(m_pod.connection() + QStringList {u"export"_s, Rates, u"--output"_s, path});
    QVERIFY(QTest::qWaitFor([&] { return loggedRequests(u"/agent/v4/stream/.*/message"_s) >= 1; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return m_pod.server->faults().isEmpty(); }, 5000));
    QVERIFY(finished.isEmpty());
    QCOMPARE(::raise(SIGINT), 0);
    QVERIFY(finished.wait(3000)); // long before the held-back page would come
    QCOMPARE(finished.at(0).at(0).toInt(), 130);
    QVERIFY(filesIn(dir).isEmpty());
    QVERIFY(QString::fromUtf8(io.err.data()).contains(u"Interrupted"_s));
}

void CliExportTest::exportCancelBeforeStart()
{
    CapturedOutput io;
    CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment({});
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.run(m_pod.connection()
        + QStringList {u"export"_s, Rates, u"--output"_s, m_pod.dir.filePath(u"never.csv"_s)});
    runner.cancel(); // the start is still queued
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toInt(), 130);
    QVERIFY(!QFile::exists(m_pod.dir.filePath(u"never.csv"_s)));
    QCOMPARE(io.err.data(), QByteArray("symphony-inspector-cli: Interrupted.\n"));
}

void CliExportTest::listingCancel()
{
    // Any command stops on Ctrl+C; a listing writes what it holds and closes its JSON array.
    holdBackSecondPage();
    CapturedOutput io;
    CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment({});
    runner.setClientOptions(fastOptions());
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.run(m_pod.connection() + QStringList {u"messages"_s, Rates, u"--json"_s});
    QVERIFY(QTest::qWaitFor([&] { return m_pod.server->faults().isEmpty(); }, 20000));
    // The second page's request now waits 4 s at the pod. It left before the first page was parsed
    // and handed over (the pager asks early): give that page time to reach the command first.
    QTest::qWait(1500);
    QVERIFY(finished.isEmpty());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 130);
    QCOMPARE(io.err.data(), QByteArray("symphony-inspector-cli: Interrupted.\n"));
    QCOMPARE(jsonArray(io.out.data()).size(), 500); // the first page, in a complete array
}

void CliExportTest::exportProgress()
{
    const QString dir = freshDir(u"progress"_s);
    const QStringList args = m_pod.connection()
        + QStringList {u"export"_s, Rates, u"--output"_s, QDir(dir).filePath(u"p.csv"_s)};
    RunOptions loud;
    loud.progress = true;
    const CliRun shown = run(args, loud);
    QVERIFY2(shown.code == 0, qPrintable(describe(shown)));
    QVERIFY2(shown.errText().contains(u"\r600 messages, "_s), qPrintable(shown.errText()));
    // The figure, not just the letters: the temporary directory's random name can hold "MB".
    static const QRegularExpression megabytes(uR"(\d MB)"_s);
    QVERIFY2(shown.errText().contains(megabytes), qPrintable(shown.errText()));
    QVERIFY(shown.errText().contains(u"\r\x1b[KWrote 600 messages"_s));

    QVERIFY2(shown.errText().contains(u"100%, ETA "_s), qPrintable(shown.errText()));

    const CliRun quiet = run(args);
    QCOMPARE(quiet.code, 0);
    QVERIFY(!quiet.err.contains('\r'));
    QVERIFY2(!quiet.errText().contains(megabytes), qPrintable(quiet.errText()));
}

void CliExportTest::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("args"); // OUT stands for a file in a fresh directory
    QTest::addColumn<QString>("expected");
    QTest::newRow("--json instead of --format")
        << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.json"_s, u"--json"_s} << u"--format json"_s;
    QTest::newRow("no output") << QStringList {u"export"_s, Rates, u"--format"_s, u"csv"_s}
                               << u"--output FILE"_s;
    QTest::newRow("unknown format") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT"_s,
        u"--format"_s, u"xlsx"_s} << u"unknown format"_s;
    QTest::newRow("format not told") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.txt"_s}
                                     << u"--format csv|json|jsonl|html|pdf is required"_s;
    QTest::newRow("CSV option with JSON") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.json"_s,
        u"--bom"_s} << u"applies to CSV only"_s;
    QTest::newRow("two-character separator") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.csv"_s,
        u"--separator"_s, u"||"_s} << u"--separator"_s;
    QTest::newRow("unknown line ending") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.csv"_s,
        u"--line-ending"_s, u"cr"_s} << u"--line-ending"_s;
    QTest::newRow("split to standard output") << QStringList {u"export"_s, Rates, u"--output"_s, u"-"_s,
        u"--format"_s, u"csv"_s, u"--split"_s} << u"--split"_s;
    QTest::newRow("no stream") << QStringList {u"export"_s, u"--output"_s, u"OUT.csv"_s} << u"needs STREAM"_s;
    QTest::newRow("bad stream id") << QStringList {u"export"_s, u"Rates Desk"_s, u"--output"_s, u"OUT.csv"_s}
                                   << u"not a valid stream id"_s;
    QTest::newRow("bad since") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.csv"_s, u"--since"_s,
        u"soon"_s} << u"--since"_s;
    QTest::newRow("until before since") << QStringList {u"export"_s, Rates, u"--output"_s, u"OUT.csv"_s,
        u"--since"_s, u"2026-02-01"_s, u"--until"_s, u"2026-01-01"_s}
                                        << u"before --since"_s;
    QTest::newRow("search words without a stream")
        << QStringList {u"export-search"_s, u"Morning"_s, u"--output"_s, u"OUT.csv"_s} << u"--stream"_s;
    QTest::newRow("search zero limit") << QStringList {u"export-search"_s, u"hashtag:rates"_s, u"--output"_s,
        u"OUT.csv"_s, u"--limit"_s, u"0"_s}
                                       << u"--limit"_s;
    QTest::newRow("search bad stream") << QStringList {u"export-search"_s, u"x"_s, u"--stream"_s,
        u"nope nope"_s, u"--output"_s, u"OUT.csv"_s}
                                       << u"not a valid stream id"_s;
    QTest::newRow("split is for export only")
        << QStringList {u"export-search"_s, u"hashtag:rates"_s, u"--output"_s, u"OUT.csv"_s, u"--split"_s}
        << u"Unknown option --split"_s;
    QTest::newRow("records without output")
        << QStringList {u"export-signals"_s, u"--format"_s, u"json"_s} << u"--output FILE"_s;
    QTest::newRow("records with --json")
        << QStringList {u"export-streams"_s, u"--output"_s, u"OUT.json"_s, u"--json"_s} << u"--format json"_s;
    QTest::newRow("records bad stream type") << QStringList {u"export-streams"_s, u"--type"_s, u"WALL"_s,
        u"--output"_s, u"OUT.csv"_s} << u"WALL"_s;
    QTest::newRow("records bad message id") << QStringList {u"export-receipts"_s, u"m1"_s, u"--output"_s,
        u"OUT.csv"_s} << u"not a valid message id"_s;
    QTest::newRow("records users without values")
        << QStringList {u"export-users"_s, u"--output"_s, u"OUT.csv"_s} << u"needs user ids"_s;
    // Known only once the list is read: still a usage error, still no file.
    QTest::newRow("records unknown column") << QStringList {u"export-signals"_s, u"--output"_s, u"OUT.csv"_s,
        u"--columns"_s, u"name,colour"_s} << u"Unknown column(s): colour. Known columns: "_s;
}

void CliExportTest::exportUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QString dir = freshDir(u"usage"_s);
    const CliRun r = run(m_pod.connection() + withOutputsIn(args, dir));
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errorLines().at(0).contains(expected), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(filesIn(dir).isEmpty());
}

void CliExportTest::exportSearch()
{
    const QString dir = freshDir(u"search"_s);
    const QString path = QDir(dir).filePath(u"rates.json"_s);
    const CliRun listed
        = run(m_pod.connection() + QStringList {u"search"_s, u"hashtag:rates"_s, u"--json"_s});
    QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
    QVERIFY(!listed.json().isEmpty());
    const CliRun r
        = run(m_pod.connection() + QStringList {u"export-search"_s, u"hashtag:rates"_s, u"--output"_s, path});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QList<QJsonObject> items = jsonArray(readFile(path));
    QCOMPARE(items.size(), listed.json().size());
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(withoutInspector(items.at(i)), withoutInspector(listed.json().at(i).toObject()));

    // Plain words within a stream, and --limit.
    m_pod.server->clearRequestLog();
    const CliRun words = run(m_pod.connection()
        + QStringList {u"export-search"_s, u"Morning"_s, u"--stream"_s, Rates, u"--limit"_s, u"3"_s,
            u"--output"_s, u"-"_s, u"--format"_s, u"jsonl"_s});
    QVERIFY2(words.code == 0, qPrintable(describe(words)));
    QCOMPARE(jsonLines(words.out).size(), 3);
    int posts = 0;
    for (const DemoPod::LoggedRequest &l : m_pod.server->requestLog()) {
        if (l.method == "POST" && l.path == u"/agent/v1/message/search"_s) {
            ++posts;
            QCOMPARE(QJsonDocument::fromJson(l.body).object().value(u"streamId"_s).toString(), Rates);
        }
    }
    QVERIFY(posts >= 1);
}

void CliExportTest::exportStreamsMemberCounts()
{
    // What the enterprise list says about each stream, to compare with.
    const CliRun admin = run(m_pod.connection() + QStringList {u"streams"_s, u"--admin"_s, u"--json"_s});
    QVERIFY2(admin.code == 0, qPrintable(describe(admin)));
    QHash<QString, QJsonObject> attributes;
    for (const QJsonValue &v : admin.json())
        attributes.insert(
            v.toObject().value(u"id"_s).toString(), v.toObject().value(u"attributes"_s).toObject());
    const CliRun mine = run(m_pod.connection() + QStringList {u"streams"_s, u"--json"_s});
    QVERIFY(mine.code == 0);
    QVERIFY(mine.json().size() > 10);

    const QString dir = freshDir(u"streams"_s);
    // The demo bot is an admin: the counts come from the enterprise list, in one go.
    m_pod.server->clearRequestLog();
    const QString viaAdmin = QDir(dir).filePath(u"admin.json"_s);
    const CliRun r = run(m_pod.connection() + QStringList {u"export-streams"_s, u"--output"_s, viaAdmin});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QList<QJsonObject> items = jsonArray(readFile(viaAdmin));
    QCOMPARE(items.size(), mine.json().size());
    int walls = 0;
    for (const QJsonObject &o : items) {
        const QString id = o.value(u"id"_s).toString();
        const QJsonObject derived = o.value(u"_inspector"_s).toObject();
        if (o.value(u"streamType"_s).toObject().value(u"type"_s).toString() == u"POST"_s) {
            // Walls are not in the enterprise list: asked on their own, without a member count.
            ++walls;
            QCOMPARE(derived.value(u"countsFrom"_s).toString(), u"stream-info"_s);
            QVERIFY(!derived.contains(u"membersCount"_s));
            continue;
        }
        QVERIFY2(attributes.contains(id), qPrintable(id));
        QCOMPARE(derived.value(u"countsFrom"_s).toString(), u"admin-list"_s);
        QCOMPARE(derived.value(u"membersCount"_s).toInteger(),
            attributes.value(id).value(u"membersCount"_s).toInteger());
        QCOMPARE(derived.value(u"lastMessageDate"_s).toInteger(),
            attributes.value(id).value(u"lastMessageDate"_s).toInteger());
        QVERIFY(derived.value(u"lastMessageIso"_s).toString().endsWith(u'Z'));
    }
    QVERIFY(walls >= 1);
    QCOMPARE(loggedRequests(u"/pod/v2/streams/.*/info"_s), walls);
    // Without --admin, the items are the member's own stream objects.
    QCOMPARE(withoutInspector(items.at(0)), withoutInspector(mine.json().at(0).toObject()));

    // Not an admin (403): each stream is asked on its own; rooms through their membership list.
    m_pod.answerAlways("POST", u"/pod/v2/admin/streams/list"_s, 403);
    m_pod.server->clearRequestLog();
    const QString viaInfo = QDir(dir).filePath(u"info.json"_s);
    const CliRun fallback
        = run(m_pod.connection() + QStringList {u"export-streams"_s, u"--output"_s, viaInfo});
    QVERIFY2(fallback.code == 0, qPrintable(describe(fallback)));
    QVERIFY(fallback.errorLines().isEmpty());
    const QList<QJsonObject> counted = jsonArray(readFile(viaInfo));
    QCOMPARE(counted.size(), items.size());
    int rooms = 0;
    for (qsizetype i = 0; i < counted.size(); ++i) {
        const QJsonObject &o = counted.at(i);
        QCOMPARE(withoutInspector(o), withoutInspector(items.at(i)));
        const QString type = o.value(u"streamType"_s).toObject().value(u"type"_s).toString();
        const QJsonObject derived = o.value(u"_inspector"_s).toObject();
        if (type == u"POST"_s)
            continue;
        const QJsonObject before = items.at(i).value(u"_inspector"_s).toObject();
        rooms += type == u"ROOM"_s ? 1 : 0;
        QCOMPARE(derived.value(u"countsFrom"_s).toString(),
            type == u"ROOM"_s ? u"room-members"_s : u"stream-info"_s);
        QCOMPARE(derived.value(u"membersCount"_s).toInteger(), before.value(u"membersCount"_s).toInteger());
        QCOMPARE(
            derived.value(u"lastMessageDate"_s).toInteger(), before.value(u"lastMessageDate"_s).toInteger());
    }
    QCOMPARE(loggedRequests(u"/pod/v2/streams/.*/info"_s), counted.size());
    QCOMPARE(loggedRequests(u"/pod/v2/room/.*/membership/list"_s), rooms);

    // CSV: the counts are columns.
    const QString csv = QDir(dir).filePath(u"info.csv"_s);
    const CliRun table = run(m_pod.connection()
        + QStringList {u"export-streams"_s, u"--output"_s, csv, u"--columns"_s,
            u"id,_inspector.membersCount,_inspector.countsFrom"_s});
    QVERIFY2(table.code == 0, qPrintable(describe(table)));
    const QList<QStringList> rows = parseCsv(readFile(csv));
    QCOMPARE(rows.size(), items.size() + 1);
    QCOMPARE(rows.at(0), (QStringList {u"id"_s, u"_inspector.membersCount"_s, u"_inspector.countsFrom"_s}));
    QCOMPARE(rows.at(1).at(1),
        QString::number(
            counted.at(0).value(u"_inspector"_s).toObject().value(u"membersCount"_s).toInteger()));
}

void CliExportTest::exportStreamsAdmin()
{
    const CliRun admin = run(m_pod.connection() + QStringList {u"streams"_s, u"--admin"_s, u"--json"_s});
    QVERIFY(admin.code == 0);
    const QString dir = freshDir(u"admin"_s);
    const QString path = QDir(dir).filePath(u"all.csv"_s);
    const CliRun r
        = run(m_pod.connection() + QStringList {u"export-streams"_s, u"--admin"_s, u"--output"_s, path});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QList<QStringList> rows = parseCsv(readFile(path));
    QCOMPARE(rows.size(), admin.json().size() + 1);
    const qsizetype server = rows.at(0).indexOf(u"attributes.membersCount"_s);
    const qsizetype derived = rows.at(0).indexOf(u"_inspector.membersCount"_s);
    QVERIFY(server >= 0 && derived > server);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(derived), rows.at(i).at(server));

    // With --admin, a refused enterprise list is the answer: exit 3, no file.
    m_pod.answerAlways("POST", u"/pod/v2/admin/streams/list"_s, 403);
    const QString other = QDir(dir).filePath(u"refused.csv"_s);
    const CliRun no
        = run(m_pod.connection() + QStringList {u"export-streams"_s, u"--admin"_s, u"--output"_s, other});
    QVERIFY2(no.code == 3, qPrintable(describe(no)));
    QCOMPARE(no.err.count('\n'), 1);
    QVERIFY(!QFile::exists(other));
}

void CliExportTest::exportStreamsCountErrors()
{
    m_pod.answerAlways("POST", u"/pod/v2/admin/streams/list"_s, 403);
    // One stream the caller may not inspect: it keeps its row, with the reason instead of counts.
    m_pod.answerAlways("GET", u"/pod/v2/streams/"_s + Im + u"/info"_s, 403);
    const QString dir = freshDir(u"counterrors"_s);
    const QString path = QDir(dir).filePath(u"streams.jsonl"_s);
    const CliRun r = run(m_pod.connection()
        + QStringList {u"export-streams"_s, u"--type"_s, u"IM,ROOM"_s, u"--output"_s, path});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QList<QJsonObject> items = jsonLines(readFile(path));
    QVERIFY(items.size() > 2);
    int withError = 0;
    for (const QJsonObject &o : items) {
        const QString type = o.value(u"streamType"_s).toObject().value(u"type"_s).toString();
        QVERIFY2(type == u"IM"_s || type == u"ROOM"_s, qPrintable(type));
        const QJsonObject derived = o.value(u"_inspector"_s).toObject();
        if (o.value(u"id"_s).toString() == Im) {
            ++withError;
            QVERIFY(!derived.contains(u"membersCount"_s));
            QVERIFY2(derived.value(u"countsError"_s).toString().contains(u"does not allow"_s),
                qPrintable(derived.value(u"countsError"_s).toString()));
        } else {
            QVERIFY(derived.contains(u"membersCount"_s));
            QVERIFY(!derived.contains(u"countsError"_s));
        }
    }
    QCOMPARE(withError, 1);

    // Any other failure ends the export: nothing is written.
    m_pod.server->clearFaults();
    m_pod.answerAlways("POST", u"/pod/v2/admin/streams/list"_s, 403);
    m_pod.answerAlways("GET", u"/pod/v2/streams/"_s + Im + u"/info"_s, 500);
    const QString other = QDir(dir).filePath(u"broken.jsonl"_s);
    const CliRun failed = run(m_pod.connection() + QStringList {u"export-streams"_s, u"--output"_s, other});
    QVERIFY2(failed.code == 5, qPrintable(describe(failed)));
    QCOMPARE(failed.err.count('\n'), 1);
    QVERIFY(!QFile::exists(other));
}

void CliExportTest::exportRecords_data()
{
    QTest::addColumn<QStringList>("listing"); // the command whose --json output the export must hold
    QTest::addColumn<QStringList>("exporting");
    QTest::addColumn<QString>("format");
    const QString rates = Rates;
    const struct
    {
        const char *name;
        QStringList listing;
        QStringList exporting;
    } kinds[] = {
        {"members of a room", {u"members"_s, rates}, {u"export-members"_s, rates}},
        {"members of an IM", {u"members"_s, Im}, {u"export-members"_s, Im}},
        {"admin members", {u"members"_s, rates, u"--admin"_s}, {u"export-members"_s, rates, u"--admin"_s}},
        {"receipts", {u"receipts"_s, M1}, {u"export-receipts"_s, M1}},
        {"status", {u"status"_s, M1}, {u"export-status"_s, M1}},
        {"signals", {u"signals"_s}, {u"export-signals"_s}},
        {"users",
            {u"users"_s, u"--username"_s, u"aadams"_s, u"bbaker"_s, u"--email"_s, u"erin@globex.example"_s},
            {u"export-users"_s, u"--username"_s, u"aadams"_s, u"bbaker"_s, u"--email"_s,
                u"erin@globex.example"_s}},
        {"users by id", {u"users"_s, QString::number(Demo::AliceId)},
            {u"export-users"_s, QString::number(Demo::AliceId)}},
        {"health", {u"health"_s}, {u"export-health"_s}},
    };
    for (const auto &k : kinds) {
        for (const QString &format : {u"csv"_s, u"json"_s, u"jsonl"_s})
            QTest::addRow("%s, %s", k.name, qPrintable(format)) << k.listing << k.exporting << format;
    }
}

void CliExportTest::exportRecords()
{
    QFETCH(QStringList, listing);
    QFETCH(QStringList, exporting);
    QFETCH(QString, format);
    const CliRun listed = run(m_pod.connection() + listing + QStringList {u"--json"_s});
    QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
    QList<QJsonObject> expected;
    for (const QJsonValue &v : listed.json())
        expected.append(v.toObject());
    QVERIFY(!expected.isEmpty());

    const QString dir = freshDir(u"records"_s);
    const QString path = QDir(dir).filePath(u"out."_s + format);
    const CliRun r = run(m_pod.connection() + exporting + QStringList {u"--output"_s, path});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 2);
    QVERIFY2(r.errText().startsWith(u"Wrote %1 "_s.arg(expected.size())), qPrintable(r.errText()));
    const QByteArray bytes = readFile(path);
    if (format == "json"_L1) {
        QCOMPARE(jsonArray(bytes), expected); // the server's objects, with the same _inspector
        return;
    }
    if (format == "jsonl"_L1) {
        QCOMPARE(jsonLines(bytes), expected);
        return;
    }
    const QList<QStringList> rows = parseCsv(bytes);
    const QStringList columns = Export::RecordExport::columns(expected);
    QCOMPARE(rows.size(), expected.size() + 1);
    QCOMPARE(rows.at(0), columns);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QHash<QString, QString> cells;
        for (const auto &c : Export::RecordExport::flatten(expected.at(i)))
            cells.insert(c.first, c.second);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QString want = cells.value(columns.at(c));
            if (!want.isEmpty() && QString(u"=+-@\t\r"_s).contains(want.front()))
                want.prepend(u'\'');
            QCOMPARE(rows.at(i + 1).at(c), want);
        }
    }
}

void CliExportTest::exportUsersPartly()
{
    const QString dir = freshDir(u"users"_s);
    const QString path = QDir(dir).filePath(u"users.json"_s);
    const CliRun r = run(m_pod.connection()
        + QStringList {
            u"export-users"_s, u"--username"_s, u"aadams"_s, u"nobody-here"_s, u"--output"_s, path});
    // The users found are the answer; the value that matched nobody is named, and the exit code says so.
    QVERIFY2(r.code == 6, qPrintable(describe(r)));
    QCOMPARE(r.errorLines().size(), 1);
    QVERIFY(r.errorLines().at(0).contains(u"nobody-here"_s));
    const QList<QJsonObject> users = jsonArray(readFile(path));
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).value(u"username"_s).toString(), u"aadams"_s);

    // Nobody found at all: nothing to write.
    const QString none = QDir(dir).filePath(u"none.json"_s);
    const CliRun empty = run(m_pod.connection()
        + QStringList {u"export-users"_s, u"--username"_s, u"nobody-here"_s, u"--output"_s, none});
    QCOMPARE(empty.code, 6);
    QVERIFY(!QFile::exists(none));
}

void CliExportTest::exportHealthDown()
{
    QVERIFY(m_pod.server->setComponentDown(u"ceservice"_s, u"ceservice credentials not configured"_s));
    const QString dir = freshDir(u"health"_s);
    const QString path = QDir(dir).filePath(u"health.csv"_s);
    // No credentials needed, as for `health`.
    const CliRun r = run({u"--pod"_s, m_pod.base(), u"export-health"_s, u"--output"_s, path});
    QVERIFY2(r.code == 7, qPrintable(describe(r)));
    const QList<QStringList> rows = parseCsv(readFile(path));
    QCOMPARE(rows.size(), 2);
    const qsizetype status = rows.at(0).indexOf(u"users.ceservice.status"_s);
    const qsizetype message = rows.at(0).indexOf(u"users.ceservice.message"_s);
    const qsizetype down = rows.at(0).indexOf(u"_inspector.down"_s);
    QVERIFY(status >= 0 && message >= 0 && down >= 0);
    QCOMPARE(rows.at(1).at(status), u"DOWN"_s);
    QCOMPARE(rows.at(1).at(message), u"ceservice credentials not configured"_s);
    QCOMPARE(rows.at(1).at(down), u"[\"users.ceservice\"]"_s);
}

void CliExportTest::exportRecordsCancel()
{
    const QString dir = freshDir(u"recordscancel"_s);
    const QString path = QDir(dir).filePath(u"streams.csv"_s);
    QVERIFY(writeFile(path, "previous\n"));
    DemoPod::Fault delay;
    delay.method = "POST";
    delay.pathPattern = u"/pod/v1/streams/list"_s;
    delay.kind = DemoPod::Fault::Kind::Delay;
    delay.delayMs = 4000;
    m_pod.server->addFault(delay);

    CapturedOutput io;
    CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment({});
    runner.setClientOptions(fastOptions());
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.run(m_pod.connection() + QStringList {u"export-streams"_s, u"--output"_s, path});
    // Under way once the client has authenticated and asked for the list.
    QVERIFY(QTest::qWaitFor([&] { return runner.client() && runner.client()->hasSession(); }, 20000));
    QTest::qWait(100);
    QVERIFY(finished.isEmpty());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 130);
    QVERIFY2(QString::fromUtf8(io.err.data()).contains(u"Interrupted: nothing was written"_s),
        io.err.data().constData());
    QCOMPARE(readFile(path), QByteArray("previous\n"));
    QCOMPARE(filesIn(dir), QStringList {u"streams.csv"_s});
}

void CliExportTest::exportRecordsFailure()
{
    const QString dir = freshDir(u"recordsfail"_s);
    const QString path = QDir(dir).filePath(u"members.json"_s);
    QVERIFY(writeFile(path, "previous\n"));
    m_pod.answerAlways("GET", u"/pod/v1/admin/stream/.*/membership/list"_s, 500);
    const CliRun r = run(m_pod.connection() + QStringList {u"export-members"_s, Im, u"--output"_s, path});
    QVERIFY2(r.code == 5, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(readFile(path), QByteArray("previous\n"));
    QCOMPARE(filesIn(dir), QStringList {u"members.json"_s});
}

// ---- pml ----

void CliExportTest::pmlFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("html");
    QTest::addColumn<int>("notes");
    const struct
    {
        const char *name;
        int notes;
    } fixtures[] = {{"m1-mention-hashtag-list", 0}, {"m3-cashtag-emoji-table", 0}, {"m4-cards", 0},
        {"m5-pre-code", 0}, {"m7-hostile", 4}, {"m8-bot-mention-cashtag", 0}, {"filler-link-is-url", 0},
        {"filler-pasted-table", 0}, {"filler-expandable-collapsed", 0}, {"filler-checklist", 0}};
    for (const auto &f : fixtures) {
        QTest::addRow("%s, text", f.name) << QString::fromLatin1(f.name) << false << f.notes;
        QTest::addRow("%s, html", f.name) << QString::fromLatin1(f.name) << true << f.notes;
    }
}

void CliExportTest::pmlFixtures()
{
    QFETCH(QString, name);
    QFETCH(bool, html);
    QFETCH(int, notes);
    QStringList args {u"pml"_s, pmlFixture(name + u".pml"_s), u"--data"_s, pmlFixture(name + u".json"_s)};
    args.insert(1, html ? u"--html"_s : u"--text"_s);
    // Offline: no connection options, no pod.
    const CliRun r = run(args);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(r.text(), expectedFixture(name + (html ? u".html"_s : u".txt"_s)) + u'\n');
    QCOMPARE(r.err.count('\n'), notes);
    QVERIFY(r.errorLines().isEmpty());
}

void CliExportTest::pmlStandardInput()
{
    const QString name = u"m1-mention-hashtag-list"_s;
    QBuffer input;
    input.setData(readFile(pmlFixture(name + u".pml"_s)));
    input.open(QIODevice::ReadOnly);
    RunOptions options;
    options.input = &input;
    const CliRun r = run({u"pml"_s, u"-"_s, u"--data"_s, pmlFixture(name + u".json"_s)}, options);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(r.text(), expectedFixture(name + u".txt"_s) + u'\n');

    // No FILE means standard input; --text is the default.
    input.seek(0);
    const CliRun plain = run({u"pml"_s}, options);
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.text().startsWith(u"Morning @Bob Baker see #rates\n"_s));

    // Without entity data, the mention reads as its markup text.
    QVERIFY(plain.text().contains(u"- Risk limits refresh\n"_s));

    // Nothing to read from.
    const CliRun none = run({u"pml"_s});
    QVERIFY2(none.code == 2, qPrintable(describe(none)));
    QVERIFY(none.errorLines().at(0).contains(u"Standard input cannot be read"_s));
}

void CliExportTest::pmlBadInput_data()
{
    QTest::addColumn<QStringList>("args"); // DIR stands for a fresh directory holding the files below
    QTest::addColumn<QString>("expected");
    const QString m1 = pmlFixture(u"m1-mention-hashtag-list.pml"_s);
    QTest::newRow("missing file") << QStringList {u"pml"_s, u"DIR/missing.pml"_s} << u"Cannot read"_s;
    QTest::newRow("a directory") << QStringList {u"pml"_s, u"DIR"_s} << u"Cannot read"_s;
    QTest::newRow("empty file") << QStringList {u"pml"_s, u"DIR/empty.pml"_s} << u"is empty"_s;
    QTest::newRow("blank file") << QStringList {u"pml"_s, u"DIR/blank.pml"_s} << u"is empty"_s;
    QTest::newRow("too large") << QStringList {u"pml"_s, u"DIR/huge.pml"_s} << u"larger than 16 MiB"_s;
    QTest::newRow("missing data file")
        << QStringList {u"pml"_s, m1, u"--data"_s, u"DIR/missing.json"_s} << u"--data: Cannot read"_s;
    QTest::newRow("data not JSON") << QStringList {u"pml"_s, m1, u"--data"_s, u"DIR/bad.json"_s}
                                   << u"not a message's entity JSON"_s;
    QTest::newRow("data a JSON array")
        << QStringList {u"pml"_s, m1, u"--data"_s, u"DIR/array.json"_s} << u"not a message's entity JSON"_s;
    QTest::newRow("html and text") << QStringList {u"pml"_s, u"--html"_s, u"--text"_s, m1}
                                   << u"exclude each other"_s;
    QTest::newRow("--json") << QStringList {u"pml"_s, m1, u"--json"_s} << u"--json does not apply"_s;
    QTest::newRow("two files") << QStringList {u"pml"_s, m1, m1} << u"got 2 arguments"_s;
}

void CliExportTest::pmlBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QString dir = freshDir(u"pml"_s);
    QVERIFY(writeFile(QDir(dir).filePath(u"empty.pml"_s), {}));
    QVERIFY(writeFile(QDir(dir).filePath(u"blank.pml"_s), " \n\t\n"));
    QVERIFY(writeFile(QDir(dir).filePath(u"bad.json"_s), "{\"0\": "));
    QVERIFY(writeFile(QDir(dir).filePath(u"array.json"_s), "[1, 2]"));
    if (args.contains(u"DIR/huge.pml"_s))
        QVERIFY(writeFile(QDir(dir).filePath(u"huge.pml"_s), QByteArray(16 * 1024 * 1024 + 1, 'a')));
    for (QString &a : args) {
        if (a.startsWith(u"DIR"_s))
            a.replace(0, 3, dir);
    }
    const CliRun r = run(args);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errorLines().at(0).contains(expected), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
}

void CliExportTest::pmlHostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("contains"); // in the output
    QTest::addColumn<QString>("note"); // on standard error, empty = no note
    const QByteArray doc = "<div data-format=\"PresentationML\" data-version=\"2.0\">";
    QTest::newRow("not XML") << QByteArray("<p>a <b>b</p> & c") << false << u"a"_s
                             << u"could not be parsed"_s;
    QTest::newRow("terminal escape sequence") << QByteArray(doc + "<p>a\x1b]0;owned\x07 b</p></div>") << false
                                              << u"a"_s << u"could not be parsed"_s;
    QTest::newRow("bidi override reference") << QByteArray(doc + "<p>invoice &#x202E;fdp.exe</p></div>")
                                             << false << u"invoice fdp.exe"_s << u"bidirectional"_s;
    QTest::newRow("script dropped") << QByteArray(doc + "<p>hi</p><script>alert(1)</script></div>") << true
                                    << u"<p>hi</p>"_s << u"removed <script>"_s;
    QTest::newRow("javascript link blocked")
        << QByteArray(doc + "<p><a href=\"javascript:alert(1)\">x</a></p></div>") << true
        << u"pml-link-blocked"_s << u"javascript:alert(1)"_s;
    QTest::newRow("entity expansion refused") << QByteArray(
        "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        "<div data-format=\"PresentationML\"><p>&b;&b;&b;</p></div>")
                                              << false << QString() << u"could not be parsed"_s;
    QTest::newRow("deep nesting") << QByteArray(
        doc + QByteArray("<div>").repeated(5000) + "deep" + QByteArray("</div>").repeated(5001))
                                  << false << u"deep"_s << u"could not be parsed"_s;
    QTest::newRow("invalid UTF-8") << QByteArray(doc + "<p>caf\xe9 \xff</p></div>") << false << u"caf\uFFFD"_s
                                   << u"not valid UTF-8"_s;
    QTest::newRow("NUL bytes") << QByteArray(doc).append("<p>a\0b</p></div>", 16) << false << QString()
                               << u"could not be parsed"_s;
}

void CliExportTest::pmlHostile()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, html);
    QFETCH(QString, contains);
    QFETCH(QString, note);
    const QString path = QDir(freshDir(u"hostile"_s)).filePath(u"message.pml"_s);
    QVERIFY(writeFile(path, input));
    QStringList args {u"pml"_s, path};
    if (html)
        args.append(u"--html"_s);
    const CliRun r = run(args);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.errorLines().isEmpty());
    // Whatever came in, what goes out is valid UTF-8 without anything a terminal would act on.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(r.out);
    QVERIFY(!utf8.hasError());
    for (const QChar c : text) {
        QVERIFY2(c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control, qPrintable(text));
        QVERIFY(c != QChar(0x202E));
    }
    QVERIFY(!text.contains(u"<script"_s));
    QVERIFY(!text.contains(u"href=\"javascript"_s));
    QVERIFY(!text.contains(QString(u'a').repeated(100))); // no entity expansion
    QVERIFY(r.out.size() < 64 * 1024);
    if (!contains.isEmpty())
        QVERIFY2(text.contains(contains), qPrintable(text));
    if (!note.isEmpty())
        QVERIFY2(r.errText().contains(note), qPrintable(r.errText()));
}

INSPECTOR_TEST_GUILESS_MAIN(CliExportTest)
// ---- real payloads: the official BDKs' fixtures ----

void CliExportTest::receiptsKeepResponseFields_data()
{
    QTest::addColumn<QString>("format"); // "list" = receipts --json
    for (const QString &f : {u"list"_s, u"csv"_s, u"json"_s, u"jsonl"_s})
        QTest::newRow(qPrintable(f)) << f;
}

void CliExportTest::receiptsKeepResponseFields()
{
    QFETCH(QString, format);
    const QByteArray fixture = bdkFixture("receipts-all-fields.json");
    QJsonObject response = QJsonDocument::fromJson(fixture).object();
    QVERIFY(!response.isEmpty());
    const QJsonArray details = response.take(u"MessageReceiptDetail"_s).toArray();
    QCOMPARE(details.size(), 2);
    serve(u"/pod/v1/admin/messages/.*/receipts"_s, fixture);

    if (format == "list"_L1) {
        const CliRun r = run(m_pod.connection() + QStringList {u"receipts"_s, M1, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray items = r.json();
        QCOMPARE(items.size(), 2);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            const QJsonObject derived = item.take(u"_inspector"_s).toObject();
            QCOMPARE(item, details.at(i).toObject()); // the server's item, unchanged
            QCOMPARE(derived.value(u"response"_s).toObject(), response); // and every field around it
            QCOMPARE(derived.value(u"responseProblems"_s).toArray(), QJsonArray());
        }
        // The table shows them too.
        const CliRun table = run(m_pod.connection() + QStringList {u"receipts"_s, M1});
        QVERIFY2(table.code == 0, qPrintable(describe(table)));
        QVERIFY2(table.text().contains(u"Delegate Test (7215545058330)"_s), qPrintable(table.text()));
        QVERIFY2(table.text().contains(u"internal_7078106375781%2FqUDYs%2FpxmId6JI2JNZHkMw%3D%3D (1)"_s),
            qPrintable(table.text()));
        return;
    }

    const QString dir = freshDir(u"receipts"_s);
    const QString path = QDir(dir).filePath(u"out."_s + format);
    const CliRun r = run(m_pod.connection() + QStringList {u"export-receipts"_s, M1, u"--output"_s, path});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QByteArray bytes = readFile(path);
    if (format != "csv"_L1) {
        const QList<QJsonObject> items = format == "json"_L1 ? jsonArray(bytes) : jsonLines(bytes);
        QCOMPARE(items.size(), 2);
        for (const QJsonObject &item : items)
            QCOMPARE(item.value(u"_inspector"_s).toObject().value(u"response"_s).toObject(), response);
        return;
    }
    const QList<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    const auto cell = [&](int row, const QString &column) {
        const qsizetype c = header.indexOf(column);
        return c < 0 ? u"<no column %1>"_s.arg(column) : rows.at(row).value(c);
    };
    const QString r_ = u"_inspector.response."_s;
    for (int row : {1, 2}) {
        QCOMPARE(cell(row, r_ + u"creator.id"_s), u"7215545058329"_s);
        QCOMPARE(cell(row, r_ + u"creator.name"_s), u"User Test"_s);
        QCOMPARE(cell(row, r_ + u"onBehalfOfUser.id"_s), u"7215545058330"_s);
        QCOMPARE(cell(row, r_ + u"onBehalfOfUser.name"_s), u"Delegate Test"_s);
        QCOMPARE(cell(row, r_ + u"stream.id"_s), u"lFpyw0ATFmji+Cc/cSzbk3///pZkWpe1dA=="_s);
        QCOMPARE(cell(row, r_ + u"stream.name"_s), u"Test Room"_s);
        QCOMPARE(cell(row, r_ + u"stream.streamType"_s), u"ROOM"_s);
        QCOMPARE(cell(row, r_ + u"creationDate"_s), u"1552999333141"_s);
        QCOMPARE(cell(row, r_ + u"deliveryReceiptCount"_s), u"2"_s);
        QCOMPARE(cell(row, r_ + u"readReceiptCount"_s), u"1"_s);
        QCOMPARE(cell(row, r_ + u"emailNotificationCount"_s), u"1"_s);
        QCOMPARE(QJsonDocument::fromJson(cell(row, r_ + u"downloadReceiptCounts"_s).toUtf8()).array(),
            response.value(u"downloadReceiptCounts"_s).toArray());
    }
    QCOMPARE(cell(1, u"user.username"_s), u"adrian1"_s);
    QCOMPARE(cell(2, u"user.username"_s), u"bruno2"_s);
}

void CliExportTest::lastPageNewestFirstIsSorted_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("format"); // of the output file, or "list" for messages --json
    QTest::newRow("messages --json") << QStringList {u"messages"_s, Rates, u"--json"_s} << u"list"_s;
    QTest::newRow("messages") << QStringList {u"messages"_s, Rates} << u"table"_s;
    QTest::newRow("export csv") << QStringList {u"export"_s, Rates} << u"csv"_s;
    QTest::newRow("export json") << QStringList {u"export"_s, Rates} << u"json"_s;
}

void CliExportTest::lastPageNewestFirstIsSorted()
{
    QFETCH(QStringList, args);
    QFETCH(QString, format);
    serve(u"/agent/v4/stream/.*/message"_s, bdkFixture("messages-last-page-newest-first.json"));
    const QString dir = freshDir(u"newest-first"_s);
    const QString path = QDir(dir).filePath(u"out."_s + format);
    if (format == "csv"_L1 || format == "json"_L1)
        args += QStringList {u"--output"_s, path};
    const CliRun r = run(m_pod.connection() + args);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(!r.errText().contains(u"no progress"_s), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(
                 u"the last page came back newest first; its 3 message(s) were sorted by time."_s),
        qPrintable(r.errText()));
    const QStringList ids {u"test-message1"_s, u"test-message2"_s, u"test-message3"_s};
    const QString problem = u"messageId: not a valid id: the id 'test-message1' has 13 Base64 characters, a "
                            u"length that no Base64 value has."_s;
    if (format == "table"_L1) {
        QVERIFY2(r.text().indexOf(ids.at(0)) < r.text().indexOf(ids.at(2)), qPrintable(r.text()));
        QVERIFY(!r.text().contains(u"test+message"_s));
        return;
    }
    QList<QJsonObject> items;
    if (format == "list"_L1) {
        for (const QJsonValue &v : r.json())
            items.append(v.toObject());
    } else if (format == "json"_L1) {
        items = jsonArray(readFile(path));
    }
    if (!items.isEmpty() || format != "csv"_L1) {
        QCOMPARE(items.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(items.at(i).value(u"messageId"_s).toString(), ids.at(i));
            const QJsonObject derived = items.at(i).value(u"_inspector"_s).toObject();
            // No standard form is made up for an id that is not Base64: null, and the problem says why.
            QVERIFY(derived.contains(u"standardId"_s));
            QVERIFY(derived.value(u"standardId"_s).isNull());
        }
        QVERIFY(
            items.at(0).value(u"_inspector"_s).toObject().value(u"problems"_s).toArray().contains(problem));
        return;
    }
    const QList<QStringList> rows = parseCsv(readFile(path));
    QCOMPARE(rows.size(), 4);
    const QStringList titles
        = Export::MessageColumns::header({u"messageId"_s, u"standardId"_s, u"problems"_s});
    const qsizetype id = rows.at(0).indexOf(titles.at(0));
    const qsizetype standard = rows.at(0).indexOf(titles.at(1));
    const qsizetype problems = rows.at(0).indexOf(titles.at(2));
    QVERIFY(id >= 0 && standard >= 0 && problems >= 0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.at(i + 1).at(id), ids.at(i));
        QCOMPARE(rows.at(i + 1).at(standard), QString());
    }
    QVERIFY2(rows.at(1).at(problems).contains(problem), qPrintable(rows.at(1).at(problems)));
}

void CliExportTest::fullPageOutOfOrderStops()
{
    // A full page (500, the most the pager asks for) newest first: the next page cannot be asked
    // for safely, so the run stops, and says why.
    QJsonArray page;
    for (int i = 0; i < 500; ++i)
        page.append(QJsonObject {{u"messageId"_s, u"test-message%1"_s.arg(500 - i)},
            {u"timestamp"_s, qint64(1534891105293) + 500 - i}, {u"message"_s, u"<div>x</div>"_s}});
    serve(u"/agent/v4/stream/.*/message"_s, QJsonDocument(page).toJson(QJsonDocument::Compact));
    for (const QStringList &args : {QStringList {u"messages"_s, Rates, u"--json"_s},
             QStringList {
                 u"export"_s, Rates, u"--output"_s, QDir(freshDir(u"full"_s)).filePath(u"out.csv"_s)}}) {
        const CliRun r = run(m_pod.connection() + args);
        QVERIFY2(r.code == 5, qPrintable(describe(r)));
        QCOMPARE(r.errorLines().size(), 1);
        const QString line = r.errorLines().at(0);
        QVERIFY2(line.contains(u"out of order"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"no progress"_s), qPrintable(line));
    }
}

#include "tst_cliexport.moc"
