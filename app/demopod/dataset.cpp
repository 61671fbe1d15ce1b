// SPDX-License-Identifier: Apache-2.0
#include "dataset.h"

#include "binaryfixtures.h"
#include "demodata.h"
#include "hostiledata.h"
#include "idcodec.h"
#include "markup.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

constexpr qint64 Minute = 60000;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr qint64 Jan1 = 1767225600000; // 2026-01-01T00:00Z
constexpr qint64 Hour = 60 * Minute;

enum NamedKind
{
    FirstNamedKind = 100,
    M1Kind = FirstNamedKind,
    M2Kind,
    M3Kind,
    M4Kind,
    M5Kind,
    M6Kind,
    M7Kind,
    M8Kind,
    M8StandardKind,
    M9Kind,
    DiagnosticKind,
};

/** splitmix64: small, good enough, and identical on every platform. */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

quint64 seedFor(int stream, int index, quint64 salt)
{
    Rng mix((quint64(quint32(stream)) << 32) ^ quint64(quint32(index)) ^ (salt * 0x100000001b3ULL));
    return mix.next();
}

QByteArray rawFromUrlSafe(const char *id)
{
    QByteArray raw;
    IdCodec::fromUrlSafe(QString::fromLatin1(id), &raw);
    return raw;
}

const QStringList &sentences()
{
    static const QStringList list {
        u"Front end is a touch softer after the auction tail, real money buying the belly."_s,
        u"Swap spreads tighter again as the supply calendar looks light into month end."_s,
        u"We saw decent two-way flow in the 5s30s steepener, mostly fast money."_s,
        u"Desk view stays neutral duration, happy to fade moves outside the recent range."_s,
        u"Liquidity is thinner than usual, bid-offer in the long end is about twice normal."_s,
        u"Client axes: better seller of 2y, better buyer of 10y, size available on request."_s,
        u"Remember the data release at 13:30 London; expect a wider range on the print."_s,
        u"Basis traders are active in the front contract, roll looks rich versus fair value."_s,
        u"Inflation breakevens drifted lower overnight with energy prices off the highs."_s,
        u"Repo is trading special in the on-the-run, keep an eye on fails into settlement."_s,
        u"Options vol is bid on the upside, skew moved a full point since yesterday."_s,
        u"Central bank speakers later today; market prices roughly two cuts by year end."_s,
        u"Corporate issuance pipeline is heavy this week, expect some rate locks."_s,
        u"Updated the curve model with the new fixings, results are on the shared drive."_s,
        u"Can someone confirm the settlement instructions for the Globex trade?"_s,
        u"Risk limits were refreshed this morning, no changes to the DV01 buckets."_s,
        u"Morning meeting notes are attached to the team page as usual."_s,
        u"Asia session was quiet, the move came with the European open."_s,
        u"Please keep quotes indicative until the compliance review is done."_s,
        u"The new pricing screen is live for the whole desk from today."_s,
        u"Levels are firm for the next ten minutes, then we refresh."_s,
        u"Momentum signals flipped to neutral on the 10y, nothing actionable yet."_s,
        u"Heads up: the data vendor feed had a short gap around 09:12."_s,
        u"Looks like the market is waiting for the minutes before taking a view."_s,
    };
    return list;
}

const QStringList &hashtags()
{
    static const QStringList list {
        u"rates"_s, u"fx"_s, u"credit"_s, u"macro"_s, u"eod"_s, u"ops"_s, u"risk"_s};
    return list;
}

const QStringList &cashtags()
{
    static const QStringList list {
        u"EURUSD"_s, u"USDJPY"_s, u"GBPUSD"_s, u"UST10Y"_s, u"BUND"_s, u"AAPL"_s, u"MSFT"_s};
    return list;
}

struct EmojiInfo
{
    QString shortcode;
    QString unicode;
    QString annotation;
};

