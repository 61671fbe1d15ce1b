// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

/**
 * @brief Fixed facts of the demo pod's data set (docs/symphony-api.md §15) that tests of the
 * client may rely on. Everything else is derived from these by pure functions in DataSet.
 */
namespace Inspector::DemoPod::Demo {

constexpr qint64 AcmeTenant = 130;
constexpr qint64 GlobexTenant = 205;
constexpr qint64 userIdOf(qint64 tenant, qint64 number)
{
    return (tenant << 36) | number;
}

constexpr qint64 AliceId = userIdOf(AcmeTenant, 1001); // aadams, NORMAL
constexpr qint64 BobId = userIdOf(AcmeTenant, 1002); // bbaker
constexpr qint64 CarolId = userIdOf(AcmeTenant, 1003); // ccole, left Rates Desk
constexpr qint64 DanId = userIdOf(AcmeTenant, 1004); // dduke, inactive
constexpr qint64 BotId = userIdOf(AcmeTenant, 1005); // export-bot, SYSTEM
constexpr qint64 ErinId = userIdOf(GlobexTenant, 2001); // external, no username
/** Filler user n (1-based, one per filler stream) is userIdOf(AcmeTenant, FillerUserBase + n). */
constexpr qint64 FillerUserBase = 1100;

// Streams (URL-safe ids). Index order in DataSet::streams() is the order below.
inline constexpr char ImStreamId[] = "BSH-voacKBbl55E4xafzFH___mSHAAb_dA"; // IM Alice + bot
inline constexpr char MimStreamId[] = "Las45gMYY8_pCjezTaJOOH___mSGyRh_dA"; // MIM Alice, Bob, bot
inline constexpr char RatesDeskStreamId[] = "WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"; // ROOM "Rates Desk"
inline constexpr char CrossPodStreamId[] = "GzA5BDsj3FBbiK2ovoIw5H___mSGWzt_dA"; // ROOM "Acme x Globex"
inline constexpr char CrossPodStreamStandardId[] = "GzA5BDsj3FBbiK2ovoIw5H///mSGWzt/dA==";
inline constexpr char OldProjectStreamId[] = "RRYMLp3PXa-KJChSM_cwKn___mSGP8Q_dA"; // inactive ROOM
inline constexpr char WallStreamId[] = "2QDNTJ2Jjq41TpsvD56_vn___mSGNpx_dA"; // POST wall of Alice
inline constexpr char ComplianceStreamId[] = "Rkw6R1iB6kazbXAZbDPm23___mSGJEz_dA"; // ROOM without the bot

constexpr int ImIndex = 0;
constexpr int MimIndex = 1;
constexpr int RatesDeskIndex = 2;
constexpr int CrossPodIndex = 3;
constexpr int OldProjectIndex = 4;
constexpr int WallIndex = 5;
constexpr int ComplianceIndex = 6;
constexpr int FirstFillerIndex = 7;

constexpr int ImMessageCount = 40;
constexpr int MimMessageCount = 30;
constexpr int CrossPodMessageCount = 20;
constexpr int OldProjectMessageCount = 10;
constexpr int WallMessageCount = 5;
constexpr int ComplianceMessageCount = 8;
constexpr int MinRatesDeskMessages = 12;

// Named messages (§15.3); position = index inside its stream's history.
inline constexpr char M1Id[]
    = "yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"; // Rates Desk #0, Alice, mention + hashtag
inline constexpr char M2Id[] = "KcGyiedSIZWzYuRPVOBUcH___mSB2MCfbQ"; // Rates Desk #1, Bob, reply to m1
inline constexpr char M3Id[] = "FTgSrl_qC3OgEb8ovXzqk3___mSB19Y_bQ"; // Rates Desk #2, bot, table
inline constexpr char M4Id[] = "I5ahJWrEscaEnJMd24AYvX___mSB1uvfbQ"; // Rates Desk #3, bot, cards
inline constexpr char M5Id[] = "tfIDHrYuN8bTgoezj4Ov6n___mSB1gF_bQ"; // IM #0, Alice, 2 attachments
inline constexpr char M6Id[] = "40H8xIiTTiV4lWJUtbfeFX___mSB1RcfbQ"; // IM #1, Alice, edit of m5
inline constexpr char M7Id[] = "AYwmfXL2OBouyCitqPtJlX___mSB1Cy_bQ"; // MIM #0, Bob, hostile markup
inline constexpr char M8Id[] = "WTYL5gdFmkzT7-FdtlaFgn___mSB00JfbQ"; // Acme x Globex #0 and #1, Erin
inline constexpr char M8StandardId[] = "WTYL5gdFmkzT7+FdtlaFgn///mSB00JfbQ=="; // #1 carries this form
inline constexpr char M9Id[] = "s69WD_rwcZGNjWTWIBUzBn___mSB0lf_bQ"; // Rates Desk #5, Carol, suppressed
constexpr int RatesDeskDiagnosticIndex = 4; // diagnostic "decryption failed", no "message"
constexpr int RatesDeskM9Index = 5; // shares its millisecond with #6

constexpr qint64 M1Timestamp = 1767348000000; // 2026-01-02T10:00Z; m_n = M1Timestamp + (n-1) min
constexpr qint64 M9Timestamp = M1Timestamp + 8 * 60000;

// Attachments of m5 (§15.4) and the Rates Desk snapshots (every message #i >= 7 with i % 50 == 25).
inline constexpr char PdfAttachmentId[] = "internal_130_5001"; // term-sheet.pdf, 12345 bytes
inline constexpr char PngAttachmentId[] = "internal_130_5002"; // chart.png, 20480 bytes
inline constexpr char PngThumbnailId[] = "internal_130_5003"; // its 600 px preview
constexpr qint64 PdfAttachmentSize = 12345;
constexpr qint64 PngAttachmentSize = 20480;

// Signals (§15.6).
inline constexpr char RatesSignalId[] = "65a1b2c3d4e5f60718293a4b";
inline constexpr char FxSignalId[] = "65a1b2c3d4e5f60718293a4c";

// Datafeeds listed before any create (§15.7).
inline constexpr char ExistingFeedId[] = "0f1e2d3c4b5a69788796a5b4c3d2e1f0_f";
inline constexpr char DatahoseFeedId[] = "5d1a3c0e9b7f42a8b6c4e2d0f1a3b5c7_p_datahose-export-bot";

/** First and last index of the Rates Desk messages that share one millisecond (497..503 at 600). */
constexpr int sharedRunFirst(int ratesDeskMessages)
{
    const int wanted = ratesDeskMessages - 7 < 497 ? ratesDeskMessages - 7 : 497;
    return wanted < 7 ? 7 : wanted;
}
constexpr int sharedRunLast(int ratesDeskMessages)
{
    const int last = sharedRunFirst(ratesDeskMessages) + 6;
    return last < ratesDeskMessages - 1 ? last : ratesDeskMessages - 1;
}

} // namespace Inspector::DemoPod::Demo
