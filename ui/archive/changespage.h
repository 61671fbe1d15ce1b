// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include "archive/readthread.h"

#include "export/recordexport.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Inspector {
class ChangesModel;
class ServiceCall;
struct ApiError;
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief The Changes page: what changed in an archive between two sync runs (default: the last
 * two, Analysis::defaultRuns), grouped by kind in a ChangesModel, with a run picker on each side,
 * a filter by stream and by kind, and an export of what is shown (CSV, JSON or JSON Lines,
 * through Export::RecordExportJob).
 *
 * Every read goes through the archive's ReadThread (setArchive); the GUI thread never runs SQL.
 * A double-click (or Enter) on a message change emits openMessage(), on a stream or member change
 * openStream(), with URL-safe ids, for the window to jump there. Lives on the GUI thread.
 */
class ChangesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesPage)

public:
    explicit ChangesPage(QWidget *parent = nullptr);
    ~ChangesPage() override;

    /// The archive to read (not owned, held by QPointer); nullptr = none (the page is cleared).
    /// Reads its runs, then the changes between the default runs.
    void setArchive(Inspector::Archive::ReadThread *archive);
    Inspector::Archive::ReadThread *archive() const { return m_archive; }
    /// Reads the runs and the changes again (after a sync), keeping the chosen runs if they still exist.
    void reload();
    /// Shows the changes after run @p fromRun up to run @p toRun (0 = before the first run).
    void showRuns(qint64 fromRun, qint64 toRun);
    qint64 fromRun() const;
    qint64 toRun() const;
    /// True while a read is pending.
    bool isLoading() const;

    Inspector::ChangesModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *fromPicker() const { return m_from; }
    QComboBox *toPicker() const { return m_to; }
    QComboBox *streamFilter() const { return m_stream; }
    QComboBox *kindFilter() const { return m_kind; }
    QString statusText() const;

    /// Writes the changes shown to @p path (the format from its suffix: .csv, .json, else JSON
    /// Lines) off the GUI thread; exportFinished() follows.
    void exportTo(const QString &path);

Q_SIGNALS:
    void openMessage(const QString &streamId, const QString &messageId);
    void openStream(const QString &streamId);
    /// A read finished: the runs and changes shown are up to date (or the error is shown).
    void loaded();
    void exportFinished(const Inspector::Export::RecordExportReport &report);
    void errorOccurred(const Inspector::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadRuns(qint64 keepFrom, qint64 keepTo);
    void loadChanges();
    void fillStreams();
    void expandGroups();
    void updateStatus();
    void setStatus(const QString &text, bool error);
    void onActivated(const QModelIndex &index);
    void exportInteractively();
    void retranslate();

    QPointer<Inspector::Archive::ReadThread> m_archive;
    QPointer<Inspector::ServiceCall> m_call;
    Inspector::ChangesModel *m_model;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_stream;
    QComboBox *m_kind;
    QPushButton *m_export;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_streamLabel;
    QLabel *m_kindLabel;
    QLabel *m_status;
    QTreeView *m_view;
    bool m_filling = false;
    bool m_error = false;
    QString m_lastDir;
};

} // namespace Inspector::Ui
