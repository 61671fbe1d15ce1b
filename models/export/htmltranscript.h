// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

#include "data/localresult.h"
#include "export/deduplicator.h"
#include "export/htmlwriter.h"
#include "export/messagesink.h"
#include "export/outputfile.h"

class QIODevice;

namespace Inspector::Export {

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

    /// "DIR/NAME-part-0007.SUFFIX" for "DIR/NAME.SUFFIX" (suffix "html" when it has none).
    static QString partPath(const QString &path, int part);

private:
    Result<> openPart();
    Result<> endPart(const QString &nextFile);
    QString locate(const QString &messageId) const;
    void remember(const Message &message);

    HtmlOptions m_options;
    HtmlDocumentInfo m_info;
    QString m_path;
    OutputFile::Path m_kind = OutputFile::Path::Chosen;
    QIODevice *m_device = nullptr;
    std::unique_ptr<OutputFile> m_file;
    std::unique_ptr<HtmlWriter> m_writer;
    int m_part = 0; // 1-based when partitioned
    QStringList m_committed;
    qint64 m_bytesClosed = 0;
    qint64 m_replacedClosed = 0;
    QHash<Deduplicator::CompactKey, int> m_partOf; // message id -> part (0 without a partition)
    QHash<QString, int> m_partOfText; // ids that are not ids
};

} // namespace Inspector::Export
