// SPDX-License-Identifier: Apache-2.0
#include "export/messageexportjob.h"

#include <QDateTime>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "api/timesource.h"
#include "enumnames.h"
#include "export/htmltranscript.h"
#include "logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::Export {

namespace {

/// The name of every format, as the command line and the settings give it.
constexpr EnumName<Format> FormatNames[] = {
    {Format::Csv, "csv"},
    {Format::Json, "json"},
    {Format::JsonLines, "jsonl"},
    {Format::Html, "html"},
    {Format::Pdf, "pdf"},
};

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "jsonlines"_L1 || n == "ndjson"_L1)
        return Format::JsonLines;
    if (n == "htm"_L1)
        return Format::Html;
    return enumFromKey(FormatNames, n);
}

QString formatName(Format format)
{
    return enumKeyOf(FormatNames, format);
}

QString formatSuffix(Format format)
{
    return formatName(format);
}

bool isTranscript(Format format)
{
    return format == Format::Html || format == Format::Pdf;
}

QList<Format> ExportSettings::allFormats() const
{
    if (formats.isEmpty())
        return {format};
    QList<Format> all;
    for (const Format f : formats) {
        if (!all.contains(f))
            all.append(f);
    }
    return all;
}

MessageSource MessageSource::stream(const QString &id, qint64 since, std::optional<qint64> until)
{
    MessageSource s;
    s.streamId = id;
    s.since = since;
    s.until = until;
    return s;
}

MessageSource MessageSource::search(const QString &query, const QJsonObject &criteria, int maxItems)
{
    MessageSource s;
    s.query = query;
    s.criteria = criteria;
    s.maxItems = maxItems;
    return s;
}

MessageSource MessageSource::fromMessages(const QList<Message> &messages)
{
    MessageSource s;
    s.messages = messages;
    s.inMemory = true;
    return s;
}

MessageSource MessageSource::fromProvider(const QString &streamId, PageProvider provider)
{
    MessageSource s;
    s.streamId = streamId;
    s.provider = std::move(provider);
    return s;
}

MessageExportJob::MessageExportJob(
    ApiClient *client, const QList<MessageSource> &sources, const ExportSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sources(sources)
    , m_settings(settings)
    , m_dedup(settings.dedupe)
{
    qRegisterMetaType<Inspector::Export::ExportProgress>();
    qRegisterMetaType<Inspector::Export::ExportReport>();
    if (m_settings.columns.isEmpty())
        m_settings.columns = MessageColumns::defaultNames();
    if (m_settings.outputTemplate)
        m_settings.split = true; // one file per source, each named by the template
}

MessageExportJob::~MessageExportJob()
{
    if (m_pager)
        m_pager->disconnect(this);
    for (const auto &sink : m_sinks)
        sink->cancel(); // never commit a half export
}

QString MessageExportJob::splitPath(const QString &outputPath, const QString &label, Format format)
{
    const QFileInfo info(outputPath);
    QString safe = label;
    for (QChar &c : safe) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    }
    return info.dir().filePath(info.completeBaseName() + u'-' + safe + u'.' + formatSuffix(format));
}

QString MessageExportJob::pathFor(const QString &outputPath, Format format, bool several)
{
    if (!several)
        return outputPath;
    QString base = outputPath;
    const QFileInfo info(outputPath);
    if (!info.completeBaseName().isEmpty() && formatFromName(info.suffix()))
        base.chop(info.suffix().size() + 1);
    return base + u'.' + formatSuffix(format);
}

void MessageExportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_sinceProgress.start();
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    time()->callLater(0, this, [this] {
        if (m_sources.isEmpty()) {
            finish(
                ApiError::fromLocal(LocalError(tr("Nothing to export: no stream and no search was given."))));
            return;
        }
        for (const MessageSource &s : std::as_const(m_sources)) {
            if (!s.inMemory && !s.provider && !m_client) {
                finish(ApiError::fromLocal(LocalError(tr("Exporting from the pod needs a connection."))));
                return;
            }
        }
        if (m_settings.split && m_settings.device) {
            finish(ApiError::fromLocal(
                LocalError(tr("One file per stream needs an output file, not standard output."))));
            return;
        }
        const QList<Format> formats = m_settings.allFormats();
        if (formats.size() > 1 && m_settings.device) {
            finish(ApiError::fromLocal(
                LocalError(tr("Several formats need an output file each, not standard output."))));
            return;
        }
        if (std::any_of(formats.cbegin(), formats.cend(), isTranscript) && m_sources.size() > 1
            && !m_settings.split) {
            finish(ApiError::fromLocal(LocalError(tr(
                "A transcript (HTML, PDF) holds one stream: several streams need one file each (split)."))));
            return;
        }
        if (!m_settings.split && !openOutput({}))
            return;
        startSource();
    });
}

