// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include <algorithm>

#include "api/paging.h"
#include "common/testsuite.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

namespace {

struct Msg
{
    qint64 ts;
    QString id;
};

/// A dataset of messages: `stamps` lists timestamps (ascending); ids are "m<index>".
QList<Msg> dataset(const QList<qint64> &stamps)
{
    QList<Msg> out;
    for (int i = 0; i < stamps.size(); ++i)
        out.append({stamps[i], u"m%1"_s.arg(i)});
    return out;
}

/// What a correct Symphony agent answers to since/until/skip/limit.
QList<Msg> serve(const QList<Msg> &all, qint64 since, std::optional<qint64> until, int skip, int limit)
{
    QList<Msg> matching;
    for (const Msg &m : all) {
        if (m.ts >= since && (!until || m.ts <= *until))
            matching.append(m);
    }
    return matching.mid(skip, limit);
}

QList<qint64> run(qint64 start, int n, int step)
{
    QList<qint64> out;
    for (int i = 0; i < n; ++i)
        out.append(start + qint64(i) * step);
    return out;
}

/// Walks a stream backwards with BackwardWindows against serve(); `newestFirst` makes the server
/// answer each page newest first (as some do). Returns the delivered ids; *requests counts requests.
struct BackwardWalk
{
    QList<Msg> delivered;
    QList<Paging::BackwardWindows::Request> asked;
    QStringList warnings;
    QString stop;
};

BackwardWalk walkBackward(
    const QList<Msg> &all, int pageSize, qint64 window, qint64 newest, qint64 floor, bool newestFirst)
{
    BackwardWalk walk;
    Paging::BackwardWindows w;
    w.pageSize = pageSize;
    w.window = window;
    w.start(newest, floor);
    while (!w.done && walk.asked.size() < 100000) {
        const auto r = w.next();
        walk.asked.append(r);
        QList<Msg> page = serve(all, r.since, r.until, r.skip, r.limit);
        if (newestFirst)
            std::reverse(page.begin(), page.end());
        QList<qint64> stamps;
        for (const Msg &m : std::as_const(page))
            stamps.append(m.ts);
        const auto step = w.advance(stamps, page.isEmpty() ? QString() : page.first().id);
        if (!step.warning.isEmpty())
            walk.warnings.append(step.warning);
        for (int i : step.order)
            walk.delivered.append(page.at(i));
        if (!step.stop.isEmpty()) {
            walk.stop = step.stop;
            break;
        }
    }
    return walk;
}

} // namespace

class PagingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sinceSkipReadsEverythingOnce_data()
    {
        QTest::addColumn<QList<qint64>>("stamps");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<qint64>("since");
        QTest::addColumn<qint64>("until"); // -1 = none
        QTest::addColumn<int>("maxItems");

        QTest::newRow("empty stream") << QList<qint64> {} << 500 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("one short page") << run(1000, 7, 10) << 500 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("exactly one full page") << run(1000, 5, 10) << 5 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("several pages") << run(1000, 23, 10) << 5 << qint64(0) << qint64(-1) << -1;

        // Messages 3..7 share one millisecond across the boundary of pages of 5.
        QList<qint64> shared = run(1000, 3, 10);
        shared += QList<qint64>(5, 2000);
        shared += run(3000, 6, 10);
        QTest::newRow("same timestamp across a page boundary")
            << shared << 5 << qint64(0) << qint64(-1) << -1;

        // More messages on one millisecond than a page holds, and a page that starts on it.
        QList<qint64> crowd = run(1000, 2, 10);
        crowd += QList<qint64>(13, 5000);
        crowd += run(6000, 4, 1);
        QTest::newRow("a whole page on one timestamp") << crowd << 5 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("everything on one timestamp")
            << QList<qint64>(12, 42) << 5 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("since starts inside the data")
            << run(1000, 30, 10) << 4 << qint64(1105) << qint64(-1) << -1;
        QTest::newRow("until is inclusive") << run(1000, 30, 10) << 4 << qint64(0) << qint64(1150) << -1;
        QTest::newRow("limit caps the total") << shared << 5 << qint64(0) << qint64(-1) << 7;
        QTest::newRow("limit smaller than a page")
            << run(1000, 30, 10) << 500 << qint64(0) << qint64(-1) << 3;
        QTest::newRow("page boundary at the real 500 cap") << [] {
            QList<qint64> s = run(1, 497, 1);
            s += QList<qint64>(7, 1000); // 497..503 share one millisecond, as in the demo pod
            s += run(2000, 100, 1);
            return s;
        }() << 500 << qint64(0) << qint64(-1) << -1;
    }

    void sinceSkipReadsEverythingOnce()
    {
        QFETCH(QList<qint64>, stamps);
        QFETCH(int, pageSize);
        QFETCH(qint64, since);
        QFETCH(qint64, until);
        QFETCH(int, maxItems);
        const QList<Msg> all = dataset(stamps);
        const std::optional<qint64> untilOpt = until < 0 ? std::nullopt : std::optional<qint64>(until);

        QStringList expected;
        for (const Msg &m : serve(all, since, untilOpt, 0, int(all.size())))
            expected.append(m.id);
        if (maxItems >= 0)
            expected = expected.mid(0, maxItems);

        Paging::SinceSkip state;
        state.since = since;
        state.until = untilOpt;
        state.pageSize = pageSize;
        state.maxItems = maxItems;
        QStringList got;
        int requests = 0;
        while (!state.done && state.nextLimit() > 0) {
            QVERIFY2(++requests < 1000, "the pager does not stop");
            const int limit = state.nextLimit();
            const QList<Msg> page = serve(all, state.since, state.until, state.skip, limit);
            QList<qint64> times;
            for (const Msg &m : page)
                times.append(m.ts);
            const auto step = state.advance(times, limit, page.isEmpty() ? QString() : page.first().id);
            QVERIFY2(step.stop.isEmpty(), qPrintable(step.stop));
            QVERIFY(step.order.isEmpty());
            QVERIFY(step.warning.isEmpty());
            for (int i = 0; i < step.keep; ++i)
                got.append(page[i].id);
        }
        QCOMPARE(got, expected);
    }

    void sinceSkipStopsWhenServerIgnoresSkip()
    {
        const QList<Msg> all = dataset(QList<qint64>(12, 42));
        Paging::SinceSkip state;
        state.pageSize = 5;
        QString stall;
        for (int i = 0; i < 10 && !state.done; ++i) {
            const QList<Msg> page = serve(all, state.since, {}, 0, 5); // skip ignored
            QList<qint64> times;
            for (const Msg &m : page)
                times.append(m.ts);
            stall = state.advance(times, 5, page.first().id).stop;
        }
        QVERIFY(state.done);
        QVERIFY2(stall.contains(u"same page"_s), qPrintable(stall));
    }

    void sinceSkipStopsWhenTimeGoesBackwards()
    {
        Paging::SinceSkip state;
        state.since = 1000;
        const auto step = state.advance({999, 1001}, 5, u"x"_s);
        QVERIFY(state.done);
        QCOMPARE(step.keep, 0);
        QVERIFY(!step.outOfOrder);
        QVERIFY2(step.stop.contains(u"backwards"_s), qPrintable(step.stop));
    }

    void sinceSkipRejectsUnsortedAndOversizedPages()
    {
        Paging::SinceSkip unsorted;
        QVERIFY(!unsorted.advance({5, 3}, 2, u"a"_s).stop.isEmpty());
        QVERIFY(unsorted.done);
        Paging::SinceSkip oversized;
        QVERIFY(!oversized.advance({1, 2, 3}, 2, u"a"_s).stop.isEmpty());
        QVERIFY(oversized.done);
    }

    void sinceSkipOrder_data()
    {
        QTest::addColumn<QList<qint64>>("page"); // timestamps as sent
        QTest::addColumn<int>("requested");
        QTest::addColumn<qint64>("since");
        QTest::addColumn<QString>("stop"); // a part of the reason to stop; empty = goes on or ends
        QTest::addColumn<bool>("outOfOrder");
        QTest::addColumn<QList<int>>("order"); // how the page is delivered; empty = as sent
        QTest::addColumn<QString>("warning"); // a part of the warning; empty = none
        QTest::addColumn<bool>("done");

        QTest::newRow("ascending full page") << QList<qint64> {1, 2, 3} << 3 << qint64(0) << QString()
                                             << false << QList<int> {} << QString() << false;
        QTest::newRow("ascending last page") << QList<qint64> {1, 2} << 3 << qint64(0) << QString() << false
                                             << QList<int> {} << QString() << true;
        // The BDKs' fixtures: a last page of three messages, newest first.
        QTest::newRow("last page newest first")
            << QList<qint64> {1534891105293, 1534891105292, 1534891105291} << 50 << qint64(0) << QString()
            << false << QList<int> {2, 1, 0} << u"newest first; its 3 message(s) were sorted"_s << true;
        QTest::newRow("last page shuffled")
            << QList<qint64> {20, 10, 30} << 50 << qint64(0) << QString() << false << QList<int> {1, 0, 2}
            << u"out of time order"_s << true;
        QTest::newRow("last page sorted stably")
            << QList<qint64> {20, 10, 20, 10} << 50 << qint64(0) << QString() << false
            << QList<int> {1, 3, 0, 2} << u"out of time order"_s << true;
        QTest::newRow("full page newest first stops")
            << QList<qint64> {30, 20, 10} << 3 << qint64(0)
            << u"out of order (a message dated 20 follows one dated 30)"_s << true << QList<int> {}
            << QString() << true;
        QTest::newRow("full page with one swap stops")
            << QList<qint64> {1, 3, 2} << 3 << qint64(0) << u"out of order"_s << true << QList<int> {}
            << QString() << true;
        QTest::newRow("last page before since still stops")
            << QList<qint64> {30, 20, 10} << 50 << qint64(15) << u"backwards"_s << false << QList<int> {}
            << QString() << true;
    }

    void sinceSkipOrder()
    {
        QFETCH(QList<qint64>, page);
        QFETCH(int, requested);
        QFETCH(qint64, since);
        QFETCH(QString, stop);
        QFETCH(bool, outOfOrder);
        QFETCH(QList<int>, order);
        QFETCH(QString, warning);
        QFETCH(bool, done);

        Paging::SinceSkip state;
        state.since = since;
        state.pageSize = requested;
        const auto step = state.advance(page, requested, u"first"_s);
        if (stop.isEmpty())
            QVERIFY2(step.stop.isEmpty(), qPrintable(step.stop));
        else
            QVERIFY2(step.stop.contains(stop), qPrintable(step.stop));
        QVERIFY2(!step.stop.contains(u"progress"_s), qPrintable(step.stop));
        QCOMPARE(step.outOfOrder, outOfOrder);
        QCOMPARE(step.order, order);
        if (warning.isEmpty())
            QVERIFY2(step.warning.isEmpty(), qPrintable(step.warning));
        else
            QVERIFY2(step.warning.contains(warning), qPrintable(step.warning));
        QCOMPARE(state.done, done);
        QCOMPARE(step.keep, stop.isEmpty() ? int(page.size()) : 0);
        if (!order.isEmpty()) {
            QList<qint64> delivered;
            for (int i : order)
                delivered.append(page[i]);
            QVERIFY(std::is_sorted(delivered.cbegin(), delivered.cend()));
        }
    }

    void offset_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("maxItems");
        QTest::addColumn<bool>("reportTotal");
        QTest::addColumn<int>("expectedItems");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("empty (204)") << 0 << 100 << -1 << false << 0 << 1;
        QTest::newRow("short page") << 42 << 100 << -1 << false << 42 << 1;
        QTest::newRow("exact multiple needs one empty page") << 200 << 100 << -1 << false << 200 << 3;
        QTest::newRow("exact multiple with a total stops at once") << 200 << 100 << -1 << true << 200 << 2;
        QTest::newRow("several pages") << 250 << 100 << -1 << false << 250 << 3;
        QTest::newRow("cap") << 250 << 100 << 120 << false << 120 << 2;
    }

    void offset()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(int, maxItems);
        QFETCH(bool, reportTotal);
        Paging::Offset state;
        state.pageSize = pageSize;
        state.maxItems = maxItems;
        int items = 0;
        int requests = 0;
        while (!state.done && state.nextLimit() > 0) {
            QVERIFY(++requests < 100);
            const int limit = state.nextLimit();
            const int received = std::clamp(total - state.skip, 0, limit);
            int keep = 0;
            QVERIFY(state
                        .advance(
                            received, limit, reportTotal ? std::optional<qint64>(total) : std::nullopt, &keep)
                        .isEmpty());
            items += keep;
        }
        QTEST(items, "expectedItems");
        QTEST(requests, "expectedRequests");
    }

    void offsetStopsOnOversizedPage()
    {
        Paging::Offset state;
        state.pageSize = 10;
        int keep = 0;
        QVERIFY(!state.advance(11, 10, std::nullopt, &keep).isEmpty());
        QVERIFY(state.done);
    }

    void cursor()
    {
        Paging::Cursor state;
        QVERIFY(state.advance(u"c1"_s, true).isEmpty());
        QCOMPARE(state.after, u"c1"_s);
        QVERIFY(state.advance(u"c2"_s, true).isEmpty());
        QCOMPARE(state.after, u"c2"_s);
        QVERIFY(!state.done);
        QVERIFY(state.advance(u"c3"_s, false).isEmpty()); // no next: the end, whatever the cursor says
        QVERIFY(state.done);
    }

    void cursorRepeated_data()
    {
        QTest::addColumn<QStringList>("cursors");
        QTest::newRow("same cursor twice in a row") << QStringList {u"a"_s, u"a"_s};
        QTest::newRow("a cycle") << QStringList {u"a"_s, u"b"_s, u"a"_s};
    }

    void cursorRepeated()
    {
        QFETCH(QStringList, cursors);
        Paging::Cursor state;
        QString stall;
        for (const QString &c : cursors) {
            stall = state.advance(c, true);
            if (!stall.isEmpty())
                break;
        }
        QVERIFY(state.done);
        QVERIFY2(stall.contains(u"again"_s), qPrintable(stall));
    }

    void windowDeliversBoundaryOnce()
    {
        // 3 items share t=200 across pages of 4; the next window restarts at 200.
        const QList<Paging::Window::Item> all = {{100, u"a"_s}, {150, u"b"_s}, {200, u"c"_s}, {200, u"d"_s},
            {200, u"e"_s}, {300, u"f"_s}, {400, u"g"_s}};
        Paging::Window state;
        state.pageSize = 4;
        QStringList got;
        int requests = 0;
        while (!state.done) {
            QVERIFY(++requests < 20);
            QList<Paging::Window::Item> page;
            for (const auto &it : all) {
                if ((!state.since || it.time >= *state.since) && page.size() < state.pageSize)
                    page.append(it);
            }
            QList<int> keep;
            QVERIFY(state.advance(page, state.pageSize, &keep).isEmpty());
            for (int i : keep)
                got.append(page[i].key);
        }
        QCOMPARE(got, (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s}));
    }

    void windowStopsWhenStuck()
    {
        Paging::Window state;
        state.pageSize = 2;
        QList<int> keep;
        QVERIFY(state.advance({{5, u"a"_s}, {5, u"b"_s}}, 2, &keep).isEmpty());
        const QString stall = state.advance({{5, u"a"_s}, {5, u"b"_s}}, 2, &keep);
        QVERIFY(state.done);
        QVERIFY2(stall.contains(u"cannot move on"_s), qPrintable(stall));
    }

    void backwardReadsEverythingOnceNewestFirst_data()
    {
        QTest::addColumn<QList<qint64>>("stamps");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<qint64>("newest");
        QTest::addColumn<qint64>("floor");
        QTest::addColumn<bool>("newestFirst");

        const QList<qint64> spread = run(1'000'000, 200, 997);
        QList<qint64> bursts;
        for (int i = 0; i < 30; ++i)
            for (int k = 0; k < (i % 7) * 3 + 1; ++k)
                bursts.append(5'000'000 + qint64(i) * 40'000);
        QList<qint64> sameMs(23, 777'777);
        QList<qint64> mixed = run(10, 40, 3);
        mixed += QList<qint64>(12, 200);
        mixed += run(5'000'000'000, 30, 86'400'000);

        for (bool nf : {false, true}) {
            const char *o = nf ? "newest first" : "ascending";
            QTest::addRow("spread, small window, %s", o)
                << spread << 10 << qint64(100) << qint64(2'000'000) << qint64(0) << nf;
            QTest::addRow("spread, wide window, %s", o)
                << spread << 10 << qint64(10'000'000) << qint64(2'000'000) << qint64(0) << nf;
            QTest::addRow("spread, newest far ahead, %s", o)
                << spread << 7 << qint64(1000) << qint64(9'000'000'000) << qint64(0) << nf;
            QTest::addRow("bursts, page 4, %s", o)
                << bursts << 4 << qint64(1) << qint64(7'000'000) << qint64(0) << nf;
            QTest::addRow("one millisecond, page 5, %s", o)
                << sameMs << 5 << qint64(3600000) << qint64(777'777) << qint64(0) << nf;
            QTest::addRow("one millisecond, page 23, %s", o)
                << sameMs << 23 << qint64(50) << qint64(800'000) << qint64(0) << nf;
            QTest::addRow("mixed with floor, %s", o)
                << mixed << 6 << qint64(64) << qint64(8'000'000'000) << qint64(10) << nf;
            QTest::addRow("down to 0, %s", o) << (QList<qint64> {0, 0, 1, 2, 2, 3} + run(50, 20, 1)) << 2
                                              << qint64(5) << qint64(69) << qint64(0) << nf;
            QTest::addRow("empty stream, %s", o)
                << QList<qint64>() << 10 << qint64(1000) << qint64(5'000'000) << qint64(0) << nf;
        }
    }

    void backwardReadsEverythingOnceNewestFirst()
    {
        QFETCH(QList<qint64>, stamps);
        QFETCH(int, pageSize);
        QFETCH(qint64, window);
        QFETCH(qint64, newest);
        QFETCH(qint64, floor);
        QFETCH(bool, newestFirst);
        const QList<Msg> all = dataset(stamps);
        const BackwardWalk walk = walkBackward(all, pageSize, window, newest, floor, newestFirst);
        QVERIFY2(walk.stop.isEmpty(), qPrintable(walk.stop));
        QVERIFY(walk.warnings.isEmpty());
        QVERIFY(walk.asked.size() < 100000);

        // Every message at or after the floor exactly once, newest first.
        QSet<QString> seen;
        for (int i = 0; i < walk.delivered.size(); ++i) {
            QVERIFY2(!seen.contains(walk.delivered[i].id), qPrintable(walk.delivered[i].id));
            seen.insert(walk.delivered[i].id);
            if (i > 0)
                QVERIFY(walk.delivered[i - 1].ts >= walk.delivered[i].ts);
        }
        int expected = 0;
        for (const Msg &m : all)
            expected += m.ts >= floor;
        QCOMPARE(walk.delivered.size(), expected);
        // The exact timestamps of the stream, reversed (messages of one millisecond that spans
        // pages may come in any order among themselves).
        QList<qint64> expectedStamps;
        for (const Msg &m : all)
            if (m.ts >= floor)
                expectedStamps.prepend(m.ts);
        QList<qint64> gotStamps;
        for (const Msg &m : walk.delivered)
            gotStamps.append(m.ts);
        QCOMPARE(gotStamps, expectedStamps);

        // The windows tile time downwards: each starts right below the last one that was read,
        // a re-asked window keeps its end, and skip only ever grows inside one millisecond.
        for (int i = 0; i < walk.asked.size(); ++i) {
            const auto &r = walk.asked[i];
            QVERIFY(r.since <= r.until);
            QVERIFY(r.since >= floor);
            if (r.skip > 0)
                QCOMPARE(r.since, r.until);
            if (i == 0) {
                QCOMPARE(r.until, qMax<qint64>(0, newest));
                continue;
            }
            const auto &p = walk.asked[i - 1];
            QVERIFY(r.until == p.until || r.until == p.since - 1);
            if (r.until == p.until && r.skip == 0)
                QVERIFY(r.since > p.since); // the newer half of a full window
            if (r.skip > 0)
                QVERIFY(r.skip > p.skip || r.until != p.until);
        }
        QCOMPARE(walk.asked.constLast().since, floor);
    }

    void backwardWindowGrowsAndShrinks()
    {
        Paging::BackwardWindows w;
        w.pageSize = 8;
        w.window = 100;
        w.start(10'000);
        auto r = w.next();
        QCOMPARE(r.until, 10'000);
        QCOMPARE(r.since, 9'901);
        QCOMPARE(r.skip, 0);
        QCOMPARE(r.limit, 8);
        // Empty: doubles, next window right below.
        auto step = w.advance({});
        QVERIFY(!step.again && step.order.isEmpty() && !w.done);
        r = w.next();
        QCOMPARE(r.until, 9'900);
        QCOMPARE(r.since, 9'701);
        // Nearly empty (1 < 8/4): doubles again.
        step = w.advance({9'800});
        QCOMPARE(step.order, QList<int> {0});
        QCOMPARE(w.window, 400);
        // A quarter or more: keeps the width.
        step = w.advance({9'600, 9'650});
        QCOMPARE(w.window, 400);
        // Full: the page is dropped and the newer half asked with the same end.
        r = w.next();
        QCOMPARE(r.until, 9'300);
        step = w.advance(QList<qint64>(8, 9'000));
        QVERIFY(step.again);
        QVERIFY(step.order.isEmpty());
        QCOMPARE(w.next().until, 9'300);
        QCOMPARE(w.next().since, 9'101);
        QCOMPARE(w.window, 200);
    }

    void backwardSkipsInsideOneMillisecond()
    {
        Paging::BackwardWindows w;
        w.pageSize = 3;
        w.window = 1;
        w.start(50);
        auto step = w.advance({50, 50, 50}, u"a"_s);
        QCOMPARE(step.order, (QList<int> {2, 1, 0}));
        QCOMPARE(w.next().skip, 3);
        QCOMPARE(w.next().until, 50);
        // A server that ignores skip sends the same page again: stop, deliver nothing.
        step = w.advance({50, 50, 50}, u"a"_s);
        QVERIFY(!step.stop.isEmpty());
        QVERIFY(step.order.isEmpty());
        QVERIFY(w.done);
    }

    void backwardOrdersEveryPageNewestFirst()
    {
        Paging::BackwardWindows w;
        w.pageSize = 10;
        w.window = 100;
        w.start(100);
        // Newest first as sent: kept.
        auto step = w.advance({90, 50, 50, 10});
        QCOMPARE(step.order, (QList<int> {0, 1, 2, 3}));
        QVERIFY(step.warning.isEmpty());
        // Mixed: sorted, with a warning; a message outside the window is left out.
        w.start(100);
        step = w.advance({20, 90, 20, 150, 60});
        QCOMPARE(step.order, (QList<int> {1, 4, 2, 0}));
        QVERIFY(!step.warning.isEmpty());
    }

    void backwardStopsAtFloorAndZero()
    {
        Paging::BackwardWindows w;
        w.pageSize = 10;
        w.window = 1000;
        w.start(5'000, 4'500);
        QCOMPARE(w.next().since, 4'500);
        w.advance({4'600});
        QVERIFY(w.done);

        Paging::BackwardWindows z;
        z.window = 1000;
        z.start(300);
        QCOMPARE(z.next().since, 0);
        z.advance({});
        QVERIFY(z.done);

        // A floor after the newest message is ignored (a clock skew): read down to 0.
        Paging::BackwardWindows s;
        s.window = 10;
        s.start(100, 200);
        QCOMPARE(s.floor, 0);
    }

    void batches()
    {
        Paging::Batches b;
        for (int i = 0; i < 250; ++i)
            b.values.append(QString::number(i));
        QCOMPARE(b.take().size(), 100);
        QCOMPARE(b.take().size(), 100);
        const QStringList last = b.take();
        QCOMPARE(last.size(), 50);
        QCOMPARE(last.last(), u"249"_s);
        QVERIFY(b.done());
    }
};

INSPECTOR_TEST_APPLESS_MAIN(PagingTest)
#include "tst_paging.moc"
