// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "api/apierror.h"
#include "data/receipt.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"
#include "services/messagedetails.h"

namespace Inspector {

class ServiceCall;

/**
 * @brief The status of one message: the author, then one row per user who read it, got it
 * delivered, or was only sent it, with the time. A passive row store fed by
 * MessageDetails::status(). Lives on the GUI thread.
 *
 * setMessage() and reload() emit statusWanted(); whoever holds a MessageDetails answers with
 * follow(details->status(id, sink(), model)). Nobody answering means disconnected: the model stays
 * Idle. Each request starts a new generation: a batch for an earlier one is dropped. A failed call
 * leaves the model empty and emits errorOccurred().
 */
class MessageStatusModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageStatusModel)

public:
    enum Column
    {
        StateColumn,
        UserColumn,
        UserIdColumn,
        UserNameColumn,
        TimeColumn,
        ColumnCount
    };
    enum class Kind
    {
        Author,
        Read,
        Delivered,
        Sent
    };
    Q_ENUM(Kind)
    enum class State
    {
        Idle,
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(State)

    explicit MessageStatusModel(QObject *parent = nullptr);
    ~MessageStatusModel() override;

    /// Clears and, with a non-empty id, asks for the status (statusWanted()).
    void setMessage(const QString &messageId);
    void clear();
    /// Asks again for the current message.
    void reload();

    /// Takes @p call as the call that feeds the model (cancelling the one before): the model is
    /// Loading until it finishes. Pass a call made with sink() after the request.
    void follow(ServiceCall *call);
    /// The sink for the batch of the current generation; later generations ignore it.
    MessageDetails::Sink<MessageStatus> sink();

    QString messageId() const { return m_messageId; }
    State state() const { return m_state; }
    const MessageStatus &status() const { return m_status; }
    const ApiError &lastError() const { return m_error; }
    int count(Kind kind) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindName(Kind kind);

Q_SIGNALS:
    /// The model wants the status of @p messageId; answer with follow().
    void statusWanted(const QString &messageId);
    void stateChanged(Inspector::MessageStatusModel::State state);
    void errorOccurred(const Inspector::ApiError &error);

private:
    struct Row
    {
        Kind kind;
        StatusUser user;
    };
    void onFinished(const ApiError &error);
    void setState(State state);
    void cancelCall();
    void reset(const MessageStatus &status);

    QPointer<ServiceCall> m_call;
    QString m_messageId;
    MessageStatus m_status;
    QList<Row> m_rows;
    ApiError m_error;
    State m_state = State::Idle;
    int m_generation = 0;
    bool m_received = false;

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

} // namespace Inspector
