// SPDX-License-Identifier: Apache-2.0
#include "common/testsuite.h"
#include "data/ids.h"

#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Inspector;

/** @brief Ids: conversion between the two Base64 forms, validation and decoding (docs §10). */
class IdsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void conversions_data();
    void conversions();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void bothFormsShareOneKey_data();
    void bothFormsShareOneKey();
    void decodesTheEmbeddedTime();
    void noStandardFormIsMadeUp_data();
    void noStandardFormIsMadeUp();
};

void IdsTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void IdsTest::conversions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("urlSafe");
    QTest::addColumn<QString>("standard");

    // Docs §10.3, each converted from both sides.
    const struct
    {
        const char *name;
        const char16_t *standard;
        const char16_t *urlSafe;
    } examples[] = {
        {"room", u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA==", u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"},
        {"im", u"BSH+voacKBbl55E4xafzFH///mSHAAb/dA==", u"BSH-voacKBbl55E4xafzFH___mSHAAb_dA"},
        {"message", u"yg3yyVqhRMHQ/y/zyPln/X///mSB2ar/bQ==", u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"},
        {"message-slash-only", u"KcGyiedSIZWzYuRPVOBUcH///mSB2MCfbQ==",
            u"KcGyiedSIZWzYuRPVOBUcH___mSB2MCfbQ"},
        {"docs", u"lX1hwfmQ+AK/k/a/BB0y2n///q2+0KfbdA==", u"lX1hwfmQ-AK_k_a_BB0y2n___q2-0KfbdA"},
    };
    for (const auto &e : examples) {
        const QString standard = QString::fromUtf16(e.standard);
        const QString urlSafe = QString::fromUtf16(e.urlSafe);
        QTest::addRow("%s-from-standard", e.name) << standard << urlSafe << standard;
        QTest::addRow("%s-from-url-safe", e.name) << urlSafe << urlSafe << standard;
    }
    QTest::newRow("standard-without-padding")
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA"_s << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
    QTest::newRow("url-safe-with-padding")
        << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA=="_s << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
    QTest::newRow("surrounding-whitespace")
        << u"  \tWM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA==\n"_s << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s;
    QTest::newRow("one-padding-character") << u"a-8"_s << u"a-8"_s << u"a+8="_s;
    QTest::newRow("no-padding-needed") << u"AAAA"_s << u"AAAA"_s << u"AAAA"_s;
}

void IdsTest::conversions()
{
    QFETCH(QString, input);
    QFETCH(QString, urlSafe);
    QFETCH(QString, standard);

    QCOMPARE(Ids::toUrlSafe(input), urlSafe);
    QCOMPARE(Ids::toStandard(input), standard);
    QCOMPARE(Ids::normalized(input), urlSafe);
    // Round trips in both directions.
    QCOMPARE(Ids::toUrlSafe(Ids::toStandard(input)), urlSafe);
    QCOMPARE(Ids::toStandard(Ids::toUrlSafe(input)), standard);
}

void IdsTest::valid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("bytes");

    QTest::newRow("url-safe-room") << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s << 25;
    QTest::newRow("standard-room") << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s << 25;
    QTest::newRow("standard-unpadded") << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA"_s << 25;
    QTest::newRow("url-safe-padded") << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA=="_s << 25;
    QTest::newRow("docs-example") << u"lX1hwfmQ+AK/k/a/BB0y2n///q2+0KfbdA=="_s << 25;
    QTest::newRow("surrounding-spaces") << u"  yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ  "_s << 25;
    QTest::newRow("letters-and-digits-only") << u"AAAA"_s << 3;
    // Real pods are not bound to 25 bytes; shorter and longer ids are accepted as they are.
    QTest::newRow("24-bytes") << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_"_s << 24;
    QTest::newRow("26-bytes") << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dAA"_s << 26;
    QTest::newRow("one-byte") << u"AA"_s << 1;
}

