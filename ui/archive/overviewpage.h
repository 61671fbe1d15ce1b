// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include "archive/readthread.h"

class QLabel;
class QTableView;

namespace Inspector {
class BusiestModel;
class ServiceCall;
struct ApiError;
} // namespace Inspector

namespace Inspector::Ui {

class ActivityStrip;

/**
 * @brief The Overview page of an archive: what it holds (pod, streams, messages, runs, the last
 * finished sync, its size), the activity of all its streams per day (ActivityStrip), and the ten
 * busiest streams and senders (BusiestModel, counted by SQL on the archive's thread).
 *
 * Every read goes through the archive's ReadThread (setArchive); the GUI thread never runs SQL.
 * A double-click on a busy stream emits openStream(); a selection of days in the strip is passed
 * on as daysSelected(). Lives on the GUI thread.
 */
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    /// How many rows each "busiest" table shows.
    static constexpr int TopCount = 10;

    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    /// The archive to read (not owned, held by QPointer); nullptr = none (the page is cleared).
    void setArchive(Inspector::Archive::ReadThread *archive);
    Inspector::Archive::ReadThread *archive() const { return m_archive; }
    /// Reads everything again (after a sync).
    void reload();

    ActivityStrip *activity() const { return m_activity; }
    Inspector::BusiestModel *busiestStreams() const { return m_streams; }
    Inspector::BusiestModel *busiestSenders() const { return m_senders; }
    /// The summary as shown (one "label: value" per line).
    QString summaryText() const;

Q_SIGNALS:
    void openStream(const QString &streamId);
    void daysSelected(const QDate &from, const QDate &to);
    /// The summary and both tables are up to date (or the error is shown).
    void loaded();
    void errorOccurred(const Inspector::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void clearSummary();

    QPointer<Inspector::Archive::ReadThread> m_archive;
    QPointer<Inspector::ServiceCall> m_call;
    ActivityStrip *m_activity;
    Inspector::BusiestModel *m_streams;
    Inspector::BusiestModel *m_senders;
    QTableView *m_streamsView;
    QTableView *m_sendersView;
    QLabel *m_activityTitle;
    QLabel *m_streamsTitle;
    QLabel *m_sendersTitle;
    QLabel *m_summaryTitle;
    QList<QLabel *> m_keys;
    QList<QLabel *> m_values;
    QLabel *m_status;
};

} // namespace Inspector::Ui
