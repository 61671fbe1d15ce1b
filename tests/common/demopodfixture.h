// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the suites that talk to a demo pod share: starting one on loopback, a client logged in as
// its bot, counting the requests it saw, and reading the fixtures under tests/fixtures.

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "api/timesource.h"
#include "auth/rsakey.h"
#include "demopodserver.h"

namespace Inspector::TestSupport {

/// A demo pod started on a free loopback port; the test stops (qFatal) when it cannot start.
inline std::unique_ptr<DemoPod::Server> startPod(const DemoPod::Config &config = {})
{
    auto pod = std::make_unique<DemoPod::Server>(config);
    QString error;
    if (!pod->start(&error))
        qFatal("demo pod: %s", qPrintable(error));
    return pod;
}

/// How a test client behaves: by default no retries (a fault answers at once, no test sleeps).
struct ClientSetup
{
    TimeSource *time = nullptr;
    int timeoutMs = 20000;
    RetryPolicy retry = RetryPolicy::never();
};

/// A client of @p origin logged in as the demo pod's bot (RSA).
inline std::unique_ptr<ApiClient> botClient(const QUrl &origin, const ClientSetup &setup = {})
{
    ApiClientOptions options;
    options.time = setup.time;
    options.timeoutMs = setup.timeoutMs;
    options.retry = setup.retry;
    auto client = std::make_unique<ApiClient>(ServiceUrls::forOrigin(origin), options);
    QString error;
    const auto key = Auth::RsaKey::fromPem(DemoPod::Server::botPrivateKeyPem(), {}, &error);
    if (key.isNull())
        qFatal("bot key: %s", qPrintable(error));
    client->setCredentials(Credentials::fromRsaKey(DemoPod::Server::botUsername(), key));
    return client;
}

inline std::unique_ptr<ApiClient> botClient(const DemoPod::Server &pod, const ClientSetup &setup = {})
{
    return botClient(pod.baseUrl(), setup);
}

/// The requests @p pod received whose path matches @p pathPattern as a whole.
inline int countRequests(const DemoPod::Server &pod, const QString &pathPattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
    int n = 0;
    for (const auto &request : pod.requestLog())
        n += re.match(request.path).hasMatch() ? 1 : 0;
    return n;
}

/// A fixture file under tests/fixtures, e.g. fixture("parse/stream-list.json"); fails the test when
/// it is missing (an empty array would pass many assertions by accident).
inline QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s: %s", qPrintable(relativePath), qPrintable(file.errorString()));
    return file.readAll();
}

} // namespace Inspector::TestSupport
