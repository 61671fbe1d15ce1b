// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "localresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace Inspector::DemoPod {

/** @brief Start-up settings of the demo pod; copied into the server, never changed afterwards. */
struct Config
{
    /** Number of filler conversations (IMs, MIMs, rooms) on top of the named streams. */
    int streams = 120;
    /** Messages in the "Rates Desk" room (at least 12); filler streams get min(this, 3..19). */
    int messagesPerStream = 600;
    /** Messages in every filler stream; -1 = min(messagesPerStream, 3..19). */
    int messagesPerFiller = -1;
    /** Every answer (not the control API) is held this long before it is sent, like a pod across a
     *  WAN; answers wait side by side, none waits for another (Server::setLatencyMs changes it). */
    int latencyMs = 0;
    qint64 tokenTtlMs = 3600000;
    /** false = simplified key delivery: agent calls accept a missing keyManagerToken. */
    bool requireKeyManagerToken = true;
    /** How long a datafeed read with nothing to deliver is held before it answers. */
    int longPollMs = 20000;
    /**
     * Generated event batches every feed delivers after the §15.7 script (eventgenerator.h);
     * EndlessEvents = they never end. Each costs nothing until a reader gets to it.
     */
    int eventBatches = 0;
    static constexpr int EndlessEvents = -1;
    /** Seed of the event generator: the same seed gives the same events. */
    quint32 eventSeed = 1;
    /** A generated batch holds 1 to this many new events. */
    int eventsPerBatch = 5;
    /** Every n-th generated batch starts with a copy of the previous batch's last event (0 = never). */
    int duplicateEvery = 3;
    bool tls = false;
    quint16 port = 0;
    /** Every user's first name, room name and description, attachment name and message text
     *  carries markup and terminal controls (hostiledata.h), for tests of how clients show them. */
    bool hostileNames = false;
};

/**
 * @brief One fault rule: the next `count` requests whose method and path match get this
 * behaviour instead of (or on top of) the normal answer.
 */
struct Fault
{
    enum class Kind
    {
        Status, ///< `status` with an Error/V2Error body, or `body` (JSON if it starts with '{', else
                ///< text/html)
        Expired, ///< 401 "Invalid session" and the presented session token stops working
        Throttle, ///< 429 with Retry-After from retryAfterSeconds / retryAfterHttpDate (none if both unset)
        Delay, ///< the normal answer, sent delayMs later
        Malformed, ///< 200 with broken JSON (the normal body cut in half, or `body` verbatim)
        Truncated, ///< Content-Length of the full answer, half of it written, then the connection closes
        Empty204, ///< 204 with no body
        Drop, ///< headers and a few body bytes, then the connection is reset (RST)
        StaleFeed, ///< 400 "Datafeed <id> not found" and the datafeed is gone
        Redirect, ///< `status` if it is a 3xx (else 307) with `Location: location`, and no body
    };

    QByteArray method; ///< empty = any method
    QString pathPattern; ///< regular expression that must match the whole path (no query); empty = any
    Kind kind = Kind::Status;
    int status = 500;
    int count = 1; ///< how many matching calls get the fault; -1 = forever
    int skip = 0; ///< this many matching calls pass through untouched before the fault applies
    int retryAfterSeconds = -1; ///< -1 = no Retry-After seconds
    QString retryAfterHttpDate; ///< used as Retry-After when set (wins over retryAfterSeconds)
    int delayMs = 0; ///< Delay: wait before answering; other kinds: wait before the fault is sent
    QByteArray body;
    QString location; ///< Redirect: the Location header, sent as given (absolute or relative)
};

/**
 * @brief A change to the demo pod's data between two syncs (Server::apply, or
 * `POST /__mock/mutations` with the JSON of mutationToJson()). Ids are accepted in both Base64
 * forms. Each change costs what it touches: the histories, searches and listings of other streams
 * are not affected, and no answer afterwards costs more than it returns.
 */
struct Mutation
{
    enum class Kind
    {
        AddMessage, ///< a new message in streamId at timestamp (an old one too: a late delivery), by userId
        EditMessage, ///< Symphony's edit: a new message at timestamp `replacing` messageId (which gets
                     ///< `replacedBy`), with `initialMessageId` / `initialTimestamp` of the first version
        ChangeContent, ///< messageId keeps its id and gets new content (e.g. a decryption that now succeeds)
        SuppressMessage, ///< messageId comes back suppressed: fixed text, no entities, no files
        RemoveMessage, ///< messageId is no longer served by any endpoint
        AddMember, ///< userId joins the room streamId (joined at timestamp; owner when flag)
        RemoveMember, ///< userId leaves the room streamId
        SetOwner, ///< userId (a member of streamId) becomes an owner (flag) or not
        RenameRoom, ///< the room streamId is called text
        SetActive, ///< the stream streamId is active (flag) or deactivated
    };

    Kind kind = Kind::AddMessage;
    QString streamId;
    QString messageId;
    QString text; ///< the content: PresentationML ("<p>…</p>", inside the root) or plain text; a room name
    qint64 timestamp = 0; ///< 0 = now
    qint64 userId = 0; ///< AddMessage: the author, 0 = the stream's first author
    bool flag = false;
};

/** @brief What the server received and what it answered (status 0 = connection dropped). */
struct LoggedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0;

    /** Case-insensitive header lookup; empty when absent. */
    QByteArray header(const QByteArray &name) const;
};

