// SPDX-License-Identifier: Apache-2.0
// The archive's messages table in a QTableView: the scroll bar dragged to the middle and to the end
// loads the rows on screen (and only pages around them), placeholders until then.
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "archive/archivemessagemodel.h"
#include "archive/readthread.h"
#include "common/syntheticarchive.h"
#include "common/testsuite.h"

using namespace Inspector;
using namespace Inspector::Archive;
using namespace Qt::StringLiterals;
using TestSupport::SyntheticArchive;

class TestArchiveTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Location m_location;
    static constexpr int Messages = 20000;

    /// The rows the view shows now: first and last.
    static QPair<int, int> visibleRows(QTableView &view)
    {
        const int first = view.rowAt(0);
        int last = view.rowAt(view.viewport()->height() - 1);
        if (last < 0)
            last = view.model()->rowCount() - 1;
        return {first, last};
    }
    static bool allLoaded(const ArchiveMessageModel &model, QPair<int, int> rows)
    {
        for (int r = rows.first; r <= rows.second; ++r)
            if (!model.isRowLoaded(r))
                return false;
        return rows.first >= 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = Location::parse(m_dir.filePath(u"archive.sqlite"_s)).value();
        const QString made = SyntheticArchive::make(m_location, Messages);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void scrollingLoadsTheRowsOnScreen()
    {
        ReadThread reader(m_location);
        ArchiveMessageModel model(&reader);
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        model.setStream(SyntheticArchive::streamId());
        QTRY_COMPARE(model.rowCount(), Messages);
        QTRY_VERIFY(allLoaded(model, visibleRows(view)));
        QCOMPARE(model.data(model.index(0, MessageTableModel::TextColumn)).toString(),
            u"Message %1 about rates"_s.arg(Messages - 1));
        QTRY_VERIFY(model.hasIndex());

        // The scroll bar dragged to the middle: the rows there come, without reading those before.
        const int readBefore = model.pagesRead();
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const QPair<int, int> middle = visibleRows(view);
        QVERIFY2(middle.first > Messages / 3, qPrintable(QString::number(middle.first)));
        QVERIFY(!model.isRowLoaded(middle.first));
        QCOMPARE(model.data(model.index(middle.first, MessageTableModel::TextColumn)).toString(),
            ArchiveMessageModel::placeholder());
        QTRY_VERIFY(allLoaded(model, visibleRows(view)));
        QVERIFY(model.pagesRead() - readBefore <= 2);
        const int shown = visibleRows(view).first;
        QCOMPARE(model.data(model.index(shown, MessageTableModel::TextColumn)).toString(),
            u"Message %1 about rates"_s.arg(Messages - 1 - shown));

        // ... and to the end.
        bar->setValue(bar->maximum());
        QTRY_VERIFY(allLoaded(model, visibleRows(view)));
        QCOMPARE(visibleRows(view).second, Messages - 1);
        QCOMPARE(model.messageId(Messages - 1), u"m0"_s);
        QVERIFY(model.pagesRead() - readBefore <= 4);
    }
};

INSPECTOR_TEST_MAIN(TestArchiveTable)
#include "tst_archivetable.moc"
