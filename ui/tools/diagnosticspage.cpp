// SPDX-License-Identifier: Apache-2.0
#include "tools/diagnosticspage.h"

#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "api/apiclient.h"
#include "api/timesource.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "itemmodels/healthmodel.h"
#include "itemmodels/requestlogmodel.h"
#include "services/diagnosticsfeed.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

/// Green and red cells from the palette (never fixed RGB), so the board reads on a dark theme too.
class BoardColours final : public QIdentityProxyModel
{
public:
    explicit BoardColours(QWidget *owner)
        : QIdentityProxyModel(owner)
        , m_owner(owner)
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const bool up = QIdentityProxyModel::data(index, ModelRole::IsUp).toBool();
            const QPalette &p = m_owner->palette();
            if (role == Qt::BackgroundRole)
                return up ? Theme::successBackground(p) : Theme::errorBackground(p);
            if (index.column() == HealthModel::StatusColumn)
                return up ? Theme::successText(p) : Theme::errorText(p);
            return {};
        }
        if (role == Qt::FontRole && index.column() == HealthModel::StatusColumn) {
            QFont bold = m_owner->font();
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }

    void repaint() { Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1)); }

private:
    QWidget *m_owner;
};

QString yesNo(bool value)
{
    return value ? DiagnosticsPage::tr("yes") : DiagnosticsPage::tr("no");
}

} // namespace

DiagnosticsPage::DiagnosticsPage(QWidget *parent)
    : QWidget(parent)
    , m_health(new HealthModel(this))
    , m_log(new RequestLogModel(this))
    , m_summary(plainLabel(this))
    , m_board(new QTableView(this))
    , m_agent(plainLabel(this))
    , m_session(plainLabel(this))
    , m_expiry(plainLabel(this))
    , m_errors(new QListWidget(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_countdown(new QTimer(this))
{
    setObjectName(u"diagnosticsPage"_s);
    auto *colours = new BoardColours(this);
    colours->setSourceModel(m_health);
    m_board->setModel(colours);
    m_board->setObjectName(u"healthBoard"_s);
    m_board->setAccessibleName(tr("Health of the agent's components"));
    m_board->setSelectionMode(QAbstractItemView::NoSelection);
    m_board->setWordWrap(true);
    m_board->verticalHeader()->hide();
    m_board->horizontalHeader()->setStretchLastSection(true);
    m_board->setColumnWidth(HealthModel::ComponentColumn, 200);
    m_board->setColumnWidth(HealthModel::MessageColumn, 200);

    m_summary->setObjectName(u"healthSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Health summary"));
    QFont big = m_summary->font();
    big.setBold(true);
    m_summary->setFont(big);
    for (QLabel *l : {m_agent, m_session, m_expiry}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_agent->setObjectName(u"agentInfo"_s);
    m_agent->setAccessibleName(tr("Agent information"));
    m_session->setObjectName(u"sessionInfo"_s);
    m_session->setAccessibleName(tr("Session information"));
    m_expiry->setObjectName(u"tokenExpiry"_s);
    m_expiry->setAccessibleName(tr("Session token expiry"));
    m_errors->setObjectName(u"recentErrors"_s);
    m_errors->setAccessibleName(tr("Recent errors"));
    m_errors->setWordWrap(true);
    m_refresh->setObjectName(u"diagnosticsRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh the diagnostics"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);

    auto *agentBox = new QGroupBox(tr("Agent"), this);
    (new QVBoxLayout(agentBox))->addWidget(m_agent);
    auto *sessionBox = new QGroupBox(tr("Session"), this);
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    sessionLayout->addWidget(m_session);
    sessionLayout->addWidget(m_expiry);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(agentBox, 1);
    infoRow->addWidget(sessionBox, 1);
    auto *errorsBox = new QGroupBox(tr("Recent errors"), this);
    (new QVBoxLayout(errorsBox))->addWidget(m_errors);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_board, 2);
    layout->addLayout(infoRow);
    layout->addWidget(errorsBox, 1);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &DiagnosticsPage::updateExpiry);
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsPage::refresh);
    connect(m_health, &HealthModel::refreshed, this, &DiagnosticsPage::showResults);
    connect(m_health, &HealthModel::errorOccurred, this, &DiagnosticsPage::errorOccurred);
    connect(m_log, &RequestLogModel::entryAdded, this, [this](const RequestLogEntry &entry) {
        if (!entry.error.isEmpty())
            updateRecentErrors();
    });
    showResults();
}

DiagnosticsPage::~DiagnosticsPage()
{
    disconnect(m_diagnosticsGone); // a source deleted with the children finds no page
}

void DiagnosticsPage::setDiagnostics(Diagnostics *diagnostics)
{
    if (m_diagnostics == diagnostics)
        return;
    m_health->cancel();
    m_health->clear();
    disconnect(m_diagnosticsGone);
    m_diagnostics = diagnostics;
    if (diagnostics)
        m_diagnosticsGone = connect(diagnostics, &QObject::destroyed, this, [this] {
            // (The pointer already reads nullptr here.)
            m_health->cancel();
            m_health->clear();
            showResults();
        });
    showResults();
}

void DiagnosticsPage::setClient(ApiClient *client)
{
    m_client = client;
    m_log->clear();
    m_log->setClient(client);
    if (client)
        m_countdown->start();
    else
        m_countdown->stop();
    showResults();
}

