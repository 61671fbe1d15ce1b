// SPDX-License-Identifier: Apache-2.0
// Changes to the demo pod's data set after it was made (the /__mock/mutations control API), and
// the histories as served with them: removed messages left out, added ones in their time order.
#include "dataset.h"

#include "demodata.h"
#include "idcodec.h"
#include "markup.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

qint64 nowOr(qint64 timestamp)
{
    return timestamp > 0 ? timestamp : QDateTime::currentMSecsSinceEpoch();
}

/** The raw bytes of an id in either Base64 form; empty when it is neither. */
QByteArray rawId(const QString &id)
{
    QByteArray raw;
    if (IdCodec::looksStandard(id)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            id.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return decoded && decoded.decoded.size() == IdCodec::RawSize ? decoded.decoded : QByteArray();
    }
    return IdCodec::fromUrlSafe(id, &raw) ? raw : QByteArray();
}

} // namespace

const StreamChanges *DataSet::changes(int stream) const
{
    const auto it = m_changes.constFind(stream);
    return it == m_changes.cend() ? nullptr : &*it;
}

bool DataSet::isRemoved(int stream, int index) const
{
    const StreamChanges *c = changes(stream);
    if (!c)
        return false;
    const int n = messageCount(stream);
    if (index >= n)
        return c->added.at(index - n).removed;
    return std::binary_search(c->removed.cbegin(), c->removed.cend(), index);
}

int DataSet::liveBaseBelow(int stream, int baseIndex) const
{
    const StreamChanges *c = changes(stream);
    if (!c)
        return baseIndex;
    return baseIndex
        - int(std::lower_bound(c->removed.cbegin(), c->removed.cend(), baseIndex) - c->removed.cbegin());
}

int DataSet::liveBaseSelect(const StreamChanges &c, int k) const
{
    // The k-th generated message still served is k + m, m the removed ones before it: the first m
    // with removed[m] > k + m (removed[m] - m never decreases, so a binary search finds it).
    int lo = 0;
    int hi = int(c.removed.size());
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (c.removed.at(mid) > k + mid)
            hi = mid;
        else
            lo = mid + 1;
    }
    return k + lo;
}

int DataSet::viewCount(int stream) const
{
    const StreamChanges *c = changes(stream);
    const int n = messageCount(stream);
    return c ? n - int(c->removed.size()) + int(c->order.size()) : n;
}

// The served history is the generated messages still served and the added ones, by time; at one
// millisecond the generated ones come first, then the added ones in the order they were added.
int DataSet::viewLowerBound(int stream, qint64 since) const
{
    const int base = lowerBound(stream, since);
    const StreamChanges *c = changes(stream);
    if (!c)
        return base;
    const auto added = std::lower_bound(
        c->order.cbegin(), c->order.cend(), qMakePair(since, std::numeric_limits<int>::min()));
    return liveBaseBelow(stream, base) + int(added - c->order.cbegin());
}

int DataSet::viewUpperBound(int stream, qint64 until) const
{
    const int base = upperBound(stream, until);
    const StreamChanges *c = changes(stream);
    if (!c)
        return base;
    const auto added = std::upper_bound(
        c->order.cbegin(), c->order.cend(), qMakePair(until, std::numeric_limits<int>::max()));
    return liveBaseBelow(stream, base) + int(added - c->order.cbegin());
}

int DataSet::viewIndex(int stream, int rank) const
{
    const StreamChanges *c = changes(stream);
    if (!c)
        return rank;
    // The rank of added message j is j plus the generated ones served at or before its time; it
    // grows with j. Find how many added messages lie at or before `rank`.
    auto addedRank
        = [&](int j) { return j + liveBaseBelow(stream, upperBound(stream, c->order.at(j).first)); };
    int lo = 0;
    int hi = int(c->order.size());
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (addedRank(mid) <= rank)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && addedRank(lo - 1) == rank)
        return messageCount(stream) + c->order.at(lo - 1).second;
    return liveBaseSelect(*c, rank - lo);
}

