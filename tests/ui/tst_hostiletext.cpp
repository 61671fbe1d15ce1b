// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

#include <memory>

#include "api/apiclient.h"
#include "browse/messagespane.h"
#include "browse/streaminfodialog.h"
#include "browse/streamspane.h"
#include "common/demopodfixture.h"
#include "common/plaintext.h"
#include "common/testsuite.h"
#include "demodata.h"
#include "demopodserver.h"
#include "detail/detailtabs.h"
#include "detail/safetextbrowser.h"
#include "hostiledata.h"
#include "itemmodels/attachmentsmodel.h"
#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/plaintooltip.h"
#include "itemmodels/receiptsmodel.h"
#include "itemmodels/streamtreemodel.h"
#include "live/liveeventmodel.h"
#include "live/livepane.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "services/streamtreeloader.h"
#include "shell/bannerwidget.h"
#include "shell/mainwindow.h"
#include "tools/diagnosticspage.h"
#include "tools/requestlogview.h"

// checkEverything() fails the test; the test function stops there.
#define CHECK_EVERYTHING(step)                                                                               \
    do {                                                                                                     \
        checkEverything(step);                                                                               \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

using namespace Qt::StringLiterals;
using namespace Inspector;
using Ui::MainWindow;
using Ui::RichTextGuard;
namespace Demo = Inspector::DemoPod::Demo;
namespace Hostile = Inspector::DemoPod::Demo::Hostile;

/**
 * @brief Server text is shown as it is, never as rich text, and no rich text loads anything.
 *
 * The demo pod runs with hostile names (every first name, room name and description, attachment
 * name and message text starts with terminal controls and `<img src=…><b>bold</b>`). The real
 * window shows them in every pane; the test then walks every label, every widget's tooltip and
 * the tooltips of every item view's model, shows each tooltip, and checks through the recording
 * resource provider of RichTextGuard that not one resource was asked for.
 */
class HostileTextTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoPod::Server> m_pod;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_labelsChecked = 0;
    int m_toolTipsChecked = 0;

    static QString describe(const QObject *o)
    {
        QString path;
        for (const QObject *p = o; p; p = p->parent())
            path.prepend(
                u'/' + QString::fromLatin1(p->metaObject()->className()) + u'(' + p->objectName() + u')');
        return path;
    }

    static bool isShownAsPlainText(const QLabel *label)
    {
        return label->textFormat() == Qt::PlainText
            || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
    }

    /// Every problem of the widgets of @p root: labels that would render HTML, unsafe tooltips.
    QStringList checkTree(QWidget *root, QSet<QString> *toolTips)
    {
        QStringList problems;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            // The tooltip's own label shows what it is given; the tooltips are checked themselves.
            if (w->objectName() == u"qtooltip_label"_s)
                continue;
            if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
                ++m_labelsChecked;
                if (!isShownAsPlainText(label))
                    problems << u"label %1 renders %2"_s.arg(describe(label), label->text().left(120));
            }
            const QString tip = w->toolTip();
            if (!tip.isEmpty()) {
                ++m_toolTipsChecked;
                toolTips->insert(tip);
                if (!RichTextGuard::isSafeToolTip(tip))
                    problems << u"tooltip of %1: %2"_s.arg(describe(w), tip.left(120));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (!RichTextGuard::isSafeToolTip(tabs->tabToolTip(i)))
                        problems << u"tab tooltip of %1"_s.arg(describe(tabs));
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
                problems += checkModel(view->model(), describe(view), toolTips);
        }
        return problems;
    }

    QStringList checkModel(const QAbstractItemModel *model, const QString &where, QSet<QString> *toolTips)
    {
        QStringList problems;
        for (int c = 0; c < model->columnCount(); ++c) {
            for (const auto orientation : {Qt::Horizontal, Qt::Vertical}) {
                const QString tip = model->headerData(c, orientation, Qt::ToolTipRole).toString();
                if (!RichTextGuard::isSafeToolTip(tip))
                    problems << u"header tooltip of %1: %2"_s.arg(where, tip.left(120));
            }
        }
        // Breadth first over the whole tree, bounded: the panes hold a few hundred rows here.
        QList<QModelIndex> parents {QModelIndex()};
        int visited = 0;
        while (!parents.isEmpty() && visited < 20000) {
            const QModelIndex parent = parents.takeFirst();
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    ++visited;
                    const QString tip = index.data(Qt::ToolTipRole).toString();
                    if (tip.isEmpty())
                        continue;
                    ++m_toolTipsChecked;
                    toolTips->insert(tip);
                    if (!RichTextGuard::isSafeToolTip(tip))
                        problems << u"tooltip of %1 at %2,%3: %4"_s.arg(where).arg(r).arg(c).arg(
                            tip.left(120));
                }
                const QModelIndex first = model->index(r, 0, parent);
                if (model->hasChildren(first))
                    parents.append(first);
            }
        }
        return problems;
    }

    /// Checks every top-level widget, then shows every tooltip found (that is when Qt lays it out).
    void checkEverything(const char *step)
    {
        QSet<QString> toolTips;
        QStringList problems;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible())
                problems += checkTree(top, &toolTips);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QString::fromLatin1(step) + u":\n"_s + problems.join(u'\n')));
        int shown = 0;
        for (const QString &tip : std::as_const(toolTips)) {
            QToolTip::showText(m_window->mapToGlobal(QPoint(20, 20)), tip, m_window.get());
            QToolTip::hideText();
            if (++shown >= 300)
                break;
        }
        QVERIFY2(RichTextGuard::requestedResources().isEmpty(),
            qPrintable(QString::fromLatin1(step) + u": resources asked for: "_s
                + RichTextGuard::requestedResources().value(0).toString()));
    }

    bool openStream(const char *id)
    {
        const QString streamId = QString::fromLatin1(id);
        if (!QTest::qWaitFor([&] { return m_window->streamsPane()->selectStream(streamId); }, 15000))
            return false;
        QAbstractItemModel *model = m_window->messagesPane()->view()->model();
        return QTest::qWaitFor([model] { return model->rowCount() > 0; }, 15000);
    }

    static QByteArray hostileErrorBody(int code)
    {
        return QJsonDocument(
            QJsonObject {{u"code"_s, code}, {u"message"_s, Hostile::name(u"server says no"_s)}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        RichTextGuard::install();
        DemoPod::Config config;
        config.streams = 4;
        config.messagesPerStream = 60;
        config.longPollMs = 20;
        config.hostileNames = true;
        m_pod = TestSupport::startPod(config);
    }

    void init()
    {
        RichTextGuard::clearRequestedResources();
        m_pod->clearFaults();
    }

    void cleanup()
    {
        m_window.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_settings.reset();
        QToolTip::hideText();
    }

    void cleanupTestCase() { m_pod->stop(); }

    // The tripwire works: a label left to guess renders the hostile HTML and asks for the image.
    void anAutoTextLabelWouldAskForTheImage()
    {
        QLabel label;
        label.setText(Hostile::name(u"Rates Desk"_s));
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        (void)label.sizeHint();
        QVERIFY(RichTextGuard::requestedResources().contains(QUrl(QString::fromLatin1(Hostile::ImageUrl))));
    }

    void plainLabelsAndToolTipsShowTheLiteralText()
    {
        QWidget window;
        QLabel *label = Ui::plainLabel(&window, u"<b>x</b>"_s);
        label->setToolTip(plainToolTip(Hostile::name(u"tip"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(label->text(), u"<b>x</b>"_s);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QToolTip::showText(window.mapToGlobal(QPoint(1, 1)), label->toolTip(), label);
        QVERIFY(QToolTip::isVisible());
        QTextDocument shown; // the escaped paragraph, read back
        shown.setHtml(QToolTip::text());
        QVERIFY2(shown.toPlainText().contains(Hostile::markup() + u"tip"_s), qPrintable(shown.toPlainText()));
        QVERIFY(RichTextGuard::requestedResources().isEmpty());
        // Text without '<' or '&' stays as it is: Qt cannot take it for rich text.
        QCOMPARE(plainToolTip(u"2026-01-02T10:00:00.000Z"_s), u"2026-01-02T10:00:00.000Z"_s);
        QCOMPARE(plainToolTip(QString()), QString());
    }

    // The second guard: a tooltip that would be rendered as HTML is shown as text instead.
    void theGuardShowsARawRichToolTipAsText_data()
    {
        QTest::addColumn<bool>("itemView");
        QTest::newRow("widget") << false;
        QTest::newRow("item view") << true;
    }

    void theGuardShowsARawRichToolTipAsText()
    {
        QFETCH(bool, itemView);
        const QString raw = Hostile::name(u"raw"_s);
        QWidget window;
        window.resize(300, 200);
        QWidget *target = &window;
        QPoint pos(5, 5);
        QStandardItemModel model;
        QTableView view(&window);
        view.resize(300, 200);
        if (itemView) {
            auto *item = new QStandardItem(u"cell"_s);
            item->setToolTip(raw);
            model.appendRow(item);
            view.setModel(&model);
        } else {
            view.hide();
            window.setToolTip(raw);
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (itemView) {
            target = view.viewport();
            pos = view.visualRect(model.index(0, 0)).center();
        }
        QHelpEvent event(QEvent::ToolTip, pos, target->mapToGlobal(pos));
        QApplication::sendEvent(target, &event);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), plainToolTip(raw));
        QVERIFY2(RichTextGuard::requestedResources().isEmpty(),
            qPrintable(RichTextGuard::requestedResources().value(0).toString()));
        QToolTip::hideText();
    }

    // The link confirmation shows the address as it is: Qt 6.4's setTextFormat() misses the
    // informative text, where "&lt;" would otherwise read as "<".
    void linkConfirmationShowsTheAddressAsWritten()
    {
        Ui::SafeTextBrowser browser;
        browser.openExternally = [](const QUrl &) { QFAIL("opened without asking"); };
        const QUrl url(u"https://example.com/?q=&lt;img src=x&gt;"_s);
        Q_EMIT browser.anchorClicked(url);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = browser.findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->informativeText().contains(u"&lt;"_s));
        for (const QLabel *label : box->findChildren<QLabel *>())
            QVERIFY2(
                label->textFormat() == Qt::PlainText, qPrintable(describe(label) + u' ' + label->text()));
        box->button(QMessageBox::Cancel)->click();
    }

    void everyPaneShowsHostileNamesAsText()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"hostile.ini"_s), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_window = std::make_unique<MainWindow>(m_settings.get(), m_profiles.get(), m_secrets.get());
        DemoPod::Server *pod = m_pod.get();
        m_window->setDemoStarter([pod] {
            DemoPodAccess access;
            access.origin = pod->baseUrl();
            access.username = DemoPod::Server::botUsername();
            access.privateKeyPem = DemoPod::Server::botPrivateKeyPem();
            return Result<DemoPodAccess>(access);
        });
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectProfile(Profile::demoProfile());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->client() != nullptr, 10000);
        m_pod->setComponentDown(u"ceservice"_s, Hostile::name(u"ceservice account"_s));

        // Streams tree and a room's messages: the room's name is the messages pane's title.
        QVERIFY(openStream(Demo::RatesDeskStreamId));
        auto *title = m_window->messagesPane()->findChild<QLabel *>(u"messagesTitle"_s);
        QVERIFY(title);
        QVERIFY2(title->text().contains(Hostile::markup() + u"Rates Desk"_s), qPrintable(title->text()));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        m_window->streamsPane()->view()->expandAll();
        CHECK_EVERYTHING("streams and a room");

        // A message with attachments, each detail tab in turn.
        QVERIFY(openStream(Demo::ImStreamId));
        m_window->messagesPane()->selectMessage(QString::fromLatin1(Demo::M5Id));
        Ui::DetailTabs *details = m_window->detailTabs();
        QTRY_VERIFY_WITH_TIMEOUT(details->message().messageId == QString::fromLatin1(Demo::M5Id), 10000);
        for (int tab = 0; tab < details->count(); ++tab) {
            details->setCurrentIndex(tab);
            if (tab == Ui::DetailTabs::AttachmentsTab)
                QTRY_VERIFY_WITH_TIMEOUT(details->attachmentsModel()->rowCount() > 0, 10000);
            if (tab == Ui::DetailTabs::JsonTab)
                details->jsonView()->expandAll();
            // Receipts and status name their users: wait until they are in.
            if (tab == Ui::DetailTabs::ReceiptsTab)
                QTRY_VERIFY_WITH_TIMEOUT(details->receiptsModel()->state() != ReceiptsModel::State::Loading
                        && details->receiptsModel()->state() != ReceiptsModel::State::Idle,
                    10000);
            if (tab == Ui::DetailTabs::StatusTab)
                QTRY_VERIFY_WITH_TIMEOUT(details->statusModel()->state() == MessageStatusModel::State::Loaded
                        || details->statusModel()->state() == MessageStatusModel::State::Failed,
                    10000);
            CHECK_EVERYTHING(qPrintable(u"detail tab "_s + details->tabText(tab)));
        }
        QVERIFY(details->headerLabel()->text().contains(u"<b>bold</b>"_s));
        bool attachmentNamed = false;
        for (int r = 0; r < details->attachmentsModel()->rowCount(); ++r)
            attachmentNamed |= details->attachmentsModel()
                                   ->index(r, AttachmentsModel::NameColumn)
                                   .data()
                                   .toString()
                                   .contains(Hostile::markup());
        QVERIFY(attachmentNamed);

        // The stream info dialog: name, description and member names of a room.
        const QString roomId = QString::fromLatin1(Demo::RatesDeskStreamId);
        auto *info = new Ui::StreamInfoDialog(m_window->streamsPane()->loader()->streamDirectory(),
            m_window->streamsPane()->loader()->userDirectory(), roomId, u"ROOM"_s,
            m_window->streamsPane()->model()->title(roomId), m_window.get());
        info->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy completed(info, &Ui::StreamInfoDialog::completed);
        info->show();
        QVERIFY(completed.wait(15000));
        bool described = false;
        for (const QLabel *l : info->findChildren<QLabel *>())
            described |= l->text().startsWith(Hostile::terminalControls())
                && l->text().endsWith(u"Rates trading desk: levels, axes and market colour."_s);
        QVERIFY(described);
        CHECK_EVERYTHING("stream info dialog");
        info->close();

        // Diagnostics: a component DOWN with the server's words, the session's (hostile) user.
        m_window->showDiagnostics();
        m_window->diagnosticsPage()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->diagnosticsPage()->summaryText().contains(u"DOWN"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->diagnosticsPage()->sessionText().contains(u"<b>bold</b>"_s), 10000);
        CHECK_EVERYTHING("diagnostics");

        // An error with the server's hostile message: banner, request log, recent errors.
        DemoPod::Fault fault;
        fault.kind = DemoPod::Fault::Kind::Status;
        fault.status = 400;
        fault.body = hostileErrorBody(400);
        fault.pathPattern = u".*/message"_s;
        fault.count = -1;
        m_pod->addFault(fault);
        m_window->showMessages();
        m_window->action(u"refresh"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 15000);
        m_pod->clearFaults();
        QVERIFY2(
            m_window->banner()->text().contains(u"<b>bold</b>"_s), qPrintable(m_window->banner()->text()));
        CHECK_EVERYTHING("error banner");
        m_window->showRequestLog();
        CHECK_EVERYTHING("request log");
        m_window->showDiagnostics();
        CHECK_EVERYTHING("recent errors");

        // Live events name rooms and people.
        m_window->showLive();
        Ui::LivePane *live = m_window->livePane();
        live->setCaptureDirectory(m_dir.filePath(u"captures"_s));
        live->setTag(u"hostile-test"_s);
        live->start();
        QTRY_VERIFY_WITH_TIMEOUT(live->model()->totalEvents() >= 5, 20000);
        live->view()->setCurrentIndex(live->proxy()->index(0, 0));
        CHECK_EVERYTHING("live events");
        live->stop();

        QVERIFY2(m_labelsChecked > 50 && m_toolTipsChecked > 50,
            qPrintable(u"%1 labels, %2 tooltips"_s.arg(m_labelsChecked).arg(m_toolTipsChecked)));
    }
};

INSPECTOR_TEST_MAIN(HostileTextTest)
#include "tst_hostiletext.moc"
