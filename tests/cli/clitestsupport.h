// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "api/apiclient.h"
#include "commandrunner.h"
#include "common/demopodfixture.h"
#include "demopodserver.h"

/**
 * What the CLI tests share: one in-process run of the command-line client with its exit code and
 * both output streams, and small helpers to read them.
 */
namespace CliTest {

using namespace Qt::StringLiterals;

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    QStringList errorLines() const
    {
        QStringList lines;
        for (const QString &l : QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts)) {
            if (l.startsWith(u"symphony-inspector-cli: "_s))
                lines.append(l);
        }
        return lines;
    }
    QString text() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonArray json() const
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return {};
        return doc.array();
    }
    bool jsonParses() const
    {
        QJsonParseError error {};
        return QJsonDocument::fromJson(out, &error).isArray() && error.error == QJsonParseError::NoError;
    }
};

inline QString describe(const CliRun &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.code).arg(
        QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
}

/** Quick retries and timeouts, so that failure tests stay fast. */
inline Inspector::ApiClientOptions fastOptions()
{
    Inspector::ApiClientOptions o;
    o.timeoutMs = 15000;
    o.retry.maxAttempts = 2;
    o.retry.initialDelayMs = 10;
    o.retry.maxDelayMs = 20;
    o.retry.maxRetryAfterMs = 20;
    return o;
}

struct RunOptions
{
    QProcessEnvironment environment;
    Inspector::Cli::PassphrasePrompt prompt;
    bool progress = false;
    QIODevice *input = nullptr;
};

/** Standard output and standard error of a client run in-process: two buffers open for writing. */
struct CapturedOutput
{
    QBuffer out;
    QBuffer err;

    CapturedOutput()
    {
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
    }
};

/** Runs the client in-process until it finishes (at most a minute); code -1 when it did not. */
inline CliRun run(const QStringList &args, const RunOptions &options = {})
{
    CapturedOutput io;
    Inspector::Cli::CommandRunner runner(&io.out, &io.err);
    runner.setEnvironment(options.environment);
    runner.setPassphrasePrompt(options.prompt);
    runner.setProgressEnabled(options.progress);
    runner.setClientOptions(fastOptions());
    runner.setInputDevice(options.input);
    Inspector::DemoPod::Config small;
    small.streams = 10;
    small.messagesPerStream = 40;
    runner.setDemoConfig(small);
    QSignalSpy finished(&runner, &Inspector::Cli::CommandRunner::finished);
    runner.run(args);
    CliRun r;
    if (!finished.wait(60000))
        return r;
    r.code = finished.at(0).at(0).toInt();
    r.out = io.out.data();
    r.err = io.err.data();
    // finished() comes once: nothing more is emitted while the event loop drains the leftovers.
    QTest::qWait(0);
    if (finished.size() != 1)
        r.code = -2;
    return r;
}

/// @p args with every word that starts with OUT made a path in @p dir (usage tests name outputs so).
inline QStringList withOutputsIn(QStringList args, const QString &dir)
{
    for (QString &a : args) {
        if (a.startsWith(QStringLiteral("OUT")))
            a = QDir(dir).filePath(a);
    }
    return args;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A demo pod for the command-line client: the bot's key in a file of a temporary folder, and the
/// options that connect to the pod as the bot.
struct CliPod
{
    std::unique_ptr<Inspector::DemoPod::Server> server;
    QTemporaryDir dir;
    QString keyPath;

    /// Starts the pod and writes the key; false when the folder or the key file cannot be made.
    bool start(const Inspector::DemoPod::Config &config = {})
    {
        server = Inspector::TestSupport::startPod(config);
        keyPath = dir.filePath(u"bot.pem"_s);
        return dir.isValid() && writeFile(keyPath, Inspector::DemoPod::Server::botPrivateKeyPem());
    }
    QString base() const { return server->baseUrl().toString(); }
    /// From now on, every @p method request to a path matching @p pathPattern is answered with
    /// @p status and an error body.
    void answerAlways(const QByteArray &method, const QString &pathPattern, int status) const
    {
        Inspector::DemoPod::Fault fault;
        fault.method = method;
        fault.pathPattern = pathPattern;
        fault.kind = Inspector::DemoPod::Fault::Kind::Status;
        fault.status = status;
        fault.count = -1;
        server->addFault(fault);
    }
    /// --pod, --bot-username and --private-key for the bot.
    QStringList connection() const
    {
        return {u"--pod"_s, base(), u"--bot-username"_s, Inspector::DemoPod::Server::botUsername(),
            u"--private-key"_s, keyPath};
    }
};

inline QJsonObject withoutInspector(QJsonObject o)
{
    o.remove(u"_inspector"_s);
    return o;
}

} // namespace CliTest
