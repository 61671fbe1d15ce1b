// SPDX-License-Identifier: Apache-2.0
#include "services/archiveservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

#include "archive/archivemessagemodel.h"
#include "archive/browsereader.h"
#include "archive/files.h"
#include "archive/reader.h"
#include "archive/readthread.h"
#include "data/ids.h"
#include "data/parse.h"
#include "services/messagerow.h"
#include "services/podmessagedetails.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector {

using Archive::BrowseReader;
using Archive::ReadThread;
using Archive::Store;

namespace {

/// What an archive does not hold: kind NotFound, with a sentence that says what and why.
ApiError notKept(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    error.message = message;
    error.details = u"offline archive"_s;
    return error;
}

ServiceCall *failedCall(QObject *parent, const ApiError &error)
{
    auto *call = new ServiceCall(parent);
    call->finishLater(error);
    return call;
}

ApiError closedError()
{
    return notKept(ArchiveMessageHistory::tr("The archive is closed."));
}

/**
 * Runs @p work on the archive's thread; @p deliver gets the value and the call (to finish it with
 * an error of its own: the ReadThread then finishes nothing more).
 */
template<typename T>
ServiceCall *read(ReadThread *reader, QObject *parent, ReadThread::Work<T> work,
    std::function<void(T &value, ServiceCall *call)> deliver)
{
    if (!reader)
        return failedCall(parent, closedError());
    auto holder = std::make_shared<QPointer<ServiceCall>>();
    ServiceCall *call = reader->run<T>(std::move(work),
        [holder, deliver = std::move(deliver)](T &value) { deliver(value, holder->data()); });
    *holder = call;
    if (parent)
        call->setParent(parent);
    return call;
}

QJsonObject objectOf(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object();
}

bool hasMemberList(const QString &type)
{
    return type == "IM"_L1 || type == "MIM"_L1;
}

/// The stored streams with their current members, as the directory delivers them.
struct StreamsRead
{
    QList<Archive::StoredStreamObject> streams;
    QHash<QString, QList<Archive::StoredMember>> members; ///< by stream
};

Result<StreamsRead> readStreams(Store &store, const QString &streamId = {})
{
    BrowseReader reader(store);
    StreamsRead out;
    if (streamId.isEmpty()) {
        Result<QList<Archive::StoredStreamObject>> all = reader.streams();
        if (!all)
            return all.error();
        out.streams = all.value();
    } else {
        Result<std::optional<Archive::StoredStreamObject>> one = reader.stream(streamId);
        if (!one)
            return one.error();
        if (one.value())
            out.streams.append(*one.value());
        else
            return out;
    }
    Result<QList<Archive::StoredMember>> members = reader.members(streamId);
    if (!members)
        return members.error();
    for (const Archive::StoredMember &m : members.value())
        out.members[m.streamId].append(m);
    return out;
}

QList<qint64> memberIds(const QList<Archive::StoredMember> &members)
{
    QList<qint64> ids;
    for (const Archive::StoredMember &m : members)
        ids.append(m.userId);
    return ids;
}

std::optional<qint64> lastMessageOf(const Archive::StoredStream &s)
{
    return s.messages > 0 ? std::optional<qint64>(s.newest) : std::nullopt;
}

Stream streamOf(const Archive::StoredStreamObject &o, const QList<Archive::StoredMember> &members)
{
    Stream s;
    s.id = o.stream.id;
    s.type = o.stream.type;
    s.active = o.stream.active;
    s.crossPod = o.stream.crossPod;
    s.roomName = o.stream.name;
    if (hasMemberList(s.type))
        s.members = memberIds(members);
    s.raw = objectOf(o.raw);
    return s;
}

AdminStream adminStreamOf(const Archive::StoredStreamObject &o, const QList<Archive::StoredMember> &members)
{
    AdminStream s;
    s.id = o.stream.id;
    s.type = o.stream.type;
    s.isActive = o.stream.active;
    s.crossPod = o.stream.crossPod;
    s.raw = objectOf(o.raw);
    // What only the enterprise listing has, when the stored object came from it.
    s.isPublic = s.raw.value("isPublic"_L1).toBool();
    s.isExternal = s.raw.value("isExternal"_L1).toBool();
    s.origin = s.raw.value("origin"_L1).toString();
    const QJsonObject attributes = s.raw.value("attributes"_L1).toObject();
    s.attributes.raw = attributes;
    s.attributes.roomName = o.stream.name;
    s.attributes.roomDescription = attributes.value("roomDescription"_L1).toString();
    s.attributes.createdByUserId = attributes.value("createdByUserId"_L1).toInteger();
    s.attributes.createdDate = attributes.value("createdDate"_L1).toInteger();
    s.attributes.lastModifiedDate = attributes.value("lastModifiedDate"_L1).toInteger();
    s.attributes.originCompany = attributes.value("originCompany"_L1).toString();
    s.attributes.originCompanyId = attributes.value("originCompanyId"_L1).toInteger();
    s.attributes.groupChat = attributes.value("groupChat"_L1).toBool();
    if (hasMemberList(s.type))
        s.attributes.members = memberIds(members);
    s.attributes.membersCount = members.size();
    s.attributes.lastMessageDate = lastMessageOf(o.stream);
    return s;
}

StreamInfo streamInfoOf(const Archive::StoredStreamObject &o, const QList<Archive::StoredMember> &members)
{
    StreamInfo s;
    s.id = o.stream.id;
    s.type = o.stream.type;
    s.active = o.stream.active;
    s.crossPod = o.stream.crossPod;
    s.roomName = o.stream.name;
    s.raw = objectOf(o.raw);
    s.origin = s.raw.value("origin"_L1).toString();
    s.lastMessageDate = lastMessageOf(o.stream);
    if (hasMemberList(s.type))
        s.members = memberIds(members);
    return s;
}

RoomDetail roomDetailOf(const Archive::StoredStreamObject &o)
{
    RoomDetail d;
    d.raw = objectOf(o.raw);
    d.roomAttributes.raw = d.raw.value("roomAttributes"_L1).toObject();
    d.roomAttributes.name = o.stream.name;
    d.roomAttributes.description = d.roomAttributes.raw.value("description"_L1).toString();
    d.roomAttributes.crossPod = o.stream.crossPod;
    d.roomSystemInfo.id = o.stream.id;
    d.roomSystemInfo.active = o.stream.active;
    return d;
}

ApiError unknownStream(const QString &streamId)
{
    return notKept(ArchiveStreamDirectory::tr("The archive holds no stream %1.").arg(streamId));
}

/// A page of rows read off the caller's thread, and where the cursor stands after it.
struct RowsPage
{
    MessageBatch batch;
    MessageCursor::Key last;
    int read = 0;
    QString error; ///< a stored message that cannot be parsed
};

RowsPage rowsOf(const QList<Archive::PagedMessage> &page)
{
    RowsPage out;
    out.read = int(page.size());
    if (page.isEmpty())
        return out;
    QByteArray body = "[";
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i)
            body += ',';
        body += page.at(i).message.json;
    }
    body += ']';
    Parse::Result<QList<Message>> parsed = Parse::messages(body);
    if (!parsed.ok() || parsed.value.size() != page.size()) {
        out.error = parsed.error;
        return out;
    }
    out.batch = MessageBatch::of(parsed.value);
    for (qsizetype i = 0; i < page.size(); ++i)
        if (page.at(i).message.rev > 1)
            out.batch.rows[size_t(i)].flags |= MessageRow::Revised;
    const Archive::MessageKey &key = page.constLast().key;
    out.last = {true, key.timestamp, key.order, key.messageId};
    return out;
}

} // namespace

