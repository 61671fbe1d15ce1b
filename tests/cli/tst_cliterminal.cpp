// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include "clitestsupport.h"
#include "console.h"
#include "demodata.h"
#include "demopodserver.h"
#include "hostiledata.h"
#include "output.h"

using namespace Inspector;
using namespace Inspector::Cli;
using namespace Qt::StringLiterals;
using CliTest::Result;
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
    std::unique_ptr<DemoPod::Server> m_server;
    QTemporaryDir m_dir;
    QString m_keyPath;

    QStringList connection() const
    {
        return {u"--pod"_s, m_server->baseUrl().toString(), u"--bot-username"_s,
            DemoPod::Server::botUsername(), u"--private-key"_s, m_keyPath};
    }

    Result run(const QStringList &args, bool progress = false)
    {
        CliTest::RunOptions options;
        options.progress = progress;
        return CliTest::run(connection() + args, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.streams = 4;
        config.messagesPerStream = 40;
        config.hostileNames = true;
        m_server = std::make_unique<DemoPod::Server>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_keyPath = m_dir.filePath(u"bot.pem"_s);
        QVERIFY(CliTest::writeFile(m_keyPath, DemoPod::Server::botPrivateKeyPem()));
    }

    void init() { m_server->clearFaults(); }

    void cleanupTestCase() { m_server->stop(); }

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
        const Result table = run(args, true);
        QVERIFY2(table.code == 0, qPrintable(CliTest::describe(table)));
        QVERIFY2(unsafeFor(table.out).isEmpty(), qPrintable(unsafeFor(table.out)));
        QVERIFY2(table.text().contains(expected), qPrintable(table.text()));
        QVERIFY2(table.text().contains(QChar(0xFFFD)), qPrintable(table.text())); // a control was there
        QByteArray err = table.err;
        err.replace("\r", "").replace("\x1b[K", ""); // progress is the only thing allowed to move the cursor
        QVERIFY2(unsafeFor(err).isEmpty(), qPrintable(unsafeFor(err)));

        // --json: the server's strings exactly, every control JSON-escaped (C1 and bidi too), so
        // nothing raw reaches the terminal either.
        const Result json = run(args + QStringList {u"--json"_s});
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
        m_server->addFault(fault);
        for (const bool json : {false, true}) {
            const Result r = run(json ? QStringList {u"streams"_s, u"--json"_s} : QStringList {u"streams"_s});
            QVERIFY2(r.code != 0 && r.code != -1, qPrintable(CliTest::describe(r)));
            QCOMPARE(r.errorLines().size(), 1);
            QVERIFY2(unsafeFor(r.err).isEmpty(), qPrintable(unsafeFor(r.err)));
            QVERIFY2(r.errorLines().constFirst().contains(Hostile::markup() + u"no such thing"_s),
                qPrintable(r.errText()));
            QVERIFY(unsafeFor(r.out).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(CliTerminalTest)
#include "tst_cliterminal.moc"
