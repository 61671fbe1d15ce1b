// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "api/requests.h"
#include "common/testsuite.h"
#include "data/parse.h"
#include "demopodserver.h"
#include "profiles/profile.h"
#include "profiles/profileconnector.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

namespace {

QString keyPath(const char *name)
{
    return QString::fromUtf8(INSPECTOR_TEST_DATA "/keys/") + QString::fromUtf8(name);
}

constexpr auto Passphrase = "inspector-test";

/// Runs @p job to its end and returns its outcome (the job is gone afterwards).
struct Outcome
{
    SecretJob::Error error = SecretJob::Error::Other;
    QString message;
    QByteArray data;
    bool finishedSynchronously = false;
};

Outcome await(SecretJob *job)
{
    Outcome o;
    QSignalSpy spy(job, &SecretJob::finished);
    o.finishedSynchronously = !spy.isEmpty();
    if (!spy.wait(5000))
        return o;
    o.error = job->error();
    o.message = job->errorMessage();
    o.data = job->data();
    return o;
}

} // namespace

/** Profiles in QSettings, secrets in a SecretStore, and the connector that turns both into a session. */
class ProfilesTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath(const QString &name) const { return m_dir.filePath(name + u".ini"_s); }

    static Profile fullProfile()
    {
        Profile p = Profile::create(u"Production \u00e9quipe"_s);
        p.podUrl = u"https://acme.symphony.com"_s;
        p.agentUrl = u"https://agent.acme.com:8444"_s;
        p.keyManagerUrl = u"https://km.acme.com/relay"_s;
        p.loginUrl = u"https://login.acme.com"_s;
        p.authMode = Profile::AuthMode::RsaKey;
        p.username = u"export-bot"_s;
        p.keyFile = keyPath("rsa2048-pkcs8-encrypted.pem");
        p.certificateFile = keyPath("client.pem");
        p.caFile = keyPath("ca-bundle.pem");
        p.proxy.type = QNetworkProxy::Socks5Proxy;
        p.proxy.host = u"proxy.acme.com"_s;
        p.proxy.port = 1080;
        p.proxy.user = u"alice"_s;
        p.timeoutSeconds = 45;
        return p;
    }

    /// Connects @p profile and returns (setup, failure sentence).
    std::pair<std::optional<SessionSetup>, QString> connectProfile(
        const Profile &profile, SecretStore *secrets, const std::optional<DemoPodAccess> &demo = {})
    {
        ProfileConnector connector(profile, secrets);
        if (demo)
            connector.setDemoPod(*demo);
        QSignalSpy ready(&connector, &ProfileConnector::ready);
        QSignalSpy failed(&connector, &ProfileConnector::failed);
        connector.start();
        [&] {
            QVERIFY(ready.isEmpty() && failed.isEmpty()); // never from inside start()
            QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() == 1, 10000);
        }();
        QTest::qWait(0);
        [&] { QCOMPARE(ready.size() + failed.size(), 1); }();
        if (!ready.isEmpty())
            return {ready.first().first().value<SessionSetup>(), {}};
        if (!failed.isEmpty())
            return {std::nullopt, failed.first().first().toString()};
        return {std::nullopt, u"no answer"_s};
    }

    void writeSecrets(
        SecretStore *store, const QString &id, const QHash<Profile::Secret, QByteArray> &secrets)
    {
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            QCOMPARE(await(store->write(Profile::secretKey(id, it.key()), it.value())).error,
                SecretJob::Error::None);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<SessionSetup>();
    }

    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void roundTripThroughSettings()
    {
        const Profile full = fullProfile();
        Profile tokens = Profile::create(u"Tokens"_s);
        tokens.podUrl = u"pod.example.com"_s;
        tokens.authMode = Profile::AuthMode::Tokens;
        Profile cert = Profile::create(u"Cert"_s);
        cert.podUrl = u"https://cert.example.com"_s;
        cert.authMode = Profile::AuthMode::Certificate;
        cert.certificateFile = keyPath("client.p12");
        cert.proxy.type = QNetworkProxy::HttpProxy;
        cert.proxy.host = u"10.0.0.1"_s;
        cert.proxy.port = 3128;
        {
            QSettings settings(iniPath(u"roundtrip"_s), QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::changed);
            for (const Profile &p : {full, tokens, cert}) {
                const Result<> added = store.add(p);
                QVERIFY2(added.ok(), qPrintable(added.error().message()));
            }
            QCOMPARE(changed.size(), 3);
        }
        QSettings settings(iniPath(u"roundtrip"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 4);
        QVERIFY(all.at(0).demo);
        QCOMPARE(all.at(0).id, Profile::demoId());
        QCOMPARE(all.at(1), full);
        QCOMPARE(all.at(2), tokens);
        QCOMPARE(all.at(3), cert);
        QCOMPARE(store.profile(full.id).value(), full);
        QVERIFY(!store.profile(u"nope"_s));
    }

    void editDuplicateRemove()
    {
        QSettings settings(iniPath(u"edit"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p = fullProfile();
        QVERIFY(store.add(p).ok());
        const Result<> again = store.add(p);
        QVERIFY2(!again.ok(), "an existing id is refused");
        QVERIFY(again.error().message().contains(u"exists"_s));

        p.name = u"Renamed"_s;
        QVERIFY(store.update(p).ok());
        QCOMPARE(store.profile(p.id)->name, u"Renamed"_s);

        const Result<Profile> duplicated = store.duplicate(p.id);
        QVERIFY(duplicated.ok());
        const Profile &copy = duplicated.value();
        QVERIFY(copy.id != p.id);
        QCOMPARE(copy.name, u"Renamed (copy)"_s);
        QCOMPARE(copy.podUrl, p.podUrl);
        QCOMPARE(store.profiles().at(2).id, copy.id);

        QVERIFY(store.remove(p.id).ok());
        QCOMPARE(store.profiles().size(), 2);
        const Result<> removedTwice = store.remove(p.id);
        QVERIFY(!removedTwice.ok());
        QVERIFY(removedTwice.error().message().contains(u"no profile"_s));

        // The demo profile is built in.
        const Result<> removedDemo = store.remove(Profile::demoId());
        QVERIFY(!removedDemo.ok());
        QVERIFY(removedDemo.error().message().contains(u"built in"_s));
        QVERIFY(!store.update(Profile::demoProfile()).ok());
        QVERIFY(!store.duplicate(Profile::demoId()).ok());

        // Another instance sees the same list after reload().
        QSettings other(iniPath(u"edit"_s), QSettings::IniFormat);
        ProfileStore second(&other);
        QCOMPARE(second.profiles().size(), 2);
        QCOMPARE(second.profiles().at(1).id, copy.id);
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("expected");
        Profile p = fullProfile();
        p.name = u"  "_s;
        QTest::newRow("no name") << p << u"name"_s;
        p = fullProfile();
        p.podUrl.clear();
        QTest::newRow("no pod url") << p << u"pod URL"_s;
        p = fullProfile();
        p.podUrl = u"ftp://pod.example.com"_s;
        QTest::newRow("bad pod url") << p << u"ftp"_s;
        p = fullProfile();
        p.username.clear();
        QTest::newRow("rsa without username") << p << u"username"_s;
        p = fullProfile();
        p.keyFile.clear();
        QTest::newRow("rsa without key") << p << u"private key file"_s;
        p = fullProfile();
        p.authMode = Profile::AuthMode::Certificate;
        p.certificateFile.clear();
        QTest::newRow("cert without file") << p << u"certificate file"_s;
        p = fullProfile();
        p.proxy.port = 70000;
        QTest::newRow("proxy port") << p << u"proxy port"_s;
        p = fullProfile();
        p.proxy.host.clear();
        QTest::newRow("proxy host") << p << u"proxy needs a host"_s;
        p = fullProfile();
        p.timeoutSeconds = 0;
        QTest::newRow("timeout") << p << u"timeout"_s;
    }

    void invalidProfilesAreRefused()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, expected);
        QSettings settings(iniPath(u"invalid"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        const Result<> added = store.add(profile);
        QVERIFY(!added.ok());
        const QString error = added.error().message();
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(store.profiles().size(), 1);
    }

    void secretsNeverReachTheSettingsFile()
    {
        const QString path = iniPath(u"secrets"_s);
        MemorySecretStore secrets;
        const QByteArray passphrase = "passphrase-\xc3\xa9-4711";
        const QByteArray session = "eyJhbGciOiJSUzUxMiJ9.session-token-0815";
        const QByteArray km = "0123456789abcdef-km-token";
        const QByteArray proxyPassword = "proxy-pw-2718";
        Profile p = fullProfile();
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(store.add(p).ok());
            writeSecrets(&secrets, p.id,
                {{Profile::Secret::KeyPassphrase, passphrase}, {Profile::Secret::SessionToken, session},
                    {Profile::Secret::KeyManagerToken, km}, {Profile::Secret::ProxyPassword, proxyPassword}});
            p.authMode = Profile::AuthMode::Tokens;
            QVERIFY(store.update(p).ok());
            QVERIFY(store.duplicate(p.id).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("export-bot")); // the file is the right one
        for (const QByteArray &secret : {passphrase, session, km, proxyPassword, QByteArray("passphrase-"),
                 QByteArray("session-token-0815"), QByteArray("proxy-pw")})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        QCOMPARE(secrets.contents().size(), 4);
        QCOMPARE(secrets.contents().value(Profile::secretKey(p.id, Profile::Secret::SessionToken)), session);
    }

    void memorySecretStore()
    {
        MemorySecretStore store;
        Outcome o = await(store.read(u"p/key-passphrase"_s));
        QVERIFY(!o.finishedSynchronously);
        QCOMPARE(o.error, SecretJob::Error::NotFound);
        QVERIFY(o.message.contains(u"No secret"_s));

        o = await(store.write(u"p/key-passphrase"_s, "s3cret"));
        QVERIFY(!o.finishedSynchronously);
        QCOMPARE(o.error, SecretJob::Error::None);
        o = await(store.read(u"p/key-passphrase"_s));
        QCOMPARE(o.error, SecretJob::Error::None);
        QCOMPARE(o.data, QByteArray("s3cret"));

        o = await(store.remove(u"p/key-passphrase"_s));
        QCOMPARE(o.error, SecretJob::Error::None);
        QCOMPARE(await(store.read(u"p/key-passphrase"_s)).error, SecretJob::Error::NotFound);
        QCOMPARE(await(store.remove(u"p/key-passphrase"_s)).error, SecretJob::Error::NotFound);
    }

    void noBackendAndThisRunOnly()
    {
        MemorySecretStore store;
        store.simulateFailure(SecretJob::Error::NoBackend);
        Outcome o = await(store.write(u"p/session-token"_s, "tok"));
        QCOMPARE(o.error, SecretJob::Error::NoBackend);
        QVERIFY2(o.message.contains(u"No keychain service"_s) && o.message.contains(u"this run only"_s),
            qPrintable(o.message));
        QCOMPARE(await(store.read(u"p/session-token"_s)).error, SecretJob::Error::NoBackend);

        // The user's explicit choice: keep it in memory for this run.
        store.keepForThisRun(u"p/session-token"_s, "tok");
        QVERIFY(store.isKeptForThisRun(u"p/session-token"_s));
        o = await(store.read(u"p/session-token"_s));
        QCOMPARE(o.error, SecretJob::Error::None);
        QCOMPARE(o.data, QByteArray("tok"));
        QVERIFY(store.contents().isEmpty()); // never reached the backend

        // Removing clears the run-only copy even though the backend is missing.
        QCOMPARE(await(store.remove(u"p/session-token"_s)).error, SecretJob::Error::None);
        QVERIFY(!store.isKeptForThisRun(u"p/session-token"_s));

        // Once the backend works, a write there drops the run-only copy.
        store.keepForThisRun(u"p/x"_s, "old");
        store.simulateFailure(SecretJob::Error::None);
        QCOMPARE(await(store.write(u"p/x"_s, "new")).error, SecretJob::Error::None);
        QVERIFY(!store.isKeptForThisRun(u"p/x"_s));
        QCOMPARE(await(store.read(u"p/x"_s)).data, QByteArray("new"));
    }

    void connectorBuildsSetups()
    {
        MemorySecretStore secrets;
        // RSA with an encrypted key whose passphrase is in the store, plus CA file, proxy and timeout.
        Profile p = fullProfile();
        writeSecrets(&secrets, p.id,
            {{Profile::Secret::KeyPassphrase, Passphrase}, {Profile::Secret::ProxyPassword, "pw"}});
        auto [setup, error] = connectProfile(p, &secrets);
        QVERIFY2(setup, qPrintable(error));
        QCOMPARE(setup->profileName, p.name);
        QCOMPARE(setup->credentials.mode, Credentials::Mode::RsaKey);
        QCOMPARE(setup->credentials.username, u"export-bot"_s);
        QCOMPARE(setup->credentials.key.bits(), 2048);
        QCOMPARE(setup->urls.base(ServiceUrls::Service::Pod).toString(), u"https://acme.symphony.com/pod"_s);
        QCOMPARE(
            setup->urls.base(ServiceUrls::Service::Agent).toString(), u"https://agent.acme.com:8444/agent"_s);
        QCOMPARE(
            setup->urls.base(ServiceUrls::Service::KeyManager).toString(), u"https://km.acme.com/relay"_s);
        QCOMPARE(setup->urls.base(ServiceUrls::Service::Login).toString(), u"https://login.acme.com/login"_s);
        QCOMPARE(setup->options.timeoutMs, 45000);
        QCOMPARE(setup->options.caCertificates.size(), 2);
        QVERIFY(setup->options.proxy);
        QCOMPARE(setup->options.proxy->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(setup->options.proxy->hostName(), u"proxy.acme.com"_s);
        QCOMPARE(setup->options.proxy->port(), quint16(1080));
        QCOMPARE(setup->options.proxy->user(), u"alice"_s);
        QCOMPARE(setup->options.proxy->password(), u"pw"_s);

        // Derived URLs when only the pod is given.
        Profile tokens = Profile::create(u"Tokens"_s);
        tokens.podUrl = u"pod.example.com"_s;
        tokens.authMode = Profile::AuthMode::Tokens;
        writeSecrets(&secrets, tokens.id,
            {{Profile::Secret::SessionToken, "session-abc\n"}, {Profile::Secret::KeyManagerToken, "km-def"}});
        std::tie(setup, error) = connectProfile(tokens, &secrets);
        QVERIFY2(setup, qPrintable(error));
        QCOMPARE(setup->credentials.mode, Credentials::Mode::Tokens);
        QCOMPARE(setup->credentials.sessionToken, QByteArray("session-abc"));
        QCOMPARE(setup->credentials.keyManagerToken, QByteArray("km-def"));
        QCOMPARE(
            setup->urls.base(ServiceUrls::Service::Agent).toString(), u"https://pod.example.com/agent"_s);
        QVERIFY(!setup->options.proxy);

        // Certificate: a PKCS#12 file with its passphrase; and a separate PEM certificate and key.
        Profile cert = Profile::create(u"Cert"_s);
        cert.podUrl = u"https://cert.example.com"_s;
        cert.authMode = Profile::AuthMode::Certificate;
        cert.certificateFile = keyPath("client.p12");
        writeSecrets(&secrets, cert.id, {{Profile::Secret::CertificatePassphrase, Passphrase}});
        std::tie(setup, error) = connectProfile(cert, &secrets);
        QVERIFY2(setup, qPrintable(error));
        QCOMPARE(setup->credentials.mode, Credentials::Mode::Certificate);
        QVERIFY(setup->credentials.certificate);
        cert.certificateFile = keyPath("client.pem");
        cert.keyFile = keyPath("client-encrypted.key");
        std::tie(setup, error) = connectProfile(cert, &secrets);
        QVERIFY2(setup, qPrintable(error));
    }

    void connectorExplainsFailures_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("storeFailure");
        QTest::addColumn<QString>("expected");
        Profile rsa = Profile::create(u"Bot"_s);
        rsa.podUrl = u"https://pod.example.com"_s;
        rsa.username = u"bot"_s;
        rsa.keyFile = keyPath("rsa2048-pkcs8.pem");
        const int none = int(SecretJob::Error::None);

        Profile p = rsa;
        p.keyFile = keyPath("no-such-key.pem");
        QTest::newRow("missing key file") << p << QByteArray() << none << u"does not exist"_s;
        p = rsa;
        p.keyFile = keyPath("garbage.txt");
        QTest::newRow("bad pem") << p << QByteArray() << none << u"cannot be used"_s;
        p = rsa;
        p.keyFile = keyPath("rsa2048-truncated.pem");
        QTest::newRow("truncated pem") << p << QByteArray() << none << u"cannot be used"_s;
        p = rsa;
        p.keyFile = keyPath("rsa2048-pkcs8-encrypted.pem");
        QTest::newRow("wrong passphrase") << p << QByteArray("wrong") << none << u"passphrase"_s;
        QTest::newRow("no passphrase stored")
            << p << QByteArray() << none << u"no key passphrase is stored"_s;
        QTest::newRow("no keychain") << p << QByteArray() << int(SecretJob::Error::NoBackend)
                                     << u"No keychain service"_s;
        p = rsa;
        p.podUrl = u"https://pod example.com"_s;
        QTest::newRow("bad url") << p << QByteArray() << none << u"pod example.com"_s;
        p = rsa;
        p.agentUrl = u"gopher://agent.example.com"_s;
        QTest::newRow("bad agent url") << p << QByteArray() << none << u"gopher"_s;
        p = rsa;
        p.proxy.type = QNetworkProxy::HttpProxy;
        p.proxy.host = u"proxy host"_s;
        p.proxy.port = 8080;
        QTest::newRow("bad proxy host") << p << QByteArray() << none << u"proxy"_s;
        p.proxy.host = u"proxy.example.com"_s;
        p.proxy.port = 0;
        QTest::newRow("bad proxy port") << p << QByteArray() << none << u"proxy port"_s;
        p = rsa;
        p.caFile = keyPath("garbage.txt");
        QTest::newRow("bad ca file") << p << QByteArray() << none << u"CA file"_s;
        p.caFile = keyPath("nothing-here.pem");
        QTest::newRow("missing ca file") << p << QByteArray() << none << u"does not exist"_s;
        p = rsa;
        p.authMode = Profile::AuthMode::Tokens;
        QTest::newRow("no session token") << p << QByteArray() << none << u"no session token is stored"_s;
        p = rsa;
        p.authMode = Profile::AuthMode::Certificate;
        p.certificateFile = keyPath("client.p12");
        QTest::newRow("certificate without passphrase") << p << QByteArray() << none << u"certificate"_s;
        p.certificateFile = keyPath("client-mismatched-key.pem");
        QTest::newRow("certificate key mismatch") << p << QByteArray() << none << u"cannot be used"_s;
        QTest::newRow("demo pod not running")
            << Profile::demoProfile() << QByteArray() << none << u"demo pod is not running"_s;
    }

    void connectorExplainsFailures()
    {
        QFETCH(Profile, profile);
        QFETCH(QByteArray, passphrase);
        QFETCH(int, storeFailure);
        QFETCH(QString, expected);
        MemorySecretStore secrets;
        if (!passphrase.isEmpty()) {
            writeSecrets(&secrets, profile.id,
                {{Profile::Secret::KeyPassphrase, passphrase},
                    {Profile::Secret::CertificatePassphrase, passphrase}});
        }
        secrets.simulateFailure(SecretJob::Error(storeFailure));
        const auto [setup, error] = connectProfile(profile, &secrets);
        QVERIFY(!setup);
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    }

    /// A profile made of a URL and a key file really opens a session with the demo pod.
    void connectsToTheDemoPod()
    {
        DemoPod::Config config;
        config.streams = 2;
        config.messagesPerStream = 12;
        DemoPod::Server pod(config);
        QString error;
        INSPECTOR_VERIFY_OK(pod.start());
        const QString keyFile = m_dir.filePath(u"bot.pem"_s);
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(DemoPod::Server::botPrivateKeyPem());
        }
        Profile p = Profile::create(u"Local"_s);
        p.podUrl = pod.baseUrl().toString();
        p.username = DemoPod::Server::botUsername();
        p.keyFile = keyFile;
        MemorySecretStore secrets;

        for (const bool demo : {false, true}) {
            auto [setup, failure] = demo ? connectProfile(Profile::demoProfile(), &secrets,
                                        DemoPodAccess {pod.baseUrl(), DemoPod::Server::botUsername(),
                                            DemoPod::Server::botPrivateKeyPem()})
                                         : connectProfile(p, &secrets);
            QVERIFY2(setup, qPrintable(failure));
            ApiClient client(setup->urls, setup->options);
            client.setCredentials(setup->credentials);
            ApiJob *job = client.send(Requests::sessionInfo());
            QSignalSpy spy(job, &ApiJob::finished);
            QVERIFY(spy.wait(10000));
            QVERIFY2(job->isSuccess(), qPrintable(job->error().message));
            QCOMPARE(Parse::user(job->response().body).value.username, DemoPod::Server::botUsername());
        }
    }
};

INSPECTOR_TEST_GUILESS_MAIN(ProfilesTest)

#include "tst_profiles.moc"
