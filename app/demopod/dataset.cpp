// SPDX-License-Identifier: Apache-2.0
// The demo pod's data set: users, streams and the lookups over them (messages: datasetmessages.cpp).
#include "dataset.h"

#include "demodata.h"
#include "hostiledata.h"
#include "idcodec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr qint64 Minute = 60000;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr qint64 Jan1 = 1767225600000; // 2026-01-01T00:00Z
constexpr qint64 Hour = 60 * Minute;

QByteArray rawFromUrlSafe(const char *id)
{
    QByteArray raw;
    IdCodec::fromUrlSafe(QString::fromLatin1(id), &raw);
    return raw;
}

} // namespace

bool DemoStream::isMember(qint64 userId) const
{
    return std::any_of(
        members.cbegin(), members.cend(), [userId](const RoomMember &m) { return m.userId == userId; });
}

QString DemoStream::typeName() const
{
    switch (kind) {
    case StreamKind::Im:
        return u"IM"_s;
    case StreamKind::Mim:
        return u"MIM"_s;
    case StreamKind::Room:
        return u"ROOM"_s;
    case StreamKind::Post:
        return u"POST"_s;
    }
    return u"IM"_s;
}

DataSet::DataSet(const Config &config)
    : m_config(config)
{
    m_config.messagesPerStream = qMax(Demo::MinRatesDeskMessages, config.messagesPerStream);
    m_config.streams = qMax(0, config.streams);
    buildUsers();
    buildStreams();
    if (m_config.hostileNames) {
        // Ids, usernames and e-mail addresses stay as they are: logins and look-ups keep working.
        for (DemoUser &u : m_users)
            u.firstName = Demo::Hostile::name(u.firstName);
        for (DemoStream &s : m_streams) {
            if (s.kind != StreamKind::Room)
                continue;
            s.name = Demo::Hostile::name(s.name);
            s.description = Demo::Hostile::name(s.description);
        }
    }
    // Lookups by username or email are hash lookups, not scans, however many users there are. The
    // first user with a name wins, as a scan would find it: a later one never replaces it.
    for (int i = 0; i < m_users.size(); ++i) {
        const DemoUser &u = m_users.at(i);
        const QString username = u.username.toCaseFolded();
        if (!username.isEmpty() && !m_usernameIndex.contains(username))
            m_usernameIndex.insert(username, i);
        const QString email = u.email.toCaseFolded();
        if (!m_emailIndex.contains(email))
            m_emailIndex.insert(email, i);
    }
}

