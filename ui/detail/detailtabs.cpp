// SPDX-License-Identifier: Apache-2.0
#include "detail/detailtabs.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "common/themecolors.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/textdiff.h"
#include "data/times.h"
#include "detail/safetextbrowser.h"
#include "itemmodels/attachmentsmodel.h"
#include "itemmodels/jsontreemodel.h"
#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/plaintooltip.h"
#include "itemmodels/receiptsmodel.h"
#include "presentationml/markupformat.h"
#include "presentationml/presentationml.h"
#include "services/messagedetailsfeed.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

QLabel *makeHint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QPlainTextEdit *makeTextView(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

/// Fits the columns whenever rows arrive; the user may still drag them wider or narrower.
void fitColumnsOnChange(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    QObject::connect(
        model, &QAbstractItemModel::rowsInserted, view, [view] { view->resizeColumnsToContents(); });
    QObject::connect(
        model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
}

} // namespace

DetailTabs::DetailTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_feed(new MessageDetailsFeed(nullptr, this))
{
    setAccessibleName(tr("Message details"));
    setDocumentMode(true);
    addTab(buildPreview(), tr("Preview"));
    addTab(buildSource(), tr("Source"));
    addTab(buildData(), tr("Data"));
    addTab(buildJson(), tr("JSON"));
    addTab(buildReceipts(), tr("Receipts"));
    addTab(buildStatus(), tr("Status"));
    addTab(buildAttachments(), tr("Attachments"));
    addTab(buildHistory(), tr("History"));
    setTabToolTip(PreviewTab, tr("The message as it reads, rendered safely"));
    setTabToolTip(SourceTab, tr("The PresentationML markup, indented"));
    setTabToolTip(DataTab, tr("The entity data (EntityJSON) of mentions, tags and other entities"));
    setTabToolTip(JsonTab, tr("The whole message as the API returned it"));
    setTabToolTip(ReceiptsTab, tr("Who got and read the message, and when"));
    setTabToolTip(StatusTab, tr("The message's status: read, delivered, sent"));
    setTabToolTip(AttachmentsTab, tr("Files attached to the message"));
    setTabToolTip(HistoryTab, tr("Every version of the message the archive kept, and what changed"));

    askSavePath = [this](const QString &suggestedName, const std::function<void(const QString &)> &accept) {
        // Window-modal and asynchronous: no nested event loop.
        auto *dialog = new QFileDialog(this, tr("Save attachment"), QDir::home().filePath(suggestedName));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        // A taken name is never replaced: the download is saved as "name (2).ext" instead.
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [accept](const QString &path) {
            if (!path.isEmpty())
                accept(path);
        });
        dialog->open();
    };

    connect(this, &QTabWidget::currentChanged, this, [this] { fillCurrent(); });
    connect(m_feed, &MessageDetailsFeed::detailsChanged, this, &DetailTabs::onDetailsChanged);
    clear();
    updateHistoryTab();
}

DetailTabs::~DetailTabs()
{
    disconnect(m_feed, nullptr, this, nullptr); // a source deleted with the children finds no tabs
}

QWidget *DetailTabs::buildPreview()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_header = new QLabel(page);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(tr("Message header"));
    m_preview = new SafeTextBrowser(page);
    m_previewNote = makeHint(page);
    m_previewNote->setAccessibleName(tr("Preview notes"));
    layout->addWidget(m_header);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewNote);
    connect(m_preview, &SafeTextBrowser::statusMessage, this, &DetailTabs::statusMessage);
    return page;
}

QWidget *DetailTabs::buildSource()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_sourceNote = makeHint(page);
    m_source = makeTextView(page, tr("PresentationML source"));
    layout->addWidget(m_sourceNote);
    layout->addWidget(m_source, 1);
    return page;
}

QWidget *DetailTabs::buildData()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_dataNote = makeHint(page);
    m_data = makeTextView(page, tr("Entity data"));
    layout->addWidget(m_dataNote);
    layout->addWidget(m_data, 1);
    return page;
}