std::unique_ptr<MessageSink> MessageExportJob::makeSink(Format format) const
{
    if (format == Format::Csv || format == Format::Json || format == Format::JsonLines)
        return std::make_unique<DataSink>(format, m_settings.csv, m_settings.columns);
    const MessageSource &s = m_sources[std::min<qsizetype>(m_index, m_sources.size() - 1)];
    HtmlDocumentInfo info;
    info.streamId = s.streamId;
    info.title = s.inMemory    ? tr("Selected messages")
        : s.streamId.isEmpty() ? (s.query.isEmpty() ? tr("Search results") : s.query)
                               : QString();
    info.since = s.since;
    info.until = s.until;
    info.exportedAtMs = m_startedAtMs;
    HtmlOptions options = m_settings.html;
    if (m_client && options.pod.isEmpty())
        options.pod = m_client->urls().base(ServiceUrls::Service::Pod).host();
    if (m_client && options.exporter.isEmpty())
        options.exporter = m_client->credentials().username;
    if (format == Format::Html)
        return std::make_unique<HtmlTranscript>(options, info);
    return m_settings.sinkFactory ? m_settings.sinkFactory(format, options, info) : nullptr;
}

QString MessageExportJob::templatePath(Format format, bool several) const
{
    OutputName::Fields fields = m_nameFields;
    fields.suffix = formatSuffix(format);
    const QString path = OutputName::expand(m_settings.outputPath, fields);
    // Several formats and no %x: each format's suffix, as without a template.
    return several && !OutputName::usesSuffix(m_settings.outputPath) ? pathFor(path, format, true) : path;
}

bool MessageExportJob::openOutput(const QString &label, const Message *first)
{
    const QList<Format> formats = m_settings.allFormats();
    if (m_settings.outputTemplate) {
        const MessageSource &s = m_sources[m_index];
        m_nameFields = {};
        m_nameFields.streamId = s.streamId.isEmpty() ? label : s.streamId;
        if (first) {
            m_nameFields.streamName = first->stream.roomName;
            m_nameFields.streamType = first->stream.streamType;
            m_nameFields.first
                = QDateTime::fromMSecsSinceEpoch(first->timestamp, m_settings.html.timeZone).date();
            m_nameFields.last = m_nameFields.first; // until the end
        }
        m_nameFields.exportDate
            = QDateTime::fromMSecsSinceEpoch(m_startedAtMs, m_settings.html.timeZone).date();
    }
    for (const Format format : formats) {
        std::unique_ptr<MessageSink> sink = makeSink(format);
        if (!sink) {
            fail(ApiError::fromLocal(
                LocalError(tr("This program cannot write %1 here.").arg(formatName(format).toUpper()))));
            return false;
        }
        Result<> opened;
        if (m_settings.device) {
            opened = sink->openDevice(m_settings.device);
        } else {
            const QString path = pathFor(m_settings.outputPath, format, formats.size() > 1);
            if (m_settings.outputTemplate)
                opened = sink->open(templatePath(format, formats.size() > 1), OutputFile::Path::New);
            else if (m_settings.split)
                opened = sink->open(splitPath(path, label, format), OutputFile::Path::Derived);
            else
                opened = sink->open(path,
                    path == m_settings.outputPath ? OutputFile::Path::Chosen : OutputFile::Path::Derived);
        }
        if (!opened) {
            fail(ApiError::fromLocal(opened.error()));
            return false;
        }
        m_sinks.push_back(std::move(sink));
        m_sinkFormats.append(format);
    }
    return true;
}

void MessageExportJob::collectWriterStats()
{
    for (const auto &sink : m_sinks) {
        m_bytesClosed += sink->bytesWritten();
        m_report.replacedCharacters += sink->replacedCharacters();
        m_report.guardedCells += sink->guardedCells();
        m_report.files.append(sink->takeCommitted());
        m_report.warnings += sink->warnings();
    }
    m_sinks.clear();
    m_sinkFormats.clear();
}

