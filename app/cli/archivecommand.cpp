// SPDX-License-Identifier: Apache-2.0
#include "archivecommand.h"

#include <QJsonArray>

#include "api/apiclient.h"
#include "archive/reader.h"
#include "archive/sync.h"
#include "archive/verify.h"
#include "commands.h"
#include "data/ids.h"
#include "data/times.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

QJsonObject countsJson(const Archive::RunCounts &c)
{
    return {{u"streams"_s, c.streams}, {u"streamsNew"_s, c.streamsNew}, {u"messagesSeen"_s, c.messagesSeen},
        {u"messagesNew"_s, c.messagesNew}, {u"revisions"_s, c.revisions}, {u"missing"_s, c.missing},
        {u"memberChanges"_s, c.memberChanges}, {u"requests"_s, c.requests}, {u"throttled"_s, c.throttled},
        {u"events"_s, c.events}, {u"receipts"_s, c.receipts}, {u"files"_s, c.files},
        {u"fileFailures"_s, c.fileFailures}};
}

QJsonObject runJson(const Archive::RunRow &r)
{
    QJsonObject o {{u"run"_s, r.id}, {u"kind"_s, r.kind}, {u"status"_s, r.status}, {u"scope"_s, r.scope},
        {u"startedAt"_s, Times::toIso(r.startedAt)}, {u"counts"_s, countsJson(r.counts)}};
    if (r.endedAt)
        o.insert(u"endedAt"_s, Times::toIso(r.endedAt));
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    return o;
}

/** @brief `archive sync ARCHIVE`: fetch a scope's streams and messages into the archive. */
class ArchiveSyncCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validateOptions() override
    {
        const int scopes
            = int(cli().isSet(u"streams"_s)) + int(cli().isSet(u"mine"_s)) + int(cli().isSet(u"admin"_s));
        if (scopes > 1) {
            return LocalError(tr("Choose one scope: --streams, --mine or --admin."));
        }
        if (cli().isSet(u"streams"_s)) {
            m_options.scope = Archive::SyncOptions::Scope::Streams;
            for (const QString &value : cli().values(u"streams"_s)) {
                for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
                    if (Result<> valid = Commands::checkId(id.trimmed(), tr("stream")); !valid)
                        return valid;
                    m_options.streams.append(id.trimmed());
                }
            }
        } else if (cli().isSet(u"admin"_s)) {
            m_options.scope = Archive::SyncOptions::Scope::Admin;
        }
        const Result<Requests::StreamFilter> filter = Commands::readStreamFilter(cli(),
            tr("--type POST: the enterprise listing has no POST streams (walls); sync them without "
               "--admin."));
        if (!filter)
            return filter.error();
        m_options.types = filter.value().types;
        m_options.includeInactive = filter.value().includeInactive;
        m_options.members = cli().isSet(u"members"_s);
        m_options.receipts = cli().isSet(u"receipts"_s);
        m_options.attachments = cli().isSet(u"attachments"_s);
        const Result<MessageQuery> window = MessageQuery::readTimeWindow(cli());
        if (!window)
            return window.error();
        m_options.since = window.value().since;
        if (cli().isSet(u"lookback"_s)) {
            const Result<qint64> lookback = Times::parseDuration(cli().value(u"lookback"_s));
            if (!lookback) {
                return LocalError(tr("--lookback: %1").arg(lookback.error().message()));
            }
            m_options.lookbackMs = lookback.value();
        }
        if (cli().isSet(u"concurrency"_s)) {
            bool ok = false;
            m_options.concurrency = cli().value(u"concurrency"_s).toInt(&ok);
            if (!ok || m_options.concurrency < 1 || m_options.concurrency > 32) {
                return LocalError(tr("--concurrency wants a number from 1 to 32, not \"%1\".")
                                      .arg(cli().value(u"concurrency"_s)));
            }
        }
        return {};
    }

    void start() override
    {
        if (!openWriter())
            return;
        m_sync = new Archive::Sync(client(), m_store.get(), m_options, this);
        connect(m_sync, &Archive::Sync::progress, this, [this](const Archive::SyncProgress &p) {
            const double seconds = std::max<qint64>(p.elapsedMs, 1) / 1000.0;
            QString line = tr("Streams %1 of %2, %3 running; %4 messages (%5/s)")
                               .arg(p.streamsDone)
                               .arg(p.streamsTotal)
                               .arg(p.running)
                               .arg(p.messages)
                               .arg(qRound64(p.messages / seconds));
            if (const std::optional<qint64> ms = p.remainingMs()) {
                const qint64 left = *ms / 1000;
                line += left < 60 ? tr(", about %1 s left").arg(left)
                                  : tr(", about %1 min left").arg(qRound64(left / 60.0));
            }
            console().progress(line);
        });
        connect(m_sync, &Archive::Sync::finished, this, &ArchiveSyncCommand::report);
        m_sync->start();
    }

    void cancel() override
    {
        if (m_sync && !isDone()) {
            m_sync->disconnect(this);
            m_sync->cancel();
            console().endProgress();
            console().error(
                tr("Interrupted: the pages stored so far are kept; the next archive sync carries on."));
            done(Interrupted);
        }
    }

