// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/retrypolicy.h"
#include "data/event.h"

namespace Inspector {
class ApiClient;
class ApiJob;
class TimeSource;
} // namespace Inspector

namespace Inspector::Live {

/** @brief One batch of a feed read, handed to the store before anything is acknowledged. */
struct EventBatch
{
    quint64 sequence = 0; ///< 1, 2, … per reader run
    QList<Event> events; ///< events of real-time types, in server order (duplicates included)
    QString ackId; ///< acknowledges this batch when sent on the next read
    QString previousAckId; ///< the ackId this batch was read with
    int unknownTypes = 0; ///< events of types the spec does not list: skipped, as the BDKs do
    int flagged = 0; ///< events kept with problems
};

/**
 * @brief The read loop shared by the datafeed and the datahose: read, hand the batch over, wait
 * until it is stored, and only then send its ackId on the next read.
 *
 * Lives on the ApiClient's thread. After start() the reader prepares its feed (the datafeed finds
 * or creates one), then reads. Each batch comes in batchReceived(); the reader then waits, with no
 * request on the wire, until the receiver calls confirmStored() (the batch is safe: its ackId goes
 * out with the next read) or rejectBatch() (storing failed: the reader stops and the batch stays
 * unacknowledged, so the server delivers it again to the next reader). Destroying the reader at any
 * point acknowledges nothing more.
 *
 * Network faults, timeouts, 429 and 5xx (after the client's own retries) are retried here with the
 * reader's backoff, forever by default like the BDKs' feed loops, through the TimeSource so tests
 * never sleep. A malformed batch stops the reader with a BadResponse error: nothing of it is
 * acknowledged. stopped() is emitted exactly once per start(), with a None error after stop().
 */
class EventReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventReader)

public:
    enum class State
    {
        Idle,
        Preparing,
        Reading,
        Storing,
        WaitingToRetry,
        Stopped
    };
    Q_ENUM(State)

    ~EventReader() override;

    /** The backoff of the read loop; the default retries forever (500 ms doubling up to 5 min). */
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    /** nullptr: the client's TimeSource. */
    void setTimeSource(TimeSource *time) { m_time = time; }
    /** updatePresence of the reads: off by default, an inspector should not look online. */
    void setUpdatePresence(bool update) { m_updatePresence = update; }

    /** Starts reading; @p ackId resumes a feed (the last ackId whose batch was stored). */
    void start(const QString &ackId = {});
    /** Stops at once: the read in flight is abandoned (its batch never arrives), stopped() comes. */
    void stop();
    /** The batch last received is stored: its ackId goes out with the next read. */
    void confirmStored();
    /** The batch last received could not be stored: stop with @p error, acknowledging nothing. */
    void rejectBatch(const ApiError &error);

    State state() const { return m_state; }
    /** The ackId the next read sends: that of the last batch confirmed stored. */
    QString ackId() const { return m_ackId; }
    quint64 batches() const { return m_sequence; }
    /** The error of the last failed attempt while backing off (cleared by a good read). */
    const ApiError &lastError() const { return m_lastError; }

    /** The default policy: BDK's feed loops (infinite attempts, 500 ms ×2 up to 5 min). */
    static RetryPolicy defaultPolicy();

Q_SIGNALS:
    void batchReceived(const Inspector::Live::EventBatch &batch);
    void retrying(int attempt, int delayMs, const Inspector::ApiError &reason);
    /** Events may have been lost (a datafeed expired or was recreated); says what and why. */
    void gapDetected(const QString &reason);
    /** Something the user should know while the reader goes on (ceservice DOWN, …). */
    void warning(const QString &text);
    void stopped(const Inspector::ApiError &error);

protected:
    EventReader(ApiClient *client, QObject *parent);

    ApiClient *client() const { return m_client; }
    bool updatePresence() const { return m_updatePresence; }
    TimeSource *time() const;

    /** Gets the feed ready, then calls beginReading() (or finish() with an error). */
    virtual void prepare() = 0;
    virtual ApiRequest readRequest(const QString &ackId) const = 0;
    /** A read failed with a non-transient error: recover (and readNext()) or finish(). */
    virtual void handleReadFailure(const ApiError &error) = 0;
    /** A read failed with a transient error, before backing off (e.g. to diagnose it). */
    virtual void onTransientFailure(const ApiError &error);

    /** Sends @p request; @p done gets the finished job (never after stop() or destruction). */
    void send(const ApiRequest &request, std::function<void(ApiJob *)> done);
    void beginReading();
    void readNext();
    /** Retries @p retry after the backoff for @p error, or finish()es when it must not be retried. */
    void backOff(const ApiError &error, const QByteArray &retryAfter, std::function<void()> retry);
    void finish(const ApiError &error);
    void setAckId(const QString &ackId) { m_ackId = ackId; }
    void resetFailures() { m_failures = 0; }

private:
    void onRead(ApiJob *job);

    ApiClient *m_client;
    TimeSource *m_time = nullptr;
    RetryPolicy m_policy;
    QPointer<ApiJob> m_job;
    State m_state = State::Idle;
    QString m_ackId;
    QString m_pendingAckId;
    quint64 m_sequence = 0;
    int m_failures = 0;
    int m_generation = 0; ///< bumps on stop/start so that late timers and replies are ignored
    bool m_updatePresence = false;
    ApiError m_lastError;
};

} // namespace Inspector::Live

Q_DECLARE_METATYPE(Inspector::Live::EventBatch)
