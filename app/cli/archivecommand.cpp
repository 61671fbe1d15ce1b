// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>

#include "api/apiclient.h"
#include "archive/analysis.h"
#include "archive/location.h"
#include "archive/reader.h"
#include "archive/store.h"
#include "archive/sync.h"
#include "archive/verify.h"
#include "commands.h"
#include "console.h"
#include "data/displayname.h"
#include "data/event.h"
#include "data/ids.h"
#include "data/times.h"
#include "exitcode.h"
#include "export/csvwriter.h"
#include "messagequery.h"
#include "output.h"
#include "services/messagerow.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject countsJson(const Archive::RunCounts &c)
{
    return {{u"streams"_s, c.streams}, {u"streamsNew"_s, c.streamsNew}, {u"messagesSeen"_s, c.messagesSeen},
        {u"messagesNew"_s, c.messagesNew}, {u"revisions"_s, c.revisions}, {u"missing"_s, c.missing},
        {u"memberChanges"_s, c.memberChanges}, {u"requests"_s, c.requests}, {u"throttled"_s, c.throttled},
        {u"events"_s, c.events}, {u"receipts"_s, c.receipts}};
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

/** Common ground of the `archive …` commands: the ARCHIVE argument and the store. */
class ArchiveCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        Result<Archive::Location> location = Archive::Location::parse(cli().arguments().value(0));
        if (!location)
            return location.error();
        m_location = location.value();
        return {};
    }

protected:
    /// Opens the archive, or ends the command with the reason.
    bool openStore(Archive::Store::Mode mode)
    {
        Result<std::unique_ptr<Archive::Store>> store = Archive::Store::open(m_location, mode);
        if (!store) {
            console().error(store.error().message());
            done(mode == Archive::Store::Mode::Read ? Usage : LocalFileFailed);
            return false;
        }
        m_store = std::move(store).value();
        return true;
    }
    /// Ends the command on a failed read.
    void failLocal(const LocalError &error)
    {
        console().error(error.message());
        done(LocalFileFailed);
    }

    /// --since and --until (either form of time), for the commands that take them.
    Result<> readTimeWindow()
    {
        const Result<MessageQuery> window = MessageQuery::readTimeWindow(cli());
        if (!window)
            return window.error();
        if (cli().isSet(u"since"_s))
            m_since = window.value().since;
        m_until = window.value().until;
        return {};
    }

    Archive::Location m_location;
    std::unique_ptr<Archive::Store> m_store;
    std::optional<qint64> m_since; ///< readTimeWindow(): unset when not given
    std::optional<qint64> m_until;
};

/** @brief `archive sync ARCHIVE`: fetch a scope's streams and messages into the archive. */
class ArchiveSyncCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
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
        if (!openStore(Archive::Store::Mode::Write))
            return;
        if (Result<> lock = m_store->lockForWriting(); !lock) {
            console().error(lock.error().message());
            done(LocalFileFailed);
            return;
        }
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
            out().addItem(QJsonObject {{u"run"_s, m_sync->runId()}, {u"counts"_s, countsJson(c)},
                {u"failures"_s, failures}, {u"error"_s, error}});
        } else {
            out().addFields({{tr("Run"), QString::number(m_sync->runId())},
                {tr("Streams"), tr("%1 (%2 new)").arg(c.streams).arg(c.streamsNew)},
                {tr("Messages read"), QString::number(c.messagesSeen)},
                {tr("New messages"), QString::number(c.messagesNew)},
                {tr("New revisions"), QString::number(c.revisions)},
                {tr("Marked missing"), QString::number(c.missing)},
                {tr("Member changes"), QString::number(c.memberChanges)},
                {tr("Receipts new or changed"), QString::number(c.receipts)},
                {tr("Requests"), tr("%1 (%2 answered 429)").arg(c.requests).arg(c.throttled)},
                {tr("Time"), tr("%1 s").arg(m_sync->progressNow().elapsedMs / 1000.0, 0, 'f', 1)}});
        }
        for (const Archive::StreamFailure &f : m_sync->failures())
            console().error(tr("Stream %1 %2: %3").arg(f.streamId, f.name, f.message));
        if (!error.isEmpty()) {
            console().error(error);
            done(LocalFileFailed);
            return;
        }
        done(m_sync->failures().isEmpty() ? Success : ServerFailed);
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