private:
    void report(const QString &error)
    {
        console().endProgress();
        const Archive::RunCounts &c = m_sync->counts();
        if (out().isJson()) {
            QJsonArray failures;
            for (const Archive::StreamFailure &f : m_sync->failures())
                failures.append(
                    QJsonObject {{u"streamId"_s, f.streamId}, {u"name"_s, f.name}, {u"error"_s, f.message}});
            QJsonArray files;
            for (const Archive::FileFailure &f : m_sync->fileFailures())
                files.append(QJsonObject {{u"streamId"_s, Ids::toUrlSafe(f.streamId)},
                    {u"messageId"_s, Ids::toUrlSafe(f.messageId)}, {u"attachmentId"_s, f.attachmentId},
                    {u"name"_s, f.name}, {u"error"_s, f.message}});
            out().addItem(QJsonObject {{u"run"_s, m_sync->runId()}, {u"counts"_s, countsJson(c)},
                {u"failures"_s, failures}, {u"fileFailures"_s, files}, {u"error"_s, error}});
        } else {
            out().addFields({{tr("Run"), QString::number(m_sync->runId())},
                {tr("Streams"), tr("%1 (%2 new)").arg(c.streams).arg(c.streamsNew)},
                {tr("Messages read"), QString::number(c.messagesSeen)},
                {tr("New messages"), QString::number(c.messagesNew)},
                {tr("New revisions"), QString::number(c.revisions)},
                {tr("Marked missing"), QString::number(c.missing)},
                {tr("Member changes"), QString::number(c.memberChanges)},
                {tr("Receipts new or changed"), QString::number(c.receipts)},
                {tr("Attachment files"), tr("%1 kept (%2 failed)").arg(c.files).arg(c.fileFailures)},
                {tr("Requests"), tr("%1 (%2 answered 429)").arg(c.requests).arg(c.throttled)},
                {tr("Time"), tr("%1 s").arg(m_sync->progressNow().elapsedMs / 1000.0, 0, 'f', 1)}});
        }
        for (const Archive::StreamFailure &f : m_sync->failures())
            console().error(tr("Stream %1 %2: %3").arg(f.streamId, f.name, f.message));
        for (const Archive::FileFailure &f : m_sync->fileFailures())
            console().error(tr("Attachment %1 (%2) of message %3: %4")
                                .arg(f.attachmentId, f.name, Ids::toUrlSafe(f.messageId), f.message));
        if (!error.isEmpty()) {
            console().error(error);
            done(LocalFileFailed);
            return;
        }
        done(m_sync->failures().isEmpty() && m_sync->fileFailures().isEmpty() ? Success : ServerFailed);
    }

    Archive::SyncOptions m_options;
    Archive::Sync *m_sync = nullptr;
};

