// SPDX-License-Identifier: Apache-2.0
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "common/testsuite.h"
#include "shell/syncdialog.h"

using namespace Qt::StringLiterals;
using Inspector::Ui::SyncDialog;
using Scope = Inspector::Archive::SyncOptions::Scope;

/** @brief Archive > Sync…'s dialog: what it offers, what it refuses, what it remembers per profile. */
class SyncDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name + u".ini"_s), QSettings::IniFormat);
    }

    static SyncDialog::Context context(const QString &profile, const QStringList &streams = {})
    {
        return {profile + u"-id"_s, profile, streams};
    }

    static QPushButton *okButton(SyncDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    template<typename T> static T *named(SyncDialog &dialog, const QString &accessibleName)
    {
        for (T *w : dialog.findChildren<T *>()) {
            if (w->accessibleName() == accessibleName)
                return w;
        }
        return nullptr;
    }

    static QCheckBox *box(SyncDialog &dialog, const QString &text)
    {
        for (QCheckBox *b : dialog.findChildren<QCheckBox *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void defaults()
    {
        auto s = settings(u"defaults"_s);
        SyncDialog dialog(context(u"Prod: EMEA/1"_s), s.get());
        // <profile name>.sqlite in the application's data folder, a file name on every system.
        QCOMPARE(dialog.archive(),
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(u"Prod_ EMEA_1.sqlite"_s));
        QCOMPARE(SyncDialog::defaultArchive(u"../.."_s).endsWith(u"/_.._.sqlite"_s), false);
        QVERIFY(!QFileInfo(SyncDialog::defaultArchive(u"../x"_s)).fileName().contains(u'/'));
        // No stream chosen in the pane: "these streams" is off, "my streams" is the choice.
        QVERIFY(!dialog.isScopeEnabled(Scope::Streams));
        QCOMPARE(dialog.scope(), Scope::Mine);
        const Inspector::Archive::SyncOptions o = dialog.syncOptions();
        const Inspector::Archive::SyncOptions defaults;
        QCOMPARE(o.scope, Scope::Mine);
        QVERIFY(o.types.isEmpty());
        QCOMPARE(o.since, 0);
        QCOMPARE(o.lookbackMs, defaults.lookbackMs);
        QCOMPARE(o.concurrency, 4);
        QVERIFY(!o.members);
        QVERIFY(!o.receipts);
        QVERIFY(okButton(dialog)->isEnabled());
        QCheckBox *attachments = box(dialog, u"Attachments"_s);
        QVERIFY(attachments);
        QVERIFY(attachments->isEnabled());
        QVERIFY(!o.attachments);
        auto *concurrency = named<QSpinBox>(dialog, u"Streams read at once"_s);
        QVERIFY(concurrency);
        QCOMPARE(concurrency->minimum(), 1);
        QCOMPARE(concurrency->maximum(), 16);
    }

    void okNeedsAnArchive_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u"   "_s << false;
        QTest::newRow("file") << u"/tmp/a.sqlite"_s << true;
        QTest::newRow("postgres") << u"postgresql://me@db.example/archive"_s << true;
        QTest::newRow("password in url") << u"postgresql://me:secret@db.example/archive"_s << false;
    }

    void okNeedsAnArchive()
    {
        QFETCH(QString, archive);
        QFETCH(bool, ok);
        auto s = settings(u"ok-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        SyncDialog dialog(context(u"P"_s), s.get());
        dialog.setArchive(archive);
        QCOMPARE(okButton(dialog)->isEnabled(), ok);
        QCOMPARE(dialog.problem().isEmpty(), ok);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, ok);
        // Nothing refused is remembered (a password above all).
        QCOMPARE(s->allKeys().isEmpty(), !ok);
        if (ok)
            QCOMPARE(
                dialog.location().display(), Inspector::Archive::Location::parse(archive).value().display());
    }

    void scopesAndTypes()
    {
        auto s = settings(u"scopes"_s);
        SyncDialog dialog(context(u"P"_s, {u"S1"_s, u"S2"_s}), s.get());
        // Streams chosen in the pane: they are the first choice, synced whatever their type.
        QVERIFY(dialog.isScopeEnabled(Scope::Streams));
        QCOMPARE(dialog.scope(), Scope::Streams);
        QCheckBox *im = named<QCheckBox>(dialog, u"Stream type IM"_s);
        QVERIFY(im);
        QVERIFY(!im->isEnabled());
        im->setChecked(false);
        QCOMPARE(dialog.syncOptions().streams, (QStringList {u"S1"_s, u"S2"_s}));
        QVERIFY(dialog.syncOptions().types.isEmpty());

        dialog.setScope(Scope::Admin);
        QVERIFY(im->isEnabled());
        QCOMPARE(dialog.syncOptions().types, (QStringList {u"MIM"_s, u"ROOM"_s, u"POST"_s}));
        QVERIFY(dialog.syncOptions().streams.isEmpty());
        for (const QString &t : {u"MIM"_s, u"ROOM"_s, u"POST"_s})
            named<QCheckBox>(dialog, u"Stream type "_s + t)->setChecked(false);
        QVERIFY(!okButton(dialog)->isEnabled()); // no type at all
        im->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void choicesAreRememberedPerProfile()
    {
        auto s = settings(u"remembered"_s);
        {
            SyncDialog dialog(context(u"Alpha"_s, {u"S1"_s}), s.get());
            dialog.setArchive(u"postgresql://me@db.example:5433/alpha"_s);
            dialog.setScope(Scope::Admin);
            named<QCheckBox>(dialog, u"Stream type POST"_s)->setChecked(false);
            box(dialog, u"Include inactive streams"_s)->setChecked(true);
            box(dialog, u"Only messages since"_s)->setChecked(true);
            named<QDateEdit>(dialog, u"Oldest message date"_s)->setDate(QDate(2024, 3, 1));
            named<QSpinBox>(dialog, u"Look-back in days"_s)->setValue(30);
            named<QSpinBox>(dialog, u"Streams read at once"_s)->setValue(9);
            box(dialog, u"Members of each stream"_s)->setChecked(true);
            box(dialog, u"Attachments"_s)->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        {
            SyncDialog dialog(context(u"Alpha"_s), s.get());
            QCOMPARE(dialog.archive(), u"postgresql://me@db.example:5433/alpha"_s);
            const Inspector::Archive::SyncOptions o = dialog.syncOptions();
            QCOMPARE(o.scope, Scope::Admin);
            QCOMPARE(o.types, (QStringList {u"IM"_s, u"MIM"_s, u"ROOM"_s}));
            QVERIFY(o.includeInactive);
            QCOMPARE(
                o.since, QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
            QCOMPARE(o.lookbackMs, 30LL * 24 * 3600 * 1000);
            QCOMPARE(o.concurrency, 9);
            QVERIFY(o.members);
            QVERIFY(!o.receipts);
            QVERIFY(o.attachments);
        }
        {
            // Another profile has its own choices: the defaults.
            SyncDialog dialog(context(u"Beta"_s), s.get());
            QVERIFY(dialog.archive().endsWith(u"Beta.sqlite"_s));
            QCOMPARE(dialog.scope(), Scope::Mine);
            QCOMPARE(dialog.syncOptions().concurrency, 4);
        }
        {
            // A cancelled dialog remembers nothing.
            SyncDialog dialog(context(u"Alpha"_s), s.get());
            named<QSpinBox>(dialog, u"Streams read at once"_s)->setValue(2);
            dialog.reject();
            SyncDialog again(context(u"Alpha"_s), s.get());
            QCOMPARE(again.syncOptions().concurrency, 9);
        }
        // Nothing secret in the file.
        s->sync();
        QFile file(s->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret"));
    }
};

INSPECTOR_TEST_MAIN(SyncDialogTest)

#include "tst_syncdialog.moc"
