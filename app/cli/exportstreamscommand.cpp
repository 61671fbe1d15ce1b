// SPDX-License-Identifier: Apache-2.0
#include <QHash>
#include <QJsonArray>
#include <QPointer>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "commands.h"
#include "console.h"
#include "data/ids.h"
#include "data/parse.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

// How many /pod/v2/streams/{sid}/info (and room membership) requests are in flight at once: enough
// to hide the latency, few enough not to look like a burst to the pod's rate limits.
constexpr int ParallelRequests = 4;

/**
 * @brief The list of `export-streams`: the streams with their member counts and last message date,
 * as JSON items (the server's object plus `_inspector`) on the context's output.
 *
 * With --admin: the enterprise list (/pod/v2/admin/streams/list), which carries both values.
 * Without: the caller's streams (/pod/v1/streams/list), which carry neither. They are then taken
 * from the enterprise list when the account may read it; when the pod refuses it (403: not an
 * admin), and for the streams it does not hold (walls), from /pod/v2/streams/{sid}/info per stream
 * (an IM's or MIM's member count is its member list there; a room's comes from its membership
 * list), a few requests at a time. `_inspector.countsFrom` says which for every stream:
 * `admin-list`, `stream-info` or `room-members`.
 */
class StreamCountsCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        const Result<Requests::StreamFilter> filter = Commands::readStreamFilter(cli(),
            tr("--type POST: the enterprise listing has no POST streams (walls); export them without "
               "--admin."));
        if (!filter)
            return filter.error();
        m_filter = filter.value();
        return {};
    }

    void start() override
    {
        if (cli().isSet(u"admin"_s)) {
            Pager *pager = Fetch::adminStreams(client(), m_filter, [this](const QList<AdminStream> &page) {
                for (const AdminStream &s : page) {
                    QJsonObject derived = base(s.id, s.problems);
                    addCounts(&derived, countsOf(s));
                    out().addItem(Commands::withInspector(s.raw, derived));
                }
            });
            run(pager, tr("streams"), [this] { done(Success); });
            return;
        }
        Pager *pager
            = Fetch::streams(client(), m_filter, [this](const QList<Stream> &page) { m_streams += page; });
        run(pager, tr("streams"), [this] { readEnterpriseCounts(); });
    }

