// SPDX-License-Identifier: Apache-2.0
#include "demosession.h"

#include <QCoreApplication>

namespace Inspector::Gui {

DemoSession::DemoSession(const DemoPod::Config &config)
    : m_config(config)
{ }

DemoSession::~DemoSession()
{
    if (m_server)
        m_server->stop();
}

Result<DemoPodAccess> DemoSession::access()
{
    if (!m_server) {
        auto server = std::make_unique<DemoPod::Server>(m_config);
        if (const Result<> started = server->start(); !started) {
            return LocalError(
                QCoreApplication::translate("Inspector::Gui::DemoSession", "The demo pod could not start: %1")
                    .arg(started.error().message()));
        }
        m_server = std::move(server);
    }
    DemoPodAccess a;
    a.origin = m_server->baseUrl();
    a.username = DemoPod::Server::botUsername();
    a.privateKeyPem = DemoPod::Server::botPrivateKeyPem();
    return a;
}

} // namespace Inspector::Gui
