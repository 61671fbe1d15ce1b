// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "services/diagnostics.h"
#include "services/messagedetails.h"
#include "services/messagehistory.h"
#include "services/streamdirectory.h"
#include "services/userdirectory.h"

namespace Inspector {

namespace Archive {
class ReadThread;
}

/*
 * The services of an archive: every read runs on the archive's ReadThread (never SQL on the
 * caller's thread) and keeps ServiceCall's contract; the SQL is in Archive::BrowseReader. What an
 * archive does not keep (a message's status, files not downloaded, the pod's health) ends the call
 * with ApiError kind NotFound and a sentence that says so, never an empty answer. When the
 * ReadThread is gone, every call finishes with that kind too.
 */

/// StreamDirectory over the stored streams, their objects and current members.
class ArchiveStreamDirectory final : public StreamDirectory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveStreamDirectory)

public:
    explicit ArchiveStreamDirectory(Archive::ReadThread *reader, QObject *parent = nullptr);
    ~ArchiveStreamDirectory() override;

    ServiceCall *myStreams(BatchSink<Stream> sink) override;
    ServiceCall *userStreams(qint64 userId, BatchSink<Stream> sink) override;
    ServiceCall *enterpriseStreams(BatchSink<AdminStream> sink) override;
    ServiceCall *userIdsByEmail(const QString &email, BatchSink<qint64> sink) override;
    ServiceCall *streamInfo(const QString &streamId, BatchSink<StreamInfo> sink) override;
    ServiceCall *roomInfo(const QString &roomId, BatchSink<RoomDetail> sink) override;
    ServiceCall *roomMembers(const QString &roomId, BatchSink<RoomMember> sink) override;

private:
    QPointer<Archive::ReadThread> m_reader;
};

/// UserDirectory over the stored people (id, display name, e-mail, username).
class ArchiveUserDirectory final : public UserDirectory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveUserDirectory)

public:
    explicit ArchiveUserDirectory(Archive::ReadThread *reader, QObject *parent = nullptr);
    ~ArchiveUserDirectory() override;

protected:
    ServiceCall *fetchUsers(const QList<qint64> &ids, BatchSink<User> sink) override;
    /// An archive does not know whose session made it: NotFound.
    ServiceCall *fetchSelf(BatchSink<User> sink) override;

private:
    QPointer<Archive::ReadThread> m_reader;
};

/**
 * @brief MessageHistory over the stored messages: a stream's current versions newest first in
 * keyset pages on (time, order of storage), and the full-text index (words, "phrases", prefix*:
 * Archive::Schema::searchTerms) newest first. Rows of messages with several stored versions carry
 * MessageRow::Revised.
 */
class ArchiveMessageHistory final : public MessageHistory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveMessageHistory)

public:
    explicit ArchiveMessageHistory(Archive::ReadThread *reader, QObject *parent = nullptr);
    ~ArchiveMessageHistory() override;

    ServiceCall *more(MessageCursor *cursor, BatchSink sink) override;
    ServiceCall *message(const QString &messageId, MessageSink sink) override;
    SearchSyntax searchSyntax() const override { return SearchSyntax::FullText; }
    /// An ArchiveMessageModel on the archive's ReadThread (nullptr once the archive is closed).
    ArchiveMessageModel *windowedTable(QObject *parent) override;
    Archive::ReadThread *archiveReader() const override { return m_reader; }

private:
    QPointer<Archive::ReadThread> m_reader;
};

/// MessageDetails over the stored receipts and versions; no status, no files (NotFound, saying so).
class ArchiveMessageDetails final : public MessageDetails
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveMessageDetails)

public:
    explicit ArchiveMessageDetails(Archive::ReadThread *reader, QObject *parent = nullptr);
    ~ArchiveMessageDetails() override;

    /// One page of every stored receipt of the message (no next page); NotFound when none is stored.
    ServiceCall *receipts(const ReceiptsQuery &query, Sink<ReceiptPage> sink, QObject *parent) override;
    ServiceCall *status(const QString &messageId, Sink<MessageStatus> sink, QObject *parent) override;
    ServiceCall *downloadAttachment(const AttachmentQuery &query, Sink<SavedAttachment> sink,
        ByteProgress progress, QObject *parent) override;
    bool hasRevisions() const override { return true; }
    ServiceCall *revisions(const QString &messageId, Sink<MessageRevision> sink, QObject *parent) override;

private:
    QPointer<Archive::ReadThread> m_reader;
};

/// Diagnostics of an archive: there is no pod to ask, and each call says so (NotFound).
class ArchiveDiagnostics final : public Diagnostics
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDiagnostics)

public:
    explicit ArchiveDiagnostics(QObject *parent = nullptr);
    ~ArchiveDiagnostics() override;

    ServiceCall *health(Sink<Health> sink, QObject *parent) override;
    ServiceCall *agentInfo(Sink<AgentInfo> sink, QObject *parent) override;
    ServiceCall *sessionUser(Sink<User> sink, QObject *parent) override;
    std::optional<qint64> sessionExpiresAtMs() const override { return std::nullopt; }
};

} // namespace Inspector
