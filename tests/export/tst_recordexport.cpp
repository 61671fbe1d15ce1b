// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include "common/fiforeader.h"
#include "common/testsuite.h"
#include "export/outputfile.h"
#include "export/recordexport.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Two records the way the CLI builds them: the server's object plus "_inspector".
QList<QJsonObject> records()
{
    return {
        parse(R"j({"id":"abc","type":"ROOM","attributes":{"membersCount":3,"roomName":"=SUM(A1)"},)j"
              R"j("members":[1,2],"_inspector":{"countsFrom":"admin-list"}})j"),
        parse(R"j({"id":"def","type":"IM","attributes":{"membersCount":2},"crossPod":true,"note":null,)j"
              R"j("_inspector":{"countsFrom":"stream-info","lastMessageIso":"2026-01-02T10:00:00.000Z"}})j"),
    };
}

} // namespace

class RecordExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellText_data();
    void cellText();
    void flattenPutsDerivedLast();
    void columnsInOrderOfFirstAppearance();
    void resolveColumns_data();
    void resolveColumns();
    void csvFile();
    void noRecords();
    void csvOptions();
    void jsonAndJsonLines_data();
    void jsonAndJsonLines();
    void loneSurrogatesAreReplacedAndCounted();
    void unknownColumnWritesNothing();
    void unwritablePathLeavesNoFile();
    void deviceIsNotAtomic();
    void namedPipeIsWrittenNotReplaced();
    void outputFileKind();
};

void RecordExportTest::cellText_data()
{
    QTest::addColumn<QByteArray>("json"); // {"v": ...}
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QByteArray(R"j({"v":"a,b"})j") << u"a,b"_s;
    QTest::newRow("true") << QByteArray(R"j({"v":true})j") << u"true"_s;
    QTest::newRow("false") << QByteArray(R"j({"v":false})j") << u"false"_s;
    QTest::newRow("null") << QByteArray(R"j({"v":null})j") << QString();
    QTest::newRow("small integer") << QByteArray(R"j({"v":42})j") << u"42"_s;
    // 2^53 + 1 is not a double: it must come out exactly as the server wrote it.
    QTest::newRow("64-bit id above 2^53")
        << QByteArray(R"j({"v":9007199254740993})j") << u"9007199254740993"_s;
    QTest::newRow("user id") << QByteArray(R"j({"v":8933531976681})j") << u"8933531976681"_s;
    QTest::newRow("negative") << QByteArray(R"j({"v":-7})j") << u"-7"_s;
    QTest::newRow("fraction") << QByteArray(R"j({"v":0.1})j") << u"0.1"_s;
    QTest::newRow("array as JSON") << QByteArray(R"j({"v":[1,"x",{"a":null}]})j")
                                   << u"[1,\"x\",{\"a\":null}]"_s;
    QTest::newRow("empty object") << QByteArray(R"j({"v":{}})j") << u"{}"_s;
}

void RecordExportTest::cellText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonObject o = parse(json);
    QVERIFY(o.contains(u"v"_s));
    QCOMPARE(RecordExport::cellText(o.value(u"v"_s)), expected);
}

void RecordExportTest::flattenPutsDerivedLast()
{
    const auto cells = RecordExport::flatten(records().at(0));
    QStringList names;
    for (const auto &c : cells)
        names.append(c.first);
    QCOMPARE(names,
        (QStringList {u"attributes.membersCount"_s, u"attributes.roomName"_s, u"id"_s, u"members"_s,
            u"type"_s, u"_inspector.countsFrom"_s}));
    QCOMPARE(cells.at(3).second, u"[1,2]"_s);
    QCOMPARE(cells.at(0).second, u"3"_s);
}

void RecordExportTest::columnsInOrderOfFirstAppearance()
{
    // The second record brings crossPod, note and lastMessageIso: they come after the first one's.
    QCOMPARE(RecordExport::columns(records()),
        (QStringList {u"attributes.membersCount"_s, u"attributes.roomName"_s, u"id"_s, u"members"_s,
            u"type"_s, u"_inspector.countsFrom"_s, u"crossPod"_s, u"note"_s,
            u"_inspector.lastMessageIso"_s}));
    QVERIFY(RecordExport::columns({}).isEmpty());
}

