// SPDX-License-Identifier: Apache-2.0
// `feed` and `feeds` of the command-line client, in-process against the embedded demo pod.
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "commandrunner.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "demopodserver.h"
#include "exitcode.h"
#include "live/capturewriter.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
namespace Cli = Inspector::Cli;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(code).arg(
            QString::fromUtf8(out.left(1500)), err.left(1500));
    }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> out;
        for (const QByteArray &l : this->out.split('\n')) {
            if (!l.isEmpty())
                out.append(QJsonDocument::fromJson(l).object());
        }
        return out;
    }
};

QList<QJsonObject> fileLines(const QString &path)
{
    QFile f(path);
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd())
        out.append(QJsonDocument::fromJson(f.readLine()).object());
    return out;
}

} // namespace

class CliFeedTest final : public QObject
{
    Q_OBJECT

private:
    FakeTimeSource m_time;
    QTemporaryDir m_dir;

    /** Runs the client; @p interruptAfterOutput cancels it (Ctrl+C) once standard output got something. */
    enum class Interrupt
    {
        Never,
        AfterStdout,
        AfterStderr
    };

    Run run(const QStringList &args, bool interruptAfterOutput = false, Interrupt when = Interrupt::Never,
        bool standardDemo = false)
    {
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Cli::CommandRunner runner(&out, &err);
        runner.setEnvironment({});
        ApiClientOptions o;
        o.time = &m_time;
        o.timeoutMs = 15000;
        o.retry = RetryPolicy::never();
        runner.setClientOptions(o);
        DemoPod::Config config;
        config.streams = 10;
        config.messagesPerStream = 40;
        config.longPollMs = 20;
        config.eventBatches = 4;
        config.duplicateEvery = 2;
        if (!standardDemo) // else what `--demo` starts
            runner.setDemoConfig(config);
        if (interruptAfterOutput)
            when = Interrupt::AfterStdout;
        if (when != Interrupt::Never) {
            connect(
                when == Interrupt::AfterStdout ? &out : &err, &QIODevice::bytesWritten, &runner, [&runner] {
                    QMetaObject::invokeMethod(
                        &runner, [&runner] { runner.cancel(); }, Qt::QueuedConnection);
                });
        }
        QSignalSpy finished(&runner, &Cli::CommandRunner::finished);
        runner.run(args);
        Run r;
        if (!finished.wait(60000))
            return r;
        r.code = finished.first().first().toInt();
        r.out = out.data();
        r.err = QString::fromUtf8(err.data());
        return r;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init() { m_time.delays.clear(); }

    void printsEventsAsJsonLines()
    {
        const Run r = run({u"--demo"_s, u"feed"_s, u"--max-events"_s, u"5"_s});
        QVERIFY2(r.code == Cli::Success, qPrintable(r.describe()));
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first().value(u"type"_s).toString(), u"MESSAGESENT"_s);
        QCOMPARE(lines.first().value(u"id"_s).toString(), u"q1w2e3"_s);
        // The server's object at top level, the derived fields under _inspector.
        QVERIFY(lines.first().value(u"payload"_s).toObject().contains(u"messageSent"_s));
        QCOMPARE(lines.first()
                     .value(u"_inspector"_s)
                     .toObject()
                     .value(u"stream"_s)
                     .toObject()
                     .value(u"roomName"_s)
                     .toString(),
            u"Rates Desk"_s);
        QVERIFY2(r.err.contains(u"(created)"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"5 new events stored"_s), qPrintable(r.err));
    }

