// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <thread>

#include "commandline.h"
#include "common/testsuite.h"
#include "connectionsettings.h"
#include "console.h"
#include "data/parse.h"
#include "exitcode.h"
#include "export/deduplicator.h"
#include "export/messageexportjob.h"
#include "exportoptions.h"
#include "idreport.h"
#include "interruptnotifier.h"
#include "output.h"
#include "presentationml/presentationml.h"
#include "terminalprompt.h"
#include "textutil.h"

using namespace Inspector;
using namespace Inspector::Cli;
using namespace Qt::StringLiterals;

namespace {

Message makeMessage(const QString &id, qint64 timestamp)
{
    Message m;
    m.messageId = id;
    m.timestamp = timestamp;
    m.raw = QJsonObject {{u"messageId"_s, id}, {u"timestamp"_s, timestamp}};
    return m;
}

using Export::Deduplicator;

QStringList idsOf(const QList<Deduplicator::Item> &items)
{
    QStringList out;
    for (const auto &i : items)
        out.append(i.message.messageId + u'/' + QString::number(i.derived.duplicates)
            + (i.derived.isDuplicate ? u"d"_s : QString()));
    return out;
}

} // namespace

class CliPartsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void fitToWidth_data();
    void fitToWidth();
    void jsonOutputReplacesLoneSurrogates();
    void excerpt_data();
    void excerpt();
    void printable_data();
    void printable();
    void dedupDropsCopiesInBothForms();
    void dedupKeepsWhenAsked();
    void dedupLateCopyIsCountedButNotAttached();
    void idReport_data();
    void idReport();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void helpMentionsEveryCommand();
    void serviceUrls_data();
    void serviceUrls();
    void tokenSources_data();
    void tokenSources();
    void tokenFileErrors_data();
    void tokenFileErrors();
    void cleartextWarning_data();
    void cleartextWarning();
    void proxyPasswordIsNeverPrinted_data();
    void proxyPasswordIsNeverPrinted();
    void outputTableAligns();
    void outputTableCutsLongCells();
    void outputJsonIsOneArray();
    void outputJsonAfterFailure();
    void consoleErrorIsOneLine();
    void consoleProgressOnlyWhenEnabled();
    void exitCodes_data();
    void exitCodes();
    void exportOptions_data();
    void exportOptions();
    void exportOptionErrors_data();
    void exportOptionErrors();
    void exportReport();
    void exportProgressLine();
    void duration_data();
    void duration();
    void outputCollectsItems();
    void outputFieldsOfSeveralLines();
    void interruptNotifier();
    void terminalPromptReadsWithoutEcho();
    void terminalPromptNeedsATerminal();
};

void CliPartsTest::excerpt_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    const QString mention = uR"({"0":{"type":"com.symphony.user.mention","version":"1.0",)"
                            uR"("id":[{"type":"com.symphony.user.userId","value":8933531976681}]}})"_s;
    // The old tag stripping put a space wherever a tag ended: "@Alice Adams ,".
    QTest::newRow("mention before a comma")
        << u"<div data-format=\"PresentationML\"><p>Hello <span class=\"entity\" data-entity-id=\"0\">"
           "@Alice Adams</span>, see</p></div>"_s
        << mention << 60 << u"Hello @Alice Adams, see"_s;
    QTest::newRow("tags") << u"<div data-format=\"PresentationML\"><p>Hello <b>world</b></p></div>"_s
                          << QString() << 60 << u"Hello world"_s;
    QTest::newRow("first lines joined")
        << u"<p>a</p><p>b</p><ul><li>c</li></ul>"_s << QString() << 60 << u"a b - c"_s;
    QTest::newRow("entities") << u"<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;x&quot; &#x41;</p>"_s << QString()
                              << 60 << u"1 < 2 && 3 > 2 \"x\" A"_s;
    QTest::newRow("cut") << u"<p>abcdefghij</p>"_s << QString() << 5 << u"abcd…"_s;
    QTest::newRow("no limit") << u"<p>abcdefghij</p>"_s << QString() << 0 << u"abcdefghij"_s;
    QTest::newRow("whitespace collapsed") << u"<p>a   b\tc</p>"_s << QString() << 60 << u"a b c"_s;
    QTest::newRow("empty") << QString() << QString() << 60 << QString();
}

void CliPartsTest::excerpt()
{
    QFETCH(QString, markup);
    QFETCH(QString, data);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(Text::excerpt(PresentationMl::toPlainText(markup, data), max), expected);
}

void CliPartsTest::printable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("changed");
    QTest::newRow("plain") << u"a b\nc\td"_s << u"a b\nc\td"_s << 0;
    QTest::newRow("escape sequence") << u"a\x1b]0;title\ab"_s << u"a\uFFFD]0;title\uFFFDb"_s << 2;
    QTest::newRow("carriage return") << u"a\rb"_s << u"a\uFFFDb"_s << 1;
    QTest::newRow("C1 control") << u"a\u009bb"_s << u"a\uFFFDb"_s << 1;
    QTest::newRow("bidi override removed") << u"abc\u202Edef\u2066g"_s << u"abcdefg"_s << 2;
    QTest::newRow("emoji kept") << u"📈 ok"_s << u"📈 ok"_s << 0;
}

void CliPartsTest::printable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, changed);
    int replaced = 0;
    QCOMPARE(Text::printable(input, &replaced), expected);
    QCOMPARE(replaced, changed);
    QCOMPARE(Text::excerpt(input, 0).contains(QChar(0x1b)), false);
}

void CliPartsTest::dedupDropsCopiesInBothForms()
{
    Deduplicator d(Deduplicator::Mode::Drop);
    const QString url = u"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"_s;
    const QString std = u"WTYL5gdFmkzT7+FdtlaFgn///mSB00JfbQ=="_s;
    const QString other = u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s;
    // The copy shares its original's millisecond: both are held until a later time arrives.
    QVERIFY(d.add({makeMessage(url, 100)}).isEmpty());
    QVERIFY(d.add({makeMessage(std, 100)}).isEmpty());
    const auto ready = d.add({makeMessage(other, 200)});
    QCOMPARE(idsOf(ready), QStringList {url + u"/1"_s});
    QCOMPARE(idsOf(d.flush()), QStringList {other + u"/0"_s});
    QCOMPARE(d.dropped(), 1);
    QCOMPARE(d.distinct(), 2);
}