void IdsTest::valid()
{
    QFETCH(QString, id);
    QFETCH(int, bytes);

    const Result<> valid = Ids::validate(id);
    QVERIFY2(valid.ok(), qPrintable(valid.error().message()));
    QVERIFY(valid.error().message().isEmpty());
    QCOMPARE(Ids::decodedLength(id), bytes);
    bool ok = false;
    QCOMPARE(Ids::decode(id, &ok).size(), bytes);
    QVERIFY(ok);
}

void IdsTest::invalid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"The id is empty."_s;
    QTest::newRow("only-whitespace") << u"  \t "_s << u"The id is empty."_s;
    QTest::newRow("percent")
        << u"WM4HarJ2K%cuwJqoNJVsgH___mSGkin_dA"_s
        << u"The id 'WM4HarJ2K%cuwJqoNJVsgH___mSGkin_dA' contains the character '%', which is "
           u"not Base64."_s;
    QTest::newRow("inner-space")
        << u"WM4HarJ2K cuwJqoNJVsgH___mSGkin_dA"_s
        << u"The id 'WM4HarJ2K cuwJqoNJVsgH___mSGkin_dA' contains a space, which is not "
           u"Base64."_s;
    QTest::newRow("inner-tab") << u"WM4Har\tJ2K"_s
                               << u"The id 'WM4Har\tJ2K' contains a tab, which is not Base64."_s;
    QTest::newRow("inner-line-break")
        << u"WM4Har\nJ2K"_s << u"The id 'WM4Har\nJ2K' contains a line break, which is not Base64."_s;
    QTest::newRow("non-ascii-letter")
        << u"WM4Har\u00e9J2K"_s
        << u"The id 'WM4Har\u00e9J2K' contains the character '\u00e9', which is not "
           u"Base64."_s;
    QTest::newRow("control-character")
        << u"WM4Har\u0001J2K"_s
        << u"The id 'WM4Har\u0001J2K' contains the character U+0001, which is not "
           u"Base64."_s;
    QTest::newRow("mixed-minus-plus")
        << u"WM4HarJ2K-cuwJqoNJVsgH///mSGkin+dA"_s
        << u"The id 'WM4HarJ2K-cuwJqoNJVsgH///mSGkin+dA' mixes the URL-safe Base64 "
           u"character '-' with the standard Base64 character '/'; an id uses one "
           u"alphabet only."_s;
    QTest::newRow("mixed-underscore-slash")
        << u"WM4HarJ2K+cuwJqoNJVsgH___mSGkin/dA=="_s
        << u"The id 'WM4HarJ2K+cuwJqoNJVsgH___mSGkin/dA==' mixes the URL-safe "
           u"Base64 character '_' with the standard Base64 character '+'; an id "
           u"uses one alphabet only."_s;
    QTest::newRow("impossible-length")
        << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_d"_s
        << u"The id 'WM4HarJ2K-cuwJqoNJVsgH___mSGkin_d' has 33 Base64 characters, a "
           u"length that no Base64 value has."_s;
    QTest::newRow("single-character") << u"A"_s
                                      << u"The id 'A' has 1 Base64 characters, a length that no Base64 "
                                         u"value has."_s;
    QTest::newRow("too-much-padding")
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA==="_s
        << u"The id 'WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA===' ends in 3 '=' padding "
           u"characters where its length needs 2."_s;
    QTest::newRow("too-little-padding")
        << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA="_s
        << u"The id 'WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=' ends in 1 '=' padding "
           u"characters where its length needs 2."_s;
    QTest::newRow("padding-where-none-fits")
        << u"AAAA=="_s
        << u"The id 'AAAA==' ends in 2 '=' padding characters where its length "
           u"needs 0."_s;
    QTest::newRow("padding-in-the-middle")
        << u"WM4H=arJ2K"_s
        << u"The id 'WM4H=arJ2K' has '=' padding in the middle; padding may only "
           u"appear at the end."_s;
    QTest::newRow("only-padding") << u"=="_s << u"The id '==' consists only of '=' padding."_s;
    QTest::newRow("stray-bits")
        << u"AB"_s
        << u"The last character of the id 'AB' carries stray bits, so it is not a canonical "
           u"Base64 value."_s;
    QTest::newRow("long-garbage-is-shortened")
        << QString(200, u'*')
        << u"The id '"_s + QString(60, u'*') + u"\u2026' contains the character '*', which is not Base64."_s;
}

