// SPDX-License-Identifier: Apache-2.0
#include "live/eventreader.h"

#include <QMetaObject>

#include <limits>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/timesource.h"

using namespace Qt::StringLiterals;

namespace Inspector::Live {

EventReader::EventReader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_policy(defaultPolicy())
{
    qRegisterMetaType<Inspector::Live::EventBatch>();
    qRegisterMetaType<Inspector::ApiError>();
}

EventReader::~EventReader()
{
    ++m_generation;
    // Abandon the read in flight: whatever it brings is never handed over, hence never acknowledged.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

RetryPolicy EventReader::defaultPolicy()
{
    RetryPolicy p;
    p.maxAttempts = std::numeric_limits<int>::max();
    p.initialDelayMs = 500;
    p.multiplier = 2.0;
    p.maxDelayMs = 300000;
    p.jitter = 0.0;
    return p;
}

TimeSource *EventReader::time() const
{
    if (m_time)
        return m_time;
    return m_client->time() ? m_client->time() : TimeSource::system();
}

void EventReader::start(const QString &ackId)
{
    if (m_state != State::Idle && m_state != State::Stopped)
        return;
    ++m_generation;
    m_ackId = ackId;
    m_sequence = 0;
    m_failures = 0;
    m_lastError = {};
    m_state = State::Preparing;
    prepare();
}

void EventReader::stop()
{
    if (m_state == State::Idle || m_state == State::Stopped)
        return;
    finish(ApiError());
}

void EventReader::send(const ApiRequest &request, std::function<void(ApiJob *)> done)
{
    ApiJob *job = m_client->send(request);
    m_job = job;
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, generation, done = std::move(done)](ApiJob *j) {
        if (m_job == j)
            m_job = nullptr;
        if (generation != m_generation || m_state == State::Stopped || j->error().isCancelled())
            return;
        done(j);
    });
}

void EventReader::beginReading()
{
    if (m_state == State::Stopped)
        return;
    readNext();
}

void EventReader::readNext()
{
    m_state = State::Reading;
    send(readRequest(m_ackId), [this](ApiJob *job) { onRead(job); });
}

void EventReader::onRead(ApiJob *job)
{
    if (!job->isSuccess()) {
        const ApiError error = job->error();
        m_lastError = error;
        if (error.isTransient()) {
            onTransientFailure(error);
            if (m_state == State::Stopped)
                return;
            backOff(error, job->response().retryAfter, [this] { readNext(); });
        } else {
            handleReadFailure(error);
        }
        return;
    }
    const auto parsed = Parse::eventList(job->response().body);
    if (!parsed.ok()) {
        finish(ApiError::badResponse(job->request().description,
            tr("%1 Nothing of it was stored or acknowledged; the server will deliver it again.")
                .arg(parsed.error)));
        return;
    }
    m_failures = 0;
    m_lastError = {};
    EventBatch batch;
    batch.sequence = ++m_sequence;
    batch.ackId = parsed.value.ackId;
    batch.previousAckId = m_ackId;
    batch.flagged = parsed.flagged;
    for (const Event &e : parsed.value.events) {
        if (!e.isKnownType()) {
            ++batch.unknownTypes;
            continue;
        }
        batch.events.append(e);
    }
    m_pendingAckId = batch.ackId;
    m_state = State::Storing;
    Q_EMIT batchReceived(batch);
}

void EventReader::confirmStored()
{
    if (m_state != State::Storing)
        return;
    m_ackId = m_pendingAckId;
    readNext();
}

void EventReader::rejectBatch(const ApiError &error)
{
    if (m_state != State::Storing)
        return;
    finish(error);
}

void EventReader::onTransientFailure(const ApiError &) { }

void EventReader::backOff(const ApiError &error, const QByteArray &retryAfter, std::function<void()> retry)
{
    ++m_failures;
    TimeSource *clock = time();
    // The policy's floor holds here too: a Retry-After of 0 or a past date never makes this loop,
    // which retries forever, go faster than its backoff.
    const std::optional<int> delay
        = m_policy.delayBeforeRetry(m_failures, error, retryAfter, clock->nowMs(), clock->random01());
    const ApiError explained = m_policy.explainRetryAfterCap(error, retryAfter, clock->nowMs());
    if (!delay) {
        finish(explained);
        return;
    }
    m_state = State::WaitingToRetry;
    Q_EMIT retrying(m_failures + 1, *delay, explained);
    if (m_state != State::WaitingToRetry)
        return; // a receiver stopped us
    const int generation = m_generation;
    clock->callLater(*delay, this, [this, generation, retry = std::move(retry)] {
        if (generation != m_generation || m_state != State::WaitingToRetry)
            return;
        retry();
    });
}

void EventReader::finish(const ApiError &error)
{
    if (m_state == State::Stopped)
        return;
    ++m_generation;
    m_state = State::Stopped;
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->cancel();
    }
    Q_EMIT stopped(error);
}

} // namespace Inspector::Live
