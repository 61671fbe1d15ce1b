// SPDX-License-Identifier: Apache-2.0
#include "api/paging.h"

#include <QCoreApplication>

#include <algorithm>

namespace Inspector::Paging {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Paging", text);
}

int capped(int pageSize, int maxItems, int delivered)
{
    if (maxItems < 0)
        return pageSize;
    return std::max(0, std::min(pageSize, maxItems - delivered));
}

} // namespace

int Offset::nextLimit() const
{
    return capped(pageSize, maxItems, delivered);
}

QString Offset::advance(int received, int requested, std::optional<qint64> reportedTotal, int *keep)
{
    *keep = received;
    if (maxItems >= 0)
        *keep = std::min(received, maxItems - delivered);
    if (received > requested) {
        // More than asked for: the server ignored the limit. Deliver, but do not trust the offsets.
        done = true;
        delivered += *keep;
        return tr("the server sent %1 items for a page of %2.").arg(received).arg(requested);
    }
    if (reportedTotal)
        total = reportedTotal;
    delivered += *keep;
    skip += received;
    if (received < requested || received == 0 || (maxItems >= 0 && delivered >= maxItems)
        || (total && skip >= *total))
        done = true;
    return {};
}

int SinceSkip::nextLimit() const
{
    return capped(pageSize, maxItems, delivered);
}

QString SinceSkip::advance(const QList<qint64> &timestamps, int requested, const QString &firstKey, int *keep)
{
    *keep = 0;
    const int n = int(timestamps.size());
    for (int i = 0; i < n; ++i) {
        if (timestamps[i] < since) {
            done = true;
            return tr("a message dated %1 came back for a request of messages since %2 (time went backwards).")
                .arg(timestamps[i])
                .arg(since);
        }
        if (i > 0 && timestamps[i] < timestamps[i - 1]) {
            done = true;
            return tr("the messages of a page are not in ascending time order.");
        }
        if (until && timestamps[i] > *until) {
            done = true;
            return tr("a message dated %1 came back after the end of the window (%2).").arg(timestamps[i]).arg(*until);
        }
    }
    if (n > requested) {
        done = true;
        return tr("the server sent %1 messages for a page of %2.").arg(n).arg(requested);
    }
    if (n > 0 && !firstKey.isEmpty() && firstKey == lastPageFirstKey && skip > 0) {
        done = true;
        return tr("the server sent the same page twice (it seems to ignore skip).");
    }
    lastPageFirstKey = firstKey;
    *keep = maxItems >= 0 ? std::min(n, maxItems - delivered) : n;
    delivered += *keep;
    if (n < requested || n == 0 || (maxItems >= 0 && delivered >= maxItems)) {
        done = true;
        return {};
    }
    const qint64 last = timestamps.last();
    const int sameAsLast = int(std::count(timestamps.cbegin(), timestamps.cend(), last));
    if (last == since) {
        skip += sameAsLast; // the whole page shares `since`: move further along that millisecond
    } else {
        since = last;
        skip = sameAsLast;
    }
    return {};
}

QString Cursor::advance(const QString &nextAfter, bool hasNext)
{
    if (!hasNext || nextAfter.isEmpty()) {
        done = true;
        return {};
    }
    if (nextAfter == after || seen.contains(nextAfter)) {
        done = true;
        return tr("the server sent the cursor \"%1\" again.").arg(nextAfter);
    }
    seen.insert(after);
    after = nextAfter;
    return {};
}

QString Window::advance(const QList<Item> &items, int requested, QList<int> *keepIndexes)
{
    keepIndexes->clear();
    for (int i = 0; i < items.size(); ++i) {
        const Item &it = items[i];
        if (since && it.time < *since) {
            done = true;
            return tr("an item dated %1 came back for a window starting at %2 (time went backwards).")
                .arg(it.time)
                .arg(*since);
        }
        if (i > 0 && it.time < items[i - 1].time) {
            done = true;
            return tr("the items of a page are not in ascending time order.");
        }
        if (since && it.time == *since && boundaryKeys.contains(it.key))
            continue;
        keepIndexes->append(i);
    }
    if (items.size() < requested || items.isEmpty()) {
        done = true;
        return {};
    }
    if (keepIndexes->isEmpty()) {
        done = true;
        return tr("more than %1 items share the date %2, so the window cannot move on.").arg(requested).arg(*since);
    }
    const qint64 last = items.last().time;
    if (!since || last != *since)
        boundaryKeys.clear();
    since = last;
    for (const Item &it : items) {
        if (it.time == last)
            boundaryKeys.insert(it.key);
    }
    return {};
}

QStringList Batches::take()
{
    const int n = std::min<int>(batchSize, int(values.size()) - next);
    QStringList out = values.mid(next, n);
    next += n;
    return out;
}

} // namespace Inspector::Paging