// --- StreamDirectory ---

ArchiveStreamDirectory::ArchiveStreamDirectory(ReadThread *reader, QObject *parent)
    : StreamDirectory(parent)
    , m_reader(reader)
{ }

ArchiveStreamDirectory::~ArchiveStreamDirectory() = default;

ServiceCall *ArchiveStreamDirectory::myStreams(BatchSink<Stream> sink)
{
    return read<QList<Stream>>(
        m_reader, this,
        [](Store &store, const std::atomic_bool &) -> Result<QList<Stream>> {
            Result<StreamsRead> r = readStreams(store);
            if (!r)
                return r.error();
            QList<Stream> out;
            for (const Archive::StoredStreamObject &o : std::as_const(r.value().streams))
                out.append(streamOf(o, r.value().members.value(o.stream.id)));
            return out;
        },
        [sink](QList<Stream> &streams, ServiceCall *) {
            if (!streams.isEmpty())
                sink(streams);
        });
}

ServiceCall *ArchiveStreamDirectory::userStreams(qint64 userId, BatchSink<Stream> sink)
{
    return read<QList<Stream>>(
        m_reader, this,
        [userId](Store &store, const std::atomic_bool &) -> Result<QList<Stream>> {
            Result<QStringList> ids = BrowseReader(store).streamsOf(userId);
            if (!ids)
                return ids.error();
            Result<StreamsRead> r = readStreams(store);
            if (!r)
                return r.error();
            QList<Stream> out;
            for (const Archive::StoredStreamObject &o : std::as_const(r.value().streams))
                if (ids.value().contains(o.stream.id))
                    out.append(streamOf(o, r.value().members.value(o.stream.id)));
            return out;
        },
        [sink](QList<Stream> &streams, ServiceCall *) {
            if (!streams.isEmpty())
                sink(streams);
        });
}

