// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "api/apierror.h"
#include "data/localresult.h"
#include "export/csvwriter.h"
#include "export/deduplicator.h"
#include "export/exportformat.h"
#include "export/htmlwriter.h"
#include "export/jsonwriter.h"
#include "export/messagesink.h"
#include "export/outputfile.h"
#include "export/outputname.h"

class QIODevice;

namespace Inspector {
class ApiClient;
class Pager;
class TimeSource;
} // namespace Inspector

namespace Inspector::Export {

/// Where the messages of an export come from: one stream's history, a message search, or
/// messages already in memory (the rows a user selected or filtered).
struct MessageSource
{
    QString streamId; ///< a stream's history when set
    qint64 since = 0;
    std::optional<qint64> until; ///< inclusive
    QString query; ///< a search (`field:value` syntax) when streamId is empty
    QJsonObject criteria; ///< or a MessageSearchQuery body
    int maxItems = -1;
    QList<Message> messages; ///< written as they are when inMemory (no request is made)
    bool inMemory = false;
    /// Gives the next page of at most maxMessages, oldest first; an empty page ends the source.
    using PageProvider = std::function<Result<QList<Message>>(int maxMessages)>;
    PageProvider provider; ///< a local store's messages of streamId (no request is made)

    static MessageSource stream(
        const QString &id, qint64 since = 0, std::optional<qint64> until = std::nullopt);
    static MessageSource search(const QString &query, const QJsonObject &criteria = {}, int maxItems = -1);
    /// Messages already fetched, in the order given: they go through the same de-duplication,
    /// writers and report as fetched ones. With split the file is named "<base>-selection.<suffix>".
    static MessageSource fromMessages(const QList<Message> &messages);
    /// A stream's messages from a local store (an archive), pulled page by page: they are written
    /// exactly as the stream's history from the pod would be, split files named the same.
    static MessageSource fromProvider(const QString &streamId, PageProvider provider);
};

struct ExportSettings
{
    Format format = Format::Csv;
    /// Several formats from one pass over the pages, one file each (pathFor()); empty = {format}.
    QList<Format> formats;
    CsvOptions csv;
    QStringList columns; ///< resolved MessageColumns names; empty = all
    bool dedupe = true;
    QString outputPath; ///< written atomically through QSaveFile (see OutputFile)
    QIODevice *device = nullptr; ///< instead of outputPath (e.g. stdout): not atomic
    bool split = false; ///< one file per source: "<base>-<streamId>.<suffix>"
    /**
     * outputPath is a template (OutputName: `%N-%I.%x`…): one file per source (as split) named by
     * its fields, opened at the source's first message (its name, type and date) and committed
     * under its final name (%l) at the end, as a new file that never replaces anything.
     */
    bool outputTemplate = false;
    HtmlOptions html; ///< Format::Html and Format::Pdf: time zone, partition, header
    /// Makes the sinks of the formats inspector_core does not write (Format::Pdf); may be empty.
    SinkFactory sinkFactory;

    /// formats, or {format} when it is empty; each format once, in the order given.
    QList<Format> allFormats() const;
};

struct ExportProgress
{
    qint64 messages = 0;
    qint64 bytes = 0;
    double messagesPerSecond = 0;
    std::optional<double> fraction; ///< 0..1, when the time window tells how far we are
    std::optional<qint64> etaMs;
    int sourceIndex = 0;
    int sourceCount = 0;
};

struct ExportReport
{
    ApiError error; ///< kind None on success, Cancelled when cancelled
    qint64 messages = 0; ///< written
    qint64 duplicatesDropped = 0;
    qint64 lateDuplicates = 0; ///< duplicates that arrived out of order (first copy kept)
    qint64 replacedCharacters = 0; ///< text that could not be encoded, written as U+FFFD
    qint64 guardedCells = 0; ///< CSV cells defused against formula injection
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QStringList files; ///< the files committed (with split: also those committed before a failure)
    /// Sentences about pages that were written but not as the API promises (e.g. a last page sorted
    /// because it came newest first), in the order they happened.
    QStringList warnings;
};

/**
 * @brief Exports the messages of streams or of a search to CSV, JSON, JSON Lines, an HTML or a PDF
 * transcript (one stream per file: several streams need split), or to several of them at once.
 *
 * Formats: every page is fanned out to one MessageSink per format (ExportSettings::formats), so that
 * several formats come from one pass over the pages: the pod is asked once, and each file is what an
 * export of that format alone writes.
 *
 * Streams: pages come from the pagers, are de-duplicated (Deduplicator) and written at once, so
 * memory stays flat whatever the number of messages (apart from the de-duplication keys). Output
 * goes through QSaveFile (OutputFile): a cancelled or failed export leaves no partial file and never
 * damages a previous file at that path; a named pipe or a device is written to directly. The job lives on the
 * thread it was created on (move it to a worker thread together with its ApiClient to keep a GUI thread
 * free).
 *
 * Signal contract: finished() exactly once, never from inside start(); progress() at most every
 * 200 ms and once at the end. cancel() emits finished() with a Cancelled error before returning.
 */
class MessageExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageExportJob)

public:
    /// `client` may be null when every source is in memory.
    MessageExportJob(ApiClient *client, const QList<MessageSource> &sources, const ExportSettings &settings,
        QObject *parent = nullptr);
    ~MessageExportJob() override;

    void start();
    void cancel();
    const ExportReport &report() const { return m_report; }

    /// The file of source `index` when splitting: "<base>-<streamId>.<suffix>".
    static QString splitPath(const QString &outputPath, const QString &label, Format format);
    /**
     * The file of @p format when an export writes @p several formats: @p outputPath is then a base
     * name that gets each format's suffix ("rates" or "rates.csv" -> "rates.csv", "rates.html", …;
     * a suffix that names a format is replaced, any other is kept: "a.b" -> "a.b.csv"). One format:
     * @p outputPath as it is.
     */
    static QString pathFor(const QString &outputPath, Format format, bool several);

Q_SIGNALS:
    void progress(const Inspector::Export::ExportProgress &progress);
    void finished(const Inspector::Export::ExportReport &report);

private:
    bool openOutput(const QString &label, const Message *first = nullptr);
    QString templatePath(Format format, bool several) const;
    std::unique_ptr<MessageSink> makeSink(Format format) const;
    bool closeOutput();
    void startSource();
    void feedMemory();
    void feedProvider();
    TimeSource *time() const;
    void onPage(const QList<Message> &messages);
    bool writeItems(const QList<Deduplicator::Item> &items);
    void onSourceFinished(const ApiError &error);
    void fail(const ApiError &error);
    void finish(const ApiError &error);
    void emitProgress(bool force);
    void collectWriterStats();

    QPointer<ApiClient> m_client;
    QList<MessageSource> m_sources;
    ExportSettings m_settings;
    ExportReport m_report;
    Deduplicator m_dedup;
    QPointer<Pager> m_pager;
    std::vector<std::unique_ptr<MessageSink>> m_sinks; // one per format, of the current output
    QList<Format> m_sinkFormats; // the format of each sink
    OutputName::Fields m_nameFields; // outputTemplate: the current source's
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;
    qint64 m_startedAtMs = 0;
    qint64 m_lastTimestamp = 0;
    qint64 m_windowStart = 0; // `since`, or the first message's time when since is before it
    qint64 m_bytesClosed = 0;
    int m_index = 0;
    qsizetype m_memoryPos = 0; // next message of an in-memory source
    bool m_sourceHasMessages = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Inspector::Export

Q_DECLARE_METATYPE(Inspector::Export::ExportProgress)
Q_DECLARE_METATYPE(Inspector::Export::ExportReport)
