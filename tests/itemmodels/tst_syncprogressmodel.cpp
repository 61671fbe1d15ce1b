// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "common/testsuite.h"
#include "itemmodels/plaintooltip.h"
#include "itemmodels/syncprogressmodel.h"

using namespace Qt::StringLiterals;
using namespace Inspector;
using State = Archive::SyncStreamState::State;

namespace {

Archive::SyncStreamState stream(const QString &id, const QString &name, State state, qint64 messages = 0,
    qint64 started = 0, qint64 ended = 0)
{
    Archive::SyncStreamState s;
    s.streamId = id;
    s.name = name;
    s.state = state;
    s.messages = messages;
    s.startedMs = started;
    s.endedMs = ended;
    return s;
}

Archive::SyncStatus status(qint64 elapsed, const QList<Archive::SyncStreamState> &streams)
{
    Archive::SyncStatus s;
    s.totals.elapsedMs = elapsed;
    s.totals.streamsTotal = 3;
    s.streams = streams;
    return s;
}

} // namespace

/// The progress list of a sync from the window: rows in listing order, updated in place.
class SyncProgressModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheBatches()
    {
        SyncProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A stream listed then started in one batch is one row with its latest state.
        model.apply(status(10,
            {stream(u"a"_s, u"Rates <b>Desk</b>"_s, State::Waiting),
                stream(u"b"_s, QString(), State::Waiting),
                stream(u"a"_s, u"Rates <b>Desk</b>"_s, State::Running, 0, 5)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, SyncProgressModel::StreamColumn).data().toString(), u"Rates <b>Desk</b>"_s);
        QCOMPARE(model.index(0, SyncProgressModel::StateColumn).data().toString(), u"running"_s);
        QCOMPARE(
            model.index(1, SyncProgressModel::StreamColumn).data().toString(), u"b"_s); // no name: the id
        QCOMPARE(model.index(1, SyncProgressModel::StateColumn).data().toString(), u"waiting"_s);
        QCOMPARE(model.index(1, SyncProgressModel::RateColumn).data().toString(), QString());
        // Server text is plain text in the tooltip.
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(PlainToolTipPrefix));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"&lt;b&gt;"_s));

        // Updates in place; a new stream is appended.
        changed.clear();
        model.apply(status(2005,
            {stream(u"a"_s, u"Rates"_s, State::Done, 400, 5, 2005),
                stream(u"b"_s, QString(), State::Running, 10, 1005),
                stream(u"c"_s, u"Third"_s, State::Waiting)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, SyncProgressModel::StateColumn).data().toString(), u"done"_s);
        QCOMPARE(model.rate(0), 200.0);
        QCOMPARE(model.rate(1), 10.0);
        QCOMPARE(model.index(0, SyncProgressModel::RateColumn).data().toString(), u"200/s"_s);
        QCOMPARE(model.totals().elapsedMs, 2005);

        Archive::SyncStreamState im = stream(u"d"_s, QString(), State::Waiting);
        im.type = u"IM"_s;
        model.apply(status(2005, {im}));
        QCOMPARE(model.index(3, SyncProgressModel::StreamColumn).data().toString(), u"IM d"_s);

        Archive::SyncStreamState failed = stream(u"c"_s, u"Third"_s, State::Failed, 0, 2005, 2100);
        failed.failure = u"members: refused"_s;
        model.apply(status(2100, {failed}));
        QCOMPARE(model.index(2, SyncProgressModel::StateColumn).data().toString(), u"failed"_s);
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(u"members: refused"_s));

        // Cancelled: a stream still running waits for the next sync.
        model.finish();
        QCOMPARE(model.index(1, SyncProgressModel::StateColumn).data().toString(), u"waiting"_s);
        QCOMPARE(model.index(1, SyncProgressModel::MessagesColumn).data().toString(), u"10"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().elapsedMs, 0);
    }

    void streamsWithoutIdAreNotRows()
    {
        SyncProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(status(1, {stream(QString(), u"x"_s, State::Failed)}));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(SyncProgressModel::RateColumn, Qt::Horizontal).toString(), u"Rate"_s);
    }
};

INSPECTOR_TEST_MAIN(SyncProgressModelTest)

#include "tst_syncprogressmodel.moc"
