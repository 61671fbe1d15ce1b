// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "auth/rsakey.h"
#include "data/ids.h"
#include "data/times.h"
#include "demodata.h"
#include "demopodserver.h"

/**
 * Shared by the detail-model tests and the detail-tab widget tests: a demo pod on loopback and a
 * client logged in as its bot. Retries are off, so a fault answers at once and no test sleeps.
 */
namespace Inspector::DetailTest {

inline std::unique_ptr<DemoPod::Server> startPod(int messagesPerStream = 20)
{
    DemoPod::Config config;
    config.streams = 4;
    config.messagesPerStream = messagesPerStream;
    auto pod = std::make_unique<DemoPod::Server>(config);
    QString error;
    if (!pod->start(&error))
        qFatal("demo pod: %s", qPrintable(error));
    return pod;
}

inline std::unique_ptr<ApiClient> makeClient(const DemoPod::Server &pod)
{
    ApiClientOptions options;
    options.timeoutMs = 10000;
    options.retry.maxAttempts = 1;
    auto client = std::make_unique<ApiClient>(ServiceUrls::forOrigin(pod.baseUrl()), options);
    QString error;
    const auto key = Auth::RsaKey::fromPem(DemoPod::Server::botPrivateKeyPem(), {}, &error);
    if (key.isNull())
        qFatal("bot key: %s", qPrintable(error));
    client->setCredentials(Credentials::fromRsaKey(DemoPod::Server::botUsername(), key));
    return client;
}

/// Requests the pod received for `pathPattern` (whole-path regular expression).
inline int countRequests(const DemoPod::Server &pod, const QString &pathPattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
    int n = 0;
    for (const auto &r : pod.requestLog())
        n += re.match(r.path).hasMatch() ? 1 : 0;
    return n;
}

} // namespace Inspector::DetailTest