void IdsTest::invalid()
{
    QFETCH(QString, id);
    QFETCH(QString, error);

    const Result<> valid = Ids::validate(id);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().message(), error);
    QCOMPARE(Ids::decodedLength(id), -1);
    bool ok = true;
    QVERIFY(Ids::decode(id, &ok).isEmpty());
    QVERIFY(!ok);
}

void IdsTest::bothFormsShareOneKey_data()
{
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("urlSafe");

    QTest::newRow("room") << u"WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA=="_s
                          << u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
    QTest::newRow("external-message")
        << u"WTYL5gdFmkzT7+FdtlaFgn///mSB00JfbQ=="_s << u"WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"_s;
}

void IdsTest::bothFormsShareOneKey()
{
    QFETCH(QString, standard);
    QFETCH(QString, urlSafe);

    QCOMPARE(Ids::normalized(standard), Ids::normalized(urlSafe));
    QCOMPARE(Ids::normalized(standard), urlSafe);
    bool okStandard = false;
    bool okUrlSafe = false;
    QCOMPARE(Ids::decode(standard, &okStandard), Ids::decode(urlSafe, &okUrlSafe));
    QVERIFY(okStandard);
    QVERIFY(okUrlSafe);
}

void IdsTest::decodesTheEmbeddedTime()
{
    // Docs §10.2: bytes 16-23 hold Long.MAX_VALUE - creation time, byte 24 the type tag. This id is the
    // spec's attachment example, whose ingestionDate is 1548089976418: a check that decode() gives the
    // exact bytes, not merely 25 of them.
    bool ok = false;
    const QByteArray bytes = Ids::decode(u"KpjYuzMLR+JK1co7QBfukX///peOpZmdbQ=="_s, &ok);
    QVERIFY(ok);
    QCOMPARE(bytes.size(), Ids::TypicalLength);
    quint64 inverted = 0;
    for (int i = 16; i < 24; ++i)
        inverted = (inverted << 8) | quint8(bytes.at(i));
    QCOMPARE(qint64(std::numeric_limits<qint64>::max() - qint64(inverted)), Q_INT64_C(1548089976418));
    QCOMPARE(bytes.at(24), 'm');
}

INSPECTOR_TEST_APPLESS_MAIN(IdsTest)
void IdsTest::noStandardFormIsMadeUp_data()
{
    QTest::addColumn<QString>("id");
    // The official BDKs' fixtures use ids such as "test-message1": 13 characters, a length that no
    // Base64 value has. Its "standard form" would be the invented "test+message1===".
    QTest::newRow("bdk-fixture-id") << u"test-message1"_s;
    QTest::newRow("stray-bits") << u"ab-"_s;
    QTest::newRow("not-base64") << u"msg#1"_s;
    QTest::newRow("mixed-alphabets") << u"WM4HarJ2K-cuwJqoNJVsgH///mSGkin+dA"_s;
    QTest::newRow("empty") << QString();
}

void IdsTest::noStandardFormIsMadeUp()
{
    QFETCH(QString, id);
    QVERIFY(!Ids::validate(id));
    QCOMPARE(Ids::toStandard(id), QString());
    // The key stays textual, so that such an id still finds its message.
    QCOMPARE(Ids::normalized(id), Ids::toUrlSafe(id));
}

#include "tst_ids.moc"
