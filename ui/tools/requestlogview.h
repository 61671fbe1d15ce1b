// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Inspector {
class ApiClient;
class RequestLogModel;
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief Tools > Request log: every request the session's ApiClient made (method, path, status,
 * time, size, error), newest at the bottom, with a path filter and an "errors only" switch.
 * Tokens are never shown: the entries never carry them (see RequestLogModel). Failed rows are
 * tinted with the palette's error colour. Lives on the GUI thread.
 */
class RequestLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogView)

public:
    explicit RequestLogView(QWidget *parent = nullptr);
    ~RequestLogView() override;

    void setClient(Inspector::ApiClient *client);
    void clear();

    Inspector::RequestLogModel *model() const { return m_model; }
    /// What the view shows after filtering.
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    Inspector::RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QCheckBox *m_errorsOnly;
    QLabel *m_summary;
    bool m_follow = true;
};

} // namespace Inspector::Ui