private:
    struct Counts
    {
        std::optional<qint64> members;
        std::optional<qint64> lastMessageDate;
        QString from; ///< admin-list, stream-info, room-members
        QString error; ///< why a stream has no counts
    };

    static Counts countsOf(const AdminStream &s)
    {
        return {s.attributes.membersCount, s.attributes.lastMessageDate, u"admin-list"_s, {}};
    }

    static QJsonObject base(const QString &id, const QStringList &problems)
    {
        return {{u"standardId"_s, Ids::toStandardJson(id)},
            {u"problems"_s, QJsonArray::fromStringList(problems)}};
    }

    static void addCounts(QJsonObject *derived, const Counts &c)
    {
        if (c.members)
            derived->insert(u"membersCount"_s, *c.members);
        if (c.lastMessageDate) {
            derived->insert(u"lastMessageDate"_s, *c.lastMessageDate);
            derived->insert(u"lastMessageIso"_s, Commands::isoOrEmpty(*c.lastMessageDate));
        }
        derived->insert(u"countsFrom"_s, c.from);
        if (!c.error.isEmpty())
            derived->insert(u"countsError"_s, c.error);
    }

    void readEnterpriseCounts()
    {
        // Walls are not in the enterprise list: asking it for walls only would list everything else.
        const bool wallsOnly = m_filter.types == QStringList {u"POST"_s};
        if (m_streams.isEmpty() || wallsOnly) {
            readStreamInfos();
            return;
        }
        Pager *pager = Fetch::adminStreams(client(), m_filter, [this](const QList<AdminStream> &page) {
            for (const AdminStream &s : page)
                m_counts.insert(s.key(), countsOf(s));
        });
        pager->setParent(this);
        connect(pager, &Pager::progress, this, [this](int items, int) {
            console().progress(tr("%1 streams of the enterprise list…").arg(items));
        });
        connect(pager, &Pager::finished, this, [this](const ApiError &error) {
            console().endProgress();
            if (error.kind == ApiError::Kind::Forbidden) {
                // Not an admin: every stream is asked on its own.
                m_counts.clear();
                readStreamInfos();
                return;
            }
            if (error.isError()) {
                fail(error);
                return;
            }
            readStreamInfos();
        });
        pager->start();
    }

    void readStreamInfos()
    {
        for (const Stream &s : std::as_const(m_streams)) {
            if (!m_counts.contains(s.key()))
                m_queue.append(s);
        }
        m_total = int(m_queue.size());
        sendMore();
    }

    void sendMore()
    {
        if (isDone())
            return;
        while (m_inFlight < ParallelRequests && !m_queue.isEmpty()) {
            const Stream s = m_queue.takeFirst();
            ++m_inFlight;
            const Counts none {std::nullopt, std::nullopt, u"stream-info"_s, {}};
            request(s, Requests::streamInfo(s.id), none, [this, s](ApiJob *job) {
                const auto info = Parse::streamInfo(job->response().body);
                if (!info.ok()) {
                    fail(ApiError::badResponse(job->request().description, info.error));
                    return;
                }
                Counts c {std::nullopt, info.value.lastMessageDate, u"stream-info"_s, {}};
                if (info.value.type == "IM"_L1 || info.value.type == "MIM"_L1)
                    c.members = info.value.members.size();
                if (info.value.type != "ROOM"_L1) {
                    counted(s, c);
                    return;
                }
                // A room's info has no member list: its membership list has (one more request).
                request(s, Requests::roomMembers(s.id), c, [this, s, c](ApiJob *members) mutable {
                    const auto list = Parse::roomMembers(members->response().body);
                    if (!list.ok()) {
                        fail(ApiError::badResponse(members->request().description, list.error));
                        return;
                    }
                    c.members = list.value.size();
                    c.from = u"room-members"_s;
                    counted(s, c);
                });
            });
        }
        if (m_inFlight == 0 && m_queue.isEmpty())
            writeAll();
    }

    /**
     * Sends one request for stream @p s. A stream the caller may not inspect (403) or that is gone
     * (404) keeps @p sofar with the reason; any other failure ends the export.
     */
    void request(
        const Stream &s, const ApiRequest &r, const Counts &sofar, std::function<void(ApiJob *)> onSuccess)
    {
        ApiJob *job = client()->send(r);
        connect(job, &ApiJob::finished, this, [this, s, sofar, onSuccess = std::move(onSuccess)](ApiJob *j) {
            if (isDone())
                return;
            if (j->isSuccess()) {
                onSuccess(j);
                return;
            }
            const auto kind = j->error().kind;
            if (kind != ApiError::Kind::Forbidden && kind != ApiError::Kind::NotFound) {
                fail(j->error());
                return;
            }
            Counts c = sofar;
            c.error = j->error().message;
            counted(s, c);
        });
    }

    void counted(const Stream &s, const Counts &c)
    {
        m_counts.insert(s.key(), c);
        --m_inFlight;
        console().progress(
            tr("%1 of %2 streams counted…").arg(m_total - m_queue.size() - m_inFlight).arg(m_total));
        sendMore();
    }

    void writeAll()
    {
        console().endProgress();
        for (const Stream &s : std::as_const(m_streams)) {
            QJsonObject derived = base(s.id, s.problems);
            addCounts(&derived, m_counts.value(s.key()));
            out().addItem(Commands::withInspector(s.raw, derived));
        }
        done(Success);
    }

    Requests::StreamFilter m_filter;
    QList<Stream> m_streams;
    QHash<QString, Counts> m_counts;
    QList<Stream> m_queue;
    int m_inFlight = 0;
    int m_total = 0;
};

} // namespace

std::unique_ptr<Command> Commands::streamCounts(const CommandContext &context)
{
    return std::make_unique<StreamCountsCommand>(context);
}

} // namespace Inspector::Cli

#include "exportstreamscommand.moc"