bool MessageExportJob::closeOutput()
{
    if (m_settings.outputTemplate && OutputName::usesLast(m_settings.outputPath) && m_sourceHasMessages) {
        // The last message's date is known now: each file gets its final name as it is committed.
        m_nameFields.last = QDateTime::fromMSecsSinceEpoch(m_lastTimestamp, m_settings.html.timeZone).date();
        for (size_t i = 0; i < m_sinks.size(); ++i)
            m_sinks[i]->rename(templatePath(m_sinkFormats.at(qsizetype(i)), m_sinkFormats.size() > 1));
    }
    for (const auto &sink : m_sinks) {
        if (const Result<> finished = sink->finish(); !finished) {
            fail(ApiError::fromLocal(finished.error()));
            return false;
        }
    }
    collectWriterStats();
    m_report.bytes = m_bytesClosed;
    if (auto *device = qobject_cast<QFileDevice *>(m_settings.device))
        device->flush();
    return true;
}

void MessageExportJob::startSource()
{
    if (m_finished)
        return;
    if (m_index >= m_sources.size()) {
        if (!m_settings.split && !closeOutput())
            return;
        emitProgress(true);
        finish({});
        return;
    }
    const MessageSource &s = m_sources[m_index];
    const QString label = s.inMemory ? u"selection"_s : s.streamId.isEmpty() ? u"search"_s : s.streamId;
    if (s.provider) {
        if (m_settings.split && !m_settings.outputTemplate && !openOutput(label))
            return;
        m_lastTimestamp = s.since;
        m_windowStart = s.since;
        m_sourceHasMessages = false;
        feedProvider();
        return;
    }
    if (m_settings.split && !m_settings.outputTemplate && !openOutput(label))
        return;
    m_lastTimestamp = s.since;
    m_windowStart = s.since;
    m_sourceHasMessages = false;
    if (s.inMemory) {
        m_memoryPos = 0;
        feedMemory();
        return;
    }
    auto sink = [this](const QList<Message> &page) { onPage(page); };
    m_pager = s.streamId.isEmpty()
        ? Fetch::messageSearch(m_client, s.query, s.criteria, s.maxItems, sink, this)
        : Fetch::messages(m_client, s.streamId, s.since, s.until, s.maxItems, sink, this);
    connect(m_pager, &Pager::warning, this,
        [this](const QString &warning) { m_report.warnings.append(warning); });
    connect(m_pager, &Pager::finished, this, &MessageExportJob::onSourceFinished);
    m_pager->start();
}

TimeSource *MessageExportJob::time() const
{
    return m_client ? m_client->time() : TimeSource::system();
}

void MessageExportJob::feedMemory()
{
    // In pages from the event loop, as fetched messages come: progress is reported and cancel()
    // takes effect between pages, and the caller's thread is never held for a whole export.
    constexpr qsizetype PageSize = 1000;
    if (m_finished)
        return;
    const QList<Message> &all = m_sources[m_index].messages;
    if (m_memoryPos >= all.size()) {
        onSourceFinished({});
        return;
    }
    const qsizetype n = std::min(PageSize, all.size() - m_memoryPos);
    const QList<Message> page = all.mid(m_memoryPos, n);
    m_memoryPos += n;
    onPage(page);
    if (!m_finished)
        time()->callLater(0, this, [this] { feedMemory(); });
}

void MessageExportJob::feedProvider()
{
    // As feedMemory(): a page per turn of the event loop.
    constexpr int PageSize = 1000;
    if (m_finished)
        return;
    Result<QList<Message>> page = m_sources[m_index].provider(PageSize);
    if (!page)
        return fail(ApiError::fromLocal(page.error()));
    if (page.value().isEmpty()) {
        onSourceFinished({});
        return;
    }
    onPage(page.value());
    if (!m_finished)
        time()->callLater(0, this, [this] { feedProvider(); });
}

void MessageExportJob::onPage(const QList<Message> &messages)
{
    if (m_finished)
        return;
    if (!messages.isEmpty()) {
        // With the default since=0 the window would start in 1970 and every estimate would read
        // "almost done" at once: the history really starts at its first message.
        if (!m_sourceHasMessages)
            m_windowStart = std::max(m_windowStart, messages.first().timestamp);
        m_sourceHasMessages = true;
        m_lastTimestamp = messages.last().timestamp;
    }
    if (m_settings.outputTemplate && m_sinks.empty() && !messages.isEmpty()) {
        // The stream's name, type and first date name the file: open it now.
        const MessageSource &s = m_sources[m_index];
        if (!openOutput(s.inMemory         ? u"selection"_s
                    : s.streamId.isEmpty() ? u"search"_s
                                           : s.streamId,
                &messages.first()))
            return;
    }
    if (!writeItems(m_dedup.add(messages)))
        return;
    emitProgress(false);
}