void CliPartsTest::dedupKeepsWhenAsked()
{
    // --keep-duplicates: every copy is listed at once, in order, the repeats flagged.
    Deduplicator d(Deduplicator::Mode::KeepAndFlag);
    const QString url = u"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"_s;
    const QString std = u"WTYL5gdFmkzT7+FdtlaFgn///mSB00JfbQ=="_s;
    QCOMPARE(idsOf(d.add({makeMessage(url, 100), makeMessage(std, 100)})),
        (QStringList {url + u"/0"_s, std + u"/0d"_s}));
    QVERIFY(d.isKnown(makeMessage(std, 5)));
    QCOMPARE(idsOf(d.add({makeMessage(url, 300)})), QStringList {url + u"/0d"_s});
    QVERIFY(d.flush().isEmpty());
    QCOMPARE(d.dropped(), 0);
    QCOMPARE(d.distinct(), 1);
}

void CliPartsTest::dedupLateCopyIsCountedButNotAttached()
{
    Deduplicator d(Deduplicator::Mode::Drop);
    const QString a = u"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"_s;
    const QString b = u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s;
    QVERIFY(d.add({makeMessage(a, 100)}).isEmpty());
    QCOMPARE(idsOf(d.add({makeMessage(b, 200)})), QStringList {a + u"/0"_s});
    // a later millisecond releases b; a, written already, is only counted
    QCOMPARE(idsOf(d.add({makeMessage(a, 300)})), QStringList {b + u"/0"_s});
    QCOMPARE(d.dropped(), 1);
    QVERIFY(d.flush().isEmpty());
    // Messages without an id are never merged.
    Deduplicator e(Deduplicator::Mode::Drop);
    e.add({makeMessage({}, 1), makeMessage({}, 1)});
    QCOMPARE(e.flush().size(), 2);
}

void CliPartsTest::idReport_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("urlSafe");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<int>("length");
    QTest::addColumn<qint64>("created"); // 0 = none
    QTest::addColumn<QString>("kind");
    QTest::newRow("stream, standard form")
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s << true << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s << 25 << qint64(1767268800000) << u"stream"_s;
    QTest::newRow("docs example, attachment time")
        << u"KpjYuzMLR+JK1co7QBfukX///peOpZmdbQ=="_s << true << u"KpjYuzMLR-JK1co7QBfukX___peOpZmdbQ"_s
        << u"KpjYuzMLR+JK1co7QBfukX///peOpZmdbQ=="_s << 25 << qint64(1548089976418) << u"message"_s;
    QTest::newRow("short id") << u"AAAA"_s << true << u"AAAA"_s << u"AAAA"_s << 3 << qint64(0) << QString();
    QTest::newRow("mixed alphabets") << u"ab-c+d"_s << false << QString() << QString() << -1 << qint64(0)
                                     << QString();
    QTest::newRow("empty") << u""_s << false << QString() << QString() << -1 << qint64(0) << QString();
}

void CliPartsTest::idReport()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QFETCH(QString, urlSafe);
    QFETCH(QString, standard);
    QFETCH(int, length);
    QFETCH(qint64, created);
    QFETCH(QString, kind);
    const IdReport r = IdReport::analyse(id);
    QCOMPARE(r.valid, valid);
    if (!valid) {
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.toJson().value(u"valid"_s).toBool(), false);
        return;
    }
    QCOMPARE(r.urlSafe, urlSafe);
    QCOMPARE(r.standard, standard);
    QCOMPARE(r.decodedLength, length);
    QCOMPARE(r.inferredCreationMs.value_or(0), created);
    QCOMPARE(r.inferredKind, kind);
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(u"urlSafeId"_s).toString(), urlSafe);
    if (created) {
        QCOMPARE(json.value(u"inferredCreationTime"_s).toInteger(), created);
        bool labelled = false;
        for (const auto &f : r.fields())
            labelled
                = labelled || (f.first.contains(u"inferred"_s) && f.second.contains(u"not documented"_s));
        QVERIFY(labelled);
    }
}

void CliPartsTest::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("global before") << QStringList {u"--pod"_s, u"https://p"_s, u"health"_s} << u"health"_s
                                   << QStringList {} << u"pod"_s << QStringList {u"https://p"_s};
    QTest::newRow("global after") << QStringList {u"health"_s, u"--json"_s} << u"health"_s << QStringList {}
                                  << u"json"_s << QStringList {QString()};
    QTest::newRow("equals form") << QStringList {u"--pod=https://p"_s, u"info"_s} << u"info"_s
                                 << QStringList {} << u"pod"_s << QStringList {u"https://p"_s};
    QTest::newRow("multi values") << QStringList {u"users"_s, u"1"_s, u"--username"_s, u"aadams"_s,
        u"bbaker"_s, u"--json"_s} << u"users"_s
                                  << QStringList {u"1"_s} << u"username"_s
                                  << QStringList {u"aadams"_s, u"bbaker"_s};
    QTest::newRow("id starting with a dash") << QStringList {u"id"_s, u"-AbC"_s} << u"id"_s
                                             << QStringList {u"-AbC"_s} << u"json"_s << QStringList {};
    QTest::newRow("double dash ends options") << QStringList {u"id"_s, u"--"_s, u"--AbC"_s} << u"id"_s
                                              << QStringList {u"--AbC"_s} << u"json"_s << QStringList {};
    QTest::newRow("command option") << QStringList {u"messages"_s, u"S"_s, u"--limit"_s, u"5"_s}
                                    << u"messages"_s << QStringList {u"S"_s} << u"limit"_s
                                    << QStringList {u"5"_s};
    QTest::newRow("words of a query") << QStringList {u"search"_s, u"rates"_s, u"desk"_s} << u"search"_s
                                      << QStringList {u"rates"_s, u"desk"_s} << u"stream"_s << QStringList {};
}