void DataSet::buildUsers()
{
    auto add = [this](DemoUser user) {
        m_userIndex.insert(user.id, int(m_users.size()));
        m_users.append(user);
    };
    const QString acme = u"Acme"_s;
    add({Demo::AliceId, u"aadams"_s, u"Alice"_s, u"Adams"_s, u"alice@acme.example"_s, acme, u"Rates Trader"_s,
        u"Markets"_s, u"London"_s, true, false, false});
    add({Demo::BobId, u"bbaker"_s, u"Bob"_s, u"Baker"_s, u"bob@acme.example"_s, acme, u"Sales"_s,
        u"Markets"_s, u"New York"_s, true, false, false});
    add({Demo::CarolId, u"ccole"_s, u"Carol"_s, u"Cole"_s, u"carol@acme.example"_s, acme, u"Strategist"_s,
        u"Research"_s, u"London"_s, true, false, false});
    add({Demo::DanId, u"dduke"_s, u"Dan"_s, u"Duke"_s, u"dan@acme.example"_s, acme, u"Analyst"_s,
        u"Markets"_s, u"Paris"_s, false, false, false});
    add({Demo::BotId, Server::botUsername(), u"Export"_s, u"Bot"_s, u"export-bot@acme.example"_s, acme,
        u"Service account"_s, u"IT"_s, QString(), true, false, true});
    add({Demo::ErinId, QString(), u"Erin"_s, u"Evans"_s, u"erin@globex.example"_s, u"Globex"_s,
        u"Portfolio Manager"_s, QString(), QString(), true, true, false});

    static const QStringList first {u"Aaron"_s, u"Beatriz"_s, u"Chen"_s, u"Dmitri"_s, u"Elena"_s, u"Farid"_s,
        u"Grace"_s, u"Hiro"_s, u"Ines"_s, u"Jonas"_s, u"Kemi"_s, u"Lars"_s, u"Maya"_s, u"Nikhil"_s, u"Olga"_s,
        u"Pedro"_s, u"Quinn"_s, u"Rosa"_s, u"Sanjay"_s, u"Tomas"_s, u"Uma"_s, u"Viktor"_s, u"Wen"_s,
        u"Yusuf"_s, u"Zoe"_s};
    static const QStringList last {u"Novak"_s, u"Okafor"_s, u"Park"_s, u"Rossi"_s, u"Schmidt"_s, u"Tanaka"_s,
        u"Ueda"_s, u"Varga"_s, u"Weber"_s, u"Xu"_s, u"Young"_s, u"Zhang"_s, u"Silva"_s, u"Moreau"_s,
        u"Larsen"_s, u"Kowalski"_s, u"Jensen"_s, u"Ivanova"_s, u"Horvat"_s, u"Mensah"_s};
    for (int n = 1; n <= m_config.streams; ++n) {
        const QString f = first.at((n - 1) % first.size());
        const QString l = last.at(((n - 1) / first.size() + (n - 1)) % last.size());
        const QString username = f.left(1).toLower() + l.toLower() + QString::number(n);
        add({Demo::userIdOf(Demo::AcmeTenant, Demo::FillerUserBase + n), username, f, l,
            username + u"@acme.example"_s, acme, u"Associate"_s, u"Markets"_s, u"London"_s, true, false,
            false});
    }
}

DemoStream &DataSet::addStream(StreamKind kind, const QByteArray &rawId, qint64 created, qint64 createdBy)
{
    DemoStream stream;
    stream.index = int(m_streams.size());
    stream.rawId = rawId;
    stream.id = IdCodec::toUrlSafe(rawId);
    stream.kind = kind;
    stream.created = created;
    stream.createdBy = createdBy;
    stream.lastModified = created;
    m_streamIndex.insert(stream.id, stream.index);
    m_streams.append(stream);
    return m_streams.last();
}

