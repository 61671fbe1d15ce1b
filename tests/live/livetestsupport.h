// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "common/faketimesource.h"
#include "demopodserver.h"

/** What the live tests share: a small demo pod with the event generator, and a client of it. */
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

inline std::unique_ptr<Inspector::ApiClient> makeClient(const QUrl &origin, Inspector::TimeSource *time)
{
    Inspector::ApiClientOptions o;
    o.time = time;
    o.timeoutMs = 15000;
    o.retry = Inspector::RetryPolicy::never(); // the readers do the retrying under test
    auto client = std::make_unique<Inspector::ApiClient>(Inspector::ServiceUrls::forOrigin(origin), o);
    QString error;
    const auto key
        = Inspector::Auth::RsaKey::fromPem(Inspector::DemoPod::Server::botPrivateKeyPem(), {}, &error);
    client->setCredentials(
        Inspector::Credentials::fromRsaKey(Inspector::DemoPod::Server::botUsername(), key));
    return client;
}

/** (type, id, timestamp, messageId) of a raw V4Event, as Event::key() builds it. */
inline QString rawKey(const QJsonObject &e)
{
    return e.value(u"type"_s).toString() + u'|' + e.value(u"id"_s).toString() + u'|'
        + QString::number(e.value(u"timestamp"_s).toInteger()) + u'|' + e.value(u"messageId"_s).toString();
}

} // namespace LiveTest
