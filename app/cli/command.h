// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

#include "api/apierror.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "commandline.h"
#include "data/localresult.h"
#include "export/exportformat.h"
#include "exportoptions.h"

class QIODevice;

namespace Inspector {
class ApiClient;
class Pager;
} // namespace Inspector

namespace Inspector::Cli {

class Console;
class Output;
class TerminalSafeDevice;

/** What a running command works with; owned by the CommandRunner, outlives the command. */
struct CommandContext
{
    const CommandLine *cli = nullptr;
    ApiClient *client = nullptr; ///< nullptr for offline commands
    Output *out = nullptr;
    Console *console = nullptr;
    QIODevice *stdoutDevice = nullptr; ///< raw standard output (exports to `-`, `pml`)
    QIODevice *stdinDevice = nullptr; ///< standard input (`pml -`); may be nullptr
};

/**
 * @brief One command as a small state machine on the main thread's event loop.
 *
 * start() sends the first request; slots connected to the jobs and pagers move the command on;
 * finished() is emitted exactly once with the exit code (an offline command may emit it from inside
 * start()). A command
 * validates its arguments in validate() before anything is sent.
 */
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    explicit Command(const CommandContext &context, QObject *parent = nullptr);
    ~Command() override;

    /** Checks the arguments; a usage error when they cannot work. */
    virtual Result<> validate();
    /** Starts the work; the first results come later on the event loop. */
    virtual void start() = 0;
    /**
     * Stops the work at once (Ctrl+C): what is held back is written, one line says so, and finished()
     * comes with Interrupted before this returns. Exports override it to discard their file.
     */
    virtual void cancel();

    /** Which command class runs a command name. */
    static std::unique_ptr<Command> create(const QString &name, const CommandContext &context);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    const CommandLine &cli() const { return *m_context.cli; }
    ApiClient *client() const { return m_context.client; }
    Output &out() const { return *m_context.out; }
    Console &console() const { return *m_context.console; }
    const CommandContext &context() const { return m_context; }
    bool isDone() const { return m_done; }

    /** Ends the command; only the first call counts. */
    void done(int exitCode);
    /** Writes out what the command still holds back; called before a failure is reported, so that
     *  the output is complete up to the failure. */
    virtual void writeHeld();
    /** Ends the command after a failed request: one error line, the matching exit code. */
    void fail(const ApiError &error);
    /** Ends the command on a usage problem found late. */
    void failUsage(const QString &message);

    /** Sends @p request and calls @p onSuccess with the finished job, or fail()s. */
    void send(const ApiRequest &request, std::function<void(ApiJob *)> onSuccess);
    /**
     * Sends @p request, reads the answer's body with @p parse (a Parse:: function) and calls
     * @p onValue with the value; fail()s when the request fails or the body is not what it should be.
     */
    template<typename ParseFn, typename OnValue>
    void sendParsed(const ApiRequest &request, ParseFn parse, OnValue onValue)
    {
        send(request, [this, parse, onValue](ApiJob *job) {
            const auto parsed = parse(job->response().body);
            if (!parsed.ok()) {
                fail(ApiError::badResponse(job->request().description, parsed.error));
                return;
            }
            onValue(parsed.value);
        });
    }
    /** Starts @p pager and calls @p onSuccess when it read the last page, or fail()s. */
    void run(Pager *pager, const QString &progressUnit, std::function<void()> onSuccess);

    /** Stops @p pager before its end (a --limit was reached): its run() then counts as a success. */
    void stopEarly(Pager *pager);

    /** Notes on stderr how many records came with problems, pointing at --json. */
    void reportProblems(int records);

    /**
     * Standard output for JSON or JSON Lines the command writes itself (an export to `-`, `feed`):
     * the C1 controls and the bidi overrides and isolates in it are escaped as `\uXXXX` on the way
     * (TerminalSafeDevice), like --json output. Made on the first call; closed (flushed) by
     * closeJsonStdout() and done(). CSV does not go through it: it is data, written byte for byte.
     */
    TerminalSafeDevice *jsonStdout();
    /**
     * Where an export to standard output writes in @p format: CSV and HTML are data, written byte
     * for byte to the raw standard output; JSON goes through jsonStdout().
     */
    QIODevice *exportStdout(Export::Format format);
    /**
     * Reads the export options (ExportOptions::fromCommandLine) and sets @p settings (an export's
     * settings) to their format, CSV options and destination; the options, or a usage error.
     */
    template<typename Settings> Result<ExportOptions> readExportOptions(Settings *settings)
    {
        Result<ExportOptions> options = ExportOptions::fromCommandLine(cli());
        if (options) {
            const ExportOptions &o = options.value();
            o.applyTo(settings, o.toStdout() ? exportStdout(o.format) : nullptr);
        }
        return options;
    }
    /** Writes out and flushes what jsonStdout() holds; nothing when it was never used. */
    void closeJsonStdout();

private:
    CommandContext m_context;
    QPointer<TerminalSafeDevice> m_jsonStdout;
    bool m_done = false;
    QList<const Pager *> m_stoppedEarly;
};

/**
 * @brief A command about one stream or one message, whose id is its first argument.
 *
 * validate() reads the id and checks it (a usage error names what kind of id was wanted); id()
 * is the id as typed, trimmed.
 */
class IdArgumentCommand : public Command
{
    Q_OBJECT

public:
    enum class Kind
    {
        Stream,
        Message
    };

    IdArgumentCommand(const CommandContext &context, Kind kind);

    Result<> validate() override;

protected:
    const QString &id() const { return m_id; }

private:
    Kind m_kind;
    QString m_id;
};

} // namespace Inspector::Cli
