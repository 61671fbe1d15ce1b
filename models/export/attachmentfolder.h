// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "data/localresult.h"
#include "data/message.h"

namespace Inspector::Export {

/// Where a transcript gets the files of its messages' attachments (`--attachments`): files
/// downloaded before the export (AttachmentPrefetch) or kept in an archive. Synchronous.
class AttachmentSource
{
public:
    virtual ~AttachmentSource() = default;
    /// The bytes of one attachment of a message (ids in either Base64 form); nullopt when the
    /// source has none (not downloaded, failed).
    virtual std::optional<QByteArray> bytes(
        const QString &streamId, const QString &messageId, const QString &attachmentId)
        = 0;
};

/// One attachment's file beside a transcript.
struct LocalAttachment
{
    QString href; ///< relative to the transcript: `NAME_files/<name>`, percent-encoded
    QString fileName; ///< the name it got in the folder
    QString imageType; ///< image/png, image/jpeg, image/gif, image/webp by its bytes; empty otherwise
};

/**
 * @brief The folder `NAME_files/` beside a transcript `NAME.html`, written as the messages come.
 *
 * Each attachment is written once (a message seen twice, in two parts of a partition, links the
 * same file) as a Files::NewFile: under its sanitised name (Files::safeFileName, as `attachments
 * --download` names files), atomically, a taken name giving `name (2).ext`; nothing is replaced or
 * followed, and a hostile name (`../x`, `/etc/passwd`, controls, a right-to-left override) stays a
 * plain name inside the folder. The folder is made on the first file; a folder that is a symbolic
 * link is refused.
 */
class AttachmentFolder
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Export::AttachmentFolder)
public:
    AttachmentFolder(const QString &transcriptPath, std::shared_ptr<AttachmentSource> source);

    /// `DIR/NAME_files` for `DIR/NAME.html` (the part suffix of a partition left out by the caller).
    static QString folderPath(const QString &transcriptPath);

    /// The local file of @p attachment of @p message, written on first use; nullopt when the
    /// source has no bytes for it or it could not be written (warnings() says why).
    std::optional<LocalAttachment> fileFor(
        const QString &streamId, const Message &message, const AttachmentInfo &attachment);

    int filesWritten() const { return m_written; }
    QStringList warnings() const { return m_warnings; }

private:
    QString m_folder;
    QString m_folderName;
    std::shared_ptr<AttachmentSource> m_source;
    QHash<QString, std::optional<LocalAttachment>> m_done;
    int m_written = 0;
    QStringList m_warnings;
    bool m_folderChecked = false;
    bool m_folderOk = false;
};

} // namespace Inspector::Export
