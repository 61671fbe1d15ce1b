// SPDX-License-Identifier: Apache-2.0
// The archive's messages table at size (bench/gui-run.sh --archive drives it):
//   archive-table-bench --make FILE --messages N   makes a SQLite archive of one room of N messages
//   archive-table-bench --open FILE                 opens it in a QTableView and measures
// The second run is a process of its own, so that its peak RSS is the viewer's alone. It reports
// the time from choosing the stream to the first rows painted, the peak RSS against the bytes of
// the messages' JSON, and how late a 10 ms timer fires on the GUI thread (a stall: over 50 ms)
// while the table is scrolled end to end, a page at a time, to random places, filtered and searched.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "archive/archivemessagemodel.h"
#include "archive/readthread.h"
#include "archive/store.h"
#include "common/syntheticarchive.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;

namespace {

qint64 procStatusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** @brief How late a 10 ms timer fires on the GUI thread. */
class LagProbe final : public QObject
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.restart() - 10;
            m_max = qMax(m_max, late);
            m_stalls += late > 50 ? 1 : 0;
        });
    }
    void start()
    {
        m_max = 0;
        m_stalls = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 maxLateMs() const { return m_max; }
    int stalls() const { return m_stalls; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
    int m_stalls = 0;
};

/// Runs the event loop until @p done (checked every millisecond) or @p timeoutMs: the benchmark's
/// driver, never the program's way.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QEventLoop loop;
    QTimer check;
    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    check.start(1);
    loop.exec();
    return ok;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool visibleLoaded(QTableView &view, const ArchiveMessageModel &model)
{
    const int first = view.rowAt(0);
    if (model.rowCount() == 0)
        return !model.isLoading();
    if (first < 0)
        return false;
    int last = view.rowAt(view.viewport()->height() - 1);
    if (last < 0)
        last = model.rowCount() - 1;
    for (int r = first; r <= last; ++r)
        if (!model.isRowLoaded(r))
            return false;
    return true;
}

/// Measures the time from @p act to the first paint of the viewport that shows only loaded rows.
class PaintClock final : public QObject
{
public:
    PaintClock(QTableView &view, ArchiveMessageModel &model)
        : m_view(view)
        , m_model(model)
    {
        view.viewport()->installEventFilter(this);
    }
    double measure(const std::function<void()> &act)
    {
        m_done = false;
        m_clock.start();
        act();
        // A paint that never came (nothing changed on screen) reads -1.
        return waitUntil([this] { return m_done; }, 30000) ? m_ms : -1;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && visibleLoaded(m_view, m_model)) {
            m_done = true;
            m_ms = double(m_clock.nsecsElapsed()) / 1e6;
        }
        return false;
    }

private:
    QTableView &m_view;
    ArchiveMessageModel &m_model;
    QElapsedTimer m_clock;
    bool m_done = true;
    double m_ms = 0;
};

struct Phase
{
    const char *name;
    qint64 worstLate = 0;
    int stalls = 0;
    QString note;
};

