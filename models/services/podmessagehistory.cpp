// SPDX-License-Identifier: Apache-2.0
#include "services/podmessagehistory.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "api/timesource.h"
#include "data/ids.h"
#include "data/parse.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

/// A page read on the thread pool: rows newest first and the paging state after it.
struct WindowPage
{
    Paging::BackwardWindows windows;
    Paging::BackwardWindows::Step step;
    MessageBatch batch;
    int received = 0;
    QString error;
};

WindowPage readWindow(const QByteArray &body, Paging::BackwardWindows windows)
{
    WindowPage page;
    const auto parsed = Parse::messages(body);
    if (!parsed.ok()) {
        page.error = parsed.error;
        return page;
    }
    QList<qint64> stamps;
    stamps.reserve(parsed.value.size());
    for (const Message &m : parsed.value)
        stamps.append(m.timestamp);
    page.received = int(parsed.value.size());
    page.step = windows.advance(stamps, parsed.value.isEmpty() ? QString() : parsed.value.first().messageId);
    page.batch = MessageBatch::of(parsed.value, page.step.order);
    page.step.order.clear();
    page.windows = std::move(windows);
    return page;
}

WindowPage readSearch(const QByteArray &body)
{
    WindowPage page;
    const auto parsed = Parse::messages(body);
    if (!parsed.ok()) {
        page.error = parsed.error;
        return page;
    }
    page.received = int(parsed.value.size());
    page.batch = MessageBatch::of(parsed.value);
    return page;
}

/// One more() call: the requests and parses behind it. A child of its ServiceCall.
class MoreRun final : public QObject
{
public:
    MoreRun(ServiceCall *call, ApiClient *client, MessageCursor *cursor, MessageHistory::BatchSink sink)
        : QObject(call)
        , m_call(call)
        , m_client(client)
        , m_cursor(cursor)
        , m_sink(std::move(sink))
    {
        call->setCancelHandler([this] { abort(); });
    }
    ~MoreRun() override { abort(); }

