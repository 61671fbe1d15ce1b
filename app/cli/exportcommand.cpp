// SPDX-License-Identifier: Apache-2.0
#include "archive/files.h"
#include "archive/location.h"
#include "archive/reader.h"
#include "archive/store.h"
#include <QPointer>

#include "api/apiclient.h"
#include "commands.h"
#include "console.h"
#include "data/ids.h"
#include "exitcode.h"
#include "export/attachmentprefetch.h"
#include "export/messagecolumns.h"
#include "export/messageexportjob.h"
#include "export/pdf/pdftranscript.h"
#include "exportoptions.h"
#include "messagequery.h"
#include "terminalsafedevice.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `export STREAM...` and `export-search QUERY`: messages to CSV, JSON or JSON Lines through
 * Export::MessageExportJob.
 *
 * The job streams pages to the file as they come (memory stays flat), drops repeated deliveries
 * and writes through QSaveFile, so a failed or interrupted export leaves a previous file at the
 * path untouched. Progress goes to standard error when it is a terminal; the closing report always
 * does. cancel() (Ctrl+C) cancels the job, which discards the unfinished file.
 */
class ExportCommand final : public Command
{
    Q_OBJECT

public:
    enum class Mode
    {
        Streams,
        Search,
        Archive ///< `archive export ARCHIVE STREAM...`: the streams' messages from an archive
    };

    ExportCommand(const CommandContext &context, Mode mode)
        : Command(context)
        , m_mode(mode)
    { }

    Result<> validate() override
    {
        const Result<ExportOptions> options = readExportOptions(&m_settings);
        if (!options)
            return options.error();
        const ExportOptions &o = options.value();
        m_settings.dedupe = !cli().isSet(u"no-dedupe"_s);
        m_settings.formats = o.formats;
        m_settings.outputTemplate = o.outputTemplate;
        m_settings.html = o.html;
        m_attachments = o.attachments;
        if (m_attachments && m_mode == Mode::Search)
            return LocalError(tr("--attachments: export streams (export STREAM...), not a search."));
        if (o.has(Export::Format::Pdf)) {
            Export::PdfOptions pdf;
            pdf.pageSize = Export::PdfTranscript::pageSizeFromName(o.pageSize).value_or(QPageSize::A4);
            m_settings.sinkFactory = Export::PdfTranscript::factory(pdf);
        }
        if (!o.columns.isEmpty()) {
            const Result<QStringList> columns = Export::MessageColumns::resolve(o.columns);
            if (!columns)
                return columns.error();
            m_settings.columns = columns.value();
        }
        if (m_mode == Mode::Archive) {
            const Result<Archive::Location> location = Archive::Location::parse(cli().arguments().value(0));
            if (!location)
                return location.error();
            m_archive = location.value();
        }
        return m_mode == Mode::Search ? validateSearch() : validateStreams(o);
    }

    void start() override
    {
        if (m_mode == Mode::Archive && !openArchive())
            return;
        if (m_attachments && m_mode == Mode::Archive)
            m_settings.html.attachments = std::make_shared<Archive::StoredAttachments>(*m_store);
        if (m_attachments && m_mode == Mode::Streams && !m_prefetched)
            return prefetchAttachments();
        m_job = new Export::MessageExportJob(client(), m_sources, m_settings, this);
        connect(m_job, &Export::MessageExportJob::progress, this,
            [this](const Export::ExportProgress &p) { console().progress(ExportText::progress(p)); });
        connect(m_job, &Export::MessageExportJob::finished, this, &ExportCommand::onFinished);
        m_job->start();
    }

    void cancel() override
    {
        if (isDone())
            return;
        if (m_job) {
            m_job->cancel(); // finished() comes before this returns
            return;
        }
        if (m_prefetch) {
            m_prefetch->disconnect(this);
            m_prefetch->cancel();
        }
        Command::cancel();
    }

private:
    /// `--attachments` online: the streams' files first (Export::AttachmentPrefetch), then the
    /// transcripts, which write them beside themselves.
    void prefetchAttachments()
    {
        auto files = std::make_shared<Export::PrefetchedAttachments>();
        if (!files->isValid()) {
            console().error(tr("--attachments: cannot create a temporary folder for the files."));
            done(LocalFileFailed);
            return;
        }
        QList<Export::AttachmentPrefetch::Window> windows;
        for (const Export::MessageSource &s : std::as_const(m_sources))
            windows.append({s.streamId, s.since, s.until});
        auto *prefetch = new Export::AttachmentPrefetch(client(), windows, files, this);
        connect(prefetch, &Export::AttachmentPrefetch::progress, this, [this](int done, int total) {
            console().progress(tr("Attachments %1 of %2").arg(done).arg(total));
        });
        connect(prefetch, &Export::AttachmentPrefetch::finished, this,
            [this, prefetch, files](const ApiError &error) {
                prefetch->deleteLater();
                if (error.isError()) {
                    console().endProgress();
                    fail(error);
                    return;
                }
                for (const QString &warning : prefetch->warnings())
                    console().error(warning);
                m_settings.html.attachments = files;
                m_prefetched = true;
                start();
            });
        m_prefetch = prefetch;
        prefetch->start();
    }