QWidget *DetailTabs::buildJson()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_jsonModel = new JsonTreeModel(this);
    m_jsonView = new QTreeView(page);
    m_jsonView->setAccessibleName(tr("Message JSON"));
    m_jsonView->setModel(m_jsonModel);
    m_jsonView->setUniformRowHeights(true);
    m_jsonView->setAlternatingRowColors(true);
    m_jsonView->header()->setStretchLastSection(false);
    m_jsonView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_jsonView->setColumnWidth(JsonTreeModel::KeyColumn, 220);
    auto *copy = new QAction(tr("Copy Value"), m_jsonView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DetailTabs::copyJsonValue);
    m_jsonView->addAction(copy);
    m_jsonView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyValue = new QPushButton(tr("&Copy Value"), page);
    m_copyValue->setAccessibleName(tr("Copy the selected JSON value"));
    connect(m_copyValue, &QPushButton::clicked, this, &DetailTabs::copyJsonValue);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyValue);
    layout->addWidget(m_jsonView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *DetailTabs::buildReceipts()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_receipts = new ReceiptsModel(this);
    m_receiptsSummary = makeHint(page);
    m_receiptsSummary->setAccessibleName(tr("Receipt counts"));
    m_receiptsHint = makeHint(page);
    m_receiptsHint->setAccessibleName(tr("Receipts status"));
    m_receiptsView = makeTable(page, tr("Receipts"));
    m_receiptsView->setModel(m_receipts);
    fitColumnsOnChange(m_receiptsView);
    m_loadMore = new QPushButton(tr("Load &More"), page);
    m_loadMore->setAccessibleName(tr("Load the next page of receipts"));
    m_loadAll = new QPushButton(tr("Load &All"), page);
    m_loadAll->setAccessibleName(tr("Load every page of receipts"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_receiptsSummary, 1);
    buttons->addWidget(m_loadMore);
    buttons->addWidget(m_loadAll);
    layout->addLayout(buttons);
    layout->addWidget(m_receiptsHint);
    layout->addWidget(m_receiptsView, 1);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_receipts->fetchMore(); });
    connect(m_loadAll, &QPushButton::clicked, this, [this] { m_receipts->loadAll(); });
    connect(m_receipts, &ReceiptsModel::stateChanged, this, [this] { updateReceiptsUi(); });
    connect(m_receipts, &ReceiptsModel::summaryChanged, this, [this] { updateReceiptsUi(); });
    connect(m_receipts, &ReceiptsModel::errorOccurred, this, &DetailTabs::errorOccurred);
    m_feed->feed(m_receipts);
    return page;
}

QWidget *DetailTabs::buildStatus()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_status = new MessageStatusModel(this);
    m_statusSummary = makeHint(page);
    m_statusSummary->setAccessibleName(tr("Status counts"));
    m_statusHint = makeHint(page);
    m_statusHint->setAccessibleName(tr("Status notes"));
    m_statusView = makeTable(page, tr("Message status"));
    m_statusView->setModel(m_status);
    fitColumnsOnChange(m_statusView);
    m_reloadStatus = new QPushButton(tr("&Reload"), page);
    m_reloadStatus->setAccessibleName(tr("Ask for the status again"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_statusSummary, 1);
    top->addWidget(m_reloadStatus);
    layout->addLayout(top);
    layout->addWidget(m_statusHint);
    layout->addWidget(m_statusView, 1);
    connect(m_reloadStatus, &QPushButton::clicked, this, [this] { m_status->reload(); });
    connect(m_status, &MessageStatusModel::stateChanged, this, [this] { updateStatusUi(); });
    connect(m_status, &MessageStatusModel::errorOccurred, this, &DetailTabs::errorOccurred);
    m_feed->feed(m_status);
    return page;
}

