// SPDX-License-Identifier: Apache-2.0
// Message search of the demo pod, found page by page (docs/symphony-api.md §7).
#include "messagesearch.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

QString SearchCriteria::key() const
{
    const QJsonArray parts {author ? QString::number(*author) : QString(),
        mention ? QString::number(*mention) : QString(), QString::number(fromDate), QString::number(toDate),
        hashtag, cashtag, text, stream, QJsonArray::fromStringList(streamTypes)};
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

MessageSearch::MessageSearch(
    const DataSet &data, const QList<SearchCriteria> &criteria, qint64 caller, bool ascending)
    : m_data(data)
    , m_criteria(criteria)
    , m_ascending(ascending)
    , m_changesSeen(data.changeCount())
{
    start(caller);
}

bool MessageSearch::isStale()
{
    // Usually nothing changed since the last page: one comparison. Otherwise only the changed
    // streams are looked at, and a change to a stream this search cannot reach keeps it.
    if (m_data.changeCount() == m_changesSeen)
        return false;
    for (const int stream : m_data.streamsChangedSince(m_changesSeen)) {
        const QString type = m_data.streams().at(stream).typeName();
        for (const SearchCriteria &c : m_criteria) {
            if ((c.stream < 0 || c.stream == stream)
                && (c.streamTypes.isEmpty() || c.streamTypes.contains(type)))
                return true;
        }
    }
    m_changesSeen = m_data.changeCount();
    return false;
}

void MessageSearch::start(qint64 caller)
{
    for (const DemoStream &s : m_data.streams()) {
        m_data.work().streamsVisited += 1;
        // Positions are ranks in the history as served (DataSet::viewIndex), changes included.
        const int count = m_data.viewCount(s.index);
        if (!s.canView(caller) || count == 0)
            continue;
        Cursor cursor;
        cursor.stream = s.index;
        cursor.lo = count;
        cursor.hi = 0;
        for (int i = 0; i < m_criteria.size(); ++i) {
            const SearchCriteria &c = m_criteria.at(i);
            if (c.stream >= 0 && c.stream != s.index)
                continue;
            if (!c.streamTypes.isEmpty() && !c.streamTypes.contains(s.typeName()))
                continue;
            cursor.criteria.append(i);
            cursor.lo = qMin(cursor.lo, m_data.viewLowerBound(s.index, c.fromDate));
            cursor.hi = qMax(cursor.hi,
                c.toDate == std::numeric_limits<qint64>::max() ? count
                                                               : m_data.viewLowerBound(s.index, c.toDate));
        }
        if (cursor.lo >= cursor.hi)
            continue;
        m_cursors.append(cursor);
        push(int(m_cursors.size()) - 1, m_ascending ? cursor.lo : cursor.hi - 1);
    }
}

bool MessageSearch::before(const Candidate &a, const Candidate &b) const
{
    // The heap's top is the candidate that comes first in the answer.
    const auto ka = std::tie(a.timestamp, a.stream, a.rank);
    const auto kb = std::tie(b.timestamp, b.stream, b.rank);
    return m_ascending ? kb < ka : ka < kb;
}

void MessageSearch::push(int cursor, int rank)
{
    const Cursor &c = m_cursors.at(cursor);
    if (rank < c.lo || rank >= c.hi)
        return;
    const int message = m_data.viewIndex(c.stream, rank);
    m_heap.push_back({m_data.timestamp(c.stream, message), c.stream, rank, message, cursor});
    std::push_heap(m_heap.begin(), m_heap.end(),
        [this](const Candidate &a, const Candidate &b) { return before(a, b); });
}

bool MessageSearch::matches(const Cursor &cursor, int index) const
{
    // index: a message index (not a rank).
    const MessageMeta meta = m_data.meta(cursor.stream, index);
    QString text;
    bool textLoaded = false;
    for (const int i : cursor.criteria) {
        const SearchCriteria &c = m_criteria.at(i);
        if (meta.timestamp < c.fromDate || meta.timestamp >= c.toDate)
            continue;
        if (c.author && *c.author != meta.authorId)
            continue;
        if (c.mention && !meta.mentions.contains(*c.mention))
            continue;
        if (!c.hashtag.isEmpty() && !meta.hashtags.contains(c.hashtag, Qt::CaseInsensitive))
            continue;
        if (!c.cashtag.isEmpty() && !meta.cashtags.contains(c.cashtag, Qt::CaseInsensitive))
            continue;
        if (!c.text.isEmpty()) {
            if (!textLoaded) {
                text = m_data.plainText(cursor.stream, index);
                textLoaded = true;
            }
            if (!text.contains(c.text, Qt::CaseInsensitive))
                continue;
        }
        return true;
    }
    return false;
}

void MessageSearch::findUntil(qint64 count)
{
    const auto order = [this](const Candidate &a, const Candidate &b) { return before(a, b); };
    while (m_dropped + m_hits.size() < count && !m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), order);
        const Candidate next = m_heap.back();
        m_heap.pop_back();
        if (matches(m_cursors.at(next.cursor), next.message))
            m_hits.append({next.stream, next.message});
        push(next.cursor, m_ascending ? next.rank + 1 : next.rank - 1);
    }
}

QList<MessageRef> MessageSearch::page(qint64 skip, qint64 limit)
{
    Q_ASSERT(canServe(skip));
    findUntil(skip + limit);
    QList<MessageRef> out;
    for (qint64 i = skip - m_dropped; i >= 0 && i < m_hits.size() && out.size() < limit; ++i)
        out.append(m_hits.at(i));
    // Keep what a client paging on (or asking for this page again) needs, not every hit so far.
    if (m_hits.size() > KeptHits && skip > m_dropped) {
        const qsizetype drop = qMin<qsizetype>(skip - m_dropped, m_hits.size());
        m_hits.remove(0, drop);
        m_dropped += drop;
    }
    return out;
}

} // namespace Inspector::DemoPod
