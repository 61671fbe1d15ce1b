// SPDX-License-Identifier: Apache-2.0
#include "live/livepane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "api/apiclient.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "data/event.h"
#include "live/captureexport.h"
#include "live/datafeedreader.h"
#include "live/datahosereader.h"
#include "live/liveeventmodel.h"
#include "live/livesession.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

LivePane::LivePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new Live::LiveEventModel(5000, this))
    , m_filter(new Live::LiveEventFilter(this))
    , m_captureDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/captures"_s)
{
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(m_model, &Live::LiveEventModel::countersChanged, this, &LivePane::updateCounters);
    // The rate falls when nothing arrives, so the counters line is refreshed on a clock too.
    m_rateTimer = new QTimer(this);
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, &LivePane::updateCounters);
    updateCounters();
    updateButtons();
}

LivePane::~LivePane()
{
    // The session goes first: its read in flight is abandoned, nothing more acknowledged.
    delete m_session;
}

void LivePane::buildUi()
{
    m_source = new QComboBox(this);
    m_source->addItem(tr("Datafeed"));
    m_source->addItem(tr("Datahose"));
    m_source->setToolTip(tr("Datafeed: the conversations the account is in. Datahose: every conversation of "
                            "the pod (an add-on; needs the agent's ceservice account for messages)."));
    m_tag = new QLineEdit(this);
    m_tag->setPlaceholderText(tr("Tag (default: from the bot's name)"));
    m_tag->setToolTip(
        tr("Datafeed: at most 100 characters; an existing feed with this tag is reused. "
           "Datahose: 1 to 80 characters; readers with the same tag and types share the feed."));
    m_typesButton = new QToolButton(this);
    m_typesButton->setText(tr("Event types"));
    m_typesButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_typesButton);
    QAction *all = menu->addAction(tr("All"));
    QAction *none = menu->addAction(tr("None"));
    menu->addSeparator();
    for (const QString &type : Event::realTimeTypes()) {
        QAction *a = menu->addAction(type);
        a->setCheckable(true);
        a->setChecked(true);
        m_typeActions.append(a);
    }
    connect(all, &QAction::triggered, this, [this] { setSelectedTypes(Event::realTimeTypes()); });
    connect(none, &QAction::triggered, this, [this] { setSelectedTypes({}); });
    m_typesButton->setMenu(menu);
    m_start = new QPushButton(tr("Start"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_pause = new QCheckBox(tr("Pause view"), this);
    m_pause->setToolTip(tr("Freeze the list; events are still read, stored and counted."));
    m_export = new QPushButton(tr("Export capture…"), this);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(100, 1000000);
    m_capacity->setValue(m_model->capacity());
    m_capacity->setPrefix(tr("Keep last "));
    connect(m_start, &QPushButton::clicked, this, &LivePane::start);
    connect(m_stop, &QPushButton::clicked, this, &LivePane::stop);
    connect(m_pause, &QCheckBox::toggled, this, &LivePane::setPaused);
    connect(m_export, &QPushButton::clicked, this, &LivePane::exportInteractively);
    connect(m_capacity, &QSpinBox::valueChanged, m_model, &Live::LiveEventModel::setCapacity);

    m_typeFilter = new QComboBox(this);
    m_typeFilter->addItem(tr("All types"));
    m_typeFilter->addItems(Event::realTimeTypes());
    m_streamFilter = new QLineEdit(this);
    m_streamFilter->setPlaceholderText(tr("Stream id or room"));
    m_streamFilter->setClearButtonEnabled(true);
    m_userFilter = new QLineEdit(this);
    m_userFilter->setPlaceholderText(tr("User id or name"));
    m_userFilter->setClearButtonEnabled(true);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setTypes(index <= 0 ? QStringList() : QStringList {m_typeFilter->itemText(index)});
    });
    connect(m_streamFilter, &QLineEdit::textChanged, m_filter, &Live::LiveEventFilter::setStreamText);
    connect(m_userFilter, &QLineEdit::textChanged, m_filter, &Live::LiveEventFilter::setUserText);

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Widths from the longest values the columns can hold, measured once (ResizeToContents would
    // measure every row of the ring buffer on each insertion).
    {
        const QFontMetrics metrics = m_view->fontMetrics();
        const int padding = 3 * metrics.averageCharWidth();
        m_view->setColumnWidth(Live::LiveEventModel::TypeColumn,
            metrics.horizontalAdvance(u"ROOMMEMBERPROMOTEDTOOWNER"_s) + padding);
        m_view->setColumnWidth(Live::LiveEventModel::TimeColumn,
            metrics.horizontalAdvance(u"2026-01-02T10:00:00.000Z"_s) + padding);
    }
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LivePane::onCurrentChanged);

    m_counters = plainLabel(this);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters->setWordWrap(true);
    m_status = plainLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_source);
    controls->addWidget(m_tag, 1);
    controls->addWidget(m_typesButton);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_pause);
    controls->addWidget(m_capacity);
    controls->addWidget(m_export);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_streamFilter, 1);
    filters->addWidget(m_userFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counters);
    layout->addWidget(m_status);
}

