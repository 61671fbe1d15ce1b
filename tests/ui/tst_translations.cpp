// SPDX-License-Identifier: Apache-2.0
#include "common/testsuite.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the <translation type="..."> attribute: empty, unfinished, vanished, obsolete
    QStringList translations; ///< one, or the numerus forms
};

QString keyOf(const TsMessage &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment + (m.numerus ? u"\x1fn"_s : QString());
}

/// Reads a .ts file; *error set when it is not readable.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = TsMessage {};
                current.context = context;
                current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                current.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                current.comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                current.type = xml.attributes().value("type"_L1).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(INSPECTOR_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({u"symphony-inspector_*.ts"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

/**
 * @brief The .ts files are complete (every entry translated, nothing unfinished or empty) and up to
 * date with the sources (lupdate on a copy finds nothing new and nothing gone).
 */
class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A string is found at run time only under the context the code asks for. lupdate files a
    // tr() call under the class it is written in, so a tr() helper used inside a plain struct (the
    // paging rules were) files its strings under a context nobody asks for: never translated.
    void contextsAreTheOnesTheCodeAsks()
    {
        QSet<QString> asked; // string literals, Q_DECLARE_TR_FUNCTIONS contexts, Q_OBJECT classes
        static const QRegularExpression literal(u"\"(Inspector(::\\w+)*)\""_s);
        static const QRegularExpression declared(u"Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"_s);
        static const QRegularExpression object(
            u"(?:class|struct)\\s+(\\w+)[^;{]*\\{\\s*Q_(?:OBJECT|GADGET)"_s);
        for (const char *folder : {"models", "ui", "app"}) {
            QDirIterator it(QStringLiteral(INSPECTOR_SOURCE_DIR "/") + QLatin1StringView(folder),
                {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const QRegularExpression *re : {&literal, &declared}) {
                    for (auto m = re->globalMatch(text); m.hasNext();)
                        asked.insert(m.next().captured(1));
                }
                for (auto m = object.globalMatch(text); m.hasNext();)
                    asked.insert(u"class "_s + m.next().captured(1));
            }
        }
        QString error;
        const QList<TsMessage> messages = readTs(tsFiles().value(0), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> lost;
        for (const TsMessage &m : messages) {
            const QString last = m.context.section(u"::"_s, -1);
            if (!asked.contains(m.context) && !asked.contains(u"class "_s + last))
                lost.insert(m.context);
        }
        QVERIFY2(lost.isEmpty(),
            qPrintable(u"contexts no code asks for (their strings are never shown translated): "_s
                + QStringList(lost.cbegin(), lost.cend()).join(u", "_s)));
    }

    void languagesExist()
    {
        const QStringList files = tsFiles();
        QStringList names;
        for (const QString &f : files)
            names.append(QFileInfo(f).fileName());
        QVERIFY2(names.contains(u"symphony-inspector_de.ts"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.contains(u"symphony-inspector_fr.ts"_s), qPrintable(names.join(u", "_s)));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void complete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (m.type == "unfinished"_L1)
                problems << u"unfinished: [%1] %2"_s.arg(m.context, m.source);
            else if (!m.type.isEmpty())
                problems << u"%1: [%2] %3"_s.arg(m.type, m.context, m.source);
            else if (m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                    [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << u"empty translation: [%1] %2"_s.arg(m.context, m.source);
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                u"%1 entries need work (refresh with `cmake --build BUILD --target update_translations` "
                "and translate):\n"_s.arg(problems.size())
                + problems.mid(0, 40).join(u'\n')));
    }

    void upToDate_data() { complete_data(); }

    void upToDate()
    {
        QFETCH(QString, path);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString copy = temp.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same sources and options as qt_add_translations in app/gui/CMakeLists.txt.
        const QString root = QStringLiteral(INSPECTOR_SOURCE_DIR);
        QStringList args {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-no-ui-lines"_s, u"-silent"_s,
            u"-extensions"_s, u"cpp,h,ui"_s, root + u"/models"_s, root + u"/ui"_s, root + u"/app/gui"_s,
            u"-ts"_s, copy};
        QProcess lupdate;
        lupdate.start(QStringLiteral(INSPECTOR_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<TsMessage> before = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<TsMessage> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> had, has;
        for (const TsMessage &m : before)
            had.insert(keyOf(m));
        for (const TsMessage &m : after)
            has.insert(keyOf(m));
        QStringList added, gone;
        for (const QString &k : std::as_const(has)) {
            if (!had.contains(k))
                added << QString(k).replace(u'\x1f', u" | "_s);
        }
        for (const QString &k : std::as_const(had)) {
            if (!has.contains(k))
                gone << QString(k).replace(u'\x1f', u" | "_s);
        }
        added.sort();
        gone.sort();
        QVERIFY2(added.isEmpty() && gone.isEmpty(),
            qPrintable(
                u"%1 is out of date: %2 new strings, %3 gone (refresh with `cmake --build BUILD --target "
                "update_translations`).\nnew:\n%4\ngone:\n%5"_s.arg(QFileInfo(path).fileName())
                    .arg(added.size())
                    .arg(gone.size())
                    .arg(added.mid(0, 30).join(u'\n'), gone.mid(0, 30).join(u'\n'))));
    }
};

INSPECTOR_TEST_GUILESS_MAIN(TranslationsTest)

#include "tst_translations.moc"
