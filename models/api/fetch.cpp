// SPDX-License-Identifier: Apache-2.0
#include "api/fetch.h"

#include <QCoreApplication>

#include "api/paging.h"
#include "data/ids.h"
#include "data/parse.h"

namespace Inspector::Fetch {

namespace {

/// One page of any list endpoint, parsed.
template<typename T> struct ListPage
{
    QList<T> items;
    std::optional<qint64> total;
    QString error;
};

/// A 204 (or an empty 200) is an empty page on every list endpoint.
bool isEmptyAnswer(int status, const QByteArray &body)
{
    return status == 204 || body.trimmed().isEmpty();
}

/// skip/limit paging over an endpoint whose page is parsed by `parse`.
template<typename T> class OffsetSource final : public Pager::Source
{
public:
    using Build = std::function<ApiRequest(int skip, int limit)>;
    using Parse = std::function<ListPage<T>(const QByteArray &body)>;

    OffsetSource(int pageSize, int maxItems, Build build, Parse parse, Sink<T> sink)
        : m_build(std::move(build))
        , m_parse(std::move(parse))
        , m_sink(std::move(sink))
    {
        m_state.pageSize = pageSize;
        m_state.maxItems = maxItems;
    }

    bool isDone() const override { return m_state.done || m_state.nextLimit() == 0; }
    ApiRequest nextRequest() override
    {
        m_requested = m_state.nextLimit();
        return m_build(m_state.skip, m_requested);
    }
    std::function<std::any(int, const QByteArray &)> parser() const override
    {
        return [parse = m_parse](int status, const QByteArray &body) -> std::any {
            return isEmptyAnswer(status, body) ? ListPage<T> {} : parse(body);
        };
    }
    ApiError accept(
        std::any &&any, const ApiRequest &request, int *items, std::function<void()> *deliver) override
    {
        auto page = std::any_cast<ListPage<T>>(std::move(any));
        if (!page.error.isEmpty())
            return ApiError::badResponse(request.description, page.error);
        int keep = 0;
        const QString stall = m_state.advance(int(page.items.size()), m_requested, page.total, &keep);
        page.items.resize(keep);
        *items = keep;
        if (keep > 0)
            *deliver = [sink = m_sink, batch = std::move(page.items)] { sink(batch); };
        return stall.isEmpty() ? ApiError {} : ApiError::noProgress(request.description, stall);
    }

private:
    Paging::Offset m_state;
    Build m_build;
    Parse m_parse;
    Sink<T> m_sink;
    int m_requested = 0;
};

template<typename T> ListPage<T> fromResult(Parse::Result<QList<T>> &&r)
{
    return ListPage<T> {std::move(r.value), std::nullopt, r.error};
}

class MessagesSource final : public Pager::Source
{
public:
    MessagesSource(
        QString streamId, qint64 since, std::optional<qint64> until, int maxItems, Sink<Message> sink)
        : m_streamId(std::move(streamId))
        , m_sink(std::move(sink))
    {
        m_state.since = since;
        m_state.until = until;
        m_state.maxItems = maxItems;
        m_state.pageSize = Requests::Limits::Messages;
    }

