// SPDX-License-Identifier: Apache-2.0
#include "archive/changespage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "archive/analysis.h"
#include "archive/reader.h"
#include "archive/readthread.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "data/ids.h"
#include "export/recordexportjob.h"
#include "itemmodels/changesmodel.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

using Archive::Change;

namespace {

/// What one read of the page brings: the sync runs (newest first) and the default pair.
struct RunsRead
{
    QList<Archive::RunRow> runs;
    qint64 defaultFrom = 0;
    qint64 defaultTo = 0;
};

struct ChangesRead
{
    QList<Change> changes;
    QHash<qint64, QString> names;
};

QString runText(const Archive::RunRow &run)
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(run.startedAt);
    const QString when
        = locale.toString(at.date(), QLocale::ShortFormat) + u' ' + locale.toString(at.time(), u"HH:mm"_s);
    if (run.status == "finished"_L1)
        return ChangesPage::tr("Run %1 · %2").arg(run.id).arg(when);
    return ChangesPage::tr("Run %1 · %2 (%3)").arg(run.id).arg(when, run.status);
}

} // namespace

ChangesPage::ChangesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangesModel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_stream(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_streamLabel(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_status(plainLabel(this))
    , m_view(new QTreeView(this))
{
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_streamLabel->setBuddy(m_stream);
    m_kindLabel->setBuddy(m_kind);
    for (QComboBox *box : {m_from, m_to, m_stream, m_kind})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stream->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stream->setMinimumContentsLength(24);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ChangesModel::ChangeColumn, 240);
    m_view->setColumnWidth(ChangesModel::StreamColumn, 160);
    m_view->setColumnWidth(ChangesModel::SubjectColumn, 200);
    m_view->setColumnWidth(ChangesModel::TimeColumn, 150);
    m_view->setColumnWidth(ChangesModel::BeforeColumn, 220);
    m_view->setColumnWidth(ChangesModel::AfterColumn, 220);
    m_status->setWordWrap(true);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_fromLabel);
    pickers->addWidget(m_from);
    pickers->addWidget(m_toLabel);
    pickers->addWidget(m_to);
    pickers->addStretch();
    pickers->addWidget(m_export);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_streamLabel);
    filters->addWidget(m_stream);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadChanges();
    });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadChanges();
    });
    connect(m_stream, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_model->setStreamFilter(m_stream->currentData().toString());
        expandGroups();
        updateStatus();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_model->setGroupFilter(m_kind->currentData().toInt());
        expandGroups();
        updateStatus();
    });
    connect(m_view, &QTreeView::activated, this, &ChangesPage::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandGroups();
        updateStatus();
    });
    connect(m_export, &QPushButton::clicked, this, &ChangesPage::exportInteractively);
    m_lastDir = QDir::homePath();
    retranslate();
    updateStatus();
}

ChangesPage::~ChangesPage()
{
    delete m_call; // silent: nothing is delivered to a page being destroyed
}

void ChangesPage::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_streamLabel->setText(tr("&Stream:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Export the changes shown to CSV, JSON or JSON Lines"));
    m_from->setAccessibleName(tr("Changes after run"));
    m_to->setAccessibleName(tr("Changes up to run"));
    m_stream->setAccessibleName(tr("Stream filter"));
    m_kind->setAccessibleName(tr("Kind of change"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setAccessibleDescription(tr("What changed between the two runs, grouped by kind. Double-click a "
                                        "change to open its message or stream."));

    const bool filling = m_filling;
    m_filling = true;
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("All changes"), -1);
    for (int g = 0; g < ChangesModel::GroupCount; ++g)
        m_kind->addItem(ChangesModel::groupTitle(ChangesModel::Group(g)), g);
    m_kind->setCurrentIndex(std::max(0, kind));
    if (m_stream->count() > 0)
        m_stream->setItemText(0, tr("All streams"));
    m_filling = filling;
}

void ChangesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateStatus();
    } else if (event->type() == QEvent::PaletteChange) {
        setStatus(m_status->text(), m_error);
    }
    QWidget::changeEvent(event);
}

