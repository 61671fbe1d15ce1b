// SPDX-License-Identifier: Apache-2.0
#include "archive/overviewpage.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "archive/activitystrip.h"
#include "archive/analysis.h"
#include "archive/reader.h"
#include "archive/readthread.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "itemmodels/busiestmodel.h"
#include "itemmodels/modelroles.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

enum SummaryRow
{
    ArchiveRow,
    ServerRow,
    StreamsRow,
    MessagesRow,
    RunsRow,
    LastSyncRow,
    SizeRow,
    SummaryRows
};

struct OverviewRead
{
    Archive::ArchiveSummary summary;
    QList<Archive::BusiestRow> streams;
    QList<Archive::BusiestRow> senders;
};

QTableView *busiestView(QWidget *parent, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(BusiestModel::NameColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(BusiestModel::IdColumn, QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(
        BusiestModel::MessagesColumn, QHeaderView::ResizeToContents);
    view->setColumnWidth(BusiestModel::IdColumn, 160);
    return view;
}

QLabel *title(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_activity(new ActivityStrip(this))
    , m_streams(new BusiestModel(BusiestModel::Kind::Streams, this))
    , m_senders(new BusiestModel(BusiestModel::Kind::Senders, this))
    , m_streamsView(busiestView(this, m_streams))
    , m_sendersView(busiestView(this, m_senders))
    , m_activityTitle(title(this))
    , m_streamsTitle(title(this))
    , m_sendersTitle(title(this))
    , m_summaryTitle(title(this))
    , m_status(plainLabel(this))
{
    auto *summary = new QGridLayout;
    summary->setHorizontalSpacing(12);
    for (int i = 0; i < SummaryRows; ++i) {
        auto *key = new QLabel(this);
        // Values hold server text (the pod's address) and paths: plain text.
        QLabel *value = plainLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        summary->addWidget(key, i, 0, Qt::AlignLeft | Qt::AlignTop);
        summary->addWidget(value, i, 1, Qt::AlignLeft | Qt::AlignTop);
        m_keys.append(key);
        m_values.append(value);
    }
    summary->setColumnStretch(1, 1);
    m_status->setWordWrap(true);

    auto *streams = new QVBoxLayout;
    streams->addWidget(m_streamsTitle);
    streams->addWidget(m_streamsView);
    auto *senders = new QVBoxLayout;
    senders->addWidget(m_sendersTitle);
    senders->addWidget(m_sendersView);
    auto *tables = new QHBoxLayout;
    tables->addLayout(streams, 1);
    tables->addLayout(senders, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryTitle);
    layout->addLayout(summary);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    layout->addWidget(m_activityTitle);
    layout->addWidget(m_activity);
    layout->addSpacing(6);
    layout->addLayout(tables, 1);

    m_activityTitle->setBuddy(m_activity);
    connect(m_activity, &ActivityStrip::daysSelected, this, &OverviewPage::daysSelected);
    connect(m_activity, &ActivityStrip::errorOccurred, this, &OverviewPage::errorOccurred);
    connect(m_streamsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ModelRole::StreamId).toString();
        if (!id.isEmpty())
            Q_EMIT openStream(id);
    });
    retranslate();
    clearSummary();
}

OverviewPage::~OverviewPage()
{
    delete m_call; // silent
}

void OverviewPage::retranslate()
{
    m_summaryTitle->setText(tr("Archive"));
    m_activityTitle->setText(
        tr("&Activity of all streams (messages per day; hatched: no sync read these days)"));
    m_streamsTitle->setText(tr("Busiest streams"));
    m_sendersTitle->setText(tr("Busiest senders"));
    const QStringList keys {tr("Location:"), tr("Pod:"), tr("Streams:"), tr("Messages:"), tr("Sync runs:"),
        tr("Last finished sync:"), tr("Size:")};
    for (int i = 0; i < SummaryRows; ++i)
        m_keys.at(i)->setText(keys.at(i));
    m_streamsView->setAccessibleName(tr("Busiest streams"));
    m_sendersView->setAccessibleName(tr("Busiest senders"));
    m_activity->setAccessibleName(tr("Activity of all streams"));
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPage::clearSummary()
{
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_status->setText(m_archive ? QString() : tr("Open an archive to see what it holds."));
    m_status->setVisible(!m_archive);
}

void OverviewPage::setArchive(Archive::ReadThread *archive)
{
    if (archive == m_archive && archive)
        return;
    m_archive = archive;
    m_activity->setArchive(archive); // reads its days
    load();
}

void OverviewPage::reload()
{
    m_activity->reload();
    load();
}

void OverviewPage::load()
{
    delete m_call;
    m_streams->setRows({});
    m_senders->setRows({});
    clearSummary();
    if (!m_archive)
        return;
    m_status->setText(tr("Reading the archive…"));
    m_call = m_archive->run<OverviewRead>(
        [](Archive::Store &store, const std::atomic_bool &cancelled) -> Result<OverviewRead> {
            OverviewRead read;
            Result<Archive::ArchiveSummary> summary = Archive::Reader(store).summary();
            if (!summary)
                return summary.error();
            read.summary = std::move(summary.value());
            if (cancelled)
                return read;
            Archive::Analysis analysis(store);
            Result<QList<Archive::BusiestRow>> streams = analysis.busiestStreams(TopCount);
            if (!streams)
                return streams.error();
            read.streams = std::move(streams.value());
            Result<QList<Archive::BusiestRow>> senders = analysis.busiestSenders(TopCount);
            if (!senders)
                return senders.error();
            read.senders = std::move(senders.value());
            return read;
        },
        [this](OverviewRead &read) {
            const Archive::ArchiveSummary &s = read.summary;
            const QLocale locale;
            int syncs = 0;
            for (const Archive::RunRow &r : s.runs)
                syncs += r.kind == "sync"_L1;
            m_values.at(ArchiveRow)->setText(s.location);
            m_values.at(ServerRow)->setText(s.pod.isEmpty() ? tr("(unknown)") : s.pod);
            m_values.at(StreamsRow)->setText(locale.toString(s.streams));
            m_values.at(MessagesRow)
                ->setText(tr("%1 (%2 earlier versions kept, %3 no longer on the pod)")
                              .arg(locale.toString(s.messages), locale.toString(s.revisions),
                                  locale.toString(s.missing)));
            const int others = int(s.runs.size()) - syncs;
            m_values.at(RunsRow)->setText(
                others > 0 ? tr("%1 (and %2 other runs)").arg(syncs).arg(others) : locale.toString(syncs));
            m_values.at(LastSyncRow)
                ->setText(s.lastFinished
                        ? tr("run %1, %2")
                              .arg(s.lastFinished->id)
                              .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(s.lastFinished->endedAt
                                                           ? s.lastFinished->endedAt
                                                           : s.lastFinished->startedAt),
                                  QLocale::LongFormat))
                        : tr("none yet"));
            m_values.at(SizeRow)->setText(locale.formattedDataSize(s.bytes));
            m_streams->setRows(read.streams);
            m_senders->setRows(read.senders);
            m_status->clear();
            m_status->setVisible(false);
            Q_EMIT loaded();
        });
    m_status->setVisible(true);
    connect(m_call, &ServiceCall::finished, this, [this](const ApiError &error) {
        if (!error.isError())
            return;
        m_status->setText(error.message);
        m_status->setVisible(true);
        Q_EMIT errorOccurred(error);
        Q_EMIT loaded();
    });
}

QString OverviewPage::summaryText() const
{
    QStringList lines;
    for (int i = 0; i < SummaryRows; ++i)
        lines.append(m_keys.at(i)->text() + u' ' + m_values.at(i)->text());
    return lines.join(u'\n');
}

} // namespace Inspector::Ui
