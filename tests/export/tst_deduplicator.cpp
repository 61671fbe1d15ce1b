// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "data/ids.h"
#include "data/parse.h"
#include "export/deduplicator.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

Message msg(const QString &id, qint64 ts, const QString &replacedBy = {}, const QString &text = u"x"_s)
{
    QJsonObject o{{u"messageId"_s, id}, {u"timestamp"_s, ts}, {u"message"_s, text}};
    if (!replacedBy.isEmpty())
        o.insert(u"replacedBy"_s, replacedBy);
    return Parse::messageFromJson(o);
}

QStringList ids(const QList<Deduplicator::Item> &items)
{
    QStringList out;
    for (const auto &i : items)
        out.append(i.message.messageId);
    return out;
}

const QString m8 = u"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"_s;
const QString m8Standard = u"WTYL5gdFmkzT7+FdtlaFgn///mSB00JfbQ=="_s;

} // namespace

class DeduplicatorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothFormsAreOneMessage()
    {
        Deduplicator d;
        QList<Deduplicator::Item> out = d.add({msg(u"a"_s, 1), msg(m8, 5), msg(m8Standard, 5), msg(u"b"_s, 6)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList{u"a"_s, m8, u"b"_s}));
        QCOMPARE(out[1].derived.duplicates, 1);
        QCOMPARE(d.dropped(), 1);
        QCOMPARE(d.late(), 0);
    }

    void duplicateAcrossPagesIsStillCaught()
    {
        Deduplicator d;
        auto out = d.add({msg(u"a"_s, 1), msg(m8, 5)});
        QCOMPARE(ids(out), QStringList{u"a"_s}); // m8 is held: its millisecond is not over
        out += d.add({msg(m8Standard, 5), msg(u"c"_s, 7)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList{u"a"_s, m8, u"c"_s}));
    }

    void newestVersionWins()
    {
        Deduplicator d;
        auto out = d.add({msg(m8, 5, {}, u"old"_s), msg(m8Standard, 5, u"edit"_s, u"new"_s)});
        out += d.flush();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].message.replacedBy, u"edit"_s);
        QCOMPARE(out[0].derived.duplicates, 1);
        // And the other way round: the first copy already knows the edit, the second does not.
        Deduplicator d2;
        auto out2 = d2.add({msg(m8, 5, u"edit"_s), msg(m8Standard, 5)});
        out2 += d2.flush();
        QCOMPARE(out2[0].message.replacedBy, u"edit"_s);
    }

    void lateDuplicateIsDroppedAndCounted()
    {
        Deduplicator d;
        auto out = d.add({msg(m8, 5), msg(u"x"_s, 9), msg(m8Standard, 10)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList{m8, u"x"_s}));
        QCOMPARE(d.dropped(), 1);
        QCOMPARE(d.late(), 1);
    }

    void sameMillisecondDistinctMessagesKeepOrder()
    {
        Deduplicator d;
        auto out = d.add({msg(u"p"_s, 5), msg(u"q"_s, 5), msg(u"r"_s, 5)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList{u"p"_s, u"q"_s, u"r"_s}));
        QCOMPARE(d.dropped(), 0);
    }

    void messagesWithoutIdAreAlwaysKept()
    {
        // Regression: an empty key matched every other message without an id.
        Deduplicator d;
        auto out = d.add({msg(QString(), 5), msg(QString(), 5), msg(QString(), 6)});
        out += d.flush();
        QCOMPARE(out.size(), 3);
        QCOMPARE(d.dropped(), 0);
    }

    void disabledKeepsEverything()
    {
        Deduplicator d(false);
        auto out = d.add({msg(m8, 5), msg(m8Standard, 5)});
        out += d.flush();
        QCOMPARE(out.size(), 2);
        QCOMPARE(d.dropped(), 0);
    }
};

QTEST_APPLESS_MAIN(DeduplicatorTest)
#include "tst_deduplicator.moc"
