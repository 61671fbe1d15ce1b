// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

#include "api/apijob.h"
#include "api/requests.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"
#include "dataset.h"
#include "demodata.h"
#include "detail/detailtabs.h"
#include "detail/safetextbrowser.h"
#include "itemmodels/attachmentsmodel.h"
#include "itemmodels/jsontreemodel.h"
#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/receiptsmodel.h"
#include "presentationml/markupformat.h"
#include "services/fakedetails.h"
#include "services/podmessagedetails.h"

using namespace Inspector;
using namespace Inspector::Ui;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

/**
 * The detail tabs on the offscreen platform against the demo pod: safe preview (nothing remote,
 * links only after confirmation), source, JSON, receipts, status and attachment downloads.
 */
class DetailTabsTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoPod::Server> m_pod;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PodMessageDetails> m_details; ///< what the window hands the tabs when connected

    Message fetchMessage(const char *id)
    {
        ApiJob *job = m_client->send(Requests::message(QString::fromLatin1(id)));
        QSignalSpy spy(job, &ApiJob::finished);
        if (!spy.wait(10000) || !job->isSuccess())
            return {};
        return Parse::message(job->response().body).value;
    }

    QString podUrl(const QString &path) const { return m_pod->baseUrl().toString() + path; }

    /// Every request the pod got that is not the login dance.
    QStringList apiPaths() const
    {
        QStringList paths;
        for (const auto &r : m_pod->requestLog()) {
            if (!r.path.contains(u"authenticate"_s))
                paths << r.path;
        }
        return paths;
    }

    static QStringList anchors(const QTextDocument *document)
    {
        QStringList out;
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isAnchor())
                    out << f.anchorHref();
            }
        }
        return out;
    }

    /// Clicks the middle of the first occurrence of `text` in the browser.
    static bool clickText(SafeTextBrowser *browser, const QString &text)
    {
        const QTextCursor found = browser->document()->find(text);
        if (found.isNull())
            return false;
        QTextCursor middle(browser->document());
        middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
        const QRect rect = browser->cursorRect(middle);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, rect.center());
        return true;
    }

    Message hostileMessage() const
    {
        Message m;
        m.messageId = u"AYwmfXL2OBouyCitqPtJlX___mSB1Cy_bQ"_s;
        m.timestamp = Demo::M1Timestamp;
        m.user.userId = Demo::BobId;
        m.user.displayName = u"<b>Bob</b> Baker"_s;
        m.stream.streamId = QString::fromLatin1(Demo::MimStreamId);
        m.stream.streamType = u"MIM"_s;
        m.message = u"<div data-format=\"PresentationML\" data-version=\"2.0\">"
                    u"<script>document.title='pwned'</script>"
                    u"<p style=\"background:url(%1)\" onclick=\"steal()\">Visible text</p>"
                    u"<img src=\"%2\" onerror=\"alert(1)\"/>"
                    u"<a href=\"javascript:alert(1)\">click me</a> "
                    u"<a href=\"%3\">file link</a> "
                    u"<style>p { background: url(%4) }</style>"
                    u"<iframe src=\"%5\"></iframe>"
                    u"<span class=\"entity\" data-entity-id=\"0\">@Alice Adams</span>"
                    u"</div>"_s.arg(podUrl(u"/style-bg.png"_s), podUrl(u"/tracker.gif"_s),
                        u"file:///etc/passwd"_s, podUrl(u"/sheet-bg.png"_s), podUrl(u"/frame"_s));
        m.data
            = uR"({"0":{"type":"com.symphony.user.mention","version":"1.0","id":[{"type":"com.symphony.user.userId","value":8933531976681}]}})"_s;
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pod = TestSupport::startPod(TestSupport::podConfig(4, 20));
        m_client = TestSupport::botClient(*m_pod, {nullptr, 10000});
        m_details = std::make_unique<PodMessageDetails>(m_client.get());
        // Log in now, so each test's request log holds only what the tabs asked for.
        QVERIFY(!fetchMessage(Demo::M1Id).messageId.isEmpty());
    }

    void init()
    {
        m_pod->clearFaults();
        m_pod->clearRequestLog();
    }

    void hostileMessageShowsItsTextAndLoadsNothing()
    {
        DetailTabs tabs;
        tabs.resize(800, 600);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        tabs.setDetails(m_details.get());
        tabs.showMessage(hostileMessage());
        // Visit every tab, as a curious user would.
        for (int i = 0; i < tabs.count(); ++i) {
            tabs.setCurrentIndex(i);
            QTest::qWait(0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!tabs.receiptsModel()->isLoading()
                && tabs.statusModel()->state() != MessageStatusModel::State::Loading,
            10000);
        SafeTextBrowser *browser = tabs.previewBrowser();
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(u"Visible text"_s), qPrintable(text));
        QVERIFY(text.contains(u"click me"_s));
        QVERIFY(text.contains(u"@Alice Adams"_s));
        QVERIFY(!text.contains(u"pwned"_s)); // the script's text is gone with the script
        // No live link but an https one; the javascript: and file: targets are dead text.
        for (const QString &href : anchors(browser->document()))
            QVERIFY2(href.startsWith(u"https:"_s) || href.startsWith(u"mailto:"_s), qPrintable(href));
        // Nothing was even asked for that lives elsewhere.
        for (const QUrl &url : browser->requestedResources())
            QVERIFY2(url.scheme().isEmpty() && url.host().isEmpty(), qPrintable(url.toString()));
        // The header is plain text: markup in a display name stays visible characters.
        QVERIFY(tabs.headerLabel()->text().contains(u"<b>Bob</b> Baker"_s));
        QCOMPARE(tabs.headerLabel()->textFormat(), Qt::PlainText);
        // The pod saw only the API calls the tabs make, none for the markup's URLs.
        const QString id = hostileMessage().messageId;
        QStringList expected {
            u"/pod/v1/admin/messages/"_s + id + u"/receipts"_s, u"/pod/v1/message/"_s + id + u"/status"_s};
        QStringList got = apiPaths();
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void demoPodsHostileMessage()
    {
        // m7 of the demo pod: a tracking pixel, a javascript: link, a chime and an unknown tag.
        const Message m7 = fetchMessage(Demo::M7Id);
        QVERIFY(m7.message.contains(u"tracker.example"_s));
        DetailTabs tabs;
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        tabs.showMessage(m7);
        SafeTextBrowser *browser = tabs.previewBrowser();
        QVERIFY(!browser->toPlainText().trimmed().isEmpty());
        for (const QString &href : anchors(browser->document()))
            QVERIFY2(href.startsWith(u"https:"_s) || href.startsWith(u"mailto:"_s), qPrintable(href));
        for (const QUrl &url : browser->requestedResources())
            QVERIFY2(url.scheme().isEmpty() && url.host().isEmpty(), qPrintable(url.toString()));
        // The pixel is named, not fetched, and the note says why.
        QVERIFY(browser->toPlainText().contains(u"tracker.example"_s));
        QVERIFY2(
            tabs.previewNote()->text().contains(u"not loaded"_s), qPrintable(tabs.previewNote()->text()));
    }

    void sharedMessageIsShownUnderThePost()
    {
        auto shared = std::make_shared<Message>();
        shared->messageId = u"shared"_s;
        shared->user.displayName = u"Carol <Cole>"_s;
        shared->message = u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>Original words</p>"
                          u"<img src=\"https://tracker.example/s.gif\"/></div>"_s;
        Message post = hostileMessage();
        post.messageId = u"post"_s;
        post.message
            = u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>Look at this</p></div>"_s;
        post.sharedMessage = shared;
        DetailTabs tabs;
        tabs.showMessage(post);
        const QString text = tabs.previewBrowser()->toPlainText();
        QVERIFY2(text.contains(u"Look at this"_s), qPrintable(text));
        QVERIFY(text.contains(u"Shared message from Carol <Cole>:"_s)); // a name is text, never markup
        QVERIFY(text.contains(u"Original words"_s));
        QVERIFY(anchors(tabs.previewBrowser()->document()).isEmpty());
        QVERIFY(tabs.previewBrowser()->requestedResources().isEmpty());
    }

    void loadResourceNeverReadsAnything_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QUrl>("url");
        const QUrl localFile
            = QUrl::fromLocalFile(QString::fromLatin1(INSPECTOR_SOURCE_DIR) + u"/README.md"_s);
        QTest::newRow("remote image")
            << int(QTextDocument::ImageResource) << QUrl(u"http://127.0.0.1:1/x.png"_s);
        QTest::newRow("local file as image") << int(QTextDocument::ImageResource) << localFile;
        QTest::newRow("local file as style sheet") << int(QTextDocument::StyleSheetResource) << localFile;
        QTest::newRow("relative") << int(QTextDocument::HtmlResource) << QUrl(u"README.md"_s);
        QTest::newRow("qrc") << int(QTextDocument::StyleSheetResource)
                             << QUrl(u"qrc:/demopod/demo-bot-private.pem"_s);
    }

    void loadResourceNeverReadsAnything()
    {
        QFETCH(int, type);
        QFETCH(QUrl, url);
        SafeTextBrowser browser;
        browser.setSearchPaths({QString::fromLatin1(INSPECTOR_SOURCE_DIR)});
        // Through the document, as rendering would ask: it must not fall back to reading the file.
        const QVariant got = browser.document()->resource(type, url);
        QVERIFY(!got.isNull());
        if (type == QTextDocument::ImageResource) {
            QCOMPARE(got.value<QImage>().size(), QSize(16, 16));
        } else {
            QVERIFY(got.toByteArray().isEmpty());
        }
        QCOMPARE(browser.requestedResources(), QList<QUrl> {url});
    }

    void linkOpensOnlyAfterConfirmation()
    {
        DetailTabs tabs;
        tabs.resize(800, 600);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        Message m = hostileMessage();
        m.message = u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>"
                    u"<a href=\"https://example.com/path?q=1&amp;r=2\">go there now please</a></p></div>"_s;
        tabs.showMessage(m);
        SafeTextBrowser *browser = tabs.previewBrowser();
        QList<QUrl> asked;
        QList<QUrl> opened;
        bool answer = false;
        browser->confirmOpen = [&](const QUrl &url, const std::function<void(bool)> &decide) {
            asked << url;
            decide(answer);
        };
        browser->openExternally = [&](const QUrl &url) { opened << url; };
        QSignalSpy status(&tabs, &DetailTabs::statusMessage);

        QVERIFY(clickText(browser, u"go there now please"_s));
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).toString(), u"https://example.com/path?q=1&r=2"_s);
        QVERIFY(opened.isEmpty()); // said no: nothing opens
        QVERIFY(!status.isEmpty());

        answer = true;
        QVERIFY(clickText(browser, u"go there now please"_s));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).toString(), u"https://example.com/path?q=1&r=2"_s);
        QCOMPARE(asked.size(), 2);

        // A target the converter would never make live is refused without even asking.
        Q_EMIT browser->anchorClicked(QUrl(u"javascript:alert(1)"_s));
        Q_EMIT browser->anchorClicked(QUrl(u"file:///etc/passwd"_s));
        Q_EMIT browser->anchorClicked(QUrl(u"https://user:pw@example.com/"_s));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(opened.size(), 1);
    }

    void defaultConfirmationShowsTheFullUrlAndOpensNothingByItself()
    {
        SafeTextBrowser browser;
        QList<QUrl> opened;
        browser.openExternally = [&](const QUrl &url) { opened << url; };
        const QUrl url(u"https://example.com/a/very/long/path?with=query#and-fragment"_s);
        Q_EMIT browser.anchorClicked(url);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = browser.findChild<QMessageBox *>()) != nullptr);
        QCOMPARE(box->informativeText(), url.toString(QUrl::FullyEncoded));
        QVERIFY(opened.isEmpty());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(opened.isEmpty());
    }

    void sourceIsPrettyPrinted()
    {
        DetailTabs tabs;
        tabs.showMessage(fetchMessage(Demo::M1Id));
        tabs.setCurrentIndex(DetailTabs::SourceTab);
        const QString text = tabs.sourceView()->toPlainText();
        QVERIFY2(text.startsWith(u"<div"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n  <p>"_s), qPrintable(text)); // indented one level
        QVERIFY(text.contains(u"Morning"_s));

        Message broken = hostileMessage();
        broken.messageId = u"other"_s;
        broken.message = u"<div><p>unclosed</div>"_s;
        tabs.showMessage(broken);
        QCOMPARE(tabs.sourceView()->toPlainText(), broken.message); // as received
    }

    void prettyXml_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // QXmlStreamWriter breaks the line before an end tag that follows one: only whitespace
        // before </p>, which changes nothing in how the message reads.
        QTest::newRow("nested") << u"<div><p>a<b>b</b></p><hr/></div>"_s
                                << u"<div>\n  <p>a<b>b</b>\n  </p>\n  <hr/>\n</div>"_s;
        QTest::newRow("mixed content kept")
            << u"<p>Morning <span>@Bob</span> see</p>"_s << u"<p>Morning <span>@Bob</span> see</p>"_s;
        QTest::newRow("whitespace between elements dropped")
            << u"<div>\n\n   <p>x</p>   </div>"_s << u"<div>\n  <p>x</p>\n</div>"_s;
        QTest::newRow("escapes kept") << u"<p>a &lt; b &amp; c</p>"_s << u"<p>a &lt; b &amp; c</p>"_s;
        QTest::newRow("not well-formed") << u"<p>x"_s << QString();
        QTest::newRow("html entity") << u"<p>&nbsp;</p>"_s << QString();
        QTest::newRow("plain text") << u"just text"_s << QString();
    }

    void prettyXml()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> got = MarkupFormat::prettyXml(input);
        QCOMPARE(got.valueOr(QString()), expected);
        QCOMPARE(got.ok(), !expected.isNull());
    }

    void dataTabShowsEntityJson()
    {
        DetailTabs tabs;
        tabs.showMessage(fetchMessage(Demo::M1Id));
        tabs.setCurrentIndex(DetailTabs::DataTab);
        const QString text = tabs.dataView()->toPlainText();
        QVERIFY2(text.contains(u"\"value\": 8933531976682"_s), qPrintable(text));
        QVERIFY(text.contains(u"\n    "_s));

        Message bad = hostileMessage();
        bad.data = u"{not json"_s;
        tabs.showMessage(bad);
        QCOMPARE(tabs.dataView()->toPlainText(), bad.data);
    }

    void jsonTreeShowsIdsExactly()
    {
        DetailTabs tabs;
        QAbstractItemModelTester tester(
            tabs.jsonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tabs.showMessage(fetchMessage(Demo::M1Id));
        QCOMPARE(tabs.jsonModel()->rowCount(), 0); // built when the tab is shown
        tabs.setCurrentIndex(DetailTabs::JsonTab);
        JsonTreeModel *model = tabs.jsonModel();
        QVERIFY(model->rowCount() > 5);
        QModelIndex user;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == u"user"_s)
                user = model->index(r, 0);
        }
        QVERIFY(user.isValid());
        QModelIndex id;
        for (int r = 0; r < model->rowCount(user); ++r) {
            if (model->index(r, 0, user).data().toString() == u"userId"_s)
                id = model->index(r, JsonTreeModel::ValueColumn, user);
        }
        QCOMPARE(id.data().toString(), QString::number(Demo::AliceId));

        // Copy value puts the exact text on the clipboard.
        tabs.jsonView()->setCurrentIndex(id);
        tabs.copyJsonValue();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"8933531976681"_s);

        // When the message keeps its bytes, a number beyond 64 bits keeps its digits too.
        Message big = hostileMessage();
        big.messageId = u"big"_s;
        big.json = R"({"messageId":"big","user":{"userId":18446744073709551615}})";
        big.raw = QJsonDocument::fromJson(big.json).object();
        tabs.showMessage(big);
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex bigUser = model->index(1, 0);
        QCOMPARE(model->index(0, JsonTreeModel::ValueColumn, bigUser).data().toString(),
            u"18446744073709551615"_s);
    }

    void anotherSourceFeedsTheTabs()
    {
        // The tabs ask their MessageDetails, whatever it is: here a fake, and no pod at all.
        FakeDetails::MessageDetails fake;
        fake.receiptPages.insert(
            u"mid"_s, {FakeDetails::page({1, 2}, u"c1"_s, true, 3), FakeDetails::page({3}, {}, false, 3)});
        MessageStatus status;
        StatusUser reader;
        reader.userId = 7;
        status.read = {reader};
        fake.statuses.insert(u"mid"_s, status);
        fake.files.insert(u"f1"_s, QByteArray("content"));
        Message m;
        m.messageId = u"mid"_s;
        m.stream.streamId = u"sid"_s;
        AttachmentInfo file;
        file.id = u"f1"_s;
        file.name = u"notes.txt"_s;
        file.size = 7;
        m.attachments = {file};
        m_pod->clearRequestLog();

        DetailTabs tabs;
        QSignalSpy messages(&tabs, &DetailTabs::statusMessage);
        tabs.setDetails(&fake);
        tabs.showMessage(m);
        tabs.setCurrentIndex(DetailTabs::ReceiptsTab);
        QTRY_COMPARE(tabs.receiptsModel()->state(), ReceiptsModel::State::Loaded);
        QCOMPARE(tabs.receiptsView()->model()->rowCount(), 2);
        QVERIFY(tabs.loadMoreButton()->isEnabled());
        tabs.loadMoreButton()->click();
        QTRY_COMPARE(tabs.receiptsView()->model()->rowCount(), 3);
        QTRY_VERIFY(!tabs.loadMoreButton()->isEnabled());
        QCOMPARE(fake.receiptQueries.last().from.after, u"c1"_s);

        tabs.setCurrentIndex(DetailTabs::StatusTab);
        QTRY_COMPARE(tabs.statusModel()->state(), MessageStatusModel::State::Loaded);
        QCOMPARE(
            tabs.statusView()->model()->index(0, MessageStatusModel::UserIdColumn).data().toString(), u"7"_s);

        QTemporaryDir dir;
        QVERIFY(tabs.downloadTo(0, dir.filePath(u"notes.txt"_s)));
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY2(messages.at(0).at(0).toString().contains(u"notes.txt"_s),
            qPrintable(messages.at(0).at(0).toString()));
        QFile saved(dir.filePath(u"notes.txt"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("content"));
        QVERIFY(apiPaths().isEmpty());
    }

    void sourcesAreSwappedAndDeletedUnderTheTabs()
    {
        // The window swaps the source on every connection; it may also just go away.
        FakeDetails::MessageDetails first;
        first.receiptPages.insert(u"mid"_s, {FakeDetails::page({1, 2}, u"c1"_s, true, 3)});
        auto second = std::make_unique<FakeDetails::MessageDetails>();
        second->receiptPages.insert(u"mid"_s, {FakeDetails::page({5}, {}, false, 1)});
        second->files.insert(u"f1"_s, QByteArray("content"));
        Message m;
        m.messageId = u"mid"_s;
        m.stream.streamId = u"sid"_s;
        AttachmentInfo file;
        file.id = u"f1"_s;
        file.name = u"notes.txt"_s;
        file.size = 7;
        m.attachments = {file};

        DetailTabs tabs;
        tabs.setDetails(&first);
        tabs.showMessage(m);
        tabs.setCurrentIndex(DetailTabs::ReceiptsTab);
        QCOMPARE(first.receiptQueries.size(), 1);
        QVERIFY(tabs.receiptsModel()->isLoading());

        // Swapped while the first source's call is in flight: it never delivers, and the open tab
        // asks the new source at once.
        tabs.setDetails(second.get());
        QCOMPARE(tabs.details(), second.get());
        QCOMPARE(second->receiptQueries.size(), 1);
        QTRY_COMPARE(tabs.receiptsModel()->state(), ReceiptsModel::State::Loaded);
        QCOMPARE(first.delivered, 0);
        QCOMPARE(tabs.receiptsView()->model()->rowCount(), 1);
        QCOMPARE(tabs.receiptsModel()->receipt(0).user.id, qint64(5));

        // The source deleted: the tabs are disconnected at once (nothing left of its answers, no
        // Download button), and ask nothing of a dangling pointer.
        tabs.setCurrentIndex(DetailTabs::AttachmentsTab);
        tabs.attachmentsView()->selectRow(0);
        QVERIFY(tabs.downloadButton()->isEnabled());
        second.reset();
        QCOMPARE(tabs.details(), nullptr);
        QCOMPARE(tabs.receiptsView()->model()->rowCount(), 0);
        QVERIFY(!tabs.downloadButton()->isEnabled());
        tabs.receiptsModel()->setMessage(u"mid"_s);
        QCOMPARE(tabs.receiptsModel()->state(), ReceiptsModel::State::Idle);
        QTemporaryDir dir;
        QVERIFY(!tabs.downloadTo(0, dir.filePath(u"notes.txt"_s)));
        tabs.setDetails(nullptr);
        QCOMPARE(first.receiptQueries.size(), 1);
    }

    void receiptsTabShowsTheDemoReceipts()
    {
        DetailTabs tabs;
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M1Id));
        m_pod->clearRequestLog();
        QTest::qWait(0);
        QVERIFY(apiPaths().isEmpty()); // nothing asked before the tab is opened
        tabs.setCurrentIndex(DetailTabs::ReceiptsTab);
        QTRY_COMPARE_WITH_TIMEOUT(tabs.receiptsModel()->state(), ReceiptsModel::State::Loaded, 10000);
        QTableView *view = tabs.receiptsView();
        QCOMPARE(view->model()->rowCount(), 2); // the first page
        QVERIFY2(tabs.receiptsSummary()->text().contains(u"3"_s), qPrintable(tabs.receiptsSummary()->text()));
        QVERIFY(tabs.loadMoreButton()->isEnabled());
        tabs.loadMoreButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 10000);
        QTRY_VERIFY(!tabs.loadMoreButton()->isEnabled());
        const DemoPod::DataSet data(m_pod->config());
        const auto entries = data.receipts(data.findMessage(Ids::decode(QString::fromLatin1(Demo::M1Id))));
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(view->model()->index(i, ReceiptsModel::UserIdColumn).data().toString(),
                QString::number(entries.at(i).userId));
    }

    void receiptsErrorIsShownAndReported()
    {
        Fault f;
        f.pathPattern = u"/pod/v1/admin/messages/.*/receipts"_s;
        f.status = 500;
        m_pod->addFault(f);
        DetailTabs tabs;
        QSignalSpy errors(&tabs, &DetailTabs::errorOccurred);
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M1Id));
        tabs.setCurrentIndex(DetailTabs::ReceiptsTab);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QCOMPARE(errors.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(tabs.receiptsView()->model()->rowCount(), 0);
        QVERIFY(tabs.loadMoreButton()->isEnabled()); // to try again
        QPushButton *loadAll = nullptr;
        for (QPushButton *b : tabs.findChildren<QPushButton *>()) {
            if (b->accessibleName() == u"Load every page of receipts"_s)
                loadAll = b;
        }
        QVERIFY(loadAll && loadAll->isEnabled());
        loadAll->click(); // the fault is used up: every page loads
        QTRY_COMPARE_WITH_TIMEOUT(tabs.receiptsView()->model()->rowCount(), 3, 10000);
        QTRY_VERIFY(!loadAll->isEnabled());
    }

    void statusTabShowsTheDemoStatus()
    {
        DetailTabs tabs;
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M1Id));
        tabs.setCurrentIndex(DetailTabs::StatusTab);
        QTRY_COMPARE_WITH_TIMEOUT(tabs.statusView()->model()->rowCount(), 4, 10000);
        QCOMPARE(tabs.statusView()->model()->index(0, MessageStatusModel::UserIdColumn).data().toString(),
            QString::number(Demo::AliceId));
    }

    void withoutClientTheNetworkTabsExplainThemselves()
    {
        DetailTabs tabs;
        tabs.showMessage(fetchMessage(Demo::M1Id));
        m_pod->clearRequestLog();
        tabs.setCurrentIndex(DetailTabs::ReceiptsTab);
        tabs.setCurrentIndex(DetailTabs::StatusTab);
        QTest::qWait(0);
        QVERIFY(apiPaths().isEmpty());
        QCOMPARE(tabs.receiptsModel()->rowCount(), 0);
        const auto labels = tabs.findChildren<QLabel *>();
        const bool hinted = std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *l) { return l->text().contains(u"Connect to a pod"_s); });
        QVERIFY(hinted);
    }

    void defaultMessageClears()
    {
        DetailTabs tabs;
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M5Id));
        QCOMPARE(tabs.attachmentsModel()->rowCount(), 3);
        QVERIFY(tabs.tabText(DetailTabs::AttachmentsTab).contains(u"2"_s));
        QVERIFY(tabs.downloadButton()->isEnabled()); // the first file is selected already
        m_pod->clearRequestLog();
        tabs.showMessage(Message {});
        QCOMPARE(tabs.attachmentsModel()->rowCount(), 0);
        QCOMPARE(tabs.previewBrowser()->toPlainText(), QString());
        QVERIFY(!tabs.headerLabel()->text().isEmpty());
        for (int i = 0; i < tabs.count(); ++i)
            tabs.setCurrentIndex(i);
        QTest::qWait(0);
        QVERIFY(apiPaths().isEmpty());
        QCOMPARE(tabs.jsonModel()->rowCount(), 0);
    }

    void attachmentDownloadWritesTheDecodedBytesAtomically()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"term-sheet.pdf"_s);
        DetailTabs tabs;
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M5Id));
        tabs.setCurrentIndex(DetailTabs::AttachmentsTab);
        QString suggested;
        tabs.askSavePath = [&](const QString &name, const std::function<void(const QString &)> &accept) {
            suggested = name;
            accept(target);
        };
        QSignalSpy status(&tabs, &DetailTabs::statusMessage);
        tabs.attachmentsView()->selectRow(0);
        QVERIFY(tabs.downloadButton()->isEnabled());
        tabs.downloadButton()->click();
        QCOMPARE(suggested, u"term-sheet.pdf"_s);
        QVERIFY(!tabs.downloadButton()->isEnabled()); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);
        QVERIFY2(
            status.last().at(0).toString().contains(u"Saved"_s), qPrintable(status.last().at(0).toString()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const DemoPod::DataSet data(m_pod->config());
        const QByteArray expected
            = data.attachmentBytes(data.findMessage(Ids::decode(QString::fromLatin1(Demo::M5Id))),
                QString::fromLatin1(Demo::PdfAttachmentId));
        QCOMPARE(file.readAll(), expected);
        QVERIFY(expected.startsWith("%PDF"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"term-sheet.pdf"_s});
        QVERIFY(tabs.downloadButton()->isEnabled());
    }

    void attachmentDownloadKeepsAnExistingFile()
    {
        // The chosen name is taken: nothing is replaced, and the message says where the file went.
        QTemporaryDir dir;
        const QString target = dir.filePath(u"term-sheet.pdf"_s);
        {
            QFile mine(target);
            QVERIFY(mine.open(QIODevice::WriteOnly));
            mine.write("mine");
        }
        DetailTabs tabs;
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M5Id));
        tabs.setCurrentIndex(DetailTabs::AttachmentsTab);
        tabs.askSavePath
            = [&](const QString &, const std::function<void(const QString &)> &accept) { accept(target); };
        QSignalSpy status(&tabs, &DetailTabs::statusMessage);
        tabs.attachmentsView()->selectRow(0);
        tabs.downloadButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);
        const QString saved = dir.filePath(u"term-sheet (2).pdf"_s);
        QVERIFY2(status.last().at(0).toString().contains(QDir::toNativeSeparators(saved)),
            qPrintable(status.last().at(0).toString()));
        QFile mine(target);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine"));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
    }

    void cancelledDownloadLeavesNoFile()
    {
        Fault slow;
        slow.pathPattern = u"/agent/v1/stream/.*/attachment"_s;
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 2000;
        m_pod->addFault(slow);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"chart.png"_s);
        DetailTabs tabs;
        tabs.resize(800, 600);
        tabs.show();
        tabs.setDetails(m_details.get());
        tabs.showMessage(fetchMessage(Demo::M5Id));
        tabs.setCurrentIndex(DetailTabs::AttachmentsTab);
        tabs.askSavePath
            = [&](const QString &, const std::function<void(const QString &)> &accept) { accept(target); };
        QSignalSpy status(&tabs, &DetailTabs::statusMessage);
        QSignalSpy errors(&tabs, &DetailTabs::errorOccurred);
        tabs.attachmentsView()->selectRow(1);
        tabs.downloadButton()->click();
        QVERIFY(tabs.cancelDownloadButton()->isVisible());
        QVERIFY(tabs.downloadProgress()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(TestSupport::countRequests(*m_pod, slow.pathPattern), 1, 10000);
        tabs.cancelDownloadButton()->click();
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(u"cancelled"_s));
        QVERIFY(errors.isEmpty()); // a cancel is not an error
        QVERIFY(!tabs.cancelDownloadButton()->isVisible());
        QVERIFY(!QFile::exists(target));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void styleComesFromThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        const QString a = SafeTextBrowser::styleSheet(light);
        const QString b = SafeTextBrowser::styleSheet(dark);
        QVERIFY(a != b);
        for (const QString &cls : {u".pml-mention"_s, u".pml-hashtag"_s, u".pml-cashtag"_s, u".pml-card"_s,
                 u"code"_s, u".pml-link-blocked"_s})
            QVERIFY2(a.contains(cls), qPrintable(cls));
        QVERIFY(b.contains(u"color: #e6e6e6"_s)); // the dark palette's text on the mention chip

        // A palette change restyles the shown message.
        SafeTextBrowser browser;
        browser.setSafeHtml(u"<p><span class=\"pml-mention\">@Bob</span></p>"_s);
        browser.setPalette(dark);
        QCOMPARE(browser.document()->defaultStyleSheet(), SafeTextBrowser::styleSheet(browser.palette()));
    }
};

INSPECTOR_TEST_MAIN(DetailTabsTest)
#include "tst_detailtabs.moc"