void DataSet::buildStreams()
{
    auto members = [](DemoStream &s, const QList<qint64> &ids, qint64 ownerId) {
        qint64 join = s.created;
        for (const qint64 id : ids) {
            s.members.append({id, id == ownerId, join});
            join += 5 * Minute;
        }
        s.viewers = ids;
        s.lastModified = join - 5 * Minute;
    };

    {
        DemoStream &s
            = addStream(StreamKind::Im, rawFromUrlSafe(Demo::ImStreamId), Jan1 + 10 * Hour, Demo::AliceId);
        members(s, {Demo::AliceId, Demo::BotId}, 0);
        s.authors = {Demo::AliceId, Demo::BotId};
        s.messageCount = Demo::ImMessageCount;
        s.explicitTimes = {Demo::M1Timestamp + 4 * Minute, Demo::M1Timestamp + 5 * Minute};
        s.base = Demo::M1Timestamp + 30 * Minute;
        s.step = 11 * Minute;
    }
    {
        DemoStream &s
            = addStream(StreamKind::Mim, rawFromUrlSafe(Demo::MimStreamId), Jan1 + 11 * Hour, Demo::AliceId);
        members(s, {Demo::AliceId, Demo::BobId, Demo::BotId}, 0);
        s.authors = {Demo::AliceId, Demo::BobId, Demo::BotId};
        s.messageCount = Demo::MimMessageCount;
        s.explicitTimes = {Demo::M1Timestamp + 6 * Minute};
        s.base = Demo::M1Timestamp + Hour;
        s.step = 13 * Minute;
    }
    {
        DemoStream &s = addStream(
            StreamKind::Room, rawFromUrlSafe(Demo::RatesDeskStreamId), Jan1 + 12 * Hour, Demo::AliceId);
        s.name = u"Rates Desk"_s;
        s.description = u"Rates trading desk: levels, axes and market colour."_s;
        s.keywords = {{u"desk"_s, u"rates"_s}};
        members(s, {Demo::AliceId, Demo::BobId, Demo::BotId}, Demo::AliceId);
        s.members[1].owner = true; // Bob, promoted by Alice (ROOMMEMBERPROMOTEDTOOWNER in the feed)
        s.authors = {Demo::AliceId, Demo::BobId, Demo::CarolId, Demo::BotId};
        s.pinnedMessageId = QString::fromLatin1(Demo::M1Id);
        const int n = m_config.messagesPerStream;
        s.messageCount = n;
        s.explicitTimes = {Demo::M1Timestamp, Demo::M1Timestamp + Minute, Demo::M1Timestamp + 2 * Minute,
            Demo::M1Timestamp + 3 * Minute, Demo::M1Timestamp + 4 * Minute + 30000, Demo::M9Timestamp,
            Demo::M9Timestamp};
        s.base = Demo::M1Timestamp + 10 * Minute;
        // 180 days at most, so that even a million messages lie in the past.
        s.step = qBound<qint64>(1, (180 * Day) / n, Minute);
        s.runFirst = Demo::sharedRunFirst(n);
        s.runLast = Demo::sharedRunLast(n);
        // Carol left in the afternoon, so her membership changed after creation.
        s.lastModified = Demo::M1Timestamp + 6 * Hour;
    }
    {
        DemoStream &s = addStream(
            StreamKind::Room, rawFromUrlSafe(Demo::CrossPodStreamId), Jan1 + 13 * Hour, Demo::AliceId);
        s.name = u"Acme x Globex"_s;
        s.description = u"Shared room between Acme and Globex."_s;
        s.crossPod = true;
        members(s, {Demo::AliceId, Demo::BotId, Demo::ErinId}, Demo::AliceId);
        s.authors = {Demo::AliceId, Demo::ErinId, Demo::BotId};
        s.messageCount = Demo::CrossPodMessageCount;
        s.explicitTimes = {Demo::M1Timestamp + 7 * Minute, Demo::M1Timestamp + 7 * Minute};
        s.base = Demo::M1Timestamp + 2 * Hour;
        s.step = 17 * Minute;
    }
    {
        const qint64 created = Jan1 + 13 * Hour + 30 * Minute;
        DemoStream &s = addStream(StreamKind::Room,
            IdCodec::make(IdCodec::StreamTag, Demo::OldProjectIndex, 0, created), created, Demo::BobId);
        s.name = u"Old Project"_s;
        s.description = u"Archived project room."_s;
        s.active = false;
        members(s, {Demo::BobId, Demo::BotId}, Demo::BobId);
        s.authors = {Demo::BobId, Demo::BotId};
        s.messageCount = Demo::OldProjectMessageCount;
        s.base = created + Hour;
        s.step = 29 * Minute;
    }
    {
        const qint64 created = Jan1 + 13 * Hour + 40 * Minute;
        DemoStream &s = addStream(StreamKind::Post,
            IdCodec::make(IdCodec::StreamTag, Demo::WallIndex, 0, created), created, Demo::AliceId);
        members(s, {Demo::AliceId}, 0);
        // The bot follows Alice's wall: it sees the wall without being one of its members.
        s.viewers = {Demo::AliceId, Demo::BotId};
        s.authors = {Demo::AliceId};
        s.messageCount = Demo::WallMessageCount;
        s.base = Jan1 + 2 * Day + 9 * Hour;
        s.step = Day;
    }
    {
        const qint64 created = Jan1 + 14 * Hour;
        DemoStream &s = addStream(StreamKind::Room,
            IdCodec::make(IdCodec::StreamTag, Demo::ComplianceIndex, 0, created), created, Demo::CarolId);
        s.name = u"Compliance Review"_s;
        s.description = u"Restricted: compliance team only."_s;
        members(s, {Demo::CarolId, Demo::AliceId}, Demo::CarolId);
        s.authors = {Demo::CarolId, Demo::AliceId};
        s.messageCount = Demo::ComplianceMessageCount;
        s.base = Demo::M1Timestamp + 4 * Hour;
        s.step = 23 * Minute;
    }
    for (int k = 0; k < m_config.streams; ++k) {
        const qint64 created = Jan1 + 15 * Hour + k * 10 * Minute;
        const qint64 filler = Demo::userIdOf(Demo::AcmeTenant, Demo::FillerUserBase + k + 1);
        const int index = Demo::FirstFillerIndex + k;
        StreamKind kind = StreamKind::Im;
        if (k % 10 == 9)
            kind = StreamKind::Room;
        else if (k % 10 == 4)
            kind = StreamKind::Mim;
        DemoStream &s = addStream(kind, IdCodec::make(IdCodec::StreamTag, quint32(index), 0, created),
            created, kind == StreamKind::Room ? Demo::BotId : filler);
        if (kind == StreamKind::Room) {
            s.name = u"Desk Chat "_s + QString::number(k + 1);
            s.description = u"Coverage room number "_s + QString::number(k + 1) + u'.';
            s.discoverable = true;
            s.isPublic = (k % 20 == 19);
            members(s, {Demo::BotId, filler, Demo::BobId, Demo::CarolId}, Demo::BotId);
            s.authors = {filler, Demo::BobId, Demo::CarolId, Demo::BotId};
        } else if (kind == StreamKind::Mim) {
            members(s, {filler, Demo::AliceId, Demo::BotId}, 0);
            s.authors = {filler, Demo::AliceId, Demo::BotId};
        } else {
            members(s, {filler, Demo::BotId}, 0);
            s.authors = {filler, Demo::BotId};
        }
        s.base = Jan1 + 2 * Day + 8 * Hour + k * 3 * Minute;
        if (m_config.messagesPerFiller >= 0) {
            // As in the Rates Desk, 180 days at most: even a million messages lie in the past.
            s.messageCount = m_config.messagesPerFiller;
            s.step = qBound<qint64>(1, (180 * Day) / qMax(1, s.messageCount), 37 * Minute);
        } else {
            s.messageCount = qMin(m_config.messagesPerStream, 3 + (k * 7) % 17);
            s.step = 37 * Minute;
        }
    }
    // Filler messages mention the first members, whoever joins or leaves later: a change of
    // membership must not change the messages already sent.
    for (DemoStream &s : m_streams) {
        for (const RoomMember &m : s.members)
            s.mentioned.append(m.userId);
    }

    const QList<QPair<const char *, MessageRef>> named {
        {Demo::M1Id, {Demo::RatesDeskIndex, 0}},
        {Demo::M2Id, {Demo::RatesDeskIndex, 1}},
        {Demo::M3Id, {Demo::RatesDeskIndex, 2}},
        {Demo::M4Id, {Demo::RatesDeskIndex, 3}},
        {Demo::M9Id, {Demo::RatesDeskIndex, Demo::RatesDeskM9Index}},
        {Demo::M5Id, {Demo::ImIndex, 0}},
        {Demo::M6Id, {Demo::ImIndex, 1}},
        {Demo::M7Id, {Demo::MimIndex, 0}},
        {Demo::M8Id, {Demo::CrossPodIndex, 0}},
    };
    for (const auto &[id, ref] : named)
        m_namedMessages.insert(rawFromUrlSafe(id), ref);
}

