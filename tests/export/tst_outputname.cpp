// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "common/testsuite.h"
#include "data/parse.h"
#include "export/messageexportjob.h"
#include "export/outputname.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000LL;

/// @p count messages of room @p roomName, a day apart from 2026-01-02 10:00 UTC.
QList<Message> messagesOf(const QString &roomName, int count)
{
    QJsonArray messages;
    for (int i = 0; i < count; ++i) {
        messages.append(QJsonObject {{u"messageId"_s, u"CCCCCCCCCCCCCCCCCCCC%1"_s.arg(i, 4, 10, QChar(u'0'))},
            {u"timestamp"_s, 1767348000000 + i * Day},
            {u"message"_s, u"<div data-format=\"PresentationML\" data-version=\"2.0\">m%1</div>"_s.arg(i)},
            {u"user"_s, QJsonObject {{u"userId"_s, 7}, {u"displayName"_s, u"Alice"_s}}},
            {u"stream"_s,
                QJsonObject {
                    {u"streamId"_s, u"S1"_s}, {u"streamType"_s, u"ROOM"_s}, {u"roomName"_s, roomName}}}});
    }
    const auto parsed = Parse::messages(QJsonDocument(messages).toJson(QJsonDocument::Compact));
    return parsed.ok() ? parsed.value : QList<Message> {};
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

/** `--output` templates (OutputName) and the export job that names its files by them. */
class OutputNameTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ExportReport run(const QList<Message> &messages, const ExportSettings &settings)
    {
        auto job = std::make_unique<MessageExportJob>(
            nullptr, QList {MessageSource::fromMessages(messages)}, settings);
        QSignalSpy finished(job.get(), &MessageExportJob::finished);
        job->start();
        [&] { QVERIFY(finished.wait(60000)); }();
        return finished.isEmpty() ? ExportReport {} : finished.first().first().value<ExportReport>();
    }

private Q_SLOTS:
    void expandsEveryField()
    {
        OutputName::Fields f;
        f.streamName = u"Rates Desk"_s;
        f.streamId = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
        f.streamType = u"ROOM"_s;
        f.exportDate = QDate(2026, 12, 8);
        f.first = QDate(2026, 1, 2);
        f.last = QDate(2026, 1, 5);
        f.suffix = u"csv"_s;
        QCOMPARE(OutputName::expand(u"out/%T %N %I %d %f..%l 100%%.%x"_s, f),
            u"out/ROOM Rates Desk WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA 2026-12-08 2026-01-02..2026-01-05 100%.csv"_s);
        // Nothing known: the id for the name, "stream" for the type, "none" for the dates.
        OutputName::Fields empty;
        empty.streamId = u"S1"_s;
        empty.suffix = u"html"_s;
        QCOMPARE(OutputName::expand(u"%N-%T-%f.%x"_s, empty), u"S1-stream-none.html"_s);
    }

    void hostileNamesStayInTheFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u"../../etc/passwd"_s;
        QTest::newRow("absolute") << u"/etc/cron.d/x"_s;
        QTest::newRow("dots") << u".."_s;
        QTest::newRow("controls") << u"a\u0007\u001b[31m\nb\rc\u202Egpj.exe"_s;
        QTest::newRow("backslash") << u"..\\..\\windows"_s;
    }
    void hostileNamesStayInTheFolder()
    {
        QFETCH(QString, name);
        OutputName::Fields f;
        f.streamName = name;
        f.streamType = name;
        f.streamId = u"S1"_s;
        f.suffix = name;
        const QString path = OutputName::expand(u"/tmp/target/%N-%T.%x"_s, f);
        QVERIFY2(path.startsWith(u"/tmp/target/"_s), qPrintable(path));
        const QString file = path.mid(12);
        QVERIFY2(!file.contains(u'/') && !file.contains(u'\\') && !file.startsWith(u'.'), qPrintable(file));
        for (const QChar c : file)
            QVERIFY2(c.unicode() >= 0x20 && c.category() != QChar::Other_Format, qPrintable(file));
        // A name that is only dots is no name: the fallback.
        f.streamName = u".."_s;
        QCOMPARE(OutputName::expand(u"/tmp/target/%N"_s, f), u"/tmp/target/stream"_s);
    }

    void checksTheTemplate_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << u"out/%N-%I-%T-%d-%f-%l-100%%.%x"_s << QString();
        QTest::newRow("unknown field") << u"%N-%q.csv"_s << u"unknown field \"%q\""_s;
        QTest::newRow("percent at the end") << u"out/%N%"_s << u"unknown field \"%\""_s;
        QTest::newRow("field in the folder") << u"out-%N/x.csv"_s << u"name the file, not its folder"_s;
    }
    void checksTheTemplate()
    {
        QFETCH(QString, output);
        QFETCH(QString, error);
        const Result<> checked = OutputName::check(output);
        QCOMPARE(checked.ok(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(checked.error().message().contains(error), qPrintable(checked.error().message()));
    }

    void theJobNamesItsFilesAndReplacesNothing()
    {
        // The first and last dates come from the messages; the file is new, never over another.
        const QString dir = m_dir.filePath(u"job"_s);
        QVERIFY(QDir().mkpath(dir));
        ExportSettings s;
        s.formats = {Format::Csv, Format::JsonLines};
        s.outputPath = QDir(dir).filePath(u"%T-%N-%f-%l"_s); // no %x: each format's suffix
        s.outputTemplate = true;
        s.html.timeZone = QTimeZone::utc();
        const QList<Message> messages = messagesOf(u"../../Rates/Desk"_s, 4);
        const ExportReport first = run(messages, s);
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
        const QString base = u"ROOM-_.._Rates_Desk-2026-01-02-2026-01-05"_s; // no leading dot, no separator
        QCOMPARE(filesIn(dir), (QStringList {base + u".csv"_s, base + u".jsonl"_s}));
        QCOMPARE(first.files,
            (QStringList {QDir(dir).filePath(base + u".csv"_s), QDir(dir).filePath(base + u".jsonl"_s)}));
        const QByteArray csv = [&] {
            QFile f(QDir(dir).filePath(base + u".csv"_s));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(csv.contains("m3"));

        // Again, with fewer messages but the same name: the earlier files stay, the new ones are "(2)".
        const ExportReport second = run(messagesOf(u"../../Rates/Desk"_s, 4).mid(0, 4), s);
        QVERIFY2(!second.error.isError(), qPrintable(second.error.message));
        QCOMPARE(second.files.first(), QDir(dir).filePath(base + u" (2).csv"_s));
        QFile kept(QDir(dir).filePath(base + u".csv"_s));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), csv);
        // No temporary file is left behind.
        QCOMPARE(filesIn(dir).size(), 4);

        // A symbolic link at the name is not followed: the file is new beside it.
        const QString target = m_dir.filePath(u"elsewhere.csv"_s);
        QVERIFY(QFile::link(target, QDir(dir).filePath(u"linked.csv"_s)));
        s.formats = {Format::Csv};
        s.outputPath = QDir(dir).filePath(u"linked.%x"_s);
        const ExportReport linked = run(messages, s);
        QVERIFY2(!linked.error.isError(), qPrintable(linked.error.message));
        QCOMPARE(linked.files, QStringList {QDir(dir).filePath(u"linked (2).csv"_s)});
        QVERIFY(!QFile::exists(target));
    }
};

INSPECTOR_TEST_MAIN(OutputNameTest)
#include "tst_outputname.moc"
