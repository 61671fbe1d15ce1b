// SPDX-License-Identifier: Apache-2.0
// The layering the link graph cannot enforce: ui/ and the item models get their data from the
// services (models/services/), never by sending requests or parsing JSON themselves.
#include "common/testsuite.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Rule
{
    QString folder; ///< relative to the source tree
    QStringList forbiddenIncludes;
    QStringList forbiddenCalls; ///< regular expressions, matched outside comments
};

const QStringList RequestHeaders {u"api/requests.h"_s, u"api/fetch.h"_s, u"api/apijob.h"_s, u"api/pager.h"_s,
    u"data/parse.h"_s, u"data/messagepage.h"_s};
const QStringList RequestCalls {
    uR"(\bsend\s*\()"_s, uR"(\bParse::)"_s, uR"(\bRequests::)"_s, uR"(\bFetch::)"_s};

QList<Rule> rules()
{
    return {
        {u"ui"_s, RequestHeaders, RequestCalls},
        {u"models/itemmodels"_s, RequestHeaders, RequestCalls},
    };
}

/// The code of one line without its comments (// and the parts of /* */ on it); *inBlock carries
/// an open block comment to the next line.
QString codeOf(const QString &line, bool *inBlock)
{
    QString code;
    int i = 0;
    bool inString = false;
    while (i < line.size()) {
        if (*inBlock) {
            const int end = line.indexOf(u"*/"_s, i);
            if (end < 0)
                return code;
            *inBlock = false;
            i = end + 2;
            continue;
        }
        const QChar c = line.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            code += c;
            ++i;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (line.mid(i, 2) == "//"_L1)
            return code;
        else if (line.mid(i, 2) == "/*"_L1) {
            *inBlock = true;
            i += 2;
            continue;
        }
        code += c;
        ++i;
    }
    return code;
}

/// One "file:line: what" per line of @p text that breaks @p rule.
QStringList violations(const QString &file, const QString &text, const Rule &rule)
{
    QStringList found;
    QList<QRegularExpression> calls;
    for (const QString &pattern : rule.forbiddenCalls)
        calls.append(QRegularExpression(pattern));
    // (No raw string literals here: moc's tokenizer would lose its way in them.)
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s);
    bool inBlock = false;
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString code = codeOf(lines.at(n), &inBlock);
        const auto m = include.match(code);
        if (m.hasMatch()) {
            if (rule.forbiddenIncludes.contains(m.captured(1)))
                found << u"%1:%2: includes %3"_s.arg(file).arg(n + 1).arg(m.captured(1));
            continue;
        }
        for (const QRegularExpression &call : std::as_const(calls)) {
            if (call.match(code).hasMatch())
                found << u"%1:%2: %3"_s.arg(file).arg(n + 1).arg(code.trimmed());
        }
    }
    return found;
}

} // namespace

class LayeringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The checker itself: it finds what it must, and comments do not count.
    void checkerFindsViolations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("include") << u"#include \"api/requests.h\"\n#include \"api/apierror.h\""_s << 1;
        QTest::newRow("spaced include") << u"#  include <data/parse.h>"_s << 1;
        QTest::newRow("send") << u"    ApiJob *job = m_client->send(request);"_s << 1;
        QTest::newRow("parse") << u"    const auto x = Parse::users(body);"_s << 1;
        QTest::newRow("line comment") << u"    // m_client->send(Requests::x())"_s << 0;
        QTest::newRow("block comment") << u"/* the pane used to\n call send( here */ int x;"_s << 0;
        QTest::newRow("in a string") << u"    tr(\"// not a comment\"); send(x);"_s << 1;
        QTest::newRow("other names") << u"    sendMail(); resend(); Parser::x();"_s << 0;
    }
    void checkerFindsViolations()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(violations(u"f.cpp"_s, text, rules().first()).size(), count);
    }

    void viewsAndModelsNeverFetch()
    {
        const QDir root(QStringLiteral(INSPECTOR_SOURCE_DIR));
        QStringList found;
        int files = 0;
        for (const Rule &rule : rules()) {
            QDirIterator it(root.filePath(rule.folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                found << violations(root.relativeFilePath(path), QString::fromUtf8(file.readAll()), rule);
                ++files;
            }
        }
        QVERIFY(files > 20); // the folders were found
        QVERIFY2(found.isEmpty(),
            qPrintable(
                u"ui/ and models/itemmodels/ must get their data from a service (models/services/):\n"_s
                + found.join(u'\n')));
    }
};

INSPECTOR_TEST_APPLESS_MAIN(LayeringTest)
#include "tst_layering.moc"
