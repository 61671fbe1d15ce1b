// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace Inspector::DemoPod {

/** @brief One AND group of a message search, compiled (an OR query has several). */
struct SearchCriteria
{
    std::optional<qint64> author;
    std::optional<qint64> mention;
    qint64 fromDate = std::numeric_limits<qint64>::min();
    qint64 toDate = std::numeric_limits<qint64>::max(); ///< exclusive
    QString hashtag;
    QString cashtag;
    QString text; ///< needs `stream`
    int stream = -1;
    QStringList streamTypes;

    /** The same key for the same criteria, for caching a search. */
    QString key() const;
};

/**
 * @brief A message search under way: the hits in the pod's order (time, then stream, then index;
 * newest first unless ascending), found as the pages are asked for.
 *
 * Each stream's candidates are visited in time order from a cursor, and a heap holding every
 * stream's next candidate merges them: a message is looked at (its author and tags, and its text
 * only for a text search) once per search, when the search gets to its time, and never again
 * for the following pages. So a page costs its own messages plus the non-matching ones between
 * it and the page before, not the whole pod. Once more than KeptHits hits are held, those before
 * the page asked for are dropped; a page before them needs a new search (canServe()).
 */
class MessageSearch
{
public:
    MessageSearch(const DataSet &data, const QList<SearchCriteria> &criteria, qint64 caller, bool ascending);

    /** Hits skip .. skip + limit - 1 (fewer at the end). */
    QList<MessageRef> page(qint64 skip, qint64 limit);
    bool canServe(qint64 skip) const { return skip >= m_dropped; }
    /** True when a stream this search can reach changed since it started (a new one is needed). */
    bool isStale();
    /** Memory held, in hits (for a cache's cost). */
    qsizetype cost() const { return m_hits.size() + qsizetype(m_heap.size()) + 1; }

    static constexpr qsizetype KeptHits = 5000;

private:
    struct Cursor
    {
        int stream = -1;
        int lo = 0; ///< candidates are the ranks lo .. hi - 1 (DataSet::viewIndex)
        int hi = 0;
        QList<int> criteria; ///< indexes of the criteria that apply to this stream
    };
    struct Candidate
    {
        qint64 timestamp = 0;
        int stream = 0;
        int rank = 0;
        int message = 0; ///< the message index at that rank
        int cursor = 0;
    };

    void start(qint64 caller);
    void push(int cursor, int index);
    bool matches(const Cursor &cursor, int index) const;
    /** Looks at candidates until `count` hits are known or none are left. */
    void findUntil(qint64 count);
    bool before(const Candidate &a, const Candidate &b) const;

    const DataSet &m_data;
    QList<SearchCriteria> m_criteria;
    bool m_ascending;
    QList<Cursor> m_cursors;
    std::vector<Candidate> m_heap;
    QList<MessageRef> m_hits; ///< hits m_dropped .. m_dropped + size - 1
    qint64 m_dropped = 0;
    qint64 m_changesSeen = 0; ///< DataSet::changeCount() when last found not stale
};

} // namespace Inspector::DemoPod