const QList<EmojiInfo> &emojis()
{
    static const QList<EmojiInfo> list {
        {u"thumbsup"_s, u"\U0001F44D"_s, u"thumbs up"_s},
        {u"rocket"_s, u"\U0001F680"_s, u"rocket"_s},
        {u"chart_with_upwards_trend"_s, u"\U0001F4C8"_s, u"chart increasing"_s},
        {u"coffee"_s, u"\u2615"_s, u"hot beverage"_s},
        {u"white_check_mark"_s, u"\u2705"_s, u"check mark button"_s},
    };
    return list;
}

QString level(Rng &rng)
{
    const int bp = 300 + rng.below(250);
    return QString::number(bp / 100) + u'.' + QString::number(bp % 100).rightJustified(2, u'0') + u'%';
}

QString padTo(Rng &rng, QString body, int target)
{
    while (body.size() < target) {
        const QString first = Markup::escape(rng.pick(sentences()));
        const QString second = Markup::escape(rng.pick(sentences()));
        body += u"<p>"_s + first + u' ' + second + u"</p>"_s;
    }
    return body;
}

QByteArray csvFor(int stream, int index)
{
    Rng rng(seedFor(stream, index, 77));
    QByteArray out = "tenor,bid,ask,change_bp\n";
    const char *tenors[] = {"1M", "3M", "6M", "1Y", "2Y", "3Y", "5Y", "7Y", "10Y", "15Y", "20Y", "30Y"};
    for (const char *tenor : tenors) {
        const int bid = 300 + rng.below(200);
        out += QByteArray(tenor) + ',' + QByteArray::number(bid / 100.0, 'f', 3) + ','
            + QByteArray::number((bid + 2) / 100.0, 'f', 3) + ',' + QByteArray::number(rng.below(21) - 10)
            + '\n';
    }
    return out;
}

QString csvFileId(int stream, int index)
{
    return u"internal_130_"_s + QString::number(qint64(stream) * 1000000000LL + index);
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
        s.messageCount = qMin(m_config.messagesPerStream, 3 + (k * 7) % 17);
        s.base = Jan1 + 2 * Day + 8 * Hour + k * 3 * Minute;
        s.step = 37 * Minute;
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
        return *it;
    quint32 stream = 0;
    quint32 index = 0;
    if (!IdCodec::unpack(rawId, IdCodec::MessageTag, &stream, &index))
        return {};
    if (stream >= quint32(m_streams.size()) || index >= quint32(messageCount(int(stream))))
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
    if (m_config.hostileNames) {
        for (AttachmentMeta &a : m.attachments)
            a.name = Demo::Hostile::name(a.name);
    }
    return m;
}

