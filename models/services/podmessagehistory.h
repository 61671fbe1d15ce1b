// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "services/messagehistory.h"

namespace Inspector {

class ApiClient;

/**
 * @brief MessageHistory from the pod, through an ApiClient.
 *
 * History: the first call of a cursor reads the stream's info (the newest message's date ends the
 * first window, not "now", which may be years later) and, for a room, the room's info (its creation
 * date is where paging stops); then `/v4/stream/{sid}/message` windows as Paging::BackwardWindows
 * says. Search: `/v1/message/search` pages (skip/limit). Lookup: `/v1/message/{id}`.
 * Pages are parsed on the thread pool. The client must outlive the service's calls.
 */
class PodMessageHistory final : public MessageHistory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodMessageHistory)

public:
    explicit PodMessageHistory(ApiClient *client, QObject *parent = nullptr);
    ~PodMessageHistory() override;

    ApiClient *client() const;

    ServiceCall *more(MessageCursor *cursor, BatchSink sink) override;
    ServiceCall *message(const QString &messageId, MessageSink sink) override;

private:
    QPointer<ApiClient> m_client;
};

} // namespace Inspector
