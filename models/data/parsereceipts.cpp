// SPDX-License-Identifier: Apache-2.0
// Message receipts and message status.
#include "data/parse.h"

#include "data/fieldreader.h"
#include "data/parsebody.h"

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using namespace Detail;

namespace {

MessageUser readMessageUser(const QJsonObject &o, const QString &path)
{
    return readRecord<MessageUser>(o, path, [](MessageUser &u, FieldReader &r) {
        u.id = r.integer("id"_L1);
        u.name = r.string("name"_L1);
    });
}

ReceiptStream readReceiptStream(const QJsonObject &o, const QString &path)
{
    return readRecord<ReceiptStream>(o, path, [](ReceiptStream &s, FieldReader &r) {
        s.id = r.string("id"_L1);
        r.checkId("id"_L1, s.id);
        s.name = r.string("name"_L1);
        s.streamType = r.string("streamType"_L1);
    });
}

DownloadCount readDownloadCount(const QJsonObject &o, const QString &path)
{
    return readRecord<DownloadCount>(o, path, [](DownloadCount &c, FieldReader &r) {
        c.fileName = r.string("fileName"_L1);
        c.count = r.integer("count"_L1);
    });
}

DownloadReceipt readDownloadReceipt(const QJsonObject &o, const QString &path)
{
    return readRecord<DownloadReceipt>(o, path, [](DownloadReceipt &d, FieldReader &r) {
        d.fileName = r.string("fileName"_L1);
        d.timestamp = r.integer("timestamp"_L1);
    });
}

ReceiptUser readReceiptUser(const QJsonObject &o, const QString &path)
{
    return readRecord<ReceiptUser>(o, path, [](ReceiptUser &u, FieldReader &r) {
        r.require("id"_L1);
        u.id = r.integer("id"_L1);
        u.username = r.has("username"_L1) ? r.string("username"_L1) : r.string("userName"_L1);
        u.firstName = r.string("firstName"_L1);
        u.lastName = r.string("lastName"_L1);
        u.emailAddress = r.string("emailAddress"_L1);
    });
}

Receipt readReceipt(const QJsonObject &o, const QString &path)
{
    return readRecord<Receipt>(o, path, [&](Receipt &rc, FieldReader &r) {
        rc.user = readReceiptUser(r.object("user"_L1), r.path("user"_L1));
        r.adopt(rc.user.problems);
        rc.deliveryReceiptTimestamp = r.optionalInteger("deliveryReceiptTimestamp"_L1);
        rc.readReceiptTimestamp = r.optionalInteger("readReceiptTimestamp"_L1);
        rc.emailNotificationTimestamp = r.optionalInteger("emailNotificationTimestamp"_L1);
        rc.downloadReceipts = r.objectList<DownloadReceipt>("downloadReceiptCounts"_L1, readDownloadReceipt);
    });
}

ReceiptPage readReceiptPage(const QJsonObject &o, const QString &path)
{
    return readRecord<ReceiptPage>(o, path, [&](ReceiptPage &p, FieldReader &r) {
        p.creator = readMessageUser(r.object("creator"_L1), r.path("creator"_L1));
        r.adopt(p.creator.problems);
        p.onBehalfOfUser = readMessageUser(r.object("onBehalfOfUser"_L1), r.path("onBehalfOfUser"_L1));
        r.adopt(p.onBehalfOfUser.problems);
        p.stream = readReceiptStream(r.object("stream"_L1), r.path("stream"_L1));
        r.adopt(p.stream.problems);
        p.creationDate = r.integer("creationDate"_L1);
        p.deliveryReceiptCount = r.integer("deliveryReceiptCount"_L1);
        p.readReceiptCount = r.integer("readReceiptCount"_L1);
        p.emailNotificationCount = r.integer("emailNotificationCount"_L1);
        p.downloadReceiptCounts = r.objectList<DownloadCount>("downloadReceiptCounts"_L1, readDownloadCount);
        p.receipts = readRecords<Receipt>(r, "MessageReceiptDetail"_L1, readReceipt);

        // `pagination` is null on a single page; without it there is no next page.
        FieldReader pagination(r.object("pagination"_L1), &p.problems, r.path("pagination"_L1));
        FieldReader cursors(pagination.object("cursors"_L1), &p.problems, pagination.path("cursors"_L1));
        p.before = cursors.string("before"_L1);
        p.after = cursors.string("after"_L1);
        p.next = pagination.string("next"_L1);
        p.previous = pagination.string("previous"_L1);
    });
}

StatusUser readStatusUser(const QJsonObject &o, const QString &path)
{
    return readRecord<StatusUser>(o, path, [](StatusUser &u, FieldReader &r) {
        // The spec types userId and timestamp as strings, the Docs send numbers: both are normal.
        u.userId = r.integerOrString("userId"_L1);
        // The spec's own example spells it "firsName".
        u.firstName = r.has("firstName"_L1) ? r.string("firstName"_L1) : r.string("firsName"_L1);
        u.lastName = r.string("lastName"_L1);
        u.displayName = r.string("displayName"_L1);
        u.email = r.string("email"_L1);
        u.userName = r.has("userName"_L1) ? r.string("userName"_L1) : r.string("username"_L1);
        u.timestamp = r.integerOrString("timestamp"_L1);
    });
}

MessageStatus readMessageStatus(const QJsonObject &o, const QString &path)
{
    return readRecord<MessageStatus>(o, path, [&](MessageStatus &s, FieldReader &r) {
        s.author = readStatusUser(r.object("author"_L1), r.path("author"_L1));
        r.adopt(s.author.problems);
        s.read = r.objectList<StatusUser>("read"_L1, readStatusUser);
        s.delivered = r.objectList<StatusUser>("delivered"_L1, readStatusUser);
        s.sent = r.objectList<StatusUser>("sent"_L1, readStatusUser);
    });
}

} // namespace

Result<ReceiptPage> receipts(const QByteArray &body)
{
    return parseObject<ReceiptPage>(body, Text::tr("a page of message receipts"), readReceiptPage);
}

Result<MessageStatus> messageStatus(const QByteArray &body)
{
    return parseObject<MessageStatus>(body, Text::tr("the status of a message"), readMessageStatus);
}

} // namespace Inspector::Parse
