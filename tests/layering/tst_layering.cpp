// SPDX-License-Identifier: Apache-2.0
// The layering the link graph cannot enforce: ui/ and the item models get their data from the
// services (models/services/), never by sending requests or parsing JSON themselves; and no pane
// knows which source is behind a service: only the window's composition point (Sources) names the
// pod's.
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
    QStringList forbiddenIncludes; ///< regular expressions, matched against the whole included path
    QStringList forbiddenCalls; ///< regular expressions, matched outside comments
    QStringList exempt; ///< files (relative to the source tree) the rule does not apply to
};

const QStringList RequestHeaders {uR"(api/requests\.h)"_s, uR"(api/fetch\.h)"_s, uR"(api/apijob\.h)"_s,
    uR"(api/pager\.h)"_s, uR"(data/parse\.h)"_s, uR"(data/messagepage\.h)"_s};
const QStringList RequestCalls {
    uR"(\bsend\s*\()"_s, uR"(\bParse::)"_s, uR"(\bRequests::)"_s, uR"(\bFetch::)"_s};
/// The pod's sources (services/pod*.h, and every Pod… class, some of which are declared next to
/// their interface): a pane is handed an interface, the window builds the sources (Sources::forPod).
const QStringList PodSourceHeaders {uR"(services/pod[^/]*\.h)"_s};
const QStringList PodSourceNames {uR"(\bPod[A-Z]\w*)"_s};
const QStringList PodSourceExempt {u"ui/shell/mainwindow.cpp"_s};
/// Qt Gui's headers: inspector_core is Qt Core + Network (+ Sql); only inspector_pdf, the PDF
/// transcript's own library under models/export/pdf/, lays text out with Qt Gui.
const QStringList GuiHeaders {uR"(QtGui/.*)"_s, uR"(QGuiApplication)"_s, uR"(QTextDocument\w*)"_s,
    uR"(QAbstractTextDocumentLayout)"_s, uR"(QPdfWriter)"_s, uR"(QPainter\w*)"_s, uR"(QFont\w*)"_s,
    uR"(QPageSize|QPageLayout)"_s, uR"(QImage\w*)"_s, uR"(QPixmap)"_s, uR"(QColor)"_s, uR"(QTextLayout)"_s};
const QStringList GuiExempt {u"models/export/pdf/"_s};

/// SQL stays in models/archive: the services that read an archive hand it work through its
/// ReadThread (Archive::BrowseReader holds their statements), and no pane opens an archive itself.
const QStringList SqlHeaders {uR"(QtSql/.*)"_s, uR"(QSql\w*)"_s};
const QStringList SqlCalls {uR"(\b(SELECT|INSERT INTO|DELETE FROM)\b)"_s, uR"(\bUPDATE \w+ SET\b)"_s,
    uR"(\bQSql\w+)"_s, uR"(\bStore::open)"_s};