void RecordExportTest::resolveColumns_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected"); // empty = error
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("exact, in the given order")
        << QStringList {u"type"_s, u"id"_s} << QStringList {u"type"_s, u"id"_s} << QString();
    QTest::newRow("case-insensitive") << QStringList {u"ID"_s, u"Attributes.MembersCount"_s}
                                      << QStringList {u"id"_s, u"attributes.membersCount"_s} << QString();
    QTest::newRow("unknown lists the known") << QStringList {u"id"_s, u"bogus"_s} << QStringList()
                                             << u"Unknown column(s): bogus. Known columns: id, type"_s;
    QTest::newRow("nothing chosen") << QStringList {u" "_s} << QStringList() << u"No columns"_s;
}

void RecordExportTest::resolveColumns()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QFETCH(QString, errorPart);
    const Result<QStringList> resolved
        = RecordExport::resolveColumns(names, {u"id"_s, u"type"_s, u"attributes.membersCount"_s});
    const QString error = resolved.error().message();
    if (expected.isEmpty()) {
        QVERIFY(!resolved);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    } else {
        QVERIFY2(resolved, qPrintable(error));
        QCOMPARE(resolved.value(), expected);
    }
}

void RecordExportTest::csvFile()
{
    QTemporaryDir dir;
    RecordExportSettings s;
    s.outputPath = dir.filePath(u"streams.csv"_s);
    const RecordExportReport r = RecordExport::write(records(), s);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.records, 2);
    QCOMPARE(r.files, QStringList {s.outputPath});
    QCOMPARE(r.guardedCells, 1);
    const QByteArray bytes = readAll(s.outputPath);
    QCOMPARE(r.bytes, bytes.size());
    QCOMPARE(bytes,
        QByteArray("attributes.membersCount,attributes.roomName,id,members,type,_inspector.countsFrom,"
                   "crossPod,note,_inspector.lastMessageIso\r\n"
                   "3,'=SUM(A1),abc,\"[1,2]\",ROOM,admin-list,,,\r\n"
                   "2,,def,,IM,stream-info,true,,2026-01-02T10:00:00.000Z\r\n"));
}

void RecordExportTest::noRecords()
{
    for (const Format f : {Format::Csv, Format::Json, Format::JsonLines}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RecordExportSettings s;
        s.format = f;
        s.device = &buffer;
        const RecordExportReport r = RecordExport::write({}, s);
        QVERIFY(!r.error.isError());
        QCOMPARE(r.records, 0);
        // CSV: an empty file, not a blank header line; JSON: an empty array.
        QCOMPARE(buffer.data(), f == Format::Json ? QByteArray("[\n]\n") : QByteArray());
    }
}

void RecordExportTest::csvOptions()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RecordExportSettings s;
    s.device = &buffer;
    s.columns = {u"type"_s, u"ATTRIBUTES.roomName"_s};
    s.csv.separator = u';';
    s.csv.bom = true;
    s.csv.header = false;
    s.csv.quoteAll = true;
    s.csv.formulaGuard = false;
    s.csv.lineEnding = "\n";
    const RecordExportReport r = RecordExport::write(records(), s);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.columns, (QStringList {u"type"_s, u"attributes.roomName"_s}));
    QCOMPARE(r.guardedCells, 0);
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF\"ROOM\";\"=SUM(A1)\"\n\"IM\";\"\"\n"));
    QVERIFY(r.files.isEmpty());
}

void RecordExportTest::jsonAndJsonLines_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(Format::Json);
    QTest::newRow("jsonl") << int(Format::JsonLines);
}

void RecordExportTest::jsonAndJsonLines()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    RecordExportSettings s;
    s.format = Format(format);
    s.outputPath = dir.filePath(u"out.json"_s);
    s.columns = {u"ignored-for-json"_s};
    const QList<QJsonObject> in = records() + QList<QJsonObject> {parse(R"j({"id":9007199254740993})j")};
    const RecordExportReport r = RecordExport::write(in, s);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.records, 3);
    const QByteArray bytes = readAll(s.outputPath);
    QList<QJsonObject> out;
    if (s.format == Format::Json) {
        QJsonParseError e {};
        const QJsonArray array = QJsonDocument::fromJson(bytes, &e).array();
        QCOMPARE(e.error, QJsonParseError::NoError);
        for (const QJsonValue &v : array)
            out.append(v.toObject());
    } else {
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i < 3; ++i)
            out.append(parse(lines.at(i)));
    }
    // The records unchanged, the 64-bit id exact.
    QCOMPARE(out, in);
    QVERIFY(bytes.contains("9007199254740993"));
}