void DiagnosticsPage::refresh()
{
    if (!m_client || !m_diagnostics)
        return;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Asking the agent and the pod…"));
    DiagnosticsFeed::refresh(m_health, m_diagnostics);
}

QString DiagnosticsPage::summaryText() const
{
    return m_summary->text();
}

QString DiagnosticsPage::agentText() const
{
    return m_agent->text();
}

QString DiagnosticsPage::sessionText() const
{
    return m_session->text();
}

QString DiagnosticsPage::expiryText() const
{
    return m_expiry->text();
}

QStringList DiagnosticsPage::recentErrors() const
{
    QStringList list;
    for (int i = 0; i < m_errors->count(); ++i)
        list << m_errors->item(i)->text();
    return list;
}

void DiagnosticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        static_cast<BoardColours *>(m_board->model())->repaint();
    }
    QWidget::changeEvent(event);
}

void DiagnosticsPage::applyColours()
{
    const QPalette source = palette();
    QPalette p = m_summary->palette();
    if (!m_client || !m_health->hasHealth())
        p.setColor(QPalette::WindowText, source.color(QPalette::WindowText));
    else
        p.setColor(QPalette::WindowText,
            m_health->health().allUp() ? Theme::successText(source) : Theme::errorText(source));
    m_summary->setPalette(p);
}

void DiagnosticsPage::showResults()
{
    m_refresh->setEnabled(m_client && m_diagnostics);
    if (!m_client && m_diagnostics) {
        // A source without a session: an archive, read offline.
        m_summary->setText(
            tr("Offline: an archive is open. The pod's health, its agent and a session are not "
               "kept in an archive; connect to the pod to see them."));
    } else if (!m_client) {
        m_summary->setText(tr("Not connected. Connect to a pod to see its health."));
    } else if (!m_health->hasHealth()) {
        m_summary->setText(m_health->errors().isEmpty() ? tr("Press Refresh to ask the agent for its health.")
                                                        : tr("The health check could not be read."));
    } else {
        const Health &h = m_health->health();
        const QList<HealthComponent> down = h.downComponents();
        if (h.allUp()) {
            m_summary->setText(tr("All components are UP (agent %1).").arg(h.version));
        } else if (down.isEmpty()) {
            m_summary->setText(tr("The agent reports %1, but no component is DOWN.").arg(h.status));
        } else {
            QStringList names;
            for (const HealthComponent &c : down)
                names << c.name;
            m_summary->setText(
                tr("Components DOWN (%n): %1.", nullptr, int(down.size())).arg(names.join(u", "_s)));
        }
    }
    applyColours();

    if (const auto &a = m_health->agentInfo()) {
        m_agent->setText(
            tr("Version %1 (commit %2)\nHost %3 (%4), %5\nURL %6\nOn-premises: %7; multi-tenant: %8")
                .arg(a->version, a->commitId, a->hostname, a->ipAddress, a->serverFqdn, a->url,
                    yesNo(a->onPrem), yesNo(a->mt)));
    } else {
        m_agent->setText(tr("No agent information yet."));
    }
    if (const auto &u = m_health->sessionUser()) {
        m_session->setText(tr("%1 (%2), user id %3\nAccount type %4; roles: %5")
                               .arg(u->displayName, u->username, QString::number(u->id), u->accountType,
                                   u->roles.isEmpty() ? tr("none") : u->roles.join(u", "_s)));
    } else {
        m_session->setText(tr("No session information yet."));
    }
    updateExpiry();
    updateRecentErrors();
}

void DiagnosticsPage::updateExpiry()
{
    if (!m_client) {
        m_expiry->clear();
        return;
    }
    if (!m_client->hasSession()) {
        m_expiry->setText(tr("No session token yet: the client authenticates on its first request."));
        return;
    }
    const std::optional<qint64> expires = m_diagnostics ? m_diagnostics->sessionExpiresAtMs() : std::nullopt;
    if (!expires) {
        m_expiry->setText(tr("The session token is opaque (not a JWT): its lifetime is not known."));
        return;
    }
    const qint64 left = (*expires - m_client->time()->nowMs()) / 1000;
    const QString at = QDateTime::fromMSecsSinceEpoch(*expires).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (left < 0) {
        m_expiry->setText(
            tr("The session token expired at %1; the client signs in again on its next request.").arg(at));
        return;
    }
    m_expiry->setText(tr("The session token expires at %1, in %2 h %3 min %4 s.")
                          .arg(at)
                          .arg(left / 3600)
                          .arg((left / 60) % 60, 2, 10, QLatin1Char('0'))
                          .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void DiagnosticsPage::updateRecentErrors()
{
    m_errors->clear();
    const QList<RequestLogEntry> errors = m_log->recentErrors(20);
    for (const RequestLogEntry &e : errors) {
        m_errors->addItem(
            tr("%1 %2 %3: %4")
                .arg(QDateTime::fromMSecsSinceEpoch(e.startedAtMs).toString(u"HH:mm:ss"_s),
                    QString::fromLatin1(e.method), RequestLogModel::displayPath(e.url), e.error));
    }
    if (errors.isEmpty())
        m_errors->addItem(tr("No failed requests."));
}

} // namespace Inspector::Ui