QList<Rule> rules()
{
    return {
        {u"ui"_s, RequestHeaders, RequestCalls, {}},
        {u"models/itemmodels"_s, RequestHeaders, RequestCalls, {}},
        {u"ui"_s, PodSourceHeaders, PodSourceNames, PodSourceExempt},
        // Third from the end: no Qt Gui header (checkerFindsGuiHeaders reads it).
        {u"models"_s, GuiHeaders, {}, GuiExempt},
        // The last two: no SQL (checkerFindsSql reads the first of them).
        {u"models/services"_s, SqlHeaders, SqlCalls, {}},
        {u"ui"_s, SqlHeaders, SqlCalls, {}},
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
    for (const QString &exempt : rule.exempt) {
        // A file, or every file of a folder (ending with /).
        if (file == exempt || (exempt.endsWith(u'/') && file.startsWith(exempt)))
            return found;
    }
    QList<QRegularExpression> calls;
    for (const QString &pattern : rule.forbiddenCalls)
        calls.append(QRegularExpression(pattern));
    QList<QRegularExpression> headers;
    for (const QString &pattern : rule.forbiddenIncludes)
        headers.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    // (No raw string literals here: moc's tokenizer would lose its way in them.)
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s);
    bool inBlock = false;
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString code = codeOf(lines.at(n), &inBlock);
        const auto m = include.match(code);
        if (m.hasMatch()) {
            for (const QRegularExpression &header : std::as_const(headers)) {
                if (header.match(m.captured(1)).hasMatch()) {
                    found << u"%1:%2: includes %3"_s.arg(file).arg(n + 1).arg(m.captured(1));
                    break;
                }
            }
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

    void checkerFindsSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("select") << u"run(u\"SELECT a FROM b\"_s);"_s << 1;
        QTest::newRow("update") << u"run(u\"UPDATE stream SET x = 1\"_s);"_s << 1;
        QTest::newRow("query") << u"QSqlQuery q(db);"_s << 1;
        QTest::newRow("header") << u"#include <QSqlDatabase>"_s << 1;
        QTest::newRow("opening a store") << u"auto s = Store::open(where, Store::Mode::Read);"_s << 1;
        QTest::newRow("words") << u"tr(\"Select a stream, update the list\");"_s << 0;
    }
    void checkerFindsSql()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(violations(u"f.cpp"_s, text, rules().at(rules().size() - 2)).size(), count);
    }

    // The pod's sources: a pane names none; the window, which composes them, may.
    void checkerFindsPodSources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        const QString pane = u"ui/browse/messagespane.cpp"_s;
        QTest::newRow("pod header") << pane << u"#include \"services/podmessagehistory.h\""_s << 1;
        QTest::newRow("pod header, angle brackets") << pane << u"#include <services/poddiagnostics.h>"_s << 1;
        QTest::newRow("interface headers")
            << pane << u"#include \"services/messagehistory.h\"\n#include \"services/sources.h\""_s << 0;
        QTest::newRow("pod class") << pane << u"    m_history = new PodMessageHistory(client, this);"_s << 1;
        QTest::newRow("pod class of an interface header")
            << u"ui/browse/streamspane.cpp"_s << u"    auto *d = new PodStreamDirectory(client);"_s << 1;
        QTest::newRow("in a comment") << pane << u"// fed by a PodMessageHistory or an archive"_s << 0;
        QTest::newRow("other names") << pane << u"    DemoPod::Server x; PodcastPlayer y; Pod z;"_s << 0;
        QTest::newRow("the window") << u"ui/shell/mainwindow.cpp"_s
                                    << u"#include \"services/podmessagehistory.h\"\nnew PodDiagnostics(c);"_s
                                    << 0;
    }
    void checkerFindsPodSources()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(violations(file, text, rules().at(2)).size(), count);
    }

    // inspector_core stays Qt Core + Network: no Qt Gui header under models/ but in inspector_pdf.
    void checkerFindsGuiHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        const QString core = u"models/export/htmlwriter.cpp"_s;
        QTest::newRow("text document") << core << u"#include <QTextDocument>"_s << 1;
        QTest::newRow("module path") << core << u"#include <QtGui/QPainter>"_s << 1;
        QTest::newRow("pdf writer") << core << u"#include <QPdfWriter>\n#include <QFontMetricsF>"_s << 2;
        QTest::newRow("core headers") << core << u"#include <QString>\n#include <QAbstractItemModel>"_s << 0;
        QTest::newRow("the pdf library")
            << u"models/export/pdf/pdftranscript.cpp"_s << u"#include <QPdfWriter>"_s << 0;
    }
    void checkerFindsGuiHeaders()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(violations(file, text, rules().at(rules().size() - 3)).size(), count);
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
            qPrintable(u"ui/ and models/itemmodels/ must get their data from a service (models/services/), "
                       u"no pane but the window may name a pod source, models/ has no Qt Gui header "
                       u"outside models/export/pdf/, and SQL stays in models/archive/:\n"_s
                + found.join(u'\n')));
    }
};

INSPECTOR_TEST_APPLESS_MAIN(LayeringTest)
#include "tst_layering.moc"