/** @brief `archive streams ARCHIVE`: the stored streams with their counts. */
class ArchiveStreamsCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Reader reader(*m_store);
        Result<QList<Archive::StoredStream>> streams = reader.streams();
        if (!streams)
            return failLocal(streams.error());
        out().setColumns({{tr("ID"), 36}, {tr("TYPE"), 4}, {tr("NAME"), 28}, {tr("ACTIVE"), 6},
                             {tr("MESSAGES"), 8, true}, {tr("MISSING"), 7, true}, {tr("NEWEST"), 24}},
            tr("No streams."));
        for (const Archive::StoredStream &s : streams.value()) {
            if (out().isJson()) {
                out().addItem(QJsonObject {{u"streamId"_s, Ids::toUrlSafe(s.id)}, {u"type"_s, s.type},
                    {u"name"_s, s.name}, {u"active"_s, s.active}, {u"crossPod"_s, s.crossPod},
                    {u"messages"_s, s.messages}, {u"missing"_s, s.missing}, {u"revisions"_s, s.revisions},
                    {u"oldest"_s, s.messages ? Times::toIso(s.oldest) : QString()},
                    {u"newest"_s, s.messages ? Times::toIso(s.newest) : QString()},
                    {u"firstRun"_s, s.firstRun}, {u"lastRun"_s, s.lastRun}});
            } else {
                out().addRow({Ids::toUrlSafe(s.id), s.type, s.name, Commands::yesNo(s.active),
                    QString::number(s.messages), QString::number(s.missing),
                    s.messages ? Times::toIso(s.newest) : QString()});
            }
        }
        done(Success);
    }
};

/** @brief `archive messages ARCHIVE STREAM`: a stream's stored messages, oldest first. */
class ArchiveMessagesCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
        if (Result<> id = Commands::checkId(cli().arguments().value(1), tr("stream")); !id)
            return id;
        if (Result<> window = readTimeWindow(); !window)
            return window;
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        const bool revisions = cli().isSet(u"revisions"_s);
        out().setColumns(
            {{tr("TIME"), 24}, {tr("ID"), 36}, {tr("SENDER"), 20}, {tr("STATE"), 9}, {tr("TEXT"), 0}},
            tr("No messages."));
        Archive::Reader reader(*m_store);
        Result<> r = reader.messages(
            cli().arguments().value(1), m_since, m_until, revisions, [&](const Archive::StoredMessage &m) {
                if (out().isJson()) {
                    QJsonObject derived {{u"streamId"_s, Ids::toUrlSafe(m.streamId)}, {u"revision"_s, m.rev},
                        {u"firstRun"_s, m.firstRun}, {u"lastRun"_s, m.lastRun}};
                    if (m.missingRun)
                        derived.insert(u"missingSinceRun"_s, m.missingRun);
                    if (revisions) {
                        QJsonArray list;
                        for (const Archive::StoredRevision &v : m.revisions)
                            list.append(QJsonObject {{u"revision"_s, v.rev}, {u"firstRun"_s, v.firstRun},
                                {u"lastRun"_s, v.lastRun}, {u"message"_s, objectOf(v.json)}});
                        derived.insert(u"revisions"_s, list);
                    }
                    out().addItem(Commands::withInspector(objectOf(m.json), derived));
                    return;
                }
                QString state = m.missingRun ? tr("missing") : QString();
                if (m.rev > 1)
                    state = state.isEmpty() ? tr("revised") : state + u',' + tr("revised");
                out().addRow(
                    {Times::toIso(m.timestamp), Ids::toUrlSafe(m.messageId), m.sender, state, m.line});
                if (revisions && m.revisions.size() > 1) {
                    for (const Archive::StoredRevision &v : m.revisions) {
                        if (v.rev == m.rev)
                            continue;
                        out().addRow({QString(),
                            tr("  revision %1 (runs %2-%3)").arg(v.rev).arg(v.firstRun).arg(v.lastRun),
                            QString(), QString(),
                            MessageRow::plainTextOf(v.json).simplified().left(MessageRow::LineChars)});
                    }
                }
            });
        if (!r)
            return failLocal(r.error());
        done(Success);
    }
};

