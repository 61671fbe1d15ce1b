// SPDX-License-Identifier: Apache-2.0
#include "browse/messagespane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDataStream>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "archive/activitystrip.h"
#include "archive/archivemessagemodel.h"
#include "browse/localtimedelegate.h"
#include "common/plaintext.h"
#include "data/ids.h"
#include "itemmodels/messagefilterproxy.h"
#include "itemmodels/messagetablemodel.h"
#include "itemmodels/plaintooltip.h"
#include "services/messagehistoryfeed.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

constexpr quint32 StateMagic = 0x4d534731; // "MSG1": the layout of saveState()

enum CopyWhat
{
    CopyId,
    CopyStandardId,
    CopyText
};

} // namespace

MessagesPane::MessagesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageTableModel(this))
    , m_feed(new MessageHistoryFeed(m_model, this))
    , m_proxy(new MessageFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_sender(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_useDates(new QCheckBox(tr("Dates"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_attachments(new QCheckBox(tr("With attachments"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_view(new QTableView(this))
    , m_busy(new QProgressBar(this))
    , m_hint(plainLabel(this))
    , m_titleLabel(plainLabel(this))
    , m_stack(new QStackedLayout)
    , m_filterTimer(new QTimer(this))
    , m_copyId(new QAction(tr("Copy message ID (URL-safe)"), this))
    , m_copyStandardId(new QAction(tr("Copy message ID (standard Base64)"), this))
    , m_copyText(new QAction(tr("Copy text"), this))
    , m_strip(new ActivityStrip(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(u"messageSearch"_s);
    m_search->setAccessibleName(tr("Message search query"));
    updateSearchSyntax();
    m_search->setClearButtonEnabled(true);
    m_searchButton->setObjectName(u"messageSearchButton"_s);
    m_searchButton->setAccessibleName(tr("Run the search"));

    m_sender->setObjectName(u"senderFilter"_s);
    m_sender->setPlaceholderText(tr("Sender"));
    m_sender->setAccessibleName(tr("Filter by sender"));
    m_sender->setClearButtonEnabled(true);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("Text"));
    m_text->setAccessibleName(tr("Filter by text"));
    m_text->setClearButtonEnabled(true);
    m_useDates->setObjectName(u"dateFilter"_s);
    m_useDates->setAccessibleName(tr("Filter by date"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("From date (local time, inclusive)"));
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("To date (local time, inclusive)"));
    m_attachments->setObjectName(u"attachmentFilter"_s);
    m_attachments->setAccessibleName(tr("Only messages with attachments"));
    m_exportButton->setObjectName(u"exportMessages"_s);
    m_exportButton->setAccessibleName(tr("Export messages"));
    m_exportButton->setEnabled(false);

    m_titleLabel->setObjectName(u"messagesTitle"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_view->setObjectName(u"messagesView"_s);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Messages"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    // A click on a column header sorts the loaded rows (off the GUI thread, in the proxy); scrolling
    // down still loads older pages, merged into place. Time, newest first, is the model's own order.
    m_view->horizontalHeader()->setSortIndicator(MessageTableModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(MessageTableModel::TimeColumn, new LocalTimeDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(false);
    header->resizeSection(MessageTableModel::TimeColumn, 150);
    header->resizeSection(MessageTableModel::SenderColumn, 140);
    header->resizeSection(MessageTableModel::TextColumn, 420);
    header->resizeSection(MessageTableModel::AttachmentsColumn, 90);
    header->resizeSection(MessageTableModel::FlagsColumn, 120);

    m_strip->setObjectName(u"messagesActivity"_s);
    m_strip->setAccessibleName(tr("Messages per day of the stream"));
    m_strip->setToolTip(tr("Messages per day. Click or drag to show only those days; Esc clears."));
    m_strip->setVisible(false); // an archive's stream only

    m_busy->setObjectName(u"messagesBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading messages"));
    m_busy->setVisible(false);

    m_hint->setObjectName(u"messagesHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_sender, 1);
    filterRow->addWidget(m_text, 2);
    filterRow->addWidget(m_useDates);
    filterRow->addWidget(m_from);
    filterRow->addWidget(new QLabel(tr("to"), this));
    filterRow->addWidget(m_to);
    filterRow->addWidget(m_attachments);
    filterRow->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_strip);
    layout->addWidget(m_busy);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_hint);
    layout->addLayout(m_stack, 1);

    m_copyId->setObjectName(u"copyMessageId"_s);
    m_copyStandardId->setObjectName(u"copyMessageStandardId"_s);
    m_copyText->setObjectName(u"copyMessageText"_s);
    connect(m_copyId, &QAction::triggered, this, [this] { copySelection(CopyId); });
    connect(m_copyStandardId, &QAction::triggered, this, [this] { copySelection(CopyStandardId); });
    connect(m_copyText, &QAction::triggered, this, [this] { copySelection(CopyText); });

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &MessagesPane::applyFilters);
    for (QLineEdit *edit : {m_sender, m_text})
        connect(edit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        if (!on && isWindowed()) { // the strip's days go with the dates
            m_settingDays = true;
            m_strip->clearSelection();
            m_settingDays = false;
        }
        applyFilters();
    });
    // The strip's days are the dates' filter: selecting days sets them, clearing unticks them.
    connect(m_strip, &ActivityStrip::daysSelected, this, [this](const QDate &from, const QDate &to) {
        if (m_settingDays || !isWindowed())
            return;
        {
            const QSignalBlocker blockUse(m_useDates);
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            const bool on = from.isValid() && to.isValid();
            if (on) {
                m_from->setDate(from);
                m_to->setDate(to);
            }
            m_useDates->setChecked(on);
            m_from->setEnabled(on);
            m_to->setEnabled(on);
        }
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &MessagesPane::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &MessagesPane::applyFilters);
    connect(m_attachments, &QCheckBox::toggled, this, &MessagesPane::applyFilters);

    auto runSearch = [this] {
        const QString query = m_search->text().trimmed();
        if (!query.isEmpty() || isWindowed()) // an empty search in a stream's table clears it
            showSearch(query);
    };
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && isWindowed()) // the clear button
            showSearch(QString());
    });
    connect(m_search, &QLineEdit::returnPressed, this, runSearch);
    connect(m_searchButton, &QPushButton::clicked, this, runSearch);
    connect(m_exportButton, &QPushButton::clicked, this, &MessagesPane::exportRequested);
    connect(header, &QWidget::customContextMenuRequested, this, &MessagesPane::showHeaderMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MessagesPane::showContextMenu);
    connectSelection();
    // Only the time sorts the windowed table: a click on another header keeps the time's indicator.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (!isWindowed())
            return;
        QHeaderView *h = m_view->horizontalHeader();
        if (section != MessageTableModel::TimeColumn) {
            const QSignalBlocker block(h);
            h->setSortIndicator(MessageTableModel::TimeColumn,
                m_windowed->query().newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
        m_windowed->sort(MessageTableModel::TimeColumn, order);
    });

    connect(m_model, &MessageTableModel::loadingChanged, this, [this] {
        updateBusy();
        updateHint();
    });
    connect(m_model, &MessageTableModel::errorOccurred, this, [this](const ApiError &error) {
        Q_EMIT statusMessage(error.message);
        Q_EMIT errorOccurred(error);
        m_pendingSelection.clear();
    });
    connect(m_model, &MessageTableModel::pageLoaded, this, [this] {
        const int loaded = m_model->rowCount();
        if (m_model->isAtBeginning())
            Q_EMIT statusMessage(tr("All messages loaded: %n", nullptr, loaded));
        else
            Q_EMIT statusMessage(tr("Messages loaded: %n; scroll down for older ones", nullptr, loaded));
        updateHint();
        continuePendingSelection();
    });
    connect(m_feed, &MessageHistoryFeed::warning, this, &MessagesPane::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHint();
        Q_EMIT messageSelected(Message());
    });
    connect(m_proxy, &MessageFilterProxy::filteringChanged, this, &MessagesPane::updateBusy);
    connect(m_proxy, &MessageFilterProxy::filterApplied, this, [this] {
        updateHint();
        if (!m_proxy->filter().isEmpty())
            Q_EMIT statusMessage(
                tr("Showing %1 of %2 loaded messages").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    });
    updateHint();
}

MessagesPane::~MessagesPane()
{
    disconnect(m_historyGone); // a source deleted with the children finds no pane
    delete m_lookup; // silently
    delete m_detailsCall;
    delete m_feed; // cancels its call silently, before the model goes
}

void MessagesPane::setHistory(MessageHistory *history)
{
    if (m_history != history || !history) { // the same source keeps the table as it is
        delete m_lookup;
        m_feed->setHistory(nullptr);
        disconnect(m_historyGone);
        m_history = history;
        m_feed->setHistory(m_history); // before the pane's own watch: the table is cleared first
        if (history)
            m_historyGone = connect(history, &QObject::destroyed, this, [this] { setHistory(nullptr); });
        updateSearchSyntax();
        useWindowed(false);
        delete m_detailsCall;
        m_detailsShown.clear();
        delete m_windowed; // cancels its reads
        m_windowed = history ? history->windowedTable(this) : nullptr;
        m_strip->setArchive(nullptr); // set with the first stream shown
        if (m_windowed) {
            connect(m_windowed, &ArchiveMessageModel::loadingChanged, this, [this] {
                updateBusy();
                updateHint();
            });
            connect(m_windowed, &ArchiveMessageModel::countReady, this, [this](int rows) {
                const ArchiveMessageModel::Query &q = m_windowed->query();
                if (!q.search.isEmpty() || q.from || q.to)
                    Q_EMIT statusMessage(tr("Messages matching the filters: %n", nullptr, rows));
                else
                    Q_EMIT statusMessage(tr("Messages: %n", nullptr, rows));
                updateHint();
            });
            connect(m_windowed, &ArchiveMessageModel::pageLoaded, this, [this] {
                if (isWindowed())
                    fetchCurrentDetails(); // the current row's page may just have come
            });
            connect(m_windowed, &ArchiveMessageModel::errorOccurred, this, [this](const ApiError &error) {
                Q_EMIT statusMessage(error.message);
                Q_EMIT errorOccurred(error);
                updateHint();
            });
            connect(m_windowed, &QAbstractItemModel::modelReset, this, [this] {
                if (!isWindowed())
                    return;
                delete m_detailsCall;
                m_detailsShown.clear();
                m_view->scrollToTop(); // another stream, filter or order starts at its first row
                updateHint();
                Q_EMIT messageSelected(Message());
            });
            connect(m_windowed, &ArchiveMessageModel::located, this, &MessagesPane::onLocated);
        }
    }
    m_pendingSelection.clear();
    m_title.clear();
    m_titleLabel->clear();
    m_exportButton->setEnabled(false);
    updateBusy(); // a lookup of the old source is gone
    updateHint();
}

void MessagesPane::showStream(const QString &streamId, const QString &title)
{
    m_title = title;
    m_titleLabel->setText(title.isEmpty() ? Ids::normalized(streamId) : title);
    m_titleLabel->setToolTip(plainToolTip(Ids::normalized(streamId)));
    if (m_windowed) {
        // A stream opens whole: no search, no days (the strip shows the new stream's days).
        {
            const QSignalBlocker blockSearch(m_search);
            m_search->clear();
            const QSignalBlocker blockUse(m_useDates);
            m_useDates->setChecked(false);
            m_from->setEnabled(false);
            m_to->setEnabled(false);
        }
        m_settingDays = true;
        m_strip->clearSelection();
        m_settingDays = false;
        m_windowed->setSearch(QString());
        m_windowed->setDays({}, {});
        m_windowed->setStream(streamId);
        m_strip->setStream(streamId);
        m_strip->setArchive(m_history ? m_history->archiveReader() : nullptr);
        useWindowed(true);
        m_exportButton->setEnabled(true);
        updateBusy();
        updateHint();
        return;
    }
    m_feed->showStream(streamId);
    m_exportButton->setEnabled(true);
    updateHint();
}

void MessagesPane::updateSearchSyntax()
{
    // The search box says which syntax the source understands: the pod's fields, or an archive's
    // full-text index.
    if (m_history && m_history->searchSyntax() == MessageHistory::SearchSyntax::FullText) {
        m_search->setPlaceholderText(tr("Search the archive's text, e.g. rates \"bond desk\" treas*"));
        m_search->setToolTip(tr("Full-text search of the archive: every word must occur in the text (any "
                                "version of it), the sender or the stream's name; \"quoted words\" follow "
                                "each other; a trailing * matches the start of a word."));
        return;
    }
    m_search->setPlaceholderText(tr("Search messages, e.g. hashtag:rates AND author:8933531976681"));
    m_search->setToolTip(
        tr("Fields: text, author, hashtag, cashtag, mention, signal, fromDate, toDate, streamId, "
           "streamType. The text field needs a streamId."));
}

void MessagesPane::showSearch(const QString &query)
{
    if (isWindowed() && !m_windowed->streamId().isEmpty()) {
        // The open stream's messages that match, by the archive's full-text index.
        if (m_search->text().trimmed() != query.trimmed()) {
            const QSignalBlocker block(m_search);
            m_search->setText(query);
        }
        m_windowed->setSearch(query);
        updateHint();
        return;
    }
    if (query.trimmed().isEmpty())
        return;
    useWindowed(false); // a search of the whole source: the paged table
    m_title = tr("Search: %1").arg(query);
    m_titleLabel->setText(m_title);
    m_titleLabel->setToolTip(plainToolTip(query));
    if (m_search->text() != query)
        m_search->setText(query);
    m_feed->showSearch(query);
    m_exportButton->setEnabled(true);
    updateHint();
}

void MessagesPane::refresh()
{
    if (isWindowed()) {
        m_windowed->refresh();
        return;
    }
    m_feed->refresh();
}

void MessagesPane::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool MessagesPane::isWindowed() const
{
    return m_windowed && m_view->model() == m_windowed;
}

QString MessagesPane::currentStreamId() const
{
    if (isWindowed())
        return m_windowed->streamId();
    return m_model->mode() == MessageTableModel::Mode::Stream ? m_model->streamId() : QString();
}

QString MessagesPane::currentSearch() const
{
    if (isWindowed())
        return QString(); // a search within the stream: the stream is what the table shows
    return m_model->mode() == MessageTableModel::Mode::Search ? m_model->searchQuery() : QString();
}

QAbstractItemView *MessagesPane::view() const
{
    return m_view;
}

void MessagesPane::applyFilters()
{
    m_filterTimer->stop();
    if (isWindowed()) {
        applyWindowedFilters();
        return;
    }
    MessageFilter f;
    f.sender = m_sender->text().trimmed();
    f.text = m_text->text().trimmed();
    if (m_useDates->isChecked()) {
        f.from = m_from->date().startOfDay().toMSecsSinceEpoch();
        f.to = m_to->date().endOfDay().toMSecsSinceEpoch();
    }
    f.attachmentsOnly = m_attachments->isChecked();
    m_proxy->setFilter(f);
}

void MessagesPane::applyWindowedFilters()
{
    if (m_useDates->isChecked())
        m_windowed->setDays(m_from->date(), m_to->date());
    else
        m_windowed->setDays({}, {});
}

QList<Message> MessagesPane::selectedMessages() const
{
    QList<Message> out;
    if (isWindowed())
        return out; // the windowed table holds lines, not messages: export the stream instead
    const auto rows = m_view->selectionModel()->selectedRows();
    QList<int> sourceRows;
    for (const QModelIndex &i : rows)
        sourceRows.append(m_proxy->mapToSource(i).row());
    std::sort(sourceRows.begin(), sourceRows.end());
    for (int row : std::as_const(sourceRows))
        out.append(m_model->message(row));
    return out;
}

QList<Message> MessagesPane::filteredMessages() const
{
    QList<Message> out;
    if (isWindowed())
        return out; // the rows on screen only: export the stream instead
    out.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        out.append(m_model->message(m_proxy->mapToSource(m_proxy->index(i, 0)).row()));
    return out;
}

QByteArray MessagesPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << m_view->horizontalHeader()->saveState();
    return state;
}

void MessagesPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray header;
    in >> magic >> header;
    if (in.status() != QDataStream::Ok || magic != StateMagic)
        return; // another version's layout: keep the defaults
    m_view->horizontalHeader()->restoreState(header);
    // Columns, widths and order come back; the table always opens newest first.
    m_view->sortByColumn(MessageTableModel::TimeColumn, Qt::DescendingOrder);
}

void MessagesPane::onCurrentChanged(const QModelIndex &current)
{
    if (isWindowed()) {
        fetchCurrentDetails();
        return;
    }
    if (!current.isValid()) {
        Q_EMIT messageSelected(Message());
        return;
    }
    Q_EMIT messageSelected(m_model->message(m_proxy->mapToSource(current).row()));
}

bool MessagesPane::selectRow(int sourceRow)
{
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxy.isValid()) {
        Q_EMIT statusMessage(tr("The message is loaded but hidden by the filters."));
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    return true;
}

void MessagesPane::connectSelection()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
}

void MessagesPane::useWindowed(bool windowed)
{
    QAbstractItemModel *target = windowed && m_windowed ? static_cast<QAbstractItemModel *>(m_windowed)
                                                        : static_cast<QAbstractItemModel *>(m_proxy);
    QHeaderView *header = m_view->horizontalHeader();
    if (m_view->model() != target) {
        const QByteArray columns = header->saveState(); // order, visibility and widths stay
        QItemSelectionModel *old = m_view->selectionModel();
        m_view->setSortingEnabled(false);
        m_view->setModel(target);
        delete old;
        connectSelection();
        {
            const QSignalBlocker block(header);
            header->restoreState(columns);
        }
        if (windowed) {
            // Only the time sorts (its index keeps a page cheap); the model sorts itself.
            header->setSortIndicatorShown(true);
            const QSignalBlocker block(header);
            header->setSortIndicator(MessageTableModel::TimeColumn,
                m_windowed->query().newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
        } else {
            m_view->setSortingEnabled(true);
        }
        delete m_detailsCall;
        m_detailsShown.clear();
    }
    // The filters with no SQL behind them wait for the paged table.
    const bool on = !isWindowed();
    const QString why = on ? QString()
                           : tr("Not available for an archive's stream, which is read a window at a time: "
                                "use the search box and the dates (or the activity strip).");
    for (QWidget *w : std::initializer_list<QWidget *> {m_sender, m_text, m_attachments}) {
        w->setEnabled(on);
        w->setToolTip(why);
    }
    m_strip->setVisible(isWindowed());
    header->setToolTip(on ? QString() : tr("Only the time column sorts an archive's stream."));
}

void MessagesPane::fetchCurrentDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        if (!m_detailsShown.isEmpty()) {
            delete m_detailsCall;
            m_detailsShown.clear();
            Q_EMIT messageSelected(Message());
        }
        return;
    }
    const QString id = m_windowed->messageId(current.row());
    if (id.isEmpty() || id == m_detailsShown || !m_history)
        return; // its page is being read (pageLoaded() comes back here), or it is shown
    delete m_detailsCall; // silently: the newer selection wins
    m_detailsShown = id;
    ServiceCall *call
        = m_history->message(id, [this](const Message &message) { Q_EMIT messageSelected(message); });
    m_detailsCall = call;
    connect(call, &ServiceCall::finished, this, [this](const ApiError &error) {
        m_detailsCall = nullptr;
        if (error.isError() && !error.isCancelled())
            Q_EMIT errorOccurred(error);
    });
}

void MessagesPane::onLocated(const QString &messageId, int row)
{
    if (!isWindowed() || Ids::normalized(messageId) != m_pendingSelection)
        return;
    const QString key = m_pendingSelection;
    m_pendingSelection.clear();
    updateBusy();
    if (row >= 0) {
        const QModelIndex index = m_windowed->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
    if (!m_history)
        return;
    // Not in the rows the table keeps: which stream is it in?
    delete m_lookup;
    const QString stream = currentStreamId();
    ServiceCall *call = m_history->message(key, [this, key, stream](const Message &message) {
        if (message.stream.key() == stream) {
            Q_EMIT statusMessage(tr("The message is hidden by the search or the dates."));
            return;
        }
        showStream(message.stream.key(),
            message.stream.roomName.isEmpty() ? message.stream.key() : message.stream.roomName);
        m_pendingSelection = key;
        m_windowed->locate(key);
    });
    m_lookup = call;
    updateBusy();
    connect(call, &ServiceCall::finished, this, [this](const ApiError &error) {
        m_lookup = nullptr;
        updateBusy();
        if (error.isError() && !error.isCancelled())
            Q_EMIT errorOccurred(error);
    });
}

void MessagesPane::selectMessage(const QString &messageId)
{
    const QString key = Ids::normalized(messageId);
    if (isWindowed()) {
        m_pendingSelection = key;
        m_windowed->locate(key); // onLocated() selects it, or finds its stream
        return;
    }
    const int row = m_model->rowOfMessage(key);
    if (row >= 0) {
        m_pendingSelection.clear();
        selectRow(row);
        return;
    }
    if (!m_history)
        return;
    delete m_lookup; // silently: the newer lookup wins
    ServiceCall *call = m_history->message(key, [this, key](const Message &message) {
        m_pendingSelection = key;
        m_pendingTimestamp = message.timestamp;
        const QString stream = message.stream.key();
        if (currentStreamId() != stream)
            showStream(stream, message.stream.roomName.isEmpty() ? stream : message.stream.roomName);
        if (isWindowed()) {
            m_windowed->locate(key);
            return;
        }
        continuePendingSelection();
    });
    m_lookup = call;
    updateBusy();
    connect(call, &ServiceCall::finished, this, [this](const ApiError &error) {
        m_lookup = nullptr;
        updateBusy();
        if (error.isError() && !error.isCancelled())
            Q_EMIT errorOccurred(error);
    });
}

void MessagesPane::continuePendingSelection()
{
    if (m_pendingSelection.isEmpty())
        return;
    const int row = m_model->rowOfMessage(m_pendingSelection);
    if (row >= 0) {
        m_pendingSelection.clear();
        selectRow(row);
        return;
    }
    const int n = m_model->rowCount();
    const bool passed = n > 0 && m_model->row(n - 1).timestamp < m_pendingTimestamp;
    if (m_model->isAtBeginning() || m_model->hasFailed() || passed) {
        m_pendingSelection.clear();
        Q_EMIT statusMessage(tr("The message is not in this stream's history."));
        return;
    }
    m_feed->fetchMore();
}

void MessagesPane::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int c = 0; c < header->count(); ++c)
        visible += !header->isSectionHidden(c);
    for (int c = 0; c < header->count(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last column
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MessagesPane::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyId);
    menu.addAction(m_copyStandardId);
    menu.addAction(m_copyText);
    menu.addSeparator();
    menu.addAction(tr("Export…"), this, &MessagesPane::exportRequested);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MessagesPane::copySelection(int what)
{
    QStringList parts;
    QList<int> rows;
    if (isWindowed()) {
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            rows.append(i.row());
        std::sort(rows.begin(), rows.end());
        for (int row : std::as_const(rows)) {
            const QString id = m_windowed->messageId(row);
            if (id.isEmpty())
                continue; // not read yet
            if (what == CopyId)
                parts.append(id);
            else if (what == CopyStandardId)
                parts.append(Ids::toStandard(id));
            else
                parts.append(m_windowed->heldRow(row)->line);
        }
        if (!parts.isEmpty())
            QApplication::clipboard()->setText(parts.join(what == CopyText ? u"\n\n"_s : u"\n"_s));
        return;
    }
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows)) {
        const QString id = Ids::normalized(m_model->messageId(row));
        if (what == CopyId)
            parts.append(id);
        else if (what == CopyStandardId)
            parts.append(Ids::toStandard(id));
        else
            parts.append(m_model->plainText(row));
    }
    if (!parts.isEmpty())
        QApplication::clipboard()->setText(parts.join(what == CopyText ? u"\n\n"_s : u"\n"_s));
}

