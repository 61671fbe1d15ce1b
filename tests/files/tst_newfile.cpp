// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "common/testsuite.h"
#include "files/filenames.h"
#include "files/newfile.h"

using namespace Inspector;
using namespace Inspector::Files;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every entry of a directory, hidden ones and links included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Writes `content` as a NewFile; returns the name it got, or an empty string (and *error).
QString save(const QString &dir, const QString &name, const QByteArray &content, QString *error)
{
    NewFile file(dir, name);
    if (const Result<> opened = file.open(); !opened) {
        *error = opened.error().message();
        return {};
    }
    if (file.device()->write(content) != content.size()) {
        *error = file.device()->errorString();
        return {};
    }
    if (const Result<> committed = file.commit(); !committed) {
        *error = committed.error().message();
        return {};
    }
    return file.fileName();
}

} // namespace

class NewFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void safeFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"term-sheet.pdf"_s << u"id"_s << u"term-sheet.pdf"_s;
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"id"_s << u"_.._etc_passwd"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"id"_s << u"_etc_passwd"_s;
        QTest::newRow("backslashes") << u"..\\..\\x.exe"_s << u"id"_s << u"_.._x.exe"_s;
        QTest::newRow("dot-dot only") << u".."_s << u"internal_1"_s << u"internal_1"_s;
        QTest::newRow("hidden") << u".bashrc"_s << u"id"_s << u"bashrc"_s;
        QTest::newRow("control characters") << u"a\nb\u0001c.txt"_s << u"id"_s << u"a_b_c.txt"_s;
        QTest::newRow("empty uses fallback") << QString() << u"internal/5"_s << u"internal_5"_s;
        QTest::newRow("nothing usable") << u"..."_s << u".."_s << u"attachment"_s;
        QTest::newRow("windows characters")
            << u"a<b>c:d\"e|f?g*h.txt"_s << u"id"_s << u"a_b_c_d_e_f_g_h.txt"_s;
        QTest::newRow("line separator") << u"a\u2028b.txt"_s << u"id"_s << u"a_b.txt"_s;
        QTest::newRow("trailing dots and spaces") << u"report.pdf. . "_s << u"id"_s << u"report.pdf"_s;
        // Bidirectional controls are removed: "\u202Egpj.exe" would read as "exe.jpg".
        QTest::newRow("right-to-left override")
            << u"invoice\u202Efdp.exe"_s << u"id"_s << u"invoicefdp.exe"_s;
        QTest::newRow("every bidi control")
            << u"\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl.txt"_s
            << u"id"_s << u"abcdefghijkl.txt"_s;
        QTest::newRow("only bidi controls") << u"\u202E\u2066"_s << u"file-1"_s << u"file-1"_s;
        QTest::newRow("arabic name kept") << u"تقرير.pdf"_s << u"id"_s << u"تقرير.pdf"_s;
        // Windows device names, in any case and with any extension.
        QTest::newRow("CON") << u"CON"_s << u"id"_s << u"_CON"_s;
        QTest::newRow("con.txt") << u"con.txt"_s << u"id"_s << u"_con.txt"_s;
        QTest::newRow("Nul.tar.gz") << u"Nul.tar.gz"_s << u"id"_s << u"_Nul.tar.gz"_s;
        QTest::newRow("PRN") << u"PRN.pdf"_s << u"id"_s << u"_PRN.pdf"_s;
        QTest::newRow("aux") << u"aux"_s << u"id"_s << u"_aux"_s;
        QTest::newRow("COM1") << u"COM1.log"_s << u"id"_s << u"_COM1.log"_s;
        QTest::newRow("lpt9") << u"lpt9"_s << u"id"_s << u"_lpt9"_s;
        QTest::newRow("COM superscript one") << u"COM\u00B9.txt"_s << u"id"_s << u"_COM\u00B9.txt"_s;
        QTest::newRow("device name with a space before the dot")
            << u"NUL .txt"_s << u"id"_s << u"_NUL .txt"_s;
        QTest::newRow("device name revealed by the trim") << u"..nul"_s << u"id"_s << u"_nul"_s;
        QTest::newRow("device name as fallback") << QString() << u"con"_s << u"_con"_s;
        QTest::newRow("COM0 is a file") << u"COM0.txt"_s << u"id"_s << u"COM0.txt"_s;
        QTest::newRow("COM10 is a file") << u"COM10"_s << u"id"_s << u"COM10"_s;
        QTest::newRow("console is a file") << u"console.txt"_s << u"id"_s << u"console.txt"_s;
        QTest::newRow("lone surrogate") << u"a"_s + QChar(0xD800) + u"b.txt"_s << u"id"_s << u"a_b.txt"_s;
    }

    void safeFileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, fallback);
        QFETCH(QString, expected);
        const QString result = Inspector::Files::safeFileName(name, fallback);
        QCOMPARE(result, expected);
        QVERIFY(!result.contains(u'/'));
        QVERIFY(!result.startsWith(u'.'));
    }

    void longNamesKeepTheirExtension()
    {
        const QString longName = Inspector::Files::safeFileName(QString(300, u'x') + u".pdf"_s, {});
        QCOMPARE(longName.toUtf8().size(), 200);
        QVERIFY(longName.endsWith(u".pdf"_s));
        // Cut by whole characters: no emoji is split (four bytes each, a surrogate pair).
        const QString emoji = Inspector::Files::safeFileName(u"😀"_s.repeated(100) + u".png"_s, {});
        QVERIFY(emoji.toUtf8().size() <= 200);
        QVERIFY(emoji.endsWith(u"😀.png"_s));
        QCOMPARE(emoji, u"😀"_s.repeated(49) + u".png"_s);
        // A name of a megabyte is cut in one pass.
        QCOMPARE(Inspector::Files::safeFileName(QString(1 << 20, u'y'), {}), QString(200, u'y'));
    }

    void numberedFileName()
    {
        QCOMPARE(Inspector::Files::numberedFileName(u"a.png"_s, 1), u"a.png"_s);
        QCOMPARE(Inspector::Files::numberedFileName(u"a.png"_s, 2), u"a (2).png"_s);
        QCOMPARE(Inspector::Files::numberedFileName(u"a.tar.gz"_s, 3), u"a.tar (3).gz"_s);
        QCOMPARE(Inspector::Files::numberedFileName(u"README"_s, 2), u"README (2)"_s);
        QCOMPARE(Inspector::Files::numberedFileName(u"_.bashrc"_s, 2), u"_ (2).bashrc"_s);
    }

    void writesANewFileAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        NewFile file(dir.path(), u"report.pdf"_s);
        const Result<> opened = file.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
        QCOMPARE(file.device()->write("%PDF-1.7"), 8);
        // Nothing has the name before the commit; only the hidden temporary file exists.
        QVERIFY(!QFile::exists(dir.filePath(u"report.pdf"_s)));
        QCOMPARE(entries(dir.path()).size(), 1);
        QVERIFY(entries(dir.path()).constFirst().startsWith(u'.'));
        const Result<> committed = file.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error().message()));
        QCOMPARE(file.fileName(), u"report.pdf"_s);
        QCOMPARE(file.filePath(), dir.filePath(u"report.pdf"_s));
        QCOMPARE(readFile(dir.filePath(u"report.pdf"_s)), QByteArray("%PDF-1.7"));
        QCOMPARE(entries(dir.path()), QStringList {u"report.pdf"_s});
    }

    void anExistingFileIsNotReplaced()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"report.pdf"_s), "mine"));
        QVERIFY(writeFile(dir.filePath(u"report (2).pdf"_s), "mine too"));
        QString error;
        QCOMPARE(save(dir.path(), u"report.pdf"_s, "new", &error), u"report (3).pdf"_s);
        QCOMPARE(readFile(dir.filePath(u"report.pdf"_s)), QByteArray("mine"));
        QCOMPARE(readFile(dir.filePath(u"report (2).pdf"_s)), QByteArray("mine too"));
        QCOMPARE(readFile(dir.filePath(u"report (3).pdf"_s)), QByteArray("new"));
        QCOMPARE(entries(dir.path()).size(), 3);
    }

    void aSymbolicLinkIsNotFollowed()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        const QString target = outside.filePath(u"passwd"_s);
        QVERIFY(writeFile(target, "root:x:0:0"));
        QVERIFY(QFile::link(target, dir.filePath(u"report.pdf"_s)));
        QString error;
        QCOMPARE(save(dir.path(), u"report.pdf"_s, "attachment", &error), u"report (2).pdf"_s);
        QCOMPARE(readFile(target), QByteArray("root:x:0:0"));
        QCOMPARE(QFileInfo(dir.filePath(u"report.pdf"_s)).symLinkTarget(), target);
        QCOMPARE(readFile(dir.filePath(u"report (2).pdf"_s)), QByteArray("attachment"));
        QCOMPARE(entries(outside.path()), QStringList {u"passwd"_s});
    }

    void aDanglingSymbolicLinkTakesTheName()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        const QString target = outside.filePath(u"created-through-the-link"_s);
        QVERIFY(QFile::link(target, dir.filePath(u"report.pdf"_s)));
        QString error;
        QCOMPARE(save(dir.path(), u"report.pdf"_s, "attachment", &error), u"report (2).pdf"_s);
        QVERIFY(!QFile::exists(target));
        QVERIFY(entries(outside.path()).isEmpty());
        QVERIFY(QFileInfo(dir.filePath(u"report.pdf"_s)).isSymLink());
    }

    void aDirectoryTakesTheName()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"report.pdf"_s));
        QString error;
        QCOMPARE(save(dir.path(), u"report.pdf"_s, "x", &error), u"report (2).pdf"_s);
        QVERIFY(QDir(dir.filePath(u"report.pdf"_s)).isEmpty());
    }

    void cancelAndDestructionLeaveNothing()
    {
        QTemporaryDir dir;
        {
            NewFile file(dir.path(), u"a.bin"_s);
            QVERIFY(file.open().ok());
            file.device()->write("partial");
            file.cancel();
            QVERIFY(entries(dir.path()).isEmpty());
            QVERIFY(file.fileName().isEmpty());
            QVERIFY(!file.commit().ok());
        }
        {
            NewFile file(dir.path(), u"a.bin"_s);
            QVERIFY(file.open().ok());
            file.device()->write("partial");
        }
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void badNamesAndFoldersAreErrors_data()
    {
        QTest::addColumn<QString>("folder"); // relative to a temporary directory
        QTest::addColumn<QString>("name");
        QTest::newRow("empty name") << QString() << QString();
        QTest::newRow("dot") << QString() << u"."_s;
        QTest::newRow("dot-dot") << QString() << u".."_s;
        QTest::newRow("separator") << QString() << u"../x"_s;
        QTest::newRow("missing folder") << u"missing"_s << u"x"_s;
        QTest::newRow("folder is a file") << u"file"_s << u"x"_s;
    }

    void badNamesAndFoldersAreErrors()
    {
        QFETCH(QString, folder);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
        NewFile file(folder.isEmpty() ? dir.path() : dir.filePath(folder), name);
        const Result<> opened = file.open();
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().message().isEmpty());
        QVERIFY(file.device() == nullptr);
        QCOMPARE(entries(dir.path()), QStringList {u"file"_s});
    }

    void aLinkedFolderIsTheUsersChoice()
    {
        // The folder itself may be a link (the user chose it); only names inside are not followed.
        QTemporaryDir dir;
        QTemporaryDir real;
        QVERIFY(QFile::link(real.path(), dir.filePath(u"downloads"_s)));
        QString error;
        QCOMPARE(save(dir.filePath(u"downloads"_s), u"a.txt"_s, "x", &error), u"a.txt"_s);
        QCOMPARE(readFile(real.filePath(u"a.txt"_s)), QByteArray("x"));
    }
};

INSPECTOR_TEST_GUILESS_MAIN(NewFileTest)
#include "tst_newfile.moc"
