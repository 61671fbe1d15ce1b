// SPDX-License-Identifier: Apache-2.0
#include "api/paging.h"

#include <QCoreApplication>

#include <algorithm>

namespace Inspector::Paging {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inspector::Paging", text, disambiguation, n);
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

SinceSkip::Step SinceSkip::advance(const QList<qint64> &timestamps, int requested, const QString &firstKey)
{
    Step step;
    const auto stop = [this, &step](const QString &why) {
        done = true;
        step.stop = why;
        return step;
    };
    const int n = int(timestamps.size());
    // Checks that do not depend on the order come first.
    for (int i = 0; i < n; ++i) {
        if (timestamps[i] < since)
            return stop(
                tr("a message dated %1 came back for a request of messages since %2 (time went backwards).")
                    .arg(timestamps[i])
                    .arg(since));
        if (until && timestamps[i] > *until)
            return stop(tr("a message dated %1 came back after the end of the window (%2).")
                            .arg(timestamps[i])
                            .arg(*until));
    }
    if (n > requested)
        return stop(tr("the server sent %1 messages for a page of %2.").arg(n).arg(requested));
    const auto unsorted = std::is_sorted_until(timestamps.cbegin(), timestamps.cend());
    if (unsorted != timestamps.cend()) {
        if (n >= requested) {
            // The next request starts after the last message of this page: a full page out of order
            // would skip or repeat messages.
            step.outOfOrder = true;
            return stop(tr("the messages of a full page are out of order (a message dated %1 follows one "
                           "dated %2), so the next page cannot be asked for safely.")
                            .arg(*unsorted)
                            .arg(*(unsorted - 1)));
        }
        // The last page: nothing is asked for after it, so it is sorted and delivered.
        step.order.reserve(n);
        for (int i = 0; i < n; ++i)
            step.order.append(i);
        std::stable_sort(step.order.begin(), step.order.end(),
            [&timestamps](int a, int b) { return timestamps[a] < timestamps[b]; });
        const bool newestFirst = std::is_sorted(timestamps.crbegin(), timestamps.crend());
        step.warning = newestFirst
            ? tr("the last page came back newest first; its %n message(s) were sorted by time.", nullptr, n)
            : tr("the last page came back out of time order; its %n message(s) were sorted by time.", nullptr,
                n);
    }
    if (n > 0 && !firstKey.isEmpty() && firstKey == lastPageFirstKey && skip > 0)
        return stop(tr("the server sent the same page twice (it seems to ignore skip)."));
    lastPageFirstKey = firstKey;
    step.keep = maxItems >= 0 ? std::min(n, maxItems - delivered) : n;
    delivered += step.keep;
    if (n < requested || n == 0 || (maxItems >= 0 && delivered >= maxItems)) {
        done = true;
        return step;
    }
    const qint64 last = timestamps.last();
    const int sameAsLast = int(std::count(timestamps.cbegin(), timestamps.cend(), last));
    if (last == since) {
        skip += sameAsLast; // the whole page shares `since`: move further along that millisecond
    } else {
        since = last;
        skip = sameAsLast;
    }
    return step;
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
        return tr("more than %1 items share the date %2, so the window cannot move on.")
            .arg(requested)
            .arg(*since);
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
