// SPDX-License-Identifier: Apache-2.0
#include "live/livesession.h"

#include <QSet>

#include <utility>

#include "api/apiclient.h"
#include "api/timesource.h"
#include "export/outputfile.h"
#include "live/capturewriter.h"
#include "live/datafeedreader.h"
#include "live/datahosereader.h"

using namespace Qt::StringLiterals;

namespace Inspector::Live {

QString LiveSettings::sourceName(Source source)
{
    return source == Source::Datahose ? u"datahose"_s : u"datafeed"_s;
}

LiveSession::LiveSession(ApiClient *client, const LiveSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_dedup(settings.dedupCapacity)
{
    qRegisterMetaType<QList<Inspector::Event>>();
}

LiveSession::~LiveSession()
{
    // The reader goes first: a read in flight is abandoned, nothing more is acknowledged.
    if (m_reader)
        m_reader->disconnect(this);
    m_reader.reset();
}

qint64 LiveSession::duplicates() const
{
    return m_capture ? m_capture->state().duplicates : m_dedup.dropped();
}

bool LiveSession::open(ApiError *error)
{
    if (!m_settings.eventTypes.isEmpty() && !m_settings.resume) {
        const Result<QStringList> types = DatahoseReader::parseTypes(m_settings.eventTypes);
        if (!types) {
            *error = ApiError::fromLocal(types.error());
            return false;
        }
        m_settings.eventTypes = types.value();
    }
    if (!m_settings.capturePath.isEmpty()) {
        m_capture = std::make_unique<CaptureWriter>(m_settings.capturePath, m_settings.dedupCapacity,
            m_settings.capturePathDerived ? Export::OutputFile::Path::Derived
                                          : Export::OutputFile::Path::Chosen);
        if (!m_capture->open(m_settings.resume, error)) {
            m_capture.reset();
            return false;
        }
        CaptureState &state = m_capture->state();
        if (m_settings.resume) {
            // The feed is the capture's: same source, tag and filter, from its last stored ackId.
            m_settings.source = state.source == "datahose"_L1 ? LiveSettings::Source::Datahose
                                                              : LiveSettings::Source::Datafeed;
            m_settings.tag = state.tag;
            m_settings.eventTypes = state.eventTypes;
            m_settings.scopes = state.scopes;
            m_feedId = state.feedId;
            m_resumeAckId = state.ackId;
        } else {
            state.source = LiveSettings::sourceName(m_settings.source);
            state.tag = m_settings.tag;
            state.eventTypes = m_settings.eventTypes;
            state.scopes = m_settings.scopes;
            if (!m_capture->commit({}, error)) {
                m_capture.reset();
                return false;
            }
        }
    } else if (m_settings.resume) {
        *error
            = ApiError::fromLocal(LocalError(tr("Resuming needs the capture file whose state to resume.")));
        return false;
    }
    m_opened = true;
    return true;
}

void LiveSession::makeReader()
{
    if (m_settings.source == LiveSettings::Source::Datahose) {
        auto reader = std::make_unique<DatahoseReader>(m_client, m_settings.tag, m_settings.eventTypes);
        reader->setScopes(m_settings.scopes);
        m_reader = std::move(reader);
    } else {
        auto reader = std::make_unique<DatafeedReader>(m_client, m_settings.tag);
        reader->setFeedId(m_feedId);
        reader->setIncludeInvisible(m_settings.includeInvisible);
        connect(reader.get(), &DatafeedReader::feedReady, this, [this](const QString &id, bool reused) {
            const bool changed = m_feedId != id;
            m_feedId = id;
            if (m_capture && (changed || m_capture->state().feedId != id)) {
                m_capture->state().feedId = id;
                ApiError error;
                // A new feed starts from an empty ackId; the old one's means nothing to it.
                if (!m_capture->commit(m_reader->ackId(), &error)) {
                    m_failure = error;
                    m_reader->stop();
                    return;
                }
            }
            Q_EMIT feedReady(id, reused);
        });
        m_reader = std::move(reader);
    }
    if (m_settings.retry)
        m_reader->setRetryPolicy(*m_settings.retry);
    m_reader->setUpdatePresence(m_settings.updatePresence);
    connect(m_reader.get(), &EventReader::batchReceived, this, &LiveSession::onBatch);
    connect(m_reader.get(), &EventReader::stopped, this, &LiveSession::onStopped);
    connect(m_reader.get(), &EventReader::retrying, this, &LiveSession::retrying);
    connect(m_reader.get(), &EventReader::warning, this, &LiveSession::warning);
    connect(m_reader.get(), &EventReader::gapDetected, this, [this](const QString &reason) {
        m_gaps.append(reason);
        if (m_capture) {
            TimeSource *clock = m_client->time() ? m_client->time() : TimeSource::system();
            m_capture->addGap(reason, clock->nowMs());
        }
        Q_EMIT gapDetected(reason);
    });
}

void LiveSession::start()
{
    if (m_running || !m_opened)
        return;
    m_running = true;
    m_limitReached = false;
    makeReader();
    m_reader->start(m_resumeAckId);
}

void LiveSession::stop()
{
    if (!m_running)
        return;
    m_reader->stop();
}

void LiveSession::onBatch(const EventBatch &batch)
{
    ++m_batches;
    m_unknown += batch.unknownTypes;
    const qint64 limit
        = m_settings.maxEvents >= 0 ? std::max<qint64>(0, m_settings.maxEvents - m_stored) : -1;
    // The datahose filters on the server; a datafeed sends everything, so its filter is applied here.
    QList<Event> events;
    if (m_settings.source == LiveSettings::Source::Datafeed && !m_settings.eventTypes.isEmpty()) {
        for (const Event &e : batch.events) {
            if (m_settings.eventTypes.contains(e.type))
                events.append(e);
            else
                ++m_filtered;
        }
    } else {
        events = batch.events;
    }
    QList<Event> written;
    ApiError error;
    qsizetype consumed = 0;
    if (m_capture) {
        if (!m_capture->append(events, &written, &error, limit, &consumed)) {
            m_reader->rejectBatch(error);
            return;
        }
    } else {
        for (const Event &e : std::as_const(events)) {
            if (limit >= 0 && written.size() >= limit)
                break;
            ++consumed;
            if (m_dedup.accept(e))
                written.append(e);
        }
    }
    // With an event limit the batch may be stored only in part: then it is not acknowledged, and
    // the events left out come again (their stored companions are dropped as duplicates then).
    const EventDeduplicator &keys = m_capture ? m_capture->deduplicator() : m_dedup;
    bool wholeBatch = true;
    for (qsizetype i = consumed; i < events.size(); ++i) {
        if (!keys.contains(events.at(i).key()))
            wholeBatch = false;
    }
    if (m_sink && !written.isEmpty() && !m_sink(written, &error)) {
        m_reader->rejectBatch(error);
        return;
    }
    m_stored += written.size();
    for (const Event &e : std::as_const(written))
        ++m_byType[e.type];
    if (m_capture) {
        if (!m_capture->commit(wholeBatch ? batch.ackId : batch.previousAckId, &error)) {
            m_reader->rejectBatch(error);
            return;
        }
    }
    if (!written.isEmpty())
        Q_EMIT eventsStored(written);
    if (m_settings.maxEvents >= 0 && m_stored >= m_settings.maxEvents) {
        m_limitReached = true;
        m_reader->stop();
        return;
    }
    m_reader->confirmStored();
}

void LiveSession::onStopped(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_capture)
        m_capture->close();
    Q_EMIT finished(m_failure.isError() ? std::exchange(m_failure, ApiError()) : error);
}

} // namespace Inspector::Live