/**
 * @brief How much work the demo pod has done since it started (or since resetWorkCounts()):
 * tests use it to prove that an answer costs in proportion to what it returns.
 */
struct WorkCounts
{
    qint64 messagesBuilt = 0; ///< messages built as JSON (history, search pages, text search, events)
    qint64 messageMetas = 0; ///< messages looked at without building them (author, tags, time)
    qint64 eventsPlanned = 0; ///< generated events drawn (random numbers only, no JSON)
    qint64 eventsBuilt = 0; ///< generated events built as JSON
    qint64 streamsVisited = 0; ///< streams looked at by listings and searches
    qint64 usersVisited = 0; ///< users looked at by a user lookup

    WorkCounts operator-(const WorkCounts &o) const
    {
        return {messagesBuilt - o.messagesBuilt, messageMetas - o.messageMetas,
            eventsPlanned - o.eventsPlanned, eventsBuilt - o.eventsBuilt, streamsVisited - o.streamsVisited,
            usersVisited - o.usersVisited};
    }
};

class ServerPrivate;

/**
 * @brief The embedded Symphony demo pod: login, relay, cert auth, pod and agent APIs on one
 * loopback port, with deterministic data (docs/symphony-api.md §15) and fault injection.
 *
 * The Server object lives in the thread that created it; the HTTP side runs on its own QThread
 * started by start(), so a client in the caller's thread never deadlocks against it. All public
 * methods may be called from any thread; start() and stop() block until the server thread has
 * done the work.
 */
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(const Config &config, QObject *parent = nullptr);
    ~Server() override;

    /** Listens on 127.0.0.1:config.port; an error saying why when that fails. */
    Result<> start();
    void stop();
    bool isRunning() const;
    /** http(s)://127.0.0.1:PORT, empty before start(). */
    QUrl baseUrl() const;
    Config config() const;

    void addFault(const Fault &fault);
    void clearFaults();
    /** Faults that still have calls left. */
    QList<Fault> faults() const;

    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();

    /**
     * Registers another RSA public key (PEM, SPKI) for a known username, e.g. a rotated bot key
     * or a key for a human user. An error for an unknown user or a bad key.
     */
    Result<> addUserPublicKey(const QString &username, const QByteArray &publicKeyPem);

    /**
     * Reports a component of /agent/v3/health/extended as DOWN with `message` (empty message =
     * UP again). Known components: pod, key_manager, datafeed (services), agentservice,
     * ceservice (users). false for an unknown name.
     */
    bool setComponentDown(const QString &component, const QString &message);

    /**
     * Every distinct event a datafeed (or, with @p datahose, an unfiltered datahose) delivers,
     * scripted and generated, in delivery order, without the generator's duplicates; with
     * @p generatedBatches >= 0, only those of the first that many generated batches (an endless
     * feed, Config::EndlessEvents, needs that limit: without it only the scripted events come).
     */
    QList<QJsonObject> feedEvents(bool datahose, qint64 generatedBatches = -1) const;

    /**
     * Changes the data (runs on the server thread; the next answers see it). Returns the id of a
     * new message (AddMessage, EditMessage; empty for the other kinds), or an error when it does
     * not apply.
     */
    Result<QString> apply(const Mutation &mutation);
    /** Shorthands for apply(): the new message's id, empty when the change did not apply. */
    QString addMessage(const QString &streamId, qint64 timestamp, const QString &text, qint64 authorId = 0);
    QString editMessage(const QString &messageId, const QString &text, qint64 timestamp = 0);
    /** Shorthands for apply(): false when the change did not apply. */
    bool changeMessageContent(const QString &messageId, const QString &text);
    bool suppressMessage(const QString &messageId);
    bool removeMessage(const QString &messageId);
    bool addMember(const QString &streamId, qint64 userId, bool owner = false, qint64 joinDate = 0);
    bool removeMember(const QString &streamId, qint64 userId);
    bool setOwner(const QString &streamId, qint64 userId, bool owner);
    bool renameRoom(const QString &streamId, const QString &name);
    bool setStreamActive(const QString &streamId, bool active);

    /** Changes Config::latencyMs from the next request on. */
    void setLatencyMs(int ms);
    int latencyMs() const;
    /** Answers held back now (latency, delay faults, long polls), and the most held at once. */
    int heldAnswers() const;
    int maxHeldAnswers() const;

    /** The work done so far (thread-safe; feedEvents() counts too). */
    WorkCounts workCounts() const;
    void resetWorkCounts();

    static QByteArray botPrivateKeyPem();
    static QByteArray botPublicKeyPem();
    static QString botUsername();
    static QSslCertificate tlsCertificate();

private:
    std::unique_ptr<ServerPrivate> d;
};

/** Fault as JSON for the control API (`POST /__mock/faults`); kinds are lower-case names. */
QJsonObject faultToJson(const Fault &fault);
/** Parses a control-API fault; an error for unknown kinds or bad field types. */
Result<Fault> faultFromJson(const QJsonObject &json);
QJsonObject loggedRequestToJson(const LoggedRequest &request);
/** Mutation as JSON for the control API (`POST /__mock/mutations`); kinds are lower camel case. */
QJsonObject mutationToJson(const Mutation &mutation);
/** Parses a control-API mutation; an error for unknown kinds or bad field types. */
Result<Mutation> mutationFromJson(const QJsonObject &json);

} // namespace Inspector::DemoPod
