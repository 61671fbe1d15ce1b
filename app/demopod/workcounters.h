// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demopodserver.h"

#include <atomic>

namespace Inspector::DemoPod {

/**
 * @brief The work counters behind Server::workCounts(): incremented where the work is done
 * (DataSet, the event generator, the endpoints), from the server thread or any other.
 */
struct WorkCounters
{
    std::atomic<qint64> messagesBuilt {0};
    std::atomic<qint64> messageMetas {0};
    std::atomic<qint64> eventsPlanned {0};
    std::atomic<qint64> eventsBuilt {0};
    std::atomic<qint64> streamsVisited {0};
    std::atomic<qint64> usersVisited {0};

    WorkCounts snapshot() const
    {
        return {messagesBuilt.load(), messageMetas.load(), eventsPlanned.load(), eventsBuilt.load(),
            streamsVisited.load(), usersVisited.load()};
    }
    void reset()
    {
        for (std::atomic<qint64> *c :
            {&messagesBuilt, &messageMetas, &eventsPlanned, &eventsBuilt, &streamsVisited, &usersVisited})
            c->store(0);
    }
};

} // namespace Inspector::DemoPod