ServiceCall *ArchiveStreamDirectory::enterpriseStreams(BatchSink<AdminStream> sink)
{
    return read<QList<AdminStream>>(
        m_reader, this,
        [](Store &store, const std::atomic_bool &) -> Result<QList<AdminStream>> {
            Result<StreamsRead> r = readStreams(store);
            if (!r)
                return r.error();
            QList<AdminStream> out;
            for (const Archive::StoredStreamObject &o : std::as_const(r.value().streams))
                out.append(adminStreamOf(o, r.value().members.value(o.stream.id)));
            return out;
        },
        [sink](QList<AdminStream> &streams, ServiceCall *) {
            if (!streams.isEmpty())
                sink(streams);
        });
}

ServiceCall *ArchiveStreamDirectory::userIdsByEmail(const QString &email, BatchSink<qint64> sink)
{
    return read<QList<qint64>>(
        m_reader, this,
        [email](Store &store, const std::atomic_bool &) { return BrowseReader(store).userIdsByEmail(email); },
        [sink](QList<qint64> &ids, ServiceCall *) {
            if (!ids.isEmpty())
                sink(ids);
        });
}

ServiceCall *ArchiveStreamDirectory::streamInfo(const QString &streamId, BatchSink<StreamInfo> sink)
{
    return read<StreamsRead>(
        m_reader, this,
        [streamId](Store &store, const std::atomic_bool &) { return readStreams(store, streamId); },
        [sink, streamId](StreamsRead &r, ServiceCall *call) {
            if (r.streams.isEmpty()) {
                call->finish(unknownStream(streamId));
                return;
            }
            const Archive::StoredStreamObject &o = r.streams.constFirst();
            sink({streamInfoOf(o, r.members.value(o.stream.id))});
        });
}