QWidget *DetailTabs::buildAttachments()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_attachments = new AttachmentsModel(this);
    m_attachmentsHint = makeHint(page);
    m_attachmentsHint->setAccessibleName(tr("Attachments notes"));
    m_attachmentsView = makeTable(page, tr("Attachments"));
    m_attachmentsView->setModel(m_attachments);
    fitColumnsOnChange(m_attachmentsView);
    m_attachmentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_download = new QPushButton(tr("&Download…"), page);
    m_download->setAccessibleName(tr("Download the selected attachment"));
    m_cancelDownload = new QPushButton(tr("Cancel"), page);
    m_cancelDownload->setAccessibleName(tr("Cancel the download"));
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setTextVisible(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancelDownload);
    bottom->addStretch(1);
    bottom->addWidget(m_download);
    layout->addWidget(m_attachmentsHint);
    layout->addWidget(m_attachmentsView, 1);
    layout->addLayout(bottom);
    connect(m_download, &QPushButton::clicked, this, &DetailTabs::onDownloadClicked);
    connect(m_cancelDownload, &QPushButton::clicked, this, &DetailTabs::cancelDownload);
    connect(m_attachmentsView, &QAbstractItemView::doubleClicked, this, &DetailTabs::onDownloadClicked);
    connect(m_attachmentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { updateAttachmentsUi(); });
    return page;
}

MessageDetails *DetailTabs::details() const
{
    return m_feed->details();
}

void DetailTabs::setDetails(MessageDetails *details)
{
    if (m_feed->details() == details)
        return;
    cancelDownload(); // while its source is still there
    m_feed->setDetails(details); // clears the receipts and the status; onDetailsChanged() follows
}

void DetailTabs::onDetailsChanged()
{
    cancelDownload(); // the source went away
    m_filled[ReceiptsTab] = false;
    m_filled[StatusTab] = false;
    m_filled[HistoryTab] = false;
    delete m_historyCall.data(); // of the source that went
    updateHistoryTab();
    fillCurrent();
    updateReceiptsUi();
    updateStatusUi();
    updateAttachmentsUi();
}

bool DetailTabs::hasMessage() const
{
    // Not raw.isEmpty(): that would parse a message's JSON just to ask.
    return !m_message.messageId.isEmpty() || !m_message.message.isEmpty() || m_message.timestamp != 0
        || !m_message.diagnostic.isEmpty();
}

void DetailTabs::showMessage(const Message &message)
{
    if (hasMessage() && !message.messageId.isEmpty() && message.key() == m_message.key()
        && message.timestamp == m_message.timestamp && message.message == m_message.message
        && message.data == m_message.data)
        return; // the same message again (a re-selection): keep what the tabs already loaded
    cancelDownload();
    delete m_historyCall.data();
    m_history->clear();
    m_message = message;
    for (bool &filled : m_filled)
        filled = false;
    m_receipts->clear();
    m_status->clear();
    m_attachments->clear();
    m_jsonModel->clear();
    if (!hasMessage()) {
        clear();
        return;
    }
    fillCurrent();
    // Cheap and shown in the tab titles even before the tabs are opened.
    m_attachments->setMessage(m_message);
    m_filled[AttachmentsTab] = true;
    if (m_attachments->rowCount() > 0)
        m_attachmentsView->selectRow(0); // Download… works at once for the usual single file
    setTabText(AttachmentsTab,
        m_message.attachments.isEmpty() ? tr("Attachments")
                                        : tr("Attachments (%1)").arg(m_message.attachments.size()));
    updateAttachmentsUi();
}

void DetailTabs::clear()
{
    cancelDownload();
    m_message = {};
    for (bool &filled : m_filled)
        filled = true; // nothing to load for "no message"
    m_header->setText(tr("No message selected"));
    m_header->setToolTip({});
    m_preview->setSafeHtml(QString());
    setHint(m_previewNote, tr("Select a message to see it here."));
    m_source->clear();
    setHint(m_sourceNote, tr("Select a message to see its PresentationML source."));
    m_data->clear();
    setHint(m_dataNote, tr("Select a message to see its entity data."));
    m_jsonModel->clear();
    m_receipts->clear();
    m_status->clear();
    m_attachments->clear();
    setTabText(AttachmentsTab, tr("Attachments"));
    delete m_historyCall.data();
    m_history->clear();
    setHint(m_historyNote, tr("Select a message to see its versions."));
    updateReceiptsUi();
    updateStatusUi();
    updateAttachmentsUi();
}

