// SPDX-License-Identifier: Apache-2.0
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "common/testsuite.h"
#include "export/messagecolumns.h"
#include "export/pdf/pdftranscript.h"
#include "shell/exportdialog.h"

using namespace Qt::StringLiterals;
using Inspector::Ui::ExportDialog;
namespace Export = Inspector::Export;

/** @brief The export dialog offers what the window has, validates, and remembers its choices. */
class ExportDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name + u".ini"_s), QSettings::IniFormat);
    }

    static ExportDialog::Context fullContext()
    {
        ExportDialog::Context c;
        c.selectedRows = 2;
        c.filteredRows = 10;
        c.streamIds = {u"S1"_s};
        c.streamTitles = {u"Rates Desk"_s};
        c.searchQuery = u"hashtag:rates"_s;
        return c;
    }

    static QPushButton *okButton(ExportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void scopes_data()
    {
        QTest::addColumn<int>("selected");
        QTest::addColumn<int>("filtered");
        QTest::addColumn<QStringList>("streams");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<bool>>("enabled"); // selected, filtered, streams, search
        QTest::addColumn<int>("initial");

        QTest::newRow("everything") << 2 << 10 << QStringList {u"S1"_s} << u"q"_s
                                    << QList<bool> {true, true, true, true}
                                    << int(ExportDialog::Scope::Streams);
        // Nothing remembered: the whole stream; when that is impossible, the narrowest possible one.
        QTest::newRow("no stream") << 2 << 10 << QStringList {} << u"q"_s
                                   << QList<bool> {true, true, false, true}
                                   << int(ExportDialog::Scope::SelectedRows);
        QTest::newRow("no selection")
            << 0 << 10 << QStringList {u"S1"_s} << QString() << QList<bool> {false, true, true, false}
            << int(ExportDialog::Scope::Streams);
        QTest::newRow("search only") << 0 << 0 << QStringList {} << u"q"_s
                                     << QList<bool> {false, false, false, true}
                                     << int(ExportDialog::Scope::Search);
        QTest::newRow("nothing") << 0 << 0 << QStringList {} << QString()
                                 << QList<bool> {false, false, false, false} << -1;
    }

    void scopes()
    {
        QFETCH(int, selected);
        QFETCH(int, filtered);
        QFETCH(QStringList, streams);
        QFETCH(QString, search);
        QFETCH(QList<bool>, enabled);
        QFETCH(int, initial);
        ExportDialog::Context c;
        c.selectedRows = selected;
        c.filteredRows = filtered;
        c.streamIds = streams;
        c.streamTitles = streams;
        c.searchQuery = search;
        auto s = settings(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        ExportDialog dialog(c, s.get());
        const QList<ExportDialog::Scope> all {ExportDialog::Scope::SelectedRows,
            ExportDialog::Scope::FilteredRows, ExportDialog::Scope::Streams, ExportDialog::Scope::Search};
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(dialog.isScopeEnabled(all[i]), enabled[i]);
        QCOMPARE(int(dialog.scope()), initial);
        if (initial < 0) {
            dialog.setDestination(m_dir.filePath(u"x.csv"_s));
            QVERIFY(dialog.problem().contains(u"nothing to export"_s));
            QVERIFY(!okButton(dialog)->isEnabled());
        }
    }

    void problems_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<bool>("noColumns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no destination") << QString() << false << u"Choose a file"_s;
        QTest::newRow("a folder") << u"<dir>"_s << false << u"is a folder"_s;
        QTest::newRow("missing folder") << u"<dir>/nope/x.csv"_s << false << u"does not exist"_s;
        QTest::newRow("no columns") << u"<dir>/x.csv"_s << true << u"at least one column"_s;
        QTest::newRow("fine") << u"<dir>/x.csv"_s << false << QString();
    }

    void problems()
    {
        QFETCH(QString, destination);
        QFETCH(bool, noColumns);
        QFETCH(QString, expected);
        auto s = settings(u"problems"_s);
        ExportDialog dialog(fullContext(), s.get());
        dialog.setDestination(QString(destination).replace(u"<dir>"_s, m_dir.path()));
        if (noColumns)
            dialog.setColumns({});
        if (expected.isEmpty()) {
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
            QVERIFY(okButton(dialog)->isEnabled());
        } else {
            QVERIFY2(dialog.problem().contains(expected), qPrintable(dialog.problem()));
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted with a problem
        }
    }

    void settingsFollowTheControls()
    {
        auto s = settings(u"controls"_s);
        ExportDialog dialog(fullContext(), s.get());
        dialog.setFormat(Export::Format::Csv);
        auto *separator = dialog.findChild<QComboBox *>();
        QVERIFY(separator);
        QComboBox *sep = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"CSV separator"_s)
                sep = box;
        }
        QVERIFY(sep);
        sep->setCurrentIndex(sep->findData(u";"_s));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"byte order"_s))
                box->setChecked(true);
            if (box->text().contains(u"formulas"_s))
                box->setChecked(false);
        }
        dialog.setColumns({u"text"_s, u"senderName"_s});
        dialog.setDestination(m_dir.filePath(u"out.csv"_s));
        Export::ExportSettings e = dialog.exportSettings();
        QCOMPARE(e.format, Export::Format::Csv);
        QCOMPARE(e.csv.separator, QChar(u';'));
        QVERIFY(e.csv.bom);
        QVERIFY(!e.csv.formulaGuard);
        QCOMPARE(e.columns, (QStringList {u"text"_s, u"senderName"_s}));
        QCOMPARE(e.outputPath, m_dir.filePath(u"out.csv"_s));
        QVERIFY(sep->isEnabled());

        dialog.setFormat(Export::Format::JsonLines);
        QVERIFY(!sep->isEnabled()); // CSV options mean nothing for JSON Lines
        QCOMPARE(dialog.exportSettings().format, Export::Format::JsonLines);
    }

    void choicesAreRemembered()
    {
        auto s = settings(u"remember"_s);
        const QString path = m_dir.filePath(u"remembered.json"_s);
        {
            ExportDialog dialog(fullContext(), s.get());
            dialog.setFormat(Export::Format::Json);
            dialog.setColumns({u"time"_s, u"text"_s, u"messageId"_s});
            dialog.setScope(ExportDialog::Scope::Search);
            dialog.setDestination(path);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ExportDialog again(fullContext(), s.get());
        QCOMPARE(again.exportSettings().format, Export::Format::Json);
        QCOMPARE(again.columns(), (QStringList {u"time"_s, u"text"_s, u"messageId"_s}));
        // The folder is remembered; the name follows what is exported and the format.
        QCOMPARE(again.destination(), m_dir.filePath(u"Rates-Desk.json"_s));
        QCOMPARE(again.scope(), ExportDialog::Scope::Search);

        // A remembered scope that is impossible now falls back to one that is possible.
        ExportDialog::Context noSearch = fullContext();
        noSearch.searchQuery.clear();
        ExportDialog third(noSearch, s.get());
        QCOMPARE(third.scope(), ExportDialog::Scope::SelectedRows);
    }

    void destinationFollowsTheFormat()
    {
        auto s = settings(u"suffix"_s);
        ExportDialog dialog(fullContext(), s.get());
        dialog.setFormat(Export::Format::Csv);
        QVERIFY2(dialog.destination().endsWith(u"/Rates-Desk.csv"_s), qPrintable(dialog.destination()));
        dialog.setFormat(Export::Format::JsonLines);
        QVERIFY2(dialog.destination().endsWith(u"/Rates-Desk.jsonl"_s), qPrintable(dialog.destination()));
        dialog.setDestination(m_dir.filePath(u"mine.txt"_s));
        dialog.setFormat(Export::Format::Json);
        QCOMPARE(dialog.destination(), m_dir.filePath(u"mine.txt"_s)); // a name of the user's own stays
    }

    void unknownRememberedColumnsFallBackToDefaults()
    {
        auto s = settings(u"badcolumns"_s);
        s->setValue(u"export/columns"_s, QStringList {u"noSuchColumn"_s});
        ExportDialog dialog(fullContext(), s.get());
        QCOMPARE(dialog.columns(), Export::MessageColumns::defaultNames());
    }

    void formatsGoIntoTheSettings()
    {
        auto s = settings(u"formats"_s);
        ExportDialog dialog(fullContext(), s.get());
        dialog.setFormats({Export::Format::Csv, Export::Format::Html, Export::Format::Pdf});
        // Several formats: the name is a base, each format adds its suffix (as the CLI does).
        QVERIFY2(dialog.destination().endsWith(u"/Rates-Desk"_s), qPrintable(dialog.destination()));
        dialog.setTimeZoneId(u"Europe/London"_s);
        QCOMPARE(dialog.timeZoneId(), u"Europe/London"_s);
        dialog.findChild<QSpinBox *>()->setValue(2000);
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"PDF page size"_s)
                box->setCurrentIndex(box->findData(u"Letter"_s));
        }
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const Export::ExportSettings e = dialog.exportSettings();
        QCOMPARE(e.allFormats(),
            (QList<Export::Format> {Export::Format::Csv, Export::Format::Html, Export::Format::Pdf}));
        QCOMPARE(e.html.timeZone.id(), QByteArray("Europe/London"));
        QCOMPARE(e.html.partition, 2000);
        QVERIFY(!e.outputTemplate);
        QVERIFY(bool(e.sinkFactory)); // the PDF is written by inspector_pdf's sink
        QCOMPARE(Export::MessageExportJob::pathFor(e.outputPath, Export::Format::Pdf, true),
            dialog.destination() + u".pdf"_s);

        // Back to one format: its suffix again; no PDF, no PDF sink.
        dialog.setFormats({Export::Format::Html});
        QVERIFY2(dialog.destination().endsWith(u"/Rates-Desk.html"_s), qPrintable(dialog.destination()));
        QVERIFY(!dialog.exportSettings().sinkFactory);
        dialog.setTimeZoneId(QString());
        QCOMPARE(dialog.exportSettings().html.timeZone, QTimeZone::systemTimeZone());
    }

    void atLeastOneFormat()
    {
        auto s = settings(u"noformat"_s);
        ExportDialog dialog(fullContext(), s.get());
        dialog.setFormats({});
        QVERIFY2(dialog.problem().contains(u"at least one format"_s), qPrintable(dialog.problem()));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.setFormats({Export::Format::Pdf});
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void transcriptOptionsOnlyForTranscripts()
    {
        auto s = settings(u"transcript"_s);
        ExportDialog dialog(fullContext(), s.get());
        auto *partition = dialog.findChild<QSpinBox *>();
        QComboBox *pageSize = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"PDF page size"_s)
                pageSize = box;
        }
        QVERIFY(partition && pageSize);
        dialog.setFormats({Export::Format::Csv, Export::Format::Json});
        QVERIFY(!partition->isVisibleTo(&dialog));
        dialog.setFormats({Export::Format::Csv, Export::Format::Html});
        QVERIFY(partition->isVisibleTo(&dialog));
        QVERIFY(!pageSize->isEnabled()); // HTML has no pages
        // Attachments: beside an HTML transcript of streams only.
        dialog.setScope(ExportDialog::Scope::Streams);
        dialog.setDownloadAttachments(true);
        QVERIFY(dialog.downloadAttachments());
        dialog.setScope(ExportDialog::Scope::Search);
        QVERIFY(!dialog.downloadAttachments());
        dialog.setScope(ExportDialog::Scope::Streams);
        dialog.setFormats({Export::Format::Pdf});
        QVERIFY(partition->isVisibleTo(&dialog));
        QVERIFY(pageSize->isEnabled());
        QVERIFY(!dialog.downloadAttachments());
    }

    void templateForSeveralStreams()
    {
        auto s = settings(u"template"_s);
        ExportDialog::Context c = fullContext();
        c.streamIds = {u"S1"_s, u"S2"_s};
        c.streamTitles = c.streamIds;
        ExportDialog dialog(c, s.get());
        dialog.setScope(ExportDialog::Scope::Streams);
        dialog.setFormats({Export::Format::Csv, Export::Format::Html});
        // Proposed: one file per stream and format, named by the template.
        QVERIFY2(dialog.destination().endsWith(u"/"_s + ExportDialog::defaultTemplate()),
            qPrintable(dialog.destination()));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(dialog.exportSettings().outputTemplate);

        // Rejected by the core's own check (OutputName::check), as --output is.
        dialog.setDestination(m_dir.filePath(u"%N-%q.%x"_s));
        QVERIFY2(dialog.problem().contains(u"%q"_s), qPrintable(dialog.problem()));
        QVERIFY(!okButton(dialog)->isEnabled());
        // %l is known only at the end: not with PDF.
        dialog.setDestination(m_dir.filePath(u"%N-%l.%x"_s));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.setFormats({Export::Format::Pdf});
        QVERIFY2(dialog.problem().contains(u"%l"_s), qPrintable(dialog.problem()));
        // A transcript of several streams needs a template or one file per stream.
        dialog.setDestination(m_dir.filePath(u"all.html"_s));
        dialog.setFormats({Export::Format::Html});
        QVERIFY2(dialog.problem().contains(u"one stream"_s), qPrintable(dialog.problem()));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"per stream"_s))
                box->setChecked(true);
        }
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    }

    void transcriptChoicesRememberedPerProfile()
    {
        auto s = settings(u"perprofile"_s);
        ExportDialog::Context a = fullContext();
        a.profileId = u"desk/a"_s;
        ExportDialog::Context b = fullContext();
        b.profileId = u"b"_s;
        {
            ExportDialog dialog(a, s.get());
            dialog.setFormats({Export::Format::Html, Export::Format::Pdf});
            dialog.setTimeZoneId(u"UTC"_s);
            dialog.setOpenWhenDone(true);
            dialog.setDownloadAttachments(true);
            for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
                if (box->accessibleName() == u"PDF page size"_s)
                    box->setCurrentIndex(box->findData(u"Letter"_s));
            }
            dialog.setDestination(m_dir.filePath(u"x"_s));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        {
            ExportDialog dialog(b, s.get());
            dialog.setFormats({Export::Format::Json});
            dialog.setDestination(m_dir.filePath(u"y.json"_s));
            dialog.accept();
        }
        ExportDialog againA(a, s.get());
        QCOMPARE(againA.formats(), (QList<Export::Format> {Export::Format::Html, Export::Format::Pdf}));
        QCOMPARE(againA.timeZoneId(), u"UTC"_s);
        QVERIFY(againA.openWhenDone());
        QVERIFY(againA.downloadAttachments());
        for (QComboBox *box : againA.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"PDF page size"_s)
                QCOMPARE(box->currentData().toString(), u"Letter"_s);
        }
        ExportDialog againB(b, s.get());
        QCOMPARE(againB.formats(), QList<Export::Format> {Export::Format::Json});
        QCOMPARE(againB.timeZoneId(), QString()); // the system's
        QVERIFY(!againB.openWhenDone());
        QVERIFY(!againB.downloadAttachments());
    }

    void screenshot()
    {
        auto s = settings(u"shot"_s);
        ExportDialog dialog(fullContext(), s.get());
        dialog.setFormats({Export::Format::Csv, Export::Format::Html, Export::Format::Pdf});
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(u"export-dialog.png"_s);
        QVERIFY(dialog.grab().save(path));
    }

    void splitOnlyForSeveralStreams()
    {
        auto s = settings(u"split"_s);
        ExportDialog::Context c = fullContext();
        ExportDialog one(c, s.get());
        one.setScope(ExportDialog::Scope::Streams);
        QCheckBox *split = nullptr;
        for (QCheckBox *box : one.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"per stream"_s))
                split = box;
        }
        QVERIFY(split);
        QVERIFY(!split->isEnabled());
        c.streamIds = {u"S1"_s, u"S2"_s};
        c.streamTitles = c.streamIds;
        ExportDialog two(c, s.get());
        two.setScope(ExportDialog::Scope::Streams);
        for (QCheckBox *box : two.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"per stream"_s)) {
                QVERIFY(box->isEnabled());
                box->setChecked(true);
            }
        }
        QVERIFY(two.exportSettings().split);
    }
};

INSPECTOR_TEST_MAIN(ExportDialogTest)

#include "tst_exportdialog.moc"