void LivePane::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    stop();
    m_client = client;
    if (client)
        m_model->setTimeSource(client->time());
    updateButtons();
}

void LivePane::setCaptureDirectory(const QString &directory)
{
    m_captureDir = directory;
}

void LivePane::setDatahose(bool datahose)
{
    m_source->setCurrentIndex(datahose ? 1 : 0);
}

bool LivePane::isDatahose() const
{
    return m_source->currentIndex() == 1;
}

void LivePane::setTag(const QString &tag)
{
    m_tag->setText(tag);
}

void LivePane::setSelectedTypes(const QStringList &types)
{
    for (QAction *a : std::as_const(m_typeActions))
        a->setChecked(types.contains(a->text()));
}

QStringList LivePane::selectedTypes() const
{
    QStringList out;
    for (const QAction *a : m_typeActions) {
        if (a->isChecked())
            out.append(a->text());
    }
    return out;
}

bool LivePane::isRunning() const
{
    return m_session && m_session->isRunning();
}

bool LivePane::isPaused() const
{
    return m_model->isPaused();
}

void LivePane::setPaused(bool paused)
{
    m_model->setPaused(paused);
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
}

void LivePane::start()
{
    if (!m_client || isRunning())
        return;
    const QStringList types = selectedTypes();
    Live::LiveSettings settings;
    settings.source
        = isDatahose() ? Live::LiveSettings::Source::Datahose : Live::LiveSettings::Source::Datafeed;
    const QString user
        = m_client->credentials().username.isEmpty() ? u"bot"_s : m_client->credentials().username;
    settings.tag = m_tag->text().trimmed();
    if (settings.tag.isEmpty())
        settings.tag
            = isDatahose() ? Live::DatahoseReader::defaultTag(user) : Live::DatafeedReader::defaultTag(user);
    // The datafeed sends everything: keeping every type needs no filter.
    settings.eventTypes
        = (!isDatahose() && types.size() == Event::realTimeTypes().size()) ? QStringList() : types;
    if (types.isEmpty()) {
        const ApiError error = ApiError::fromLocal(LocalError(tr("Pick at least one event type.")));
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
        return;
    }
    if (!QDir().mkpath(m_captureDir)) {
        const ApiError error = ApiError::fromLocal(LocalError(
            tr("Cannot create the capture folder %1.").arg(m_captureDir), LocalError::Category::File));
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
        return;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = QDir(m_captureDir).filePath(u"live-"_s + stamp + u".jsonl"_s);
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_captureDir).filePath(u"live-"_s + stamp + u'-' + QString::number(n) + u".jsonl"_s);
    settings.capturePath = path;

    auto *session = new Live::LiveSession(m_client, settings, this);
    ApiError error;
    if (!session->open(&error)) {
        delete session;
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
        return;
    }
    m_session = session;
    m_capturePath = path;
    m_duplicates = 0;
    m_model->clear();
    connect(session, &Live::LiveSession::eventsStored, m_model, &Live::LiveEventModel::addEvents);
    connect(session, &Live::LiveSession::eventsStored, this, [this] {
        if (m_session)
            m_duplicates = m_session->duplicates();
    });
    connect(session, &Live::LiveSession::feedReady, this, [this](const QString &id, bool reused) {
        setStatus(reused ? tr("Reading the datafeed %1 (an existing feed with this tag).").arg(id)
                         : tr("Reading the datafeed %1 (created).").arg(id),
            false);
    });
    connect(session, &Live::LiveSession::gapDetected, this,
        [this](const QString &reason) { setStatus(tr("Gap: %1").arg(reason), true); });
    connect(
        session, &Live::LiveSession::warning, this, [this](const QString &text) { setStatus(text, true); });
    connect(session, &Live::LiveSession::retrying, this,
        [this](int attempt, int delayMs, const ApiError &reason) {
            setStatus(tr("%1 Trying again in %2 s (attempt %3).")
                          .arg(reason.message)
                          .arg(delayMs / 1000.0, 0, 'f', 1)
                          .arg(attempt),
                true);
        });
    connect(session, &Live::LiveSession::finished, this, &LivePane::onFinished);
    setStatus(isDatahose()
            ? tr("Reading the datahose (tag \"%1\", %2 event types)…").arg(settings.tag).arg(types.size())
            : tr("Looking for the datafeed with tag \"%1\"…").arg(settings.tag),
        false);
    session->start();
    m_rateTimer->start();
    updateButtons();
}