const DemoUser *DataSet::user(qint64 id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.cend() ? nullptr : &m_users.at(*it);
}

const DemoUser *DataSet::userByUsername(const QString &username) const
{
    if (username.isEmpty())
        return nullptr;
    m_work.usersVisited += 1;
    const auto it = m_usernameIndex.constFind(username.toCaseFolded());
    return it == m_usernameIndex.cend() ? nullptr : &m_users.at(*it);
}

const DemoUser *DataSet::userByEmail(const QString &email) const
{
    m_work.usersVisited += 1;
    const auto it = m_emailIndex.constFind(email.toCaseFolded());
    return it == m_emailIndex.cend() ? nullptr : &m_users.at(*it);
}

int DataSet::streamIndex(const QString &urlSafeId) const
{
    return m_streamIndex.value(urlSafeId, -1);
}

qint64 DataSet::timestamp(int stream, int index) const
{
    const DemoStream &s = m_streams.at(stream);
    if (index >= s.messageCount)
        return changes(stream)->added.at(index - s.messageCount).timestamp;
    const int fixed = int(s.explicitTimes.size());
    if (index < fixed)
        return s.explicitTimes.at(index);
    int position = index;
    if (s.runFirst >= 0 && index > s.runFirst)
        position = index <= s.runLast ? s.runFirst : index - (s.runLast - s.runFirst);
    return s.base + qint64(position - fixed) * s.step;
}