void CliPartsTest::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(QStringList, values);
    const Result<CommandLine> cli = CommandLine::parse(args);
    QVERIFY2(cli, qPrintable(cli.error().message()));
    QCOMPARE(cli.value().commandName(), command);
    QCOMPARE(cli.value().arguments(), arguments);
    QCOMPARE(cli.value().values(option), values);
}

void CliPartsTest::parseErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QStringList {} << u"No command"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"Unknown command \"frobnicate\""_s;
    QTest::newRow("archive alone") << QStringList {u"archive"_s} << u"\"archive\" needs one of: sync, info"_s;
    QTest::newRow("unknown archive command")
        << QStringList {u"archive"_s, u"frobnicate"_s, u"a.db"_s} << u"\"archive\" needs one of: sync"_s;
    QTest::newRow("unknown global option")
        << QStringList {u"--frob"_s, u"health"_s} << u"Unknown option --frob"_s;
    QTest::newRow("command option before the command")
        << QStringList {u"--limit"_s, u"5"_s, u"messages"_s, u"S"_s} << u"Unknown option --limit"_s;
    QTest::newRow("option of another command")
        << QStringList {u"health"_s, u"--limit"_s, u"5"_s} << u"Unknown option --limit for \"health\""_s;
    QTest::newRow("missing value") << QStringList {u"health"_s, u"--pod"_s} << u"--pod needs a value"_s;
    QTest::newRow("value is an option")
        << QStringList {u"--pod"_s, u"--json"_s, u"health"_s} << u"--pod needs a value"_s;
    QTest::newRow("empty value") << QStringList {u"--pod="_s, u"health"_s} << u"not an empty one"_s;
    QTest::newRow("flag with value") << QStringList {u"--json=yes"_s, u"health"_s}
                                     << u"--json takes no value"_s;
    QTest::newRow("missing argument") << QStringList {u"messages"_s} << u"\"messages\" needs STREAM"_s;
    QTest::newRow("too many arguments") << QStringList {u"message"_s, u"a"_s, u"b"_s} << u"takes ID"_s;
    QTest::newRow("argument to health") << QStringList {u"health"_s, u"x"_s} << u"takes no argument"_s;
    QTest::newRow("passphrase") << QStringList {u"--passphrase"_s, u"s3cret"_s, u"session"_s}
                                << u"never taken on the command line"_s;
    QTest::newRow("passphrase with equals")
        << QStringList {u"session"_s, u"--key-passphrase=s3cret"_s} << u"SYMPHONY_KEY_PASSPHRASE"_s;
    QTest::newRow("password") << QStringList {u"session"_s, u"--password"_s, u"x"_s}
                              << u"never taken on the command line"_s;
}

void CliPartsTest::parseErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result<CommandLine> cli = CommandLine::parse(args);
    QVERIFY(!cli);
    const QString error = cli.error().message();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    // The passphrase itself never appears in the message.
    QVERIFY(!error.contains(u"s3cret"_s));
}

void CliPartsTest::helpMentionsEveryCommand()
{
    const QString help = CommandLine::helpText();
    for (const CommandSpec &c : CommandLine::commands()) {
        QVERIFY2(help.contains(u"  "_s + c.name + u' '), qPrintable(c.name));
        const QString own = CommandLine::helpText(c);
        QVERIFY(own.contains(c.summary));
        for (const OptionSpec &o : c.options)
            QVERIFY2(own.contains(u"--"_s + o.name), qPrintable(c.name + u" --"_s + o.name));
    }
    QVERIFY(help.contains(u"7 health"_s));
    const Result<CommandLine> cli = CommandLine::parse({u"messages"_s, u"--help"_s});
    QVERIFY(cli && cli.value().helpRequested());
    QCOMPARE(cli.value().commandName(), u"messages"_s);
}

void CliPartsTest::serviceUrls_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pod");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("keyManager");
    QTest::addColumn<QString>("login");
    QTest::newRow("pod only") << QStringList {u"--pod"_s, u"https://acme.symphony.com"_s}
                              << u"https://acme.symphony.com/pod"_s << u"https://acme.symphony.com/agent"_s
                              << u"https://acme.symphony.com/relay"_s << u"https://acme.symphony.com/login"_s;
    QTest::newRow("no scheme") << QStringList {u"--pod"_s, u"acme.symphony.com"_s}
                               << u"https://acme.symphony.com/pod"_s << u"https://acme.symphony.com/agent"_s
                               << u"https://acme.symphony.com/relay"_s
                               << u"https://acme.symphony.com/login"_s;
    QTest::newRow("port kept") << QStringList {u"--pod"_s, u"http://127.0.0.1:8443"_s}
                               << u"http://127.0.0.1:8443/pod"_s << u"http://127.0.0.1:8443/agent"_s
                               << u"http://127.0.0.1:8443/relay"_s << u"http://127.0.0.1:8443/login"_s;
    QTest::newRow("path is the context")
        << QStringList {u"--pod"_s, u"https://p.example/custom/pod"_s} << u"https://p.example/custom/pod"_s
        << u"https://p.example/agent"_s << u"https://p.example/relay"_s << u"https://p.example/login"_s;
    QTest::newRow("lone slash: no context")
        << QStringList {u"--pod"_s, u"https://p.example"_s, u"--agent"_s, u"https://agent.example/"_s}
        << u"https://p.example/pod"_s << u"https://agent.example"_s << u"https://p.example/relay"_s
        << u"https://p.example/login"_s;
    QTest::newRow("separate hosts") << QStringList {u"--pod"_s, u"https://p.example"_s, u"--agent"_s,
        u"https://a.example:8444"_s, u"--key-manager"_s, u"https://km.example"_s, u"--login"_s,
        u"https://l.example/auth"_s} << u"https://p.example/pod"_s
                                    << u"https://a.example:8444/agent"_s << u"https://km.example/relay"_s
                                    << u"https://l.example/auth"_s;
    QTest::newRow("trailing slash dropped")
        << QStringList {u"--pod"_s, u"https://p.example/x/"_s} << u"https://p.example/x"_s
        << u"https://p.example/agent"_s << u"https://p.example/relay"_s << u"https://p.example/login"_s;
    QTest::newRow("ftp refused") << QStringList {u"--pod"_s, u"ftp://p.example"_s} << QString() << QString()
                                 << QString() << QString();
    QTest::newRow("query refused") << QStringList {u"--pod"_s, u"https://p.example/?a=b"_s} << QString()
                                   << QString() << QString() << QString();
}

