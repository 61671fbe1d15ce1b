// SPDX-License-Identifier: Apache-2.0
#include "data/health.h"

using namespace Qt::StringLiterals;

namespace Inspector {

QString HealthComponent::meaning() const
{
    const bool up = isUp();
    if (name == "ceservice"_L1)
        return up
            ? tr("The CE service user works: the datahose can deliver message events.")
            : tr("The datahose needs the CE service user to decrypt messages: while it is down, datahose "
                 "reads that ask for message events (MESSAGESENT, SHAREDPOST) fail.");
    if (name == "agentservice"_L1)
        return up
            ? tr("The agent's service user works: agent calls can be made.")
            : tr(
                "The agent's service user cannot authenticate, so most agent calls (messages, search) fail.");
    if (name == "key_manager"_L1)
        return up ? tr("The key manager is reachable: messages can be decrypted.")
                  : tr("The key manager is down: messages cannot be decrypted or encrypted.");
    if (name == "pod"_L1)
        return up ? tr("The agent reaches the pod.")
                  : tr("The agent cannot reach the pod: nearly every call fails.");
    if (name == "datafeed"_L1)
        return up ? tr("The datafeed service works: real-time events are delivered.")
                  : tr("Real-time events (datafeed and datahose) are not delivered.");
    return up ? tr("This component works.") : tr("This component is down; see its message.");
}

bool Health::allUp() const
{
    return status == QLatin1String("UP") && downComponents().isEmpty();
}

QList<HealthComponent> Health::downComponents() const
{
    QList<HealthComponent> down;
    for (const auto *map : {&services, &users}) {
        for (const HealthComponent &component : *map) {
            if (!component.isUp())
                down.append(component);
        }
    }
    return down;
}

} // namespace Inspector
