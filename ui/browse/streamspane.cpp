// SPDX-License-Identifier: Apache-2.0
#include "browse/streamspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "browse/localtimedelegate.h"
#include "browse/streaminfodialog.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "data/ids.h"
#include "itemmodels/streamtreemodel.h"
#include "services/streamdirectory.h"
#include "services/streamtreeloader.h"
#include "services/userdirectory.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

/// Filters by name or id (recursively, so groups stay with their matching streams) and mutes inactive
/// streams.
class StreamsProxy final : public QSortFilterProxyModel
{
public:
    explicit StreamsProxy(QWidget *owner)
        : QSortFilterProxyModel(owner)
        , m_owner(owner)
    {
        setRecursiveFilteringEnabled(true);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setSortRole(ModelRole::RawValue);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && !QSortFilterProxyModel::data(index, ModelRole::Active).toBool())
            return Theme::mutedText(m_owner->palette());
        return QSortFilterProxyModel::data(index, role);
    }

    void setNeedle(const QString &needle)
    {
        m_needle = needle;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_needle.isEmpty())
            return true;
        if (!sourceParent.isValid())
            return false; // a type node shows when one of its streams matches
        const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
        return i.data(Qt::DisplayRole).toString().contains(m_needle, Qt::CaseInsensitive)
            || i.data(ModelRole::StreamId).toString().contains(Ids::toUrlSafe(m_needle), Qt::CaseInsensitive);
    }

private:
    QWidget *m_owner;
    QString m_needle;
};

} // namespace

StreamsPane::StreamsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new StreamTreeModel(this))
    , m_loader(new StreamTreeLoader(m_model, this))
    , m_proxy(new StreamsProxy(this))
    , m_scope(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_busy(new QProgressBar(this))
    , m_hint(plainLabel(this))
    , m_stack(new QStackedLayout)
    , m_detailsTimer(new QTimer(this))
    , m_copyId(new QAction(tr("Copy ID (URL-safe)"), this))
    , m_copyStandardId(new QAction(tr("Copy ID (standard Base64)"), this))
    , m_exportAction(new QAction(tr("Export…"), this))
    , m_infoAction(new QAction(tr("Info and members…"), this))
{
    m_proxy->setSourceModel(m_model);

    m_scope->setObjectName(u"streamsScope"_s);
    m_scope->addItem(tr("My streams"), int(StreamTreeLoader::Scope::Mine));
    m_scope->addItem(tr("Enterprise"), int(StreamTreeLoader::Scope::Enterprise));
    m_scope->addItem(tr("One user's streams"), int(StreamTreeLoader::Scope::User));
    m_scope->setAccessibleName(tr("Streams scope"));
    m_scope->setToolTip(
        tr("Which streams to list. Enterprise and one user's streams need an administrator account."));

    m_user->setObjectName(u"streamsUser"_s);
    m_user->setPlaceholderText(tr("User id or email, then Enter"));
    m_user->setAccessibleName(tr("User whose streams to list"));
    m_user->setClearButtonEnabled(true);
    m_user->setVisible(false);

    m_refresh->setObjectName(u"streamsRefresh"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->setToolTip(tr("List the streams again"));
    m_refresh->setAccessibleName(tr("Refresh streams"));

    m_filter->setObjectName(u"streamsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name or id"));
    m_filter->setAccessibleName(tr("Filter streams"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(u"streamsView"_s);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Streams"));
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSortingEnabled(false);
    m_view->setItemDelegateForColumn(StreamTreeModel::LastActivityColumn, new LocalTimeDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(StreamTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StreamTreeModel::MembersColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(
        StreamTreeModel::LastActivityColumn, QHeaderView::ResizeToContents);
    m_view->expandAll();

    m_busy->setObjectName(u"streamsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading streams"));
    m_busy->setVisible(false);

    m_hint->setObjectName(u"streamsHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_scope, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_user);
    layout->addWidget(m_filter);
    layout->addWidget(m_busy);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_hint);
    layout->addLayout(m_stack, 1);

    m_copyId->setObjectName(u"copyStreamId"_s);
    m_copyStandardId->setObjectName(u"copyStreamStandardId"_s);
    m_exportAction->setObjectName(u"exportStreams"_s);
    m_infoAction->setObjectName(u"streamInfo"_s);
    connect(m_copyId, &QAction::triggered, this, [this] { copyIds(false); });
    connect(m_copyStandardId, &QAction::triggered, this, [this] { copyIds(true); });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedStreamIds();
        if (!ids.isEmpty())
            Q_EMIT exportStreamsRequested(ids);
    });
    connect(m_infoAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid() && !current.data(ModelRole::StreamId).toString().isEmpty())
            showInfo(current);
    });

    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(150);
    connect(m_detailsTimer, &QTimer::timeout, this, &StreamsPane::requestVisibleDetails);
    connect(
        m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_detailsTimer, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::expanded, m_detailsTimer, qOverload<>(&QTimer::start));

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const bool user = m_scope->currentData().toInt() == int(StreamTreeLoader::Scope::User);
        m_user->setVisible(user);
        if (user)
            m_user->setFocus();
        if (!user || !m_user->text().trimmed().isEmpty())
            applyScope();
    });
    connect(m_user, &QLineEdit::returnPressed, this, &StreamsPane::applyScope);
    connect(m_refresh, &QToolButton::clicked, this, &StreamsPane::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<StreamsProxy *>(m_proxy)->setNeedle(text.trimmed());
        m_view->expandAll();
        m_detailsTimer->start();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &StreamsPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_loader, &StreamTreeLoader::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        updateHint();
    });
    connect(m_loader, &StreamTreeLoader::errorOccurred, this, &StreamsPane::errorOccurred);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            return;
        m_view->expand(m_proxy->mapFromSource(parent));
        // Rows of a later page can land above the stream just selected (all IMs come before the
        // rooms): keep it on screen while the list is still arriving.
        if (m_loader->isLoading() && m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
        updateHint();
        m_detailsTimer->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateHint();
    });
    updateHint();
}

