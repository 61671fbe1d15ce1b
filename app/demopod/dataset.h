// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demopodserver.h"
#include "workcounters.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inspector::DemoPod {

/** @brief A user of either pod; the external user has no username. */
struct DemoUser
{
    qint64 id = 0;
    QString username; ///< empty for the external user
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString title;
    QString department;
    QString location;
    bool active = true;
    bool external = false;
    bool system = false;

    QString displayName() const { return firstName + u' ' + lastName; }
};

enum class StreamKind
{
    Im,
    Mim,
    Room,
    Post
};

/** @brief A current member of a stream. */
struct RoomMember
{
    qint64 userId = 0;
    bool owner = false;
    qint64 joinDate = 0;
};

/** @brief A conversation with its members and the shape of its (never stored) message timeline. */
struct DemoStream
{
    int index = 0;
    QByteArray rawId;
    QString id; ///< URL-safe
    StreamKind kind = StreamKind::Im;
    QString name; ///< rooms only
    QString description;
    QList<QPair<QString, QString>> keywords;
    bool active = true;
    bool crossPod = false;
    bool isPublic = false;
    bool discoverable = false;
    bool viewHistory = true;
    bool readOnly = false;
    qint64 created = 0;
    qint64 createdBy = 0;
    qint64 lastModified = 0;
    QList<RoomMember> members; ///< current members
    QList<qint64> viewers; ///< users whose stream list shows it (members, plus followers of a wall)
    QList<qint64> authors; ///< who writes the filler messages
    QList<qint64> mentioned; ///< whom filler messages mention: the first members, whatever changes later
    QString pinnedMessageId;

    // Message timeline: the first explicitTimes.size() messages have fixed times, the rest are
    // base + step * n, with the messages run.first..run.last all sharing one millisecond.
    int messageCount = 0;
    QList<qint64> explicitTimes;
    qint64 base = 0;
    qint64 step = 60000;
    int runFirst = -1;
    int runLast = -1;

    bool isMember(qint64 userId) const;
    bool canView(qint64 userId) const { return viewers.contains(userId); }
    QString typeName() const;
};

/** @brief One file of a message, with its optional thumbnail. */
struct AttachmentMeta
{
    QString id;
    QString name;
    qint64 size = 0;
    QString contentType;
    QString previewId; ///< empty when no thumbnail
    int previewWidth = 0;
};

/**
 * @brief A message added after the data set was made (DataSet::addMessage, an edit): message
 * index messageCount + n of its stream, n its position in StreamChanges::added.
 */
struct AddedMessage
{
    qint64 timestamp = 0;
    qint64 authorId = 0;
    QString body; ///< PresentationML inside the root element
    QString replacing; ///< an edit: the id of the message it replaces
    QString initialMessageId; ///< an edit: the first message of the chain, and its time
    qint64 initialTimestamp = 0;
    bool removed = false;
};

/** @brief What changed in one message since the data set was made. */
struct MessageChange
{
    QString body; ///< new PresentationML inside the root element; empty = unchanged
    bool suppressed = false;
    QString replacedBy; ///< the id of its edit
};

/**
 * @brief The changes made to one stream's messages, kept so that an answer still costs what it
 * returns: removed messages as a sorted list of indexes, added ones in time order, so that a
 * position in the history is found by binary searches (DataSet::viewIndex).
 */
struct StreamChanges
{
    QList<int> removed; ///< sorted indexes < messageCount no longer served
    QList<AddedMessage> added;
    QList<QPair<qint64, int>> order; ///< (timestamp, n) of the added messages still served, sorted
    QHash<int, MessageChange> messages; ///< by message index
};

/** @brief Position of a message: stream index and index in that stream's history. */
struct MessageRef
{
    int stream = -1;
    int index = -1;
    bool isValid() const { return stream >= 0 && index >= 0; }
};

/** What search needs about a message, cheap to compute (no markup is built). */
struct MessageMeta
{
    MessageRef ref;
    qint64 timestamp = 0;
    qint64 authorId = 0;
    QList<qint64> mentions;
    QStringList hashtags;
    QStringList cashtags;
    int kind = 0; ///< template number of filler messages, or a NamedKind
    QList<AttachmentMeta> attachments;
};