ServiceCall *ArchiveStreamDirectory::roomInfo(const QString &roomId, BatchSink<RoomDetail> sink)
{
    return read<StreamsRead>(
        m_reader, this,
        [roomId](Store &store, const std::atomic_bool &) { return readStreams(store, roomId); },
        [sink, roomId](StreamsRead &r, ServiceCall *call) {
            if (r.streams.isEmpty() || r.streams.constFirst().stream.type != "ROOM"_L1) {
                call->finish(notKept(tr("The archive holds no room %1.").arg(roomId)));
                return;
            }
            sink({roomDetailOf(r.streams.constFirst())});
        });
}

ServiceCall *ArchiveStreamDirectory::roomMembers(const QString &roomId, BatchSink<RoomMember> sink)
{
    return read<StreamsRead>(
        m_reader, this,
        [roomId](Store &store, const std::atomic_bool &) { return readStreams(store, roomId); },
        [sink, roomId](StreamsRead &r, ServiceCall *call) {
            if (r.streams.isEmpty()) {
                call->finish(unknownStream(roomId));
                return;
            }
            QList<RoomMember> out;
            for (const Archive::StoredMember &m : r.members.value(r.streams.constFirst().stream.id)) {
                RoomMember member;
                member.id = m.userId;
                member.owner = m.owner;
                member.joinDate = m.joinDate;
                out.append(member);
            }
            if (!out.isEmpty())
                sink(out);
        });
}

// --- UserDirectory ---

ArchiveUserDirectory::ArchiveUserDirectory(ReadThread *reader, QObject *parent)
    : UserDirectory(parent)
    , m_reader(reader)
{ }

ArchiveUserDirectory::~ArchiveUserDirectory() = default;

ServiceCall *ArchiveUserDirectory::fetchUsers(const QList<qint64> &ids, BatchSink<User> sink)
{
    return read<QList<User>>(
        m_reader, this,
        [ids](Store &store, const std::atomic_bool &) -> Result<QList<User>> {
            Result<QList<Archive::StoredPerson>> people = BrowseReader(store).people(ids);
            if (!people)
                return people.error();
            QList<User> out;
            for (const Archive::StoredPerson &p : people.value()) {
                User u;
                u.id = p.userId;
                u.displayName = p.displayName;
                u.emailAddress = p.email;
                u.username = p.username;
                out.append(u);
            }
            return out;
        },
        [sink](QList<User> &users, ServiceCall *) {
            if (!users.isEmpty())
                sink(users);
        });
}

ServiceCall *ArchiveUserDirectory::fetchSelf(BatchSink<User> sink)
{
    Q_UNUSED(sink)
    return failedCall(this, notKept(tr("The archive does not keep which account made it.")));
}

// --- MessageHistory ---

ArchiveMessageHistory::ArchiveMessageHistory(ReadThread *reader, QObject *parent)
    : MessageHistory(parent)
    , m_reader(reader)
{ }

ArchiveMessageHistory::~ArchiveMessageHistory() = default;

ServiceCall *ArchiveMessageHistory::more(MessageCursor *cursor, BatchSink sink)
{
    if (cursor->kind == MessageCursor::Kind::None || cursor->done)
        return failedCall(this, {});
    const MessageCursor::Kind kind = cursor->kind;
    const QString what = kind == MessageCursor::Kind::History ? cursor->streamId : cursor->query;
    const int pageSize = qBound(1, cursor->pageSize, 500);
    std::optional<Archive::MessageKey> after;
    if (cursor->key.set)
        after = Archive::MessageKey {cursor->key.timestamp, cursor->key.order, cursor->key.messageId};
    return read<RowsPage>(
        m_reader, this,
        [kind, what, pageSize, after](Store &store, const std::atomic_bool &) -> Result<RowsPage> {
            BrowseReader reader(store);
            Result<QList<Archive::PagedMessage>> page = kind == MessageCursor::Kind::History
                ? reader.newestFirst(what, after, pageSize)
                : reader.search(what, after, pageSize);
            if (!page)
                return page.error();
            return rowsOf(page.value());
        },
        [cursor, sink, pageSize](RowsPage &page, ServiceCall *call) {
            if (!page.error.isEmpty()) {
                call->finish(ApiError::badResponse(tr("reading the archive's messages"), page.error));
                return;
            }
            if (page.read < pageSize)
                cursor->done = true;
            cursor->started = true;
            if (page.read == 0)
                return;
            cursor->key = page.last;
            sink(std::move(page.batch));
        });
}

