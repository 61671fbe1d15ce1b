// SPDX-License-Identifier: Apache-2.0
#include "api/paging.h"

#include <QCoreApplication>

#include <algorithm>

namespace Inspector::Paging {

namespace {

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
        return QCoreApplication::translate("Inspector::Paging", "the server sent %1 items for a page of %2.")
            .arg(received)
            .arg(requested);
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
            return stop(QCoreApplication::translate("Inspector::Paging",
                "a message dated %1 came back for a request of messages since %2 (time went backwards).")
                            .arg(timestamps[i])
                            .arg(since));
        if (until && timestamps[i] > *until)
            return stop(QCoreApplication::translate(
                "Inspector::Paging", "a message dated %1 came back after the end of the window (%2).")
                            .arg(timestamps[i])
                            .arg(*until));
    }
    if (n > requested)
        return stop(
            QCoreApplication::translate("Inspector::Paging", "the server sent %1 messages for a page of %2.")
                .arg(n)
                .arg(requested));
    const auto unsorted = std::is_sorted_until(timestamps.cbegin(), timestamps.cend());
    if (unsorted != timestamps.cend()) {
        if (n >= requested) {
            // The next request starts after the last message of this page: a full page out of order
            // would skip or repeat messages.
            step.outOfOrder = true;
            return stop(QCoreApplication::translate("Inspector::Paging",
                "the messages of a full page are out of order (a message dated %1 follows one "
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
            ? QCoreApplication::translate("Inspector::Paging",
                "the last page came back newest first; its %n message(s) were sorted by time.", nullptr, n)
            : QCoreApplication::translate("Inspector::Paging",
                "the last page came back out of time order; its %n message(s) were sorted by time.", nullptr,
                n);
    }
    if (n > 0 && !firstKey.isEmpty() && firstKey == lastPageFirstKey && skip > 0)
        return stop(QCoreApplication::translate(
            "Inspector::Paging", "the server sent the same page twice (it seems to ignore skip)."));
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

void BackwardWindows::start(qint64 newest, qint64 floorMs)
{
    until = std::max<qint64>(0, newest);
    floor = floorMs > 0 && floorMs <= until ? floorMs : 0;
    window = std::clamp<qint64>(window, 1, MaxWindowMs);
    pageSize = std::max(1, pageSize);
    skip = 0;
    done = false;
    lastFirstKey.clear();
}

BackwardWindows::Request BackwardWindows::next() const
{
    Request r;
    r.until = until;
    r.since = std::max(floor, until - std::clamp<qint64>(window, 1, MaxWindowMs) + 1);
    r.skip = skip;
    r.limit = std::max(1, pageSize);
    return r;
}

BackwardWindows::Step BackwardWindows::advance(const QList<qint64> &timestamps, const QString &firstKey)
{
    Step step;
    if (done)
        return step;
    const Request asked = next();
    const int received = int(timestamps.size());
    const bool full = received >= asked.limit;
    if (full && asked.since < asked.until) {
        // The oldest part of the window (or, from a server that answers newest first, a part of it
        // that may leave a gap): ask again for the newer half, which the view needs first.
        window = std::max<qint64>(1, (asked.until - asked.since + 1) / 2);
        step.again = true;
        return step;
    }
    if (full) {
        // A single millisecond with more messages than a page: go on with skip.
        if (!firstKey.isEmpty() && asked.skip > 0 && firstKey == lastFirstKey) {
            done = true;
            step.stop = QCoreApplication::translate("Inspector::Paging",
                "the server sent the same page again for a later skip; it may ignore skip.");
            return step;
        }
        lastFirstKey = firstKey;
        skip += received;
    } else {
        skip = 0;
        lastFirstKey.clear();
        until = asked.since - 1;
        if (received < asked.limit / 4)
            window = std::min(MaxWindowMs, window * 2);
        done = asked.since <= floor;
    }

    // Newest first: ascending pages are reversed (ties keep the reversed order), pages sent newest
    // first are kept, and anything else is sorted (stable), dropping what lies outside the window.
    QList<int> order;
    order.reserve(received);
    bool ascending = true;
    bool descending = true;
    int outside = 0;
    for (int i = 0; i < received; ++i) {
        if (timestamps[i] < asked.since || timestamps[i] > asked.until) {
            ++outside;
            continue;
        }
        if (!order.isEmpty()) {
            const qint64 previous = timestamps[order.constLast()];
            ascending = ascending && previous <= timestamps[i];
            descending = descending && previous >= timestamps[i];
        }
        order.append(i);
    }
    if (!descending || ascending) {
        std::reverse(order.begin(), order.end());
        if (!descending && !ascending)
            std::stable_sort(order.begin(), order.end(),
                [&timestamps](int a, int b) { return timestamps[a] > timestamps[b]; });
    }
    step.order = std::move(order);
    if (outside > 0)
        step.warning = QCoreApplication::translate("Inspector::Paging",
            "the server sent %n messages outside the time window asked for; they were left out.", nullptr,
            outside);
    else if (!ascending && !descending)
        step.warning = QCoreApplication::translate(
            "Inspector::Paging", "the server sent a page of messages out of order; it was sorted.");
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
        return QCoreApplication::translate("Inspector::Paging", "the server sent the cursor \"%1\" again.")
            .arg(nextAfter);
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
            return QCoreApplication::translate("Inspector::Paging",
                "an item dated %1 came back for a window starting at %2 (time went backwards).")
                .arg(it.time)
                .arg(*since);
        }
        if (i > 0 && it.time < items[i - 1].time) {
            done = true;
            return QCoreApplication::translate(
                "Inspector::Paging", "the items of a page are not in ascending time order.");
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
        return QCoreApplication::translate(
            "Inspector::Paging", "more than %1 items share the date %2, so the window cannot move on.")
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