    bool isDone() const override { return m_state.done || m_state.nextLimit() == 0; }
    ApiRequest nextRequest() override
    {
        m_requested = m_state.nextLimit();
        return Requests::messages(m_streamId, m_state.since, m_state.until, m_state.skip, m_requested);
    }
    bool parseOffThread() const override { return true; }
    std::function<std::any(int, const QByteArray &)> parser() const override
    {
        return [](int status, const QByteArray &body) -> std::any {
            return isEmptyAnswer(status, body) ? ListPage<Message> {} : fromResult(Parse::messages(body));
        };
    }
    std::function<std::any(int, const QByteArray &)> outliner() const override
    {
        return [](int status, const QByteArray &body) -> std::any {
            if (isEmptyAnswer(status, body))
                return {};
            std::optional<Parse::MessagePageOutline> outline = Parse::messagePageOutline(body);
            return outline ? std::any(std::move(*outline)) : std::any();
        };
    }
    bool advanceEarly(std::any &&any) override
    {
        auto outline = std::any_cast<Parse::MessagePageOutline>(std::move(any));
        Early early;
        early.step
            = m_state.advance(outline.timestamps, m_requested, Ids::normalized(outline.firstMessageId));
        early.timestamps = std::move(outline.timestamps);
        m_early = std::move(early);
        return m_early->step.stop.isEmpty();
    }
    ApiError accept(
        std::any &&any, const ApiRequest &request, int *items, std::function<void()> *deliver) override
    {
        auto page = std::any_cast<ListPage<Message>>(std::move(any));
        const std::optional<Early> early = std::exchange(m_early, std::nullopt);
        if (!page.error.isEmpty())
            return ApiError::badResponse(request.description, page.error);
        QList<qint64> times;
        times.reserve(page.items.size());
        for (const Message &m : std::as_const(page.items))
            times.append(m.timestamp);
        Paging::SinceSkip::Step step;
        if (early) {
            // The state advanced from the outline already. Parse::messagePageOutline() promises the
            // same timestamps as the parse; should that ever fail, stopping beats skipping messages.
            if (times != early->timestamps)
                return ApiError::noProgress(request.description,
                    QCoreApplication::translate(
                        "Inspector::Paging", "the page's timestamps read differently on a second pass."));
            step = early->step;
        } else {
            const QString firstKey = page.items.isEmpty() ? QString() : page.items.first().key();
            step = m_state.advance(times, m_requested, firstKey);
        }
        if (!step.order.isEmpty()) {
            QList<Message> sorted;
            sorted.reserve(step.order.size());
            for (int i : std::as_const(step.order))
                sorted.append(std::move(page.items[i]));
            page.items = std::move(sorted);
        }
        page.items.resize(step.keep);
        *items = step.keep;
        m_warning = step.warning;
        if (step.keep > 0)
            *deliver = [sink = m_sink, batch = std::move(page.items)] { sink(batch); };
        if (step.stop.isEmpty())
            return {};
        return step.outOfOrder ? ApiError::outOfOrder(request.description, step.stop)
                               : ApiError::noProgress(request.description, step.stop);
    }
    QString takeWarning() override { return std::exchange(m_warning, {}); }

private:
    /// The paging state's advance from a page's outline, kept until the parsed page arrives.
    struct Early
    {
        QList<qint64> timestamps;
        Paging::SinceSkip::Step step;
    };