void CliPartsTest::serviceUrls()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pod);
    QFETCH(QString, agent);
    QFETCH(QString, keyManager);
    QFETCH(QString, login);
    const Result<CommandLine> cli = CommandLine::parse(args + QStringList {u"health"_s});
    QVERIFY2(cli, qPrintable(cli.error().message()));
    ConnectionSettings::Failure failure;
    const auto settings = ConnectionSettings::fromCommandLine(
        cli.value(), false, QProcessEnvironment(), {}, ApiClientOptions {}, &failure);
    if (pod.isEmpty()) {
        QVERIFY(!settings);
        QCOMPARE(failure.exitCode, int(Usage));
        QVERIFY(!failure.message.isEmpty());
        return;
    }
    QVERIFY2(settings, qPrintable(failure.message));
    using S = ServiceUrls::Service;
    QCOMPARE(settings->urls->base(S::Pod).toString(), pod);
    QCOMPARE(settings->urls->base(S::Agent).toString(), agent);
    QCOMPARE(settings->urls->base(S::KeyManager).toString(), keyManager);
    QCOMPARE(settings->urls->base(S::Login).toString(), login);
}

namespace {

struct SettingsRun
{
    std::optional<ConnectionSettings> settings;
    ConnectionSettings::Failure failure;
};

// Parses `args` + "session" and builds the settings; `stdinBytes` is standard input (none when null).
SettingsRun settingsFor(const QStringList &args, const QByteArray &stdinBytes = {}, bool haveStdin = false,
    const QProcessEnvironment &environment = {})
{
    SettingsRun run;
    const Result<CommandLine> cli = CommandLine::parse(args + QStringList {u"session"_s});
    if (!cli) {
        run.failure.exitCode = Usage;
        run.failure.message = cli.error().message();
        return run;
    }
    QBuffer in;
    in.setData(stdinBytes);
    in.open(QIODevice::ReadOnly);
    run.settings = ConnectionSettings::fromCommandLine(
        cli.value(), true, environment, {}, ApiClientOptions {}, &run.failure, haveStdin ? &in : nullptr);
    return run;
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

void CliPartsTest::tokenSources_data()
{
    QTest::addColumn<QStringList>(
        "args"); // FILE stands for a file holding "file-session\n", KMFILE for "file-km"
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<QByteArray>("session");
    QTest::addColumn<QByteArray>("km");
    QTest::addColumn<int>("warnings");
    QTest::newRow("session file") << QStringList {u"--session-token-file"_s, u"FILE"_s} << QByteArray()
                                  << QByteArray("file-session") << QByteArray() << 0;
    QTest::newRow("both files") << QStringList {u"--session-token-file"_s, u"FILE"_s, u"--km-token-file"_s,
        u"KMFILE"_s} << QByteArray()
                                << QByteArray("file-session") << QByteArray("file-km") << 0;
    QTest::newRow("session from stdin")
        << QStringList {u"--session-token-file"_s, u"-"_s, u"--km-token-file"_s, u"KMFILE"_s}
        << QByteArray("  stdin-session\r\n") << QByteArray("stdin-session") << QByteArray("file-km") << 0;
    QTest::newRow("km from stdin") << QStringList {u"--session-token-file=FILE"_s, u"--km-token-file=-"_s}
                                   << QByteArray("stdin-km\n") << QByteArray("file-session")
                                   << QByteArray("stdin-km") << 0;
    // Flags still work, with a warning each: argv is readable by every user of the machine.
    QTest::newRow("session flag") << QStringList {u"--session-token"_s, u"flag-session"_s} << QByteArray()
                                  << QByteArray("flag-session") << QByteArray() << 1;
    QTest::newRow("both flags") << QStringList {u"--session-token"_s, u"flag-session"_s, u"--km-token"_s,
        u"flag-km"_s} << QByteArray()
                                << QByteArray("flag-session") << QByteArray("flag-km") << 2;
    QTest::newRow("flag and file") << QStringList {u"--session-token"_s, u"flag-session"_s,
        u"--km-token-file"_s, u"KMFILE"_s}
                                   << QByteArray() << QByteArray("flag-session") << QByteArray("file-km")
                                   << 1;
}

void CliPartsTest::tokenSources()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(QByteArray, session);
    QFETCH(QByteArray, km);
    QFETCH(int, warnings);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeTemp(dir, u"session.token"_s, "file-session\n");
    const QString kmFile = writeTemp(dir, u"km.token"_s, "file-km");
    for (QString &a : args)
        a.replace(u"KMFILE"_s, kmFile).replace(u"FILE"_s, file);
    const SettingsRun run
        = settingsFor(QStringList {u"--pod"_s, u"https://p.example"_s} + args, stdinBytes, true);
    QVERIFY2(run.settings, qPrintable(run.failure.message));
    QCOMPARE(run.settings->credentials.mode, Credentials::Mode::Tokens);
    QCOMPARE(run.settings->credentials.sessionToken, session);
    QCOMPARE(run.settings->credentials.keyManagerToken, km);
    QCOMPARE(run.settings->warnings.size(), warnings);
    for (const QString &w : run.settings->warnings) {
        QVERIFY2(w.contains(u"process list"_s) && w.contains(u"-file"_s), qPrintable(w));
        QVERIFY(!w.contains(QString::fromLatin1(session)));
    }
}

void CliPartsTest::tokenFileErrors_data()
{
    QTest::addColumn<QStringList>("args"); // FILE: a file holding `content`
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("haveStdin");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two lines") << QStringList {u"--session-token-file"_s, u"FILE"_s}
                               << QByteArray("secret-one\nsecret-two\n") << false << u"alone, on one line"_s;
    QTest::newRow("empty") << QStringList {u"--session-token-file"_s, u"FILE"_s} << QByteArray(" \n") << false
                           << u"holds no token"_s;
    QTest::newRow("too big") << QStringList {u"--session-token-file"_s, u"FILE"_s} << QByteArray(70000, 'x')
                             << false << u"64 KiB"_s;
    QTest::newRow("missing") << QStringList {u"--session-token-file"_s, u"/nonexistent/token"_s}
                             << QByteArray() << false << u"does not exist"_s;
    QTest::newRow("no stdin") << QStringList {u"--session-token-file"_s, u"-"_s} << QByteArray() << false
                              << u"no standard input"_s;
    QTest::newRow("stdin twice") << QStringList {u"--session-token-file"_s, u"-"_s, u"--km-token-file"_s,
        u"-"_s} << QByteArray() << true
                                 << u"one token only"_s;
    QTest::newRow("flag and file") << QStringList {u"--session-token"_s, u"secret-flag"_s,
        u"--session-token-file"_s, u"FILE"_s}
                                   << QByteArray("secret-one") << false << u"not both"_s;
    QTest::newRow("km file alone") << QStringList {u"--km-token-file"_s, u"FILE"_s}
                                   << QByteArray("secret-one") << false << u"alone is not enough"_s;
}

void CliPartsTest::tokenFileErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, content);
    QFETCH(bool, haveStdin);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeTemp(dir, u"token"_s, content);
    for (QString &a : args)
        a.replace(u"FILE"_s, file);
    const SettingsRun run
        = settingsFor(QStringList {u"--pod"_s, u"https://p.example"_s} + args, {}, haveStdin);
    QVERIFY(!run.settings);
    QCOMPARE(run.failure.exitCode, int(Usage));
    QVERIFY2(run.failure.message.contains(expected), qPrintable(run.failure.message));
    QVERIFY(!run.failure.message.contains(u"secret"_s)); // a token is never quoted back
}