/** @brief One user's receipt of a message (0 = that event did not happen). */
struct ReceiptEntry
{
    qint64 userId = 0;
    qint64 delivered = 0; ///< 0 = none
    qint64 read = 0;
    QString downloadedFile;
    qint64 downloaded = 0;
};

/** @brief One user in a message status list. */
struct StatusEntry
{
    qint64 userId = 0;
    qint64 timestamp = 0;
};

/** @brief Who read, got or was only sent a message. */
struct MessageStatusData
{
    QList<StatusEntry> read;
    QList<StatusEntry> delivered;
    QList<StatusEntry> sent;
};

/**
 * @brief The demo pod's data: users, streams and messages, all derived from the Config by pure
 * functions. Messages are never stored: message(s, i) rebuilds message i of stream s on demand,
 * so a million-message stream costs nothing until it is read.
 *
 * The changes of the control API (addMessage(), editMessage(), removeMessage(), setMember(), ...)
 * are kept beside the generated data, per stream. A history is then read by position ("rank"):
 * viewCount(), viewLowerBound() and viewIndex() give the messages still served, added ones in
 * their time order, in O(log n). Without changes a rank is the message index. Changes are made on
 * the server thread only (Server runs them there), so readers need no lock; a DataSet that no
 * server owns is safe to read from any thread while nobody changes it.
 */
class DataSet
{
public:
    explicit DataSet(const Config &config);

    const QList<DemoUser> &users() const { return m_users; }
    const DemoUser *user(qint64 id) const;
    const DemoUser *userByUsername(const QString &username) const;
    const DemoUser *userByEmail(const QString &email) const;

    const QList<DemoStream> &streams() const { return m_streams; }
    /** -1 when unknown; the id must be URL-safe. */
    int streamIndex(const QString &urlSafeId) const;

    int messageCount(int stream) const { return m_streams.at(stream).messageCount; }
    qint64 timestamp(int stream, int index) const;
    /** First index whose timestamp is >= since (messageCount when none). */
    int lowerBound(int stream, qint64 since) const;
    /** First index whose timestamp is > until. */
    int upperBound(int stream, qint64 until) const;

    MessageRef findMessage(const QByteArray &rawId) const;
    QByteArray messageRawId(int stream, int index) const;
    QString messageId(int stream, int index) const;
    MessageMeta meta(int stream, int index) const;
    QJsonObject message(int stream, int index) const;
    /** Text content of the message (tags removed) for text search. */
    QString plainText(int stream, int index) const;
    /** Indexes in [first, last) of messages with attachments, in the given order, at most `max`. */
    QList<int> messagesWithAttachments(int stream, int first, int last, bool descending, int max) const;
    /** Deterministic content of an attachment or preview; empty when the message has no such file. */
    QByteArray attachmentBytes(const MessageRef &ref, const QString &fileId) const;

