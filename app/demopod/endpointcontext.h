// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "demopodserver.h"
#include "sessions.h"

#include <QUrl>

#include <memory>

namespace Inspector::DemoPod {

class SharedState;

/**
 * @brief What every endpoint group of the demo pod reads: the configuration, the data
 * set, the state shared with the caller's thread, the sessions and the pod's own URL. The Backend
 * owns it and hands it to each group by reference; state that only some groups share (the list
 * cache) is handed to those groups on its own, and state of one group stays in that group.
 */
struct EndpointContext
{
    EndpointContext(const Config &config, SharedState *shared, std::shared_ptr<DataSet> data);

    const DataSet &dataSet() const { return *data; }

    Config config;
    SharedState *shared;
    std::shared_ptr<DataSet> data; ///< changed only by Backend::apply()
    Sessions sessions;
    QUrl baseUrl; ///< set once the server listens (Backend::setBaseUrl)
};

} // namespace Inspector::DemoPod
