// SPDX-License-Identifier: Apache-2.0
#include "commandrunner.h"

#include <QIODevice>
#include <QPointer>
#include <QTimer>

#include "api/apijob.h"
#include "auth/rsakey.h"
#include "command.h"
#include "commandline.h"
#include "console.h"
#include "demopodserver.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

CommandRunner::CommandRunner(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_outDevice(out)
    , m_errDevice(err)
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

CommandRunner::~CommandRunner()
{
    // The command and the client are children: deleted here at the latest, before the demo pod stops.
    delete m_command;
    delete m_client;
    if (m_demo)
        m_demo->stop();
}

DemoPod::Config CommandRunner::defaultDemoConfig()
{
    DemoPod::Config config;
    // After the scripted events, the feeds play generated ones for as long as anyone reads
    // (messages, joins, room changes, the odd redelivered duplicate): `feed --max-events N` ends
    // for any N, and `feed` runs until Ctrl+C with events flowing.
    config.eventBatches = DemoPod::Config::EndlessEvents;
    return config;
}

void CommandRunner::setDemoConfig(const DemoPod::Config &config)
{
    m_demoConfig = std::make_unique<DemoPod::Config>(config);
}

void CommandRunner::run(const QStringList &arguments)
{
    if (m_running)
        return;
    m_running = true;
    // Never finish inside run(): the caller connects to finished() and may enter its event loop after.
    QTimer::singleShot(0, this, [this, arguments] { start(arguments); });
}

void CommandRunner::start(const QStringList &arguments)
{
    m_console = std::make_unique<Console>(m_errDevice);
    m_console->setProgressEnabled(m_progressEnabled);
    if (m_cancelRequested) {
        m_console->error(tr("Interrupted."));
        finish(Interrupted);
        return;
    }

    Result<CommandLine> parsed = CommandLine::parse(arguments);
    if (!parsed) {
        m_console->error(parsed.error().message());
        finish(Usage);
        return;
    }
    m_cli = std::make_unique<CommandLine>(std::move(parsed).value());
    if (m_cli->helpRequested()) {
        const CommandSpec *spec = m_cli->spec();
        m_outDevice->write((spec ? CommandLine::helpText(*spec) : CommandLine::helpText()).toUtf8());
        finish(Success);
        return;
    }
    const CommandSpec &spec = *m_cli->spec();
    m_out = std::make_unique<Output>(m_outDevice, m_cli->isSet(u"json"_s));

    CommandContext context;
    context.cli = m_cli.get();
    context.out = m_out.get();
    context.console = m_console.get();
    context.stdoutDevice = m_outDevice;
    context.stdinDevice = m_inDevice;

    if (spec.needsPod) {
        ConnectionSettings::Failure failure;
        auto settings = ConnectionSettings::fromCommandLine(
            *m_cli, spec.needsCredentials, m_environment, m_prompt, m_clientOptions, &failure, m_inDevice);
        if (!settings) {
            m_console->error(failure.message);
            finish(failure.exitCode);
            return;
        }
        // Once per run, before anything is sent: choices about secrets the user must see.
        for (const QString &warning : std::as_const(settings->warnings))
            m_console->note(tr("warning: %1").arg(warning));
        if (settings->demo) {
            if (const Result<> demo = startDemo(&*settings); !demo) {
                m_console->error(demo.error().message());
                finish(NetworkFailed);
                return;
            }
        }
        m_client = new ApiClient(*settings->urls, settings->clientOptions, nullptr, this);
        if (settings->credentials.mode != Credentials::Mode::None)
            m_client->setCredentials(settings->credentials);
        context.client = m_client;
    }

    std::unique_ptr<Command> command = Command::create(spec.name, context);
    if (const Result<> valid = command->validate(); !valid) {
        m_console->error(valid.error().message());
        finish(Usage);
        return;
    }
    m_command = command.release();
    m_command->setParent(this);
    connect(m_command, &Command::finished, this, &CommandRunner::finish);
    m_command->start();
}

Result<> CommandRunner::startDemo(ConnectionSettings *settings)
{
    m_demo = std::make_unique<DemoPod::Server>(m_demoConfig ? *m_demoConfig : defaultDemoConfig());
    if (const Result<> started = m_demo->start(); !started)
        return LocalError(tr("The demo pod could not start: %1").arg(started.error().message()));
    settings->urls = ServiceUrls::forOrigin(m_demo->baseUrl());
    const Result<Auth::RsaKey> key = Auth::RsaKey::fromPem(DemoPod::Server::botPrivateKeyPem(), {});
    if (!key)
        return LocalError(tr("The demo pod's bot key is unusable: %1").arg(key.error().message()));
    settings->credentials = Credentials::fromRsaKey(DemoPod::Server::botUsername(), key.value());
    if (m_demo->config().tls)
        settings->clientOptions.caCertificates.append(DemoPod::Server::tlsCertificate());
    return {};
}

void CommandRunner::cancel()
{
    if (!m_running)
        return;
    if (m_command) {
        m_command->cancel();
        return;
    }
    // The start is still queued: it ends the run at once.
    m_cancelRequested = true;
}

void CommandRunner::finish(int exitCode)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_out)
        m_out->finish(exitCode == Success || exitCode == HealthDown);
    if (m_console)
        m_console->endProgress();
    // The command and the client go first (jobs in flight are aborted), then the demo pod stops.
    if (m_command) {
        m_command->disconnect(this);
        m_command->deleteLater();
        m_command = nullptr;
    }
    if (m_client) {
        // Requests still in flight (a command that runs several at once and failed on one) are
        // cancelled now, while the client and its network manager are whole: destroyed with the
        // client, they would abort their replies after the manager is gone.
        QList<QPointer<ApiJob>> jobs;
        for (ApiJob *job : m_client->findChildren<ApiJob *>(Qt::FindDirectChildrenOnly))
            jobs.append(job);
        for (const QPointer<ApiJob> &job : std::as_const(jobs)) {
            if (job)
                job->cancel();
        }
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (m_demo)
        m_demo->stop();
    Q_EMIT finished(exitCode);
}

} // namespace Inspector::Cli
