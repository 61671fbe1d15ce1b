// SPDX-License-Identifier: Apache-2.0
#include "screenshottour.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include <iterator>

#include "browse/messagespane.h"
#include "browse/streamspane.h"
#include "data/message.h"
#include "demodata.h"
#include "detail/detailtabs.h"
#include "itemmodels/messagetablemodel.h"
#include "itemmodels/modelroles.h"
#include "live/liveeventmodel.h"
#include "live/livepane.h"
#include "shell/exportdialog.h"
#include "shell/mainwindow.h"
#include "tools/idconverterdialog.h"
#include "tools/profiledialog.h"
#include "tools/profilemanagerdialog.h"

using namespace Qt::StringLiterals;

namespace Inspector::Gui {

ScreenshotTour::ScreenshotTour(Ui::MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(directory)
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotTour::poll);
}

QString ScreenshotTour::demoStreamId()
{
    return QString::fromLatin1(DemoPod::Demo::RatesDeskStreamId);
}

void ScreenshotTour::start()
{
    if (!m_dir.exists() && !QDir().mkpath(m_dir.absolutePath())) {
        Q_EMIT finished(false, tr("Cannot create the folder \"%1\".").arg(m_dir.absolutePath()));
        return;
    }
    if (m_archiveTour)
        buildArchiveSteps();
    else
        buildSteps();
    m_index = 0;
    m_clock.start();
    m_timer.start();
}

void ScreenshotTour::buildSteps()
{
    Ui::MainWindow *w = m_window;
    auto always = [] { return true; };
    auto rows = [w] {
        QAbstractItemView *view = w->messagesPane()->view();
        return view && view->model() && view->model()->rowCount() > 0;
    };

    auto shows = [w](const char *id) {
        return [w, id] {
            const QList<Message> selected = w->messagesPane()->selectedMessages();
            return selected.size() == 1 && selected.first().messageId == QString::fromLatin1(id);
        };
    };
    auto openStream = [w](const QString &id) {
        return [w, id] {
            if (!w->client() || !w->streamsPane()->selectStream(id))
                return false;
            QTreeView *tree = w->streamsPane()->view();
            tree->scrollTo(tree->currentIndex(), QAbstractItemView::PositionAtCenter);
            return true;
        };
    };
    int attachmentsTab = -1;
    for (int i = 0; i < w->detailTabs()->count(); ++i) {
        if (w->detailTabs()->widget(i)->isAncestorOf(w->detailTabs()->attachmentsView()))
            attachmentsTab = i;
    }

    // A message with a mention, a hashtag and read receipts.
    m_steps.append({tr("the demo stream in the streams tree"), openStream(demoStreamId()), [] {}, 250});
    m_steps.append({tr("the stream's messages"), rows,
        [w] { w->messagesPane()->selectMessage(QString::fromLatin1(DemoPod::Demo::M1Id)); }, 250});
    m_steps.append(
        {tr("the main window"), shows(DemoPod::Demo::M1Id), [this, w] { grab(w, u"main-window"_s); }, 1500});
    for (int i = 0; i < w->detailTabs()->count(); ++i) {
        if (i == attachmentsTab || i == Ui::DetailTabs::HistoryTab) // History: an archive's only
            continue;
        m_steps.append(
            {tr("detail tab %1").arg(i), always, [w, i] { w->detailTabs()->setCurrentIndex(i); }, 50});
        m_steps.append({tr("detail tab %1").arg(i), always,
            [this, w, i] { grab(w, u"detail-%1-%2"_s.arg(i + 1).arg(tabFileName(i))); }, 900});
    }
    // The attachments tab, on a message that has some.
    if (attachmentsTab >= 0) {
        m_steps.append({tr("the stream with attachments"),
            openStream(QString::fromLatin1(DemoPod::Demo::ImStreamId)), [] {}, 250});
        auto imRows = [w, rows] {
            return w->messagesPane()->currentStreamId() == QString::fromLatin1(DemoPod::Demo::ImStreamId)
                && rows();
        };
        m_steps.append({tr("the stream's messages"), imRows,
            [w, attachmentsTab] {
                w->detailTabs()->setCurrentIndex(attachmentsTab);
                w->messagesPane()->selectMessage(QString::fromLatin1(DemoPod::Demo::M5Id));
            },
            250});
        m_steps.append({tr("detail tab %1").arg(attachmentsTab), shows(DemoPod::Demo::M5Id),
            [this, w, attachmentsTab] {
                grab(w, u"detail-%1-%2"_s.arg(attachmentsTab + 1).arg(tabFileName(attachmentsTab)));
            },
            1200});
    }
    m_steps.append({tr("diagnostics"), always, [w] { w->showDiagnostics(); }, 50});
    m_steps.append({tr("diagnostics"), always, [this, w] { grab(w, u"diagnostics"_s); }, 1500});
    m_steps.append({tr("request log"), always, [w] { w->showRequestLog(); }, 50});
    m_steps.append({tr("request log"), always, [this, w] { grab(w, u"request-log"_s); }, 600});
    // Live events: a datafeed session on the demo pod's generated events, captured to a
    // temporary folder (never beside the screenshots), stopped once the picture is taken.
    m_steps.append({tr("live events"), always,
        [this, w] {
            w->showLive();
            w->livePane()->setCaptureDirectory(m_captures.path());
            w->livePane()->start();
        },
        50});
    m_steps.append({tr("live events"), [w] { return w->livePane()->model()->rowCount() >= 20; },
        [this, w] {
            grab(w, u"live"_s);
            w->livePane()->stop();
        },
        5000});
    m_steps.append({tr("ID converter"), always,
        [w] {
            w->showMessages();
            w->openIdConverter(u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s);
        },
        50});
    m_steps.append({tr("ID converter"), always,
        [this, w] {
            if (QWidget *d = w->openIdConverter()) {
                grab(d, u"id-converter"_s);
                d->close();
            }
        },
        600});
    m_steps.append({tr("profile manager"), always, [w] { w->openProfileManager(); }, 50});
    m_steps.append({tr("profile manager"), always,
        [this, w] {
            if (QWidget *d = w->openProfileManager()) {
                grab(d, u"profile-manager"_s);
                d->close();
            }
        },
        600});
    m_steps.append({tr("export dialog"), always, [w] { w->openExportDialog(); }, 50});
    m_steps.append({tr("export dialog"), always,
        [this, w] {
            if (QWidget *d = w->exportDialog()) {
                grab(d, u"export-dialog"_s);
                d->close();
            }
        },
        600});
}

