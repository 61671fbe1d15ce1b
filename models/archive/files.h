// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

#include "data/localresult.h"
#include "export/attachmentfolder.h"

namespace Inspector::Archive {

class Store;
struct Location;

/**
 * @brief The attachment files of an archive, content-addressed by SHA-256.
 *
 * SQLite: files beside the archive, in `ARCHIVE.files/ab/abcdef…` (the hash in lower-case hex,
 * its first two digits the folder). A file is written under a temporary name in its folder with
 * mode 0600, synced to disk, then renamed to its hash: a kill leaves no partial file under a hash
 * name (a temporary `.part-…` one at most, which the next writer removes). No folder or file of
 * the path is followed through a symbolic link. PostgreSQL: a row of attachment_file keyed by
 * (stream, hash), written in the caller's transaction.
 *
 * A file already held (same hash, same size) is not written again.
 */
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::AttachmentFiles)
public:
    explicit AttachmentFiles(Store &store);

    /// The folder of a SQLite archive's files (`ARCHIVE.files`); empty for PostgreSQL.
    static QString folderOf(const Location &location);
    /// The path of the file of @p hash (SQLite), whether or not it is there.
    QString pathOf(const QByteArray &hash) const;

    /// Whether the file of @p hash and @p size is held for @p streamId.
    Result<bool> holds(const QString &streamId, const QByteArray &hash, qint64 size);
    /// Keeps @p bytes (whose SHA-256 is @p hash) for @p streamId, unless held already.
    Result<> keep(const QString &streamId, const QByteArray &hash, const QByteArray &bytes);
    /// The bytes of @p hash; nullopt when the archive does not hold them.
    Result<std::optional<QByteArray>> read(const QString &streamId, const QByteArray &hash);
    /// Removes the temporary files a killed writer left (SQLite; the caller is the one writer).
    void removeLeftovers();

private:
    Store &m_store;
    QString m_folder;
};

/// The kept files of an archive as the attachments of a transcript (`archive export --format html
/// --attachments`): nothing is fetched; an attachment without a kept file has none.
class StoredAttachments final : public Export::AttachmentSource
{
public:
    explicit StoredAttachments(Store &store);
    std::optional<QByteArray> bytes(
        const QString &streamId, const QString &messageId, const QString &attachmentId) override;

private:
    Store &m_store;
    AttachmentFiles m_files;
};

} // namespace Inspector::Archive