    void step()
    {
        if (!m_call->isActive())
            return;
        if (!m_client) {
            m_call->finish(ApiError::fromLocal(LocalError(PodMessageHistory::tr("Not connected."))));
            return;
        }
        if (m_cursor->kind == MessageCursor::Kind::Search)
            requestSearch();
        else if (!m_cursor->started)
            requestInfo();
        else
            requestWindow();
    }

private:
    void abort()
    {
        if (ApiJob *job = m_job) {
            m_job = nullptr;
            QObject::disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
        delete m_watcher;
        m_watcher = nullptr;
    }

    template<typename F> void send(const ApiRequest &request, F onDone)
    {
        ApiJob *job = m_client->send(request);
        m_job = job;
        connect(job, &ApiJob::finished, this, [this, onDone](ApiJob *job) {
            m_job = nullptr;
            if (m_call->isActive())
                onDone(job);
        });
    }

    void requestInfo()
    {
        // The stream info gives the date of the newest message (the first window ends there, not
        // "now", which may be years later); a room's info gives its creation date (where to stop).
        send(Requests::streamInfo(m_cursor->streamId), [this](ApiJob *job) {
            QString type;
            std::optional<qint64> last;
            if (job->isSuccess()) {
                const auto info = Parse::streamInfo(job->response().body);
                if (info.ok()) {
                    type = info.value.type;
                    last = info.value.lastMessageDate;
                }
            }
            const qint64 now = m_client->time() ? m_client->time()->nowMs() : TimeSource::system()->nowMs();
            const qint64 newest = last.value_or(now);
            if (type != "ROOM"_L1) {
                begin(newest, 0);
                return;
            }
            send(Requests::roomInfo(m_cursor->streamId), [this, newest](ApiJob *job) {
                qint64 floor = 0;
                if (job->isSuccess()) {
                    const auto room = Parse::roomDetail(job->response().body);
                    if (room.ok())
                        floor = room.value.roomSystemInfo.creationDate;
                }
                begin(newest, floor);
            });
        });
    }

    void begin(qint64 newest, qint64 floor)
    {
        m_cursor->windows.start(newest, floor);
        m_cursor->started = true;
        requestWindow();
    }

    void requestWindow()
    {
        if (m_cursor->windows.done) {
            m_cursor->done = true;
            m_call->finish({});
            return;
        }
        const auto r = m_cursor->windows.next();
        send(Requests::messages(m_cursor->streamId, r.since, r.until, r.skip, r.limit), [this](ApiJob *job) {
            if (!job->isSuccess()) {
                m_call->finish(job->error());
                return;
            }
            parse(QtConcurrent::run(readWindow, job->response().body, m_cursor->windows),
                [this](WindowPage page) { onWindow(std::move(page)); });
        });
    }

    void onWindow(WindowPage page)
    {
        if (!page.error.isEmpty()) {
            m_call->finish(
                ApiError::badResponse(PodMessageHistory::tr("reading the stream's messages"), page.error));
            return;
        }
        m_cursor->windows = std::move(page.windows);
        if (!page.step.warning.isEmpty())
            Q_EMIT m_call->warning(page.step.warning);
        if (!page.step.stop.isEmpty()) {
            m_cursor->done = true;
            m_call->finish(
                ApiError::noProgress(PodMessageHistory::tr("reading the stream's messages"), page.step.stop));
            return;
        }
        m_cursor->done = m_cursor->windows.done;
        const bool delivered = !page.batch.rows.empty();
        if (delivered) {
            Q_EMIT m_call->progress(int(page.batch.rows.size()));
            m_sink(std::move(page.batch));
            if (!m_call->isActive())
                return; // cancelled by the sink
        }
        if (m_cursor->done || (delivered && !page.step.again)) {
            m_call->finish({});
            return;
        }
        // A dropped page (a smaller window follows) or an empty window: read on by ourselves.
        requestWindow();
    }

    void requestSearch()
    {
        if (m_cursor->done) {
            m_call->finish({});
            return;
        }
        const int limit = m_cursor->pages.nextLimit();
        send(Requests::messageSearch(m_cursor->query, m_cursor->pages.skip, limit),
            [this, limit](ApiJob *job) {
                if (!job->isSuccess()) {
                    m_call->finish(job->error());
                    return;
                }
                parse(QtConcurrent::run(readSearch, job->response().body),
                    [this, limit](WindowPage page) { onSearch(std::move(page), limit); });
            });
    }

    void onSearch(WindowPage page, int requested)
    {
        if (!page.error.isEmpty()) {
            m_call->finish(ApiError::badResponse(PodMessageHistory::tr("searching messages"), page.error));
            return;
        }
        int keep = 0;
        const QString problem = m_cursor->pages.advance(page.received, requested, std::nullopt, &keep);
        m_cursor->done = m_cursor->pages.done;
        if (!problem.isEmpty())
            Q_EMIT m_call->warning(problem);
        if (keep < int(page.batch.rows.size())) {
            page.batch.rows.resize(size_t(keep));
            page.batch.keys.resize(size_t(keep));
        }
        if (!page.batch.rows.empty()) {
            Q_EMIT m_call->progress(int(page.batch.rows.size()));
            m_sink(std::move(page.batch));
            if (!m_call->isActive())
                return;
        }
        m_call->finish({});
    }

    /// Runs @p done with the result of @p future on this thread, unless the call ended first.
    // A watcher, not QFuture::then(this, ...): in Qt 6.4 a continuation whose context object is gone
    // when the parse ends asserts (or crashes); a watcher goes with the call.
    template<typename F> void parse(QFuture<WindowPage> future, F done)
    {
        auto *watcher = new QFutureWatcher<WindowPage>(this);
        m_watcher = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
            m_watcher = nullptr;
            watcher->deleteLater();
            if (m_call->isActive())
                done(watcher->future().takeResult());
        });
        watcher->setFuture(future);
    }

    ServiceCall *m_call;
    QPointer<ApiClient> m_client;
    MessageCursor *m_cursor;
    MessageHistory::BatchSink m_sink;
    QPointer<ApiJob> m_job;
    QFutureWatcher<WindowPage> *m_watcher = nullptr;
};

} // namespace

PodMessageHistory::PodMessageHistory(ApiClient *client, QObject *parent)
    : MessageHistory(parent)
    , m_client(client)
{ }

PodMessageHistory::~PodMessageHistory() = default;

ApiClient *PodMessageHistory::client() const
{
    return m_client;
}

ServiceCall *PodMessageHistory::more(MessageCursor *cursor, BatchSink sink)
{
    auto *call = new ServiceCall(this);
    if (!cursor || cursor->kind == MessageCursor::Kind::None || cursor->done) {
        call->finishLater();
        return call;
    }
    if (!m_client) {
        call->finishLater(ApiError::fromLocal(LocalError(tr("Not connected."))));
        return call;
    }
    auto *run = new MoreRun(call, m_client, cursor, std::move(sink));
    run->step();
    return call;
}

ServiceCall *PodMessageHistory::message(const QString &messageId, MessageSink sink)
{
    auto *call = new ServiceCall(this);
    if (!m_client) {
        call->finishLater(ApiError::fromLocal(LocalError(tr("Not connected."))));
        return call;
    }
    QPointer<ApiJob> job = m_client->send(Requests::message(Ids::normalized(messageId)));
    call->setCancelHandler([job] {
        if (job)
            job->cancel();
    });
    connect(job, &ApiJob::finished, call, [call, sink = std::move(sink)](ApiJob *job) {
        if (!call->isActive())
            return;
        call->setCancelHandler({});
        if (!job->isSuccess()) {
            call->finish(job->error());
            return;
        }
        const auto parsed = Parse::message(job->response().body);
        if (!parsed.ok() || parsed.value.stream.streamId.isEmpty()) {
            call->finish(ApiError::badResponse(
                tr("reading a message"), parsed.ok() ? tr("the message names no stream") : parsed.error));
            return;
        }
        sink(parsed.value);
        call->finish({});
    });
    return call;
}

} // namespace Inspector
