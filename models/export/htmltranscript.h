// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "data/localresult.h"
#include "export/attachmentfolder.h"
#include "export/deduplicator.h"
#include "export/htmlwriter.h"
#include "export/messagesink.h"
#include "export/outputfile.h"

class QIODevice;

namespace Inspector::Export {

/**
 * @brief Where each message of a transcript went: its part (0 without a partition), kept as the
 * id's decoded bytes, as the Deduplicator does (about 40 bytes per message), so that a reply or an
 * edit finds its earlier message wherever it was written.
 */
class MessagePartIndex
{
public:
    void add(const QString &messageId, int part);
    std::optional<int> partOf(const QString &messageId) const;

private:
    QHash<Deduplicator::CompactKey, int> m_partOf;
    QHash<QString, int> m_partOfText; // ids that are not ids
};

/**
 * @brief The files of one stream's HTML transcript: one file, or with HtmlOptions::partition = N
 * files of N messages each, "NAME-part-0001.html", "NAME-part-0002.html", … next to the path given,
 * each linking to the previous and the next. A part is committed (OutputFile: atomic, never through
 * a symbolic link) when the next one starts, so the last part is never empty and a 1,000,000-message
 * stream gives files a browser opens.
 *
 * Replies and edits link to their earlier message wherever it was written, in this part or an
 * earlier one: the transcript keeps the part of every message id written (as the id's decoded
 * bytes, as the Deduplicator does: about 40 bytes per message).
 */
class HtmlTranscript final : public MessageSink
{
public:
    HtmlTranscript(const HtmlOptions &options, const HtmlDocumentInfo &info);
    ~HtmlTranscript() override;

    /// Opens the first file: `path`, or its first part with a partition.
    Result<> open(const QString &path, OutputFile::Path kind) override;
    /// Writes to `device` instead (standard output): one document, no partition.
    Result<> openDevice(QIODevice *device) override;
    Result<> write(const Message &message, const Derived &derived) override;
    /// Ends and commits the last file.
    Result<> finish() override;
    /// Gives up: the file being written is discarded (parts already committed stay).
    void cancel() override;

    /// The files committed since the last call.
    QStringList takeCommitted() override;
    qint64 bytesWritten() const override;
    qint64 replacedCharacters() const override;
    /// Why attachments' files could not be written beside it (HtmlOptions::attachments).
    QStringList warnings() const override;
    void rename(const QString &path) override;

    /// "DIR/NAME-part-0007.SUFFIX" for "DIR/NAME.SUFFIX" (suffix @p suffix when it has none).
    static QString partPath(const QString &path, int part, const QString &suffix = QStringLiteral("html"));

private:
    Result<> openPart();
    Result<> endPart(const QString &nextFile);
    QString locate(const QString &messageId) const;

    HtmlOptions m_options;
    HtmlDocumentInfo m_info;
    QString m_path;
    OutputFile::Path m_kind = OutputFile::Path::Chosen;
    QIODevice *m_device = nullptr;
    std::unique_ptr<OutputFile> m_file;
    std::unique_ptr<HtmlWriter> m_writer;
    std::unique_ptr<AttachmentFolder> m_files; ///< NAME_files/ of a transcript written to a path
    int m_part = 0; // 1-based when partitioned
    QStringList m_committed;
    qint64 m_bytesClosed = 0;
    qint64 m_replacedClosed = 0;
    MessagePartIndex m_parts;
};

} // namespace Inspector::Export
