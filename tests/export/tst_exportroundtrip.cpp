// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/testsuite.h"
#include "data/parse.h"
#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "export/messagecolumns.h"
#include "export/textsafety.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

QString lone()
{
    return QString(QChar(0xDBFF));
}

/// Hostile text in every field a spreadsheet or a JSON reader could trip on.
QList<QString> hostileTexts()
{
    QString nul = u"nul"_s;
    nul.append(QChar(0));
    nul.append(u"inside"_s);
    return {
        u"plain"_s,
        u"quote \" inside, and a comma"_s,
        u"line\nbreak and\r\nCRLF and lone \r CR"_s,
        u"semi;colon\tand tab"_s,
        u"emoji 😀🇫🇷 and flags"_s,
        u"right-to-left: مرحبا بالعالم ‏שלום‎"_s,
        nul,
        u"=HYPERLINK(\"http://evil.example\",\"click\")"_s,
        u"+1-2"_s,
        u"-3"_s,
        u"@SUM(A1:A2)"_s,
        u"\t tab first"_s,
        u"\rcarriage first"_s,
        u"lone surrogate "_s + lone() + u" here"_s,
        QString(300000, u'L') + u"\"end\""_s, // a very long field
        QString(),
    };
}

/// The source messages: each hostile text in the sender's name, the text and the data.
QList<Message> hostileMessages()
{
    QList<Message> out;
    int i = 0;
    for (const QString &t : hostileTexts()) {
        const QJsonObject raw {
            {u"messageId"_s, u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_b%1"_s.arg(QChar(u'A' + i))},
            {u"timestamp"_s, qint64(1767348000000) + i},
            {u"message"_s, u"<div data-format=\"PresentationML\" data-version=\"2.0\">x</div>"_s},
            {u"data"_s, t},
            {u"user"_s, QJsonObject {{u"userId"_s, qint64(9007199254740993)}, {u"displayName"_s, t}}},
            {u"stream"_s,
                QJsonObject {{u"streamId"_s, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s},
                    {u"streamType"_s, u"ROOM"_s}, {u"roomName"_s, t}}},
            {u"unknownFutureField"_s, QJsonObject {{u"nested"_s, t}}},
        };
        out.append(Parse::messageFromJson(raw));
        ++i;
    }
    return out;
}

const QStringList columns {
    u"messageId"_s, u"senderId"_s, u"senderName"_s, u"streamName"_s, u"data"_s, u"extra"_s};

QJsonValue sanitized(const QJsonValue &v)
{
    qint64 dummy = 0;
    if (v.isString())
        return withoutLoneSurrogates(v.toString(), &dummy);
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(sanitized(x));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(withoutLoneSurrogates(it.key(), &dummy), sanitized(it.value()));
        return o;
    }
    return v;
}

QJsonDocument readBack(const QStringList &args)
{
    QProcess p;
    p.start(
        u"python3"_s, QStringList {QStringLiteral(INSPECTOR_SOURCE_DIR "/tests/export/roundtrip.py")} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

} // namespace

class ExportRoundTripTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QFAIL("python3 is needed to read the exports back (./run installs it)");
        QVERIFY(m_dir.isValid());
    }

    void csv_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("quoteAll");
        QTest::newRow("comma, guard off") << u","_s << false << false << false;
        QTest::newRow("semicolon, BOM, guard off") << u";"_s << false << true << false;
        QTest::newRow("tab, quote all, guard off") << u"\t"_s << false << false << true;
        QTest::newRow("comma, guard on") << u","_s << true << false << false;
    }

    void csv()
    {
        QFETCH(QString, separator);
        QFETCH(bool, guard);
        QFETCH(bool, bom);
        QFETCH(bool, quoteAll);
        const QString path = m_dir.filePath(u"out.csv"_s);
        const QList<Message> messages = hostileMessages();
        CsvOptions o;
        o.separator = separator.at(0);
        o.formulaGuard = guard;
        o.bom = bom;
        o.quoteAll = quoteAll;
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter w(&file, o);
        QVERIFY(w.begin());
        QVERIFY(w.writeRow(MessageColumns::header(columns)));
        for (const Message &m : messages)
            QVERIFY(w.writeRow(MessageColumns::row(m, {}, columns)));
        QVERIFY(file.commit());
        QVERIFY2(w.replacedCharacters() >= 3,
            qPrintable(QString::number(w.replacedCharacters()))); // name, room and data

        const QJsonDocument back = readBack({u"csv"_s, path, separator});
        QVERIFY(back.isArray());
        const QJsonArray rows = back.array();
        QCOMPARE(rows.size(), messages.size() + 1);
        QCOMPARE(rows.first().toArray().toVariantList().size(), columns.size());
        int guardedSeen = 0;
        for (int r = 0; r < messages.size(); ++r) {
            const QStringList expected = MessageColumns::row(messages[r], {}, columns);
            const QJsonArray got = rows[r + 1].toArray();
            QCOMPARE(got.size(), expected.size());
            for (int c = 0; c < expected.size(); ++c) {
                qint64 dummy = 0;
                const QString want = withoutLoneSurrogates(expected[c], &dummy);
                const QString have = got[c].toString();
                if (guard && looksLikeFormula(want)) {
                    // Exactly the guarded cells differ, by their leading quote.
                    QCOMPARE(have, u"'"_s + want);
                    ++guardedSeen;
                } else {
                    QCOMPARE(have, want);
                }
            }
        }
        QCOMPARE(guardedSeen, guard ? int(w.guardedCells()) : 0);
        if (guard)
            QVERIFY(guardedSeen >= 6);
    }

    void json_data()
    {
        QTest::addColumn<bool>("lines");
        QTest::newRow("json array") << false;
        QTest::newRow("json lines") << true;
    }

    void json()
    {
        QFETCH(bool, lines);
        const QString path = m_dir.filePath(lines ? u"out.jsonl"_s : u"out.json"_s);
        const QList<Message> messages = hostileMessages();
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        JsonWriter w(&file, lines ? JsonWriter::Mode::Lines : JsonWriter::Mode::Array);
        QVERIFY(w.begin());
        for (const Message &m : messages)
            QVERIFY(w.write(messageJson(m, {})));
        QVERIFY(w.end());
        QVERIFY(file.commit());
        QVERIFY(w.replacedCharacters() >= 3);

        const QJsonDocument back = readBack({lines ? u"jsonl"_s : u"json"_s, path});
        QVERIFY(back.isArray());
        const QJsonArray items = back.array();
        QCOMPARE(items.size(), messages.size());
        for (int i = 0; i < messages.size(); ++i) {
            const QJsonObject got = items[i].toObject();
            // The server's object, unchanged at top level (unknown fields and 64-bit ids included).
            QCOMPARE(QJsonValue(got.value(u"unknownFutureField"_s)),
                sanitized(messages[i].raw.value(u"unknownFutureField"_s)));
            QJsonObject withoutDerived = got;
            withoutDerived.remove(u"_inspector"_s);
            QCOMPARE(QJsonValue(withoutDerived), sanitized(messages[i].raw.object()));
            QCOMPARE(
                got.value(u"user"_s).toObject().value(u"userId"_s).toInteger(), qint64(9007199254740993));
            QVERIFY(got.value(u"_inspector"_s).toObject().contains(u"standardId"_s));
        }
    }
};

INSPECTOR_TEST_GUILESS_MAIN(ExportRoundTripTest)
#include "tst_exportroundtrip.moc"
