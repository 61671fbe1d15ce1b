// SPDX-License-Identifier: Apache-2.0
#include "shell/syncprogresspane.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "common/plaintext.h"
#include "itemmodels/syncprogressmodel.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

SyncProgressPane::SyncProgressPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new SyncProgressModel(this))
    , m_summary(plainLabel(this))
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setAccessibleName(tr("Sync progress"));
    m_summary->setAccessibleName(tr("Sync totals"));
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Streams of the sync"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(SyncProgressModel::StreamColumn, QHeaderView::Stretch);
    for (int c = SyncProgressModel::StateColumn; c < SyncProgressModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_cancel->setToolTip(tr("Stop the sync: what was stored is kept, and the next sync carries on"));
    m_cancel->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_ended = tr("Cancelling…");
        updateSummary();
        Q_EMIT cancelRequested();
    });
    updateSummary();
}

void SyncProgressPane::begin(const QString &archive)
{
    m_archive = archive;
    m_ended.clear();
    m_model->clear();
    m_cancel->setEnabled(true);
    updateSummary();
}

void SyncProgressPane::apply(const Archive::SyncStatus &status)
{
    m_model->apply(status);
    updateSummary();
}

void SyncProgressPane::finish(const Archive::SyncReport &report)
{
    m_model->finish();
    m_cancel->setEnabled(false);
    if (report.cancelled)
        m_ended = tr("Cancelled: what was stored is kept.");
    else if (!report.error.isEmpty())
        m_ended = tr("Failed.");
    else if (!report.failures.isEmpty())
        m_ended = tr("Finished; %n streams failed.", nullptr, int(report.failures.size()));
    else
        m_ended = tr("Finished.");
    updateSummary();
}

QString SyncProgressPane::summaryText() const
{
    return m_summary->text();
}

void SyncProgressPane::updateSummary()
{
    const Archive::SyncProgress &p = m_model->totals();
    const QLocale locale;
    QStringList parts;
    if (!m_archive.isEmpty())
        parts << tr("Sync to %1").arg(QDir::toNativeSeparators(m_archive));
    parts << tr("streams %1 of %2 done, %3 running")
                 .arg(locale.toString(p.streamsDone), locale.toString(p.streamsTotal),
                     locale.toString(p.running));
    if (p.streamsFailed > 0)
        parts << tr("%n failed", nullptr, p.streamsFailed);
    const double seconds = std::max<qint64>(p.elapsedMs, 1) / 1000.0;
    parts << tr("%1 messages (%2/s)")
                 .arg(locale.toString(p.messages), locale.toString(qRound64(p.messages / seconds)));
    if (m_ended.isEmpty()) {
        if (const std::optional<qint64> ms = p.remainingMs()) {
            const qint64 left = *ms / 1000;
            if (left >= 1)
                parts << (left < 60 ? tr("about %n s left", nullptr, int(left))
                                    : tr("about %n min left", nullptr, int(qRound64(left / 60.0))));
        }
    } else {
        parts << m_ended;
    }
    m_summary->setText(parts.join(u"; "_s));
}

} // namespace Inspector::Ui
