// SPDX-License-Identifier: Apache-2.0
// Every `./run cli --demo …` and `symphony-inspector-cli --demo …` line of README.md's code
// blocks, run as written with the built program against its embedded demo pod: README examples
// stay true. The lines of one code block run in order in one fresh directory, as a user would
// type them (`feed --resume` continues the capture of the line before it).
//
// Rules: an example must exit with 0, or with the code its comment documents ("# … exit 7 …");
// an example whose comment says it runs until Ctrl+C must still be running when its time is up,
// with output written, and must then exit 130 on SIGINT. A shell redirection (`> FILE`) sends
// standard output to FILE in that directory.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "common/testsuite.h"
#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

struct Example
{
    int line = 0; ///< 1-based line in README.md
    int block = 0; ///< which code block (examples of one block share a directory)
    QString text; ///< the line as written
    QStringList arguments; ///< after the program
    QString stdoutFile; ///< `> FILE`, empty = none
    bool untilInterrupted = false;
    int exitCode = 0;
};

/** Splits a shell line into words (quotes, backslashes); the comment is returned apart. */
bool shellWords(const QString &line, QStringList *words, QString *comment)
{
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size()) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else if (c == u'#' && !inWord) {
            *comment = line.mid(i + 1).trimmed();
            return true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        words->append(word);
    return true;
}

QList<Example> readmeExamples(QString *error)
{
    QFile file(QStringLiteral(INSPECTOR_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression exitCode(u"\\bexits? (?:with )?(\\d+)\\b"_s);
    QList<Example> out;
    bool inBlock = false;
    int block = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u"```"_s)) {
            inBlock = !inBlock;
            block += inBlock ? 1 : 0;
            continue;
        }
        if (!inBlock)
            continue;
        QStringList words;
        QString comment;
        if (!shellWords(line, &words, &comment)) {
            *error = u"README.md:%1: unbalanced quotes"_s.arg(i + 1);
            return {};
        }
        qsizetype program = 0;
        if (words.size() >= 2 && words.at(0) == u"./run"_s && words.at(1) == u"cli"_s)
            program = 2;
        else if (!words.isEmpty() && words.at(0) == u"symphony-inspector-cli"_s)
            program = 1;
        else
            continue;
        if (words.size() <= program || words.at(program) != u"--demo"_s)
            continue;
        Example e;
        e.line = i + 1;
        e.block = block;
        e.text = line;
        for (qsizetype w = program; w < words.size(); ++w) {
            if (words.at(w) == u">"_s && w + 1 < words.size()) {
                e.stdoutFile = words.at(++w);
            } else if (words.at(w).startsWith(u'>') || words.at(w) == u"|"_s || words.at(w) == u"&&"_s) {
                *error = u"README.md:%1: the test only knows `> FILE`: %2"_s.arg(i + 1).arg(line);
                return {};
            } else {
                e.arguments.append(words.at(w));
            }
        }
        e.untilInterrupted = comment.contains(u"Ctrl+C"_s);
        const QRegularExpressionMatch m = exitCode.match(comment);
        if (m.hasMatch())
            e.exitCode = m.captured(1).toInt();
        out.append(e);
    }
    return out;
}

/** Every regular file under @p dir with its size, to see whether a command wrote anything. */
QHash<QString, qint64> fileSizes(const QString &dir)
{
    QHash<QString, qint64> out;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        out.insert(info.fileName(), info.size());
    return out;
}

} // namespace

class ReadmeExamplesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parser();
    void examples_data();
    void examples();
    void cleanupTestCase();

private:
    /** One directory per code block, kept for the next example of the block. */
    QHash<int, std::shared_ptr<QTemporaryDir>> m_dirs;
};

void ReadmeExamplesTest::parser()
{
    QStringList words;
    QString comment;
    QVERIFY(shellWords(
        u"./run cli --demo search 'a b' \"c d\" > out.json   # note: exits 7"_s, &words, &comment));
    QCOMPARE(words,
        (QStringList {
            u"./run"_s, u"cli"_s, u"--demo"_s, u"search"_s, u"a b"_s, u"c d"_s, u">"_s, u"out.json"_s}));
    QCOMPARE(comment, u"note: exits 7"_s);
    words.clear();
    comment.clear();
    QVERIFY(shellWords(u"./run cli --demo search hashtag:a#b"_s, &words, &comment));
    QCOMPARE(words.last(), u"hashtag:a#b"_s);
    QVERIFY(comment.isEmpty());
    QVERIFY(!shellWords(u"./run cli 'open"_s, &words, &comment));
}

void ReadmeExamplesTest::examples_data()
{
    QTest::addColumn<int>("block");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stdoutFile");
    QTest::addColumn<bool>("untilInterrupted");
    QTest::addColumn<int>("exitCode");
    QString error;
    const QList<Example> examples = readmeExamples(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A parser that finds nothing must not pass: README has a dozen of them.
    QVERIFY2(examples.size() >= 10, qPrintable(QString::number(examples.size())));
    for (const Example &e : examples) {
        QTest::addRow("README.md:%d %s", e.line, qPrintable(e.arguments.mid(1, 2).join(u' ')))
            << e.block << e.text << e.arguments << e.stdoutFile << e.untilInterrupted << e.exitCode;
    }
}

void ReadmeExamplesTest::examples()
{
    QFETCH(int, block);
    QFETCH(QString, text);
    QFETCH(QStringList, arguments);
    QFETCH(QString, stdoutFile);
    QFETCH(bool, untilInterrupted);
    QFETCH(int, exitCode);

    std::shared_ptr<QTemporaryDir> &dir = m_dirs[block];
    if (!dir)
        dir = std::make_shared<QTemporaryDir>();
    QVERIFY(dir->isValid());

    QProcess process;
    process.setProgram(QStringLiteral(INSPECTOR_CLI_EXECUTABLE));
    process.setArguments(arguments);
    process.setWorkingDirectory(dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir->path());
    env.insert(u"XDG_CONFIG_HOME"_s, dir->path() + u"/.config"_s);
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(dir->filePath(stdoutFile), QIODevice::Truncate);
    const QHash<QString, qint64> before = fileSizes(dir->path());
    process.start();
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));

    if (untilInterrupted) {
        // It runs until Ctrl+C: still running after a while, with output written meanwhile.
        constexpr int RunMs = 4000;
        QVERIFY2(!process.waitForFinished(RunMs),
            qPrintable(u"ended by itself with %1: %2\n%3"_s.arg(process.exitCode())
                           .arg(text, QString::fromUtf8(process.readAllStandardError()))));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(!out.isEmpty() || fileSizes(dir->path()) != before,
            qPrintable(u"nothing written in %1 ms: "_s.arg(RunMs) + text));
        ::kill(pid_t(process.processId()), SIGINT);
    }
    constexpr int LimitMs = 60000;
    if (!process.waitForFinished(LimitMs)) {
        process.kill();
        process.waitForFinished();
        QFAIL(qPrintable(u"still running after %1 s: "_s.arg(LimitMs / 1000) + text));
    }
    const int expected = untilInterrupted ? 130 : exitCode;
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(u"crashed: "_s + text));
    QVERIFY2(process.exitCode() == expected,
        qPrintable(u"exit %1, expected %2: %3\n%4"_s.arg(process.exitCode())
                       .arg(expected)
                       .arg(text, QString::fromUtf8(process.readAllStandardError()))));
}

void ReadmeExamplesTest::cleanupTestCase()
{
    m_dirs.clear();
}

INSPECTOR_TEST_GUILESS_MAIN(ReadmeExamplesTest)
#include "tst_readmeexamples.moc"
