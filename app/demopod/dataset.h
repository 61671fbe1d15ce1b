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
 * so a million-message stream costs nothing until it is read. Immutable after construction,
 * hence safe to read from any thread.
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
     * A V4Event: @p payload under @p key in its payload, @p initiator as its initiator's user,
     * and @p messageId when not empty.
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

    Config m_config;
    QList<DemoUser> m_users;
    QHash<qint64, int> m_userIndex;
    QList<DemoStream> m_streams;
    QHash<QString, int> m_streamIndex;
    QHash<QByteArray, MessageRef> m_namedMessages;
    QHash<QString, int> m_usernameIndex; ///< case-folded username -> index in m_users
    QHash<QString, int> m_emailIndex; ///< case-folded email -> index in m_users
    mutable WorkCounters m_work;
};

} // namespace Inspector::DemoPod
