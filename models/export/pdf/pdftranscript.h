// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

#include "export/htmltranscript.h"
#include "export/messagesink.h"

class QBuffer;

namespace Inspector::Export {

struct PdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    /// Messages per file when HtmlOptions::partition is 0: memory stays bounded whatever the stream.
    int defaultPartition = 5000;
};

/**
 * @brief A stream's transcript as PDF: the HTML transcript's content (HtmlWriter in its Document
 * flavour: the same messages, marks, references and attachments) laid out by QTextDocument and
 * printed by QPdfWriter, with the stream's name in each page's header and the page number and
 * export time in its footer. Fonts are embedded; links to `https:` and `mailto:` stay links.
 *
 * Partitioned like the HTML transcript (HtmlOptions::partition, PdfOptions::defaultPartition when
 * it is 0): a part's HTML is kept in memory until it is full, then laid out and written at once
 * (atomically: OutputFile). A transcript of one part is the file at the path given; with more,
 * "NAME-part-0001.pdf", "NAME-part-0002.pdf", … each naming the previous and the next.
 *
 * Nothing is loaded: the document refuses every resource (image, style sheet) it is asked for;
 * refusedResources() counts them.
 *
 * Needs a QGuiApplication (fonts); open() fails with a sentence without one.
 */
class PdfTranscript final : public MessageSink
{
public:
    PdfTranscript(const HtmlOptions &options, const HtmlDocumentInfo &info, const PdfOptions &pdf);
    ~PdfTranscript() override;

    Result<> open(const QString &path, OutputFile::Path kind) override;
    Result<> openDevice(QIODevice *device) override;
    Result<> write(const Message &message, const Derived &derived) override;
    Result<> finish() override;
    void cancel() override;

    QStringList takeCommitted() override { return std::exchange(m_committed, {}); }
    qint64 bytesWritten() const override { return m_bytes; }
    qint64 replacedCharacters() const override;
    void rename(const QString &path) override;
    qint64 refusedResources() const { return m_refused; }
    int pagesWritten() const { return m_pages; }

    /// Makes PdfTranscript for Format::Pdf (ExportSettings::sinkFactory); null for any other format.
    static SinkFactory factory(const PdfOptions &pdf);
    /// "A4" or "Letter" (any case), or nullopt.
    static std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);

private:
    Result<> needsGui() const;
    void startPart();
    Result<> endPart(bool last);
    Result<> render(QIODevice *device, const QString &html, const QString &heading, int part);
    QString locate(const QString &messageId) const;

    HtmlOptions m_options;
    HtmlDocumentInfo m_info;
    PdfOptions m_pdf;
    QString m_path;
    OutputFile::Path m_kind = OutputFile::Path::Chosen;
    QIODevice *m_device = nullptr;
    QByteArray m_html; // the part being written
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<HtmlWriter> m_writer;
    MessagePartIndex m_parts;
    int m_part = 0; // 1-based
    QString m_previousFile;
    QStringList m_committed;
    qint64 m_bytes = 0;
    qint64 m_replacedClosed = 0;
    qint64 m_refused = 0;
    int m_pages = 0;
};

} // namespace Inspector::Export