bool MessageExportJob::writeItems(const QList<Deduplicator::Item> &items)
{
    for (const Deduplicator::Item &item : items) {
        for (const auto &sink : m_sinks) {
            if (const Result<> written = sink->write(item.message, item.derived); !written) {
                fail(ApiError::fromLocal(written.error()));
                return false;
            }
        }
        ++m_report.messages;
    }
    return true;
}

void MessageExportJob::onSourceFinished(const ApiError &error)
{
    m_pager = nullptr;
    if (m_finished)
        return;
    if (error.isError()) {
        fail(error);
        return;
    }
    if (m_settings.outputTemplate && m_sinks.empty()) {
        // A source without messages still gets its (empty) file.
        const MessageSource &s = m_sources[m_index];
        if (!openOutput(s.inMemory ? u"selection"_s : s.streamId.isEmpty() ? u"search"_s : s.streamId))
            return;
    }
    if (!writeItems(m_dedup.flush()))
        return;
    if (m_settings.split && !closeOutput())
        return;
    ++m_index;
    startSource();
}

void MessageExportJob::emitProgress(bool force)
{
    if (!force && m_sinceProgress.elapsed() < 200)
        return;
    m_sinceProgress.restart();
    ExportProgress p;
    p.messages = m_report.messages;
    p.bytes = m_bytesClosed;
    for (const auto &sink : m_sinks)
        p.bytes += sink->bytesWritten();
    const qint64 ms = std::max<qint64>(1, m_clock.elapsed());
    p.messagesPerSecond = double(p.messages) * 1000.0 / double(ms);
    p.sourceIndex = m_index;
    p.sourceCount = int(m_sources.size());
    if (m_index < m_sources.size() && m_sources[m_index].inMemory) {
        const qsizetype total = m_sources[m_index].messages.size();
        const double within = total > 0 ? double(m_memoryPos) / double(total) : 1.0;
        const double f = (m_index + within) / double(m_sources.size());
        p.fraction = f;
        if (f > 0.01)
            p.etaMs = qint64(double(ms) * (1.0 - f) / f);
    } else if (m_index < m_sources.size() && !m_sources[m_index].streamId.isEmpty()) {
        // A history is read oldest first: how far the last timestamp is into the window tells
        // how far we are (the window ends at `until`, or now: nothing is dated in the future).
        const MessageSource &s = m_sources[m_index];
        const qint64 end = s.until.value_or(m_startedAtMs);
        const double within = end > m_windowStart
            ? double(m_lastTimestamp - m_windowStart) / double(end - m_windowStart)
            : 1.0;
        const double f = (m_index + std::clamp(within, 0.0, 1.0)) / double(m_sources.size());
        p.fraction = force && m_index >= m_sources.size() ? 1.0 : f;
        if (f > 0.01)
            p.etaMs = qint64(double(ms) * (1.0 - f) / f);
    } else if (force) {
        p.fraction = 1.0;
        p.etaMs = 0;
    }
    m_report.bytes = p.bytes;
    Q_EMIT progress(p);
}

void MessageExportJob::cancel()
{
    if (m_finished)
        return;
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager = nullptr;
    }
    finish(ApiError::cancelled());
}

void MessageExportJob::fail(const ApiError &error)
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager = nullptr;
    }
    finish(error);
}

void MessageExportJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error.isError()) {
        // Nothing half-written survives: the previous file at the path stays as it was.
        for (const auto &sink : m_sinks)
            sink->cancel();
        collectWriterStats(); // `files` keeps the files committed before the failure (--split)
    }
    m_report.error = error;
    m_report.duplicatesDropped = m_dedup.dropped();
    m_report.lateDuplicates = m_dedup.late();
    m_report.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCInfo(lcExport) << "export finished:" << m_report.messages << "messages," << m_report.duplicatesDropped
                     << "duplicates dropped," << (error.isError() ? error.message : u"ok"_s);
    Q_EMIT finished(m_report);
}

} // namespace Inspector::Export
