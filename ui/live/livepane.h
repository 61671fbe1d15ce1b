// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "api/apierror.h"
#include "data/message.h"
#include "export/exportformat.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;

namespace Inspector {
class ApiClient;
namespace Live {
class LiveEventFilter;
class LiveEventModel;
class LiveSession;
} // namespace Live
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief The Live tab: starts and stops a datafeed or datahose session, shows the events as they
 * arrive (a bounded log with filters), counters per type and the rate, and exports the capture.
 *
 * Every session captures to a JSON Lines file in captureDirectory() with the crash-safe capture of
 * live/capturewriter.h, so "export" is the capture converted (JSON Lines, JSON or CSV). Pausing
 * freezes the view only: events keep being read, stored and counted. Selecting a message event
 * emits messageSelected() for the detail tabs. Lives on the GUI thread; owns its model, filter and
 * session.
 */
class LivePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePane)

public:
    explicit LivePane(QWidget *parent = nullptr);
    ~LivePane() override;

    void setClient(Inspector::ApiClient *client);

    /** Where captures are written (default: the application's data folder, "captures"). */
    void setCaptureDirectory(const QString &directory);
    QString captureDirectory() const { return m_captureDir; }

    void setDatahose(bool datahose);
    bool isDatahose() const;
    void setTag(const QString &tag);
    /** The event types picked (every real-time type by default). */
    void setSelectedTypes(const QStringList &types);
    QStringList selectedTypes() const;

    void start();
    void stop();
    bool isRunning() const;
    void setPaused(bool paused);
    bool isPaused() const;

    /** The capture of the last session (empty before the first start). */
    QString capturePath() const { return m_capturePath; }
    /**
     * Writes the capture, as it is now, to @p path in @p format on a worker thread and returns at
     * once; exportFinished() follows from the event loop (after errorOccurred() on a failure).
     * The status line says how it went.
     */
    void exportCapture(const QString &path, Inspector::Export::Format format);
    /** Exports now running. */
    int runningExports() const { return m_exports; }

    Inspector::Live::LiveEventModel *model() const { return m_model; }
    Inspector::Live::LiveEventFilter *proxy() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /** The counters line and the status line (warnings, gaps, errors), for tests and tooltips. */
    QString countersText() const;
    QString statusText() const;

Q_SIGNALS:
    void messageSelected(const Inspector::Message &message);
    void errorOccurred(const Inspector::ApiError &error);
    /** An export finished: @p events written, @p error None on success. */
    void exportFinished(const Inspector::ApiError &error, qint64 events);

private:
    void buildUi();
    void updateCounters();
    void updateButtons();
    void setStatus(const QString &text, bool problem);
    void onCurrentChanged();
    /** Asks for the file with a window-modal QFileDialog opened with open(), never exec(). */
    void exportInteractively();
    void onExportFinished(const QString &path, const Inspector::ApiError &error, qint64 events);
    void onFinished(const Inspector::ApiError &error);

    QPointer<Inspector::ApiClient> m_client;
    Inspector::Live::LiveEventModel *m_model;
    Inspector::Live::LiveEventFilter *m_filter;
    QPointer<Inspector::Live::LiveSession> m_session;
    QString m_captureDir;
    QString m_capturePath;

    QComboBox *m_source = nullptr;
    QLineEdit *m_tag = nullptr;
    QToolButton *m_typesButton = nullptr;
    QList<QAction *> m_typeActions;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QCheckBox *m_pause = nullptr;
    QPushButton *m_export = nullptr;
    QSpinBox *m_capacity = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLineEdit *m_streamFilter = nullptr;
    QLineEdit *m_userFilter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_rateTimer = nullptr;
    qint64 m_duplicates = 0;
    int m_exports = 0;
};

} // namespace Inspector::Ui