    QJsonObject v4User(qint64 userId) const;
    /**
     * A V4Event: @p payload under @p key in its payload (an empty payload when @p key is empty, as
     * for a type the clients do not know), @p initiator as its initiator's user, and @p messageId
     * when not empty.
     */
    QJsonObject v4Event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
        const QString &key, const QJsonObject &payload, const QString &messageId = {}) const;
    /** The V4RoomProperties of room @p s, with @p description (without keywords). */
    QJsonObject v4RoomProperties(const DemoStream &s, const QString &description) const;
    QJsonObject v4Stream(int stream, bool withMembers = false) const;
    QJsonObject userV2(const DemoUser &user) const;

    /** Receipt details, empty when the message has none (the pod answers 404). */
    QList<ReceiptEntry> receipts(const MessageRef &ref) const;
    MessageStatusData status(const MessageRef &ref) const;

    // --- Histories as served, with the changes (a rank is a position in the served history) ---
    /** Messages served in @p stream. */
    int viewCount(int stream) const;
    /** Rank of the first served message whose timestamp is >= since. */
    int viewLowerBound(int stream, qint64 since) const;
    /** Rank of the first served message whose timestamp is > until. */
    int viewUpperBound(int stream, qint64 until) const;
    /** The message index at @p rank (0 <= rank < viewCount). */
    int viewIndex(int stream, int rank) const;
    /** Time of the last served message, or 0 when the stream serves none. */
    qint64 lastTimestamp(int stream) const;
    /** True for a message that removeMessage() took away. */
    bool isRemoved(int stream, int index) const;

    // --- Changes (server thread only; each returns an error when it cannot apply) ---
    /** Adds a message of @p authorId (0 = the stream's first author) at @p timestamp; returns its id. */
    Result<QString> addMessage(int stream, qint64 timestamp, qint64 authorId, const QString &body);
    /** Edits as Symphony does: a new message at @p timestamp `replacing` the old one (returns its id),
     *  which gets `replacedBy`. */
    Result<QString> editMessage(const MessageRef &ref, qint64 timestamp, const QString &body);
    /** New content for the same message id (e.g. a decryption that now succeeds). */
    void changeContent(const MessageRef &ref, const QString &body);
    /** The message comes back as a suppressed one: fixed text, no entities, no files. */
    void suppressMessage(const MessageRef &ref);
    /** The message is no longer served by any endpoint. */
    void removeMessage(const MessageRef &ref);
    /** Adds @p userId to a room (joined at @p joinDate), or removes it; an owner flag on add. */
    Result<> setMember(int stream, qint64 userId, bool member, bool owner, qint64 joinDate);
    Result<> setOwner(int stream, qint64 userId, bool owner);
    Result<> renameRoom(int stream, const QString &name);
    void setActive(int stream, bool active);
    /** Number of changes made so far; a change is logged with its stream. */
    qint64 changeCount() const { return qint64(m_changeLog.size()); }
    /** Streams changed by the changes after the first @p since of them (with repeats). */
    QList<int> streamsChangedSince(qint64 since) const { return m_changeLog.mid(since); }
    /** A body for a message: PresentationML kept as it is, plain text escaped into a paragraph. */
    static QString bodyFromText(const QString &text);

    /** Counters of the work done with this data set (Server::workCounts). */
    WorkCounters &work() const { return m_work; }

private:
    void buildUsers();
    void buildStreams();
    DemoStream &addStream(StreamKind kind, const QByteArray &rawId, qint64 created, qint64 createdBy);
    MessageMeta plainMeta(int stream, int index) const;
    QJsonObject namedMessage(const MessageMeta &meta) const;
    QJsonObject fillerMessage(const MessageMeta &meta) const;
    QJsonObject messageEnvelope(const MessageMeta &meta) const;
    QJsonObject addedMessage(const MessageMeta &meta) const;
    /** Applies the changes of message @p index to its JSON and/or its metadata. */
    void applyChange(int stream, int index, QJsonObject *message, MessageMeta *meta) const;
    const StreamChanges *changes(int stream) const;
    int liveBaseBelow(int stream, int baseIndex) const;
    int liveBaseSelect(const StreamChanges &c, int k) const;
    void logChange(int stream) { m_changeLog.append(stream); }

    Config m_config;
    QList<DemoUser> m_users;
    QHash<qint64, int> m_userIndex;
    QList<DemoStream> m_streams;
    QHash<QString, int> m_streamIndex;
    QHash<QByteArray, MessageRef> m_namedMessages;
    QHash<QString, int> m_usernameIndex; ///< case-folded username -> index in m_users
    QHash<QString, int> m_emailIndex; ///< case-folded email -> index in m_users
    QHash<int, StreamChanges> m_changes; ///< by stream; none for a stream never changed
    QList<int> m_changeLog; ///< the stream of each change
    mutable WorkCounters m_work;
};

/** What an applied control-API change did (applyMutation). */
struct MutationOutcome
{
    QString messageId; ///< the new message's id for AddMessage and EditMessage, else empty
    bool streamChanged = false; ///< the stream itself changed (members, name, state): listings must see it
};

/**
 * Applies a control-API change to @p data (server thread): what it did, or an error when it does
 * not apply.
 */
Result<MutationOutcome> applyMutation(DataSet &data, const Mutation &mutation);

} // namespace Inspector::DemoPod
