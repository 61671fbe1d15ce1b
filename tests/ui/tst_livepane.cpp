// SPDX-License-Identifier: Apache-2.0
// The Live tab against the demo pod, offscreen.
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/faketimesource.h"
#include "common/testsuite.h"
#include "data/event.h"
#include "demodata.h"
#include "demopodserver.h"
#include "live/liveeventmodel.h"
#include "live/livepane.h"

using namespace Inspector;
using namespace Inspector::Ui;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;

class LivePaneTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    FakeTimeSource m_time;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    /** Waits until the pane's model counted @p n events (the script's ten arrive in three batches). */
    static bool waitForEvents(LivePane &pane, qint64 n)
    {
        QSignalSpy counters(pane.model(), &Live::LiveEventModel::countersChanged);
        while (pane.model()->totalEvents() < n) {
            if (!counters.wait(20000))
                return false;
        }
        return true;
    }

    /**
     * Clicks "Export capture…", answers the file dialog with @p path and waits for the export.
     * The click must return with the dialog still open: a dialog run with exec() or a static
     * getter would block here instead.
     */
    static ApiError exportThroughDialog(LivePane &pane, const QString &path)
    {
        QPushButton *button = nullptr;
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text().startsWith(u"Export"_s))
                button = b;
        }
        if (!button || !button->isEnabled())
            return ApiError::fromLocal(LocalError(u"no enabled export button"_s));
        QSignalSpy finished(&pane, &LivePane::exportFinished);
        button->click();
        QFileDialog *dialog = nullptr; // an earlier one may wait for its deferred deletion
        for (QFileDialog *d : pane.findChildren<QFileDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        if (!dialog || dialog->acceptMode() != QFileDialog::AcceptSave)
            return ApiError::fromLocal(LocalError(u"no open save dialog"_s));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // the user presses Save
        if (!finished.isEmpty())
            return ApiError::fromLocal(LocalError(u"the export ran within the dialog's answer"_s));
        if (pane.runningExports() != 1 || button->isEnabled())
            return ApiError::fromLocal(LocalError(u"the export is not running"_s));
        if (!finished.wait(20000))
            return ApiError::fromLocal(LocalError(u"the export did not finish"_s));
        if (!button->isEnabled())
            return ApiError::fromLocal(LocalError(u"the export button stayed disabled"_s));
        return finished.first().first().value<ApiError>();
    }

