// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>

#include <memory>

#include "api/apiclient.h"
#include "browse/messagespane.h"
#include "browse/streamspane.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "demodata.h"
#include "demopodserver.h"
#include "detail/detailtabs.h"
#include "detail/safetextbrowser.h"
#include "live/livepane.h"
#include "profiles/profileconnector.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "services/servicecall.h"
#include "services/streamtreeloader.h"
#include "shell/bannerwidget.h"
#include "shell/exportdialog.h"
#include "shell/mainwindow.h"
#include "tools/diagnosticspage.h"
#include "tools/idconverterdialog.h"
#include "tools/profiledialog.h"
#include "tools/profilemanagerdialog.h"
#include "tools/requestlogview.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
using Ui::MainWindow;
namespace Demo = Inspector::DemoPod::Demo;

/// Stands in for the desktop's file opener (QDesktopServices::setUrlHandler): records what is opened.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

/**
 * @brief The real window against the demo pod on the offscreen platform: connect, browse, page,
 * preview safely, export from the dialog, convert ids, shortcuts, remembered state.
 */
class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QList<RequestLogEntry> m_requests;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_settings.get(), m_profiles.get(), m_secrets.get());
        DemoPod::Server *pod = m_pod.get();
        window->setDemoStarter([pod] {
            DemoPodAccess access;
            access.origin = pod->baseUrl();
            access.username = DemoPod::Server::botUsername();
            access.privateKeyPem = DemoPod::Server::botPrivateKeyPem();
            return Result<DemoPodAccess>(access);
        });
        return window;
    }

    bool connectDemo()
    {
        m_window->connectProfile(Profile::demoProfile());
        if (!QTest::qWaitFor([this] { return m_window->client() != nullptr; }, 10000))
            return false;
        connect(m_window->client(), &ApiClient::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_requests.append(entry); });
        return true;
    }

    QAbstractItemModel *messagesModel() const { return m_window->messagesPane()->view()->model(); }

    bool openStream(const char *id)
    {
        const QString streamId = QString::fromLatin1(id);
        if (!QTest::qWaitFor([&] { return m_window->streamsPane()->selectStream(streamId); }, 15000))
            return false;
        return QTest::qWaitFor([this] { return messagesModel() && messagesModel()->rowCount() > 0; }, 15000);
    }

    /// Whether the window's client logged a request whose path ends with @p path.
    bool requested(const QString &path) const
    {
        for (const RequestLogEntry &r : std::as_const(m_requests)) {
            if (r.url.path().endsWith(path))
                return true;
        }
        return false;
    }

    void checkPanesAreFedFrom(const Sources &sources)
    {
        QCOMPARE(m_window->streamsPane()->loader()->streamDirectory(), sources.streams.data());
        QCOMPARE(m_window->streamsPane()->loader()->userDirectory(), sources.users.data());
        QCOMPARE(m_window->messagesPane()->history(), sources.history.data());
        QCOMPARE(m_window->detailTabs()->details(), sources.details.data());
        QCOMPARE(m_window->diagnosticsPage()->diagnostics(), sources.diagnostics.data());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.streams = 6;
        config.messagesPerStream = 600;
        m_pod = TestSupport::startPod(config);
    }

    void init()
    {
        m_requests.clear();
        m_pod->clearFaults();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_window = makeWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_settings.reset();
    }

    void cleanupTestCase() { m_pod->stop(); }

    void startsWithAnEmptyStateHint()
    {
        QVERIFY(!m_window->client());
        QCOMPARE(m_window->connectionText(), u"Not connected"_s);
        auto *stack = m_window->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        QVERIFY(!m_window->action(u"export"_s)->isEnabled());
        QVERIFY(!m_window->action(u"refresh"_s)->isEnabled());
    }

    void connectsAndDisconnects()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::sessionChanged);
        QVERIFY(connectDemo());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionText().startsWith(u"Connected to"_s), 10000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentIndex(), 1);
        QVERIFY(m_window->action(u"export"_s)->isEnabled());

        QPointer<ApiClient> old = m_window->client();
        m_window->disconnectSession();
        QVERIFY(!m_window->client());
        QCOMPARE(m_window->connectionText(), u"Not connected"_s);
        QCOMPARE(changed.size(), 2);
        QTRY_VERIFY(old.isNull()); // deleted later, not while its signals may be on the stack
        QVERIFY(m_settings->value(u"session/lastProfile"_s).toString() == Profile::demoId());
    }

    void panesAreFedFromTheConnectionsSources()
    {
        QVERIFY(connectDemo());
        ApiClient *client = m_window->client();
        const Sources sources = m_window->sources();
        // One composition point: each pane has the service the window built for the connection,
        // and every service is the client's, so it goes with it.
        const QList<QObject *> services {
            sources.streams, sources.users, sources.history, sources.details, sources.diagnostics};
        for (QObject *service : services) {
            QVERIFY(service);
            QCOMPARE(service->parent(), client);
        }
        checkPanesAreFedFrom(sources);
        if (QTest::currentTestFailed())
            return;

        // Their calls reach the demo pod through the window's client.
        QList<AgentInfo> agent;
        ServiceCall *call = sources.diagnostics->agentInfo(
            [&agent](const QList<AgentInfo> &batch) { agent += batch; }, nullptr);
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(agent.size(), 1);
        QVERIFY(requested(u"/v1/info"_s));
        QVERIFY(openStream(Demo::MimStreamId)); // the history's and the directories' calls
        m_requests.clear();
        m_window->messagesPane()->selectMessage(QString::fromLatin1(Demo::M7Id));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->detailTabs()->message().messageId == QString::fromLatin1(Demo::M7Id), 10000);
        m_window->detailTabs()->setCurrentIndex(Ui::DetailTabs::StatusTab); // the details' call
        QTRY_VERIFY_WITH_TIMEOUT(requested(u"/status"_s), 10000);

        // Disconnected: every pane lets go of the services at once, and they go with the client.
        QPointer<ApiClient> old = client;
        m_window->disconnectSession();
        checkPanesAreFedFrom({});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_window->sources().history);
        QTRY_VERIFY(old.isNull());
        QVERIFY(!sources.streams && !sources.users && !sources.history && !sources.details
            && !sources.diagnostics);

        // Connected again: new services, handed to every pane; connecting once more replaces them
        // and clears what the panes showed.
        QVERIFY(connectDemo());
        const Sources second = m_window->sources();
        QVERIFY(second.history && second.history != sources.history);
        checkPanesAreFedFrom(second);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(openStream(Demo::MimStreamId));
        QPointer<ApiClient> secondClient = m_window->client();
        m_window->connectProfile(Profile::demoProfile());
        QTRY_VERIFY_WITH_TIMEOUT(secondClient.isNull() && m_window->client(), 10000);
        QVERIFY(!second.history);
        QVERIFY(m_window->sources().history);
        checkPanesAreFedFrom(m_window->sources());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_window->messagesPane()->currentStreamId(), QString());
    }

    void selectingAStreamShowsItsMessages()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        QCOMPARE(m_window->messagesPane()->currentStreamId(), QString::fromLatin1(Demo::RatesDeskStreamId));
        QVERIFY(m_window->windowTitle().contains(u"Symphony Inspector"_s));
    }

    void scrollingBackLoadsOlderPages()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        QAbstractItemModel *model = messagesModel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->messagesPane()->view()->isHidden(), 5000);
        const int first = model->rowCount();
        QVERIFY(first < 600); // one page, not the whole history
        QAbstractItemView *view = m_window->messagesPane()->view();
        // Older messages are below the newest: scrolling down is what makes the view ask for more.
        int previous = first;
        for (int round = 0; round < 3; ++round) {
            view->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > previous, 15000);
            previous = model->rowCount();
        }
        QVERIFY2(model->rowCount() > first, qPrintable(u"%1 -> %2"_s.arg(first).arg(model->rowCount())));
    }

    void previewShowsTextAndLoadsNothingRemote()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::MimStreamId));
        m_pod->clearRequestLog();
        m_requests.clear();
        m_window->messagesPane()->selectMessage(QString::fromLatin1(Demo::M7Id));
        Ui::SafeTextBrowser *preview = m_window->detailTabs()->previewBrowser();
        m_window->detailTabs()->setCurrentWidget(m_window->detailTabs()->widget(0));
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(u"Check this out"_s), 10000);
        QVERIFY(preview->toPlainText().contains(u"Styled & scripted paragraph <b>"_s));
        // The script and the handler are gone; the javascript: link is inert text, not a link.
        QVERIFY(!preview->toPlainText().contains(u"alert(3)"_s));
        QVERIFY(!preview->toPlainText().contains(u"alert(2)"_s));
        QVERIFY(!preview->document()->toHtml().contains(u"href=\"javascript"_s));
        QVERIFY(preview->toPlainText().contains(u"[image: http://tracker.example/p.gif]"_s)); // a placeholder
        // Whatever the preview was asked to load, nothing left the process for it.
        const QUrl origin = m_pod->baseUrl();
        for (const RequestLogEntry &r : std::as_const(m_requests)) {
            QCOMPARE(r.url.host(), origin.host());
            QCOMPARE(r.url.port(), origin.port());
        }
        for (const DemoPod::LoggedRequest &r : m_pod->requestLog())
            QVERIFY2(!r.path.contains(u"tracker"_s) && !r.path.contains(u"p.gif"_s), qPrintable(r.path));
    }

    void exportFromTheDialogWritesTheFile()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::ImStreamId));
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        m_window->action(u"export"_s)->trigger();
        Ui::ExportDialog *dialog = m_window->exportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isScopeEnabled(Ui::ExportDialog::Scope::Streams));
        dialog->setScope(Ui::ExportDialog::Scope::Streams);
        dialog->setFormat(Export::Format::JsonLines);
        const QString path = m_dir.filePath(u"im.jsonl"_s);
        dialog->setDestination(path);
        dialog->accept();
        QVERIFY(m_window->isExporting());
        QVERIFY(!m_window->action(u"export"_s)->isEnabled());
        QVERIFY(finished.wait(20000));
        const auto report = finished.first().first().value<Export::ExportReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QCOMPARE(report.messages, qint64(Demo::ImMessageCount) - report.duplicatesDropped);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), report.messages);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY2(m_window->banner()->text().startsWith(u"Export finished"_s),
            qPrintable(m_window->banner()->text()));
        QVERIFY(m_window->action(u"export"_s)->isEnabled());
    }

    void exportWarningsReachTheBanner()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::ImStreamId));
        // A short last page that comes newest first is sorted and written; the user is told so.
        QFile fixture(QStringLiteral(INSPECTOR_TEST_DATA "/bdk/messages-last-page-newest-first.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        DemoPod::Fault page;
        page.method = "GET";
        page.pathPattern = u"/agent/v4/stream/.*/message"_s;
        page.kind = DemoPod::Fault::Kind::Status;
        page.status = 200;
        page.count = -1;
        page.body = fixture.readAll();
        m_pod->addFault(page);
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        Export::ExportSettings settings;
        settings.format = Export::Format::JsonLines;
        settings.outputPath = m_dir.filePath(u"warned.jsonl"_s);
        QVERIFY(m_window->startExport(Ui::ExportDialog::Scope::Streams, settings));
        QVERIFY(finished.wait(20000));
        m_pod->clearFaults();
        const auto report = finished.first().first().value<Export::ExportReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->level(), Ui::BannerWidget::Level::Warning);
        QVERIFY2(m_window->banner()->text().contains(u"1 warning"_s), qPrintable(m_window->banner()->text()));
        QVERIFY2(m_window->banner()->details().contains(report.warnings.first()),
            qPrintable(m_window->banner()->details()));
    }

    void exportOfSelectedRows()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        QAbstractItemView *view = m_window->messagesPane()->view();
        view->selectionModel()->select(
            messagesModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(
            messagesModel()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_COMPARE(m_window->messagesPane()->selectedMessages().size(), 2);
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        Ui::ExportDialog *dialog = m_window->openExportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isScopeEnabled(Ui::ExportDialog::Scope::SelectedRows));
        dialog->setScope(Ui::ExportDialog::Scope::SelectedRows);
        dialog->setFormat(Export::Format::Csv);
        dialog->setColumns({u"messageId"_s});
        const QString path = m_dir.filePath(u"selected.csv"_s);
        dialog->setDestination(path);
        dialog->accept();
        QVERIFY(finished.wait(10000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    }

    void severalFormatsAndOpenWhenDone()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        UrlRecorder opened;
        QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"file"_s); });
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);

        // CSV, HTML and PDF from the dialog: three files, and their folder is opened.
        Ui::ExportDialog *dialog = m_window->openExportDialog();
        QVERIFY(dialog);
        dialog->setScope(Ui::ExportDialog::Scope::Streams);
        dialog->setFormats({Export::Format::Csv, Export::Format::Html, Export::Format::Pdf});
        dialog->setOpenWhenDone(true);
        const QString base = m_dir.filePath(u"desk"_s);
        dialog->setDestination(base);
        dialog->accept();
        QVERIFY(finished.wait(120000));
        const auto report = finished.first().first().value<Export::ExportReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QCOMPARE(report.files, (QStringList {base + u".csv"_s, base + u".html"_s, base + u".pdf"_s}));
        for (const QString &file : report.files)
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        QCOMPARE(opened.urls, QList<QUrl> {QUrl::fromLocalFile(QFileInfo(base).absolutePath())});

        // One file: the file itself.
        Export::ExportSettings settings;
        settings.outputPath = m_dir.filePath(u"one.csv"_s);
        QVERIFY(m_window->startExport(Ui::ExportDialog::Scope::Streams, settings, {}, true));
        QVERIFY(finished.wait(20000));
        QCOMPARE(opened.urls.last(), QUrl::fromLocalFile(settings.outputPath));

        // Without the choice, or after a failure, nothing is opened.
        settings.outputPath = m_dir.filePath(u"unopened.csv"_s);
        QVERIFY(m_window->startExport(Ui::ExportDialog::Scope::Streams, settings));
        QVERIFY(finished.wait(20000));
        DemoPod::Fault fault;
        fault.kind = DemoPod::Fault::Kind::Status;
        fault.status = 403;
        fault.pathPattern = u".*/message"_s;
        fault.count = -1;
        m_pod->addFault(fault);
        settings.outputPath = m_dir.filePath(u"failed.csv"_s);
        QVERIFY(m_window->startExport(Ui::ExportDialog::Scope::Streams, settings, {}, true));
        QVERIFY(finished.wait(20000));
        m_pod->clearFaults();
        QVERIFY(finished.last().first().value<Export::ExportReport>().error.isError());
        QCOMPARE(opened.urls.size(), 2);
    }

    void exportCanBeCancelled()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        DemoPod::Fault slow;
        slow.kind = DemoPod::Fault::Kind::Delay;
        slow.pathPattern = u".*/message"_s;
        slow.delayMs = 3000;
        slow.count = -1;
        m_pod->addFault(slow);
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        Export::ExportSettings settings;
        settings.outputPath = m_dir.filePath(u"cancelled.csv"_s);
        QVERIFY(m_window->startExport(Ui::ExportDialog::Scope::Streams, settings));
        QVERIFY(m_window->exportStatusText().startsWith(u"Exporting"_s));
        m_window->cancelExport();
        QVERIFY(finished.wait(10000));
        m_pod->clearFaults();
        QVERIFY(finished.first().first().value<Export::ExportReport>().error.isCancelled());
        QVERIFY(!QFile::exists(settings.outputPath));
        QVERIFY(!m_window->banner()->isVisible()); // a cancel is not an error
    }

    void errorsShowAsABanner()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        DemoPod::Fault fault;
        fault.kind = DemoPod::Fault::Kind::Status;
        fault.status = 403;
        fault.pathPattern = u".*/message"_s;
        fault.count = -1;
        m_pod->addFault(fault);
        m_window->action(u"refresh"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 15000);
        QVERIFY(!m_window->banner()->text().isEmpty());
        m_pod->clearFaults();
        m_window->banner()->dismiss();
        QVERIFY(!m_window->banner()->isVisible());
    }

    void idConverterRoundTripsAndOpens()
    {
        QVERIFY(connectDemo());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->streamsPane()->selectStream(QString::fromLatin1(Demo::ImStreamId)), 15000);
        Ui::IdConverterDialog *converter
            = m_window->openIdConverter(QString::fromLatin1(Demo::CrossPodStreamStandardId));
        QVERIFY(converter);
        QVERIFY(converter->isIdValid());
        QCOMPARE(converter->urlSafeId(), QString::fromLatin1(Demo::CrossPodStreamId));
        converter->setId(converter->urlSafeId());
        QCOMPARE(converter->standardId(), QString::fromLatin1(Demo::CrossPodStreamStandardId));

        QPushButton *open = nullptr;
        for (QPushButton *b : converter->findChildren<QPushButton *>()) {
            if (b->text() == u"Open stream"_s)
                open = b;
        }
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        open->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->messagesPane()->currentStreamId(), QString::fromLatin1(Demo::CrossPodStreamId), 10000);
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("refresh") << u"refresh"_s << QKeySequence(Qt::Key_F5);
        QTest::newRow("filter") << u"filter"_s << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("export") << u"export"_s << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("id converter") << u"idConverter"_s << QKeySequence(Qt::CTRL | Qt::Key_L);
        QTest::newRow("messages page") << u"messages"_s << QKeySequence(Qt::CTRL | Qt::Key_1);
        QTest::newRow("diagnostics page") << u"diagnostics"_s << QKeySequence(Qt::CTRL | Qt::Key_2);
        QTest::newRow("request log page") << u"requestLog"_s << QKeySequence(Qt::CTRL | Qt::Key_3);
        QTest::newRow("live page") << u"live"_s << QKeySequence(Qt::CTRL | Qt::Key_4);
    }

    void shortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        QAction *a = m_window->action(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), keys);
        QVERIFY(!a->text().isEmpty());
    }

    void ctrlLOpensTheConverter()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<Ui::IdConverterDialog *>()
            && m_window->findChild<Ui::IdConverterDialog *>()->isVisible());
    }

    void stateIsRemembered()
    {
        m_window->resize(1000, 700);
        auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({200, 800});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        m_window = makeWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1000, 700));
        QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    }

    void toolPagesAreTabs()
    {
        QTabWidget *pages = m_window->pages();
        QVERIFY(pages->indexOf(m_window->diagnosticsPage()) >= 0);
        QVERIFY(pages->indexOf(m_window->requestLogView()) >= 0);
        QVERIFY(pages->indexOf(m_window->livePane()) >= 0);
        m_window->action(u"live"_s)->trigger();
        QCOMPARE(pages->currentWidget(), m_window->livePane());
        m_window->action(u"requestLog"_s)->trigger();
        QCOMPARE(pages->currentWidget(), m_window->requestLogView());
    }

    void filterFocusFollowsThePane()
    {
        QVERIFY(connectDemo());
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        m_window->activateWindow();
        m_window->messagesPane()->view()->setFocus();
        m_window->action(u"filter"_s)->trigger();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(m_window->messagesPane()->isAncestorOf(focus));
        m_window->streamsPane()->view()->setFocus();
        m_window->action(u"filter"_s)->trigger();
        focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(m_window->streamsPane()->isAncestorOf(focus));
        QVERIFY(focus != m_window->streamsPane()->view());
    }

    void profileManagerPreselectsTheLastProfile()
    {
        Profile acme = Profile::create(u"Acme"_s);
        acme.podUrl = u"https://acme.example"_s;
        acme.username = u"bot"_s;
        acme.keyFile = u"/nonexistent/bot.pem"_s;
        const Result<> added = m_profiles->add(acme);
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        m_settings->setValue(u"session/lastProfile"_s, acme.id);
        Ui::ProfileManagerDialog *manager = m_window->openProfileManager();
        QVERIFY(manager);
        QCOMPARE(manager->currentId(), acme.id);
    }

    void aFailedProfileShowsABannerAndStaysDisconnected()
    {
        Profile broken = Profile::create(u"Broken"_s);
        broken.podUrl = u"https://acme.example"_s;
        broken.username = u"bot"_s;
        broken.keyFile = m_dir.filePath(u"missing.pem"_s);
        m_window->connectProfile(broken);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 10000);
        QVERIFY2(m_window->banner()->text().startsWith(u"Could not connect"_s),
            qPrintable(m_window->banner()->text()));
        QVERIFY(!m_window->client());
        QCOMPARE(m_window->connectionText(), u"Not connected"_s);
    }

    void plainHttpToAnotherHostIsAWarning()
    {
        // Loopback (the demo pod): nothing to warn about.
        QVERIFY(connectDemo());
        QVERIFY(!m_window->banner()->isVisible());
        m_window->disconnectSession();

        SessionSetup setup;
        const auto urls = ServiceUrls::resolve({u"http://pod.example.invalid"_s, {}, {}, {}, {}, {}});
        QVERIFY2(urls.ok(), qPrintable(urls.error().message()));
        setup.urls = urls.value();
        setup.credentials = Credentials::fromTokens("session", {});
        setup.profileName = u"Plain"_s;
        m_window->connectSession(setup);
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->level(), Ui::BannerWidget::Level::Warning);
        QVERIFY2(m_window->banner()->text().startsWith(u"Plain http:// to pod.example.invalid:"_s),
            qPrintable(m_window->banner()->text()));
        m_window->disconnectSession();
    }

    void accessibleNames()
    {
        QVERIFY(!m_window->streamsPane()->accessibleName().isEmpty());
        QVERIFY(!m_window->messagesPane()->accessibleName().isEmpty());
        QVERIFY(!m_window->detailTabs()->accessibleName().isEmpty());
        QVERIFY(!m_window->banner()->accessibleName().isEmpty());
    }
};

INSPECTOR_TEST_MAIN(MainWindowTest)

#include "tst_mainwindow.moc"