MessageMeta DataSet::plainMeta(int stream, int index) const
{
    m_work.messageMetas += 1;
    MessageMeta m;
    m.ref = {stream, index};
    m.timestamp = timestamp(stream, index);
    const DemoStream &s = m_streams.at(stream);

    if (stream == Demo::RatesDeskIndex && index <= Demo::RatesDeskM9Index) {
        switch (index) {
        case 0:
            m.kind = M1Kind;
            m.authorId = Demo::AliceId;
            m.mentions = {Demo::BobId};
            m.hashtags = {u"rates"_s};
            return m;
        case 1:
            m.kind = M2Kind;
            m.authorId = Demo::BobId;
            return m;
        case 2:
            m.kind = M3Kind;
            m.authorId = Demo::BotId;
            m.cashtags = {u"EURUSD"_s};
            return m;
        case 3:
            m.kind = M4Kind;
            m.authorId = Demo::BotId;
            return m;
        case Demo::RatesDeskDiagnosticIndex:
            m.kind = DiagnosticKind;
            m.authorId = Demo::BobId;
            return m;
        case Demo::RatesDeskM9Index:
            m.kind = M9Kind;
            m.authorId = Demo::CarolId;
            return m;
        }
    }
    if (stream == Demo::ImIndex && index <= 1) {
        m.kind = index == 0 ? M5Kind : M6Kind;
        m.authorId = Demo::AliceId;
        if (index == 0) {
            m.attachments = {
                {QString::fromLatin1(Demo::PdfAttachmentId), u"term-sheet.pdf"_s, Demo::PdfAttachmentSize,
                    u"application/pdf"_s, QString(), 0},
                {QString::fromLatin1(Demo::PngAttachmentId), u"chart.png"_s, Demo::PngAttachmentSize,
                    u"image/png"_s, QString::fromLatin1(Demo::PngThumbnailId), 600},
            };
        }
        return m;
    }
    if (stream == Demo::MimIndex && index == 0) {
        m.kind = M7Kind;
        m.authorId = Demo::BobId;
        return m;
    }
    if (stream == Demo::CrossPodIndex && index <= 1) {
        m.kind = index == 0 ? M8Kind : M8StandardKind;
        m.authorId = Demo::ErinId;
        m.mentions = {Demo::AliceId};
        m.cashtags = {u"GBPUSD"_s};
        return m;
    }

    Rng rng(seedFor(stream, index, 1));
    m.authorId = rng.pick(s.authors);
    const bool bot = m.authorId == Demo::BotId;
    m.kind = bot ? 5 + rng.below(5) : rng.below(5);
    QList<qint64> others;
    for (const RoomMember &member : s.members) {
        if (member.userId != m.authorId && member.userId != Demo::BotId)
            others.append(member.userId);
    }
    if (m.kind == 0 && !others.isEmpty())
        m.mentions = {rng.pick(others)};
    if (m.kind == 0 || m.kind == 1 || rng.chance(30))
        m.hashtags = {rng.pick(hashtags())};
    if (m.kind == 0 || m.kind == 1 || m.kind == 5 || rng.chance(25)) {
        m.cashtags = {rng.pick(cashtags())};
        if (m.kind == 1 || m.kind == 5) {
            const QString second = rng.pick(cashtags());
            if (second != m.cashtags.first())
                m.cashtags.append(second);
        }
    }
    if (stream == Demo::RatesDeskIndex && index >= 7 && index % 50 == 25) {
        const QByteArray csv = csvFor(stream, index);
        m.attachments = {{csvFileId(stream, index), u"rates-snapshot-"_s + QString::number(index) + u".csv"_s,
            csv.size(), u"text/csv"_s, QString(), 0}};
    }
    return m;
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

QJsonObject DataSet::messageEnvelope(const MessageMeta &meta) const
{
    const int stream = meta.ref.stream;
    const DemoStream &s = m_streams.at(stream);
    const bool bot = meta.authorId == Demo::BotId;
    const QByteArray sidSeed = messageRawId(stream, meta.ref.index);
    QJsonObject o {
        {u"messageId"_s, messageId(stream, meta.ref.index)},
        {u"timestamp"_s, meta.timestamp},
        {u"user"_s, v4User(meta.authorId)},
        {u"stream"_s, v4Stream(stream)},
        {u"externalRecipients"_s, s.crossPod},
        {u"userAgent"_s, bot ? u"Agent-25.8.1-Linux-6.1.0"_s : u"DESKTOP-25.9.0-1234-Windows-10"_s},
        {u"originalFormat"_s, u"com.symphony.messageml.v2"_s},
        {u"sid"_s,
            QUuid::fromRfc4122(QCryptographicHash::hash(sidSeed, QCryptographicHash::Md5))
                .toString(QUuid::WithoutBraces)},
    };
    if (!meta.attachments.isEmpty()) {
        QJsonArray list;
        for (const AttachmentMeta &a : meta.attachments) {
            QJsonArray images;
            if (!a.previewId.isEmpty())
                images.append(
                    QJsonObject {{u"id"_s, a.previewId}, {u"dimension"_s, QString::number(a.previewWidth)}});
            list.append(QJsonObject {
                {u"id"_s, a.id},
                {u"name"_s, a.name},
                {u"size"_s, a.size},
                {u"images"_s, images},
            });
        }
        o.insert(u"attachments"_s, list);
    }
    return o;
}

QJsonObject DataSet::namedMessage(const MessageMeta &meta) const
{
    QJsonObject o = messageEnvelope(meta);
    const bool bot = meta.authorId == Demo::BotId;
    Markup mk(bot);
    QString body;
    switch (meta.kind) {
    case M1Kind: {
        // Entities are created in text order: operands of + are evaluated in no fixed order.
        const QString bob = mk.mention(Demo::BobId, u"Bob Baker"_s);
        const QString rates = mk.hashtag(u"rates"_s);
        body = u"<p>Morning "_s + bob + u" see "_s + rates
            + u"</p><p>Curve is steeper overnight: 2s10s at +38bp, and the belly is cheap versus the wings. "
              u"I put the levels for the client call on the team page; shout if anything looks off before "
              u"11:00. "
              u"Also, the auction results are out at 15:00 so keep quotes indicative until then.</p>"_s
              u"<p>Agenda for the desk meeting:</p><ul><li>Supply calendar and rate locks</li>"
              u"<li>Client axes for the week</li><li>Risk limits refresh</li></ul>"_s;
        break;
    }
    case M2Kind:
        body = u"<p>Thanks Alice, looking at the curve now. Agree on the belly, our model has 5y about 2bp "
               u"cheap "
               u"to the fitted curve. I will send the client run once Carol signs off the levels.</p>"_s;
        o.insert(u"parentMessageId"_s, QString::fromLatin1(Demo::M1Id));
        break;
    case M3Kind: {
        const QString eurusd = mk.cashtag(u"EURUSD"_s);
        const QString chart = mk.emoji(u"chart_with_upwards_trend"_s, u"\U0001F4C8"_s, u"chart increasing"_s);
        body = u"<p>Indicative levels for "_s + eurusd + u" forwards "_s + chart
            + u"</p><table><thead><tr><th>Tenor</th><th>Bid</th><th>Ask</th><th>Change</th></tr></"
              u"thead><tbody>"
              u"<tr><td>1M</td><td>1.0842</td><td>1.0845</td><td>+0.0004</td></tr>"
              u"<tr><td>3M</td><td>1.0871</td><td>1.0875</td><td>+0.0006</td></tr>"
              u"<tr><td>6M</td><td>1.0903</td><td>1.0908</td><td>-0.0002</td></tr>"
              u"<tr><td>1Y</td><td>1.0968</td><td>1.0974</td><td>+0.0011</td></tr>"
              u"</tbody></table><p>Levels are indicative and refresh every 10 minutes.</p>"_s;
        break;
    }
    case M4Kind:
        body = u"<div class=\"card barStyle\" data-icon-src=\"https://assets.acme.example/icons/rates.png\" "
               u"data-accent-color=\"tempo-bg-color--blue\"><div class=\"cardHeader\">Daily rates "
               u"summary</div>"
               u"<div class=\"cardBody\"><p>UST 10Y 4.12% (+3bp), Bund 2.31% (+1bp), Gilt 4.05% (-2bp).</p>"
               u"<p>Volumes were 15% above the 20-day average.</p></div></div>"
               u"<div class=\"expandable-card\" data-state=\"cropped\"><div class=\"expandableCardHeader\">"
               u"Reconciliation report</div><div class=\"expandableCardBody\" data-variant=\"error\">"
               u"<p>3 trades failed reconciliation against the clearing house:</p><ul>"
               u"<li>T-20260102-0041: notional mismatch</li><li>T-20260102-0057: missing UTI</li>"
               u"<li>T-20260102-0063: settlement date differs</li></ul></div></div>"_s;
        break;
    case M5Kind:
        body = u"<p>Here is the term sheet and the chart we discussed.</p><p>Pricing snippet:</p>"
               u"<pre>def forward(spot, r_dom, r_for, t):\n    return spot * (1 + r_dom * t) / (1 + r_for * "
               u"t)</pre>"
               u"<p>Run it with <code data-language=\"python\">forward(1.0842, 0.045, 0.031, 0.25)</code> "
               u"for the 3M point.</p>"_s;
        o.insert(u"replacedBy"_s, QString::fromLatin1(Demo::M6Id));
        break;
    case M6Kind:
        body
            = u"<p>Here is the term sheet and the updated chart we discussed (v2, with the 6M point).</p>"
              u"<p>Pricing snippet:</p>"
              u"<pre>def forward(spot, r_dom, r_for, t):\n    return spot * (1 + r_dom * t) / (1 + r_for * t)</pre>"_s;
        o.insert(u"replacing"_s, QString::fromLatin1(Demo::M5Id));
        o.insert(u"initialMessageId"_s, QString::fromLatin1(Demo::M5Id));
        o.insert(u"initialTimestamp"_s, timestamp(Demo::ImIndex, 0));
        o.insert(u"silent"_s, true);
        break;
    case M7Kind:
        body = u"<p>Check this out <img src=\"http://tracker.example/p.gif\"/> and "
               u"<a href=\"javascript:alert(1)\">click here for the report</a></p>"
               u"<audio src=\"https://asset.symphony.com/symphony/audio/chime.mp3\" autoplay=\"true\"/>"
               u"<p style=\"color:red\" onclick=\"alert(2)\">Styled &amp; scripted paragraph &lt;b&gt;</p>"
               u"<blink>unknown tag</blink><script>alert(3)</script>"
               u"<iframe src=\"https://evil.example/\"></iframe>"
               u"<p>Normal link: <a href=\"https://www.acme.example/research\">research</a></p>"_s;
        break;
    case M8Kind:
    case M8StandardKind: {
        const QString alice = mk.mention(Demo::AliceId, u"Alice Adams"_s);
        const QString gbpusd = mk.cashtag(u"GBPUSD"_s);
        body = u"<p>Hello from Globex "_s + alice + u", we are interested in "_s + gbpusd
            + u" 3M forwards for 25m. Could you send indicative levels before our 15:00 call? "
              u"Our compliance needs the term sheet by end of day.</p>"_s;
        break;
    }
    case M9Kind:
        body = u"<p>This message has been suppressed.</p>"_s;
        break;
    case DiagnosticKind:
        o.insert(u"diagnostic"_s, u"decryption failed"_s);
        return o;
    default:
        break;
    }
    o.insert(u"message"_s, mk.document(body));
    o.insert(u"data"_s, mk.data());
    return o;
}

QJsonObject DataSet::fillerMessage(const MessageMeta &meta) const
{
    QJsonObject o = messageEnvelope(meta);
    const int stream = meta.ref.stream;
    const int index = meta.ref.index;
    Rng rng(seedFor(stream, index, 2));
    const bool bot = meta.authorId == Demo::BotId;
    Markup mk(bot);
    auto sentence = [&rng]() { return Markup::escape(rng.pick(sentences())); };
    // Entities are created before the markup is assembled so that their ids follow the text.
    QString mention;
    for (const qint64 id : meta.mentions) {
        const DemoUser *u = user(id);
        mention += mk.mention(id, u ? u->displayName() : QString::number(id));
    }
    QString tags;
    for (const QString &h : meta.hashtags)
        tags += u' ' + mk.hashtag(h);
    QString cash;
    for (const QString &c : meta.cashtags)
        cash += u' ' + mk.cashtag(c);
    // Random parts are drawn up front in a fixed order (braced lists evaluate left to right):
    // the operands of one + chain are evaluated in no set order.
    const QStringList text {sentence(), sentence(), sentence()};
    const QStringList levels {level(rng), level(rng), level(rng), level(rng), level(rng), level(rng),
        level(rng), level(rng), level(rng)};
    const QList<int> numbers {rng.below(9000), rng.below(21), rng.below(900), rng.below(5000), rng.below(3)};

    QString body;
    switch (meta.kind) {
    case 0: {
        const int note = 1000 + numbers[0];
        body = u"<p>Morning "_s + mention + u", "_s + text[0] + tags + u"</p><p>" + text[1] + cash + u' '
            + text[2] + u"</p><p>Notes: <a href=\"https://research.acme.example/notes/"_s
            + QString::number(note) + u"\">https://research.acme.example/notes/"_s + QString::number(note)
            + u"</a></p>"_s;
        break;
    }
    case 1: {
        body = u"<p>Levels into the close"_s + tags + u":</p><ul>"_s;
        for (int i = 0; i < meta.cashtags.size(); ++i)
            body += u"<li>"_s + meta.cashtags.at(i) + u" at "_s + levels.at(i) + u"</li>"_s;
        body += u"<li>Spread "_s + levels.at(8) + u"</li></ul><p>" + text[0] + cash + u"</p>"_s;
        break;
    }
    case 2:
        body = u"<p>"_s + text[0] + tags + cash + u"</p><p>" + text[1] + u"</p>"_s;
        if (index > 0)
            o.insert(u"parentMessageId"_s, messageId(stream, index - 1));
        break;
    case 3: {
        const EmojiInfo &e = rng.pick(emojis());
        const QString emoji = mk.emoji(e.shortcode, e.unicode, e.annotation);
        body = u"<p><b>Quick one:</b> "_s + text[0] + u' ' + emoji + tags + cash + u"</p><p><i>" + text[1]
            + u"</i></p>"_s;
        break;
    }
    case 4:
        body = u"<p>Pasted from the pricer"_s + tags + cash + u":</p><table class=\"pasted-table\"><tbody>"_s
            + u"<tr><td>Tenor</td><td>Bid</td><td>Ask</td></tr>"_s;
        for (int i = 0; i < 4; ++i) {
            static const char *const tenors[] = {"2Y", "5Y", "10Y", "30Y"};
            body += u"<tr><td>"_s + QString::fromLatin1(tenors[i]) + u"</td><td>" + levels.at(2 * i)
                + u"</td><td>" + levels.at(2 * i + 1) + u"</td></tr>"_s;
        }
        body += u"</tbody></table>"_s;
        break;
    case 5:
        body = u"<p>Automated snapshot"_s + cash + tags
            + u"</p><table><thead><tr><th>Instrument</th><th>Level</th>"
              u"<th>Change</th></tr></thead><tbody>"_s;
        for (int i = 0; i < meta.cashtags.size(); ++i)
            body += u"<tr><td>"_s + meta.cashtags.at(i) + u"</td><td>" + levels.at(i) + u"</td><td>"
                + QString::number(numbers[1] - 10 + i) + u"bp</td></tr>"_s;
        body += u"</tbody></table>"_s;
        break;
    case 6:
        body = u"<div class=\"card barStyle\" data-accent-color=\"tempo-bg-color--green\"><div "
               u"class=\"cardHeader\">"
               u"Market update"_s
            + tags + u"</div><div class=\"cardBody\"><p>" + text[0] + cash + u"</p><p>" + text[1]
            + u"</p></div></div>"_s;
        break;
    case 7: {
        static const QStringList states {u"collapsed"_s, u"expanded"_s, u"cropped"_s};
        body = u"<div class=\"expandable-card\" data-state=\""_s + states.at(numbers[4])
            + u"\"><div class=\"expandableCardHeader\">Batch job report"_s + tags
            + u"</div><div class=\"expandableCardBody\" data-variant=\"default\"><p>" + text[0] + cash
            + u"</p></div></div>"_s;
        break;
    }
    case 8:
        body = u"<p>Job output"_s + tags + cash + u":</p><pre>run=" + QString::number(index)
            + u" status=OK rows=" + QString::number(100 + numbers[2]) + u"\nwarnings=0 elapsed_ms="
            + QString::number(numbers[3]) + u"</pre><p>Rerun with <code>export --stream "
            + m_streams.at(stream).id + u"</code> if needed.</p>"_s;
        break;
    default:
        body = u"<h3>Daily checklist"_s + tags + u"</h3><ol><li>"_s + text[0] + u"</li><li>" + text[1] + cash
            + u"</li><li>" + text[2] + u"</li></ol>"_s;
        break;
    }
    if (!meta.attachments.isEmpty())
        body += u"<p>Snapshot attached: "_s + Markup::escape(meta.attachments.first().name) + u"</p>"_s;
    body = padTo(rng, body, 700 + rng.below(500));
    o.insert(u"message"_s, mk.document(body));
    o.insert(u"data"_s, mk.data());
    return o;
}

QJsonObject DataSet::message(int stream, int index) const
{
    m_work.messagesBuilt += 1;
    const MessageMeta m = meta(stream, index);
    QJsonObject o = m.kind >= FirstNamedKind ? namedMessage(m) : fillerMessage(m);
    if (m_config.hostileNames) {
        // A first paragraph, right after the PresentationML root's opening tag.
        QString markup = o.value(u"message"_s).toString();
        markup.insert(
            markup.indexOf(u'>') + 1, u"<p>"_s + Markup::escape(Demo::Hostile::messageText()) + u"</p>"_s);
        o.insert(u"message"_s, markup);
    }
    return o;
}

QString DataSet::plainText(int stream, int index) const
{
    return Markup::plainText(message(stream, index).value(u"message"_s).toString());
}

QList<int> DataSet::messagesWithAttachments(int stream, int first, int last, bool descending, int max) const
{
    // Only m5 (IM #0) and every Rates Desk message #i >= 7 with i % 50 == 25 carry files, so the
    // candidates are enumerated directly instead of scanning a possibly huge history.
    QList<int> candidates;
    auto consider = [&](int i) {
        if (i >= first && i < last && !meta(stream, i).attachments.isEmpty())
            candidates.append(i);
    };
    if (stream == Demo::RatesDeskIndex) {
        if (!descending) {
            int i = qMax(first, 7);
            i += ((25 - i % 50) + 50) % 50;
            for (; i < last && candidates.size() < max; i += 50)
                consider(i);
        } else {
            int i = last - 1;
            i -= ((i % 50 - 25) + 50) % 50;
            for (; i >= qMax(first, 7) && candidates.size() < max; i -= 50)
                consider(i);
        }
    } else if (stream == Demo::ImIndex) {
        consider(0);
    }
    return candidates;
}

QByteArray DataSet::attachmentBytes(const MessageRef &ref, const QString &fileId) const
{
    const MessageMeta m = meta(ref.stream, ref.index);
    for (const AttachmentMeta &a : m.attachments) {
        if (a.id == fileId) {
            if (a.contentType == u"application/pdf"_s)
                return BinaryFixtures::pdf("Term sheet: GBP/USD 3M forward, notional 25m", a.size);
            if (a.contentType == u"image/png"_s)
                return BinaryFixtures::png(96, 64, a.size);
            return csvFor(ref.stream, ref.index);
        }
        if (!a.previewId.isEmpty() && a.previewId == fileId)
            return BinaryFixtures::png(48, 32, 0);
    }
    return {};
}

QList<ReceiptEntry> DataSet::receipts(const MessageRef &ref) const
{
    const qint64 t = timestamp(ref.stream, ref.index);
    if (ref.stream == Demo::RatesDeskIndex && ref.index == 0) {
        return {
            {Demo::BobId, t + 2000, t + 65000, QString(), 0},
            {Demo::CarolId, t + 3000, t + 120000, QString(), 0},
            {Demo::BotId, t + 1000, 0, QString(), 0},
        };
    }
    if (ref.stream == Demo::ImIndex && ref.index == 0)
        return {{Demo::BotId, t + 1000, t + 4000, u"term-sheet.pdf"_s, t + 9000}};
    if (ref.stream == Demo::CrossPodIndex && ref.index <= 1) {
        return {
            {Demo::ErinId, t + 500, t + 500, QString(), 0},
            {Demo::AliceId, t + 1500, t + 30000, QString(), 0},
            {Demo::BotId, t + 1000, 0, QString(), 0},
        };
    }
    return {};
}

MessageStatusData DataSet::status(const MessageRef &ref) const
{
    const qint64 t = timestamp(ref.stream, ref.index);
    MessageStatusData out;
    if (ref.stream == Demo::RatesDeskIndex && ref.index == 0) {
        out.read = {{Demo::BobId, t + 65000}};
        out.delivered = {{Demo::BotId, t + 1000}};
        out.sent = {{Demo::CarolId, t + 200}};
        return out;
    }
    const MessageMeta m = meta(ref.stream, ref.index);
    const DemoStream &s = m_streams.at(ref.stream);
    for (const RoomMember &member : s.members) {
        if (member.userId == m.authorId)
            continue;
        if (member.userId == Demo::BotId)
            out.delivered.append({member.userId, t + 1000});
        else
            out.read.append({member.userId, t + 30000});
    }
    return out;
}

} // namespace Inspector::DemoPod