void ScreenshotTour::buildArchiveSteps()
{
    // The archive is opened by the window (--archive) with no network: nothing here asks a pod.
    Ui::MainWindow *w = m_window;
    auto always = [] { return true; };
    // The table's model: the archive's windowed one for a stream, the paged one for a search.
    auto rows = [w] { return w->messagesPane()->view()->model()->rowCount() > 0; };
    m_steps.append({tr("the archive's demo stream in the streams tree"),
        [w] {
            if (!w->archive() || !w->streamsPane()->selectStream(demoStreamId()))
                return false;
            QTreeView *tree = w->streamsPane()->view();
            tree->scrollTo(tree->currentIndex(), QAbstractItemView::PositionAtCenter);
            return true;
        },
        [] {}, 250});
    // A message with several versions when the archive has one, else the demo's first message.
    m_steps.append({tr("the stream's messages"), rows,
        [w] {
            const QAbstractItemModel *model = w->messagesPane()->view()->model();
            QString id = QString::fromLatin1(DemoPod::Demo::M1Id);
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(ModelRole::Flags).toInt() & MessageTableModel::Revised
                    && !index.data(ModelRole::MessageId).toString().isEmpty()) {
                    id = index.data(ModelRole::MessageId).toString();
                    break;
                }
            }
            w->detailTabs()->setCurrentIndex(Ui::DetailTabs::HistoryTab);
            w->messagesPane()->selectMessage(id);
        },
        250});
    m_steps.append(
        {tr("the History tab"), [w] { return !w->detailTabs()->historyView()->toPlainText().isEmpty(); },
            [this, w] { grab(w, u"archive-history"_s); }, 1200});
    m_steps.append({tr("the preview"), always,
        [w] { w->detailTabs()->setCurrentIndex(Ui::DetailTabs::PreviewTab); }, 50});
    m_steps.append({tr("the preview"), always, [this, w] { grab(w, u"archive-main-window"_s); }, 900});
    m_steps.append(
        {tr("a full-text search"), always, [w] { w->messagesPane()->showSearch(u"rates"_s); }, 50});
    m_steps.append({tr("a full-text search"),
        [w] {
            // A search within the open stream (the archive's windowed table) or of the whole archive.
            return w->messagesPane()->view()->model()->rowCount() > 0;
        },
        [this, w] { grab(w, u"archive-search"_s); }, 1200});
}

void ScreenshotTour::poll()
{
    if (m_index >= m_steps.size()) {
        m_timer.stop();
        Q_EMIT finished(true, QString());
        return;
    }
    Step &step = m_steps[m_index];
    if (m_waitingToSettle) {
        if (m_clock.elapsed() < step.settleMs)
            return;
        m_waitingToSettle = false;
        step.run();
        ++m_index;
        m_clock.restart();
        return;
    }
    if (step.ready()) {
        m_waitingToSettle = true;
        m_clock.restart();
        return;
    }
    if (m_clock.elapsed() > step.timeoutMs) {
        m_timer.stop();
        Q_EMIT finished(false, tr("Timed out waiting for %1.").arg(step.what));
    }
}

QString ScreenshotTour::tabFileName(int tab)
{
    // File names stay English whatever the interface language, so that sets can be compared.
    static const char *const names[]
        = {"preview", "source", "data", "json", "receipts", "status", "attachments", "history"};
    static_assert(std::size(names) == Ui::DetailTabs::TabCount);
    return tab >= 0 && tab < Ui::DetailTabs::TabCount ? QString::fromLatin1(names[tab])
                                                      : QString::number(tab);
}

void ScreenshotTour::grab(QWidget *widget, const QString &name)
{
    const QString path = m_dir.filePath(name + u".png"_s);
    if (!widget->grab().save(path)) {
        m_timer.stop();
        Q_EMIT finished(false, tr("Cannot write \"%1\".").arg(path));
        return;
    }
    m_files.append(path);
}

} // namespace Inspector::Gui
