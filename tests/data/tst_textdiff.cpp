// SPDX-License-Identifier: Apache-2.0
// TextDiff: the line difference the History tab shows between two versions of a message.
#include <QTest>

#include "common/testsuite.h"
#include "data/textdiff.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
using Kind = TextDiff::Line::Kind;

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextIsAllSame()
    {
        const QList<TextDiff::Line> d = TextDiff::lines(u"a\nb"_s, u"a\nb"_s);
        QCOMPARE(d, (QList<TextDiff::Line> {{Kind::Same, u"a"_s}, {Kind::Same, u"b"_s}}));
    }

    void aChangedLineIsRemovedThenAdded()
    {
        const QList<TextDiff::Line> d = TextDiff::lines(u"first\nsecond\nlast"_s, u"first\nthird\nlast"_s);
        QCOMPARE(d,
            (QList<TextDiff::Line> {{Kind::Same, u"first"_s}, {Kind::Removed, u"second"_s},
                {Kind::Added, u"third"_s}, {Kind::Same, u"last"_s}}));
        QCOMPARE(TextDiff::unified(d), u"  first\n- second\n+ third\n  last"_s);
    }

    void insertionsAndDeletionsKeepTheCommonLines()
    {
        const QList<TextDiff::Line> d = TextDiff::lines(u"a\nb\nc\nd"_s, u"x\na\nc\nd\ny"_s);
        QCOMPARE(d,
            (QList<TextDiff::Line> {{Kind::Added, u"x"_s}, {Kind::Same, u"a"_s}, {Kind::Removed, u"b"_s},
                {Kind::Same, u"c"_s}, {Kind::Same, u"d"_s}, {Kind::Added, u"y"_s}}));
    }

    void emptyTexts()
    {
        QVERIFY(TextDiff::lines({}, {}).isEmpty());
        QCOMPARE(TextDiff::lines({}, u"new"_s), (QList<TextDiff::Line> {{Kind::Added, u"new"_s}}));
        QCOMPARE(TextDiff::lines(u"old"_s, {}), (QList<TextDiff::Line> {{Kind::Removed, u"old"_s}}));
    }

    void hugeTextsAreComparedAsWholes()
    {
        QStringList many;
        for (int i = 0; i <= TextDiff::MaxLines; ++i)
            many.append(QString::number(i));
        const QList<TextDiff::Line> d = TextDiff::lines(many.join(u'\n'), u"0"_s);
        QCOMPARE(d.size(), many.size() + 1);
        QCOMPARE(d.constLast(), (TextDiff::Line {Kind::Added, u"0"_s}));
        QCOMPARE(d.constFirst().kind, Kind::Removed);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
