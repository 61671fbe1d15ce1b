// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "api/requests.h"
#include "auth/rsakey.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "common/themecolors.h"
#include "data/parse.h"
#include "demopodserver.h"
#include "itemmodels/healthmodel.h"
#include "itemmodels/requestlogmodel.h"
#include "profiles/profileconnector.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "services/poddiagnostics.h"
#include "tools/diagnosticspage.h"
#include "tools/idconverterdialog.h"
#include "tools/profiledialog.h"
#include "tools/profilemanagerdialog.h"
#include "tools/requestlogview.h"

using namespace Inspector;
using namespace Inspector::Ui;
using namespace Qt::StringLiterals;

namespace {
const auto RoomStd = u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
const auto RoomSafe = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
const auto MessageStd = u"yg3yyVqhRMHQ/y/zyPln/X///mSB2ar/bQ=="_s;
const auto MessageSafe = u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s;
} // namespace

/** The tools of the desktop program: ID converter, profiles, diagnostics and request log. */
class ToolsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoPod::Server> m_pod;

    std::unique_ptr<ApiClient> makeClient()
    {
        return TestSupport::botClient(*m_pod, {nullptr, ApiClientOptions().timeoutMs, RetryPolicy()});
    }

    static void call(ApiClient *client, const ApiRequest &request)
    {
        ApiJob *job = client->send(request);
        QSignalSpy spy(job, &ApiJob::finished);
        QVERIFY(spy.wait(10000));
    }

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        [&] { QVERIFY2(found, qPrintable(name)); }();
        return found;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Fills the editor of @p manager for a pasted-tokens profile named @p name.
    static void fillTokensProfile(
        ProfileDialog *editor, const QString &name, const QString &session, const QString &keyManager)
    {
        child<QLineEdit>(editor, u"profileName"_s)->setText(name);
        child<QLineEdit>(editor, u"podUrl"_s)->setText(u"https://acme.symphony.com"_s);
        auto *mode = child<QComboBox>(editor, u"authMode"_s);
        mode->setCurrentIndex(mode->findData(int(Profile::AuthMode::Tokens)));
        QTest::keyClicks(child<QLineEdit>(editor, u"sessionToken"_s), session);
        QTest::keyClicks(child<QLineEdit>(editor, u"keyManagerToken"_s), keyManager);
    }

    static void clickSave(ProfileDialog *editor)
    {
        auto *buttons = editor->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoPod::Config config;
        config.streams = 2;
        config.messagesPerStream = 12;
        m_pod = TestSupport::startPod(config);
    }

    void cleanupTestCase() { m_pod.reset(); }

    // ID converter

    void idConverterRoundTrips_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("urlSafe");
        QTest::addColumn<QString>("standard");
        QTest::newRow("room, standard") << RoomStd << RoomSafe << RoomStd;
        QTest::newRow("room, url-safe") << RoomSafe << RoomSafe << RoomStd;
        QTest::newRow("message, standard") << MessageStd << MessageSafe << MessageStd;
        QTest::newRow("message, url-safe, spaces")
            << u"  "_s + MessageSafe + u"\n"_s << MessageSafe << MessageStd;
    }

    void idConverterRoundTrips()
    {
        QFETCH(QString, input);
        QFETCH(QString, urlSafe);
        QFETCH(QString, standard);
        IdConverterDialog dialog;
        QSignalSpy stream(&dialog, &IdConverterDialog::openStreamRequested);
        QSignalSpy message(&dialog, &IdConverterDialog::openMessageRequested);
        auto *in = child<QLineEdit>(&dialog, u"idInput"_s);
        QTest::keyClicks(in, input.trimmed());
        QVERIFY(dialog.isIdValid());
        QCOMPARE(dialog.urlSafeId(), urlSafe);
        QCOMPARE(dialog.standardId(), standard);
        QVERIFY2(dialog.validityText().startsWith(u"Valid id"_s), qPrintable(dialog.validityText()));

        // Round trip: each output, pasted back, gives the same pair.
        for (const QString &form : {urlSafe, standard}) {
            dialog.setId(form);
            QCOMPARE(dialog.urlSafeId(), urlSafe);
            QCOMPARE(dialog.standardId(), standard);
        }
        dialog.setId(input);
        QVERIFY(dialog.isIdValid());

        QTest::mouseClick(child<QPushButton>(&dialog, u"copyStandard"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), standard);
        QTest::mouseClick(child<QPushButton>(&dialog, u"copyUrlSafe"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), urlSafe);

        QTest::mouseClick(child<QPushButton>(&dialog, u"openStream"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, u"openMessage"_s), Qt::LeftButton);
        QCOMPARE(stream.size(), 1);
        QCOMPARE(stream.first().first().toString(), urlSafe); // the API's form, whatever was pasted
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.first().first().toString(), urlSafe);
    }

    void idConverterRejectsBadIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad characters") << u"WM4Har!2K-cuwJqoNJVsgH___mSGkin_dA"_s << u"character"_s;
        QTest::newRow("mixed alphabets") << u"WM4HarJ2K+cuwJqoNJVsgH___mSGkin_dA"_s << u"one alphabet"_s;
        QTest::newRow("impossible length") << u"WM4HarJ2K"_s << u"length"_s;
        QTest::newRow("padding inside") << u"WM4Ha=J2K+cuwJqoNJVsgH///mSGkin/dA=="_s << u"padding"_s;
    }

    void idConverterRejectsBadIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        IdConverterDialog dialog;
        QSignalSpy stream(&dialog, &IdConverterDialog::openStreamRequested);
        dialog.setId(input);
        QVERIFY(!dialog.isIdValid());
        const QString text = dialog.validityText();
        QVERIFY2(text.startsWith(u"Not a valid id: "_s) && text.contains(reason, Qt::CaseInsensitive),
            qPrintable(text));
        QVERIFY(dialog.urlSafeId().isEmpty());
        QVERIFY(dialog.standardId().isEmpty());
        auto *open = child<QPushButton>(&dialog, u"openStream"_s);
        QVERIFY(!open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(stream.size(), 0);
        QCOMPARE(child<QLabel>(&dialog, u"idValidity"_s)->palette().color(QPalette::WindowText),
            Theme::errorText(dialog.palette()));
    }

    // Profiles

    void profileSecretReachesTheSecretStoreOnly()
    {
        const QString ini = m_dir.filePath(u"profiles.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        MemorySecretStore secrets;
        ProfileManagerDialog manager(&store, &secrets);
        QCOMPARE(child<QListWidget>(&manager, u"profileList"_s)->count(), 1); // the demo pod
        QVERIFY(!child<QPushButton>(&manager, u"editProfile"_s)->isEnabled());

        QTest::mouseClick(child<QPushButton>(&manager, u"addProfile"_s), Qt::LeftButton);
        ProfileDialog *editor = manager.editor();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(child<QLineEdit>(editor, u"sessionToken"_s)->echoMode(), QLineEdit::Password);
        const QString session = u"eyJhbGciOiJSUzUxMiJ9.c2Vzc2lvbi10b2tlbi1zZWNyZXQ"_s;
        const QString km = u"0badc0ffee-km-secret-4711"_s;
        fillTokensProfile(editor, u"ACME production"_s, session, km);
        QSignalSpy saved(editor, &ProfileDialog::saved);
        clickSave(editor);
        QVERIFY(editor->isBusy()); // the keychain answers asynchronously
        QVERIFY(!editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(saved.wait(5000));

        const Profile p = saved.first().first().value<Profile>();
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(p.id)->name, u"ACME production"_s);
        QCOMPARE(secrets.contents().value(Profile::secretKey(p.id, Profile::Secret::SessionToken)),
            session.toUtf8());
        QCOMPARE(secrets.contents().value(Profile::secretKey(p.id, Profile::Secret::KeyManagerToken)),
            km.toUtf8());
        const QByteArray bytes = fileBytes(ini);
        QVERIFY(bytes.contains("ACME production"));
        QVERIFY(!bytes.contains(session.toUtf8()));
        QVERIFY(!bytes.contains(km.toUtf8()));
        QVERIFY(!bytes.contains("secret"));

        // Edit keeps the stored secret when the field stays empty.
        manager.selectProfile(p.id);
        QTest::mouseClick(child<QPushButton>(&manager, u"editProfile"_s), Qt::LeftButton);
        QTRY_VERIFY(manager.editor() && manager.editor() != editor);
        editor = manager.editor();
        QCOMPARE(child<QLineEdit>(editor, u"sessionToken"_s)->text(), QString()); // never shown back
        child<QLineEdit>(editor, u"profileName"_s)->setText(u"ACME prod"_s);
        QSignalSpy saved2(editor, &ProfileDialog::saved);
        clickSave(editor);
        QVERIFY(saved2.size() == 1 || saved2.wait(5000));
        QCOMPARE(store.profile(p.id)->name, u"ACME prod"_s);
        QCOMPARE(secrets.contents().value(Profile::secretKey(p.id, Profile::Secret::SessionToken)),
            session.toUtf8());

        // Duplicate copies the secrets under the new id; delete removes them after confirmation.
        QTest::mouseClick(child<QPushButton>(&manager, u"duplicateProfile"_s), Qt::LeftButton);
        QCOMPARE(store.profiles().size(), 3);
        const QString copyId = manager.currentId();
        QVERIFY(copyId != p.id);
        QTRY_COMPARE(secrets.contents().value(Profile::secretKey(copyId, Profile::Secret::SessionToken)),
            session.toUtf8());
        QTest::mouseClick(child<QPushButton>(&manager, u"deleteProfile"_s), Qt::LeftButton);
        auto *confirm = manager.findChild<QMessageBox *>(u"confirmDelete"_s);
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(store.profiles().size(), 2);
        QTRY_VERIFY(!secrets.contents().contains(Profile::secretKey(copyId, Profile::Secret::SessionToken)));
        QVERIFY(secrets.contents().contains(Profile::secretKey(p.id, Profile::Secret::SessionToken)));
        QVERIFY(!fileBytes(ini).contains(session.toUtf8()));

        // Connect hands the selected profile over.
        QSignalSpy connectSpy(&manager, &ProfileManagerDialog::connectRequested);
        manager.selectProfile(Profile::demoId());
        QTest::mouseClick(child<QPushButton>(&manager, u"connectProfile"_s), Qt::LeftButton);
        QCOMPARE(connectSpy.size(), 1);
        QVERIFY(connectSpy.first().first().value<Profile>().demo);
    }

    void switchingAuthModeRemovesTheOldSecrets()
    {
        QSettings settings(m_dir.filePath(u"switch.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        MemorySecretStore secrets;
        ProfileManagerDialog manager(&store, &secrets);
        QTest::mouseClick(child<QPushButton>(&manager, u"addProfile"_s), Qt::LeftButton);
        ProfileDialog *editor = manager.editor();
        fillTokensProfile(editor, u"Switching"_s, u"session-secret"_s, u"km-secret"_s);
        QSignalSpy saved(editor, &ProfileDialog::saved);
        clickSave(editor);
        QVERIFY(saved.wait(5000));
        const QString id = saved.first().first().value<Profile>().id;
        const QString sessionKey = Profile::secretKey(id, Profile::Secret::SessionToken);
        const QString kmKey = Profile::secretKey(id, Profile::Secret::KeyManagerToken);
        QCOMPARE(secrets.contents().value(sessionKey), QByteArray("session-secret"));

        // The same profile now signs in with an RSA key: the pasted tokens are not needed any more.
        manager.selectProfile(id);
        QTest::mouseClick(child<QPushButton>(&manager, u"editProfile"_s), Qt::LeftButton);
        QTRY_VERIFY(manager.editor() && manager.editor() != editor);
        editor = manager.editor();
        auto *mode = child<QComboBox>(editor, u"authMode"_s);
        mode->setCurrentIndex(mode->findData(int(Profile::AuthMode::RsaKey)));
        child<QLineEdit>(editor, u"username"_s)->setText(u"bot"_s);
        child<QLineEdit>(editor, u"keyFile"_s)
            ->setText(QStringLiteral(INSPECTOR_TEST_DATA "/keys/rsa2048-pkcs8.pem"));
        QTest::keyClicks(child<QLineEdit>(editor, u"keyPassphrase"_s), u"pass"_s);
        QSignalSpy saved2(editor, &ProfileDialog::saved);
        clickSave(editor);
        QVERIFY(saved2.size() == 1 || saved2.wait(5000));
        QCOMPARE(store.profile(id)->authMode, Profile::AuthMode::RsaKey);
        QTRY_VERIFY(!secrets.contents().contains(sessionKey));
        QVERIFY(!secrets.contents().contains(kmKey));
        QCOMPARE(secrets.contents().value(Profile::secretKey(id, Profile::Secret::KeyPassphrase)),
            QByteArray("pass"));
    }

    void profileDialogValidatesInline()
    {
        QSettings settings(m_dir.filePath(u"invalid.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        MemorySecretStore secrets;
        ProfileDialog dialog(Profile::create({}), &store, &secrets);
        dialog.show();
        child<QLineEdit>(&dialog, u"podUrl"_s)->setText(u"ftp://acme"_s);
        auto *proxy = child<QComboBox>(&dialog, u"proxyType"_s);
        proxy->setCurrentIndex(proxy->findData(int(QNetworkProxy::HttpProxy)));
        clickSave(&dialog);
        const QString message = dialog.message();
        QVERIFY2(message.contains(u"name"_s), qPrintable(message));
        QVERIFY2(message.contains(u"ftp"_s), qPrintable(message));
        QVERIFY2(message.contains(u"proxy needs a host"_s), qPrintable(message));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(dialog.isVisible());
    }

    void noKeychainOffersThisRunOnly()
    {
        const QString ini = m_dir.filePath(u"nobackend.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        MemorySecretStore secrets;
        secrets.simulateFailure(SecretJob::Error::NoBackend);
        ProfileDialog dialog(Profile::create({}), &store, &secrets);
        dialog.show();
        const QString session = u"run-only-session-token-1234"_s;
        fillTokensProfile(&dialog, u"No keychain"_s, session, {});
        QSignalSpy saved(&dialog, &ProfileDialog::saved);
        clickSave(&dialog);
        auto *keep = child<QPushButton>(&dialog, u"keepForThisRun"_s);
        QTRY_VERIFY(keep->isVisible());
        QVERIFY2(dialog.message().contains(u"No keychain service"_s), qPrintable(dialog.message()));
        QCOMPARE(saved.size(), 0);
        QCOMPARE(store.profiles().size(), 1); // nothing saved without the user's choice

        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const Profile p = saved.first().first().value<Profile>();
        const QString key = Profile::secretKey(p.id, Profile::Secret::SessionToken);
        QVERIFY(secrets.isKeptForThisRun(key));
        QVERIFY(secrets.contents().isEmpty());
        QVERIFY(!fileBytes(ini).contains(session.toUtf8()));
        QVERIFY(fileBytes(ini).contains("No keychain"));
    }

    /// A profile made in the dialog (RSA key file, passphrase typed in) really opens a session.
    void profileFromTheDialogConnects()
    {
        const QString keys = QString::fromUtf8(INSPECTOR_TEST_DATA "/keys/");
        QFile publicKey(keys + u"rsa2048-public.pem"_s);
        QVERIFY(publicKey.open(QIODevice::ReadOnly));
        INSPECTOR_VERIFY_OK(m_pod->addUserPublicKey(DemoPod::Server::botUsername(), publicKey.readAll()));

        const QString ini = m_dir.filePath(u"connect.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        MemorySecretStore secrets;
        ProfileManagerDialog manager(&store, &secrets);
        QTest::mouseClick(child<QPushButton>(&manager, u"addProfile"_s), Qt::LeftButton);
        ProfileDialog *editor = manager.editor();
        QVERIFY(editor);
        child<QLineEdit>(editor, u"profileName"_s)->setText(u"Local pod"_s);
        child<QLineEdit>(editor, u"podUrl"_s)->setText(m_pod->baseUrl().toString());
        child<QLineEdit>(editor, u"username"_s)->setText(DemoPod::Server::botUsername());
        child<QLineEdit>(editor, u"keyFile"_s)->setText(keys + u"rsa2048-pkcs8-encrypted.pem"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"keyPassphrase"_s), u"inspector-test"_s);
        QSignalSpy saved(editor, &ProfileDialog::saved);
        clickSave(editor);
        QVERIFY(saved.wait(5000));
        QVERIFY(!fileBytes(ini).contains("inspector-test"));

        QSignalSpy connectSpy(&manager, &ProfileManagerDialog::connectRequested);
        QTest::mouseClick(child<QPushButton>(&manager, u"connectProfile"_s), Qt::LeftButton);
        QCOMPARE(connectSpy.size(), 1);
        const Profile profile = connectSpy.first().first().value<Profile>();
        QCOMPARE(profile.name, u"Local pod"_s);

        ProfileConnector connector(profile, &secrets);
        QSignalSpy ready(&connector, &ProfileConnector::ready);
        QSignalSpy failed(&connector, &ProfileConnector::failed);
        connector.start();
        QTRY_COMPARE(ready.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const auto setup = ready.first().first().value<SessionSetup>();
        ApiClient client(setup.urls, setup.options);
        client.setCredentials(setup.credentials);
        ApiJob *job = client.send(Requests::sessionInfo());
        QSignalSpy finished(job, &ApiJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(job->isSuccess(), qPrintable(job->error().message));
        QCOMPARE(Parse::user(job->response().body).value.username, DemoPod::Server::botUsername());
    }

    // Diagnostics and request log

    void diagnosticsShowsCeserviceDown()
    {
        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, u"CE service user cannot log in"_s));
        auto client = makeClient();
        DiagnosticsPage page;
        page.resize(900, 700);
        page.show();
        QVERIFY(page.summaryText().contains(u"Not connected"_s));
        QSignalSpy errors(&page, &DiagnosticsPage::errorOccurred);
        PodDiagnostics diagnostics(client.get());
        page.setDiagnostics(&diagnostics);
        page.setClient(client.get());
        QAbstractItemModelTester tester(
            page.healthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(page.healthModel(), &HealthModel::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(errors.size(), 0);

        QVERIFY2(page.summaryText().contains(u"DOWN (1): ceservice"_s), qPrintable(page.summaryText()));
        auto *board = child<QTableView>(&page, u"healthBoard"_s);
        QAbstractItemModel *shown = board->model();
        int ceRow = -1;
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, 0).data(ModelRole::Name).toString() == "ceservice"_L1)
                ceRow = row;
        }
        QVERIFY(ceRow >= 0);
        QCOMPARE(shown->index(ceRow, HealthModel::StatusColumn).data().toString(), u"DOWN"_s);
        const QString meaning = shown->index(ceRow, HealthModel::MeaningColumn).data().toString();
        QVERIFY2(meaning.contains(u"datahose reads that ask for message events"_s), qPrintable(meaning));
        QCOMPARE(shown->index(ceRow, 0).data(Qt::BackgroundRole).value<QColor>(),
            Theme::errorBackground(page.palette()));
        const int upRow = ceRow == 0 ? 1 : 0;
        QCOMPARE(shown->index(upRow, 0).data(Qt::BackgroundRole).value<QColor>(),
            Theme::successBackground(page.palette()));

        QVERIFY2(page.agentText().contains(u"Version"_s), qPrintable(page.agentText()));
        QVERIFY2(page.sessionText().contains(DemoPod::Server::botUsername()), qPrintable(page.sessionText()));
        QVERIFY2(page.expiryText().contains(u"expires at"_s), qPrintable(page.expiryText()));
        QCOMPARE(page.recentErrors(), QStringList {u"No failed requests."_s});

        // A failed request of the session shows up under recent errors.
        call(client.get(), Requests::streamInfo(u"no-such-stream"_s));
        QTRY_VERIFY(page.recentErrors().first().contains(u"/pod/v2/streams/"_s));

        QVERIFY(m_pod->setComponentDown(u"ceservice"_s, {}));
        page.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(page.summaryText().startsWith(u"All components are UP"_s), qPrintable(page.summaryText()));
        page.setDiagnostics(nullptr);
        page.setClient(nullptr);
        QVERIFY(page.summaryText().contains(u"Not connected"_s));
    }

    void diagnosticsLetGoOfADeletedSource()
    {
        auto client = makeClient();
        auto diagnostics = std::make_unique<PodDiagnostics>(client.get());
        DiagnosticsPage page;
        page.setClient(client.get());
        page.setDiagnostics(diagnostics.get());
        auto *refresh = child<QPushButton>(&page, u"diagnosticsRefresh"_s);
        QVERIFY(refresh->isEnabled());
        QSignalSpy refreshed(page.healthModel(), &HealthModel::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(page.healthModel()->hasHealth());

        // The same source again keeps the board; its deletion clears it, and nothing is asked.
        page.setDiagnostics(diagnostics.get());
        QVERIFY(page.healthModel()->hasHealth());
        diagnostics.reset();
        QCOMPARE(page.diagnostics(), nullptr);
        QVERIFY(!page.healthModel()->hasHealth());
        QVERIFY(!refresh->isEnabled());
        page.refresh();
        QVERIFY(!page.healthModel()->isRefreshing());
        page.setClient(nullptr);
    }

    void requestLogShowsRequestsWithoutTokens()
    {
        auto client = makeClient();
        RequestLogView view;
        view.show();
        view.setClient(client.get());
        QAbstractItemModelTester tester(
            view.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        call(client.get(), Requests::sessionInfo());
        call(client.get(), Requests::streamInfo(u"no-such-stream"_s));
        QVERIFY(client->hasSession());
        QSortFilterProxyModel *shown = view.proxyModel();
        QCOMPARE(shown->rowCount(), 4); // two authentications and two calls
        QStringList all;
        for (int row = 0; row < shown->rowCount(); ++row) {
            for (int column = 0; column < shown->columnCount(); ++column) {
                all << shown->index(row, column).data().toString()
                    << shown->index(row, column).data(Qt::ToolTipRole).toString();
            }
        }
        const QString text = all.join(u'\n');
        QVERIFY(text.contains(u"/pod/v2/sessioninfo"_s));
        QVERIFY(text.contains(u"GET"_s) && text.contains(u"POST"_s));
        QVERIFY(!text.contains(QString::fromUtf8(client->credentials().sessionToken)));
        QVERIFY(!text.contains(QString::fromUtf8(client->credentials().keyManagerToken)));
        QVERIFY(!text.contains(u"sessionToken"_s, Qt::CaseInsensitive));

        child<QCheckBox>(&view, u"requestLogErrorsOnly"_s)->setChecked(true);
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->index(0, RequestLogModel::PathColumn).data().toString().contains(u"no-such-stream"_s));
        QCOMPARE(
            shown->index(0, 0).data(Qt::ForegroundRole).value<QColor>(), Theme::errorText(view.palette()));
        child<QCheckBox>(&view, u"requestLogErrorsOnly"_s)->setChecked(false);
        QTest::keyClicks(child<QLineEdit>(&view, u"requestLogFilter"_s), u"authenticate"_s);
        QCOMPARE(shown->rowCount(), 2);
        QVERIFY(child<QLabel>(&view, u"requestLogSummary"_s)->text().contains(u"2 of 4"_s));

        QTest::mouseClick(child<QPushButton>(&view, u"requestLogClear"_s), Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 0);
    }
};

INSPECTOR_TEST_MAIN(ToolsTest)

#include "tst_tools.moc"
