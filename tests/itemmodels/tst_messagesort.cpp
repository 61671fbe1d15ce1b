// SPDX-License-Identifier: Apache-2.0
// The order the messages table sorts in (MessageSort, used by MessageFilterProxy), on made-up rows.
#include <QTest>

#include "common/testsuite.h"
#include "itemmodels/messagesort.h"

using namespace Inspector;
using namespace Qt::StringLiterals;

namespace {

struct FakeRows
{
    std::vector<MessageRow> rows;
    QHash<qint64, QString> names;
    QStringList texts;

    const MessageRow &row(int i) const { return rows[size_t(i)]; }
    QString senderName(qint64 id) const { return names.value(id); }
    QString plainText(int i) const { return texts.at(i); }

    void add(qint64 timestamp, qint64 sender, const QString &text, quint16 attachments = 0)
    {
        MessageRow r;
        r.timestamp = timestamp;
        r.senderId = sender;
        r.attachments = attachments;
        rows.push_back(r);
        texts.append(text);
    }
    std::vector<int> all() const
    {
        std::vector<int> out(rows.size());
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = int(i);
        return out;
    }
};

/// The order sortRows() promises, computed the slow and obvious way.
std::vector<int> expectedOrder(const FakeRows &rows, int column, Qt::SortOrder order)
{
    std::vector<int> out = rows.all();
    auto key = [&](int i) -> QString {
        switch (column) {
        case MessageTableModel::SenderColumn: {
            const QString name = rows.senderName(rows.row(i).senderId);
            return (name.isEmpty() ? QString::number(rows.row(i).senderId) : name).toCaseFolded();
        }
        case MessageTableModel::TextColumn:
            return rows.plainText(i).toCaseFolded();
        default:
            return {};
        }
    };
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        if (MessageSort::isTextColumn(column)) {
            const QString ka = key(a);
            const QString kb = key(b);
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        }
        const qint64 ka = MessageSort::numberKey(rows.row(a), column);
        const qint64 kb = MessageSort::numberKey(rows.row(b), column);
        return order == Qt::AscendingOrder ? ka < kb : kb < ka;
    });
    return out;
}

FakeRows sample()
{
    FakeRows r;
    r.names = {{1, u"Zoë Trader"_s}, {2, u"alice Analyst"_s}, {3, u"ALICE analyst"_s}, {4, QString()}};
    const QString template64
        = QString(u"Trade confirmation for account 0000-1111-2222, desk FX spot, book "_s);
    r.add(500, 1, template64 + u"EURUSD 10m at 1.0850"_s, 1);
    r.add(400, 2, template64 + u"EURUSD 10m at 1.0849"_s);
    r.add(400, 3, u"hello"_s, 2);
    r.add(300, 4, u"Hello"_s);
    r.add(300, 2, template64.left(MessageSort::TextPrefix)); // exactly the prefix, no more
    r.add(200, 1, template64 + u"eurusd 10M AT 1.0850"_s, 1); // equal to row 0 once case-folded
    r.add(100, 3, QString(), 3);
    r.add(100, 4, u"\u00e9clair"_s);
    r.add(50, 1, template64.left(MessageSort::TextPrefix - 1) + u"A"_s + template64);
    return r;
}

} // namespace

class MessageSortTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsLikeAStableSortOfTheKeys_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column = 0; column < MessageTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow(
                    "column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                    << column << int(order);
        }
    }

    void sortsLikeAStableSortOfTheKeys()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        const FakeRows rows = sample();
        QVERIFY(rows.texts.at(0).size() > MessageSort::TextPrefix); // the long texts tie on their prefix
        std::vector<int> got = rows.all();
        MessageSort::sortRows(rows, column, Qt::SortOrder(order), got);
        QCOMPARE(got, expectedOrder(rows, column, Qt::SortOrder(order)));
        // The one-at-a-time comparison agrees with the order, pair by pair.
        for (size_t i = 0; i < got.size(); ++i) {
            for (size_t j = 0; j < got.size(); ++j) {
                const bool before
                    = MessageSort::sortsBefore(rows, column, Qt::SortOrder(order), got[i], got[j]);
                QVERIFY2(before == (i < j), qPrintable(u"rows %1 and %2"_s.arg(got[i]).arg(got[j])));
            }
        }
    }

    void textSortsByTheWholeTextBeyondThePrefix()
    {
        const FakeRows rows = sample();
        std::vector<int> got = rows.all();
        MessageSort::sortRows(rows, MessageTableModel::TextColumn, Qt::AscendingOrder, got);
        auto position = [&](int row) { return std::find(got.cbegin(), got.cend(), row) - got.cbegin(); };
        // Same 64-character start: "...1.0849" before "...1.0850"; the bare prefix before both.
        QVERIFY(position(4) < position(1));
        QVERIFY(position(1) < position(0));
        // Equal once case-folded: the model's order decides.
        QVERIFY(position(0) < position(5));
        // "hello" and "Hello" tie the same way; the empty text comes first.
        QVERIFY(position(2) < position(3));
        QCOMPARE(got.front(), 6);
    }

    void senderWithoutNameSortsByItsId()
    {
        const FakeRows rows = sample();
        std::vector<int> got = rows.all();
        MessageSort::sortRows(rows, MessageTableModel::SenderColumn, Qt::AscendingOrder, got);
        // User 4 has no name: "4" sorts before letters; the two Alices tie and keep their order.
        QCOMPARE(got.front(), 3);
        QCOMPARE(got[1], 7);
        QCOMPARE(got[2], 1);
        QCOMPARE(got[3], 2);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(MessageSortTest)
#include "tst_messagesort.moc"
