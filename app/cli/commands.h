// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

#include <memory>

#include "api/requests.h"
#include "command.h"

/**
 * One factory per command; each command class lives in the .cpp file named after it
 * (healthcommand.cpp, messagescommand.cpp, …), which is the only place that needs its declaration.
 */
namespace Inspector::Cli::Commands {

std::unique_ptr<Command> health(const CommandContext &context);
std::unique_ptr<Command> info(const CommandContext &context);
std::unique_ptr<Command> session(const CommandContext &context);
std::unique_ptr<Command> streams(const CommandContext &context);
std::unique_ptr<Command> rooms(const CommandContext &context);
std::unique_ptr<Command> members(const CommandContext &context);
std::unique_ptr<Command> messages(const CommandContext &context);
std::unique_ptr<Command> search(const CommandContext &context);
std::unique_ptr<Command> message(const CommandContext &context);
std::unique_ptr<Command> receipts(const CommandContext &context);
std::unique_ptr<Command> status(const CommandContext &context);
std::unique_ptr<Command> attachments(const CommandContext &context);
std::unique_ptr<Command> signalList(const CommandContext &context);
std::unique_ptr<Command> users(const CommandContext &context);
std::unique_ptr<Command> id(const CommandContext &context);
std::unique_ptr<Command> exportMessages(const CommandContext &context);
std::unique_ptr<Command> exportSearch(const CommandContext &context);
std::unique_ptr<Command> exportStreams(const CommandContext &context);
std::unique_ptr<Command> exportMembers(const CommandContext &context);
std::unique_ptr<Command> exportReceipts(const CommandContext &context);
std::unique_ptr<Command> exportStatus(const CommandContext &context);
std::unique_ptr<Command> exportSignals(const CommandContext &context);
std::unique_ptr<Command> exportUsers(const CommandContext &context);
std::unique_ptr<Command> exportHealth(const CommandContext &context);
std::unique_ptr<Command> pml(const CommandContext &context);
std::unique_ptr<Command> feed(const CommandContext &context);
std::unique_ptr<Command> feeds(const CommandContext &context);
std::unique_ptr<Command> archiveSync(const CommandContext &context);
std::unique_ptr<Command> archiveInfo(const CommandContext &context);
std::unique_ptr<Command> archiveStreams(const CommandContext &context);
std::unique_ptr<Command> archiveUpgrade(const CommandContext &context);
std::unique_ptr<Command> archiveMessages(const CommandContext &context);
std::unique_ptr<Command> archiveSearch(const CommandContext &context);
std::unique_ptr<Command> archiveDiff(const CommandContext &context);
std::unique_ptr<Command> archiveExport(const CommandContext &context);
std::unique_ptr<Command> archiveCoverage(const CommandContext &context);
std::unique_ptr<Command> archiveVerify(const CommandContext &context);
std::unique_ptr<Command> archiveEvents(const CommandContext &context);
std::unique_ptr<Command> archiveReceipts(const CommandContext &context);
std::unique_ptr<Command> archiveAttachments(const CommandContext &context);
/** The list of `export-streams`: streams with member counts, as JSON items on the context's output. */
std::unique_ptr<Command> streamCounts(const CommandContext &context);

/** @p raw (the server's object, unchanged) with @p derived added under "_inspector". */
QJsonObject withInspector(QJsonObject raw, const QJsonObject &derived);

/** Checks a stream or message id typed by the user; a usage error naming @p what. */
Result<> checkId(const QString &id, const QString &what);

/** --limit: a positive whole number, 0 when not given; a usage error otherwise. */
Result<int> readLimit(const CommandLine &cli);

/**
 * --type (IM, MIM, ROOM, POST; repeated or comma-separated) and --include-inactive as a filter.
 * With --admin, a filter of POST alone fails with @p postWithAdmin: the enterprise listing has
 * no POST streams.
 */
Result<Requests::StreamFilter> readStreamFilter(const CommandLine &cli, const QString &postWithAdmin);

/** "yes" / "no" for table cells. */
QString yesNo(bool value);

/** The ISO time of an epoch-ms value, or empty for 0 / absent. */
QString isoOrEmpty(qint64 epochMs);

} // namespace Inspector::Cli::Commands
