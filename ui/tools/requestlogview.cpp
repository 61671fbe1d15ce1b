// SPDX-License-Identifier: Apache-2.0
#include "tools/requestlogview.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "common/plaintext.h"
#include "common/themecolors.h"
#include "itemmodels/requestlogmodel.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

/// Path filter plus "errors only"; also tints failed rows from the palette.
class RequestLogFilter final : public QSortFilterProxyModel
{
public:
    explicit RequestLogFilter(QWidget *owner)
        : QSortFilterProxyModel(owner)
        , m_owner(owner)
    {
        setFilterKeyColumn(RequestLogModel::PathColumn);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setSortRole(ModelRole::RawValue);
    }

    void setErrorsOnly(bool on)
    {
        m_errorsOnly = on;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && QSortFilterProxyModel::data(index, ModelRole::IsError).toBool())
            return Theme::errorText(m_owner->palette());
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_errorsOnly
            && !sourceModel()->data(sourceModel()->index(row, 0, parent), ModelRole::IsError).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QWidget *m_owner;
    bool m_errorsOnly = false;
};

} // namespace

RequestLogView::RequestLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequestLogModel(this))
    , m_proxy(new RequestLogFilter(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_errorsOnly(new QCheckBox(tr("&Errors only"), this))
    , m_summary(plainLabel(this))
{
    setObjectName(u"requestLogView"_s);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"requestLogTable"_s);
    m_table->setAccessibleName(tr("Request log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(RequestLogModel::PathColumn, 360);
    m_table->setSortingEnabled(false);

    m_filter->setObjectName(u"requestLogFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by path"));
    m_filter->setAccessibleName(tr("Filter the request log by path"));
    m_filter->setClearButtonEnabled(true);
    m_errorsOnly->setObjectName(u"requestLogErrorsOnly"_s);
    m_summary->setObjectName(u"requestLogSummary"_s);
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(u"requestLogClear"_s);
    clearButton->setAccessibleName(tr("Clear the request log"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<RequestLogFilter *>(m_proxy)->setErrorsOnly(on);
        updateSummary();
    });
    connect(clearButton, &QPushButton::clicked, this, &RequestLogView::clear);
    // Keep the newest row in sight unless the user scrolled up to read older ones.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { m_follow = value >= m_table->verticalScrollBar()->maximum(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
        updateSummary();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestLogView::updateSummary);
    updateSummary();
}

RequestLogView::~RequestLogView() = default;

void RequestLogView::setClient(ApiClient *client)
{
    m_model->setClient(client);
}

void RequestLogView::clear()
{
    m_model->clear();
    updateSummary();
}

void RequestLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_table->viewport()->update();
    QWidget::changeEvent(event);
}

void RequestLogView::updateSummary()
{
    const int total = m_model->rowCount();
    if (total == 0) {
        m_summary->setText(tr("No requests yet. Requests appear here as the program makes them."));
        return;
    }
    const int errors = int(m_model->recentErrors(total).size());
    const int shown = m_proxy->rowCount();
    m_summary->setText(shown == total
            ? tr("Requests: %n, failed: %1.", nullptr, total).arg(errors)
            : tr("Requests shown: %1 of %n, failed: %2.", nullptr, total).arg(shown).arg(errors));
}

} // namespace Inspector::Ui
