// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "common/faketimesource.h"
#include "demopodserver.h"

/** What the live tests share: a small demo pod with the event generator (its client: TestSupport::botClient).
 */
namespace LiveTest {

using namespace Qt::StringLiterals;

inline Inspector::DemoPod::Config podConfig(int eventBatches = 8)
{
    Inspector::DemoPod::Config config;
    config.streams = 10;
    config.messagesPerStream = 60;
    config.longPollMs = 20; // an empty read answers at once, so "caught up" is quick to see
    config.eventBatches = eventBatches;
    config.eventSeed = 7;
    config.eventsPerBatch = 5;
    config.duplicateEvery = 2;
    return config;
}

/** (type, id, timestamp, messageId) of a raw V4Event, as Event::key() builds it. */
inline QString rawKey(const QJsonObject &e)
{
    return e.value(u"type"_s).toString() + u'|' + e.value(u"id"_s).toString() + u'|'
        + QString::number(e.value(u"timestamp"_s).toInteger()) + u'|' + e.value(u"messageId"_s).toString();
}

} // namespace LiveTest
