// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "services/messagedetails.h"

namespace Inspector {

class MessageStatusModel;
class ReceiptsModel;

/**
 * @brief Answers the requests of the passive detail models from one MessageDetails source:
 * ReceiptsModel::pagesWanted() with MessageDetails::receipts() and MessageStatusModel::statusWanted()
 * with MessageDetails::status(), each call made with the model's sink, parented to the model and
 * followed by it. The wiring of the detail tabs, the same whatever the source (the pod or an archive).
 *
 * The source is not owned and may change or be deleted at any time: it is held by QPointer, and
 * without one a request is left unanswered (the model stays Idle: "disconnected"). setDetails()
 * with another source, or the source's deletion, clears every model fed (their calls are cancelled,
 * synchronously) and emits detailsChanged(), so that no batch of the old source reaches them
 * afterwards and the old source may be deleted once setDetails() returns.
 * Lives on the GUI thread with its models and source.
 */
class MessageDetailsFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailsFeed)

public:
    explicit MessageDetailsFeed(MessageDetails *details = nullptr, QObject *parent = nullptr);
    ~MessageDetailsFeed() override;

    /// Answers @p model's requests from now on. The connection ends when the model or the feed goes.
    void feed(ReceiptsModel *model);
    void feed(MessageStatusModel *model);

    /// nullptr: requests stay unanswered. Another source than the current one clears the models.
    void setDetails(MessageDetails *details);
    MessageDetails *details() const { return m_details; }

Q_SIGNALS:
    /// The source changed (setDetails()) or went away (deleted); the models were cleared.
    void detailsChanged();

private:
    void switchTo(MessageDetails *details);

    QPointer<MessageDetails> m_details;
    QMetaObject::Connection m_destroyed;
    QList<QPointer<ReceiptsModel>> m_receipts;
    QList<QPointer<MessageStatusModel>> m_statuses;
};

} // namespace Inspector
