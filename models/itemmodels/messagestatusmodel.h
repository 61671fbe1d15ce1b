// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "api/apierror.h"
#include "data/receipt.h"

namespace Inspector {

class ApiClient;
class ApiJob;

/**
 * @brief The status of one message (`/pod/v1/message/{mid}/status`): the author, then one row per
 * user who read it, got it delivered, or was only sent it, with the time. Lives on the GUI thread.
 *
 * load() starts a new generation: an answer for an earlier message is dropped. A failed or
 * unreadable answer leaves the model empty and emits errorOccurred().
 */
class MessageStatusModel final : public QAbstractTableModel
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
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< user id or epoch ms (qint64) for the id and time columns
        StateRole, ///< the row's Kind as int
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

    void setClient(ApiClient *client);
    /// Clears and, with a client and a non-empty id, requests the status.
    void setMessage(const QString &messageId);
    void clear();
    /// Asks again for the current message.
    void reload();

    QString messageId() const { return m_messageId; }
    State state() const { return m_state; }
    const MessageStatus &status() const { return m_status; }
    const ApiError &lastError() const { return m_error; }
    int count(Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(Kind kind);

Q_SIGNALS:
    void stateChanged(Inspector::MessageStatusModel::State state);
    void errorOccurred(const Inspector::ApiError &error);

private:
    struct Row
    {
        Kind kind;
        StatusUser user;
    };
    void onFinished(ApiJob *job, int generation);
    void setState(State state);
    void cancelJob();
    void reset(const MessageStatus &status);

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QString m_messageId;
    MessageStatus m_status;
    QList<Row> m_rows;
    ApiError m_error;
    State m_state = State::Idle;
    int m_generation = 0;
};

} // namespace Inspector