void LivePane::stop()
{
    if (m_session)
        m_session->stop();
}

void LivePane::onFinished(const ApiError &error)
{
    m_rateTimer->stop();
    if (m_session) {
        m_duplicates = m_session->duplicates();
        m_session->deleteLater();
        m_session = nullptr;
    }
    if (error.isError()) {
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
    } else {
        setStatus(tr("Stopped. The capture is in %1.").arg(m_capturePath), false);
    }
    updateCounters();
    updateButtons();
}

void LivePane::exportCapture(const QString &path, Export::Format format)
{
    ++m_exports;
    updateButtons();
    if (m_capturePath.isEmpty()) {
        const ApiError error
            = ApiError::fromLocal(LocalError(tr("Nothing was captured yet: start the live view first.")));
        QMetaObject::invokeMethod(
            this, [this, error] { onExportFinished(QString(), error, 0); }, Qt::QueuedConnection);
        return;
    }
    setStatus(tr("Exporting the capture to %1…").arg(path), false);
    // The export owns nothing of the pane: it reads the capture file up to its size now.
    auto *job = new Live::CaptureExport(this);
    connect(
        job, &Live::CaptureExport::finished, this, [this, job, path](const ApiError &error, qint64 events) {
            job->deleteLater();
            onExportFinished(path, error, events);
        });
    job->start(m_capturePath, path, format);
}

void LivePane::onExportFinished(const QString &path, const ApiError &error, qint64 events)
{
    --m_exports;
    updateButtons();
    if (error.isError()) {
        setStatus(error.message, true);
        Q_EMIT errorOccurred(error);
    } else {
        setStatus(tr("Exported %1 events to %2.").arg(events).arg(path), false);
    }
    Q_EMIT exportFinished(error, events);
}

void LivePane::exportInteractively()
{
    auto *chooser = new QFileDialog(
        this, tr("Export the capture"), m_captureDir, tr("JSON Lines (*.jsonl);;JSON (*.json);;CSV (*.csv)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (path.isEmpty())
            return;
        const Export::Format format = path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Export::Format::Csv
            : path.endsWith(u".json"_s, Qt::CaseInsensitive)                        ? Export::Format::Json
                                                             : Export::Format::JsonLines;
        exportCapture(path, format);
    });
    chooser->open();
}

void LivePane::onCurrentChanged()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    const Event &e = m_model->eventAt(current.row());
    if (e.message)
        Q_EMIT messageSelected(*e.message);
}

QString LivePane::countersText() const
{
    return m_counters->text();
}

QString LivePane::statusText() const
{
    return m_status->text();
}

void LivePane::updateCounters()
{
    QList<QPair<QString, qint64>> byType;
    for (auto it = m_model->countsByType().cbegin(); it != m_model->countsByType().cend(); ++it)
        byType.append({it.key(), it.value()});
    std::sort(byType.begin(), byType.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList parts;
    for (const auto &[type, count] : std::as_const(byType))
        parts.append(u"%1 %2"_s.arg(type).arg(count));
    QString text = tr("%1 events, %2 in the last minute, %3 duplicates dropped")
                       .arg(m_model->totalEvents())
                       .arg(m_model->eventsLastMinute())
                       .arg(m_session ? m_session->duplicates() : m_duplicates);
    if (m_model->isPaused())
        text += tr(" (view paused, %1 waiting)").arg(m_model->pendingCount());
    if (!parts.isEmpty())
        text += u" — "_s + parts.join(u", "_s);
    m_counters->setText(text);
}

void LivePane::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && m_client);
    m_stop->setEnabled(running);
    m_source->setEnabled(!running);
    m_tag->setEnabled(!running);
    m_typesButton->setEnabled(!running);
    m_export->setEnabled(!m_capturePath.isEmpty() && m_exports == 0);
}

void LivePane::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
        problem ? Theme::warningText(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

} // namespace Inspector::Ui
