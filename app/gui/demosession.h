// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <memory>
#include <optional>

#include "data/localresult.h"
#include "demopodserver.h"
#include "profiles/profileconnector.h"

namespace Inspector::Gui {

/**
 * @brief The embedded demo pod of the desktop program: started on first use on a free loopback
 * port, kept until the program ends. The server's HTTP side runs on its own thread (see
 * DemoPod::Server), so the window's client never blocks it. Owned by main(); GUI thread.
 */
class DemoSession
{
public:
    explicit DemoSession(const DemoPod::Config &config = {});
    ~DemoSession();
    DemoSession(const DemoSession &) = delete;
    DemoSession &operator=(const DemoSession &) = delete;

    /// Starts the pod if needed; how to reach it and log in as its bot, or an error saying why not.
    Result<DemoPodAccess> access();
    DemoPod::Server *server() const { return m_server.get(); }

private:
    DemoPod::Config m_config;
    std::unique_ptr<DemoPod::Server> m_server;
};

} // namespace Inspector::Gui