qint64 DataSet::lastTimestamp(int stream) const
{
    const int count = viewCount(stream);
    return count > 0 ? timestamp(stream, viewIndex(stream, count - 1)) : 0;
}

QString DataSet::bodyFromText(const QString &text)
{
    if (text.trimmed().startsWith(u'<'))
        return text;
    return u"<p>"_s + Markup::escape(text) + u"</p>"_s;
}

Result<QString> DataSet::addMessage(int stream, qint64 timestamp, qint64 authorId, const QString &body)
{
    const DemoStream &s = m_streams.at(stream);
    if (authorId == 0)
        authorId = s.authors.value(0, Demo::BotId);
    if (!user(authorId))
        return LocalError(u"Unknown user: "_s + QString::number(authorId));
    StreamChanges &c = m_changes[stream];
    const int n = int(c.added.size());
    AddedMessage added;
    added.timestamp = nowOr(timestamp);
    added.authorId = authorId;
    added.body = bodyFromText(body);
    c.added.append(added);
    const QPair<qint64, int> key(added.timestamp, n);
    c.order.insert(std::upper_bound(c.order.cbegin(), c.order.cend(), key) - c.order.cbegin(), key);
    const QString id = messageId(stream, s.messageCount + n);
    logChange(stream);
    return id;
}

Result<QString> DataSet::editMessage(const MessageRef &ref, qint64 timestamp, const QString &body)
{
    const QJsonObject old = message(ref.stream, ref.index);
    if (old.contains(u"replacedBy"_s)) {
        return LocalError(u"The message was already edited: edit its latest version, "_s
            + old.value(u"replacedBy"_s).toString());
    }
    const QString oldId = IdCodec::toUrlSafe(messageRawId(ref.stream, ref.index));
    const qint64 author = old.value(u"user"_s).toObject().value(u"userId"_s).toInteger();
    Result<QString> id = addMessage(ref.stream, timestamp, author, body);
    if (!id.ok())
        return id;
    StreamChanges &c = m_changes[ref.stream];
    AddedMessage &edit = c.added.last();
    edit.replacing = oldId;
    edit.initialMessageId = old.value(u"initialMessageId"_s).toString(oldId);
    edit.initialTimestamp = old.value(u"initialTimestamp"_s).toInteger(old.value(u"timestamp"_s).toInteger());
    c.messages[ref.index].replacedBy = id.value();
    return id;
}

void DataSet::changeContent(const MessageRef &ref, const QString &body)
{
    StreamChanges &c = m_changes[ref.stream];
    const int n = messageCount(ref.stream);
    if (ref.index >= n)
        c.added[ref.index - n].body = bodyFromText(body);
    else
        c.messages[ref.index].body = bodyFromText(body);
    logChange(ref.stream);
}

void DataSet::suppressMessage(const MessageRef &ref)
{
    m_changes[ref.stream].messages[ref.index].suppressed = true;
    logChange(ref.stream);
}

void DataSet::removeMessage(const MessageRef &ref)
{
    StreamChanges &c = m_changes[ref.stream];
    const int n = messageCount(ref.stream);
    if (ref.index >= n) {
        AddedMessage &added = c.added[ref.index - n];
        if (!added.removed) {
            added.removed = true;
            c.order.removeOne(qMakePair(added.timestamp, ref.index - n));
        }
    } else {
        const auto at = std::lower_bound(c.removed.cbegin(), c.removed.cend(), ref.index);
        if (at == c.removed.cend() || *at != ref.index)
            c.removed.insert(at - c.removed.cbegin(), ref.index);
    }
    logChange(ref.stream);
}

