// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Inspector::DemoPod {

class DataSet;
struct Config;

/** @brief One event of a feed script, with what the datahose filters need. */
struct GeneratedEvent
{
    QJsonObject json; ///< the V4Event as the agent sends it
    QString type;
    bool external = false; ///< in a cross-pod conversation (scope EXTERNAL)
    bool duplicate = false; ///< a redelivered copy of an earlier event (same type, id, timestamp, messageId)
};

/**
 * @brief The scripted event generator of the demo pod: batches of realistic V4Events after the
 * fixed §15.7 script (messages sent, rooms created and updated, users joining and leaving,
 * owners promoted and demoted, IMs created, connections accepted, generic system events).
 *
 * A pure function of the data set and the configuration: the same seed gives the same batches,
 * byte for byte, so tests know every event a feed will deliver. Every `duplicateEvery`-th batch
 * starts with a copy of the previous batch's last event (at-least-once delivery); one event per
 * ten shares its `id` with the event before it although it is a different action (the agent's ids
 * can repeat for simultaneous actions), which a reader must NOT drop.
 *
 * Batches are made on demand, never stored: batch(b) costs the events of batch b (and of the
 * previous one for its duplicate), whatever b and however many batches there are, because the
 * generator keeps the random state at every CheckpointStride-th batch it has passed. So a feed of
 * a million batches, or an endless one (Config::eventBatches < 0), costs nothing up front and
 * O(batch) per read. Not thread-safe (the checkpoints are a cache): one generator per thread.
 */
class EventGenerator
{
public:
    EventGenerator(const DataSet &data, const Config &config);

    /** Generated batches, or -1 when they never end. */
    qint64 batchCount() const { return m_batchCount; }
    bool endless() const { return m_batchCount < 0; }

    /** What a datahose filter looks at, known without building the event. */
    struct Shape
    {
        QString type;
        bool external = false;
    };
    using Filter = std::function<bool(const Shape &)>;

    /**
     * Batch @p b (0-based, below batchCount() unless endless), with only the events @p keep
     * accepts (all when empty); only those are built.
     */
    QList<GeneratedEvent> batch(qint64 b, const Filter &keep = {});
    /** Whether batch @p b holds an event that @p keep accepts; builds no event. */
    bool batchHas(qint64 b, const Filter &keep);

    /** The random state is saved every this many batches. */
    static constexpr int CheckpointStride = 64;

private:
    /** One event's random draws: everything the JSON is made from. */
    struct Plan
    {
        qint64 n = 0; ///< number of the event among all generated (fresh) events
        int kind = 0;
        int room = 0; ///< stream index
        qint64 who = 0;
        bool sameId = false;
        bool duplicate = false; ///< the copy of the previous batch's last event
    };
    struct Position
    {
        quint32 state = 0;
        qint64 n = 0; ///< first event number of the batch
    };

    QList<Plan> plans(qint64 b);
    /** The batch's own (fresh) events, from the random state at its start. */
    QList<Plan> freshPlans(const Position &start, Position *next) const;
    /** The random state at the start of batch @p b. */
    Position seek(qint64 b);
    /** Keeps @p start as a recent start, and as the checkpoint of batch @p b when it is due. */
    void remember(qint64 b, const Position &start);
    Shape shape(const Plan &plan) const;
    GeneratedEvent build(const Plan &plan) const;

    const DataSet &m_data;
    qint64 m_batchCount;
    quint32 m_seed;
    int m_eventsPerBatch;
    int m_duplicateEvery;
    struct Recent
    {
        qint64 batch = -1;
        Position start;
    };
    static constexpr int RecentBatches = 4;

    QList<Position> m_checkpoints; ///< state at batch k * CheckpointStride
    Recent m_recent[RecentBatches]; ///< starts of the batches around the last ones asked for
    int m_nextRecent = 0;
};

/**
 * Every batch of a finite configuration (none when Config::eventBatches is 0 or endless), built
 * at once: for tests and tools that want the whole script.
 */
QList<QList<GeneratedEvent>> generateEventBatches(const DataSet &data, const Config &config);

} // namespace Inspector::DemoPod