    QString m_streamId;
    Paging::SinceSkip m_state;
    Sink<Message> m_sink;
    int m_requested = 0;
    std::optional<Early> m_early;
    QString m_warning;
};

class ReceiptsSource final : public Pager::Source
{
public:
    ReceiptsSource(QString messageId, Paging::Cursor from, int untilReceipts, Sink<ReceiptPage> sink)
        : m_messageId(std::move(messageId))
        , m_state(std::move(from))
        , m_until(untilReceipts)
        , m_sink(std::move(sink))
    { }
    bool isDone() const override
    {
        if (m_state.done)
            return true;
        if (m_until < 0)
            return false;
        return m_until == 0 ? m_pages > 0 : m_received >= m_until;
    }
    ApiRequest nextRequest() override { return Requests::receipts(m_messageId, m_state.after); }
    std::function<std::any(int, const QByteArray &)> parser() const override
    {
        return [](int status, const QByteArray &body) -> std::any {
            if (isEmptyAnswer(status, body))
                return Parse::Result<ReceiptPage> {};
            return Parse::receipts(body);
        };
    }
    ApiError accept(
        std::any &&any, const ApiRequest &request, int *items, std::function<void()> *deliver) override
    {
        auto page = std::any_cast<Parse::Result<ReceiptPage>>(std::move(any));
        if (!page.ok())
            return ApiError::badResponse(request.description, page.error);
        *items = int(page.value.receipts.size());
        ++m_pages;
        m_received += *items;
        const QString stall = m_state.advance(page.value.after, !page.value.next.isEmpty());
        *deliver = [sink = m_sink, value = std::move(page.value)] { sink({value}); };
        return stall.isEmpty() ? ApiError {} : ApiError::noProgress(request.description, stall);
    }

private:
    QString m_messageId;
    Paging::Cursor m_state;
    int m_until = -1; ///< -1: every page; 0: one page; n: until n receipts came
    int m_pages = 0;
    int m_received = 0;
    Sink<ReceiptPage> m_sink;
};

class AttachmentsSource final : public Pager::Source
{
public:
    AttachmentsSource(
        QString streamId, std::optional<qint64> since, std::optional<qint64> to, Sink<StreamAttachment> sink)
        : m_streamId(std::move(streamId))
        , m_sink(std::move(sink))
    {
        m_state.since = since;
        m_state.to = to;
        m_state.pageSize = Requests::Limits::Attachments;
    }
    bool isDone() const override { return m_state.done; }
    ApiRequest nextRequest() override
    {
        return Requests::streamAttachments(m_streamId, m_state.since, m_state.to, m_state.pageSize);
    }
    std::function<std::any(int, const QByteArray &)> parser() const override
    {
        return [](int status, const QByteArray &body) -> std::any {
            return isEmptyAnswer(status, body) ? ListPage<StreamAttachment> {}
                                               : fromResult(Parse::streamAttachments(body));
        };
    }
    ApiError accept(
        std::any &&any, const ApiRequest &request, int *items, std::function<void()> *deliver) override
    {
        auto page = std::any_cast<ListPage<StreamAttachment>>(std::move(any));
        if (!page.error.isEmpty())
            return ApiError::badResponse(request.description, page.error);
        QList<Paging::Window::Item> keys;
        keys.reserve(page.items.size());
        for (const StreamAttachment &a : std::as_const(page.items))
            keys.append({a.ingestionDate, Ids::normalized(a.messageId) + u'/' + a.fileId});
        QList<int> keepIndexes;
        const QString stall = m_state.advance(keys, m_state.pageSize, &keepIndexes);
        QList<StreamAttachment> fresh;
        fresh.reserve(keepIndexes.size());
        for (int i : std::as_const(keepIndexes))
            fresh.append(page.items[i]);
        *items = int(fresh.size());
        if (!fresh.isEmpty())
            *deliver = [sink = m_sink, fresh = std::move(fresh)] { sink(fresh); };
        return stall.isEmpty() ? ApiError {} : ApiError::noProgress(request.description, stall);
    }

private:
    QString m_streamId;
    Paging::Window m_state;
    Sink<StreamAttachment> m_sink;
};

class UsersSource final : public Pager::Source
{
public:
    UsersSource(Requests::UserKey key, const QStringList &values, bool local, Sink<UserList> sink)
        : m_key(key)
        , m_local(local)
        , m_sink(std::move(sink))
    {
        m_batches.values = values;
        m_batches.batchSize = Requests::Limits::Users;
    }
    bool isDone() const override { return m_batches.done(); }
    ApiRequest nextRequest() override { return Requests::users(m_key, m_batches.take(), m_local); }
    std::function<std::any(int, const QByteArray &)> parser() const override
    {
        return [](int, const QByteArray &body) -> std::any { return Parse::users(body); };
    }
    ApiError accept(
        std::any &&any, const ApiRequest &request, int *items, std::function<void()> *deliver) override
    {
        auto page = std::any_cast<Parse::Result<UserList>>(std::move(any));
        if (!page.ok())
            return ApiError::badResponse(request.description, page.error);
        *items = int(page.value.users.size());
        *deliver = [sink = m_sink, value = std::move(page.value)] { sink({value}); };
        return {};
    }

private:
    Requests::UserKey m_key;
    bool m_local;
    Paging::Batches m_batches;
    Sink<UserList> m_sink;
};

template<typename T>
Pager *offsetPager(ApiClient *client, int pageSize, int maxItems, typename OffsetSource<T>::Build build,
    typename OffsetSource<T>::Parse parse, Sink<T> sink, QObject *parent)
{
    return new Pager(client,
        std::make_unique<OffsetSource<T>>(
            pageSize, maxItems, std::move(build), std::move(parse), std::move(sink)),
        parent);
}

} // namespace

Pager *messages(ApiClient *client, const QString &streamId, qint64 since, std::optional<qint64> until,
    int maxItems, Sink<Message> sink, QObject *parent)
{
    return new Pager(
        client, std::make_unique<MessagesSource>(streamId, since, until, maxItems, std::move(sink)), parent);
}

Pager *streams(ApiClient *client, const Requests::StreamFilter &filter, Sink<Stream> sink, QObject *parent)
{
    return offsetPager<Stream>(
        client, Requests::Limits::Streams, -1,
        [filter](int skip, int limit) { return Requests::streams(filter, skip, limit); },
        [](const QByteArray &body) { return fromResult(Parse::streams(body)); }, std::move(sink), parent);
}

Pager *userStreams(ApiClient *client, qint64 userId, const Requests::StreamFilter &filter, Sink<Stream> sink,
    QObject *parent)
{
    return offsetPager<Stream>(
        client, Requests::Limits::Streams, -1,
        [userId, filter](int skip, int limit) { return Requests::userStreams(userId, filter, skip, limit); },
        [](const QByteArray &body) { return fromResult(Parse::streams(body)); }, std::move(sink), parent);
}

Pager *adminStreams(
    ApiClient *client, const Requests::StreamFilter &filter, Sink<AdminStream> sink, QObject *parent)
{
    return offsetPager<AdminStream>(
        client, Requests::Limits::AdminStreams, -1,
        [filter](int skip, int limit) { return Requests::adminStreams(filter, skip, limit); },
        [](const QByteArray &body) {
            auto r = Parse::adminStreams(body);
            return ListPage<AdminStream> {std::move(r.value.streams), r.value.count, r.error};
        },
        std::move(sink), parent);
}

Pager *roomSearch(ApiClient *client, const QJsonObject &criteria, Sink<RoomDetail> sink, QObject *parent)
{
    return offsetPager<RoomDetail>(
        client, Requests::Limits::RoomSearch, -1,
        [criteria](int skip, int limit) { return Requests::roomSearch(criteria, skip, limit); },
        [](const QByteArray &body) {
            auto r = Parse::roomSearch(body);
            return ListPage<RoomDetail> {std::move(r.value.rooms), r.value.count, r.error};
        },
        std::move(sink), parent);
}

Pager *adminMembers(ApiClient *client, const QString &streamId, Sink<AdminMember> sink, QObject *parent)
{
    return offsetPager<AdminMember>(
        client, Requests::Limits::AdminMembers, -1,
        [streamId](int skip, int limit) { return Requests::adminMembers(streamId, skip, limit); },
        [](const QByteArray &body) {
            auto r = Parse::adminMembers(body);
            return ListPage<AdminMember> {std::move(r.value.members), r.value.count, r.error};
        },
        std::move(sink), parent);
}

Pager *messageSearch(ApiClient *client, const QString &query, const QJsonObject &criteria, int maxItems,
    Sink<Message> sink, QObject *parent)
{
    return offsetPager<Message>(
        client, Requests::Limits::MessageSearch, maxItems,
        [query, criteria](int skip, int limit) {
            return query.isEmpty() ? Requests::messageSearch(criteria, skip, limit)
                                   : Requests::messageSearch(query, skip, limit);
        },
        [](const QByteArray &body) { return fromResult(Parse::messages(body)); }, std::move(sink), parent);
}

Pager *signalList(ApiClient *client, Sink<Signal> sink, QObject *parent)
{
    return offsetPager<Signal>(
        client, Requests::Limits::Signals, -1,
        [](int skip, int limit) { return Requests::signalList(skip, limit); },
        [](const QByteArray &body) { return fromResult(Parse::signalList(body)); }, std::move(sink), parent);
}

Pager *receipts(ApiClient *client, const QString &messageId, Sink<ReceiptPage> sink, QObject *parent)
{
    return new Pager(
        client, std::make_unique<ReceiptsSource>(messageId, Paging::Cursor {}, -1, std::move(sink)), parent);
}

Pager *receipts(ApiClient *client, const QString &messageId, const Paging::Cursor &from, int untilReceipts,
    Sink<ReceiptPage> sink, QObject *parent)
{
    return new Pager(client,
        std::make_unique<ReceiptsSource>(messageId, from, qMax(0, untilReceipts), std::move(sink)), parent);
}

Pager *attachments(ApiClient *client, const QString &streamId, std::optional<qint64> since,
    std::optional<qint64> to, Sink<StreamAttachment> sink, QObject *parent)
{
    return new Pager(
        client, std::make_unique<AttachmentsSource>(streamId, since, to, std::move(sink)), parent);
}

Pager *users(ApiClient *client, Requests::UserKey key, const QStringList &values, bool local,
    Sink<UserList> sink, QObject *parent)
{
    return new Pager(client, std::make_unique<UsersSource>(key, values, local, std::move(sink)), parent);
}

} // namespace Inspector::Fetch
