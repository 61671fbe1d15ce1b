// SPDX-License-Identifier: Apache-2.0
#include "services/messagehistory.h"

#include "api/requests.h"
#include "data/ids.h"

namespace Inspector {

MessageCursor MessageCursor::history(const QString &streamId, int pageSize, qint64 firstWindowMs)
{
    MessageCursor c;
    c.kind = Kind::History;
    c.streamId = Ids::normalized(streamId);
    c.pageSize = qBound(1, pageSize, int(Requests::Limits::Messages));
    c.windows.pageSize = c.pageSize;
    c.windows.window = qBound<qint64>(1, firstWindowMs, Paging::BackwardWindows::MaxWindowMs);
    return c;
}

MessageCursor MessageCursor::search(const QString &query, int pageSize)
{
    MessageCursor c;
    c.kind = Kind::Search;
    c.query = query.trimmed();
    c.pageSize = qBound(1, pageSize, int(Requests::Limits::Messages));
    c.pages.pageSize = c.pageSize;
    c.done = c.query.isEmpty();
    return c;
}

MessageHistory::MessageHistory(QObject *parent)
    : QObject(parent)
{ }

MessageHistory::~MessageHistory() = default;

} // namespace Inspector