/** @brief `archive search ARCHIVE WORDS…`: the full-text index, newest first. */
class ArchiveSearchCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
        const Result<int> limit = Commands::readLimit(cli());
        if (!limit)
            return limit.error();
        if (limit.value() > 0)
            m_limit = limit.value();
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Reader reader(*m_store);
        const QString query = cli().arguments().mid(1).join(u' ');
        Result<QList<Archive::StoredMessage>> hits = reader.search(query, m_limit);
        if (!hits) {
            console().error(hits.error().message());
            done(Usage);
            return;
        }
        out().setColumns(
            {{tr("TIME"), 24}, {tr("STREAM"), 36}, {tr("ID"), 36}, {tr("SENDER"), 20}, {tr("TEXT"), 0}},
            tr("No messages."));
        for (const Archive::StoredMessage &m : hits.value()) {
            if (out().isJson())
                out().addItem(Commands::withInspector(
                    objectOf(m.json), {{u"streamId"_s, Ids::toUrlSafe(m.streamId)}, {u"revision"_s, m.rev}}));
            else
                out().addRow({Times::toIso(m.timestamp), Ids::toUrlSafe(m.streamId),
                    Ids::toUrlSafe(m.messageId), m.sender, m.line});
        }
        done(Success);
    }

private:
    int m_limit = 100;
};

/** @brief `archive diff ARCHIVE`: what changed between two runs. */
class ArchiveDiffCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
        for (const QString &name : {u"from"_s, u"to"_s}) {
            if (!cli().isSet(name))
                continue;
            bool ok = false;
            const qint64 run = cli().value(name).toLongLong(&ok);
            if (!ok || run < 0) {
                return LocalError(tr("--%1 wants a run number (archive info lists them), not \"%2\".")
                                      .arg(name, cli().value(name)));
            }
            (name == "from"_L1 ? m_from : m_to) = run;
        }
        const QString format = cli().value(u"format"_s);
        if (!format.isEmpty() && format != "table"_L1 && format != "csv"_L1) {
            return LocalError(tr("--format: table or csv, not \"%1\" (--json gives JSON).").arg(format));
        }
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Analysis analysis(*m_store);
        if (!m_from || !m_to) {
            Result<QPair<qint64, qint64>> runs = analysis.defaultRuns();
            if (!runs)
                return failLocal(runs.error());
            if (!m_to)
                m_to = runs.value().second;
            if (!m_from)
                m_from = m_to == runs.value().second ? runs.value().first : *m_to - 1;
        }
        if (*m_from >= *m_to) {
            failUsage(tr("--from (%1) must be an earlier run than --to (%2).").arg(*m_from).arg(*m_to));
            return;
        }
        Result<QList<Archive::Change>> changes = analysis.diff(*m_from, *m_to);
        if (!changes)
            return failLocal(changes.error());
        const QStringList header {tr("RUN"), tr("CHANGE"), tr("STREAM"), tr("NAME"), tr("MESSAGE"),
            tr("USER"), tr("TIME"), tr("BEFORE"), tr("AFTER")};
        auto cells = [](const Archive::Change &c) {
            return QStringList {QString::number(c.run), Archive::Change::kindName(c.kind),
                Ids::toUrlSafe(c.streamId), c.streamName,
                c.messageId.isEmpty() ? QString() : Ids::toUrlSafe(c.messageId),
                c.userId ? QString::number(c.userId) : QString(),
                c.timestamp ? Times::toIso(c.timestamp) : QString(), c.before, c.after};
        };
        if (cli().value(u"format"_s) == "csv"_L1 && !out().isJson()) {
            Export::CsvWriter csv(context().stdoutDevice, Export::CsvOptions {});
            csv.begin();
            csv.writeRow(header);
            for (const Archive::Change &c : changes.value())
                csv.writeRow(cells(c));
            done(Success);
            return;
        }
        console().note(
            tr("Changes after run %1 up to run %2: %3.").arg(*m_from).arg(*m_to).arg(changes.value().size()));
        out().setColumns(
            {{header[0], 4, true}, {header[1], 18}, {header[2], 36}, {header[3], 20}, {header[4], 36},
                {header[5], 14}, {header[6], 24}, {header[7], 24}, {header[8], 0}},
            tr("No changes."));
        for (const Archive::Change &c : changes.value()) {
            if (out().isJson()) {
                QJsonObject o {{u"run"_s, c.run}, {u"change"_s, Archive::Change::kindName(c.kind)},
                    {u"streamId"_s, Ids::toUrlSafe(c.streamId)}, {u"streamName"_s, c.streamName}};
                if (!c.messageId.isEmpty()) {
                    o.insert(u"messageId"_s, Ids::toUrlSafe(c.messageId));
                    o.insert(u"timestamp"_s, c.timestamp);
                }
                if (c.userId)
                    o.insert(u"userId"_s, QString::number(c.userId));
                if (!c.before.isEmpty())
                    o.insert(u"before"_s, c.before);
                if (!c.after.isEmpty())
                    o.insert(u"after"_s, c.after);
                out().addItem(o);
            } else {
                out().addRow(cells(c));
            }
        }
        done(Success);
    }