void ChangesPage::setArchive(Archive::ReadThread *archive)
{
    if (archive == m_archive && archive)
        return;
    delete m_call;
    m_archive = archive;
    m_filling = true;
    m_from->clear();
    m_to->clear();
    m_stream->clear();
    m_filling = false;
    m_model->clear();
    if (!archive) {
        updateStatus();
        return;
    }
    loadRuns(0, 0);
}

void ChangesPage::reload()
{
    if (m_archive)
        loadRuns(fromRun(), toRun());
}

bool ChangesPage::isLoading() const
{
    return m_call && m_call->isActive();
}

qint64 ChangesPage::fromRun() const
{
    return m_from->currentIndex() < 0 ? -1 : m_from->currentData().toLongLong();
}

qint64 ChangesPage::toRun() const
{
    return m_to->currentIndex() < 0 ? -1 : m_to->currentData().toLongLong();
}

void ChangesPage::showRuns(qint64 fromRun, qint64 toRun)
{
    const int from = m_from->findData(fromRun);
    const int to = m_to->findData(toRun);
    if (from < 0 || to < 0)
        return;
    m_filling = true;
    m_from->setCurrentIndex(from);
    m_to->setCurrentIndex(to);
    m_filling = false;
    loadChanges();
}

void ChangesPage::loadRuns(qint64 keepFrom, qint64 keepTo)
{
    delete m_call;
    setStatus(tr("Reading the archive's runs…"), false);
    m_call = m_archive->run<RunsRead>(
        [](Archive::Store &store, const std::atomic_bool &) -> Result<RunsRead> {
            RunsRead read;
            Result<Archive::ArchiveSummary> summary = Archive::Reader(store).summary();
            if (!summary)
                return summary.error();
            for (const Archive::RunRow &r : std::as_const(summary.value().runs)) {
                if (r.kind == "sync"_L1)
                    read.runs.append(r);
            }
            Result<QPair<qint64, qint64>> runs = Archive::Analysis(store).defaultRuns();
            if (runs) {
                read.defaultFrom = runs.value().first;
                read.defaultTo = runs.value().second;
            }
            return read;
        },
        [this, keepFrom, keepTo](RunsRead &read) {
            m_filling = true;
            m_from->clear();
            m_to->clear();
            for (const Archive::RunRow &r : std::as_const(read.runs)) {
                m_from->addItem(runText(r), r.id);
                m_to->addItem(runText(r), r.id);
            }
            m_from->addItem(tr("Before the first sync"), qint64(0));
            const qint64 to = keepTo > 0 && m_to->findData(keepTo) >= 0 ? keepTo : read.defaultTo;
            const qint64 from = keepTo > 0 && m_from->findData(keepFrom) >= 0 ? keepFrom : read.defaultFrom;
            m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
            m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
            m_filling = false;
            if (read.runs.isEmpty()) {
                m_model->clear();
                setStatus(tr("The archive has no sync run yet."), false);
                Q_EMIT loaded();
                return;
            }
            // Another call after this one: this one's finished() is then dropped with it.
            QMetaObject::invokeMethod(this, &ChangesPage::loadChanges, Qt::QueuedConnection);
        });
    connect(m_call, &ServiceCall::finished, this, [this](const ApiError &error) {
        if (!error.isError())
            return;
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
        Q_EMIT loaded();
    });
}

void ChangesPage::loadChanges()
{
    if (!m_archive)
        return;
    const qint64 from = fromRun();
    const qint64 to = toRun();
    if (from < 0 || to < 0)
        return;
    delete m_call;
    if (from >= to) {
        m_model->clear();
        fillStreams();
        setStatus(tr("Choose an earlier run under From than under To."), true);
        Q_EMIT loaded();
        return;
    }
    setStatus(tr("Reading the changes after run %1 up to run %2…").arg(from).arg(to), false);
    m_call = m_archive->run<ChangesRead>(
        [from, to](Archive::Store &store, const std::atomic_bool &cancelled) -> Result<ChangesRead> {
            Archive::Analysis analysis(store);
            Result<QList<Change>> changes = analysis.diff(from, to);
            if (!changes)
                return changes.error();
            ChangesRead read;
            read.changes = std::move(changes.value());
            if (cancelled)
                return read;
            QList<qint64> users;
            for (const Change &c : std::as_const(read.changes)) {
                if (c.userId)
                    users.append(c.userId);
            }
            Result<QHash<qint64, QString>> names = analysis.peopleNames(users);
            if (!names)
                return names.error();
            read.names = names.value();
            return read;
        },
        [this](ChangesRead &read) {
            m_model->setChanges(read.changes, read.names);
            fillStreams();
            expandGroups();
            m_error = false;
            updateStatus();
            Q_EMIT loaded();
        });
    connect(m_call, &ServiceCall::finished, this, [this](const ApiError &error) {
        if (!error.isError())
            return;
        m_model->clear();
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
        Q_EMIT loaded();
    });
}

