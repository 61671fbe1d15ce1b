// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "archive/reader.h"
#include "data/localresult.h"

namespace Inspector::Archive {

class Store;

/// One current member of a stream (an open membership interval).
struct StoredMember
{
    QString streamId;
    qint64 userId = 0;
    bool owner = false;
    qint64 joinDate = 0;
};

/// One person as the archive keeps them.
struct StoredPerson
{
    qint64 userId = 0;
    QString displayName;
    QString email;
    QString username;
};

/// One stored stream with its current object as the server sent it last.
struct StoredStreamObject
{
    StoredStream stream;
    QByteArray raw; ///< the server's object of the stream's current revision
};

/// Where a keyset page of messages starts: after this row, in the order of the listing.
struct MessageKey
{
    qint64 timestamp = 0;
    qint64 order = 0; ///< history: the message's place in the order of storage
    QString messageId; ///< search: the normalised id (ties of one millisecond)
};

/// One stored message of a page, with its place for the next page.
struct PagedMessage
{
    StoredMessage message;
    MessageKey key;
};

/// One version of a message as the History tab shows it: when it was seen, and by which run.
struct RevisionRow
{
    int rev = 1;
    qint64 firstRun = 0;
    qint64 lastRun = 0;
    qint64 firstSeenAt = 0; ///< start of the run that first stored it (epoch ms); 0 when unknown
    QByteArray json; ///< the server's bytes of that version
};

/**
 * @brief The reads the desktop program browses an archive with: the streams with their objects,
 * members and people, a stream's messages newest first and the full-text search in keyset pages,
 * one message with its versions. Nothing here touches the pod.
 */
class BrowseReader
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::BrowseReader)
public:
    explicit BrowseReader(Store &store);

    /// Every stored stream (Reader::streams) with its current object.
    Result<QList<StoredStreamObject>> streams();
    /// One stored stream, or nullopt.
    Result<std::optional<StoredStreamObject>> stream(const QString &streamId);
    /// The current members of a stream (every stream when @p streamId is empty), by stream then user.
    Result<QList<StoredMember>> members(const QString &streamId = {});
    /// The streams a user is a member of now (normalised ids).
    Result<QStringList> streamsOf(qint64 userId);
    /// The ids of the people with this e-mail address (case-insensitive).
    Result<QList<qint64>> userIdsByEmail(const QString &email);
    /// The people with these ids that the archive knows.
    Result<QList<StoredPerson>> people(const QList<qint64> &ids);

    /// At most @p limit messages of a stream, newest first, older than @p after (from the newest when unset).
    Result<QList<PagedMessage>> newestFirst(
        const QString &streamId, const std::optional<MessageKey> &after, int limit);
    /// At most @p limit hits of a full-text search (Reader::search's syntax), newest first, after @p after.
    Result<QList<PagedMessage>> search(
        const QString &query, const std::optional<MessageKey> &after, int limit);
    /// One message by id (either Base64 form) in any stream, or nullopt.
    Result<std::optional<StoredMessage>> message(const QString &messageId);
    /// Every stored version of a message, oldest first (empty when the message is not stored).
    Result<QList<RevisionRow>> revisions(const QString &messageId);

private:
    Store &m_store;
};

} // namespace Inspector::Archive