private:
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
};

/** @brief `archive coverage ARCHIVE [STREAM]`: messages per period, and the periods no pass read. */
class ArchiveCoverageCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
        if (cli().arguments().size() > 1) {
            if (Result<> id = Commands::checkId(cli().arguments().at(1), tr("stream")); !id)
                return id;
        }
        const QString by = cli().value(u"by"_s);
        if (!by.isEmpty() && by != "day"_L1 && by != "week"_L1) {
            return LocalError(tr("--by: day or week, not \"%1\".").arg(by));
        }
        m_period = by == "week"_L1 ? Archive::Analysis::Period::Week : Archive::Analysis::Period::Day;
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Analysis analysis(*m_store);
        const QString stream
            = cli().arguments().size() > 1 ? Ids::normalized(cli().arguments().at(1)) : QString();
        Result<Archive::CoverageReport> report = analysis.coverage(stream, m_period);
        if (!report)
            return failLocal(report.error());
        auto coveredText = [](Archive::CoverageRow::Covered c) {
            switch (c) {
            case Archive::CoverageRow::Covered::Yes:
                return tr("yes");
            case Archive::CoverageRow::Covered::Partly:
                return tr("partly");
            case Archive::CoverageRow::Covered::No:
                break;
            }
            return tr("no");
        };
        const bool days = m_period == Archive::Analysis::Period::Day;
        auto periodText = [days](qint64 start) -> QString {
            return Times::toIso(start).left(10) + (days ? QString() : u" +7d"_s);
        };
        if (out().isJson()) {
            for (const Archive::CoverageRow &r : report.value().rows)
                out().addItem(
                    QJsonObject {{u"streamId"_s, Ids::toUrlSafe(r.streamId)}, {u"streamName"_s, r.streamName},
                        {u"from"_s, Times::toIso(r.periodStart)}, {u"to"_s, Times::toIso(r.periodEnd)},
                        {u"messages"_s, r.messages}, {u"covered"_s, coveredText(r.covered)}});
            for (const Archive::CoverageGap &g : report.value().gaps)
                out().addItem(
                    QJsonObject {{u"streamId"_s, Ids::toUrlSafe(g.streamId)}, {u"streamName"_s, g.streamName},
                        {u"gapFrom"_s, Times::toIso(g.from)}, {u"gapTo"_s, Times::toIso(g.to)}});
            done(Success);
            return;
        }
        out().setColumns({{tr("STREAM"), 36}, {tr("NAME"), 24}, {days ? tr("DAY") : tr("WEEK"), 14},
                             {tr("MESSAGES"), 8, true}, {tr("COVERED"), 7}},
            tr("Nothing archived yet."));
        for (const Archive::CoverageRow &r : report.value().rows)
            out().addRow({Ids::toUrlSafe(r.streamId), r.streamName, periodText(r.periodStart),
                QString::number(r.messages), coveredText(r.covered)});
        for (const Archive::CoverageGap &g : report.value().gaps)
            console().note(
                tr("Gap in %1 (%2): %3 to %4 was never read.")
                    .arg(Ids::toUrlSafe(g.streamId), g.streamName, Times::toIso(g.from), Times::toIso(g.to)));
        if (report.value().gaps.isEmpty())
            console().note(tr("No gaps: every period shown was read by a pass."));
        done(Success);
    }

private:
    Archive::Analysis::Period m_period = Archive::Analysis::Period::Day;
};