void DetailTabs::fillCurrent()
{
    fill(currentIndex());
}

void DetailTabs::fill(int tab)
{
    if (tab < 0 || tab >= TabCount || m_filled[tab] || !hasMessage())
        return;
    m_filled[tab] = true;
    switch (Tab(tab)) {
    case PreviewTab:
        fillPreview();
        break;
    case SourceTab:
        fillSource();
        break;
    case DataTab:
        fillData();
        break;
    case JsonTab:
        // The bytes when the page parser kept them: numbers a double cannot hold keep their text.
        if (m_message.json.isEmpty() || !m_jsonModel->setJsonText(m_message.json))
            m_jsonModel->setJson(QJsonValue(static_cast<const QJsonObject &>(m_message.raw)));
        m_jsonView->expandToDepth(0);
        break;
    case ReceiptsTab:
        m_receipts->setMessage(m_message.messageId);
        updateReceiptsUi();
        break;
    case StatusTab:
        m_status->setMessage(m_message.messageId);
        updateStatusUi();
        break;
    case AttachmentsTab:
        m_attachments->setMessage(m_message);
        updateAttachmentsUi();
        break;
    case HistoryTab:
        fillHistory();
        break;
    case TabCount:
        break;
    }
}

void DetailTabs::fillPreview()
{
    const Message &m = m_message;
    QStringList first;
    first << DisplayName::of(m.user);
    QString utc;
    if (m.timestamp) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(m.timestamp).toLocalTime();
        first << local.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        utc = Times::toIso(m.timestamp);
    }
    if (!m.stream.roomName.isEmpty())
        first << tr("%1 (%2)").arg(m.stream.roomName, m.stream.streamType);
    else if (!m.stream.streamType.isEmpty())
        first << m.stream.streamType;
    QStringList lines {first.join(u"  ·  "_s)};
    if (!m.messageId.isEmpty()) {
        lines << tr("Message id: %1").arg(Ids::toUrlSafe(m.messageId));
        lines << tr("Standard form: %1").arg(Ids::toStandard(m.messageId));
    }
    if (!m.stream.streamId.isEmpty())
        lines << tr("Stream id: %1  /  %2")
                     .arg(Ids::toUrlSafe(m.stream.streamId), Ids::toStandard(m.stream.streamId));
    m_header->setText(lines.join(u'\n'));
    m_header->setToolTip(utc.isEmpty() ? QString() : plainToolTip(tr("Sent %1 (UTC)").arg(utc)));

    QStringList notes;
    if (!m.diagnostic.isEmpty())
        notes << tr("The agent could not read this message: %1").arg(m.diagnostic);
    if (!m.replacing.isEmpty())
        notes << tr("This is an edit of message %1.").arg(m.replacing);
    if (!m.replacedBy.isEmpty())
        notes << tr("A newer version exists: %1.").arg(m.replacedBy);
    if (m.message.isEmpty()) {
        m_preview->setSafeHtml(QString());
        if (m.diagnostic.isEmpty())
            notes << tr("This message has no content.");
    } else {
        const PresentationMl::HtmlResult result = PresentationMl::toSafeHtml(m.message, m.data);
        QString html = result.html;
        if (m.sharedMessage && !m.sharedMessage->message.isEmpty()) {
            // A wall post that shares another message: show what was shared under it.
            const Message &shared = *m.sharedMessage;
            const auto sharedHtml = PresentationMl::toSafeHtml(shared.message, shared.data);
            html += u"<hr/><p><i>"_s
                + tr("Shared message from %1:").arg(DisplayName::of(shared.user)).toHtmlEscaped()
                + u"</i></p>"_s + sharedHtml.html;
        }
        m_preview->setSafeHtml(html);
        if (result.fellBack)
            notes << tr("The markup could not be read, so only its text is shown.");
        if (!result.images.isEmpty())
            notes << tr("Images not loaded, for your privacy: %1").arg(result.images.size());
        for (const QString &w : result.warnings)
            notes << w;
    }
    setHint(m_previewNote, notes.join(u'\n'));
}

