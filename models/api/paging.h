// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QtGlobal>

#include <optional>

/**
 * The paging rules of Symphony's list endpoints, as pure state machines: each one says what to ask
 * for next and, given what came back, whether the end is reached. No network and no clock, so
 * every rule is tested on its own. Each `advance()` returns an empty string, or a sentence saying
 * why the server made no progress (then the caller must stop instead of looping).
 */
namespace Inspector::Paging {

/// skip/limit paging: streams lists, room search, message search, signals, admin membership.
/// The end is a page shorter than asked for (or an empty page, or a 204), or `total` reached.
struct Offset
{
    int pageSize = 100;
    int maxItems = -1; ///< stop after this many items in total; -1 = no cap
    int skip = 0;
    int delivered = 0;
    bool done = false;
    std::optional<qint64> total; ///< when the server reports a total count

    int nextLimit() const;
    /// `received` items came for a request of `requested`. `reportedTotal` when the page says.
    /// Sets *keep to how many of them the caller should deliver (the cap may cut a page).
    QString advance(int received, int requested, std::optional<qint64> reportedTotal, int *keep);
};

/// since + skip paging of a stream's messages. Results are ascending by timestamp; to continue,
/// `since` becomes the last timestamp received and `skip` the number of messages already received
/// with exactly that timestamp, so messages that share a millisecond across a page boundary are
/// neither lost nor repeated.
///
/// Order: the next request depends on a full page being ascending, so a full page out of order
/// stops (with `outOfOrder`). The last page (shorter than asked for: nothing follows it) is
/// sorted instead and delivered with a warning: some servers send it newest first.
struct SinceSkip
{
    /// What to do with one page.
    struct Step
    {
        int keep = 0; ///< deliver this many items (of the page, or of `order` when set)
        QString stop; ///< why paging must stop instead of going on; empty when all is well
        bool outOfOrder = false; ///< `stop` is about the page's order, not a lack of progress
        /// The page's indexes in ascending time order (stable), when it came out of order; else empty.
        QList<int> order;
        QString warning; ///< the page is delivered, but the user should know this
    };

    qint64 since = 0;
    std::optional<qint64> until; ///< inclusive
    int pageSize = 500;
    int maxItems = -1;
    int skip = 0;
    int delivered = 0;
    bool done = false;
    QString lastPageFirstKey; ///< to catch a server that ignores skip and repeats a page

    int nextLimit() const;
    /// `timestamps` of the page as sent, `firstKey` the first message's id.
    Step advance(const QList<qint64> &timestamps, int requested, const QString &firstKey);
};

/// Backward time-window paging of a stream's history, newest first (the messages table).
///
/// Windows end where the delivered messages begin: `since = until - window + 1`, `until`, both
/// inclusive, and the next window ends at `since - 1`, so no millisecond is read twice and none is
/// skipped. The window doubles while windows come back (nearly) empty and halves when one is full:
/// a full page is the oldest part of the window, not the part next to `until`, so it is dropped and
/// the newer half is asked instead. A 1 ms window that holds more than a page is read with `skip`.
/// Paging ends at `floor` (a room's creation date) or at 0.
///
/// Order: each page is delivered newest first whatever order the server sent it in (ascending as
/// the API says, or newest first as some servers do); messages outside the window asked for are
/// dropped with a warning, so that a message is never delivered twice.
struct BackwardWindows
{
    static constexpr qint64 MaxWindowMs = qint64(1) << 50;

    /// One request: `/v4/stream/{sid}/message?since&until&skip&limit`.
    struct Request
    {
        qint64 since = 0;
        qint64 until = 0;
        int skip = 0;
        int limit = 0;
    };
    /// What to do with the page answered to next().
    struct Step
    {
        /// The page's indexes to deliver, newest first (empty for a page that is asked again).
        QList<int> order;
        bool again = false; ///< the page was dropped: ask next() again (a smaller window)
        QString stop; ///< why paging must stop instead of going on; empty when all is well
        QString warning; ///< the page is delivered, but the user should know this
    };

    qint64 until = 0; ///< the end (inclusive) of the next window
    qint64 floor = 0; ///< no message is older than this
    qint64 window = 3600000; ///< width of the next window (ms)
    int pageSize = 500;
    int skip = 0; ///< inside a 1 ms window that holds more than a page
    bool done = false;
    QString lastFirstKey; ///< the first key of the last skip page, to catch a server that ignores skip

    /// Starts at `newest` (the newest message's date, or now), down to `floorMs` (0 = none).
    void start(qint64 newest, qint64 floorMs = 0);
    Request next() const;
    /// `timestamps` of the page answered to next() as sent, `firstKey` the first message's id.
    Step advance(const QList<qint64> &timestamps, const QString &firstKey = {});
};

/// Cursor paging of receipts: follow `after` while the page says there is a next one.
struct Cursor
{
    QString after; ///< the cursor to send; empty for the first page
    bool done = false;
    QSet<QString> seen;

    QString advance(const QString &nextAfter, bool hasNext);
};

/// Time-window paging of a stream's attachments (ascending by ingestion date, inclusive `since`):
/// the next window starts at the last item's date; items of that date already delivered are
/// dropped by their key.
struct Window
{
    std::optional<qint64> since;
    std::optional<qint64> to;
    int pageSize = 100;
    bool done = false;
    QSet<QString> boundaryKeys; ///< keys delivered with the date `since`

    struct Item
    {
        qint64 time;
        QString key;
    };
    /// Sets *keepIndexes to the indexes of the page's items that are new.
    QString advance(const QList<Item> &items, int requested, QList<int> *keepIndexes);
};

/// Fixed batches of values (user lookups: at most 100 ids per call).
struct Batches
{
    QStringList values;
    int batchSize = 100;
    int next = 0;
    bool done() const { return next >= values.size(); }
    QStringList take();
};

} // namespace Inspector::Paging
