// SPDX-License-Identifier: Apache-2.0
#include "data/health.h"

namespace Inspector {

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
