// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include "clitestsupport.h"
#include "common/testsuite.h"
#include "console.h"
#include "demodata.h"
#include "demopodserver.h"
#include "hostiledata.h"
#include "output.h"
#include "terminalsafedevice.h"
#include "textutil.h"

using namespace Inspector;
using namespace Inspector::Cli;
using namespace Qt::StringLiterals;
using CliTest::CliRun;
namespace Demo = Inspector::DemoPod::Demo;
namespace Hostile = Inspector::DemoPod::Demo::Hostile;

namespace {

/**
 * What in @p bytes a terminal would act on: C0 and C1 controls other than newline and tab (ESC,
 * BEL, NUL, CSI …) and the bidi overrides and isolates. Empty when there is nothing.
 */
QString unsafeFor(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        const bool control = text.at(i).category() == QChar::Other_Control && u != u'\n' && u != u'\t';
        if (bidi || control)
            return u"U+%1 at %2 in: %3"_s.arg(int(u), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(text.mid(qMax<qsizetype>(0, i - 40), 80));
    }
    return {};
}

/// True when @p value is, or holds at any depth, the string @p text.
bool holds(const QJsonValue &value, const QString &text)
{
    if (value.isString())
        return value.toString() == text;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(
            array.begin(), array.end(), [&text](const QJsonValue &v) { return holds(v, text); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(
            object.begin(), object.end(), [&text](const QJsonValue &v) { return holds(v, text); });
    }
    return false;
}

/// The JSON values of @p bytes, JSON Lines (one value a line) or one document.
QList<QJsonValue> jsonValues(const QByteArray &bytes, bool lines)
{
    QList<QJsonValue> values;
    const QList<QByteArray> parts = lines ? bytes.split('\n') : QList<QByteArray> {bytes};
    for (const QByteArray &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(part, &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        values.append(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }
    return values;
}

/// Everything the terminal filter escapes, what it must leave alone, and their neighbours in UTF-8.
QByteArray filterSample()
{
    QString text = u"plain \u00e9 \u20ac \U0001F600 \u2028 \u2065 \u206a \u2029 \u00a0 \u00ff "_s;
    text += QChar(0x7F);
    for (char16_t c = 0x80; c <= 0x9F; ++c)
        text += QChar(c) + u"x"_s;
    text += u"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2069"_s;
    text += DemoPod::Demo::Hostile::name(u"end"_s);
    QJsonObject object {{u"text"_s, text}, {u"\u009bkey\u202e"_s, text}};
    QByteArray json = QJsonDocument(QJsonArray {object, text}).toJson(QJsonDocument::Compact);
    json += "\n";
    return json;
}

} // namespace

/**
 * @brief No string from a server reaches the terminal unfiltered: tables, fields, notes, error
 * lines and progress go through one filter, while --json stays exact (JSON escapes controls).
 *
 * The demo pod runs with hostile names (hostiledata.h): room, user and attachment names and
 * message texts start with ESC ] 0 (window title), ESC [2J (clear), OSC 52 (clipboard), a NUL,
 * the C1 CSI U+009B and the bidi override and isolates; an error body carries them too.
 */
class CliTerminalTest final : public QObject
{
    Q_OBJECT

private:
    CliTest::CliPod m_pod;

    CliRun run(const QStringList &args, bool progress = false)
    {
        CliTest::RunOptions options;
        options.progress = progress;
        return CliTest::run(m_pod.connection() + args, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPod::Config config;
        config.streams = 4;
        config.messagesPerStream = 40;
        config.hostileNames = true;
        config.longPollMs = 20; // feed: an empty read answers soon
        config.eventBatches = 4;
        QVERIFY(m_pod.start(config));
    }

    void init() { m_pod.server->clearFaults(); }

    void cleanupTestCase() { m_pod.server->stop(); }

    // The check itself finds every kind of hostile character.
    void theCheckSeesEveryControl()
    {
        const QString controls = Hostile::terminalControls();
        for (const QChar c : controls) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                QVERIFY2(
                    !unsafeFor(QString(c).toUtf8()).isEmpty(), qPrintable(QString::number(c.unicode(), 16)));
        }
        QVERIFY(unsafeFor("plain text\twith a tab\n").isEmpty());
    }

    // Each writer on its own: table, fields, note, error line, note and progress on stderr.
    void everyWriterFilters()
    {
        const QString hostile = Hostile::name(u"name"_s);
        QBuffer stdoutBuffer;
        stdoutBuffer.open(QIODevice::WriteOnly);
        {
            Output out(&stdoutBuffer, false);
            out.setColumns({{u"ID"_s, 8}, {u"NAME"_s, 0}});
            out.addRow({u"1"_s, hostile});
            out.addFields({{u"Name"_s, hostile}, {u"Text"_s, hostile + u'\n' + hostile}});
            out.addNote(hostile);
            out.setColumns({{u"NAME"_s, 0}}, hostile); // a table with no row says this text
            out.finish(true);
        }
        QVERIFY2(unsafeFor(stdoutBuffer.data()).isEmpty(), qPrintable(unsafeFor(stdoutBuffer.data())));
        // Filtered, not dropped: the rest of the text is all there, a replacement where a control was.
        const QString text = QString::fromUtf8(stdoutBuffer.data());
        QCOMPARE(text.count(Hostile::markup() + u"name"_s), 6);
        QVERIFY(text.contains(QChar(0xFFFD)));

        QBuffer stderrBuffer;
        stderrBuffer.open(QIODevice::WriteOnly);
        Console console(&stderrBuffer);
        console.setProgressEnabled(true);
        console.progress(hostile);
        console.error(hostile);
        console.progress(hostile);
        console.note(hostile);
        // The progress line's own "\r" and erase sequence are the only controls written.
        QByteArray err = stderrBuffer.data();
        QCOMPARE(err.count("\r\x1b[K"), 2);
        QCOMPARE(err.count("\x1b[K"), 4);
        err.replace("\r", "").replace("\x1b[K", "");
        QVERIFY2(unsafeFor(err).isEmpty(), qPrintable(unsafeFor(err)));
        QCOMPARE(QString::fromUtf8(err).count(Hostile::markup() + u"name"_s), 4);
    }

    void jsonStaysExact()
    {
        const QString hostile = Hostile::name(u"name"_s);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            Output out(&buffer, true);
            out.addItem(QJsonObject {{u"name"_s, hostile}});
            out.finish(true);
        }
        // Escaped as JSON allows: C0 by the JSON writer, C1, DEL and the bidi controls by Output.
        QVERIFY2(unsafeFor(buffer.data()).isEmpty(), qPrintable(unsafeFor(buffer.data())));
        QVERIFY(buffer.data().contains("\\u009b31m") && buffer.data().contains("\\u202e\\u2066"));
        const QJsonArray items = QJsonDocument::fromJson(buffer.data()).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"name"_s).toString(), hostile);
    }