void DetailTabs::fillSource()
{
    if (m_message.message.isEmpty()) {
        m_source->clear();
        setHint(m_sourceNote,
            m_message.diagnostic.isEmpty()
                ? tr("This message has no PresentationML.")
                : tr("This message has no PresentationML: %1").arg(m_message.diagnostic));
        return;
    }
    const Result<QString> pretty = MarkupFormat::prettyXml(m_message.message);
    if (!pretty) {
        m_source->setPlainText(m_message.message);
        setHint(m_sourceNote,
            tr("The markup is not well-formed XML (%1); shown as received.").arg(pretty.error().message()),
            true);
    } else {
        m_source->setPlainText(pretty.value());
        setHint(m_sourceNote, QString());
    }
}

void DetailTabs::fillData()
{
    const QString data = m_message.data.trimmed();
    if (data.isEmpty() || data == u"{}"_s || data == u"null"_s) {
        m_data->clear();
        setHint(m_dataNote, tr("This message has no entity data."));
        return;
    }
    const Result<QString> pretty = MarkupFormat::prettyJson(data);
    if (!pretty) {
        m_data->setPlainText(m_message.data);
        setHint(m_dataNote,
            tr("The entity data is not valid JSON (%1); shown as received.").arg(pretty.error().message()),
            true);
    } else {
        m_data->setPlainText(pretty.value());
        setHint(m_dataNote, QString());
    }
}

void DetailTabs::copyJsonValue()
{
    const QModelIndex current = m_jsonView->currentIndex();
    if (!current.isValid())
        return;
    const QString text = m_jsonModel->valueText(current);
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied the value of %1.").arg(current.data(ModelRole::Path).toString()));
}

void DetailTabs::updateReceiptsUi()
{
    const auto &s = m_receipts->summary();
    const auto state = m_receipts->state();
    const bool loaded = state == ReceiptsModel::State::Loaded || state == ReceiptsModel::State::Failed;
    if (loaded && (s.loaded > 0 || s.complete))
        m_receiptsSummary->setText(
            tr("Delivered: %1  ·  Read: %2  ·  E-mail notifications: %3  ·  Users loaded: %4")
                .arg(s.delivered)
                .arg(s.read)
                .arg(s.emailed)
                .arg(s.loaded));
    else
        m_receiptsSummary->clear();
    m_loadMore->setEnabled(m_receipts->canFetchMore() || state == ReceiptsModel::State::Failed);
    m_loadAll->setEnabled(m_loadMore->isEnabled());
    m_loadMore->setVisible(hasMessage());
    m_loadAll->setVisible(hasMessage());
    if (!hasMessage())
        setHint(m_receiptsHint, tr("Select a message to see who received and read it."));
    else if (!details())
        setHint(m_receiptsHint, tr("Connect to a pod to see receipts."));
    else if (state == ReceiptsModel::State::Loading)
        setHint(m_receiptsHint, tr("Loading receipts…"));
    else if (state == ReceiptsModel::State::NoDetails)
        setHint(m_receiptsHint, tr("The pod has no receipt details for this message."));
    else if (state == ReceiptsModel::State::Failed)
        setHint(m_receiptsHint, m_receipts->lastError().message, true);
    else if (state == ReceiptsModel::State::Loaded && m_receipts->rowCount() == 0)
        setHint(m_receiptsHint, tr("No receipts."));
    else
        setHint(m_receiptsHint, QString());
}