Result<> DataSet::setMember(int stream, qint64 userId, bool member, bool owner, qint64 joinDate)
{
    DemoStream &s = m_streams[stream];
    if (s.kind != StreamKind::Room)
        return LocalError(u"Only the members of a room can change"_s);
    if (!user(userId))
        return LocalError(u"Unknown user: "_s + QString::number(userId));
    if (member == s.isMember(userId)) {
        return LocalError(member ? u"Already a member: "_s + QString::number(userId)
                                 : u"Not a member: "_s + QString::number(userId));
    }
    const qint64 when = nowOr(joinDate);
    if (member) {
        s.members.append({userId, owner, when});
        if (!s.viewers.contains(userId))
            s.viewers.append(userId);
    } else {
        s.members.removeIf([userId](const RoomMember &m) { return m.userId == userId; });
        s.viewers.removeAll(userId);
    }
    s.lastModified = qMax(s.lastModified, when);
    logChange(stream);
    return {};
}

Result<> DataSet::setOwner(int stream, qint64 userId, bool owner)
{
    DemoStream &s = m_streams[stream];
    for (RoomMember &m : s.members) {
        if (m.userId == userId) {
            m.owner = owner;
            s.lastModified = qMax(s.lastModified, nowOr(0));
            logChange(stream);
            return {};
        }
    }
    return LocalError(u"Not a member: "_s + QString::number(userId));
}

Result<> DataSet::renameRoom(int stream, const QString &name)
{
    DemoStream &s = m_streams[stream];
    if (s.kind != StreamKind::Room)
        return LocalError(u"Only a room has a name"_s);
    if (name.trimmed().isEmpty())
        return LocalError(u"A room name cannot be empty"_s);
    s.name = name;
    s.lastModified = qMax(s.lastModified, nowOr(0));
    logChange(stream);
    return {};
}

void DataSet::setActive(int stream, bool active)
{
    DemoStream &s = m_streams[stream];
    s.active = active;
    s.lastModified = qMax(s.lastModified, nowOr(0));
    logChange(stream);
}

namespace {

/** The outcome of a change that makes a message: its id, or why it did not apply. */
Result<MutationOutcome> messageOutcome(Result<QString> id)
{
    if (!id.ok())
        return id.error();
    return MutationOutcome {std::move(id).value(), false};
}

/** The outcome of a change to the stream itself, or why it did not apply. */
Result<MutationOutcome> streamOutcome(const Result<> &applied)
{
    if (!applied.ok())
        return applied.error();
    return MutationOutcome {QString(), true};
}

} // namespace

Result<MutationOutcome> applyMutation(DataSet &data, const Mutation &m)
{
    using Kind = Mutation::Kind;
    switch (m.kind) {
    case Kind::EditMessage:
    case Kind::ChangeContent:
    case Kind::SuppressMessage:
    case Kind::RemoveMessage: {
        const MessageRef ref = data.findMessage(rawId(m.messageId));
        if (!ref.isValid())
            return LocalError(u"Unknown message: "_s + m.messageId);
        if (m.kind == Kind::EditMessage)
            return messageOutcome(data.editMessage(ref, m.timestamp, m.text));
        if (m.kind == Kind::ChangeContent)
            data.changeContent(ref, m.text);
        else if (m.kind == Kind::SuppressMessage)
            data.suppressMessage(ref);
        else
            data.removeMessage(ref);
        return MutationOutcome();
    }
    default:
        break;
    }
    const QByteArray raw = rawId(m.streamId);
    const int stream = raw.isEmpty() ? -1 : data.streamIndex(IdCodec::toUrlSafe(raw));
    if (stream < 0)
        return LocalError(u"Unknown stream: "_s + m.streamId);
    switch (m.kind) {
    case Kind::AddMessage:
        return messageOutcome(data.addMessage(stream, m.timestamp, m.userId, m.text));
    case Kind::AddMember:
        return streamOutcome(data.setMember(stream, m.userId, true, m.flag, m.timestamp));
    case Kind::RemoveMember:
        return streamOutcome(data.setMember(stream, m.userId, false, false, 0));
    case Kind::SetOwner:
        return streamOutcome(data.setOwner(stream, m.userId, m.flag));
    case Kind::RenameRoom:
        return streamOutcome(data.renameRoom(stream, m.text));
    case Kind::SetActive:
        data.setActive(stream, m.flag);
        return streamOutcome({});
    default:
        break;
    }
    return LocalError(u"Unknown change"_s);
}

} // namespace Inspector::DemoPod