    // The filter in front of standard output for JSON: the same escapes as --json, wherever the
    // writes happen to split a UTF-8 sequence.
    void terminalSafeDeviceEscapesAcrossWrites()
    {
        const QByteArray sample = filterSample();
        QByteArray expected = sample;
        Text::escapeTerminalControls(&expected);
        QVERIFY(expected != sample);
        QVERIFY2(unsafeFor(expected).isEmpty(), qPrintable(unsafeFor(expected)));
        QCOMPARE(QJsonDocument::fromJson(expected), QJsonDocument::fromJson(sample));

        const auto through = [](const QList<QByteArray> &chunks) {
            QBuffer target;
            target.open(QIODevice::WriteOnly);
            TerminalSafeDevice filter(&target);
            for (const QByteArray &chunk : chunks) {
                if (filter.write(chunk) != chunk.size())
                    return QByteArray("write failed");
            }
            filter.close();
            return target.data();
        };
        QCOMPARE(through({sample}), expected);
        // One split at every offset, two splits at every pair of offsets close together.
        for (qsizetype i = 0; i <= sample.size(); ++i) {
            QCOMPARE(through({sample.left(i), sample.mid(i)}), expected);
            for (qsizetype j = i; j <= std::min(i + 3, sample.size()); ++j)
                QCOMPARE(through({sample.left(i), sample.mid(i, j - i), sample.mid(j)}), expected);
        }
        // A byte at a time.
        QList<QByteArray> bytes;
        for (const char c : sample)
            bytes.append(QByteArray(1, c));
        QCOMPARE(through(bytes), expected);

        // Held back only as long as needed: a byte that cannot start a control goes out at once.
        QBuffer target;
        target.open(QIODevice::WriteOnly);
        TerminalSafeDevice filter(&target);
        filter.write("{\"a\":\"\xc2");
        QCOMPARE(target.data(), QByteArray("{\"a\":\""));
        filter.write("\x9b\xe2\x80");
        QCOMPARE(target.data(), QByteArray("{\"a\":\"\\u009b"));
        filter.write("\xae\xe2\x80\xa8\"}");
        QCOMPARE(target.data(), QByteArray("{\"a\":\"\\u009b\\u202e\xe2\x80\xa8\"}"));
        // An incomplete sequence at the very end is written as it came when the filter closes.
        filter.write("\xe2");
        filter.close();
        QCOMPARE(target.data().right(1), QByteArray("\xe2"));
    }