void DetailTabs::updateStatusUi()
{
    using K = MessageStatusModel::Kind;
    const auto state = m_status->state();
    if (state == MessageStatusModel::State::Loaded)
        m_statusSummary->setText(tr("Read: %1  ·  Delivered: %2  ·  Sent: %3")
                                     .arg(m_status->count(K::Read))
                                     .arg(m_status->count(K::Delivered))
                                     .arg(m_status->count(K::Sent)));
    else
        m_statusSummary->clear();
    m_reloadStatus->setVisible(hasMessage());
    m_reloadStatus->setEnabled(details() && hasMessage() && state != MessageStatusModel::State::Loading);
    if (!hasMessage())
        setHint(m_statusHint, tr("Select a message to see its status."));
    else if (!details())
        setHint(m_statusHint, tr("Connect to a pod to see the message status."));
    else if (state == MessageStatusModel::State::Loading)
        setHint(m_statusHint, tr("Loading status…"));
    else if (state == MessageStatusModel::State::Failed)
        setHint(m_statusHint, m_status->lastError().message, true);
    else
        setHint(m_statusHint, QString());
}

void DetailTabs::updateAttachmentsUi()
{
    const bool running = m_downloadCall;
    const QModelIndexList selected = m_attachmentsView->selectionModel()->selectedRows();
    m_download->setVisible(m_attachments->rowCount() > 0);
    m_download->setEnabled(!running && details() && !selected.isEmpty());
    m_cancelDownload->setVisible(running);
    m_progress->setVisible(running);
    if (!hasMessage())
        setHint(m_attachmentsHint, tr("Select a message to see its attachments."));
    else if (m_attachments->rowCount() == 0)
        setHint(m_attachmentsHint, tr("This message has no attachments."));
    else if (!details())
        setHint(m_attachmentsHint, tr("Connect to a pod to download attachments."));
    else if (!running)
        setHint(m_attachmentsHint, QString());
}

void DetailTabs::onDownloadClicked()
{
    const QModelIndexList selected = m_attachmentsView->selectionModel()->selectedRows();
    if (selected.isEmpty() || !details() || m_downloadCall || !askSavePath)
        return;
    const int row = selected.first().row();
    const QString name = m_attachments->index(row, 0).data(ModelRole::FileName).toString();
    // Only the base name: a file name from the message must not choose the folder.
    const QString suggested
        = QFileInfo(name).fileName().isEmpty() ? u"attachment"_s : QFileInfo(name).fileName();
    const QString messageKey = m_message.key();
    QPointer<DetailTabs> self(this);
    askSavePath(suggested, [self, row, messageKey](const QString &path) {
        if (self && self->m_message.key() == messageKey)
            self->downloadTo(row, path);
    });
}

bool DetailTabs::downloadTo(int row, const QString &path)
{
    if (!details() || row < 0 || row >= m_attachments->rowCount() || m_downloadCall)
        return false;
    const QModelIndex index = m_attachments->index(row, 0);
    AttachmentQuery query {m_attachments->streamId(), m_attachments->messageId(),
        index.data(ModelRole::FileId).toString(), path};
    if (query.streamId.isEmpty() || query.messageId.isEmpty() || query.fileId.isEmpty() || path.isEmpty())
        return false;
    m_downloadName = index.data(ModelRole::FileName).toString();
    m_downloadPath.clear();
    m_downloadBytes = 0;
    const QPointer<DetailTabs> self(this);
    m_downloadCall = details()->downloadAttachment(
        query,
        [self](const QList<SavedAttachment> &saved) {
            if (self && !saved.isEmpty()) {
                self->m_downloadPath = saved.last().path;
                self->m_downloadBytes = saved.last().bytes;
            }
        },
        [self](qint64 received, qint64 total) {
            if (!self)
                return;
            if (total > 0) {
                // Percent, so that files over 2 GiB fit the bar's int range.
                self->m_progress->setRange(0, 100);
                self->m_progress->setValue(int(received * 100 / total));
            } else {
                self->m_progress->setRange(0, 0);
            }
        },
        this);
    connect(m_downloadCall, &ServiceCall::finished, this, &DetailTabs::onDownloadFinished);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    setHint(m_attachmentsHint, tr("Downloading %1…").arg(m_downloadName));
    updateAttachmentsUi();
    return true;
}