/** @brief `archive info ARCHIVE`: pod, runs, counts and size. */
class ArchiveInfoCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Reader reader(*m_store);
        Result<Archive::ArchiveSummary> s = reader.summary();
        if (!s)
            return failLocal(s.error());
        const Archive::ArchiveSummary &a = s.value();
        if (out().isJson()) {
            QJsonArray runs;
            for (const Archive::RunRow &r : a.runs)
                runs.append(runJson(r));
            out().addItem(QJsonObject {{u"archive"_s, a.location}, {u"pod"_s, a.pod},
                {u"created"_s, a.created}, {u"schemaVersion"_s, a.schemaVersion}, {u"streams"_s, a.streams},
                {u"messages"_s, a.messages}, {u"revisions"_s, a.revisions}, {u"missing"_s, a.missing},
                {u"people"_s, a.people}, {u"memberships"_s, a.memberships}, {u"events"_s, a.events},
                {u"bytes"_s, a.bytes}, {u"runs"_s, runs}});
            done(Success);
            return;
        }
        out().addFields({{tr("Archive"), a.location}, {tr("Pod"), a.pod}, {tr("Created"), a.created},
            {tr("Schema version"), QString::number(a.schemaVersion)},
            {tr("Last finished sync"), a.lastFinished ? Times::toIso(a.lastFinished->endedAt) : tr("none")},
            {tr("Streams"), QString::number(a.streams)}, {tr("Messages"), QString::number(a.messages)},
            {tr("Earlier versions kept"), QString::number(a.revisions)},
            {tr("Missing from the pod"), QString::number(a.missing)},
            {tr("People"), QString::number(a.people)},
            {tr("Current memberships"), QString::number(a.memberships)},
            {tr("Live events"), QString::number(a.events)},
            {tr("Size"), tr("%1 MB").arg(a.bytes / 1e6, 0, 'f', 1)}});
        out().setColumns({{tr("RUN"), 5, true}, {tr("KIND"), 5}, {tr("STATUS"), 11}, {tr("STARTED"), 24},
                             {tr("STREAMS"), 7, true}, {tr("MESSAGES"), 9, true}, {tr("NEW"), 8, true},
                             {tr("REVISED"), 7, true}, {tr("MISSING"), 7, true}, {tr("EVENTS"), 7, true}},
            tr("No runs."));
        for (const Archive::RunRow &r : a.runs)
            out().addRow({QString::number(r.id), r.kind, r.status, Times::toIso(r.startedAt),
                QString::number(r.counts.streams), QString::number(r.counts.messagesSeen),
                QString::number(r.counts.messagesNew), QString::number(r.counts.revisions),
                QString::number(r.counts.missing), QString::number(r.counts.events)});
        done(Success);
    }
};

/** @brief `archive upgrade ARCHIVE`: brings an archive to this program's schema version. */
class ArchiveUpgradeCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    void start() override
    {
        // Opening for writing runs the forward migrations, each in its own transaction.
        if (!openStore(Archive::Store::Mode::Write))
            return;
        console().note(
            tr("%1 is at schema version %2.").arg(m_location.display()).arg(m_store->schemaVersion()));
        done(Success);
    }
};

/** @brief `archive verify ARCHIVE`: reads the whole archive and checks it (Archive::Verifier). */
class ArchiveVerifyCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Verifier verifier(*m_store);
        verifier.setProgress(
            [this](const QString &title) { console().progress(tr("Checking: %1").arg(title)); });
        Result<Archive::VerifyReport> report = verifier.run();
        console().endProgress();
        if (!report)
            return failLocal(report.error());
        out().setColumns(
            {{tr("CHECK"), 24}, {tr("CHECKED"), 9, true}, {tr("PROBLEMS"), 8, true}, {tr("RESULT"), 0}},
            tr("No checks."));
        for (const Archive::VerifyCheck &c : report.value().checks) {
            if (out().isJson()) {
                QJsonObject o {{u"check"_s, c.name}, {u"title"_s, c.title}, {u"checked"_s, c.checked},
                    {u"problems"_s, c.problemCount}, {u"details"_s, QJsonArray::fromStringList(c.problems)}};
                if (!c.note.isEmpty())
                    o.insert(u"note"_s, c.note);
                out().addItem(o);
            } else {
                const QString result = !c.note.isEmpty() ? c.note : c.ok() ? tr("ok") : tr("FAILED");
                out().addRow({c.title, QString::number(c.checked), QString::number(c.problemCount), result});
            }
            for (const QString &problem : c.problems)
                console().error(u"%1: %2"_s.arg(c.title, problem));
            if (c.problemCount > c.problems.size())
                console().error(
                    tr("%1: %2 more problems.").arg(c.title).arg(c.problemCount - c.problems.size()));
        }
        if (report.value().ok()) {
            console().note(tr("%1 verified: no problems.").arg(m_location.display()));
            done(Success);
        } else {
            console().error(
                tr("%1 has %2 problems.").arg(m_location.display()).arg(report.value().problemCount()));
            done(ArchiveDamaged);
        }
    }
};

} // namespace

std::unique_ptr<Command> Commands::archiveSync(const CommandContext &context)
{
    return std::make_unique<ArchiveSyncCommand>(context);
}

std::unique_ptr<Command> Commands::archiveInfo(const CommandContext &context)
{
    return std::make_unique<ArchiveInfoCommand>(context);
}

std::unique_ptr<Command> Commands::archiveUpgrade(const CommandContext &context)
{
    return std::make_unique<ArchiveUpgradeCommand>(context);
}

std::unique_ptr<Command> Commands::archiveVerify(const CommandContext &context)
{
    return std::make_unique<ArchiveVerifyCommand>(context);
}

} // namespace Inspector::Cli

#include "archivecommand.moc"
