// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "demopodserver.h"
#include "eventgenerator.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Inspector::DemoPod {

/**
 * @brief The events every datafeed and datahose reader walks through, in batches: the three
 * §15.7 batches, then the generator's (eventgenerator.h). A reader's place in it is a batch
 * position. Batches are made on first use; lives on the server thread.
 */
class FeedScript
{
public:
    struct Event
    {
        QJsonObject json;
        QString type;
        bool external = false;
    };
    using Filter = EventGenerator::Filter;
    static constexpr int ScriptedBatches = 3;

    FeedScript(const Config &config, const DataSet &data);

    /** Batches in the script, -1 when endless. */
    qint64 length() const;
    /** Batch @p position of the script with the events @p keep accepts (all when empty). */
    QList<Event> batch(qint64 position, bool podWide, const Filter &keep);
    /** Whether batch @p position holds an event @p keep accepts. */
    bool batchHas(qint64 position, bool podWide, const Filter &keep);
    /**
     * Every distinct event of the script, with at most @p generatedBatches generated batches
     * (-1 = all; an endless script then lists its scripted events only). See Server::feedEvents.
     */
    QList<QJsonObject> distinctEvents(bool podWide, qint64 generatedBatches = -1);

private:
    QList<QList<Event>> makeScriptedBatches(bool podWide) const;
    QJsonObject event(const QString &id, const QString &type, qint64 timestamp, qint64 initiator,
        const QString &payloadKey, const QJsonObject &payload, const QString &messageId = QString()) const;

    const DataSet &m_data;
    std::unique_ptr<EventGenerator> m_generator;
    std::optional<QList<QList<Event>>> m_scripted[2]; ///< datafeed, datahose; made on first use
};

} // namespace Inspector::DemoPod