void ChangesPage::expandGroups()
{
    // A group's title ("Members who joined or left (3)") spans the row.
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_view->setFirstColumnSpanned(g, {}, true);
    m_view->expandAll();
}

void ChangesPage::fillStreams()
{
    const QString current = m_stream->currentData().toString();
    m_filling = true;
    m_stream->clear();
    m_stream->addItem(tr("All streams"), QString());
    for (const auto &[id, name] : m_model->streams()) {
        // Server text in a combo box is drawn as plain text.
        m_stream->addItem(name.isEmpty() ? Ids::toUrlSafe(id) : name, id);
        m_stream->setItemData(m_stream->count() - 1, Ids::toUrlSafe(id), Qt::ToolTipRole);
    }
    const int keep = m_stream->findData(current);
    m_stream->setCurrentIndex(std::max(0, keep));
    m_filling = false;
    m_model->setStreamFilter(m_stream->currentData().toString());
}

QString ChangesPage::statusText() const
{
    return m_status->text();
}

void ChangesPage::setStatus(const QString &text, bool error)
{
    m_error = error;
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(
        QPalette::WindowText, error ? Theme::errorText(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void ChangesPage::updateStatus()
{
    m_export->setEnabled(m_model->rowCount() > 0);
    if (!m_archive) {
        setStatus(tr("Open an archive to see what changed between its syncs."), false);
        return;
    }
    if (fromRun() < 0)
        return;
    const int shown = int(m_model->shownChanges().size());
    const int total = m_model->totalChanges();
    if (total == 0)
        setStatus(tr("No changes after run %1 up to run %2.").arg(fromRun()).arg(toRun()), false);
    else if (shown == total)
        setStatus(tr("Changes after run %1 up to run %2: %3.").arg(fromRun()).arg(toRun()).arg(total), false);
    else
        setStatus(tr("Changes after run %1 up to run %2: %3 of %4 shown.")
                      .arg(fromRun())
                      .arg(toRun())
                      .arg(shown)
                      .arg(total),
            false);
}

void ChangesPage::onActivated(const QModelIndex &index)
{
    const Change *c = m_model->changeAt(index);
    if (!c)
        return;
    if (!c->messageId.isEmpty() && c->kind != Change::Kind::StreamAdded)
        Q_EMIT openMessage(Ids::toUrlSafe(c->streamId), Ids::toUrlSafe(c->messageId));
    else
        Q_EMIT openStream(Ids::toUrlSafe(c->streamId));
}

void ChangesPage::exportTo(const QString &path)
{
    Export::RecordExportSettings settings;
    settings.format = Export::RecordExportJob::formatOfPath(path);
    settings.outputPath = path;
    auto *job = new Export::RecordExportJob(this);
    connect(
        job, &Export::RecordExportJob::finished, this, [this, job](const Export::RecordExportReport &report) {
            job->deleteLater();
            if (report.error.isError()) {
                setStatus(report.error.message, true);
                Q_EMIT errorOccurred(report.error);
            } else {
                setStatus(tr("Exported %1 changes to %2.")
                              .arg(report.records)
                              .arg(QDir::toNativeSeparators(report.files.value(0))),
                    false);
            }
            Q_EMIT exportFinished(report);
        });
    job->start(m_model->shownRecords(), settings);
}

void ChangesPage::exportInteractively()
{
    const QString name = u"changes-%1-%2.csv"_s.arg(fromRun()).arg(toRun());
    auto *chooser = new QFileDialog(this, tr("Export the changes"), QDir(m_lastDir).filePath(name),
        tr("CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (path.isEmpty())
            return;
        m_lastDir = QFileInfo(path).absolutePath();
        exportTo(path);
    });
    chooser->open();
}

} // namespace Inspector::Ui
