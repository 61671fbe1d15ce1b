// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "auth/rsakey.h"
#include "common/faketimesource.h"
#include "demopodserver.h"

/// A client of the demo pod, logged in as the bot; no retries unless asked, waits fired at once.
inline std::unique_ptr<Inspector::ApiClient> makeBrowseClient(
    Inspector::DemoPod::Server *pod, FakeTimeSource *time, int maxAttempts = 1)
{
    using namespace Inspector;
    ApiClientOptions o;
    o.time = time;
    o.timeoutMs = 20000;
    o.retry.maxAttempts = maxAttempts;
    auto client = std::make_unique<ApiClient>(ServiceUrls::forOrigin(pod->baseUrl()), o);
    QString error;
    const auto key = Auth::RsaKey::fromPem(DemoPod::Server::botPrivateKeyPem(), {}, &error);
    client->setCredentials(Credentials::fromRsaKey(DemoPod::Server::botUsername(), key));
    return client;
}

/// Every item of a pager, read to the end.
template<typename T, typename Make> QList<T> collectAll(Make make, Inspector::ApiError *error = nullptr)
{
    using namespace Inspector;
    auto items = std::make_shared<QList<T>>();
    Pager *pager = make([items](const QList<T> &page) { *items += page; });
    QSignalSpy spy(pager, &Pager::finished);
    pager->start();
    if (!spy.wait(60000))
        return {};
    if (error)
        *error = spy.constFirst().constFirst().template value<ApiError>();
    return *items;
}