/** @brief `archive receipts ARCHIVE STREAM [MESSAGE]`: who received and read the stored messages. */
class ArchiveReceiptsCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
        if (Result<> id = Commands::checkId(cli().arguments().value(1), tr("stream")); !id)
            return id;
        if (cli().arguments().size() > 2) {
            if (Result<> id = Commands::checkId(cli().arguments().at(2), tr("message")); !id)
                return id;
        }
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        out().setColumns({{tr("MESSAGE"), 36}, {tr("USER"), 16, true}, {tr("NAME"), 20},
                             {tr("DELIVERED"), 24}, {tr("READ"), 24}, {tr("EMAILED"), 24}},
            tr("No receipts (archive sync --receipts keeps them)."));
        auto time = [](const std::optional<qint64> &t) { return t ? Times::toIso(*t) : QString(); };
        Archive::Reader reader(*m_store);
        Result<> r = reader.receipts(cli().arguments().value(1), cli().arguments().value(2),
            [&](const Archive::StoredReceipt &receipt) {
                if (out().isJson()) {
                    out().addItem(Commands::withInspector(objectOf(receipt.json),
                        {{u"messageId"_s, Ids::toUrlSafe(receipt.messageId)},
                            {u"firstRun"_s, receipt.firstRun}, {u"lastRun"_s, receipt.lastRun}}));
                    return;
                }
                const QJsonObject user = objectOf(receipt.json).value(u"user"_s).toObject();
                const QString fullName = QString(
                    user.value(u"firstName"_s).toString() + u' ' + user.value(u"lastName"_s).toString())
                                             .trimmed();
                out().addRow({Ids::toUrlSafe(receipt.messageId), QString::number(receipt.userId),
                    DisplayName::of(fullName, user.value(u"emailAddress"_s).toString(),
                        user.value(u"username"_s).toString(), receipt.userId),
                    time(receipt.deliveredAt), time(receipt.readAt), time(receipt.emailedAt)});
            });
        if (!r)
            return failLocal(r.error());
        done(Success);
    }
};

/** @brief `archive events ARCHIVE`: the live events stored by `feed --archive`, oldest first. */
class ArchiveEventsCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validate() override
    {
        if (Result<> base = ArchiveCommand::validate(); !base)
            return base;
        if (Result<> window = readTimeWindow(); !window)
            return window;
        for (const QString &value : cli().values(u"types"_s)) {
            for (const QString &word : value.split(u',', Qt::SkipEmptyParts)) {
                const QString type = word.trimmed().toUpper();
                if (!Event::realTimeTypes().contains(type))
                    return LocalError(tr("--types: \"%1\" is not an event type (%2).")
                                          .arg(word.trimmed(), Event::realTimeTypes().join(u", "_s)));
                m_types.append(type);
            }
        }
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        out().setColumns(
            {{tr("TIME"), 24}, {tr("TYPE"), 18}, {tr("STREAM"), 36}, {tr("BY"), 20}, {tr("TEXT"), 0}},
            tr("No events."));
        Archive::Reader reader(*m_store);
        Result<> r = reader.events(m_since, m_until, m_types, [&](const Archive::StoredEvent &stored) {
            const QJsonObject object = objectOf(stored.json);
            if (out().isJson()) {
                out().addItem(Commands::withInspector(object, {{u"run"_s, stored.run}}));
                return;
            }
            const Event e = Parse::eventFromJson(object);
            out().addRow({Times::toIso(stored.timestamp), stored.type,
                stored.streamId.isEmpty() ? QString() : Ids::toUrlSafe(stored.streamId),
                e.initiator.userId ? DisplayName::of(e.initiator) : QString(), e.preview});
        });
        if (!r)
            return failLocal(r.error());
        done(Success);
    }

private:
    QStringList m_types;
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

std::unique_ptr<Command> Commands::archiveReceipts(const CommandContext &context)
{
    return std::make_unique<ArchiveReceiptsCommand>(context);
}

std::unique_ptr<Command> Commands::archiveEvents(const CommandContext &context)
{
    return std::make_unique<ArchiveEventsCommand>(context);
}

std::unique_ptr<Command> Commands::archiveVerify(const CommandContext &context)
{
    return std::make_unique<ArchiveVerifyCommand>(context);
}

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

std::unique_ptr<Command> Commands::archiveStreams(const CommandContext &context)
{
    return std::make_unique<ArchiveStreamsCommand>(context);
}

std::unique_ptr<Command> Commands::archiveMessages(const CommandContext &context)
{
    return std::make_unique<ArchiveMessagesCommand>(context);
}

std::unique_ptr<Command> Commands::archiveSearch(const CommandContext &context)
{
    return std::make_unique<ArchiveSearchCommand>(context);
}

std::unique_ptr<Command> Commands::archiveDiff(const CommandContext &context)
{
    return std::make_unique<ArchiveDiffCommand>(context);
}

std::unique_ptr<Command> Commands::archiveCoverage(const CommandContext &context)
{
    return std::make_unique<ArchiveCoverageCommand>(context);
}

} // namespace Inspector::Cli

#include "archivecommand.moc"