    void writesJsonlJsonAndCsv_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("jsonl") << u"jsonl"_s;
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void writesJsonlJsonAndCsv()
    {
        QFETCH(QString, format);
        const QString file = path(u"events."_s + format);
        const Run r = run(
            {u"--demo"_s, u"feed"_s, u"--output"_s, file, u"--format"_s, format, u"--max-events"_s, u"12"_s});
        QVERIFY2(r.code == Cli::Success, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (format == "jsonl"_L1) {
            QCOMPARE(bytes.count('\n'), 12);
            QVERIFY(QFile::exists(Live::CaptureWriter::statePath(file)));
        } else if (format == "json"_L1) {
            const QJsonArray array = QJsonDocument::fromJson(bytes).array();
            QCOMPARE(array.size(), 12);
            QVERIFY(array.first().toObject().contains(u"_inspector"_s));
            QCOMPARE(fileLines(file + u".capture.jsonl"_s).size(), 12);
        } else {
            const QList<QByteArray> rows = bytes.trimmed().split('\n');
            QCOMPARE(rows.size(), 13);
            QVERIFY(rows.first().startsWith("time,timestamp,type,id"));
        }
    }

    void ctrlCStopsCleanlyAndAcknowledgesNothingUnwritten()
    {
        // Printing to standard output: interrupted right after the first batch was written.
        const Run r = run({u"--demo"_s, u"feed"_s}, true);
        QVERIFY2(r.code == Cli::Interrupted, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"nothing that was not written was acknowledged"_s), qPrintable(r.err));
        // Whole batches only: the script's batches hold 3, 3 and 4 known events.
        const int n = int(r.lines().size());
        QVERIFY2(n == 3 || n == 6 || n == 10, qPrintable(r.describe()));
    }

