// SPDX-License-Identifier: Apache-2.0
// symphony-demo-pod: the embedded demo pod as a standalone program (control API under /__mock/).
#include "demopodserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using Inspector::DemoPod::Config;
using Inspector::DemoPod::Server;

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        std::fprintf(stderr, "symphony-demo-pod: --%s must be an integer from %lld to %lld\n",
            qPrintable(name), static_cast<long long>(min), static_cast<long long>(max));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"symphony-demo-pod"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local Symphony demo pod: login, relay, pod and agent APIs with deterministic demo data."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"TCP port on 127.0.0.1 (0 = any free port)."_s, u"N"_s, u"0"_s},
        {u"tls"_s, u"Serve HTTPS with the bundled self-signed certificate."_s},
        {u"streams"_s, u"Number of filler conversations."_s, u"N"_s},
        {u"messages-per-stream"_s, u"Messages in the Rates Desk room (minimum 12)."_s, u"N"_s},
        {u"messages-per-filler"_s, u"Messages in every filler stream (default: 3 to 19)."_s, u"N"_s},
        {u"latency"_s, u"Hold every answer this long, in milliseconds (a pod across a WAN)."_s, u"MS"_s},
        {u"token-ttl"_s, u"Lifetime of session and key manager tokens in seconds."_s, u"SECONDS"_s},
        {u"long-poll-ms"_s, u"How long an empty datafeed read is held, in milliseconds."_s, u"N"_s},
        {u"event-batches"_s, u"Generated event batches after the scripted ones (default 0; -1 = endless)."_s,
            u"N"_s},
        {u"event-seed"_s, u"Seed of the event generator (default 1)."_s, u"N"_s},
        {u"no-km-token"_s, u"Simplified key delivery: agent calls need no keyManagerToken."_s},
        {u"down"_s, u"Report a component DOWN in the extended health check (repeatable)."_s, u"COMPONENT"_s},
        {u"hostile-names"_s, u"Names and texts carry HTML and terminal controls (to test clients)."_s},
    });
    parser.process(app);

    Config config;
    qint64 value = config.port;
    if (!readInt(parser, u"port"_s, 0, 65535, &value))
        return 2;
    config.port = quint16(value);
    value = config.streams;
    if (!readInt(parser, u"streams"_s, 0, 100000, &value))
        return 2;
    config.streams = int(value);
    value = config.messagesPerStream;
    if (!readInt(parser, u"messages-per-stream"_s, 12, 100000000, &value))
        return 2;
    config.messagesPerStream = int(value);
    value = config.messagesPerFiller;
    if (!readInt(parser, u"messages-per-filler"_s, 0, 100000000, &value))
        return 2;
    config.messagesPerFiller = int(value);
    value = config.latencyMs;
    if (!readInt(parser, u"latency"_s, 0, 600000, &value))
        return 2;
    config.latencyMs = int(value);
    value = config.tokenTtlMs / 1000;
    if (!readInt(parser, u"token-ttl"_s, 1, 14 * 24 * 3600, &value))
        return 2;
    config.tokenTtlMs = value * 1000;
    value = config.longPollMs;
    if (!readInt(parser, u"long-poll-ms"_s, 0, 600000, &value))
        return 2;
    config.longPollMs = int(value);
    value = config.eventBatches;
    if (!readInt(parser, u"event-batches"_s, Config::EndlessEvents, 100000000, &value))
        return 2;
    config.eventBatches = int(value);
    value = config.eventSeed;
    if (!readInt(parser, u"event-seed"_s, 0, 4294967295LL, &value))
        return 2;
    config.eventSeed = quint32(value);
    config.tls = parser.isSet(u"tls"_s);
    config.requireKeyManagerToken = !parser.isSet(u"no-km-token"_s);
    config.hostileNames = parser.isSet(u"hostile-names"_s);

    Server server(config);
    for (const QString &component : parser.values(u"down"_s)) {
        if (!server.setComponentDown(component, component + u" credentials not configured"_s)) {
            std::fprintf(stderr,
                "symphony-demo-pod: unknown component '%s' (pod, key_manager, datafeed, agentservice, "
                "ceservice)\n",
                qPrintable(component));
            return 2;
        }
    }
    if (const Inspector::Result<> started = server.start(); !started) {
        std::fprintf(stderr, "symphony-demo-pod: %s\n", qPrintable(started.error().message()));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
