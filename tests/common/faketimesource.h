// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QTimer>

#include "api/timesource.h"

/**
 * A TimeSource for tests: the wall clock stays real (the demo pod checks JWT expiry against it),
 * but every wait (backoff, Retry-After) is recorded and then fired at once, so no test sleeps.
 */
class FakeTimeSource final : public Inspector::TimeSource
{
public:
    QList<int> delays; ///< every positive wait asked for, in order
    double random = 0.5;

    void callLater(int delayMs, QObject *context, std::function<void()> fn) override
    {
        if (delayMs > 0)
            delays.append(delayMs);
        QTimer::singleShot(0, context, std::move(fn));
    }
    double random01() override { return random; }
};