void DetailTabs::cancelDownload()
{
    if (m_downloadCall)
        m_downloadCall->cancel(); // finished() comes before this returns
}

void DetailTabs::onDownloadFinished(const ApiError &error)
{
    m_downloadCall = nullptr; // it deletes itself
    if (error.isCancelled()) {
        setHint(m_attachmentsHint, tr("Download cancelled; nothing was saved."));
        Q_EMIT statusMessage(tr("Download of %1 cancelled.").arg(m_downloadName));
    } else if (error.isError()) {
        setHint(m_attachmentsHint, error.message, true);
        Q_EMIT errorOccurred(error);
    } else {
        const QString text = tr("Saved %1 (%2) to %3.")
                                 .arg(m_downloadName, AttachmentsModel::sizeText(m_downloadBytes),
                                     QDir::toNativeSeparators(m_downloadPath));
        setHint(m_attachmentsHint, text);
        Q_EMIT statusMessage(text);
    }
    updateAttachmentsUi();
}

QWidget *DetailTabs::buildHistory()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_historyNote = makeHint(page);
    m_history = makeTextView(page, tr("Message history"));
    layout->addWidget(m_historyNote);
    layout->addWidget(m_history, 1);
    return page;
}

void DetailTabs::updateHistoryTab()
{
    // Only a source that keeps versions (an archive) has this tab.
    MessageDetails *details = m_feed->details();
    setTabVisible(HistoryTab, details && details->hasRevisions());
}

void DetailTabs::fillHistory()
{
    delete m_historyCall.data();
    m_history->clear();
    MessageDetails *details = m_feed->details();
    if (!details || !details->hasRevisions()) {
        setHint(m_historyNote, tr("This source keeps no earlier versions of a message."));
        return;
    }
    setHint(m_historyNote, tr("Loading the versions…"));
    m_historyCall = details->revisions(
        m_message.messageId,
        [this](const QList<MessageRevision> &revisions) {
            QStringList parts;
            QString previous;
            for (const MessageRevision &r : revisions) {
                const QString seen = r.seenAt
                    ? QDateTime::fromMSecsSinceEpoch(r.seenAt).toLocalTime().toString(
                        u"yyyy-MM-dd HH:mm:ss"_s)
                    : tr("an unknown time");
                QString head = tr("Version %1: first seen by sync run %2 at %3, last seen by run %4")
                                   .arg(r.rev)
                                   .arg(r.firstRun)
                                   .arg(seen)
                                   .arg(r.lastRun);
                // The first version as it reads, each later one as its difference from the one before.
                const QString body
                    = TextDiff::unified(TextDiff::lines(parts.isEmpty() ? r.text : previous, r.text));
                parts.append(head + u'\n' + body);
                previous = r.text;
            }
            m_history->setPlainText(parts.join(u"\n\n"_s));
            setHint(m_historyNote,
                revisions.size() == 1
                    ? tr("The archive kept one version of this message.")
                    : tr("The archive kept %1 versions of this message; lines marked - were "
                         "removed and + added by each version.")
                          .arg(revisions.size()));
        },
        this);
    connect(m_historyCall, &ServiceCall::finished, this, [this](const ApiError &error) {
        if (error.isError() && !error.isCancelled())
            setHint(m_historyNote, error.message, true);
    });
}

void DetailTabs::setHint(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        isError ? Theme::errorText(this->palette()) : Theme::mutedText(this->palette()));
    label->setPalette(palette);
}

} // namespace Inspector::Ui
