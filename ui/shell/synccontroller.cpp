// SPDX-License-Identifier: Apache-2.0
#include "shell/synccontroller.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include "browse/streamspane.h"
#include "shell/bannerwidget.h"
#include "shell/mainwindow.h"
#include "shell/syncdialog.h"
#include "shell/syncprogresspane.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

SyncController::SyncController(MainWindow *window, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_runner(new Archive::SyncRunner(this))
    , m_action(new QAction(tr("&Sync…"), window))
    , m_dock(new QDockWidget(tr("Archive Sync"), window))
    , m_pane(new SyncProgressPane(m_dock))
{
    m_action->setObjectName(u"archiveSync"_s);
    m_action->setToolTip(tr("Copy the pod's streams and messages into an archive, to read them offline"));
    connect(m_action, &QAction::triggered, this, [this] { openDialog(); });

    m_dock->setObjectName(u"syncDock"_s);
    m_dock->setAccessibleName(tr("Archive sync"));
    m_dock->setWidget(m_pane);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    connect(m_pane, &SyncProgressPane::cancelRequested, this, &SyncController::cancel);
    connect(m_runner, &Archive::SyncRunner::progress, m_pane, &SyncProgressPane::apply);
    connect(m_runner, &Archive::SyncRunner::finished, this, &SyncController::onFinished);
    connect(window, &MainWindow::sessionChanged, this, &SyncController::updateAction);
    updateAction();
}

// The runner (a child) cancels a running sync and joins its thread.
SyncController::~SyncController() = default;

SyncDialog *SyncController::dialog() const
{
    return m_dialog;
}

bool SyncController::isRunning() const
{
    return m_runner->isRunning();
}

void SyncController::updateAction()
{
    // A live connection: browsing an archive has no client to sync from.
    const bool live = m_window->client() != nullptr;
    m_action->setEnabled(live && !m_runner->isRunning());
}

SyncDialog *SyncController::openDialog()
{
    if (!m_window->client() || m_runner->isRunning())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    SyncDialog::Context context;
    context.profileId = m_window->profileId().isEmpty() ? m_window->sessionName() : m_window->profileId();
    context.profileName = m_window->sessionName();
    context.streamIds = m_window->streamsPane()->selectedStreamIds();
    auto *dialog = new SyncDialog(context, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { start(dialog->location(), dialog->syncOptions()); });
    dialog->open();
    return dialog;
}

bool SyncController::start(const Archive::Location &location, const Archive::SyncOptions &options)
{
    if (!m_window->client() || m_runner->isRunning())
        return false;
    // The default archive's folder (the application's data folder) may not exist yet.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!location.isPostgres() && !data.isEmpty() && QFileInfo(location.path).absolutePath() == data)
        QDir().mkpath(data);
    if (!m_runner->start(*m_window->client(), location, options))
        return false;
    m_pane->begin(location.display());
    m_dock->show();
    m_dock->raise();
    updateAction();
    return true;
}

void SyncController::cancel()
{
    m_runner->cancel();
}

QString SyncController::reportText(const Archive::SyncReport &report)
{
    const Archive::RunCounts &c = report.counts;
    auto n = [](qint64 v) { return int(qMin<qint64>(v, INT_MAX)); };
    const QStringList changes {
        tr("%n new messages", nullptr, n(c.messagesNew)),
        tr("%n revisions", nullptr, n(c.revisions)),
        tr("%n missing", nullptr, n(c.missing)),
        tr("%n new streams", nullptr, n(c.streamsNew)),
        tr("%n member changes", nullptr, n(c.memberChanges)),
    };
    const QString archive = QDir::toNativeSeparators(report.location);
    if (report.cancelled)
        return tr("Sync to %1 cancelled (what was stored is kept; the next sync carries on): %2.")
            .arg(archive, changes.join(u", "_s));
    if (!report.error.isEmpty())
        return tr("The sync to %1 failed: %2").arg(archive, report.error);
    QString text = tr("Sync to %1 finished: %2.").arg(archive, changes.join(u", "_s));
    if (!report.failures.isEmpty())
        text
            += u' ' + tr("%n streams could not be read (see Details).", nullptr, int(report.failures.size()));
    return text;
}

void SyncController::onFinished(const Archive::SyncReport &report)
{
    m_pane->finish(report);
    updateAction();
    const QLocale locale;
    QStringList details;
    for (const Archive::StreamFailure &f : report.failures)
        details << tr("%1: %2").arg(f.name.isEmpty() ? f.streamId : f.name, f.message);
    if (report.runId > 0) {
        details << tr("%1 requests, %2 answered 429 (too many requests), %3 s")
                       .arg(locale.toString(report.counts.requests), locale.toString(report.counts.throttled),
                           locale.toString(report.elapsedMs / 1000.0, 'f', 1));
    }
    BannerWidget::Level level = BannerWidget::Level::Info;
    if (!report.error.isEmpty())
        level = BannerWidget::Level::Error;
    else if (!report.failures.isEmpty())
        level = BannerWidget::Level::Warning;
    BannerWidget *banner = m_window->banner();
    banner->showMessage(level, reportText(report), details.join(u'\n'));
    // What was stored can be compared with the run before, also after a cancel.
    if (report.runId > 0 && (report.error.isEmpty() || report.cancelled)) {
        banner->setAction(tr("Show changes"),
            [this, location = report.location] { Q_EMIT showChangesRequested(location); });
    }
    Q_EMIT finished(report);
}

} // namespace Inspector::Ui
