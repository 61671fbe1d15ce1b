// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include <QHash>

#include "api/apiclient.h"
#include "api/pager.h"
#include "api/requests.h"
#include "commands.h"
#include "console.h"
#include "data/ids.h"
#include "data/times.h"
#include "exitcode.h"
#include "output.h"
#include "terminalsafedevice.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

Command::Command(const CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

Command::~Command() = default;

Result<> Command::validate()
{
    return {};
}

std::unique_ptr<Command> Command::create(const QString &name, const CommandContext &context)
{
    using Factory = std::unique_ptr<Command> (*)(const CommandContext &);
    static const QHash<QString, Factory> factories {
        {u"health"_s, &Commands::health},
        {u"info"_s, &Commands::info},
        {u"session"_s, &Commands::session},
        {u"streams"_s, &Commands::streams},
        {u"rooms"_s, &Commands::rooms},
        {u"members"_s, &Commands::members},
        {u"messages"_s, &Commands::messages},
        {u"search"_s, &Commands::search},
        {u"message"_s, &Commands::message},
        {u"receipts"_s, &Commands::receipts},
        {u"status"_s, &Commands::status},
        {u"attachments"_s, &Commands::attachments},
        {u"signals"_s, &Commands::signalList},
        {u"users"_s, &Commands::users},
        {u"id"_s, &Commands::id},
        {u"export"_s, &Commands::exportMessages},
        {u"export-search"_s, &Commands::exportSearch},
        {u"export-streams"_s, &Commands::exportStreams},
        {u"export-members"_s, &Commands::exportMembers},
        {u"export-receipts"_s, &Commands::exportReceipts},
        {u"export-status"_s, &Commands::exportStatus},
        {u"export-signals"_s, &Commands::exportSignals},
        {u"export-users"_s, &Commands::exportUsers},
        {u"export-health"_s, &Commands::exportHealth},
        {u"pml"_s, &Commands::pml},
        {u"feed"_s, &Commands::feed},
        {u"feeds"_s, &Commands::feeds},
        {u"archive sync"_s, &Commands::archiveSync},
        {u"archive info"_s, &Commands::archiveInfo},
        {u"archive streams"_s, &Commands::archiveStreams},
        {u"archive upgrade"_s, &Commands::archiveUpgrade},
        {u"archive messages"_s, &Commands::archiveMessages},
        {u"archive search"_s, &Commands::archiveSearch},
        {u"archive diff"_s, &Commands::archiveDiff},
        {u"archive export"_s, &Commands::archiveExport},
        {u"archive coverage"_s, &Commands::archiveCoverage},
        {u"archive verify"_s, &Commands::archiveVerify},
        {u"archive events"_s, &Commands::archiveEvents},
        {u"archive receipts"_s, &Commands::archiveReceipts},
        {u"archive attachments"_s, &Commands::archiveAttachments},
    };
    const Factory factory = factories.value(name);
    return factory ? factory(context) : nullptr;
}

void Command::writeHeld() { }

void Command::cancel()
{
    if (m_done)
        return;
    writeHeld();
    console().error(tr("Interrupted."));
    done(Interrupted);
}

void Command::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    closeJsonStdout();
    console().endProgress();
    Q_EMIT finished(exitCode);
}

void Command::fail(const ApiError &error)
{
    if (m_done)
        return;
    writeHeld();
    console().error(error.message);
    done(exitCodeFor(error));
}

void Command::failUsage(const QString &message)
{
    if (m_done)
        return;
    console().error(message);
    done(Usage);
}

void Command::send(const ApiRequest &request, std::function<void(ApiJob *)> onSuccess)
{
    ApiJob *job = client()->send(request);
    connect(job, &ApiJob::finished, this, [this, onSuccess = std::move(onSuccess)](ApiJob *j) {
        if (!j->isSuccess()) {
            fail(j->error());
            return;
        }
        onSuccess(j);
    });
}