void CliPartsTest::cleartextWarning_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("warning"); // empty: none
    QTest::newRow("https") << QStringList {u"--pod"_s, u"https://p.example"_s} << QString();
    QTest::newRow("http loopback") << QStringList {u"--pod"_s, u"http://127.0.0.1:8080"_s} << QString();
    QTest::newRow("http localhost") << QStringList {u"--pod"_s, u"http://localhost:8080"_s} << QString();
    QTest::newRow("http ::1") << QStringList {u"--pod"_s, u"http://[::1]:8080"_s} << QString();
    QTest::newRow("http pod")
        << QStringList {u"--pod"_s, u"http://p.example"_s}
        << u"Plain http:// to p.example: the tokens, the signed login and every message cross the network "
           "unencrypted; use https:// unless this network is yours."_s;
    QTest::newRow("http agent only") << QStringList {u"--pod"_s, u"https://p.example"_s, u"--agent"_s,
        u"http://10.0.0.7:8444"_s}
                                     << u"Plain http:// to 10.0.0.7:8444: the tokens, the signed login and "
                                        u"every message cross the network "
                                        "unencrypted; use https:// unless this network is yours."_s;
}

void CliPartsTest::cleartextWarning()
{
    QFETCH(QStringList, args);
    QFETCH(QString, warning);
    const SettingsRun run = settingsFor(args + QStringList {u"--session-token-file"_s, u"-"_s}, "t", true);
    QVERIFY2(run.settings, qPrintable(run.failure.message));
    QCOMPARE(run.settings->warnings, warning.isEmpty() ? QStringList() : QStringList {warning}); // once
}

void CliPartsTest::proxyPasswordIsNeverPrinted_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("shown");
    QTest::newRow("no port") << u"http://alice:s3cr3t@proxy.example"_s << u"http://alice:***@proxy.example"_s;
    QTest::newRow("bad scheme") << u"ftp://alice:s3cr3t@proxy.example:3128"_s
                                << u"ftp://alice:***@proxy.example:3128"_s;
    QTest::newRow("at sign in the password")
        << u"http://alice:s3cr3t@x@proxy.example"_s << u"http://alice:***@proxy.example"_s;
    QTest::newRow("slash in the password")
        << u"http://alice:s3/cr3t@proxy.example:99999"_s << u"http://alice:***@proxy.example:99999"_s;
    QTest::newRow("no scheme") << u"alice:s3cr3t@proxy.example"_s << u"alice:***@proxy.example"_s;
}

void CliPartsTest::proxyPasswordIsNeverPrinted()
{
    QFETCH(QString, proxy);
    QFETCH(QString, shown);
    const SettingsRun run = settingsFor({u"--pod"_s, u"https://p.example"_s, u"--proxy"_s, proxy});
    QVERIFY(!run.settings);
    QCOMPARE(run.failure.exitCode, int(Usage));
    QVERIFY2(!run.failure.message.contains(u"s3cr3t"_s), qPrintable(run.failure.message));
    QVERIFY2(!run.failure.message.contains(u"cr3t"_s), qPrintable(run.failure.message));
    QVERIFY2(run.failure.message.contains(shown), qPrintable(run.failure.message));
    // The same for a service URL quoted in an error: a user name and password there are refused.
    const SettingsRun pod = settingsFor({u"--pod"_s, proxy, u"--session-token-file"_s, u"-"_s}, "t", true);
    QVERIFY(!pod.settings);
    QCOMPARE(pod.failure.exitCode, int(Usage));
    QVERIFY2(!pod.failure.message.contains(u"cr3t"_s), qPrintable(pod.failure.message));
}

void CliPartsTest::outputTableAligns()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        Output out(&buffer, false);
        out.setColumns({{u"ID"_s, 10}, {u"N"_s, 5, true}, {u"TEXT"_s, 0}}, u"nothing"_s);
        out.addRow({u"a"_s, u"1"_s, u"first"_s});
        out.addRow({u"bbbb"_s, u"22"_s, u"second line\nwrapped"_s});
        out.finish(true);
    }
    const QStringList lines = QString::fromUtf8(buffer.data()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(
        lines, (QStringList {u"ID     N  TEXT"_s, u"a      1  first"_s, u"bbbb  22  second line wrapped"_s}));

    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    Output none(&empty, false);
    none.setColumns({{u"ID"_s, 10}}, u"No streams."_s);
    none.finish(true);
    QCOMPARE(empty.data(), QByteArray("No streams.\n"));
}