StreamsPane::~StreamsPane() = default;

void StreamsPane::setDirectories(StreamDirectory *streams, UserDirectory *users)
{
    m_current.clear();
    if (!streams || !users) {
        streams = nullptr;
        users = nullptr;
    }
    m_loader->setDirectories(streams, users);
    if (isConnected())
        applyScope();
    updateHint();
}

bool StreamsPane::isConnected() const
{
    return m_loader->streamDirectory() && m_loader->userDirectory();
}

void StreamsPane::refresh()
{
    if (isConnected())
        applyScope();
}

void StreamsPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void StreamsPane::applyScope()
{
    if (!isConnected())
        return;
    const auto scope = StreamTreeLoader::Scope(m_scope->currentData().toInt());
    if (scope == StreamTreeLoader::Scope::User && m_user->text().trimmed().isEmpty()) {
        m_user->setFocus();
        return;
    }
    m_current.clear();
    m_loader->setScope(scope, m_user->text());
}

bool StreamsPane::selectStream(const QString &streamId)
{
    const QModelIndex source = m_model->indexOfStream(streamId);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filter->clear(); // the filter hides it: show everything rather than fail
        proxy = m_proxy->mapFromSource(source);
    }
    if (!proxy.isValid())
        return false;
    m_view->expand(proxy.parent());
    m_view->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxy);
    return true;
}

QStringList StreamsPane::selectedStreamIds() const
{
    QStringList ids;
    const auto rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows) {
        const QString id = i.data(ModelRole::StreamId).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty()) {
        const QString id = m_view->currentIndex().data(ModelRole::StreamId).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void StreamsPane::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current.siblingAtColumn(0));
    const QString id = source.data(ModelRole::StreamId).toString();
    if (id.isEmpty() || id == m_current)
        return;
    m_current = id;
    Q_EMIT streamSelected(id, m_model->title(id));
}

void StreamsPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    const bool onStream = !at.data(ModelRole::StreamId).toString().isEmpty();
    if (!onStream)
        return;
    if (!m_view->selectionModel()->isSelected(at))
        m_view->selectionModel()->setCurrentIndex(
            at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_copyId);
    menu.addAction(m_copyStandardId);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addAction(m_infoAction);
    m_infoAction->setEnabled(m_view->selectionModel()->selectedRows().size() <= 1);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void StreamsPane::copyIds(bool standard)
{
    QStringList ids = selectedStreamIds();
    if (ids.isEmpty())
        return;
    if (standard)
        for (QString &id : ids)
            id = Ids::toStandard(id);
    QApplication::clipboard()->setText(ids.join(u'\n'));
}

void StreamsPane::showInfo(const QModelIndex &sourceIndex)
{
    if (!isConnected())
        return;
    auto *dialog = new StreamInfoDialog(m_loader->streamDirectory(), m_loader->userDirectory(),
        sourceIndex.data(ModelRole::StreamId).toString(), sourceIndex.data(ModelRole::StreamType).toString(),
        m_model->title(sourceIndex.data(ModelRole::StreamId).toString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StreamInfoDialog::errorOccurred, this, &StreamsPane::errorOccurred);
    dialog->show();
}

void StreamsPane::requestVisibleDetails()
{
    if (m_loader->detailSource() == StreamTreeLoader::DetailSource::AdminList)
        return;
    QStringList ids;
    const QRect area = m_view->viewport()->rect();
    for (QModelIndex i = m_view->indexAt(area.topLeft()); i.isValid(); i = m_view->indexBelow(i)) {
        if (m_view->visualRect(i).top() > area.bottom())
            break;
        const QString id = i.data(ModelRole::StreamId).toString();
        if (!id.isEmpty())
            ids.append(id);
        if (ids.size() > 200)
            break;
    }
    m_loader->requestDetails(ids);
}

void StreamsPane::updateHint()
{
    QString hint;
    if (!isConnected())
        hint = tr("Not connected. Connect to a pod to list its streams.");
    else if (m_model->streamCount() == 0)
        hint = m_loader->isLoading() ? tr("Loading streams…") : tr("No streams in this scope.");
    m_hint->setText(hint);
    m_stack->setCurrentWidget(hint.isEmpty() ? static_cast<QWidget *>(m_view) : m_hint);
}

void StreamsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_view->viewport()->update();
}

} // namespace Inspector::Ui
