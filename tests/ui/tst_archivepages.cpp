// SPDX-License-Identifier: Apache-2.0
// The pages over an archive: Changes (a demo-pod archive edited between two syncs), the activity
// strip (counts and gaps against SQL, selection with the mouse), and the Overview (counts against
// SQL). Every read goes through a ReadThread, as in the window.
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "archive/activitystrip.h"
#include "archive/changespage.h"
#include "archive/overviewpage.h"
#include "archive/readthread.h"
#include "browse/messagespane.h"
#include "cli/clitestsupport.h"
#include "common/plaintext.h"
#include "common/postgresfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "itemmodels/busiestmodel.h"
#include "itemmodels/changesmodel.h"
#include "itemmodels/modelroles.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "shell/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
using namespace Inspector::Ui;
using Archive::Change;

namespace {

/// A double-click as a user makes it: a click, then the second press.
void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

constexpr qint64 Day = 86400000;
const QString RatesDesk = QString::fromLatin1(DemoPod::Demo::RatesDeskStreamId);

/// The rows of @p sql on the archive at @p path (a connection of the test's own).
QList<QVariantList> rowsOf(const QString &path, const QString &sql, const QVariantList &values = {})
{
    QList<QVariantList> rows;
    static int n = 0;
    const QString name = u"test-%1"_s.arg(++n);
    {
        QSqlDatabase db = TestSupport::archiveConnection(Archive::Location::parse(path).value(), name, false);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        if (!q.prepare(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            rows.append(row);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/// A palette like a dark desktop theme's.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

QList<Archive::ActivityDay> syntheticDays(int count, QDate first, qint64 perDay = 3)
{
    QList<Archive::ActivityDay> days;
    const qint64 start = first.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        Archive::ActivityDay d;
        d.dayStart = start + i * Day;
        d.messages = (i * perDay) % 11;
        d.covered = i % 50 < 5 ? Archive::CoverageRow::Covered::No : Archive::CoverageRow::Covered::Yes;
        days.append(d);
    }
    return days;
}

} // namespace

class TestArchivePages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliTest::CliPod m_pod;
    QString m_archive;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    QString m_postgresArchive; ///< the same pod, synced once into PostgreSQL after the edits
    QString m_edited; ///< the new version of M2 (an edit)
    QString m_late; ///< a message added between the syncs

    QString screenshotDir() const
    {
        const QString dir = qEnvironmentVariable("INSPECTOR_SCREENSHOT_DIR");
        return dir.isEmpty() ? m_dir.path() : dir;
    }

    /// Waits for @p page's next loaded() after @p action.
    template<typename Page, typename Action> static bool loadedAfter(Page &page, Action action)
    {
        QSignalSpy loaded(&page, &Page::loaded);
        action();
        return loaded.wait(20000) || !loaded.isEmpty();
    }

    /// The model's shown changes of @p kind, by their messageId / userId / after.
    static QStringList idsOf(const ChangesModel &model, Change::Kind kind)
    {
        QStringList ids;
        for (const Change &c : model.shownChanges()) {
            if (c.kind != kind)
                continue;
            ids.append(!c.messageId.isEmpty() ? Ids::normalized(c.messageId)
                    : c.userId                ? QString::number(c.userId)
                                              : c.after);
        }
        ids.sort();
        return ids;
    }

    static QModelIndex rowOf(const ChangesModel &model, Change::Kind kind)
    {
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex i = model.index(r, 0, group);
                if (model.changeAt(i)->kind == kind)
                    return i;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        RichTextGuard::install();
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.streams = 5;
        config.messagesPerStream = 60;
        config.messagesPerFiller = 150; // 37 minutes apart: a few days each
        QVERIFY(m_pod.start(config));
        m_archive = m_dir.filePath(u"changes.sqlite"_s);
        const QStringList sync = m_pod.connection()
            + QStringList {u"--json"_s, u"archive"_s, u"sync"_s, m_archive, u"--members"_s, u"--lookback"_s,
                u"P3650D"_s};
        const CliTest::CliRun first = CliTest::run(sync);
        QVERIFY2(first.code == 0, qPrintable(CliTest::describe(first)));

        using namespace DemoPod;
        m_edited = m_pod.server->editMessage(QString::fromLatin1(Demo::M2Id), u"<p>rates at 4.10</p>"_s);
        QVERIFY(!m_edited.isEmpty());
        QVERIFY(
            m_pod.server->changeMessageContent(QString::fromLatin1(Demo::M3Id), u"<p>now readable</p>"_s));
        QVERIFY(m_pod.server->suppressMessage(QString::fromLatin1(Demo::M4Id)));
        QVERIFY(m_pod.server->removeMessage(QString::fromLatin1(Demo::M1Id)));
        QVERIFY(m_pod.server->addMember(RatesDesk, Demo::CarolId));
        QVERIFY(m_pod.server->removeMember(RatesDesk, Demo::BobId));
        QVERIFY(m_pod.server->setOwner(RatesDesk, Demo::AliceId, false));
        QVERIFY(m_pod.server->renameRoom(RatesDesk, u"Rates Desk EMEA"_s));
        m_late = m_pod.server->addMessage(RatesDesk, Demo::M1Timestamp - 60000, u"<p>late arrival</p>"_s);
        QVERIFY(!m_late.isEmpty());

        const CliTest::CliRun second = CliTest::run(sync);
        QVERIFY2(second.code == 0, qPrintable(CliTest::describe(second)));

        // The same SQL on PostgreSQL (the Overview's counts).
        m_postgres = std::make_unique<TestSupport::PostgresServer>();
        const QString error = m_postgres->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString dbError;
        const QString database = m_postgres->createDatabase(&dbError);
        QVERIFY2(!database.isEmpty(), qPrintable(dbError));
        m_postgresArchive = m_postgres->url(database);
        QStringList toPostgres = sync;
        toPostgres[toPostgres.indexOf(m_archive)] = m_postgresArchive;
        const CliTest::CliRun pg = CliTest::run(toPostgres);
        QVERIFY2(pg.code == 0, qPrintable(CliTest::describe(pg)));
    }
    void cleanupTestCase() { m_postgres.reset(); }

    void changesPageShowsWhatChangedBetweenTheLastTwoSyncs()
    {
        Archive::ReadThread archive(Archive::Location::parse(m_archive).value());
        ChangesPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.resize(1100, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loadedAfter(page, [&] { page.setArchive(&archive); }));
        QCOMPARE(page.fromRun(), 1);
        QCOMPARE(page.toRun(), 2);
        QCOMPARE(page.toPicker()->count(), 2); // the sync runs
        QCOMPARE(page.fromPicker()->count(), 3); // and "before the first sync"

        const ChangesModel &model = *page.model();
        using K = Change::Kind;
        using namespace DemoPod;
        QStringList edited {Ids::normalized(m_edited), QString::fromLatin1(Demo::M3Id)};
        edited.sort();
        QCOMPARE(idsOf(model, K::MessageEdited), edited);
        QCOMPARE(idsOf(model, K::MessageSuppressed), QStringList {QString::fromLatin1(Demo::M4Id)});
        QCOMPARE(idsOf(model, K::MessageMissing), QStringList {QString::fromLatin1(Demo::M1Id)});
        QCOMPARE(idsOf(model, K::MessageNew), QStringList {Ids::normalized(m_late)});
        QCOMPARE(idsOf(model, K::MemberJoined), QStringList {QString::number(Demo::CarolId)});
        QCOMPARE(idsOf(model, K::MemberLeft), QStringList {QString::number(Demo::BobId)});
        QCOMPARE(idsOf(model, K::OwnerChanged), QStringList {QString::number(Demo::AliceId)});
        QCOMPARE(idsOf(model, K::StreamRenamed), QStringList {u"Rates Desk EMEA"_s});
        QCOMPARE(model.totalChanges(), 9);

        // Grouped, in the groups' order, each headed with its count.
        QList<int> groups;
        for (int g = 0; g < model.rowCount(); ++g)
            groups.append(model.groupAt(model.index(g, 0)));
        using G = ChangesModel::Group;
        QCOMPARE(groups,
            (QList<int> {int(G::StreamChanges), int(G::Members), int(G::Edited), int(G::Suppressed),
                int(G::Missing), int(G::NewMessages)}));
        QCOMPARE(model.index(1, 0).data().toString(), u"%1 (3)"_s.arg(ChangesModel::groupTitle(G::Members)));
        // Members are named as the archive knows them, not by number.
        const QModelIndex joined = rowOf(model, K::MemberJoined);
        const QString carol = joined.siblingAtColumn(ChangesModel::SubjectColumn).data().toString();
        QVERIFY2(!carol.isEmpty() && !carol.contains(QString::number(Demo::CarolId)), qPrintable(carol));

        // Filters: by kind, by stream.
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(int(G::Members)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        page.kindFilter()->setCurrentIndex(0);
        QCOMPARE(model.shownChanges().size(), 9);
        const int desk = page.streamFilter()->findData(Ids::normalized(RatesDesk));
        QVERIFY(desk > 0);
        QCOMPARE(page.streamFilter()->itemText(desk), u"Rates Desk EMEA"_s);
        page.streamFilter()->setCurrentIndex(desk);
        QCOMPARE(model.shownChanges().size(), 9);
        page.model()->setStreamFilter(QString::fromLatin1(Demo::CrossPodStreamId));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(page.statusText().contains(u"0 of 9 shown"_s));
        page.streamFilter()->setCurrentIndex(0);
        page.model()->setStreamFilter({});
        QCOMPARE(model.shownChanges().size(), 9);

        // A double-click jumps: to the message of a message change, to the stream of the others.
        QSignalSpy openMessage(&page, &ChangesPage::openMessage);
        QSignalSpy openStream(&page, &ChangesPage::openStream);
        const QModelIndex suppressed = rowOf(model, K::MessageSuppressed);
        doubleClick(page.view(), suppressed);
        QCOMPARE(openMessage.size(), 1);
        QCOMPARE(openMessage.first().at(0).toString(), Ids::toUrlSafe(RatesDesk));
        QCOMPARE(openMessage.first().at(1).toString(), Ids::toUrlSafe(QString::fromLatin1(Demo::M4Id)));
        const QModelIndex left = rowOf(model, K::MemberLeft);
        doubleClick(page.view(), left);
        QCOMPARE(openStream.size(), 1);
        QCOMPARE(openStream.first().at(0).toString(), Ids::toUrlSafe(RatesDesk));
        QCOMPARE(openMessage.size(), 1);

        page.grab().save(QDir(screenshotDir()).filePath(u"changes-light.png"_s));
        page.setPalette(darkPalette());
        page.grab().save(QDir(screenshotDir()).filePath(u"changes-dark.png"_s));

        // Other runs: everything from the empty archive on; and a pair in the wrong order.
        QVERIFY(loadedAfter(page, [&] { page.showRuns(0, 2); }));
        QVERIFY(idsOf(model, K::StreamAdded).size() >= 5);
        QVERIFY(model.totalChanges() > 300);
        QVERIFY(loadedAfter(page, [&] { page.showRuns(2, 1); }));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(page.statusText().contains(u"earlier run"_s));
        QVERIFY(loadedAfter(page, [&] { page.showRuns(1, 2); }));
        QCOMPARE(model.totalChanges(), 9);

        // No archive: cleared.
        page.setArchive(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(page.toPicker()->count(), 0);
    }

    void theWindowShowsThePagesOfItsArchive()
    {
        // The Overview and Changes tabs come with an archive open in the window, read from it, jump
        // to what they name, and go with it.
        QSettings settings(m_dir.filePath(u"window.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore secrets;
        MainWindow window(&settings, &profiles, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *pages = window.pages();
        auto visible = [pages](QWidget *page) { return pages->isTabVisible(pages->indexOf(page)); };
        QVERIFY(!visible(window.overviewPage()));
        QVERIFY(!visible(window.changesPage()));

        QSignalSpy opened(&window, &MainWindow::archiveOpened);
        window.openArchive(m_archive);
        QVERIFY(opened.wait(10000));
        QVERIFY(!opened.first().first().value<ApiError>().isError());
        QVERIFY(visible(window.overviewPage()));
        QVERIFY(visible(window.changesPage()));
        QCOMPARE(window.overviewPage()->archive(), window.archive());
        QCOMPARE(window.changesPage()->archive(), window.archive());
        const ChangesModel &model = *window.changesPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model.totalChanges(), 9, 10000);

        // A double-click on a message change opens its stream and the message.
        pages->setCurrentWidget(window.changesPage());
        window.changesPage()->view()->expandAll();
        doubleClick(window.changesPage()->view(), rowOf(model, Change::Kind::MessageSuppressed));
        QVERIFY(pages->currentWidget() != window.changesPage());
        QCOMPARE(window.messagesPane()->currentStreamId(), Ids::normalized(RatesDesk));

        // Closed with the archive.
        window.disconnectSession();
        QVERIFY(!visible(window.overviewPage()));
        QVERIFY(!visible(window.changesPage()));
        QVERIFY(!window.changesPage()->archive());
        QCOMPARE(model.rowCount(), 0);

        // "Show changes" after a sync from the window: the page reads that archive on its own.
        window.showChanges(m_archive);
        QVERIFY(visible(window.changesPage()));
        QCOMPARE(pages->currentWidget(), window.changesPage());
        QVERIFY(window.changesPage()->archive());
        QVERIFY(!window.archive());
        QTRY_COMPARE_WITH_TIMEOUT(model.totalChanges(), 9, 10000);
    }

    void changesExportIsTheCliDiff()
    {
        Archive::ReadThread archive(Archive::Location::parse(m_archive).value());
        ChangesPage page;
        QVERIFY(loadedAfter(page, [&] { page.setArchive(&archive); }));
        QCOMPARE(page.model()->totalChanges(), 9);

        const QString json = m_dir.filePath(u"changes.json"_s);
        QSignalSpy exported(&page, &ChangesPage::exportFinished);
        page.exportTo(json);
        QVERIFY(exported.wait(10000));
        auto report = exported.first().first().value<Export::RecordExportReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QCOMPARE(report.records, 9);
        const QJsonArray written = QJsonDocument::fromJson(CliTest::readFile(json)).array();
        QCOMPARE(written.size(), 9);

        // The same records as `archive diff --json`, members named besides.
        const CliTest::CliRun diff = CliTest::run({u"--json"_s, u"archive"_s, u"diff"_s, m_archive});
        QVERIFY2(diff.code == 0, qPrintable(CliTest::describe(diff)));
        QSet<QByteArray> cli, page_;
        for (const QJsonValue &v : diff.json())
            cli.insert(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        int named = 0;
        for (const QJsonValue &v : written) {
            QJsonObject o = v.toObject();
            named += o.contains(u"userName"_s);
            o.remove(u"userName"_s);
            page_.insert(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(page_, cli);
        QCOMPARE(named, 3);

        // CSV: what is shown after filtering, one line each under the header.
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(int(ChangesModel::Group::Members)));
        const QString csv = m_dir.filePath(u"members.csv"_s);
        exported.clear();
        page.exportTo(csv);
        QVERIFY(exported.wait(10000));
        report = exported.first().first().value<Export::RecordExportReport>();
        QCOMPARE(report.records, 3);
        const QList<QByteArray> lines = CliTest::readFile(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().contains("change"));
        QVERIFY(lines.first().contains("userName"));
    }

    void activityCountsAndGapsMatchSql()
    {
        // A copy of the archive whose Rates Desk passes left a hole: days no sync read.
        const QString gapped = m_dir.filePath(u"gapped.sqlite"_s);
        rowsOf(m_archive, u"VACUUM INTO '%1'"_s.arg(gapped));
        const QString id = Ids::normalized(RatesDesk);
        const QList<QVariantList> span
            = rowsOf(gapped, u"SELECT MIN(from_ts), MAX(to_ts) FROM coverage WHERE stream_id = ?"_s, {id});
        const qint64 from = span.at(0).at(0).toLongLong();
        const qint64 to = span.at(0).at(1).toLongLong();
        const qint64 oldest = rowsOf(gapped, u"SELECT MIN(ts) FROM message WHERE stream_id = ?"_s, {id})
                                  .at(0)
                                  .at(0)
                                  .toLongLong();
        // The days run from the oldest message's (the passes read from long before it).
        const qint64 firstDay = Archive::Analysis::periodStart(oldest, Archive::Analysis::Period::Day);
        const qint64 lastDay = Archive::Analysis::periodStart(to, Archive::Analysis::Period::Day);
        const int dayCount = int((lastDay - firstDay) / Day) + 1;
        QVERIFY2(dayCount > 30, qPrintable(QString::number(dayCount)));
        const qint64 holeFrom = firstDay + 10 * Day;
        const qint64 holeTo = firstDay + 20 * Day; // exclusive
        rowsOf(gapped, u"DELETE FROM coverage WHERE stream_id = ?"_s, {id});
        rowsOf(gapped,
            u"INSERT INTO coverage (stream_id, run_id, from_ts, to_ts, complete) VALUES (?, 1, ?, ?, 1)"_s,
            {id, from, holeFrom - 1});
        rowsOf(gapped,
            u"INSERT INTO coverage (stream_id, run_id, from_ts, to_ts, complete) VALUES (?, 2, ?, ?, 1)"_s,
            {id, holeTo, to});

        // What SQL says: messages per day.
        QMap<qint64, qint64> perDay;
        for (const QVariantList &row : rowsOf(gapped, u"SELECT ts FROM message WHERE stream_id = ?"_s, {id}))
            ++perDay[Archive::Analysis::periodStart(row.at(0).toLongLong(), Archive::Analysis::Period::Day)];

        Archive::ReadThread archive(Archive::Location::parse(gapped).value());
        ActivityStrip strip;
        strip.resize(dayCount * 3 + 4, strip.sizeHint().height());
        QVERIFY(loadedAfter(strip, [&] {
            strip.setArchive(&archive);
            strip.setStream(Ids::toUrlSafe(RatesDesk));
        }));
        QCOMPARE(strip.days().size(), dayCount);
        qint64 total = 0;
        for (int i = 0; i < strip.days().size(); ++i) {
            const Archive::ActivityDay &d = strip.days().at(i);
            QCOMPARE(d.dayStart, firstDay + i * Day);
            QCOMPARE(d.messages, perDay.value(d.dayStart));
            const bool inHole = d.dayStart >= holeFrom && d.dayStart < holeTo;
            QCOMPARE(d.covered == Archive::CoverageRow::Covered::No, inHole);
            total += d.messages;
        }
        QCOMPARE(total,
            rowsOf(gapped, u"SELECT COUNT(*) FROM message WHERE stream_id = ?"_s, {id})
                .at(0)
                .at(0)
                .toLongLong());
        QCOMPARE(strip.binSize(), ActivityStrip::BinSize::Day);
        QVERIFY(strip.binText(10).contains(u"No sync"_s));
        strip.grab().save(QDir(screenshotDir()).filePath(u"strip-gap-light.png"_s));
        strip.setPalette(darkPalette());
        strip.grab().save(QDir(screenshotDir()).filePath(u"strip-gap-dark.png"_s));
        QVERIFY(strip.accessibleDescription().contains(u"no sync read: 10."_s));

        // Every stream: the archive's messages, all of them.
        QVERIFY(loadedAfter(strip, [&] { strip.setStream({}); }));
        total = 0;
        for (const Archive::ActivityDay &d : strip.days())
            total += d.messages;
        QCOMPARE(total, rowsOf(gapped, u"SELECT COUNT(*) FROM message"_s).at(0).at(0).toLongLong());
    }

    void stripSelectsDaysWithTheMouse()
    {
        QWidget window;
        auto *strip = new ActivityStrip(&window);
        window.resize(30 * 10 + 4, 80);
        strip->setGeometry(0, 0, 30 * 10 + 4, strip->sizeHint().height());
        const QDate first(2026, 3, 1);
        strip->setDays(syntheticDays(30, first));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(strip->binSize(), ActivityStrip::BinSize::Day);
        QCOMPARE(strip->bins().size(), 30);
        QVERIFY(strip->sizeHint().height() >= 48 && strip->sizeHint().height() <= 64);
        QVERIFY(!strip->accessibleName().isEmpty());
        QVERIFY(!strip->accessibleDescription().isEmpty());

        QSignalSpy selected(strip, &ActivityStrip::daysSelected);
        QTest::mousePress(strip, Qt::LeftButton, {}, strip->binRect(9).center());
        QTest::mouseMove(strip, strip->binRect(12).center());
        QTest::mouseMove(strip, strip->binRect(5).center());
        QTest::mouseRelease(strip, Qt::LeftButton, {}, strip->binRect(5).center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.last().at(0).toDate(), first.addDays(5));
        QCOMPARE(selected.last().at(1).toDate(), first.addDays(9));
        QCOMPARE(strip->selectedFrom(), first.addDays(5));

        // Esc clears.
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Escape);
        QCOMPARE(selected.size(), 2);
        QVERIFY(!selected.last().at(0).toDate().isValid());
        QVERIFY(!strip->selectedFrom().isValid());

        // A click selects one day; a click below the bars clears.
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->binRect(20).center());
        QCOMPARE(selected.size(), 3);
        QCOMPARE(selected.last().at(0).toDate(), first.addDays(20));
        QCOMPARE(selected.last().at(1).toDate(), first.addDays(20));
        QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() - 2));
        QCOMPARE(selected.size(), 4);
        QVERIFY(!selected.last().at(1).toDate().isValid());

        // Ten years in 304 pixels: one bar per month, and a click selects the whole month.
        strip->setDays(syntheticDays(3653, QDate(2016, 1, 1)));
        QCOMPARE(strip->binSize(), ActivityStrip::BinSize::Month);
        QCOMPARE(strip->bins().size(), 120);
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->binRect(13).center());
        QCOMPARE(selected.last().at(0).toDate(), QDate(2017, 2, 1));
        QCOMPARE(selected.last().at(1).toDate(), QDate(2017, 2, 28));
        QVERIFY(strip->binText(13).contains(u"2017"_s));
        // One year: weeks.
        strip->setDays(syntheticDays(365, QDate(2025, 1, 1)));
        QCOMPARE(strip->binSize(), ActivityStrip::BinSize::Week);
        QCOMPARE(strip->bins().at(1).firstDay, 5); // 2025-01-06 was a Monday
        QCOMPARE(strip->bins().at(1).lastDay, 11);
        strip->grab().save(QDir(screenshotDir()).filePath(u"strip-weeks.png"_s));
    }

    void serverTextIsPlainText()
    {
        const QString hostile = u"<img src=\"/dev/zero\"><b>Desk</b> & co"_s;
        Change c;
        c.kind = Change::Kind::MessageEdited;
        c.run = 2;
        c.streamId = RatesDesk;
        c.streamName = hostile;
        c.messageId = QString::fromLatin1(DemoPod::Demo::M2Id);
        c.timestamp = DemoPod::Demo::M1Timestamp;
        c.before = hostile;
        c.after = hostile;
        Change m = c;
        m.kind = Change::Kind::MemberJoined;
        m.messageId.clear();
        m.userId = DemoPod::Demo::CarolId;
        ChangesModel changes;
        QAbstractItemModelTester tester(&changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
        changes.setChanges({c, m}, {{m.userId, hostile}});
        BusiestModel busiest(BusiestModel::Kind::Streams);
        QAbstractItemModelTester busiestTester(
            &busiest, QAbstractItemModelTester::FailureReportingMode::Fatal);
        busiest.setRows({{Ids::normalized(RatesDesk), hostile, 3, u"ROOM"_s}});
        int checked = 0;
        auto check = [&](const QAbstractItemModel &model, const QModelIndex &parent, auto &&self) -> void {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                for (int col = 0; col < model.columnCount(parent); ++col) {
                    const QModelIndex i = model.index(r, col, parent);
                    const QString tip = i.data(Qt::ToolTipRole).toString();
                    QVERIFY2(RichTextGuard::isSafeToolTip(tip), qPrintable(tip));
                    checked += i.data().toString() == hostile;
                }
                self(model, model.index(r, 0, parent), self);
            }
        };
        check(changes, {}, check);
        check(busiest, {}, check);
        QCOMPARE(checked, 8); // stream, before, after (twice); the member's name; the busy stream's name
    }

    void overviewCountsMatchSql_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void overviewCountsMatchSql()
    {
        QFETCH(bool, postgres);
        const QString where = postgres ? m_postgresArchive : m_archive;
        Archive::ReadThread archive(Archive::Location::parse(where).value());
        OverviewPage page;
        QAbstractItemModelTester streamsTester(
            page.busiestStreams(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester sendersTester(
            page.busiestSenders(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.resize(1000, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy stripLoaded(page.activity(), &ActivityStrip::loaded);
        QVERIFY(loadedAfter(page, [&] { page.setArchive(&archive); }));
        QVERIFY(stripLoaded.wait(20000) || !stripLoaded.isEmpty());

        const QList<QVariantList> streams = rowsOf(where,
            u"SELECT stream_id, COUNT(*) FROM message GROUP BY stream_id ORDER BY COUNT(*) DESC, stream_id"_s);
        const BusiestModel &top = *page.busiestStreams();
        QCOMPARE(top.rowCount(), std::min<int>(OverviewPage::TopCount, int(streams.size())));
        for (int i = 0; i < top.rowCount(); ++i)
            QCOMPARE(top.index(i, BusiestModel::MessagesColumn).data(ModelRole::RawValue).toLongLong(),
                streams.at(i).at(1).toLongLong());
        QCOMPARE(top.index(0, 0).data(ModelRole::StreamId).toString(),
            Ids::toUrlSafe(streams.at(0).at(0).toString()));

        const QList<QVariantList> senders = rowsOf(where,
            u"SELECT sender_id, COUNT(*) FROM message GROUP BY sender_id ORDER BY COUNT(*) DESC, sender_id"_s);
        const BusiestModel &people = *page.busiestSenders();
        QCOMPARE(people.rowCount(), std::min<int>(OverviewPage::TopCount, int(senders.size())));
        for (int i = 0; i < people.rowCount(); ++i) {
            QCOMPARE(
                people.index(i, 0).data(ModelRole::SenderId).toLongLong(), senders.at(i).at(0).toLongLong());
            QCOMPARE(people.index(i, BusiestModel::MessagesColumn).data(ModelRole::RawValue).toLongLong(),
                senders.at(i).at(1).toLongLong());
            QVERIFY(!people.index(i, 0).data().toString().isEmpty());
        }

        const QString summary = page.summaryText();
        QVERIFY2(summary.contains(m_pod.base()) || summary.contains(QUrl(m_pod.base()).host()),
            qPrintable(summary));
        QVERIFY2(summary.contains(postgres ? u"Sync runs: 1"_s : u"Sync runs: 2"_s), qPrintable(summary));
        QVERIFY2(summary.contains(postgres ? u"run 1"_s : u"run 2"_s), qPrintable(summary));
        const qint64 messages = rowsOf(where, u"SELECT COUNT(*) FROM message"_s).at(0).at(0).toLongLong();
        QVERIFY2(summary.contains(QLocale().toString(messages)), qPrintable(summary));
        qint64 total = 0;
        for (const Archive::ActivityDay &d : page.activity()->days())
            total += d.messages;
        QCOMPARE(total, messages);

        // A double-click on a busy stream jumps to it.
        QSignalSpy open(&page, &OverviewPage::openStream);
        auto *view = page.findChildren<QTableView *>().first();
        doubleClick(view, view->model()->index(0, 0));
        QCOMPARE(open.size(), 1);

        if (postgres)
            return;
        page.grab().save(QDir(screenshotDir()).filePath(u"overview-light.png"_s));
        page.setPalette(darkPalette());
        page.grab().save(QDir(screenshotDir()).filePath(u"overview-dark.png"_s));
    }
};

INSPECTOR_TEST_MAIN(TestArchivePages)
#include "tst_archivepages.moc"
