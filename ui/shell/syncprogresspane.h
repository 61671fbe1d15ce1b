// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "archive/syncrunner.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Inspector {
class SyncProgressModel;
}

namespace Inspector::Ui {

/**
 * @brief The progress list of a sync from the window: one line of totals (streams done, messages,
 * rate, time left), a row per stream (SyncProgressModel) and Cancel. It shows what it is given
 * and asks for the cancel through cancelRequested(). GUI thread only.
 */
class SyncProgressPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressPane)

public:
    explicit SyncProgressPane(QWidget *parent = nullptr);

    /// A new sync into @p archive starts: the list empties.
    void begin(const QString &archive);
    void apply(const Inspector::Archive::SyncStatus &status);
    void finish(const Inspector::Archive::SyncReport &report);

    SyncProgressModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString summaryText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void updateSummary();

    SyncProgressModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_cancel;
    QString m_archive;
    QString m_ended; ///< how the sync ended, once it has
};

} // namespace Inspector::Ui
