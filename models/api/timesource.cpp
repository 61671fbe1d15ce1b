// SPDX-License-Identifier: Apache-2.0
#include "api/timesource.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace Inspector {

qint64 TimeSource::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void TimeSource::callLater(int delayMs, QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(delayMs, context, std::move(fn));
}

double TimeSource::random01()
{
    return QRandomGenerator::global()->generateDouble();
}

TimeSource *TimeSource::system()
{
    static TimeSource instance;
    return &instance;
}

} // namespace Inspector