ArchiveMessageModel *ArchiveMessageHistory::windowedTable(QObject *parent)
{
    return m_reader ? new ArchiveMessageModel(m_reader, parent) : nullptr;
}

ServiceCall *ArchiveMessageHistory::message(const QString &messageId, MessageSink sink)
{
    return read<std::optional<Message>>(
        m_reader, this,
        [messageId](Store &store, const std::atomic_bool &) -> Result<std::optional<Message>> {
            Result<std::optional<Archive::StoredMessage>> found = BrowseReader(store).message(messageId);
            if (!found)
                return found.error();
            if (!found.value())
                return std::optional<Message>();
            Parse::Result<Message> parsed = Parse::message(found.value()->json);
            if (!parsed.ok())
                return LocalError(tr("The archive holds a message it cannot read: %1").arg(parsed.error));
            return std::optional<Message>(parsed.value);
        },
        [sink, messageId](std::optional<Message> &message, ServiceCall *call) {
            if (!message) {
                call->finish(notKept(tr("The archive holds no message %1.").arg(messageId)));
                return;
            }
            sink(*message);
        });
}

// --- MessageDetails ---

ArchiveMessageDetails::ArchiveMessageDetails(ReadThread *reader, QObject *parent)
    : MessageDetails(parent)
    , m_reader(reader)
{ }

ArchiveMessageDetails::~ArchiveMessageDetails() = default;

ServiceCall *ArchiveMessageDetails::receipts(
    const ReceiptsQuery &query, Sink<ReceiptPage> sink, QObject *parent)
{
    const QString messageId = query.messageId;
    return read<std::optional<ReceiptPage>>(
        m_reader, parent,
        [messageId](Store &store, const std::atomic_bool &) -> Result<std::optional<ReceiptPage>> {
            Result<std::optional<Archive::StoredMessage>> found = BrowseReader(store).message(messageId);
            if (!found)
                return found.error();
            if (!found.value())
                return std::optional<ReceiptPage>();
            const Archive::StoredMessage &m = *found.value();
            QJsonArray items;
            int delivered = 0, read = 0, emailed = 0;
            Result<> r = Archive::Reader(store).receipts(
                m.streamId, m.messageId, [&](const Archive::StoredReceipt &s) {
                    items.append(objectOf(s.json));
                    delivered += s.deliveredAt ? 1 : 0;
                    read += s.readAt ? 1 : 0;
                    emailed += s.emailedAt ? 1 : 0;
                });
            if (!r)
                return r.error();
            if (items.isEmpty())
                return std::optional<ReceiptPage>();
            QJsonObject page {{u"creator"_s, QJsonObject {{u"id"_s, m.senderId}, {u"name"_s, m.sender}}},
                {u"stream"_s, QJsonObject {{u"id"_s, m.streamId}}}, {u"creationDate"_s, m.timestamp},
                {u"deliveryReceiptCount"_s, delivered}, {u"readReceiptCount"_s, read},
                {u"emailNotificationCount"_s, emailed}, {u"MessageReceiptDetail"_s, items}};
            Parse::Result<ReceiptPage> parsed
                = Parse::receipts(QJsonDocument(page).toJson(QJsonDocument::Compact));
            if (!parsed.ok())
                return LocalError(tr("The archive holds receipts it cannot read: %1").arg(parsed.error));
            return std::optional<ReceiptPage>(parsed.value);
        },
        [sink, messageId](std::optional<ReceiptPage> &page, ServiceCall *call) {
            if (!page) {
                call->finish(notKept(
                    tr("The archive holds no receipts of message %1 (archive sync --receipts keeps them).")
                        .arg(messageId)));
                return;
            }
            sink({*page});
        });
}

