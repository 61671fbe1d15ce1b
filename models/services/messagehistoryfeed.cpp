// SPDX-License-Identifier: Apache-2.0
#include "services/messagehistoryfeed.h"

#include "itemmodels/messagetablemodel.h"
#include "services/servicecall.h"

namespace Inspector {

MessageHistoryFeed::MessageHistoryFeed(MessageTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &MessageTableModel::moreRequested, this, &MessageHistoryFeed::fetchMore);
}

MessageHistoryFeed::~MessageHistoryFeed()
{
    stop();
}

bool MessageHistoryFeed::isBusy() const
{
    return m_call;
}

void MessageHistoryFeed::setHistory(MessageHistory *history)
{
    if (m_history == history)
        return;
    clear();
    disconnect(m_historyGone);
    m_history = history;
    if (history)
        m_historyGone = connect(history, &QObject::destroyed, this, [this] { clear(); });
}

void MessageHistoryFeed::showStream(const QString &streamId)
{
    open(MessageCursor::history(streamId, m_pageSize, m_initialWindow));
}

void MessageHistoryFeed::showSearch(const QString &query)
{
    open(MessageCursor::search(query, m_pageSize));
}

void MessageHistoryFeed::clear()
{
    stop();
    m_cursor = {};
    m_model->reset(MessageTableModel::Mode::None);
}

void MessageHistoryFeed::refresh()
{
    switch (m_cursor.kind) {
    case MessageCursor::Kind::History:
        showStream(m_cursor.streamId);
        break;
    case MessageCursor::Kind::Search:
        showSearch(m_cursor.query);
        break;
    case MessageCursor::Kind::None:
        clear();
        break;
    }
}

void MessageHistoryFeed::retry()
{
    if (!m_model->hasFailed() || m_call)
        return;
    m_model->clearFailure();
    fetchMore();
}

void MessageHistoryFeed::open(const MessageCursor &cursor)
{
    stop();
    m_cursor = cursor;
    const bool history = cursor.kind == MessageCursor::Kind::History;
    m_model->reset(history ? MessageTableModel::Mode::Stream : MessageTableModel::Mode::Search,
        cursor.streamId, cursor.query);
    if (!m_history)
        return;
    if (m_cursor.done && !history) {
        m_model->appendBatch({}, true); // an empty search: nothing to ask
        return;
    }
    fetchMore();
}

void MessageHistoryFeed::stop()
{
    if (ServiceCall *call = m_call) {
        m_call = nullptr;
        delete call; // silent: no finished(), no batch after this
    }
}

void MessageHistoryFeed::updateCanLoadMore()
{
    m_model->setCanLoadMore(m_history && m_cursor.kind != MessageCursor::Kind::None && !m_cursor.done);
}

void MessageHistoryFeed::fetchMore()
{
    if (!m_history || m_call || m_cursor.kind == MessageCursor::Kind::None || m_cursor.done
        || m_model->hasFailed())
        return;
    m_model->setLoading(true);
    ServiceCall *call = m_history->more(&m_cursor, [this](MessageBatch batch) {
        // A call delivers at most one batch and then ends (MessageHistory::more), so this batch
        // ends it: the model may ask for more from inside the insertion.
        m_call = nullptr;
        updateCanLoadMore();
        m_model->appendBatch(std::move(batch), m_cursor.done);
    });
    m_call = call;
    connect(call, &ServiceCall::warning, this, &MessageHistoryFeed::warning);
    connect(
        call, &ServiceCall::finished, this, [this, call](const ApiError &error) { onFinished(call, error); });
}

void MessageHistoryFeed::onFinished(ServiceCall *call, const ApiError &error)
{
    if (call != m_call)
        return; // it delivered its batch, or it was replaced
    m_call = nullptr;
    updateCanLoadMore();
    if (error.isError())
        m_model->fail(error);
    else
        m_model->appendBatch({}, m_cursor.done); // the end, with no row in the last windows
}

} // namespace Inspector