void CliPartsTest::outputTableCutsLongCells()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Output out(&buffer, false);
    out.setColumns({{u"A"_s, 4}, {u"B"_s, 0}});
    out.addRow({u"abcdefgh"_s, u"x"_s});
    out.addFields({{u"Key"_s, u"v"_s}, {u"Longer key"_s, u"w"_s}});
    out.finish(true);
    QCOMPARE(QString::fromUtf8(buffer.data()), u"A     B\nabc…  x\nKey:        v\nLonger key: w\n"_s);
}

void CliPartsTest::outputJsonIsOneArray()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Output out(&buffer, true);
    out.addItem({{u"id"_s, qint64(8933531976681)}});
    // Written as it comes, before the end.
    QVERIFY(buffer.data().startsWith("[\n{\"id\":8933531976681}"));
    out.addItem({{u"id"_s, 2}});
    out.finish(true);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 2);
    QCOMPARE(doc.array().at(0).toObject().value(u"id"_s).toInteger(), qint64(8933531976681));

    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    Output none(&empty, true);
    none.finish(true);
    QCOMPARE(empty.data(), QByteArray("[]\n"));
}

void CliPartsTest::outputJsonAfterFailure()
{
    // Nothing written: nothing at all, not even "[" or "[]".
    QBuffer nothing;
    nothing.open(QIODevice::WriteOnly);
    {
        Output out(&nothing, true);
        out.finish(false);
    }
    QVERIFY(nothing.data().isEmpty());
    // Some items written: the array is closed, so what is there parses.
    QBuffer some;
    some.open(QIODevice::WriteOnly);
    {
        Output out(&some, true);
        out.addItem({{u"a"_s, 1}});
    } // the destructor finishes like a failure
    QCOMPARE(QJsonDocument::fromJson(some.data()).array().size(), 1);
}

void CliPartsTest::consoleErrorIsOneLine()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Console console(&buffer);
    console.error(u"first\nsecond"_s);
    QCOMPARE(buffer.data(), QByteArray("symphony-inspector-cli: first second\n"));
}

void CliPartsTest::consoleProgressOnlyWhenEnabled()
{
    QBuffer off;
    off.open(QIODevice::WriteOnly);
    Console quiet(&off);
    quiet.progress(u"10 messages…"_s);
    quiet.endProgress();
    QVERIFY(off.data().isEmpty());

    QBuffer on;
    on.open(QIODevice::WriteOnly);
    Console loud(&on);
    loud.setProgressEnabled(true);
    loud.progress(u"10 messages…"_s);
    loud.error(u"boom"_s);
    QCOMPARE(on.data(), QByteArray("\r10 messages…\x1b[K\r\x1b[Ksymphony-inspector-cli: boom\n"));
}

void CliPartsTest::exitCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("localCategory"); ///< for kind Local
    using K = ApiError::Kind;
    QTest::newRow("none") << int(K::None) << 0 << 0;
    QTest::newRow("401") << int(K::Unauthorized) << 3 << 0;
    QTest::newRow("403") << int(K::Forbidden) << 3 << 0;
    QTest::newRow("network") << int(K::Network) << 4 << 0;
    QTest::newRow("timeout") << int(K::Timeout) << 4 << 0;
    QTest::newRow("tls") << int(K::Tls) << 4 << 0;
    QTest::newRow("server") << int(K::Server) << 5 << 0;
    QTest::newRow("bad response") << int(K::BadResponse) << 5 << 0;
    QTest::newRow("429") << int(K::RateLimited) << 5 << 0;
    QTest::newRow("no progress") << int(K::NoProgress) << 5 << 0;
    QTest::newRow("not found") << int(K::NotFound) << 6 << 0;
    QTest::newRow("config") << int(K::Local) << 2 << int(LocalError::Category::Config);
    QTest::newRow("io") << int(K::Local) << 1 << int(LocalError::Category::File);
    QTest::newRow("redirected elsewhere") << int(K::Redirected) << 2 << 0;
}

void CliPartsTest::exitCodes()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(int, localCategory);
    ApiError e;
    e.kind = ApiError::Kind(kind);
    if (e.kind == ApiError::Kind::Local)
        e = ApiError::fromLocal(LocalError(u"local"_s, LocalError::Category(localCategory)));
    QCOMPARE(exitCodeFor(e), code);
}

void CliPartsTest::terminalPromptReadsWithoutEcho()
{
    int master = -1;
    int slave = -1;
    QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    termios before {};
    QCOMPARE(::tcgetattr(slave, &before), 0);
    QVERIFY(before.c_lflag & ECHO);

    bool echoWasOff = false;
    std::optional<QByteArray> result;
    std::thread reader([&] { result = TerminalPrompt::readHidden(slave, slave, u"Passphrase: "_s); });
    // Wait for the prompt: it is written once echo is off.
    QByteArray seen;
    char buf[64];
    while (!seen.contains("Passphrase: ")) {
        const ssize_t n = ::read(master, buf, sizeof buf);
        QVERIFY(n > 0);
        seen.append(buf, n);
    }
    termios during {};
    QCOMPARE(::tcgetattr(slave, &during), 0);
    echoWasOff = !(during.c_lflag & ECHO);
    QCOMPARE(::write(master, "inspector-test\n", 15), ssize_t(15));
    reader.join();
    QVERIFY(echoWasOff);
    QVERIFY(result);
    QCOMPARE(*result, QByteArray("inspector-test"));
    termios after {};
    QCOMPARE(::tcgetattr(slave, &after), 0);
    QVERIFY(after.c_lflag & ECHO);
    ::close(master);
    ::close(slave);
}

void CliPartsTest::terminalPromptNeedsATerminal()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QVERIFY(!TerminalPrompt::readHidden(fds[0], fds[1], u"Passphrase: "_s));
    ::close(fds[0]);
    ::close(fds[1]);
}