ServiceCall *ArchiveMessageDetails::status(
    const QString &messageId, Sink<MessageStatus> sink, QObject *parent)
{
    Q_UNUSED(messageId)
    Q_UNUSED(sink)
    return failedCall(
        parent, notKept(tr("A message's status is not kept in the archive: connect to the pod to see it.")));
}

ServiceCall *ArchiveMessageDetails::downloadAttachment(
    const AttachmentQuery &query, Sink<SavedAttachment> sink, ByteProgress progress, QObject *parent)
{
    Q_UNUSED(progress) // the file is at hand: it is saved in one go
    if (query.streamId.isEmpty() || query.messageId.isEmpty() || query.fileId.isEmpty()
        || query.targetPath.isEmpty())
        return failedCall(
            parent, ApiError::fromLocal(LocalError(tr("The attachment to download is not named."))));
    // The file the archive kept (archive sync --attachments), saved as the pod's download saves it:
    // a new file beside the chosen name, nothing replaced or followed, on the archive's thread.
    return read<SaveResult>(
        m_reader, parent,
        [query](Store &store, const std::atomic_bool &cancelled) -> Result<SaveResult> {
            const std::optional<QByteArray> bytes
                = Archive::StoredAttachments(store).bytes(query.streamId, query.messageId, query.fileId);
            if (!bytes)
                return SaveResult {
                    notKept(tr("The file %1 was not downloaded into the archive (archive sync "
                               "--attachments keeps the files): connect to the pod to save it.")
                                .arg(query.fileId)),
                    {}};
            return saveAttachment(*bytes, query.targetPath, &cancelled);
        },
        [sink](SaveResult &result, ServiceCall *call) {
            if (!call)
                return;
            if (result.error.isError())
                return call->finish(result.error);
            sink({result.saved});
        });
}

ServiceCall *ArchiveMessageDetails::revisions(
    const QString &messageId, Sink<MessageRevision> sink, QObject *parent)
{
    return read<QList<MessageRevision>>(
        m_reader, parent,
        [messageId](Store &store, const std::atomic_bool &) -> Result<QList<MessageRevision>> {
            Result<QList<Archive::RevisionRow>> rows = BrowseReader(store).revisions(messageId);
            if (!rows)
                return rows.error();
            QList<MessageRevision> out;
            for (const Archive::RevisionRow &r : rows.value())
                out.append({r.rev, r.firstRun, r.lastRun, r.firstSeenAt, MessageRow::plainTextOf(r.json)});
            return out;
        },
        [sink, messageId](QList<MessageRevision> &revisions, ServiceCall *call) {
            if (revisions.isEmpty()) {
                call->finish(notKept(tr("The archive holds no message %1.").arg(messageId)));
                return;
            }
            sink(revisions);
        });
}

// --- Diagnostics ---

ArchiveDiagnostics::ArchiveDiagnostics(QObject *parent)
    : Diagnostics(parent)
{ }

ArchiveDiagnostics::~ArchiveDiagnostics() = default;

ServiceCall *ArchiveDiagnostics::health(Sink<Health> sink, QObject *parent)
{
    Q_UNUSED(sink)
    return failedCall(parent, notKept(tr("Offline: the pod's health is not kept in the archive.")));
}

ServiceCall *ArchiveDiagnostics::agentInfo(Sink<AgentInfo> sink, QObject *parent)
{
    Q_UNUSED(sink)
    return failedCall(parent, notKept(tr("Offline: the agent's details are not kept in the archive.")));
}

ServiceCall *ArchiveDiagnostics::sessionUser(Sink<User> sink, QObject *parent)
{
    Q_UNUSED(sink)
    return failedCall(parent, notKept(tr("Offline: an archive has no session.")));
}

} // namespace Inspector