void MessagesPane::updateBusy()
{
    const bool busy
        = (isWindowed() ? m_windowed->isLoading() : m_model->isLoading() || m_proxy->isFiltering())
        || m_lookup;
    m_busy->setVisible(busy);
    if (busy == m_busyState)
        return;
    m_busyState = busy;
    Q_EMIT busyChanged(busy);
}

void MessagesPane::updateHint()
{
    QString hint;
    if (!m_history) {
        hint = tr("Not connected.");
    } else if (isWindowed()) {
        const ArchiveMessageModel::Query &q = m_windowed->query();
        if (m_windowed->rowCount() == 0)
            hint = m_windowed->isLoading()
                ? tr("Loading messages…")
                : (!q.search.isEmpty() || q.from || q.to ? tr("No message matches the search or the dates.")
                                                         : tr("No messages."));
    } else if (m_model->mode() == MessageTableModel::Mode::None) {
        hint = tr("Select a stream on the left, or search messages above.");
    } else if (m_proxy->rowCount() == 0 && !m_model->isLoading()) {
        hint = m_model->rowCount() > 0
            ? tr("No loaded message matches the filters.")
            : (m_model->hasFailed() ? tr("The messages could not be loaded.") : tr("No messages."));
    } else if (m_proxy->rowCount() == 0) {
        hint = tr("Loading messages…");
    }
    m_hint->setText(hint);
    m_stack->setCurrentWidget(hint.isEmpty() ? static_cast<QWidget *>(m_view) : m_hint);
}

} // namespace Inspector::Ui
