// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace Inspector {
class ApiClient;
class Diagnostics;
class HealthModel;
class RequestLogModel;
struct ApiError;
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief Tools > Diagnostics: the pod's health as a green/red board (every component of the
 * extended health check, ceservice included, with what its state means, e.g. for the datahose),
 * the agent's info, the session's user, a live countdown to the session token's expiry, and the
 * recent failed requests of the client's request log.
 *
 * Data comes from HealthModel (fed by the Diagnostics source given to setDiagnostics(), through
 * DiagnosticsFeed) and RequestLogModel (core, over the client given to setClient(), which also
 * drives the countdown); colours only from Theme. refresh() asks again; failures are shown on the
 * page and forwarded through errorOccurred(). Lives on the GUI thread.
 */
class DiagnosticsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPage)

public:
    explicit DiagnosticsPage(QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

    /// The session whose request log and token expiry are shown; nullptr = not connected.
    void setClient(Inspector::ApiClient *client);
    /// The source of the health board, agent and session (not owned, held by QPointer); another
    /// source, or this one's deletion, cancels the calls of the old one and clears the board.
    void setDiagnostics(Inspector::Diagnostics *diagnostics);
    Inspector::Diagnostics *diagnostics() const { return m_diagnostics; }
    void refresh();

    Inspector::HealthModel *healthModel() const { return m_health; }
    Inspector::RequestLogModel *requestLog() const { return m_log; }
    /// The board's headline ("All components are UP." / "2 components are DOWN: …").
    QString summaryText() const;
    QString agentText() const;
    QString sessionText() const;
    QString expiryText() const;
    QStringList recentErrors() const;

Q_SIGNALS:
    void errorOccurred(const Inspector::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResults();
    void updateExpiry();
    void updateRecentErrors();
    void applyColours();

    QPointer<Inspector::ApiClient> m_client;
    QPointer<Inspector::Diagnostics> m_diagnostics;
    QMetaObject::Connection m_diagnosticsGone;
    Inspector::HealthModel *m_health;
    Inspector::RequestLogModel *m_log;
    QLabel *m_summary;
    QTableView *m_board;
    QLabel *m_agent;
    QLabel *m_session;
    QLabel *m_expiry;
    QListWidget *m_errors;
    QPushButton *m_refresh;
    QTimer *m_countdown;
};

} // namespace Inspector::Ui
