// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QTabWidget>

#include <functional>

#include "api/apierror.h"
#include "data/message.h"
#include "services/messagedetails.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace Inspector {
class AttachmentsModel;
class JsonTreeModel;
class MessageStatusModel;
class MessageDetailsFeed;
class ReceiptsModel;
class ServiceCall;
} // namespace Inspector

namespace Inspector::Ui {

class SafeTextBrowser;

/**
 * @brief The tabs that show the selected message: Preview, Source, Data, JSON, Receipts, Status,
 * Attachments, and History (the versions an archive kept, shown when the source keeps versions:
 * MessageDetails::hasRevisions()). GUI thread.
 *
 * showMessage() only records the message; each tab fills itself when it is first shown for that
 * message, so receipts and status are asked of the MessageDetails source only when someone looks
 * at them; the attachment download goes through the same source. Errors of the
 * network tabs are shown in the tab and re-emitted through errorOccurred(); short outcomes
 * (saved, cancelled, link refused) go to statusMessage().
 */
class DetailTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailTabs)

public:
    enum Tab
    {
        PreviewTab,
        SourceTab,
        DataTab,
        JsonTab,
        ReceiptsTab,
        StatusTab,
        AttachmentsTab,
        HistoryTab, ///< every kept version with its differences; shown when the source keeps versions
        TabCount
    };

    explicit DetailTabs(QWidget *parent = nullptr);
    ~DetailTabs() override;

    /// The source of receipts, status and downloads (not owned, held by QPointer: it may go at any
    /// time, which disconnects the tabs); nullptr = disconnected: the network tabs show a hint
    /// instead of asking. Another source cancels the download and the calls of the old one before
    /// this returns, so the old one may be deleted then.
    void setDetails(Inspector::MessageDetails *details);
    Inspector::MessageDetails *details() const;
    /// A default Message (no id, no text) clears.
    void showMessage(const Inspector::Message &message);
    void clear();

    const Message &message() const { return m_message; }

    /// Asks for a path to save `suggestedName` to and calls `accept` with it (not at all when the
    /// user cancels). The default is an asynchronous QFileDialog; tests replace it.
    std::function<void(const QString &suggestedName, const std::function<void(const QString &path)> &accept)>
        askSavePath;

    /// Starts downloading the attachment of `row` (AttachmentsModel row) into `path`.
    bool downloadTo(int row, const QString &path);
    /// Cancels the download in flight, if any.
    void cancelDownload();

    // For tests and the main window's shortcuts.
    SafeTextBrowser *previewBrowser() const { return m_preview; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QPlainTextEdit *dataView() const { return m_data; }
    QTreeView *jsonView() const { return m_jsonView; }
    QTableView *receiptsView() const { return m_receiptsView; }
    QTableView *statusView() const { return m_statusView; }
    QTableView *attachmentsView() const { return m_attachmentsView; }
    QPlainTextEdit *historyView() const { return m_history; }
    QLabel *historyNote() const { return m_historyNote; }
    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    ReceiptsModel *receiptsModel() const { return m_receipts; }
    MessageStatusModel *statusModel() const { return m_status; }
    AttachmentsModel *attachmentsModel() const { return m_attachments; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *previewNote() const { return m_previewNote; }
    QLabel *receiptsSummary() const { return m_receiptsSummary; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelDownloadButton() const { return m_cancelDownload; }
    QProgressBar *downloadProgress() const { return m_progress; }
    /// Copies the selected JSON value (exact text) to the clipboard.
    void copyJsonValue();

Q_SIGNALS:
    void errorOccurred(const Inspector::ApiError &error);
    void statusMessage(const QString &text);

private:
    QWidget *buildPreview();
    QWidget *buildSource();
    QWidget *buildData();
    QWidget *buildJson();
    QWidget *buildReceipts();
    QWidget *buildStatus();
    QWidget *buildAttachments();
    QWidget *buildHistory();
    void fillHistory();
    void updateHistoryTab();

    bool hasMessage() const;
    void fillCurrent();
    void fill(int tab);
    void fillPreview();
    void fillSource();
    void fillData();
    void updateReceiptsUi();
    void updateStatusUi();
    void updateAttachmentsUi();
    void onDetailsChanged();
    void onDownloadClicked();
    void onDownloadFinished(const ApiError &error);
    void setHint(QLabel *label, const QString &text, bool isError = false);

    MessageDetailsFeed *m_feed; ///< holds the source; answers the receipts and status models
    Message m_message;
    bool m_filled[TabCount] = {};

    QLabel *m_header = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_sourceNote = nullptr;
    QPlainTextEdit *m_data = nullptr;
    QLabel *m_dataNote = nullptr;
    JsonTreeModel *m_jsonModel = nullptr;
    QTreeView *m_jsonView = nullptr;
    QPushButton *m_copyValue = nullptr;
    ReceiptsModel *m_receipts = nullptr;
    QTableView *m_receiptsView = nullptr;
    QLabel *m_receiptsSummary = nullptr;
    QLabel *m_receiptsHint = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_loadAll = nullptr;
    MessageStatusModel *m_status = nullptr;
    QTableView *m_statusView = nullptr;
    QLabel *m_statusSummary = nullptr;
    QLabel *m_statusHint = nullptr;
    QPushButton *m_reloadStatus = nullptr;
    AttachmentsModel *m_attachments = nullptr;
    QTableView *m_attachmentsView = nullptr;
    QLabel *m_attachmentsHint = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_cancelDownload = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<ServiceCall> m_downloadCall;
    QString m_downloadName;
    QString m_downloadPath; ///< where the download in flight was saved, once it is
    qint64 m_downloadBytes = 0;
    QPlainTextEdit *m_history = nullptr;
    QLabel *m_historyNote = nullptr;
    QPointer<ServiceCall> m_historyCall;
};

} // namespace Inspector::Ui
