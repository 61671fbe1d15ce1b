// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <cmath>

#include "api/apiclient.h"
#include "api/timesource.h"
#include "archive/location.h"
#include "archive/store.h"
#include "archive/sync.h"
#include "archive/writer.h"
#include "commands.h"
#include "console.h"
#include "exitcode.h"
#include "export/jsonwriter.h"
#include "live/capturewriter.h"
#include "live/datafeedreader.h"
#include "live/datahosereader.h"
#include "live/eventreader.h"
#include "live/livesession.h"
#include "terminalsafedevice.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `feed`: live events of the datafeed (or the datahose) as they arrive.
 *
 * Without --output each event is one line of JSON on standard output (the server's V4Event with
 * the derived fields under "_inspector"), flushed before the batch is acknowledged. With --output
 * the events go to a crash-safe JSON Lines capture (live/capturewriter.h) with its state file, which
 * --resume continues; --format json or csv writes FILE from the capture (FILE.capture.jsonl) when the
 * feed stops, however it stops. Ctrl+C stops at once: the read in flight is abandoned, so nothing
 * that was not written is acknowledged. With --archive each batch is stored in an archive, in one
 * transaction that commits before the batch is acknowledged; an event the archive holds already (a
 * redelivery after a kill) is not stored again.
 */
class FeedCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        if (cli().isSet(u"json"_s))
            return LocalError(tr("feed writes JSON Lines already (one event per line); leave out --json."));
        m_datahose = cli().isSet(u"datahose"_s);
        m_resume = cli().isSet(u"resume"_s);
        m_output = cli().value(u"output"_s);
        const QString format = cli().isSet(u"format"_s) ? cli().value(u"format"_s).toLower() : u"jsonl"_s;
        if (format == "jsonl"_L1)
            m_format = Export::Format::JsonLines;
        else if (format == "json"_L1)
            m_format = Export::Format::Json;
        else if (format == "csv"_L1)
            m_format = Export::Format::Csv;
        else
            return LocalError(
                tr("--format is jsonl, json or csv, not \"%1\".").arg(cli().value(u"format"_s)));
        if (m_output.isEmpty() && m_format != Export::Format::JsonLines)
            return LocalError(
                tr("--format %1 is written from the capture when the feed stops: give --output FILE.")
                    .arg(format));
        if (cli().isSet(u"archive"_s)) {
            if (!m_output.isEmpty() || m_resume || cli().isSet(u"format"_s))
                return LocalError(tr("--archive keeps the events in an archive: leave out --output, --format "
                                     "and --resume (the next feed --archive carries on by itself)."));
            Result<Archive::Location> location = Archive::Location::parse(cli().value(u"archive"_s));
            if (!location)
                return location.error();
            m_archive = location.value();
        }
        if (m_resume && m_output.isEmpty())
            return LocalError(tr("--resume continues a capture: give its --output FILE."));
        if (m_resume && (m_datahose || cli().isSet(u"tag"_s) || cli().isSet(u"types"_s)))
            return LocalError(
                tr("--resume reads the capture's own feed, tag and types (from its state file); leave out "
                   "--datahose, --tag and --types."));
        if (cli().isSet(u"max-events"_s)) {
            bool ok = false;
            m_maxEvents = cli().value(u"max-events"_s).toLongLong(&ok);
            if (!ok || m_maxEvents <= 0)
                return LocalError(tr("--max-events wants a positive whole number, not \"%1\".")
                                      .arg(cli().value(u"max-events"_s)));
        }
        if (cli().isSet(u"duration"_s)) {
            bool ok = false;
            const double seconds = cli().value(u"duration"_s).toDouble(&ok);
            if (!ok || !(seconds > 0) || seconds > 31 * 24 * 3600)
                return LocalError(tr("--duration wants a positive number of seconds, not \"%1\".")
                                      .arg(cli().value(u"duration"_s)));
            m_durationMs = int(std::ceil(seconds * 1000));
        }
        m_tag = cli().value(u"tag"_s);
        if (cli().isSet(u"tag"_s)) {
            const Result<> tag = m_datahose ? Live::DatahoseReader::validateTag(m_tag)
                                            : Live::DatafeedReader::validateTag(m_tag);
            if (!tag)
                return tag.error();
            if (m_tag.isEmpty() && !m_datahose)
                return LocalError(tr("--tag must not be empty."));
        }
        if (cli().isSet(u"types"_s) || m_datahose) {
            const QStringList words
                = cli().isSet(u"types"_s) ? cli().values(u"types"_s) : QStringList {u"all"_s};
            const Result<QStringList> types = Live::DatahoseReader::parseTypes(words);
            if (!types)
                return types.error();
            m_types = types.value();
        }
        return {};
    }

    void start() override
    {
        Live::LiveSettings settings;
        settings.source
            = m_datahose ? Live::LiveSettings::Source::Datahose : Live::LiveSettings::Source::Datafeed;
        const QString user
            = client()->credentials().username.isEmpty() ? u"bot"_s : client()->credentials().username;
        settings.tag = !m_tag.isEmpty() ? m_tag
            : m_datahose                ? Live::DatahoseReader::defaultTag(user)
                                        : Live::DatafeedReader::defaultTag(user);
        settings.eventTypes = m_types;
        settings.resume = m_resume;
        settings.maxEvents = m_maxEvents > 0 ? m_maxEvents : -1;
        if (!m_output.isEmpty())
            settings.capturePath
                = m_format == Export::Format::JsonLines ? m_output : m_output + u".capture.jsonl"_s;
        settings.capturePathDerived = m_format != Export::Format::JsonLines;

        m_session = new Live::LiveSession(client(), settings, this);
        if (m_archive) {
            if (!openArchive(settings))
                return;
            m_session->setSink(
                [this](const QList<Event> &events, ApiError *error) { return archive(events, error); });
        } else if (m_output.isEmpty()) {
            m_lines = std::make_unique<Export::JsonWriter>(jsonStdout(), Export::JsonWriter::Mode::Lines);
            m_session->setSink(
                [this](const QList<Event> &events, ApiError *error) { return print(events, error); });
        }
        ApiError error;
        if (!m_session->open(&error)) {
            fail(error);
            return;
        }
        const Live::LiveSettings &used = m_session->settings();
        if (m_resume) {
            console().note(tr("Resuming the %1 capture %2 (%3 events so far).")
                               .arg(Live::LiveSettings::sourceName(used.source), settings.capturePath)
                               .arg(m_session->capture()->state().events));
        }
        if (used.source == Live::LiveSettings::Source::Datahose)
            console().note(tr("Reading the datahose with tag \"%1\" and %2 event type(s).")
                               .arg(used.tag)
                               .arg(used.eventTypes.size()));
        connect(m_session, &Live::LiveSession::feedReady, this, [this](const QString &id, bool reused) {
            console().note(reused ? tr("Reading the datafeed %1 (an existing feed with our tag).").arg(id)
                                  : tr("Reading the datafeed %1 (created).").arg(id));
        });
        connect(m_session, &Live::LiveSession::gapDetected, this,
            [this](const QString &reason) { console().note(tr("Gap: %1").arg(reason)); });
        connect(m_session, &Live::LiveSession::warning, this,
            [this](const QString &text) { console().note(tr("Warning: %1").arg(text)); });
        connect(m_session, &Live::LiveSession::retrying, this,
            [this](int attempt, int delayMs, const ApiError &reason) {
                console().note(tr("%1 Trying again in %2 s (attempt %3).")
                                   .arg(reason.message)
                                   .arg(delayMs / 1000.0, 0, 'f', 1)
                                   .arg(attempt));
            });
        connect(m_session, &Live::LiveSession::eventsStored, this, [this](const QList<Event> &) {
            console().progress(tr("%1 events…").arg(m_session->storedEvents()));
        });
        connect(m_session, &Live::LiveSession::finished, this, &FeedCommand::finishRun);
        if (m_durationMs > 0) {
            TimeSource *clock = client()->time() ? client()->time() : TimeSource::system();
            clock->callLater(m_durationMs, this, [this] {
                if (m_session)
                    m_session->stop();
            });
        }
        m_session->start();
    }

    void cancel() override
    {
        if (isDone())
            return;
        m_interrupted = true;
        if (m_session && m_session->isRunning())
            m_session->stop(); // finishRun() comes before stop() returns
        else
            finishRun(ApiError());
    }

