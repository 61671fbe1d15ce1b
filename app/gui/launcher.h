// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QApplication;
class QSettings;
class QTemporaryDir;
class QTranslator;

namespace Inspector {
class ProfileStore;
class SecretStore;
} // namespace Inspector

namespace Inspector::Ui {
class MainWindow;
}

namespace Inspector::Gui {

class DemoSession;
class ScreenshotTour;

/**
 * @brief What main() of symphony-inspector does: reads the command line (--demo, --profile,
 * --screenshots), loads the translations for the system locale, builds the stores and the
 * window, and connects. Owns everything it builds; GUI thread.
 */
class Launcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    explicit Launcher(QObject *parent = nullptr);
    ~Launcher() override;

    /// Sets the application's names, version, icon and translations. Call once, before prepare().
    static void setUpApplication(QApplication &app);
    /// Parses `arguments`; false when the program should exit now with *exitCode (help, version,
    /// bad usage: the text is printed already).
    bool prepare(const QStringList &arguments, int *exitCode);
    /// Shows the window and connects as asked.
    void launch();

    Ui::MainWindow *window() const { return m_window.get(); }

private:
    bool m_demo = false;
    QString m_profile;
    QString m_archive; ///< --archive: a SQLite file or a postgresql:// URL, opened offline
    QString m_screenshots;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<DemoSession> m_demoSession;
    std::unique_ptr<Ui::MainWindow> m_window;
    ScreenshotTour *m_tour = nullptr;
};

} // namespace Inspector::Gui
