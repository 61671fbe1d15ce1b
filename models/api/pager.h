// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <any>
#include <functional>
#include <memory>
#include <optional>

#include "api/apierror.h"
#include "api/apirequest.h"

namespace Inspector {

class ApiClient;
class ApiJob;

/**
 * @brief Walks all the pages of one list endpoint, one request at a time.
 *
 * The paging rule, the parsing and the delivery of items live in a Source (see fetch.h for the
 * ready-made ones); the Pager only drives it. Big pages are parsed on a worker thread when the
 * source asks for it, and the next request can leave from a quick outline of the page first. Items
 * are always delivered on the pager's thread, one batch per page, from the event loop and only
 * after the request for the next page has been sent.
 *
 * Signal contract: finished() is emitted exactly once, with an error of kind None when the last
 * page was read, and never from inside start(); then the pager deletes itself. cancel() aborts the
 * request in flight, drops a page being parsed or waiting to be delivered and emits finished()
 * with a Cancelled error before it returns. Destroying the pager (e.g. with its parent) cancels silently.
 * warning() comes after the items of the page it is about.
 */
class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual bool isDone() const = 0;
        virtual ApiRequest nextRequest() = 0;
        /// A self-contained parse function (it may run on another thread after the source is gone).
        virtual std::function<std::any(int status, const QByteArray &body)> parser() const = 0;
        virtual bool parseOffThread() const { return false; }
        /// Optional, with parseOffThread(): a self-contained quick read of a page, run before
        /// parser() (on the pager's thread for pages up to the inline outline limit, else on the
        /// worker thread), from which advanceEarly() can tell the next request before the page is
        /// parsed. It returns an empty std::any when it cannot tell.
        virtual std::function<std::any(int status, const QByteArray &body)> outliner() const { return {}; }
        /// Takes a non-empty outline on the pager's thread and advances the paging state from it.
        /// Returns true when the next request may go out now; accept() then finds the state advanced.
        virtual bool advanceEarly(std::any &&outline)
        {
            Q_UNUSED(outline);
            return false;
        }
        /// Takes a parsed page on the pager's thread and advances the paging state. Returns the
        /// reason to stop, if any; sets *items to the number of items of the page and *deliver to
        /// the call that hands them to the sink. The pager asks for the next page first and
        /// delivers then, so that the server prepares it while this one is converted and written.
        virtual ApiError accept(
            std::any &&page, const ApiRequest &request, int *items, std::function<void()> *deliver)
            = 0;
        /// Called once after each accept(): a remark about that page, which was delivered all the
        /// same (e.g. that it was sorted); empty when there is none.
        virtual QString takeWarning() { return {}; }
    };

    Pager(ApiClient *client, std::unique_ptr<Source> source, QObject *parent = nullptr);
    ~Pager() override;

    void start();
    void cancel();
    /// Pages of up to this many bytes (default 4 MB) are outlined on the pager's thread as they
    /// arrive, bigger ones on the worker thread with their parse.
    void setInlineOutlineLimit(qsizetype bytes) { m_inlineOutlineLimit = bytes; }
    int itemCount() const { return m_items; }
    int pageCount() const { return m_pages; }

Q_SIGNALS:
    void progress(int items, int pages);
    /// One sentence about a page that was delivered but not quite as the API promises (e.g. sorted
    /// by the pager); emitted after that page's items.
    void warning(const QString &message);
    void finished(const Inspector::ApiError &error);

private:
    void next();
    void sendNext();
    /// A page as it came back, waiting for its turn to be parsed.
    struct Answer
    {
        ApiRequest request;
        int status = 0;
        QByteArray body;
    };

    void onJobFinished(ApiJob *job);
    void startParse(Answer answer);
    void onOutline(std::any outline);
    void onParsed(std::any page, const ApiRequest &request);
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    std::unique_ptr<Source> m_source;
    QPointer<ApiJob> m_job;
    QFutureWatcher<std::any> *m_watcher = nullptr;
    qsizetype m_inlineOutlineLimit = 4 * 1024 * 1024;
    int m_items = 0;
    int m_pages = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_nextSent = false; ///< the request after the page being parsed went out from its outline
    std::optional<Answer> m_waiting; ///< the next page, arrived while this one is still being parsed
};

} // namespace Inspector