void RecordExportTest::loneSurrogatesAreReplacedAndCounted()
{
    const QString lone = u"a"_s + QChar(0xD800) + u"b"_s;
    QJsonObject record {{u"name"_s, lone}, {u"list"_s, QJsonArray {lone}}};
    for (const Format f : {Format::Csv, Format::Json}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RecordExportSettings s;
        s.format = f;
        s.device = &buffer;
        const RecordExportReport r = RecordExport::write({record}, s);
        QVERIFY(!r.error.isError());
        QCOMPARE(r.replacedCharacters, 2);
        QVERIFY(
            QString::fromUtf8(buffer.data()).contains(u"a\uFFFDb"_s) || buffer.data().contains("a\\ufffdb"));
        QVERIFY(!buffer.data().contains("\\ud800"));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(buffer.data());
        QVERIFY(!utf8.hasError());
        QVERIFY(!decoded.isEmpty());
    }
}

void RecordExportTest::unknownColumnWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.csv"_s);
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous export\n");
    previous.close();
    RecordExportSettings s;
    s.outputPath = path;
    s.columns = {u"id"_s, u"nope"_s};
    const RecordExportReport r = RecordExport::write(records(), s);
    QCOMPARE(r.error.kind, ApiError::Kind::Local);
    QCOMPARE(r.error.local.category(), LocalError::Category::Config);
    QVERIFY2(r.error.message.contains(u"nope"_s), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(u"_inspector.countsFrom"_s));
    QCOMPARE(readAll(path), QByteArray("previous export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"keep.csv"_s});
}

void RecordExportTest::unwritablePathLeavesNoFile()
{
    QTemporaryDir dir;
    RecordExportSettings s;
    s.format = Format::Json;
    s.outputPath = dir.filePath(u"no/such/dir/out.json"_s);
    const RecordExportReport r = RecordExport::write(records(), s);
    QCOMPARE(r.error.kind, ApiError::Kind::Local);
    QCOMPARE(r.error.local.category(), LocalError::Category::File);
    QVERIFY2(r.error.message.contains(s.outputPath), qPrintable(r.error.message));
    QVERIFY(!r.error.message.contains(u'\n'));
    QVERIFY(r.files.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void RecordExportTest::deviceIsNotAtomic()
{
    // A device that refuses writes: the failure is reported, with what the device says.
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    RecordExportSettings s;
    s.device = &readOnly;
    const RecordExportReport r = RecordExport::write(records(), s);
    QCOMPARE(r.error.kind, ApiError::Kind::Local);
    QCOMPARE(r.error.local.category(), LocalError::Category::File);
    QVERIFY(r.files.isEmpty());
}

void RecordExportTest::namedPipeIsWrittenNotReplaced()
{
    QTemporaryDir dir;
    RecordExportSettings s;
    s.format = Format::JsonLines;
    s.outputPath = dir.filePath(u"records"_s);
    FifoReader reader(s.outputPath);
    QVERIFY(reader.isValid());
    const RecordExportReport r = RecordExport::write(records(), s);
    const QByteArray data = reader.data();
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QVERIFY(reader.isStillAPipe());
    QCOMPARE(r.files, QStringList {s.outputPath});
    QCOMPARE(data.count('\n'), 2);
    QCOMPARE(parse(data.split('\n').first()).value(u"id"_s).toString(), u"abc"_s);
}

void RecordExportTest::outputFileKind()
{
    // Only what is already something other than a regular file is written to directly.
    QTemporaryDir dir;
    QVERIFY(OutputFile(dir.filePath(u"new.csv"_s)).isAtomic());
    QFile existing(dir.filePath(u"old.csv"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QVERIFY(OutputFile(existing.fileName()).isAtomic());
    QVERIFY(!OutputFile(u"/dev/null"_s).isAtomic());
    const QString pipe = dir.filePath(u"pipe"_s);
    FifoReader reader(pipe);
    QVERIFY(!OutputFile(pipe).isAtomic());
    // Through a symbolic link, the file it points to counts.
    QVERIFY(QFile::link(pipe, dir.filePath(u"to-pipe"_s)));
    QVERIFY(!OutputFile(dir.filePath(u"to-pipe"_s)).isAtomic());
    QVERIFY(QFile::link(existing.fileName(), dir.filePath(u"to-file"_s)));
    QVERIFY(OutputFile(dir.filePath(u"to-file"_s)).isAtomic());
}

INSPECTOR_TEST_GUILESS_MAIN(RecordExportTest)
#include "tst_recordexport.moc"
