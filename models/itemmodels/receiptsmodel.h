// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "api/apierror.h"
#include "api/paging.h"
#include "data/receipt.h"

namespace Inspector {

class ApiClient;
class ApiJob;

/**
 * @brief The receipts of one message (`/pod/v1/admin/messages/{id}/receipts`): one row per user
 * with the delivery, read and e-mail times, and the page envelope's counts. Lives on the GUI thread.
 *
 * Pages follow the cursors of the answer, one page per fetchMore() (a view's "load more"), or all
 * of them up to a cap with loadAll(). The pod's 404 means "no receipt details" and is an empty
 * result, not an error. A page that fails adds no row: errorOccurred() is emitted and fetchMore()
 * may try that page again. setMessage() starts a new generation; an answer for an earlier message
 * that still arrives is dropped.
 */
class ReceiptsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptsModel)

public:
    enum Column
    {
        UserColumn,
        UserIdColumn,
        EmailColumn,
        DeliveredColumn,
        ReadColumn,
        EmailNotifiedColumn,
        DownloadsColumn,
        ColumnCount
    };
    enum Role
    {
        /// Epoch milliseconds of a time column (qint64; invalid when the event did not happen),
        /// the user id (qint64) of the id column: for sorting and copying.
        RawValueRole = Qt::UserRole + 1,
    };
    enum class State
    {
        Idle,
        Loading,
        Loaded,
        NoDetails,
        Failed
    };
    Q_ENUM(State)

    /// The counts of the page envelope: they cover every receipt, loaded or not.
    struct Summary
    {
        qint64 delivered = 0;
        qint64 read = 0;
        qint64 emailed = 0;
        int loaded = 0;
        bool complete = false;
        QString creatorName;
        qint64 creationDate = 0;
        QList<DownloadCount> downloads;
    };

    explicit ReceiptsModel(QObject *parent = nullptr);
    ~ReceiptsModel() override;

    /// nullptr = disconnected: the model clears and fetches nothing.
    void setClient(ApiClient *client);
    /// Clears and, with a client and a non-empty id, loads the first page.
    void setMessage(const QString &messageId);
    void clear();
    /// Loads pages until the last one or until `maxRows` rows are loaded.
    void loadAll(int maxRows = 10000);

    QString messageId() const { return m_messageId; }
    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    const Summary &summary() const { return m_summary; }
    const Receipt &receipt(int row) const { return m_rows.at(row); }
    /// The last error (kind None when the last request succeeded).
    const ApiError &lastError() const { return m_error; }
    int generation() const { return m_generation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void stateChanged(Inspector::ReceiptsModel::State state);
    void summaryChanged();
    void errorOccurred(const Inspector::ApiError &error);

private:
    void requestPage();
    void onPage(ApiJob *job, int generation);
    void setState(State state);
    void cancelJob();

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QString m_messageId;
    QList<Receipt> m_rows;
    Summary m_summary;
    Paging::Cursor m_cursor;
    ApiError m_error;
    State m_state = State::Idle;
    int m_generation = 0;
    int m_loadAllCap = 0; ///< > 0 while loadAll() goes on
};

} // namespace Inspector
