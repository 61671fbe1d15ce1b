// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

class QWidget;

namespace Inspector::Ui {
class MainWindow;
}

namespace Inspector::Gui {

/**
 * @brief Walks the main views of a window connected to the demo pod and writes one PNG per view
 * with QWidget::grab(): main window, each detail tab, diagnostics, request log, ID converter,
 * profile manager, export dialog. Each step waits (polling on a timer, never blocking) until what
 * it shows is loaded, or fails the tour after a timeout. GUI thread.
 *
 * Signal contract: finished() exactly once, with the files written or an error sentence.
 */
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(Ui::MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();
    /// Tours the offline views of an archive (opened by the window, with no network) instead of
    /// the pod's: streams, the messages table, a message's History tab, a full-text search.
    void setArchiveTour(bool archive) { m_archiveTour = archive; }
    QStringList files() const { return m_files; }

    /// The demo pod's "Rates Desk" room, the stream the tour opens.
    static QString demoStreamId();

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    struct Step
    {
        QString what;
        std::function<bool()> ready; ///< polled until true
        std::function<void()> run;
        int settleMs = 250; ///< after ready: let the view paint and lay out
        int timeoutMs = 30000;
    };

    void buildSteps();
    void buildArchiveSteps();
    void poll();
    void grab(QWidget *widget, const QString &name);
    static QString tabFileName(int tab);

    Ui::MainWindow *m_window;
    QDir m_dir;
    QList<Step> m_steps;
    int m_index = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_waitingToSettle = false;
    bool m_archiveTour = false;
    QStringList m_files;
    QTemporaryDir m_captures;
};

} // namespace Inspector::Gui