private Q_SLOTS:
    void init()
    {
        DemoPod::Config config;
        config.streams = 10;
        config.messagesPerStream = 40;
        config.longPollMs = 20;
        m_pod = TestSupport::startPod(config);
        m_client = TestSupport::botClient(*m_pod, {&m_time, ApiClientOptions().timeoutMs});
    }

    void cleanup()
    {
        m_client.reset();
        m_pod.reset();
    }

    void typePickerOffersEveryRealTimeType()
    {
        LivePane pane;
        QCOMPARE(pane.selectedTypes(), Event::realTimeTypes());
        auto *button = pane.findChild<QToolButton *>();
        QVERIFY(button && button->menu());
        int checkable = 0;
        for (const QAction *a : button->menu()->actions())
            checkable += a->isCheckable();
        QCOMPARE(checkable, 17);
        pane.setSelectedTypes({u"ROOMCREATED"_s});
        QCOMPARE(pane.selectedTypes(), QStringList {u"ROOMCREATED"_s});
    }

    void datafeedEventsCountersFiltersAndExport()
    {
        LivePane pane;
        pane.setClient(m_client.get());
        pane.setCaptureDirectory(m_dir.filePath(u"captures"_s));
        pane.setTag(u"gui-test"_s);
        QSignalSpy selected(&pane, &LivePane::messageSelected);
        pane.start();
        QVERIFY(pane.isRunning());
        QVERIFY(waitForEvents(pane, 10));
        QCOMPARE(pane.model()->rowCount(), 10);
        QVERIFY2(pane.countersText().contains(u"10 events"_s), qPrintable(pane.countersText()));
        QVERIFY2(pane.countersText().contains(u"MESSAGESENT 2"_s), qPrintable(pane.countersText()));
        QVERIFY2(pane.countersText().contains(u"10 in the last minute"_s), qPrintable(pane.countersText()));

        // Filters: by type, then by user.
        auto *types = pane.findChildren<QComboBox *>().at(1);
        types->setCurrentIndex(types->findText(u"USERJOINEDROOM"_s));
        QCOMPARE(pane.proxy()->rowCount(), 1);
        types->setCurrentIndex(0);
        QCOMPARE(pane.proxy()->rowCount(), 10);

        // A message event shows its message.
        pane.view()->setCurrentIndex(pane.proxy()->index(0, 0));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().value<Message>().messageId, QString::fromLatin1(Demo::M1Id));

        // Pause freezes the view only.
        pane.setPaused(true);
        QVERIFY(pane.isPaused());
        QVERIFY(pane.countersText().contains(u"paused"_s));
        pane.setPaused(false);

        pane.stop();
        QVERIFY(!pane.isRunning());
        QVERIFY2(pane.statusText().contains(u"Stopped"_s), qPrintable(pane.statusText()));
        const QString csv = m_dir.filePath(u"live.csv"_s);
        QVERIFY(!exportThroughDialog(pane, csv).isError());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 11);
        QVERIFY(QFile::exists(pane.capturePath()));
    }

    void noTypeIsAnError()
    {
        LivePane pane;
        pane.setClient(m_client.get());
        pane.setCaptureDirectory(m_dir.filePath(u"captures"_s));
        pane.setDatahose(true);
        pane.setSelectedTypes({});
        QSignalSpy errors(&pane, &LivePane::errorOccurred);
        pane.start();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!pane.isRunning());
        QVERIFY(pane.statusText().contains(u"at least one"_s));
        QSignalSpy finished(&pane, &LivePane::exportFinished);
        pane.exportCapture(m_dir.filePath(u"x.csv"_s), Export::Format::Csv);
        QCOMPARE(finished.size(), 0); // never from within the call
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<ApiError>().isError());
        QCOMPARE(errors.size(), 2);
    }

    void exportRunsOffTheGuiThreadAndShowsErrors()
    {
        LivePane pane;
        pane.setClient(m_client.get());
        pane.setCaptureDirectory(m_dir.filePath(u"captures"_s));
        pane.setTag(u"gui-export-test"_s);
        pane.start();
        QVERIFY(waitForEvents(pane, 10));

        // While the session still runs: the export reads the capture as it was when asked.
        const QString jsonl = m_dir.filePath(u"running.jsonl"_s);
        QSignalSpy errors(&pane, &LivePane::errorOccurred);
        QVERIFY(!exportThroughDialog(pane, jsonl).isError());
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 10);
        QVERIFY2(pane.statusText().contains(u"Exported 10 events"_s), qPrintable(pane.statusText()));
        pane.stop();

        // A directory that cannot be written to: the error reaches the status line and the window.
        const QString unwritable = m_dir.filePath(u"missing/folder/out.json"_s);
        const ApiError error = exportThroughDialog(pane, unwritable);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(unwritable), qPrintable(error.message));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(pane.statusText(), error.message);
        QVERIFY(!QFile::exists(unwritable));
    }

    void datahoseExplainsCeserviceDown()
    {
        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, u"credentials not configured"_s));
        LivePane pane;
        pane.setClient(m_client.get());
        pane.setCaptureDirectory(m_dir.filePath(u"captures"_s));
        pane.setDatahose(true);
        pane.start();
        QVERIFY(pane.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(pane.statusText().contains(u"ceservice"_s), 20000);
        pane.stop();
        QVERIFY(!pane.isRunning());
    }

    void datahose400IsReported()
    {
        DemoPod::Fault fault;
        fault.method = "POST";
        fault.pathPattern = u"/agent/v5/events/read"_s;
        fault.status = 400;
        fault.body = R"({"code":400,"message":"Not entitled"})";
        m_pod->addFault(fault);
        LivePane pane;
        pane.setClient(m_client.get());
        pane.setCaptureDirectory(m_dir.filePath(u"captures"_s));
        pane.setDatahose(true);
        QSignalSpy errors(&pane, &LivePane::errorOccurred);
        pane.start();
        QVERIFY(errors.wait(20000));
        QVERIFY(errors.first().first().value<ApiError>().message.contains(u"Not entitled"_s));
        QVERIFY(!pane.isRunning());
        QVERIFY(pane.statusText().contains(u"Not entitled"_s));
    }
};

INSPECTOR_TEST_MAIN(LivePaneTest)
#include "tst_livepane.moc"
