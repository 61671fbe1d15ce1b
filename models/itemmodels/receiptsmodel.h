// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include <functional>

#include "api/apierror.h"
#include "api/paging.h"
#include "data/receipt.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"
#include "services/messagedetails.h"

namespace Inspector {

class ServiceCall;

/**
 * @brief The receipts of one message: one row per user with the delivery, read and e-mail times,
 * and the page envelope's counts. A passive row store fed by MessageDetails::receipts(). Lives on
 * the GUI thread.
 *
 * The model asks, its owner fetches: setMessage(), fetchMore() (a view's "load more") and loadAll()
 * emit pagesWanted() with the query for what comes next (one page, or pages up to a cap); whoever
 * holds a MessageDetails answers with follow(details->receipts(query, sink(), model)). Nobody
 * answering means disconnected: the model stays Idle. Pages follow the cursors of the answer. A
 * NotFound with no row means "no receipt details" and is an empty result, not an error. A page that
 * fails adds no row: errorOccurred() is emitted and fetchMore() may ask for that page again.
 * setMessage() starts a new generation: the call in flight is cancelled, and a batch for an earlier
 * message is dropped.
 */
class ReceiptsModel final : public FlatTableModel
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

    /// Clears and, with a non-empty id, asks for the first page (pagesWanted()).
    void setMessage(const QString &messageId);
    void clear();
    /// Asks for pages until the last one or until `maxRows` rows are loaded.
    void loadAll(int maxRows = 10000);

    /// Takes @p call as the call that feeds the model (cancelling the one before): the model is
    /// Loading until it finishes. Pass a call made with sink() for this generation.
    void follow(ServiceCall *call);
    /// The sink for the batches of the current generation; later generations ignore it.
    MessageDetails::Sink<ReceiptPage> sink();

    QString messageId() const { return m_messageId; }
    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    const Summary &summary() const { return m_summary; }
    const Receipt &receipt(int row) const { return m_rows.at(row); }
    /// The last error (kind None when the last request succeeded).
    const ApiError &lastError() const { return m_error; }
    int generation() const { return m_generation; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    /// The model wants these pages; answer with follow() (synchronously or later).
    void pagesWanted(const Inspector::ReceiptsQuery &query);
    void stateChanged(Inspector::ReceiptsModel::State state);
    void summaryChanged();
    void errorOccurred(const Inspector::ApiError &error);

private:
    void requestPages(int untilReceipts);
    void onPages(const QList<ReceiptPage> &pages);
    void onFinished(const ApiError &error);
    void fail(const ApiError &error);
    void setState(State state);
    void cancelCall();

    QPointer<ServiceCall> m_call;
    QString m_messageId;
    QList<Receipt> m_rows;
    Summary m_summary;
    Paging::Cursor m_cursor;
    ApiError m_error;
    State m_state = State::Idle;
    int m_generation = 0;
    int m_loadAllCap = 0; ///< > 0 while loadAll() goes on
    bool m_emptyAnswer = false; ///< the last page was an empty answer (204): no receipt details

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

} // namespace Inspector