    Result<> validateStreams(const ExportOptions &options)
    {
        QStringList seen;
        for (const QString &arg : cli().arguments().mid(m_mode == Mode::Archive ? 1 : 0)) {
            const QString id = arg.trimmed();
            if (Result<> valid = Commands::checkId(id, tr("stream")); !valid)
                return valid;
            if (seen.contains(Ids::normalized(id)))
                continue; // the same stream twice (perhaps in both Base64 forms) is exported once
            seen.append(Ids::normalized(id));
            m_sources.append(Export::MessageSource::stream(Ids::toUrlSafe(id)));
        }
        const Result<MessageQuery> window = MessageQuery::readTimeWindow(cli());
        if (!window)
            return window.error();
        for (Export::MessageSource &s : m_sources) {
            s.since = window.value().since;
            s.until = window.value().until;
        }
        m_settings.split = cli().isSet(u"split"_s);
        if (m_settings.split && options.toStdout())
            return LocalError(tr("--split writes one file per stream: it needs --output FILE, not -."));
        const bool transcript = options.has(Export::Format::Html) || options.has(Export::Format::Pdf);
        if (transcript && m_sources.size() > 1 && !m_settings.split && !m_settings.outputTemplate)
            return LocalError(
                tr("A transcript (HTML, PDF) holds one stream: add --split for one file per stream."));
        return {};
    }

    /// Opens the archive and makes each stream's source read it: no request is made.
    bool openArchive()
    {
        Result<std::unique_ptr<Archive::Store>> store
            = Archive::Store::open(m_archive, Archive::Store::Mode::Read);
        if (!store) {
            console().error(store.error().message());
            done(Usage);
            return false;
        }
        m_store = std::move(store).value();
        for (Export::MessageSource &s : m_sources) {
            auto pages = std::make_shared<Archive::MessagePages>(*m_store, s.streamId, s.since, s.until);
            Export::MessageSource local = Export::MessageSource::fromProvider(
                s.streamId, [pages](int max) { return pages->next(max); });
            local.since = s.since;
            local.until = s.until;
            s = local;
        }
        return true;
    }

    Result<> validateSearch()
    {
        const Result<MessageQuery> search
            = MessageQuery::buildSearch(cli().arguments().join(u' '), cli().value(u"stream"_s));
        if (!search)
            return search.error();
        const Result<int> limit = Commands::readLimit(cli());
        if (!limit)
            return limit.error();
        m_sources.append(Export::MessageSource::search(
            search.value().query, search.value().criteria, limit.value() > 0 ? limit.value() : -1));
        return {};
    }

    void onFinished(const Export::ExportReport &report)
    {
        closeJsonStdout(); // what went to standard output is out before the report on stderr
        console().endProgress();
        if (report.error.isCancelled()) {
            if (m_settings.device)
                console().error(tr("Interrupted: the export to standard output stopped before its end."));
            else if (m_settings.split || m_settings.outputTemplate || m_settings.allFormats().size() > 1)
                console().error(
                    tr("Interrupted: the files being written were discarded (a previous file at their "
                       "paths is unchanged); the files of streams already finished were kept."));
            else
                console().error(tr("Interrupted: the unfinished export was discarded; a file that was at %1 "
                                   "before is unchanged.")
                                    .arg(m_settings.outputPath));
            done(Interrupted);
            return;
        }
        if (report.error.isError()) {
            fail(report.error);
            return;
        }
        ExportText::Summary summary;
        summary.count = report.messages;
        summary.one = tr("message");
        summary.many = tr("messages");
        summary.bytes = report.bytes;
        summary.elapsedMs = report.elapsedMs;
        summary.files = report.files;
        summary.duplicatesDropped = report.duplicatesDropped;
        summary.lateDuplicates = report.lateDuplicates;
        summary.replacedCharacters = report.replacedCharacters;
        if (m_settings.allFormats().contains(Export::Format::Csv))
            summary.guardedCells = report.guardedCells;
        for (const QString &line : ExportText::report(summary))
            console().note(line);
        for (const QString &warning : report.warnings)
            console().note(warning);
        done(Success);
    }

    Mode m_mode;
    Archive::Location m_archive;
    std::unique_ptr<Archive::Store> m_store; ///< outlives the job (declared before it)
    QList<Export::MessageSource> m_sources;
    Export::ExportSettings m_settings;
    QPointer<Export::MessageExportJob> m_job;
    bool m_attachments = false; ///< --attachments
    bool m_prefetched = false;
    QPointer<Export::AttachmentPrefetch> m_prefetch;
};

} // namespace

std::unique_ptr<Command> Commands::exportMessages(const CommandContext &context)
{
    return std::make_unique<ExportCommand>(context, ExportCommand::Mode::Streams);
}

std::unique_ptr<Command> Commands::exportSearch(const CommandContext &context)
{
    return std::make_unique<ExportCommand>(context, ExportCommand::Mode::Search);
}

std::unique_ptr<Command> Commands::archiveExport(const CommandContext &context)
{
    return std::make_unique<ExportCommand>(context, ExportCommand::Mode::Archive);
}

} // namespace Inspector::Cli

#include "exportcommand.moc"