void CliPartsTest::exportOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QByteArray>("lineEnding");
    QTest::addColumn<QString>("flags"); // b = bom, q = quote all, h = header, g = formula guard
    QTest::addColumn<QStringList>("columns");
    using F = Export::Format;
    QTest::newRow("defaults from the suffix") << QStringList {u"--output"_s, u"out.csv"_s} << int(F::Csv)
                                              << u","_s << QByteArray("\r\n") << u"hg"_s << QStringList {};
    QTest::newRow("json from the suffix") << QStringList {u"--output"_s, u"out.JSON"_s} << int(F::Json)
                                          << u","_s << QByteArray("\r\n") << u"hg"_s << QStringList {};
    QTest::newRow("jsonl to stdout") << QStringList {u"--output"_s, u"-"_s, u"--format"_s, u"jsonl"_s}
                                     << int(F::JsonLines) << u","_s << QByteArray("\r\n") << u"hg"_s
                                     << QStringList {};
    QTest::newRow("format wins over the suffix")
        << QStringList {u"--output"_s, u"out.txt"_s, u"--format"_s, u"csv"_s} << int(F::Csv) << u","_s
        << QByteArray("\r\n") << u"hg"_s << QStringList {};
    QTest::newRow("every CSV option") << QStringList {u"--output"_s, u"x.csv"_s, u"--separator"_s, u";"_s,
        u"--bom"_s, u"--quote-all"_s, u"--no-header"_s, u"--line-ending"_s, u"LF"_s, u"--no-formula-guard"_s,
        u"--columns"_s, u"text, messageId,,time"_s}
                                      << int(F::Csv) << u";"_s << QByteArray("\n") << u"bq"_s
                                      << QStringList {u"text"_s, u"messageId"_s, u"time"_s};
    QTest::newRow("tab separator") << QStringList {u"--output"_s, u"x.tsv"_s, u"--format"_s, u"csv"_s,
        u"--separator"_s, u"tab"_s} << int(F::Csv)
                                   << u"\t"_s << QByteArray("\r\n") << u"hg"_s << QStringList {};
}

void CliPartsTest::exportOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, format);
    QFETCH(QString, separator);
    QFETCH(QByteArray, lineEnding);
    QFETCH(QString, flags);
    QFETCH(QStringList, columns);
    const Result<CommandLine> cli = CommandLine::parse(QStringList {u"export"_s, u"S"_s} + args);
    QVERIFY2(cli, qPrintable(cli.error().message()));
    const Result<ExportOptions> options = ExportOptions::fromCommandLine(cli.value());
    QVERIFY2(options, qPrintable(options.error().message()));
    const ExportOptions *o = &options.value();
    QCOMPARE(int(o->format), format);
    QCOMPARE(QString(o->csv.separator), separator);
    QCOMPARE(o->csv.lineEnding, lineEnding);
    QCOMPARE(o->csv.bom, flags.contains(u'b'));
    QCOMPARE(o->csv.quoteAll, flags.contains(u'q'));
    QCOMPARE(o->csv.header, flags.contains(u'h'));
    QCOMPARE(o->csv.formulaGuard, flags.contains(u'g'));
    QCOMPARE(o->columns, columns);
    QCOMPARE(o->toStdout(), args.contains(u"-"_s));
}

void CliPartsTest::exportOptionErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--json") << QStringList {u"--output"_s, u"x.json"_s, u"--json"_s} << u"--format json"_s;
    QTest::newRow("no output") << QStringList {u"--format"_s, u"csv"_s} << u"--output FILE is required"_s;
    QTest::newRow("unknown format") << QStringList {u"--output"_s, u"x"_s, u"--format"_s, u"xml"_s}
                                    << u"unknown format \"xml\""_s;
    QTest::newRow("suffix tells nothing") << QStringList {u"--output"_s, u"x.txt"_s} << u"is required"_s;
    QTest::newRow("stdout without a format") << QStringList {u"--output"_s, u"-"_s} << u"is required"_s;
    QTest::newRow("bom with json") << QStringList {u"--output"_s, u"x.json"_s, u"--bom"_s}
                                   << u"--bom applies to CSV only, and the format is json"_s;
    QTest::newRow("columns with jsonl") << QStringList {u"--output"_s, u"x.jsonl"_s, u"--columns"_s,
        u"text"_s} << u"--columns applies to CSV only"_s;
    QTest::newRow("guard with json") << QStringList {u"--output"_s, u"x.json"_s, u"--no-formula-guard"_s}
                                     << u"--no-formula-guard applies to CSV only"_s;
    QTest::newRow("two-character separator")
        << QStringList {u"--output"_s, u"x.csv"_s, u"--separator"_s, u";;"_s} << u"one character"_s;
    QTest::newRow("quote separator") << QStringList {u"--output"_s, u"x.csv"_s, u"--separator"_s, u"\""_s}
                                     << u"one character"_s;
    QTest::newRow("line ending") << QStringList {u"--output"_s, u"x.csv"_s, u"--line-ending"_s, u"cr"_s}
                                 << u"crlf or lf"_s;
    QTest::newRow("empty columns") << QStringList {u"--output"_s, u"x.csv"_s, u"--columns"_s, u",,"_s}
                                   << u"names no column"_s;
}

