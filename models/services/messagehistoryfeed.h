// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include "api/apierror.h"
#include "services/messagehistory.h"

namespace Inspector {

class MessageTableModel;
class ServiceCall;

/**
 * @brief Feeds a MessageTableModel from a MessageHistory: opens a stream or a search, answers the
 * model's moreRequested() (the view scrolled to the end) with the next batch, and tells the model
 * where loading stands. One call at a time; a new stream, search or refresh cancels the call in
 * flight, so no batch of the old content reaches the model.
 *
 * A history batch comes newest first (MessageHistory's guarantee) and is appended below the rows,
 * so the table reads newest first from top to bottom. After a batch the model asks for more only
 * when the view needs it; empty windows are read on by the source.
 */
class MessageHistoryFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageHistoryFeed)

public:
    /// @p model must outlive the feed (make it the feed's parent, or delete the feed first).
    explicit MessageHistoryFeed(MessageTableModel *model, QObject *parent = nullptr);
    ~MessageHistoryFeed() override;

    /// nullptr clears the model, and so does another history or this one's deletion (its calls,
    /// its children, go with it: the model does not wait for them).
    void setHistory(MessageHistory *history);
    MessageHistory *history() const { return m_history; }

    /// Opens a stream (either id form) on its newest messages.
    void showStream(const QString &streamId);
    /// Runs a `field:value` message search.
    void showSearch(const QString &query);
    void clear();
    /// Starts again from the newest messages of the same stream or search.
    void refresh();
    /// Asks again for the page that failed.
    void retry();
    /// Asks for the next batch now, as the view would (no-op while one is on its way or at the end).
    void fetchMore();

    /// Page size of each request (at most 500); tests use small pages.
    void setPageSize(int size) { m_pageSize = size; }
    /// Width of the first history window (ms).
    void setInitialWindowMs(qint64 ms) { m_initialWindow = ms; }
    /// Width of the next history window (ms).
    qint64 windowMs() const { return m_cursor.windows.window; }
    const MessageCursor &cursor() const { return m_cursor; }
    bool isBusy() const;

Q_SIGNALS:
    /// A batch was delivered, but not quite as the API promises (one sentence).
    void warning(const QString &message);

private:
    void open(const MessageCursor &cursor);
    void stop();
    void updateCanLoadMore();
    void onFinished(ServiceCall *call, const ApiError &error);

    MessageTableModel *m_model;
    QPointer<MessageHistory> m_history;
    QMetaObject::Connection m_historyGone;
    QPointer<ServiceCall> m_call;
    MessageCursor m_cursor;
    int m_pageSize = 500;
    qint64 m_initialWindow = 3600000;
};

} // namespace Inspector
