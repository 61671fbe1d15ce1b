// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "export/deduplicator.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

Message msg(const QString &id, qint64 ts, const QString &replacedBy = {}, const QString &text = u"x"_s)
{
    QJsonObject o {{u"messageId"_s, id}, {u"timestamp"_s, ts}, {u"message"_s, text}};
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
        QList<Deduplicator::Item> out
            = d.add({msg(u"a"_s, 1), msg(m8, 5), msg(m8Standard, 5), msg(u"b"_s, 6)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList {u"a"_s, m8, u"b"_s}));
        QCOMPARE(out[1].derived.duplicates, 1);
        QCOMPARE(d.dropped(), 1);
        QCOMPARE(d.late(), 0);
    }

    void duplicateAcrossPagesIsStillCaught()
    {
        Deduplicator d;
        auto out = d.add({msg(u"a"_s, 1), msg(m8, 5)});
        QCOMPARE(ids(out), QStringList {u"a"_s}); // m8 is held: its millisecond is not over
        out += d.add({msg(m8Standard, 5), msg(u"c"_s, 7)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList {u"a"_s, m8, u"c"_s}));
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
        QCOMPARE(ids(out), (QStringList {m8, u"x"_s}));
        QCOMPARE(d.dropped(), 1);
        QCOMPARE(d.late(), 1);
    }

    void sameMillisecondDistinctMessagesKeepOrder()
    {
        Deduplicator d;
        auto out = d.add({msg(u"p"_s, 5), msg(u"q"_s, 5), msg(u"r"_s, 5)});
        out += d.flush();
        QCOMPARE(ids(out), (QStringList {u"p"_s, u"q"_s, u"r"_s}));
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

    void keysAreTheDecodedIdBytes()
    {
        // Both forms of one id are one compact key: the id's 25 bytes, not its 34 characters.
        const auto a = Deduplicator::compactKey(Ids::normalized(m8));
        const auto b = Deduplicator::compactKey(Ids::normalized(m8Standard));
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        QCOMPARE(int((*a)[0]), 25);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(a->data()) + 1, 25), Ids::decode(m8));
        QVERIFY(Deduplicator::compactKey(u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s) != a);
        QVERIFY(!Deduplicator::compactKey(u"not an id!"_s));
        QVERIFY(!Deduplicator::compactKey(QString()));
        QVERIFY(!Deduplicator::compactKey(QString(64, u'A'))); // 48 bytes: kept as text
    }

    void lateCopiesAreCaughtForEveryKindOfKey_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("again");
        QTest::newRow("id, other form") << m8 << m8Standard;
        QTest::newRow("not an id") << u"not an id!"_s << u"not an id!"_s;
        QTest::newRow("long id") << QString(64, u'A') << QString(64, u'A');
    }

    void lateCopiesAreCaughtForEveryKindOfKey()
    {
        QFETCH(QString, first);
        QFETCH(QString, again);
        Deduplicator d;
        auto out = d.add({msg(first, 5), msg(u"x"_s, 9), msg(again, 10)});
        out += d.flush();
        QCOMPARE(out.size(), 2);
        QCOMPARE(d.late(), 1);
        QCOMPARE(d.distinct(), 2);
    }

    void keepAndFlagListsEveryCopy()
    {
        Deduplicator d(Deduplicator::Mode::KeepAndFlag);
        const auto out = d.add({msg(m8, 5), msg(m8Standard, 5), msg(u"a"_s, 6), msg(m8, 7)});
        QCOMPARE(ids(out), (QStringList {m8, m8Standard, u"a"_s, m8}));
        QCOMPARE(out[0].derived.isDuplicate, false);
        QCOMPARE(out[1].derived.isDuplicate, true);
        QCOMPARE(out[2].derived.isDuplicate, false);
        QCOMPARE(out[3].derived.isDuplicate, true);
        QVERIFY(d.flush().isEmpty());
        QCOMPARE(d.dropped(), 0);
        QCOMPARE(d.distinct(), 2);
    }

    void isKnownSeesHeldAndWrittenMessages()
    {
        Deduplicator d;
        QVERIFY(!d.isKnown(msg(m8, 5)));
        d.add({msg(m8, 5)}); // held
        QVERIFY(d.isKnown(msg(m8Standard, 5)));
        d.add({msg(u"a"_s, 6)}); // m8 written
        QVERIFY(d.isKnown(msg(m8, 5)));
        QVERIFY(!d.isKnown(msg({}, 5))); // no id: never known
    }
};

INSPECTOR_TEST_APPLESS_MAIN(DeduplicatorTest)
#include "tst_deduplicator.moc"