void CliPartsTest::exportOptionErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result<CommandLine> cli = CommandLine::parse(QStringList {u"export"_s, u"S"_s} + args);
    QVERIFY2(cli, qPrintable(cli.error().message()));
    const Result<ExportOptions> options = ExportOptions::fromCommandLine(cli.value());
    QVERIFY(!options);
    const QString error = options.error().message();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void CliPartsTest::exportReport()
{
    ExportText::Summary s;
    s.count = 619;
    s.one = u"message"_s;
    s.many = u"messages"_s;
    s.bytes = 1545068;
    s.elapsedMs = 1234;
    s.files = {u"out.csv"_s};
    s.duplicatesDropped = 1;
    s.replacedCharacters = 2;
    s.guardedCells = 18;
    QCOMPARE(ExportText::report(s),
        (QStringList {u"Wrote 619 messages (1.5 MiB) to out.csv in 1.2 s."_s,
            u"Duplicates dropped: 1; characters replaced by U+FFFD: 2; cells guarded against formulas: 18."_s}));
    s.count = 1;
    s.files = {u"a.csv"_s, u"b.csv"_s};
    s.lateDuplicates = 1;
    QCOMPARE(ExportText::report(s).at(0), u"Wrote 1 message (1.5 MiB) to 2 files: a.csv, b.csv in 1.2 s."_s);
    QVERIFY(ExportText::report(s).at(1).contains(u"(1 of them out of order)"_s));
    s.files.clear();
    s.duplicatesDropped.reset();
    s.guardedCells.reset();
    s.one = u"user"_s;
    s.bytes = 459;
    QCOMPARE(ExportText::report(s),
        (QStringList {
            u"Wrote 1 user (459 B) to standard output in 1.2 s."_s, u"Characters replaced by U+FFFD: 2."_s}));
}

void CliPartsTest::exportProgressLine()
{
    Export::ExportProgress p;
    p.messages = 1500;
    p.bytes = 1234567;
    QCOMPARE(ExportText::progress(p), u"1500 messages, 1.2 MB"_s);
    p.messagesPerSecond = 3400.4;
    p.fraction = 0.42;
    p.etaMs = 72000;
    p.sourceIndex = 1;
    p.sourceCount = 3;
    QCOMPARE(
        ExportText::progress(p), u"1500 messages, 1.2 MB, 3400 messages/s, stream 2 of 3, 42%, ETA 1:12"_s);
}

void CliPartsTest::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0.0 s"_s;
    QTest::newRow("sub-second") << qint64(1234) << u"1.2 s"_s;
    QTest::newRow("seconds") << qint64(12345) << u"12 s"_s;
    QTest::newRow("minutes") << qint64(75000) << u"1:15"_s;
    QTest::newRow("hours") << qint64(4000000) << u"1:06:40"_s;
}

void CliPartsTest::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(ExportText::duration(ms), text);
}

void CliPartsTest::outputCollectsItems()
{
    QList<QJsonObject> items;
    {
        Output out([&](const QJsonObject &item) { items.append(item); });
        QVERIFY(out.isJson());
        out.setColumns({{u"A"_s, 4}});
        out.addItem(QJsonObject {{u"a"_s, 1}});
        out.addItem(QJsonObject {{u"a"_s, 2}});
        out.addNote(u"nowhere"_s);
        QCOMPARE(out.itemCount(), 2);
        out.finish(true);
    }
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).value(u"a"_s).toInt(), 2);
}

void CliPartsTest::outputFieldsOfSeveralLines()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Output out(&buffer, false);
    out.addFields({{u"Id"_s, u"x"_s}, {u"Text"_s, u"first line\n\n- second  line\nthird"_s}});
    out.finish(true);
    QCOMPARE(buffer.data(), QByteArray("Id:   x\nText: first line\n      - second line\n      third\n"));
}

void CliPartsTest::interruptNotifier()
{
    auto first = std::make_unique<InterruptNotifier>();
    QVERIFY(first->isActive());
    // The handler is process-wide: a second notifier stays inactive rather than steal it.
    InterruptNotifier second;
    QVERIFY(!second.isActive());
    QSignalSpy interrupted(first.get(), &InterruptNotifier::interrupted);
    QCOMPARE(::raise(SIGINT), 0); // the handler only writes to its pipe: the test goes on
    QVERIFY(interrupted.wait(5000));
    QCOMPARE(interrupted.size(), 1);
    first.reset();
    // Once the first is gone, the handler is free again.
    InterruptNotifier third;
    QVERIFY(third.isActive());
}

void CliPartsTest::jsonOutputReplacesLoneSurrogates()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Output out(&buffer, true);
    out.addItem(QJsonObject {{u"t"_s, QString(u"a"_s + QChar(0xD800))}});
    out.finish(true);
    QVERIFY2(buffer.data().contains("\\ufffd"), buffer.data().constData());
    QVERIFY(!buffer.data().contains("\\ud800"));
}

void CliPartsTest::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << u"abc"_s << 3;
    QTest::newRow("accented, precomposed") << u"café"_s << 4;
    QTest::newRow("combining accent") << u"cafe\u0301"_s << 4;
    QTest::newRow("emoji") << u"📈 up"_s << 5;
    QTest::newRow("flag (two regional indicators)") << u"🇫🇷"_s << 2;
    QTest::newRow("emoji with variation selector") << u"☺\uFE0F"_s << 1;
    QTest::newRow("zero-width joiner sequence") << u"👩\u200D💻"_s << 4;
    QTest::newRow("cjk") << u"東京"_s << 4;
    QTest::newRow("hangul") << u"한국"_s << 4;
    QTest::newRow("arabic") << u"مرحبا"_s << 5;
    QTest::newRow("empty") << QString() << 0;
}

void CliPartsTest::displayWidth()
{
    QFETCH(QString, text);
    QTEST(Text::displayWidth(text), "width");
}

void CliPartsTest::fitToWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pad") << u"ab"_s << 4 << false << u"ab  "_s;
    QTest::newRow("pad right") << u"ab"_s << 4 << true << u"  ab"_s;
    QTest::newRow("pad after emoji") << u"📈a"_s << 5 << false << u"📈a  "_s;
    QTest::newRow("cut") << u"abcdef"_s << 4 << false << u"abc…"_s;
    QTest::newRow("cut before a wide character that does not fit") << u"ab東京"_s << 4 << false << u"ab… "_s;
    QTest::newRow("cut never splits a surrogate pair") << u"a📈📈"_s << 4 << false << u"a📈…"_s;
}

void CliPartsTest::fitToWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, right);
    const QString out = Text::fitToWidth(text, width, true, right);
    QTEST(out, "expected");
    QCOMPARE(Text::displayWidth(out), width);
}

INSPECTOR_TEST_GUILESS_MAIN(CliPartsTest)
#include "tst_cliparts.moc"