int make(const QString &file, qint64 messages)
{
    QFile::remove(file);
    QElapsedTimer clock;
    clock.start();
    const QString error = TestSupport::SyntheticArchive::make(Location::parse(file).value(), messages);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "archive-table-bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("made %s: %lld messages in %.1f s\n", qPrintable(file), qlonglong(messages),
        double(clock.elapsed()) / 1000);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    if (!option(u"--make"_s).isEmpty())
        return make(option(u"--make"_s),
            option(u"--messages"_s).isEmpty() ? 1000000 : option(u"--messages"_s).toLongLong());
    const QString file = option(u"--open"_s);
    if (file.isEmpty()) {
        std::fprintf(stderr, "usage: archive-table-bench --make FILE [--messages N] | --open FILE\n");
        return 2;
    }
    const Location location = Location::parse(file).value();

    // The JSON the live table would hold for these messages (each one's current version), read
    // before the viewer starts and on a connection that is closed again.
    qint64 jsonBytes = 0, messages = 0;
    {
        Result<std::unique_ptr<Store>> store = Store::open(location, Store::Mode::Read);
        if (!store) {
            std::fprintf(stderr, "archive-table-bench: %s\n", qPrintable(store.error().message()));
            return 1;
        }
        jsonBytes
            = store.value()
                  ->scalar(u"SELECT SUM(LENGTH(r.json)) FROM message m JOIN message_revision r ON "
                           "r.stream_id = m.stream_id AND r.message_id = m.message_id AND r.rev = m.rev"_s)
                  .value()
                  .toLongLong();
        messages = store.value()->scalar(u"SELECT COUNT(*) FROM message"_s).value().toLongLong();
    }

    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1200, 800);
    view.show();
    waitUntil([&view] { return view.isVisible(); });
    pause(200);
    const qint64 rssBeforeKb = procStatusKb("VmRSS");

    LagProbe probe;
    QList<Phase> phases;
    auto phase = [&](const char *name, const std::function<QString()> &run) {
        probe.start();
        const QString note = run();
        phases.append({name, probe.maxLateMs(), probe.stalls(), note});
    };

    ReadThread reader(location);
    waitUntil([&reader] { return reader.isOpen(); });
    ArchiveMessageModel model(&reader);
    view.setModel(&model);
    PaintClock paint(view, model);
    double firstRowsMs = 0, indexMs = 0;
    QElapsedTimer clock;
    QScrollBar *bar = view.verticalScrollBar();

    phase("open the stream", [&] {
        clock.start();
        firstRowsMs = paint.measure([&] { model.setStream(TestSupport::SyntheticArchive::streamId()); });
        waitUntil([&] { return model.hasIndex(); });
        indexMs = double(clock.elapsed());
        return u"%1 rows; first rows painted in %2 ms; index of every %3th key in %4 ms"_s
            .arg(model.rowCount())
            .arg(firstRowsMs, 0, 'f', 1)
            .arg(ArchiveMessageModel::PageRows)
            .arg(indexMs, 0, 'f', 0);
    });

    phase("scroll bar dragged end to end", [&] {
        // 400 steps of 10 ms from the top to the bottom, as a drag, then the rows at the end.
        clock.start();
        for (int step = 1; step <= 400; ++step) {
            bar->setValue(int(qint64(bar->maximum()) * step / 400));
            pause(10);
        }
        const qint64 drag = clock.elapsed();
        const double end = paint.measure([&] { view.viewport()->update(); });
        return u"drag %1 ms; the last rows painted %2 ms after it ended; %3 pages cancelled so far"_s
            .arg(drag)
            .arg(end, 0, 'f', 1)
            .arg(model.pagesCancelled());
    });

    phase("fast drag back to the top", [&] {
        // 200 steps of 1 ms: faster than pages come, so requests the view has left are cancelled.
        const int cancelledBefore = model.pagesCancelled();
        const int readBefore = model.pagesRead();
        for (int step = 199; step >= 0; --step) {
            bar->setValue(int(qint64(bar->maximum()) * step / 200));
            pause(1);
        }
        const double end = paint.measure([&] { view.viewport()->update(); });
        return u"the first rows painted %1 ms after it ended; pages read %2, cancelled %3"_s
            .arg(end, 0, 'f', 1)
            .arg(model.pagesRead() - readBefore)
            .arg(model.pagesCancelled() - cancelledBefore);
    });

    phase("page down x 300", [&] {
        bar->setValue(0);
        waitUntil([&] { return visibleLoaded(view, model); });
        QList<double> times;
        for (int i = 0; i < 300; ++i)
            times.append(paint.measure([&] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); }));
        std::sort(times.begin(), times.end());
        return u"to rows painted: median %1 ms, worst %2 ms"_s.arg(times.at(times.size() / 2), 0, 'f', 1)
            .arg(times.last(), 0, 'f', 1);
    });

    phase("100 jumps to random places", [&] {
        QRandomGenerator random(7);
        QList<double> times;
        for (int i = 0; i < 100; ++i) {
            const int to = int(random.bounded(bar->maximum() + 1));
            times.append(paint.measure([&] { bar->setValue(to); }));
        }
        std::sort(times.begin(), times.end());
        return u"to rows painted: median %1 ms, worst %2 ms"_s.arg(times.at(times.size() / 2), 0, 'f', 1)
            .arg(times.last(), 0, 'f', 1);
    });

    auto filtered = [&](const std::function<void()> &set) -> QString {
        const double ms = paint.measure(set);
        waitUntil([&] { return model.hasIndex(); });
        return u"%1 rows, painted in %2 ms"_s.arg(model.rowCount()).arg(ms, 0, 'f', 1);
    };
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(TestSupport::SyntheticArchive::Base).date();
    phase("filter: a week of days", [&]() -> QString {
        const QString note = filtered([&] { model.setDays(firstDay.addDays(100), firstDay.addDays(106)); });
        return note
            + u"; middle painted in %1 ms"_s.arg(
                paint.measure([&] { bar->setValue(bar->maximum() / 2); }), 0, 'f', 1);
    });
    phase("filter: days cleared", [&] { return filtered([&] { model.setDays({}, {}); }); });
    phase("search: a word in 1 message of 100", [&]() -> QString {
        const QString note = filtered([&] { model.setSearch(u"kumquat"_s); });
        return note
            + u"; middle painted in %1 ms"_s.arg(
                paint.measure([&] { bar->setValue(bar->maximum() / 2); }), 0, 'f', 1);
    });
    phase("search: a word in every message", [&]() -> QString {
        const QString note = filtered([&] { model.setSearch(u"rates"_s); });
        return note
            + u"; middle painted in %1 ms"_s.arg(
                paint.measure([&] { bar->setValue(bar->maximum() / 2); }), 0, 'f', 1);
    });
    phase("search cleared, oldest first", [&] {
        model.setSearch({});
        return filtered([&] { model.sort(MessageTableModel::TimeColumn, Qt::AscendingOrder); });
    });

    const qint64 peakKb = procStatusKb("VmHWM");
    std::printf("Archive table benchmark: %lld messages, %.1f MB of message JSON\n", qlonglong(messages),
        double(jsonBytes) / 1048576);
    std::printf("first rows painted after choosing the stream: %.1f ms (target 200) %s\n", firstRowsMs,
        firstRowsMs <= 200 ? "PASS" : "MISS");
    const double ratio = double(peakKb) * 1024 / double(std::max<qint64>(jsonBytes, 1));
    const double growth = double(peakKb - rssBeforeKb) * 1024 / double(std::max<qint64>(jsonBytes, 1));
    std::printf(
        "RSS before the stream %.1f MB, peak %.1f MB: peak/JSON %.3f (target 0.5) %s, growth/JSON %.3f\n",
        double(rssBeforeKb) / 1024, double(peakKb) / 1024, ratio, ratio <= 0.5 ? "PASS" : "MISS", growth);
    std::printf("held at the end: %d rows in %d pages; pages read %d, cancelled %d\n", model.heldRows(),
        model.heldPages(), model.pagesRead(), model.pagesCancelled());
    std::printf("GUI thread (10 ms timer, worst lateness; target no stall over 50 ms):\n");
    bool allPass = true;
    for (const Phase &p : std::as_const(phases)) {
        allPass = allPass && p.worstLate <= 50;
        std::printf("  %-38s %5lld ms worst, %3d stalls %s  (%s)\n", p.name, qlonglong(p.worstLate), p.stalls,
            p.worstLate <= 50 ? "PASS" : "MISS", qPrintable(p.note));
    }
    return 0;
}