private:
    /// Opens the archive for writing (the one writer) and starts a run of kind "feed" in it.
    bool openArchive(const Live::LiveSettings &settings)
    {
        Result<std::unique_ptr<Archive::Store>> store = Archive::Store::openWriter(*m_archive);
        if (!store) {
            console().error(store.error().message());
            done(LocalFileFailed);
            return false;
        }
        m_store = std::move(store).value();
        m_writer = std::make_unique<Archive::Writer>(*m_store);
        const QString scope = u"%1 %2"_s.arg(Live::LiveSettings::sourceName(settings.source), settings.tag);
        const QByteArray options
            = QJsonDocument(QJsonObject {{u"types"_s, QJsonArray::fromStringList(settings.eventTypes)}})
                  .toJson(QJsonDocument::Compact);
        Result<qint64> run = m_writer->startRun(
            u"feed"_s, Archive::podIdentity(client()), scope, QString::fromUtf8(options));
        if (!run) {
            console().error(run.error().message());
            done(LocalFileFailed);
            return false;
        }
        m_run = run.value();
        return true;
    }

    bool archive(const QList<Event> &events, ApiError *error)
    {
        Result<int> added = m_writer->storeEvents(m_run, events);
        if (!added) {
            *error = ApiError::fromLocal(LocalError(added.error().message(), LocalError::Category::File));
            return false;
        }
        m_archived += added.value();
        m_alreadyArchived += events.size() - added.value();
        return true;
    }

    bool print(const QList<Event> &events, ApiError *error)
    {
        for (const Event &e : events) {
            if (!m_lines->write(Live::CaptureWriter::line(e))) {
                *error = ApiError::fromLocal(
                    LocalError(tr("Cannot write to standard output: %1").arg(m_lines->errorString()),
                        LocalError::Category::File));
                return false;
            }
        }
        // Written means on its way out of the process before the batch is acknowledged.
        if (!jsonStdout()->flush()) {
            *error = ApiError::fromLocal(
                LocalError(tr("Cannot write to standard output: %1").arg(jsonStdout()->errorString()),
                    LocalError::Category::File));
            return false;
        }
        return true;
    }

    void finishRun(const ApiError &error)
    {
        if (isDone())
            return;
        console().endProgress();
        ApiError outcome = error;
        const Live::CaptureWriter *capture = m_session ? m_session->capture() : nullptr;
        if (capture && m_format != Export::Format::JsonLines) {
            qint64 count = 0;
            const ApiError exported
                = Live::CaptureWriter::exportCapture(capture->path(), m_output, m_format, &count);
            if (exported.isError() && !outcome.isError())
                outcome = exported;
            else if (!exported.isError())
                console().note(tr("Wrote %1 events from the capture %2 to %3.")
                                   .arg(count)
                                   .arg(capture->path(), m_output));
        }
        if (m_session) {
            QString summary = tr("%1 new events stored").arg(m_session->storedEvents());
            if (capture)
                summary += tr(" in %1 (%2 in all)").arg(capture->path()).arg(capture->state().events);
            summary += tr("; %1 duplicate deliveries dropped").arg(m_session->duplicates());
            if (m_session->unknownTypes() > 0)
                summary += tr("; %1 events of unknown types skipped").arg(m_session->unknownTypes());
            if (m_session->filteredOut() > 0)
                summary += tr("; %1 events of other types left out").arg(m_session->filteredOut());
            if (!m_session->gaps().isEmpty())
                summary += tr("; %1 gap(s) reported").arg(m_session->gaps().size());
            console().note(summary + u'.');
        }
        if (m_writer && m_run) {
            const QString status = outcome.isError() ? u"failed"_s
                : m_interrupted                      ? u"cancelled"_s
                                                     : u"finished"_s;
            Archive::RunCounts counts;
            counts.events = m_archived;
            if (Result<> r
                = m_writer->finishRun(m_run, status, counts, outcome.isError() ? outcome.message : QString());
                !r && !outcome.isError())
                outcome = ApiError::fromLocal(r.error());
            console().note(tr("Run %1 of the archive %2: %3 events stored, %4 held already.")
                               .arg(m_run)
                               .arg(m_archive->display())
                               .arg(m_archived)
                               .arg(m_alreadyArchived));
        }
        if (outcome.isError()) {
            fail(outcome);
            return;
        }
        if (m_interrupted) {
            console().error(tr("Interrupted: nothing that was not written was acknowledged."));
            done(Interrupted);
            return;
        }
        done(Success);
    }

    QPointer<Live::LiveSession> m_session;
    std::optional<Archive::Location> m_archive;
    std::unique_ptr<Archive::Store> m_store;
    std::unique_ptr<Archive::Writer> m_writer; ///< after m_store: destroyed before it
    qint64 m_run = 0;
    qint64 m_archived = 0;
    qint64 m_alreadyArchived = 0;
    std::unique_ptr<Export::JsonWriter> m_lines;
    Export::Format m_format = Export::Format::JsonLines;
    QString m_output;
    QString m_tag;
    QStringList m_types;
    qint64 m_maxEvents = 0;
    int m_durationMs = 0;
    bool m_datahose = false;
    bool m_resume = false;
    bool m_interrupted = false;
};

} // namespace

std::unique_ptr<Command> Commands::feed(const CommandContext &context)
{
    return std::make_unique<FeedCommand>(context);
}

} // namespace Inspector::Cli

#include "feedcommand.moc"
