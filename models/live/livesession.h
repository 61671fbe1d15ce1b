// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "api/apierror.h"
#include "api/retrypolicy.h"
#include "data/event.h"
#include "live/eventdeduplicator.h"

namespace Inspector {
class ApiClient;
}

namespace Inspector::Live {

class CaptureWriter;
class EventReader;
struct EventBatch;

/** @brief What a live session reads and where it keeps it. */
struct LiveSettings
{
    enum class Source
    {
        Datafeed,
        Datahose
    };
    Source source = Source::Datafeed;
    QString tag; ///< datafeed: at most 100 characters; datahose: 1 to 80
    QStringList
        eventTypes; ///< datahose: at least one type, or "all"; datafeed: only these are kept (empty = all)
    QStringList scopes; ///< datahose: INTERNAL, EXTERNAL, FEDERATED; empty = all
    bool includeInvisible = false; ///< datafeed creation
    bool updatePresence = false;
    QString capturePath; ///< JSON Lines capture with its state file; empty = no capture
    /// capturePath was named by the tool after the user's file (FILE.capture.jsonl): a symbolic link
    /// there is refused, as at the state file (which is always derived)
    bool capturePathDerived = false;
    bool resume = false; ///< continue the capture at capturePath (source, tag and feed from its state)
    qint64 maxEvents = -1; ///< stop after this many new events (-1 = no limit)
    int dedupCapacity = 10000;
    std::optional<RetryPolicy> retry; ///< the readers' default when unset

    static QString sourceName(Source source);
};

/**
 * @brief One live view of a feed: the reader, the de-duplication, the capture and the counters.
 *
 * For each batch: duplicates are dropped (and counted), the new events are appended to the
 * capture and fsync'ed, handed to the sink (the CLI's standard output, say), the capture's state
 * is committed, and only then does the reader send the batch's ackId. A failing capture or sink
 * stops the session with that error and acknowledges nothing of the batch. Lives on the client's
 * thread; owns the reader and the capture.
 */
class LiveSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    /** Gets the new events of a batch before it is acknowledged; false with *error stops the session. */
    using Sink = std::function<bool(const QList<Event> &events, ApiError *error)>;

    LiveSession(ApiClient *client, const LiveSettings &settings, QObject *parent = nullptr);
    ~LiveSession() override;

    void setSink(Sink sink) { m_sink = std::move(sink); }
    /** Opens the capture (on resume: reads its state). False with *error when that fails. */
    bool open(ApiError *error);
    /** Starts reading (after open()). */
    void start();
    /** Stops: nothing more is read, nothing more acknowledged; finished() comes before it returns. */
    void stop();
    bool isRunning() const { return m_running; }

    const LiveSettings &settings() const { return m_settings; }
    EventReader *reader() const { return m_reader.get(); }
    const CaptureWriter *capture() const { return m_capture.get(); }
    /** The datafeed read (datafeed sessions), once known. */
    QString feedId() const { return m_feedId; }

    /** New events stored by this run (a resumed capture holds more: capture()->state().events). */
    qint64 storedEvents() const { return m_stored; }
    /** Duplicate deliveries dropped; with a capture, over every run of it. */
    qint64 duplicates() const;
    qint64 unknownTypes() const { return m_unknown; }
    qint64 batches() const { return m_batches; }
    /** Datafeed events left out by the eventTypes filter (acknowledged: deliberately not kept). */
    qint64 filteredOut() const { return m_filtered; }
    const QHash<QString, qint64> &countsByType() const { return m_byType; }
    const QStringList &gaps() const { return m_gaps; }

Q_SIGNALS:
    /** New events, stored (and committed) but not yet acknowledged to the server. */
    void eventsStored(const QList<Inspector::Event> &events);
    void feedReady(const QString &feedId, bool reused);
    void gapDetected(const QString &reason);
    void warning(const QString &text);
    void retrying(int attempt, int delayMs, const Inspector::ApiError &reason);
    /** The session ended: a None error after stop() or the event limit, else why it failed. */
    void finished(const Inspector::ApiError &error);

private:
    void onBatch(const EventBatch &batch);
    void onStopped(const ApiError &error);
    void makeReader();

    ApiClient *m_client;
    LiveSettings m_settings;
    Sink m_sink;
    std::unique_ptr<CaptureWriter> m_capture;
    std::unique_ptr<EventReader> m_reader;
    EventDeduplicator m_dedup; ///< without a capture (the capture has its own, persisted)
    QString m_feedId;
    QString m_resumeAckId;
    QHash<QString, qint64> m_byType;
    QStringList m_gaps;
    ApiError m_failure; ///< why the session stopped the reader itself
    qint64 m_stored = 0;
    qint64 m_unknown = 0;
    qint64 m_filtered = 0;
    qint64 m_batches = 0;
    bool m_running = false;
    bool m_opened = false;
    bool m_limitReached = false;
};

} // namespace Inspector::Live