    void ctrlCOnACaptureKeepsItResumable()
    {
        // Interrupted as soon as the feed is ready, with the first read on the wire.
        const QString file = path(u"interrupted.csv"_s);
        const Run r = run({u"--demo"_s, u"feed"_s, u"--output"_s, file, u"--format"_s, u"csv"_s}, false,
            Interrupt::AfterStderr);
        QVERIFY2(r.code == Cli::Interrupted, qPrintable(r.describe()));
        // The CSV is still written from what the capture holds.
        QVERIFY(QFile::exists(file));
        const int before = int(fileLines(file + u".capture.jsonl"_s).size());
        QFile state(Live::CaptureWriter::statePath(file + u".capture.jsonl"_s));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(state.readAll()).object().value(u"events"_s).toInt(), before);
        const Run more = run({u"--demo"_s, u"feed"_s, u"--resume"_s, u"--output"_s, file, u"--format"_s,
            u"csv"_s, u"--max-events"_s, QString::number(10 - before)});
        QVERIFY2(more.code == Cli::Success, qPrintable(more.describe()));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(
            csv.readAll().trimmed().split('\n').size(), 11); // header + the 10 events of the script's batches
    }

    // The files the feed names after --output (FILE.capture.jsonl, the state file) are never
    // written through a symbolic link, dangling or not.
    void derivedFilesRefuseSymbolicLinks_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix"); // of the derived file the link is planted at
        QTest::addColumn<bool>("dangling");
        QTest::newRow("capture of csv") << u"csv"_s << u".capture.jsonl"_s << false;
        QTest::newRow("capture of json, dangling") << u"json"_s << u".capture.jsonl"_s << true;
        QTest::newRow("state of jsonl") << u"jsonl"_s << u".state.json"_s << false;
        QTest::newRow("state of jsonl, dangling") << u"jsonl"_s << u".state.json"_s << true;
        QTest::newRow("state of csv") << u"csv"_s << u".capture.jsonl.state.json"_s << false;
    }

    void derivedFilesRefuseSymbolicLinks()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QFETCH(bool, dangling);
        const QString name
            = u"links-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',');
        const QString file = path(name + u"."_s + format);
        const QString target = path(name + u"-outside.txt"_s);
        if (!dangling) {
            QFile t(target);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("precious\n");
        }
        const QString link = file + suffix;
        QVERIFY(QFile::link(target, link));
        const Run r = run(
            {u"--demo"_s, u"feed"_s, u"--output"_s, file, u"--format"_s, format, u"--max-events"_s, u"3"_s});
        QVERIFY2(r.code != Cli::Success && r.code != -1, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains(link + u" is a symbolic link; not written through"_s), qPrintable(r.describe()));
        QVERIFY(QFileInfo(link).isSymLink());
        if (dangling) {
            QVERIFY(!QFileInfo::exists(target));
        } else {
            QFile t(target);
            QVERIFY(t.open(QIODevice::ReadOnly));
            QCOMPARE(t.readAll(), QByteArray("precious\n"));
        }
        // --resume refuses it as well.
        if (suffix.endsWith(u".state.json"_s)) {
            const Run more = run({u"--demo"_s, u"feed"_s, u"--resume"_s, u"--output"_s, file, u"--format"_s,
                format, u"--max-events"_s, u"3"_s});
            QVERIFY2(more.code != Cli::Success && more.code != -1, qPrintable(more.describe()));
            QVERIFY2(
                more.err.contains(u"is a symbolic link; not written through"_s), qPrintable(more.describe()));
        }
    }

    void durationStopsTheFeed()
    {
        const QString file = path(u"duration.jsonl"_s);
        const Run r = run({u"--demo"_s, u"feed"_s, u"--duration"_s, u"2.5"_s, u"--output"_s, file});
        QVERIFY2(r.code == Cli::Success, qPrintable(r.describe()));
        QVERIFY(m_time.delays.contains(2500));
        // Resume the capture to the end: every event of the feed exactly once.
        // The fake clock ends it at once; a resumed run then reads on.
        const Run more
            = run({u"--demo"_s, u"feed"_s, u"--resume"_s, u"--output"_s, file, u"--max-events"_s, u"10"_s});
        QVERIFY2(more.code == Cli::Success, qPrintable(more.describe()));
        QVERIFY2(more.err.contains(u"Resuming the datafeed capture"_s), qPrintable(more.err));
        QStringList keys;
        for (const QJsonObject &l : fileLines(file))
            keys.append(l.value(u"_inspector"_s).toObject().value(u"key"_s).toString());
        QCOMPARE(keys.size(), 10);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    }

    void datahoseWithTypes()
    {
        const QString file = path(u"hose.jsonl"_s);
        const Run r = run({u"--demo"_s, u"feed"_s, u"--datahose"_s, u"--types"_s, u"roomcreated"_s,
            u"--tag"_s, u"inspector-test"_s, u"--max-events"_s, u"2"_s, u"--output"_s, file});
        QVERIFY2(r.code == Cli::Success, qPrintable(r.describe()));
        const QList<QJsonObject> lines = fileLines(file);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject &l : lines)
            QCOMPARE(l.value(u"type"_s).toString(), u"ROOMCREATED"_s);
        QFile state(Live::CaptureWriter::statePath(file));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(state.readAll()).object();
        QCOMPARE(s.value(u"source"_s).toString(), u"datahose"_s);
        QCOMPARE(s.value(u"tag"_s).toString(), u"inspector-test"_s);
        QCOMPARE(s.value(u"eventTypes"_s).toArray(), QJsonArray {u"ROOMCREATED"_s});
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv to stdout") << QStringList {u"feed"_s, u"--format"_s, u"csv"_s} << u"--output"_s;
        QTest::newRow("bad format") << QStringList {u"feed"_s, u"--format"_s, u"xml"_s}
                                    << u"jsonl, json or csv"_s;
        QTest::newRow("resume without output") << QStringList {u"feed"_s, u"--resume"_s} << u"--output"_s;
        QTest::newRow("bad max") << QStringList {u"feed"_s, u"--max-events"_s, u"0"_s} << u"--max-events"_s;
        QTest::newRow("bad duration")
            << QStringList {u"feed"_s, u"--duration"_s, u"soon"_s} << u"--duration"_s;
        QTest::newRow("unknown type")
            << QStringList {u"feed"_s, u"--types"_s, u"MESSAGEREAD"_s} << u"not a real-time event type"_s;
        QTest::newRow("datahose tag too long")
            << QStringList {u"feed"_s, u"--datahose"_s, u"--tag"_s, QString(81, u'x')} << u"1 to 80"_s;
        QTest::newRow("datafeed tag too long")
            << QStringList {u"feed"_s, u"--tag"_s, QString(101, u'x')} << u"at most 100"_s;
        QTest::newRow("json flag") << QStringList {u"feed"_s, u"--json"_s} << u"--json"_s;
        QTest::newRow("archive and output") << QStringList {u"feed"_s, u"--archive"_s, u"a.sqlite"_s,
            u"--output"_s, u"e.jsonl"_s} << u"leave out --output"_s;
        QTest::newRow("archive and resume")
            << QStringList {u"feed"_s, u"--archive"_s, u"a.sqlite"_s, u"--resume"_s} << u"--resume"_s;
        QTest::newRow("archive url with a password")
            << QStringList {u"feed"_s, u"--archive"_s, u"postgresql://me:secret@db/pod"_s} << u"password"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList {u"--demo"_s} + args);
        QVERIFY2(r.code == Cli::Usage, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void feedIntoAnArchive()
    {
        const QString archive = path(u"feed.sqlite"_s);
        const Run first = run({u"--demo"_s, u"feed"_s, u"--archive"_s, archive, u"--max-events"_s, u"3"_s});
        QVERIFY2(first.code == Cli::Success, qPrintable(first.describe()));
        QVERIFY(first.out.isEmpty());
        QVERIFY2(
            first.err.contains(u"Run 1 of the archive %1: 3 events stored, 0 held already"_s.arg(archive)),
            qPrintable(first.err));
        // A new demo pod plays its script again from the start: the three events the archive holds
        // (a redelivery, as after a kill before the acknowledgement) are not stored twice.
        const Run second = run({u"--demo"_s, u"feed"_s, u"--archive"_s, archive, u"--max-events"_s, u"10"_s});
        QVERIFY2(second.code == Cli::Success, qPrintable(second.describe()));
        QVERIFY2(
            second.err.contains(u"Run 2 of the archive %1: 7 events stored, 3 held already"_s.arg(archive)),
            qPrintable(second.err));

        const Run events = run({u"--json"_s, u"archive"_s, u"events"_s, archive});
        QVERIFY2(events.code == Cli::Success, qPrintable(events.describe()));
        const QJsonArray stored = QJsonDocument::fromJson(events.out).array();
        QCOMPARE(stored.size(), 10);
        QSet<QString> keys;
        QHash<int, int> byRun;
        for (const QJsonValue &v : stored) {
            const QJsonObject e = v.toObject();
            keys.insert(e.value(u"type"_s).toString() + e.value(u"id"_s).toString()
                + QString::number(e.value(u"timestamp"_s).toInteger()));
            ++byRun[e.value(u"_inspector"_s).toObject().value(u"run"_s).toInt()];
            QVERIFY(e.contains(u"payload"_s)); // the server's V4Event at top level
        }
        QCOMPARE(keys.size(), 10);
        QCOMPARE(byRun.value(1), 3);
        QCOMPARE(byRun.value(2), 7);
        const Run rooms = run({u"archive"_s, u"events"_s, archive, u"--types"_s, u"roomcreated"_s});
        QVERIFY2(rooms.code == Cli::Success, qPrintable(rooms.describe()));
        QVERIFY2(rooms.out.contains("ROOMCREATED") && !rooms.out.contains("MESSAGESENT"),
            qPrintable(rooms.describe()));
        const Run verify = run({u"archive"_s, u"verify"_s, archive});
        QVERIFY2(verify.code == Cli::Success, qPrintable(verify.describe()));
        // A feed is not a sync: the archive has still never been synced.
        const Run table = run({u"archive"_s, u"info"_s, archive});
        QVERIFY2(table.out.contains("Last finished sync:    none"), qPrintable(table.describe()));

        // Ctrl+C once the feed is ready: the run is marked cancelled, and what it stored is counted.
        const Run stopped
            = run({u"--demo"_s, u"feed"_s, u"--archive"_s, archive}, false, Interrupt::AfterStderr);
        QVERIFY2(stopped.code == Cli::Interrupted, qPrintable(stopped.describe()));
        const Run info = run({u"--json"_s, u"archive"_s, u"info"_s, archive});
        QVERIFY2(info.code == Cli::Success, qPrintable(info.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(info.out).array().at(0).toObject();
        QVERIFY(summary.value(u"events"_s).toInt() >= 10);
        const QJsonObject last = summary.value(u"runs"_s).toArray().at(0).toObject();
        QCOMPARE(last.value(u"kind"_s).toString(), u"feed"_s);
        QCOMPARE(last.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(last.value(u"counts"_s).toObject().value(u"events"_s).toInt(),
            summary.value(u"events"_s).toInt() - 10);
        QCOMPARE(run({u"archive"_s, u"verify"_s, archive}).code, Cli::Success);
    }

    void resumeOfMissingCaptureIsAClearError()
    {
        const Run r = run({u"--demo"_s, u"feed"_s, u"--resume"_s, u"--output"_s, path(u"nothing.jsonl"_s)});
        QVERIFY2(r.code == Cli::Usage, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"Nothing to resume"_s), qPrintable(r.err));
    }

    void feedsListsAndDeletes()
    {
        const Run list = run({u"--demo"_s, u"--json"_s, u"feeds"_s});
        QVERIFY2(list.code == Cli::Success, qPrintable(list.describe()));
        const QJsonArray feeds = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(feeds.size(), 2);
        QCOMPARE(feeds.at(0).toObject().value(u"_inspector"_s).toObject().value(u"kind"_s).toString(),
            u"datahose"_s);
        QCOMPARE(feeds.at(1).toObject().value(u"_inspector"_s).toObject().value(u"kind"_s).toString(),
            u"datafeed"_s);
        const QString id = feeds.at(1).toObject().value(u"id"_s).toString();
        const Run del = run({u"--demo"_s, u"feeds"_s, u"--delete"_s, id});
        QVERIFY2(del.code == Cli::Success, qPrintable(del.describe()));
        QVERIFY2(
            QString::fromUtf8(del.out).contains(u"Deleted the datafeed "_s + id), qPrintable(del.describe()));
        const Run table = run({u"--demo"_s, u"feeds"_s});
        QVERIFY(QString::fromUtf8(table.out).contains(u"KIND"_s));
        QVERIFY(QString::fromUtf8(table.out).contains(u"0f1e2d3c4b5a69788796a5b4c3d2e1f0_f"_s));
    }

    void demoFeedsNeverRunDry()
    {
        // `--demo` as users start it: after the scripted events, generated ones for as long as the
        // feed is read, so that --max-events ends for any count.
        QCOMPARE(Cli::CommandRunner::defaultDemoConfig().eventBatches, DemoPod::Config::EndlessEvents);
        const Run r
            = run({u"--demo"_s, u"feed"_s, u"--max-events"_s, u"3000"_s}, false, Interrupt::Never, true);
        QVERIFY2(r.code == Cli::Success, qPrintable(r.describe()));
        QCOMPARE(r.lines().size(), 3000);
        QVERIFY2(r.err.contains(u"3000 new events stored"_s), qPrintable(r.err));
        const Run hose = run({u"--demo"_s, u"feed"_s, u"--datahose"_s, u"--types"_s,
                                 u"MESSAGESENT,ROOMCREATED"_s, u"--max-events"_s, u"500"_s},
            false, Interrupt::Never, true);
        QVERIFY2(hose.code == Cli::Success, qPrintable(hose.describe()));
        QCOMPARE(hose.lines().size(), 500);
    }

    void deletingAnUnknownFeedIsNotFound()
    {
        const Run r = run({u"--demo"_s, u"feeds"_s, u"--delete"_s, u"nope_f"_s});
        QVERIFY2(r.code == Cli::NotFound, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"No active datafeed has the id nope_f"_s), qPrintable(r.err));
    }
};

INSPECTOR_TEST_GUILESS_MAIN(CliFeedTest)
#include "tst_clifeed.moc"
