// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "data/localresult.h"
#include "export/csvwriter.h"
#include "export/deduplicator.h"
#include "export/exportformat.h"
#include "export/htmlwriter.h"
#include "export/jsonwriter.h"
#include "export/outputfile.h"

class QIODevice;

namespace Inspector::Export {

/**
 * @brief One format's output of a message export, for one source at a time (a stream, a search,
 * a selection): MessageExportJob fans every page out to one sink per format, so that several
 * formats come from one pass over the pages.
 *
 * Contract: open() or openDevice() once, write() per message, then finish() (which commits the
 * files) or cancel() (which discards the file being written; files already committed stay). Errors
 * are sentences of category File.
 */
class MessageSink
{
public:
    MessageSink() = default;
    virtual ~MessageSink() = default;
    MessageSink(const MessageSink &) = delete;
    MessageSink &operator=(const MessageSink &) = delete;

    /// Opens the output at @p path (atomic: OutputFile).
    virtual Result<> open(const QString &path, OutputFile::Path kind) = 0;
    /// Writes to @p device instead (standard output): not atomic.
    virtual Result<> openDevice(QIODevice *device) = 0;
    virtual Result<> write(const Message &message, const Derived &derived) = 0;
    /// Ends and commits the output.
    virtual Result<> finish() = 0;
    virtual void cancel() = 0;

    /// The files committed since the last call.
    virtual QStringList takeCommitted() = 0;
    virtual qint64 bytesWritten() const = 0;
    virtual qint64 replacedCharacters() const = 0;
    virtual qint64 guardedCells() const { return 0; }
    /// Sentences about what went wrong beside the output without failing it (a file not written).
    virtual QStringList warnings() const { return {}; }
    /**
     * The file being written gets this name (in its folder) when it is committed: a template's
     * field known only at the end (%l). Ignored by files that name each other (a transcript's parts).
     */
    virtual void rename(const QString &path) { Q_UNUSED(path) }
};

/// Makes the sink of a format inspector_core does not write itself (Format::Pdf, which needs Qt Gui).
using SinkFactory = std::function<std::unique_ptr<MessageSink>(
    Format format, const HtmlOptions &options, const HtmlDocumentInfo &info)>;

/**
 * @brief CSV, JSON or JSON Lines as a MessageSink: one file (or device) through CsvWriter or
 * JsonWriter, with MessageColumns for the CSV rows.
 */
class DataSink final : public MessageSink
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Export::DataSink)

public:
    DataSink(Format format, const CsvOptions &csv, const QStringList &columns);
    ~DataSink() override;

    Result<> open(const QString &path, OutputFile::Path kind) override;
    Result<> openDevice(QIODevice *device) override;
    Result<> write(const Message &message, const Derived &derived) override;
    Result<> finish() override;
    void cancel() override;

    QStringList takeCommitted() override { return std::exchange(m_committed, {}); }
    qint64 bytesWritten() const override;
    qint64 replacedCharacters() const override;
    qint64 guardedCells() const override;
    void rename(const QString &path) override;

private:
    Result<> begin();
    Result<> writeError() const;

    Format m_format;
    CsvOptions m_csvOptions;
    QStringList m_columns;
    std::unique_ptr<OutputFile> m_file;
    QIODevice *m_out = nullptr;
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<JsonWriter> m_json;
    QStringList m_committed;
};

} // namespace Inspector::Export
