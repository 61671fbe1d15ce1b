// SPDX-License-Identifier: Apache-2.0
// A small archive written with Archive::Writer, without a pod: a room of RoomMessages messages (the
// last four in one millisecond, every other one with "apple", the rest "banana") plus one message
// (Revised) stored in two versions by two runs, an IM with one message, members, people and the
// receipts of one message. For the tests of the archive's services and of the window on it.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "archive/location.h"
#include "archive/store.h"
#include "archive/writer.h"
#include "data/ids.h"
#include "data/parse.h"

namespace Inspector::TestSupport {

namespace SmallArchive {

using namespace Qt::StringLiterals;

inline const QString RoomId = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
inline const QString ImId = u"Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4eA"_s;
inline const QString Revised = u"yg3yyVqhRMHQ_y_zyPln_X___mSB2ar_bQ"_s; // differs between the two alphabets
inline constexpr qint64 Alice = 7001;
inline constexpr qint64 Bob = 7002;
inline constexpr int RoomMessages = 12;

inline QString idOf(int n)
{
    // 16 bytes, URL-safe Base64 without padding.
    QByteArray bytes(16, char(0));
    bytes[0] = char(0x42);
    bytes[15] = char(n);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QJsonObject message(
    const QString &stream, const QString &id, qint64 ts, const QString &text, qint64 user = Alice)
{
    return QJsonObject {{u"messageId"_s, id}, {u"timestamp"_s, ts},
        {u"message"_s,
            u"<div data-format=\"PresentationML\" data-version=\"2.0\"><p>%1</p></div>"_s.arg(text)},
        {u"user"_s,
            QJsonObject {
                {u"userId"_s, user}, {u"displayName"_s, user == Alice ? u"Alice Adams"_s : u"Bob Brown"_s}}},
        {u"stream"_s, QJsonObject {{u"streamId"_s, stream}, {u"streamType"_s, u"ROOM"_s}}}};
}

inline QList<Message> page(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &o : objects)
        array.append(o);
    return Parse::messages(QJsonDocument(array).toJson(QJsonDocument::Compact)).value;
}

} // namespace SmallArchive

/// Writes the small archive into @p location (an empty archive); an error sentence, or empty.
inline QString writeSmallArchive(const Archive::Location &location)
{
    using namespace SmallArchive;
    using namespace Archive;
#define CHECK(x)                                                                                             \
    if (!(x))                                                                                                \
        return QStringLiteral("failed: " #x);
    Result<std::unique_ptr<Store>> made = Store::openWriter(location);
    if (!made.ok())
        return made.error().message();
    Store &store = *made.value();
    Writer writer(store);
    const qint64 r1 = writer.startRun(u"sync"_s, u"pod.example"_s, u"test"_s, u"{}"_s).value();
    CHECK(writer
              .storeStream(r1,
                  {Ids::normalized(RoomId), u"ROOM"_s, u"Rates Desk"_s, true, false,
                      R"({"id":"x","roomAttributes":{"name":"Rates Desk","description":"rates"}})"})
              .ok());
    CHECK(writer.storeStream(r1, {Ids::normalized(ImId), u"IM"_s, QString(), true, false, "{}"}).ok());
    CHECK(writer
              .storeMembers(r1, Ids::normalized(RoomId),
                  {{Alice, true, 100, u"Alice Adams"_s, u"alice@example.com"_s, u"alice"_s},
                      {Bob, false, 200, u"Bob Brown"_s, u"bob@example.com"_s, u"bob"_s}})
              .ok());
    CHECK(writer
              .storeMembers(r1, Ids::normalized(ImId),
                  {{Alice, false, 100, u"Alice Adams"_s, u"alice@example.com"_s, u"alice"_s}})
              .ok());
    // The room: RoomMessages messages, the last four in one millisecond; one of them revised.
    QList<QJsonObject> room;
    for (int i = 0; i < RoomMessages; ++i)
        room.append(message(RoomId, idOf(i), i < RoomMessages - 4 ? 1000 + i * 10 : 5000,
            i % 2 ? u"apple pie %1"_s.arg(i) : u"banana %1"_s.arg(i), i % 3 ? Alice : Bob));
    room.append(message(RoomId, Revised, 900, u"first words<br/>second line"_s));
    CHECK(writer.storePage(r1, Ids::normalized(RoomId), 0, page(room)).ok());
    CHECK(writer.storePage(r1, Ids::normalized(ImId), 0, page({message(ImId, idOf(50), 700, u"hello im"_s)}))
              .ok());
    // The members again: a message's sender has no e-mail address, the membership listing has.
    CHECK(writer
              .storeMembers(r1, Ids::normalized(RoomId),
                  {{Alice, true, 100, u"Alice Adams"_s, u"alice@example.com"_s, u"alice"_s},
                      {Bob, false, 200, u"Bob Brown"_s, u"bob@example.com"_s, u"bob"_s}})
              .ok());
    // Receipts of one message.
    const QByteArray receipts
        = R"({"MessageReceiptDetail":[{"user":{"id":7002,"username":"bob"},"deliveryReceiptTimestamp":1100,"readReceiptTimestamp":1200}]})";
    CHECK(writer
              .storeReceipts(r1, Ids::normalized(RoomId), Ids::normalized(idOf(1)),
                  Parse::receipts(receipts).value.receipts)
              .ok());
    CHECK(writer.finishRun(r1, u"finished"_s, {}).ok());
    // A second run sees the revised message with new words.
    const qint64 r2 = writer.startRun(u"sync"_s, u"pod.example"_s, u"test"_s, u"{}"_s).value();
    CHECK(writer
              .storePage(r2, Ids::normalized(RoomId), 0,
                  page({message(RoomId, Revised, 900, u"first words<br/>third line"_s)}))
              .ok());
    CHECK(writer.finishRun(r2, u"finished"_s, {}).ok());
#undef CHECK
    return {};
}

} // namespace Inspector::TestSupport
