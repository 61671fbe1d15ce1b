// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include <algorithm>

#include "api/paging.h"

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

        QTest::newRow("empty stream") << QList<qint64>{} << 500 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("one short page") << run(1000, 7, 10) << 500 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("exactly one full page") << run(1000, 5, 10) << 5 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("several pages") << run(1000, 23, 10) << 5 << qint64(0) << qint64(-1) << -1;

        // Messages 3..7 share one millisecond across the boundary of pages of 5.
        QList<qint64> shared = run(1000, 3, 10);
        shared += QList<qint64>(5, 2000);
        shared += run(3000, 6, 10);
        QTest::newRow("same timestamp across a page boundary") << shared << 5 << qint64(0) << qint64(-1) << -1;

        // More messages on one millisecond than a page holds, and a page that starts on it.
        QList<qint64> crowd = run(1000, 2, 10);
        crowd += QList<qint64>(13, 5000);
        crowd += run(6000, 4, 1);
        QTest::newRow("a whole page on one timestamp") << crowd << 5 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("everything on one timestamp") << QList<qint64>(12, 42) << 5 << qint64(0) << qint64(-1) << -1;
        QTest::newRow("since starts inside the data") << run(1000, 30, 10) << 4 << qint64(1105) << qint64(-1) << -1;
        QTest::newRow("until is inclusive") << run(1000, 30, 10) << 4 << qint64(0) << qint64(1150) << -1;
        QTest::newRow("limit caps the total") << shared << 5 << qint64(0) << qint64(-1) << 7;
        QTest::newRow("limit smaller than a page") << run(1000, 30, 10) << 500 << qint64(0) << qint64(-1) << 3;
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
            int keep = 0;
            const QString stall = state.advance(times, limit, page.isEmpty() ? QString() : page.first().id, &keep);
            QVERIFY2(stall.isEmpty(), qPrintable(stall));
            for (int i = 0; i < keep; ++i)
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
            int keep = 0;
            stall = state.advance(times, 5, page.first().id, &keep);
        }
        QVERIFY(state.done);
        QVERIFY2(stall.contains(u"same page"_s), qPrintable(stall));
    }

    void sinceSkipStopsWhenTimeGoesBackwards()
    {
        Paging::SinceSkip state;
        state.since = 1000;
        int keep = -1;
        const QString stall = state.advance({999, 1001}, 5, u"x"_s, &keep);
        QVERIFY(state.done);
        QCOMPARE(keep, 0);
        QVERIFY2(stall.contains(u"backwards"_s), qPrintable(stall));
    }

    void sinceSkipRejectsUnsortedAndOversizedPages()
    {
        Paging::SinceSkip unsorted;
        int keep = 0;
        QVERIFY(!unsorted.advance({5, 3}, 5, u"a"_s, &keep).isEmpty());
        QVERIFY(unsorted.done);
        Paging::SinceSkip oversized;
        QVERIFY(!oversized.advance({1, 2, 3}, 2, u"a"_s, &keep).isEmpty());
        QVERIFY(oversized.done);
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
            QVERIFY(state.advance(received, limit, reportTotal ? std::optional<qint64>(total) : std::nullopt, &keep)
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
        QTest::newRow("same cursor twice in a row") << QStringList{u"a"_s, u"a"_s};
        QTest::newRow("a cycle") << QStringList{u"a"_s, u"b"_s, u"a"_s};
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
        QCOMPARE(got, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s}));
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

QTEST_APPLESS_MAIN(PagingTest)
#include "tst_paging.moc"
