// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <optional>

#include "api/apiclient.h"
#include "connectionsettings.h"
#include "data/localresult.h"

class QIODevice;

namespace Inspector::DemoPod {
class Server;
struct Config;
} // namespace Inspector::DemoPod

namespace Inspector::Cli {

class Command;
class CommandLine;
class Console;
class Output;

/**
 * @brief Runs one invocation of symphony-inspector-cli, from the argument list to the exit code.
 *
 * A state machine on the caller's event loop: run() returns at once, the command proceeds as its
 * requests finish, and finished() is emitted exactly once, always from the event loop (never from
 * inside run()), after the output is complete and the demo pod, if any, is stopped.
 *
 * Everything the program takes from its surroundings is injectable so that tests run it in-process:
 * the output devices, the environment, the passphrase prompt, whether progress is shown, the base
 * options of the API client (retries, timeouts) and the demo pod's configuration.
 * Lives on the thread that created it; does not own the devices.
 */
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    CommandRunner(QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CommandRunner() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_prompt = std::move(prompt); }
    void setProgressEnabled(bool enabled) { m_progressEnabled = enabled; }
    void setClientOptions(const ApiClientOptions &options) { m_clientOptions = options; }
    /** The embedded demo pod's configuration; defaultDemoConfig() unless set. */
    void setDemoConfig(const DemoPod::Config &config);
    /** What `--demo` starts: the standard data set with endless generated feed events. */
    static DemoPod::Config defaultDemoConfig();
    /** Standard input, for `pml -` (not owned; may stay unset). */
    void setInputDevice(QIODevice *in) { m_inDevice = in; }

    /** Starts the invocation; @p arguments without the program name. */
    void run(const QStringList &arguments);

    /** The embedded demo pod while a --demo run is under way (tests add faults to it). */
    DemoPod::Server *demoServer() const { return m_demo.get(); }
    /** The client of the run under way, if it got that far. */
    ApiClient *client() const { return m_client; }

    /**
     * Ctrl+C: the command under way stops at once (an export discards its unfinished file) and
     * finished() comes with Interrupted (130). Does nothing when no run is under way. The program
     * calls it from InterruptNotifier; tests call it directly.
     */
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void start(const QStringList &arguments);
    Result<> startDemo(ConnectionSettings *settings);
    void finish(int exitCode);

    QIODevice *m_outDevice;
    QIODevice *m_errDevice;
    QIODevice *m_inDevice = nullptr;
    QProcessEnvironment m_environment;
    PassphrasePrompt m_prompt;
    bool m_progressEnabled = false;
    ApiClientOptions m_clientOptions;
    std::unique_ptr<DemoPod::Config> m_demoConfig;

    std::unique_ptr<CommandLine> m_cli;
    std::unique_ptr<Output> m_out;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<DemoPod::Server> m_demo;
    ApiClient *m_client = nullptr;
    Command *m_command = nullptr;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace Inspector::Cli