int DataSet::lowerBound(int stream, qint64 since) const
{
    int lo = 0;
    int hi = messageCount(stream);
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (timestamp(stream, mid) < since)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int DataSet::upperBound(int stream, qint64 until) const
{
    int lo = 0;
    int hi = messageCount(stream);
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (timestamp(stream, mid) <= until)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QByteArray DataSet::messageRawId(int stream, int index) const
{
    for (auto it = m_namedMessages.cbegin(); it != m_namedMessages.cend(); ++it) {
        if (it->stream == stream && it->index == index)
            return it.key();
    }
    if (stream == Demo::CrossPodIndex && index == 1)
        return rawFromUrlSafe(Demo::M8Id);
    return IdCodec::make(IdCodec::MessageTag, quint32(stream), quint32(index), timestamp(stream, index));
}

QString DataSet::messageId(int stream, int index) const
{
    if (stream == Demo::CrossPodIndex && index == 1)
        return QString::fromLatin1(Demo::M8StandardId);
    return IdCodec::toUrlSafe(messageRawId(stream, index));
}

MessageRef DataSet::findMessage(const QByteArray &rawId) const
{
    const auto it = m_namedMessages.constFind(rawId);
    if (it != m_namedMessages.cend())
        return isRemoved(it->stream, it->index) ? MessageRef() : *it;
    quint32 stream = 0;
    quint32 index = 0;
    if (!IdCodec::unpack(rawId, IdCodec::MessageTag, &stream, &index))
        return {};
    if (stream >= quint32(m_streams.size()))
        return {};
    const StreamChanges *c = changes(int(stream));
    const qint64 added = c ? c->added.size() : 0;
    if (index >= quint64(messageCount(int(stream)) + added) || isRemoved(int(stream), int(index)))
        return {};
    if (IdCodec::creationTime(rawId) != timestamp(int(stream), int(index)))
        return {};
    if (messageRawId(int(stream), int(index)) != rawId)
        return {};
    return {int(stream), int(index)};
}

MessageMeta DataSet::meta(int stream, int index) const
{
    MessageMeta m = plainMeta(stream, index);
    applyChange(stream, index, nullptr, &m);
    if (m_config.hostileNames) {
        for (AttachmentMeta &a : m.attachments)
            a.name = Demo::Hostile::name(a.name);
    }
    return m;
}

QJsonObject DataSet::v4Event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
    const QString &key, const QJsonObject &payload, const QString &messageId) const
{
    QJsonObject o {
        {u"id"_s, id},
        {u"timestamp"_s, timestamp},
        {u"type"_s, type},
        {u"initiator"_s, QJsonObject {{u"user"_s, v4User(initiator)}}},
        {u"payload"_s, key.isEmpty() ? QJsonObject() : QJsonObject {{key, payload}}},
    };
    if (!messageId.isEmpty())
        o.insert(u"messageId"_s, messageId);
    return o;
}

QJsonObject DataSet::v4RoomProperties(const DemoStream &s, const QString &description) const
{
    return QJsonObject {
        {u"name"_s, s.name},
        {u"description"_s, description},
        {u"creatorUser"_s, v4User(s.createdBy)},
        {u"createdDate"_s, s.created},
        {u"external"_s, s.crossPod},
        {u"crossPod"_s, s.crossPod},
        {u"public"_s, s.isPublic},
        {u"copyProtected"_s, false},
        {u"readOnly"_s, s.readOnly},
        {u"discoverable"_s, s.discoverable},
        {u"membersCanInvite"_s, true},
        {u"canViewHistory"_s, s.viewHistory},
    };
}

QJsonObject DataSet::v4User(qint64 userId) const
{
    const DemoUser *u = user(userId);
    if (!u)
        return QJsonObject {{u"userId"_s, userId}};
    QJsonObject o {
        {u"userId"_s, u->id},
        {u"firstName"_s, u->firstName},
        {u"lastName"_s, u->lastName},
        {u"displayName"_s, u->displayName()},
        {u"email"_s, u->email},
    };
    if (!u->username.isEmpty())
        o.insert(u"username"_s, u->username);
    return o;
}

QJsonObject DataSet::v4Stream(int stream, bool withMembers) const
{
    const DemoStream &s = m_streams.at(stream);
    QJsonObject o {
        {u"streamId"_s, s.id},
        {u"streamType"_s, s.typeName()},
        {u"external"_s, s.crossPod},
        {u"crossPod"_s, s.crossPod},
    };
    if (s.kind == StreamKind::Room)
        o.insert(u"roomName"_s, s.name);
    if (s.crossPod)
        o.insert(u"recipientTenantIds"_s, QJsonArray {int(Demo::AcmeTenant), int(Demo::GlobexTenant)});
    if (withMembers) {
        QJsonArray members;
        for (const RoomMember &m : s.members)
            members.append(v4User(m.userId));
        o.insert(u"members"_s, members);
    }
    return o;
}

QJsonObject DataSet::userV2(const DemoUser &u) const
{
    QJsonObject o {
        {u"id"_s, u.id},
        {u"emailAddress"_s, u.email},
        {u"firstName"_s, u.firstName},
        {u"lastName"_s, u.lastName},
        {u"displayName"_s, u.displayName()},
        {u"title"_s, u.title},
        {u"company"_s, u.company},
        {u"accountType"_s, u.system ? u"SYSTEM"_s : u"NORMAL"_s},
        {u"avatars"_s,
            QJsonArray {
                QJsonObject {{u"size"_s, u"original"_s}, {u"url"_s, u"../avatars/static/150/default.png"_s}},
                QJsonObject {{u"size"_s, u"small"_s}, {u"url"_s, u"../avatars/static/50/default.png"_s}},
            }},
    };
    if (!u.username.isEmpty())
        o.insert(u"username"_s, u.username);
    if (!u.external) {
        if (!u.location.isEmpty())
            o.insert(u"location"_s, u.location);
        o.insert(u"department"_s, u.department);
    }
    if (u.system)
        o.insert(u"roles"_s, QJsonArray {u"INDIVIDUAL"_s, u"USER_PROVISIONING"_s, u"CONTENT_MANAGEMENT"_s});
    else if (!u.external)
        o.insert(u"roles"_s, QJsonArray {u"INDIVIDUAL"_s});
    return o;
}

} // namespace Inspector::DemoPod