    void terminalSafeDeviceReportsTheTargetsError()
    {
        QBuffer target;
        target.open(QIODevice::ReadOnly); // refuses every write
        TerminalSafeDevice filter(&target);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*(ReadOnly|not open).*"_s));
        QCOMPARE(filter.write("{}"), qint64(-1));
        QVERIFY(!filter.errorString().isEmpty());
        QCOMPARE(filter.errorString(), target.errorString());
    }

    // JSON and JSON Lines that a command writes to standard output itself (not through --json):
    // escaped the same way, the same values as in a file.
    void jsonStreamsToStandardOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("lines");
        const QString rates = QString::fromLatin1(Demo::RatesDeskStreamId);
        QTest::newRow("export jsonl") << QStringList {u"export"_s, rates, u"--format"_s, u"jsonl"_s} << true;
        QTest::newRow("export json") << QStringList {u"export"_s, rates, u"--format"_s, u"json"_s} << false;
        QTest::newRow("export-search jsonl") << QStringList {u"export-search"_s, u"hostile"_s, u"--stream"_s,
            rates, u"--format"_s, u"jsonl"_s} << true;
        QTest::newRow("export-streams json")
            << QStringList {u"export-streams"_s, u"--format"_s, u"json"_s} << false;
        QTest::newRow("export-members jsonl") << QStringList {u"export-members"_s,
            QString::fromLatin1(Demo::MimStreamId), u"--format"_s, u"jsonl"_s}
                                              << true;
    }

    void jsonStreamsToStandardOutput()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, lines);
        const CliRun piped = run(args + QStringList {u"--output"_s, u"-"_s});
        QVERIFY2(piped.code == 0, qPrintable(CliTest::describe(piped)));
        QVERIFY2(unsafeFor(piped.out).isEmpty(), qPrintable(unsafeFor(piped.out)));
        QVERIFY2(piped.out.contains("\\u009b31m") && piped.out.contains("\\u202e\\u2066"),
            piped.out.left(2000).constData());

        const QString path = m_pod.dir.filePath(u"stdout-compare.out"_s);
        const CliRun saved = run(args + QStringList {u"--output"_s, path});
        QVERIFY2(saved.code == 0, qPrintable(CliTest::describe(saved)));
        const QByteArray file = CliTest::readFile(path);
        const QList<QJsonValue> fromFile = jsonValues(file, lines);
        QVERIFY(!fromFile.isEmpty());
        QCOMPARE(jsonValues(piped.out, lines), fromFile);
        QVERIFY(std::any_of(fromFile.begin(), fromFile.end(), [](const QJsonValue &v) {
            return holds(v, Hostile::name(u"Rates Desk"_s)) || holds(v, Hostile::name(u"Alice"_s))
                || QJsonDocument(QJsonArray {v}).toJson().contains("\\u009b31m");
        }));
        if (lines)
            QCOMPARE(piped.out.count('\n'), file.count('\n'));
    }

    // CSV to standard output is data: byte for byte, as in a file.
    void csvToStandardOutputStaysExact()
    {
        const QStringList args {u"export"_s, QString::fromLatin1(Demo::RatesDeskStreamId), u"--format"_s,
            u"csv"_s, u"--columns"_s, u"messageId,text"_s};
        const CliRun piped = run(args + QStringList {u"--output"_s, u"-"_s});
        QVERIFY2(piped.code == 0, qPrintable(CliTest::describe(piped)));
        const QString path = m_pod.dir.filePath(u"stdout-compare.csv"_s);
        const CliRun saved = run(args + QStringList {u"--output"_s, path});
        QVERIFY2(saved.code == 0, qPrintable(CliTest::describe(saved)));
        QCOMPARE(piped.out, CliTest::readFile(path));
    }

    void feedToStandardOutput()
    {
        const CliRun r = run({u"feed"_s, u"--max-events"_s, u"12"_s});
        QVERIFY2(r.code == 0, qPrintable(CliTest::describe(r)));
        QVERIFY2(unsafeFor(r.out).isEmpty(), qPrintable(unsafeFor(r.out)));
        const QList<QJsonValue> events = jsonValues(r.out, true);
        QCOMPARE(events.size(), 12);
        QCOMPARE(r.out.count('\n'), 12);
        // The hostile strings are there, escaped: the values are the server's.
        QVERIFY2(r.out.contains("\\u009b31m"), r.out.left(2000).constData());
        QVERIFY(std::any_of(events.begin(), events.end(),
            [](const QJsonValue &v) { return holds(v, Hostile::name(u"Rates Desk"_s)); }));
    }

    // End to end against the hostile pod: tables, fields and their --json.
    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected"); // a hostile text the output must show, filtered

        // A table cell is cut to its column's width: the start of the hostile name is what shows.
        const QString cell = u"\uFFFD]0;pwned\uFFFD"_s;
        QTest::newRow("streams (table)") << QStringList {u"streams"_s} << cell;
        QTest::newRow("rooms (table)") << QStringList {u"rooms"_s, u"Rates"_s} << cell;
        QTest::newRow("members (table)")
            << QStringList {u"members"_s, QString::fromLatin1(Demo::MimStreamId)} << cell;
        QTest::newRow("attachments (table)")
            << QStringList {u"attachments"_s, QString::fromLatin1(Demo::ImStreamId)} << cell;
        QTest::newRow("users (table)") << QStringList {u"users"_s, QString::number(Demo::AliceId)} << cell;
        QTest::newRow("session (fields)") << QStringList {u"session"_s} << u"<b>bold</b>Export Bot"_s;
        QTest::newRow("message (fields)")
            << QStringList {u"message"_s, QString::fromLatin1(Demo::M1Id)} << u"hostile text"_s;
    }

    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun table = run(args, true);
        QVERIFY2(table.code == 0, qPrintable(CliTest::describe(table)));
        QVERIFY2(unsafeFor(table.out).isEmpty(), qPrintable(unsafeFor(table.out)));
        QVERIFY2(table.text().contains(expected), qPrintable(table.text()));
        QVERIFY2(table.text().contains(QChar(0xFFFD)), qPrintable(table.text())); // a control was there
        QByteArray err = table.err;
        err.replace("\r", "").replace("\x1b[K", ""); // progress is the only thing allowed to move the cursor
        QVERIFY2(unsafeFor(err).isEmpty(), qPrintable(unsafeFor(err)));

        // --json: the server's strings exactly, every control JSON-escaped (C1 and bidi too), so
        // nothing raw reaches the terminal either.
        const CliRun json = run(args + QStringList {u"--json"_s});
        QVERIFY2(json.code == 0, qPrintable(CliTest::describe(json)));
        QVERIFY(json.jsonParses());
        QVERIFY2(unsafeFor(json.out).isEmpty(), qPrintable(unsafeFor(json.out)));
        QVERIFY2(json.out.contains("\\u001b]0;pwned\\u0007") && json.out.contains("\\u0000"),
            json.out.left(2000).constData());
        if (args.constFirst() == u"streams"_s)
            QVERIFY(holds(json.json(), Hostile::name(u"Rates Desk"_s)));
    }

    // The server's error message is part of the error line, filtered.
    void errorLineCarriesTheServersMessageFiltered()
    {
        DemoPod::Fault fault;
        fault.kind = DemoPod::Fault::Kind::Status;
        fault.status = 400;
        fault.body
            = QJsonDocument(QJsonObject {{u"code"_s, 400}, {u"message"_s, Hostile::name(u"no such thing"_s)}})
                  .toJson(QJsonDocument::Compact);
        fault.pathPattern = u".*/streams/list"_s;
        fault.count = -1;
        m_pod.server->addFault(fault);
        for (const bool json : {false, true}) {
            const CliRun r = run(json ? QStringList {u"streams"_s, u"--json"_s} : QStringList {u"streams"_s});
            QVERIFY2(r.code != 0 && r.code != -1, qPrintable(CliTest::describe(r)));
            QCOMPARE(r.errorLines().size(), 1);
            QVERIFY2(unsafeFor(r.err).isEmpty(), qPrintable(unsafeFor(r.err)));
            QVERIFY2(r.errorLines().constFirst().contains(Hostile::markup() + u"no such thing"_s),
                qPrintable(r.errText()));
            QVERIFY(unsafeFor(r.out).isEmpty());
        }
    }
};

INSPECTOR_TEST_GUILESS_MAIN(CliTerminalTest)
#include "tst_cliterminal.moc"