void Command::run(Pager *pager, const QString &progressUnit, std::function<void()> onSuccess)
{
    pager->setParent(this);
    connect(pager, &Pager::progress, this, [this, progressUnit](int items, int) {
        console().progress(u"%1 %2…"_s.arg(items).arg(progressUnit));
    });
    connect(pager, &Pager::warning, this, [this](const QString &warning) {
        console().endProgress();
        console().note(warning);
    });
    connect(pager, &Pager::finished, this,
        [this, pager, onSuccess = std::move(onSuccess)](const ApiError &error) {
            const bool stoppedByUs = error.isCancelled() && m_stoppedEarly.contains(pager);
            if (error.isError() && !stoppedByUs) {
                fail(error);
                return;
            }
            console().endProgress();
            onSuccess();
        });
    pager->start();
}

TerminalSafeDevice *Command::jsonStdout()
{
    if (!m_jsonStdout)
        m_jsonStdout = new TerminalSafeDevice(m_context.stdoutDevice, this);
    return m_jsonStdout;
}

QIODevice *Command::exportStdout(Export::Format format)
{
    // CSV and HTML are data, written byte for byte (the HTML writer escapes every server text).
    return format == Export::Format::Csv || format == Export::Format::Html ? m_context.stdoutDevice
                                                                           : jsonStdout();
}

void Command::closeJsonStdout()
{
    if (m_jsonStdout)
        m_jsonStdout->close();
}

void Command::stopEarly(Pager *pager)
{
    m_stoppedEarly.append(pager);
    pager->cancel();
}

void Command::reportProblems(int records)
{
    if (records <= 0 || out().isJson())
        return;
    console().note(
        tr("%1 record(s) had fields of an unexpected type or were missing fields; --json lists them "
           "under _inspector.problems.")
            .arg(records));
}

IdArgumentCommand::IdArgumentCommand(const CommandContext &context, Kind kind)
    : Command(context)
    , m_kind(kind)
{ }

Result<> IdArgumentCommand::validate()
{
    m_id = cli().arguments().constFirst().trimmed();
    return Commands::checkId(m_id, m_kind == Kind::Stream ? tr("stream") : tr("message"));
}

} // namespace Inspector::Cli

namespace Inspector::Cli::Commands {

QJsonObject withInspector(QJsonObject raw, const QJsonObject &derived)
{
    raw.insert(u"_inspector"_s, derived);
    return raw;
}

Result<> checkId(const QString &id, const QString &what)
{
    const Result<> valid = Ids::validate(id);
    if (valid)
        return {};
    return LocalError(Command::tr("\"%1\" is not a valid %2 id: %3").arg(id, what, valid.error().message()));
}

Result<int> readLimit(const CommandLine &cli)
{
    if (!cli.isSet(u"limit"_s))
        return 0;
    bool ok = false;
    const int limit = cli.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return LocalError(
            Command::tr("--limit wants a positive whole number, not \"%1\".").arg(cli.value(u"limit"_s)));
    return limit;
}

Result<Requests::StreamFilter> readStreamFilter(const CommandLine &cli, const QString &postWithAdmin)
{
    Requests::StreamFilter filter;
    for (const QString &value : cli.values(u"type"_s)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString type = part.trimmed().toUpper();
            if (!QStringList {u"IM"_s, u"MIM"_s, u"ROOM"_s, u"POST"_s}.contains(type))
                return LocalError(Command::tr("--type: unknown stream type \"%1\" (use IM, MIM, ROOM, POST).")
                                      .arg(part.trimmed()));
            if (!filter.types.contains(type))
                filter.types.append(type);
        }
    }
    if (cli.isSet(u"admin"_s) && filter.types == QStringList {u"POST"_s})
        return LocalError(postWithAdmin);
    filter.includeInactive = cli.isSet(u"include-inactive"_s);
    return filter;
}

QString yesNo(bool value)
{
    return value ? Command::tr("yes") : Command::tr("no");
}

QString isoOrEmpty(qint64 epochMs)
{
    return epochMs > 0 ? Times::toIso(epochMs) : QString();
}

} // namespace Inspector::Cli::Commands
