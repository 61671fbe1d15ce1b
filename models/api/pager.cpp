// SPDX-License-Identifier: Apache-2.0
#include "api/pager.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "api/apiclient.h"
#include "api/timesource.h"

namespace Inspector {

Pager::Pager(ApiClient *client, std::unique_ptr<Source> source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(std::move(source))
{ }

Pager::~Pager()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_watcher)
        m_watcher->disconnect(this);
}

void Pager::start()
{
    if (m_started)
        return;
    m_started = true;
    m_client->time()->callLater(0, this, [this] { next(); });
}

void Pager::cancel()
{
    if (m_finished)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    if (m_watcher) {
        m_watcher->disconnect(this); // the page being parsed is dropped when it arrives
        m_watcher = nullptr;
    }
    finish(ApiError::cancelled());
}

void Pager::next()
{
    if (m_finished)
        return;
    if (m_source->isDone()) {
        finish({});
        return;
    }
    sendNext();
}

void Pager::sendNext()
{
    if (!m_client) {
        finish(ApiError::cancelled());
        return;
    }
    m_job = m_client->send(m_source->nextRequest());
    connect(m_job, &ApiJob::finished, this, &Pager::onJobFinished);
}

void Pager::onJobFinished(ApiJob *job)
{
    m_job = nullptr;
    if (!job->isSuccess()) {
        finish(job->error());
        return;
    }
    Answer answer {job->request(), job->response().status, job->response().body};
    if (m_watcher) {
        // Sent from the outline of the page still being parsed: that page is accepted first.
        m_waiting = std::move(answer);
        return;
    }
    startParse(std::move(answer));
}

void Pager::startParse(Answer answer)
{
    auto parse = m_source->parser();
    if (!m_source->parseOffThread()) {
        onParsed(parse(answer.status, answer.body), answer.request);
        return;
    }
    // Big pages: parse on the thread pool, take the items back on our thread. The next request
    // leaves from the outline, if the source reads one, while the page is still being parsed. A page
    // of up to m_inlineOutlineLimit bytes is outlined here at once (a fraction of a millisecond per
    // megabyte), which saves the request two trips between threads; a bigger one on the pool, where
    // its outline comes back first (result 0) and its parse then (result 1).
    auto outline = m_source->outliner();
    if (outline && answer.body.size() <= m_inlineOutlineLimit) {
        onOutline(outline(answer.status, answer.body));
        if (m_finished)
            return;
        outline = {};
    }
    m_watcher = new QFutureWatcher<std::any>(this);
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher = m_watcher](int index) {
        if (index == 0 && watcher == m_watcher)
            onOutline(watcher->resultAt(0));
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this,
        [this, request = answer.request, watcher = m_watcher] {
            m_watcher = nullptr;
            std::any page = watcher->future().resultAt(1);
            watcher->deleteLater();
            onParsed(std::move(page), request);
            if (m_waiting && !m_finished)
                startParse(*std::exchange(m_waiting, std::nullopt));
        });
    m_watcher->setFuture(QtConcurrent::run(
        [parse, outline, status = answer.status, body = answer.body](QPromise<std::any> &promise) {
            promise.addResult(outline ? outline(status, body) : std::any());
            promise.addResult(parse(status, body));
        }));
}

void Pager::onOutline(std::any outline)
{
    if (m_finished || !outline.has_value())
        return;
    if (m_source->advanceEarly(std::move(outline)) && !m_source->isDone()) {
        sendNext();
        m_nextSent = true;
    }
}

void Pager::onParsed(std::any page, const ApiRequest &request)
{
    if (m_finished)
        return;
    int items = 0;
    std::function<void()> deliver;
    const ApiError error = m_source->accept(std::move(page), request, &items, &deliver);
    QString remark = m_source->takeWarning();
    if (!remark.isEmpty())
        remark = tr("While %1: %2").arg(request.description, remark);
    ++m_pages;
    m_items += items;
    // Pipelining: the request for the next page goes out before this page is handed over, so that the
    // server prepares it while the caller converts and writes this one. ApiClient dispatches a request
    // on the next turn of the event loop, so the hand-over waits for that turn too: delivering now
    // would hold the request back for as long as the caller works on the page.
    const bool more = !error.isError() && !m_source->isDone();
    if (more && !m_nextSent)
        sendNext();
    m_nextSent = false;
    QMetaObject::invokeMethod(
        this,
        [this, deliver = std::move(deliver), error, more, remark, itemCount = m_items, pageCount = m_pages] {
            if (m_finished)
                return; // cancelled meanwhile: nothing more is delivered
            if (deliver) {
                const QPointer<Pager> self(this);
                deliver(); // the sink may cancel us
                if (!self || m_finished)
                    return;
            }
            if (!remark.isEmpty()) {
                const QPointer<Pager> self(this);
                Q_EMIT warning(remark); // a receiver may cancel us
                if (!self || m_finished)
                    return;
            }
            Q_EMIT progress(itemCount, pageCount);
            if (error.isError())
                finish(error);
            else if (!more)
                finish({});
        },
        Qt::QueuedConnection);
}

void Pager::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_job) {
        // A request sent from a page's outline, when the page itself then failed.
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    Q_EMIT finished(error);
    deleteLater();
}

} // namespace Inspector
