// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include "archive/files.h"
#include "archive/reader.h"
#include "archivecommand.h"
#include "commands.h"
#include "data/displayname.h"
#include "data/event.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"
#include "files/filenames.h"
#include "files/newfile.h"
#include "output.h"
#include "services/messagerow.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

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

    Result<> validateOptions() override
    {
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

    Result<> validateOptions() override
    {
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

/** @brief `archive receipts ARCHIVE STREAM [MESSAGE]`: who received and read the stored messages. */
class ArchiveReceiptsCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validateOptions() override
    {
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

/**
 * @brief `archive attachments ARCHIVE STREAM [MESSAGE] [--save DIR]`: the stored attachments and
 * their kept files; with --save, the kept files written into DIR as `attachments --download` does
 * (sanitised names, a new file each, never a file replaced or a link followed).
 */
class ArchiveAttachmentsCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validateOptions() override
    {
        if (Result<> id = Commands::checkId(cli().arguments().value(1), tr("stream")); !id)
            return id;
        if (cli().arguments().size() > 2) {
            if (Result<> id = Commands::checkId(cli().arguments().at(2), tr("message")); !id)
                return id;
        }
        if (cli().isSet(u"save"_s)) {
            m_dir = cli().value(u"save"_s);
            const QFileInfo info(m_dir);
            if (info.exists() && !info.isDir())
                return LocalError(tr("--save: \"%1\" exists and is not a directory.").arg(m_dir));
        }
        return {};
    }

    void start() override
    {
        if (!openStore(Archive::Store::Mode::Read))
            return;
        Archive::Reader reader(*m_store);
        Result<QList<Archive::AttachmentRecord>> list
            = reader.attachments(cli().arguments().value(1), cli().arguments().value(2));
        if (!list)
            return failLocal(list.error());
        if (!m_dir.isEmpty() && !QDir().mkpath(m_dir)) {
            console().error(tr("--save: cannot create the directory \"%1\".").arg(m_dir));
            done(LocalFileFailed);
            return;
        }
        QList<Output::Column> columns {{tr("MESSAGE"), 36}, {tr("FILE ID"), 24}, {tr("NAME"), 32},
            {tr("SIZE"), 10, true}, {tr("TYPE"), 24}, {tr("FILE"), 0}};
        if (!m_dir.isEmpty())
            columns.append({tr("SAVED AS"), 0});
        out().setColumns(columns, tr("No attachments (archive sync keeps them)."));
        Archive::AttachmentFiles files(*m_store);
        int missing = 0;
        for (const Archive::AttachmentRecord &a : list.value()) {
            const bool kept = !a.fileHash.isEmpty();
            const QString hash = QString::fromLatin1(a.fileHash.toHex());
            QString savedAs;
            if (kept && !m_dir.isEmpty()) {
                Result<std::optional<QByteArray>> bytes = files.read(a.streamId, a.fileHash);
                if (!bytes)
                    return failLocal(bytes.error());
                if (!bytes.value()) {
                    ++missing;
                    console().error(
                        tr("%1: the kept file %2 is missing (archive verify).").arg(a.name, hash));
                } else {
                    Files::NewFile file(m_dir, Files::safeFileName(a.name, a.attachmentId));
                    Result<> written = file.open();
                    if (written && file.device()->write(*bytes.value()) != bytes.value()->size())
                        written = LocalError(file.device()->errorString());
                    if (written)
                        written = file.commit();
                    if (!written)
                        return failLocal(
                            LocalError(tr("Cannot write in \"%1\": %2").arg(m_dir, written.error().message()),
                                LocalError::Category::File));
                    savedAs = file.filePath();
                }
            }
            const QString state = kept ? u"sha256:"_s + hash
                : a.error.isEmpty()    ? tr("not downloaded")
                                       : tr("failed: %1").arg(a.error);
            if (out().isJson()) {
                QJsonObject o {{u"streamId"_s, Ids::toUrlSafe(a.streamId)},
                    {u"messageId"_s, Ids::toUrlSafe(a.messageId)}, {u"attachmentId"_s, a.attachmentId},
                    {u"name"_s, a.name}, {u"size"_s, a.size}, {u"timestamp"_s, a.timestamp}};
                if (kept) {
                    o.insert(u"sha256"_s, hash);
                    o.insert(u"fileSize"_s, a.fileSize);
                    o.insert(u"contentType"_s, a.contentType);
                } else if (!a.error.isEmpty()) {
                    o.insert(u"error"_s, a.error);
                }
                if (!savedAs.isEmpty())
                    o.insert(u"savedAs"_s, savedAs);
                out().addItem(o);
                continue;
            }
            QStringList row {Ids::toUrlSafe(a.messageId), a.attachmentId, a.name,
                Text::humanSize(kept ? a.fileSize : a.size), a.contentType, state};
            if (!m_dir.isEmpty())
                row.append(savedAs);
            out().addRow(row);
        }
        done(missing == 0 ? Success : ArchiveDamaged);
    }

private:
    QString m_dir;
};

/** @brief `archive events ARCHIVE`: the live events stored by `feed --archive`, oldest first. */
class ArchiveEventsCommand final : public ArchiveCommand
{
    Q_OBJECT

public:
    using ArchiveCommand::ArchiveCommand;

    Result<> validateOptions() override
    {
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

} // namespace

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

std::unique_ptr<Command> Commands::archiveReceipts(const CommandContext &context)
{
    return std::make_unique<ArchiveReceiptsCommand>(context);
}

std::unique_ptr<Command> Commands::archiveAttachments(const CommandContext &context)
{
    return std::make_unique<ArchiveAttachmentsCommand>(context);
}

std::unique_ptr<Command> Commands::archiveEvents(const CommandContext &context)
{
    return std::make_unique<ArchiveEventsCommand>(context);
}

} // namespace Inspector::Cli

#include "archivereadcommands.moc"
