// SPDX-License-Identifier: Apache-2.0
#include "launcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#include "common/plaintext.h"
#include "demosession.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "screenshottour.h"
#include "shell/mainwindow.h"

using namespace Qt::StringLiterals;

namespace Inspector::Gui {

namespace {

void print(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

} // namespace

Launcher::Launcher(QObject *parent)
    : QObject(parent)
{ }

Launcher::~Launcher()
{
    // The window's client and panes go before the demo pod they talk to.
    m_window.reset();
    m_demoSession.reset();
}

void Launcher::setUpApplication(QApplication &app)
{
    QApplication::setOrganizationName(u"symphony-inspector"_s);
    QApplication::setApplicationName(u"symphony-inspector"_s);
    QApplication::setApplicationDisplayName(u"Symphony Inspector"_s);
    QApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    QApplication::setDesktopFileName(u"symphony-inspector"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/symphony-inspector.svg"_s));
    // Behind the plain-text labels and tooltips: no rich text loads a resource, no tooltip is HTML.
    Ui::RichTextGuard::install();

    // The translations follow the system locale; English is the source language.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale::system(), u"symphony-inspector"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale::system(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

bool Launcher::prepare(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Inspect and export the streams and messages of a Symphony Messaging pod."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, tr("Start the embedded demo pod and connect to it."));
    const QCommandLineOption profile(
        u"profile"_s, tr("Connect with the connection profile NAME."), tr("NAME"));
    const QCommandLineOption archive(u"archive"_s,
        tr("Open the archive WHERE (a SQLite file or a postgresql://user@host/database URL) offline, "
           "without any network."),
        tr("WHERE"));
    const QCommandLineOption screenshots(u"screenshots"_s,
        tr("With --demo or --archive: write a PNG of each main view into DIR, then quit."), tr("DIR"));
    parser.addOptions({demo, profile, archive, screenshots});
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + u"\n"_s + tr("Try --help.") + u'\n');
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(version)) {
        print(stdout, QApplication::applicationName() + u' ' + QApplication::applicationVersion() + u'\n');
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr,
            tr("Unexpected argument \"%1\". Try --help.").arg(parser.positionalArguments().first()) + u'\n');
        *exitCode = 2;
        return false;
    }
    m_demo = parser.isSet(demo);
    m_profile = parser.value(profile);
    m_screenshots = parser.value(screenshots);
    m_archive = parser.value(archive);
    if (int(m_demo) + int(!m_profile.isEmpty()) + int(parser.isSet(archive)) > 1) {
        print(stderr, tr("Give one of --demo, --profile and --archive.") + u'\n');
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(archive) && m_archive.trimmed().isEmpty()) {
        print(stderr, tr("--archive needs a file or a postgresql:// URL.") + u'\n');
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(screenshots) && ((!m_demo && m_archive.isEmpty()) || m_screenshots.isEmpty())) {
        print(stderr, tr("--screenshots needs a folder and --demo or --archive.") + u'\n');
        *exitCode = 2;
        return false;
    }

    if (!m_screenshots.isEmpty()) {
        // Screenshots must not depend on (or change) the user's settings and keychain.
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_settings
            = std::make_unique<QSettings>(m_tempDir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
    } else {
        m_settings = std::make_unique<QSettings>();
        m_secrets = std::make_unique<KeychainSecretStore>();
    }
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    if (!m_profile.isEmpty()) {
        bool found = false;
        for (const Profile &p : m_profiles->profiles())
            found = found || p.name == m_profile || p.id == m_profile;
        if (!found) {
            print(stderr, tr("No connection profile is called \"%1\".").arg(m_profile) + u'\n');
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

void Launcher::launch()
{
    // The demo pod also plays a stream of generated real-time events (messages, joins, room
    // changes, the odd redelivered duplicate), so that the Live tab has something to show.
    DemoPod::Config demoConfig;
    demoConfig.eventBatches = 200;
    m_demoSession = std::make_unique<DemoSession>(demoConfig);
    m_window = std::make_unique<Ui::MainWindow>(m_settings.get(), m_profiles.get(), m_secrets.get());
    DemoSession *demoSession = m_demoSession.get();
    m_window->setDemoStarter([demoSession] { return demoSession->access(); });
    m_window->show();

    if (m_demo) {
        m_window->connectProfile(Profile::demoProfile());
    } else if (!m_archive.isEmpty()) {
        m_window->openArchive(m_archive);
    } else if (!m_profile.isEmpty()) {
        for (const Profile &p : m_profiles->profiles()) {
            if (p.name == m_profile || p.id == m_profile) {
                m_window->connectProfile(p);
                break;
            }
        }
    }

    if (!m_screenshots.isEmpty()) {
        m_tour = new ScreenshotTour(m_window.get(), m_screenshots, this);
        m_tour->setArchiveTour(!m_archive.isEmpty());
        connect(m_tour, &ScreenshotTour::finished, this, [this](bool ok, const QString &error) {
            for (const QString &file : m_tour->files())
                print(stdout, file + u'\n');
            if (!ok)
                print(stderr, tr("Screenshots failed: %1").arg(error) + u'\n');
            QCoreApplication::exit(ok ? 0 : 1);
        });
        m_tour->start();
    }
}

} // namespace Inspector::Gui
