// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

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
 */
QList<QList<GeneratedEvent>> generateEventBatches(const DataSet &data, const Config &config);

} // namespace Inspector::DemoPod
