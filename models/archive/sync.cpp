// SPDX-License-Identifier: Apache-2.0
#include "archive/sync.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/attachmentbody.h"
#include "api/fetch.h"
#include "api/pager.h"
#include "api/requests.h"
#include "archive/store.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "files/sniff.h"
#include "services/podstreamdirectory.h"
#include "services/servicecall.h"
#include "services/streamdirectory.h"

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

StreamRecord recordOf(const Stream &s)
{
    return {s.key(), s.type, s.roomName, s.active, s.crossPod, compact(s.raw)};
}

StreamRecord recordOf(const AdminStream &s)
{
    return {s.key(), s.type, s.attributes.roomName, s.isActive, s.crossPod, compact(s.raw)};
}

StreamRecord recordOf(const StreamInfo &s)
{
    return {s.key(), s.type, s.roomName, s.active, s.crossPod, compact(s.raw)};
}

} // namespace

QString SyncOptions::scopeText() const
{
    switch (scope) {
    case Scope::Streams:
        return u"streams:"_s + streams.join(u',');
    case Scope::Mine:
        return u"mine"_s;
    case Scope::Admin:
        return u"admin"_s;
    }
    return {};
}

QString SyncOptions::optionsText() const
{
    QJsonObject o;
    o.insert(u"types"_s, QJsonArray::fromStringList(types));
    o.insert(u"includeInactive"_s, includeInactive);
    o.insert(u"since"_s, since);
    o.insert(u"lookbackMs"_s, lookbackMs);
    o.insert(u"members"_s, members);
    o.insert(u"receipts"_s, receipts);
    if (attachments)
        o.insert(u"attachments"_s, attachments);
    o.insert(u"concurrency"_s, concurrency);
    return QString::fromUtf8(compact(o));
}

QString podIdentity(const ApiClient *client)
{
    return client->urls().base(ServiceUrls::Service::Pod).host().toLower();
}

Sync::Sync(ApiClient *client, Store *store, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_writer(*store)
    , m_files(*store)
    , m_options(options)
{
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 32);
}

Sync::~Sync()
{
    for (const QMetaObject::Connection &c : std::as_const(m_clientConnections))
        disconnect(c);
    for (Work &w : m_running) {
        if (w.pager)
            w.pager->deleteLater();
        if (w.job) {
            w.job->disconnect(this);
            w.job->cancel();
        }
    }
}

SyncProgress Sync::progressNow() const
{
    SyncProgress p;
    p.streamsTotal = int(m_listed.size());
    p.streamsDone = m_streamsDone;
    p.streamsFailed = int(m_failures.size());
    p.running = int(m_running.size());
    p.messages = m_counts.messagesSeen;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return p;
}

SyncStreamState Sync::stateOf(const Work &work, SyncStreamState::State state) const
{
    SyncStreamState s;
    s.streamId = work.streamId;
    s.name = work.name;
    s.type = work.type;
    s.state = state;
    s.messages = work.messages;
    s.startedMs = work.startedMs;
    return s;
}

void Sync::start()
{
    m_clock.start();
    // N streams at once need N requests on the wire at once (the client's rate governor may still
    // narrow it on 429s).
    if (m_client->maxConcurrent() < m_options.concurrency)
        m_client->setMaxConcurrent(m_options.concurrency);
    Result<qint64> run
        = m_writer.startRun(u"sync"_s, podIdentity(m_client), m_options.scopeText(), m_options.optionsText());
    if (!run) {
        m_done = true;
        QMetaObject::invokeMethod(
            this, [this, message = run.error().message()] { Q_EMIT finished(message); },
            Qt::QueuedConnection);
        return;
    }
    m_run = run.value();
    if (m_options.attachments)
        m_files.removeLeftovers(); // this process is the archive's one writer
    m_clientConnections.append(
        connect(m_client, &ApiClient::requestLogged, this, [this](const RequestLogEntry &e) {
            ++m_counts.requests;
            if (e.status == 429)
                ++m_counts.throttled;
        }));
    m_directory = new PodStreamDirectory(m_client, this);
    listStreams();
}

namespace {

/// A sink that turns listed streams of any kind into records for @p sync.
template<typename T>
std::function<void(const QList<T> &)> recordsTo(std::function<void(const QList<StreamRecord> &)> add)
{
    return [add = std::move(add)](const QList<T> &items) {
        QList<StreamRecord> records;
        records.reserve(items.size());
        for (const T &item : items)
            records.append(recordOf(item));
        add(records);
    };
}

} // namespace

void Sync::listStreams()
{
    Requests::StreamFilter filter;
    filter.types = m_options.types;
    filter.includeInactive = m_options.includeInactive;
    auto add = [this](const QList<StreamRecord> &records) { addStreams(records); };
    auto follow = [this](QObject *call) {
        ++m_listingsOpen;
        m_listingCalls.append(call);
    };
    Pager *pager = nullptr;
    switch (m_options.scope) {
    case SyncOptions::Scope::Streams:
        for (const QString &id : std::as_const(m_options.streams)) {
            ServiceCall *call = m_directory->streamInfo(id, recordsTo<StreamInfo>(add));
            follow(call);
            connect(call, &ServiceCall::finished, this, &Sync::listingDone);
        }
        break;
    case SyncOptions::Scope::Mine:
        pager = Fetch::streams(m_client, filter, recordsTo<Stream>(add), this);
        break;
    case SyncOptions::Scope::Admin:
        pager = Fetch::adminStreams(m_client, filter, recordsTo<AdminStream>(add), this);
        break;
    }
    if (pager) {
        follow(pager);
        connect(pager, &Pager::finished, this, &Sync::listingDone);
        pager->start();
    }
    if (m_listingsOpen == 0)
        listingDone({});
}

void Sync::addStreams(const QList<StreamRecord> &records)
{
    if (m_done)
        return;
    for (const StreamRecord &s : records) {
        if (s.id.isEmpty() || m_listed.contains(s.id))
            continue;
        if (!m_options.types.isEmpty() && !m_options.types.contains(s.type, Qt::CaseInsensitive))
            continue;
        Result<bool> stored = m_writer.storeStream(m_run, s);
        if (!stored)
            return fail(stored.error().message());
        m_listed.insert(s.id);
        ++m_counts.streams;
        if (stored.value())
            ++m_counts.streamsNew;
        Work work;
        work.streamId = s.id;
        work.name = s.name;
        work.type = s.type;
        m_queue.append(work);
        Q_EMIT streamChanged(stateOf(work, SyncStreamState::State::Waiting));
    }
    schedule();
}

void Sync::listingDone(const ApiError &error)
{
    if (m_done)
        return;
    --m_listingsOpen;
    if (error.isError() && !error.isCancelled()) {
        if (m_options.scope == SyncOptions::Scope::Streams) {
            // One named stream that cannot be read does not stop the others.
            m_failures.append({QString(), QString(), error.message});
        } else {
            return fail(tr("Listing the streams failed: %1").arg(error.message));
        }
    }
    if (m_listingsOpen <= 0) {
        m_listedAll = true;
        schedule();
    }
}

void Sync::schedule()
{
    if (m_done)
        return;
    while (!m_done && !m_queue.isEmpty() && m_running.size() < m_options.concurrency)
        startStream(m_queue.takeFirst());
    if (m_done)
        return; // a stream could not start: the run has ended
    Q_EMIT progress(progressNow());
    if (m_listedAll && m_queue.isEmpty() && m_running.isEmpty()) {
        const bool partial = !m_failures.isEmpty() || !m_fileFailures.isEmpty();
        end(partial ? u"partial"_s : u"finished"_s, QString());
    }
}

void Sync::startStream(Work work)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<qint64> from = m_writer.passStart(work.streamId, m_options.since, m_options.lookbackMs);
    if (!from)
        return fail(from.error().message());
    work.from = from.value();
    work.to = now;
    work.startedMs = m_clock.elapsed();
    if (Result<> r = m_writer.beginPass(m_run, work.streamId, work.from, work.to); !r)
        return fail(r.error().message());
    const QString id = work.streamId;
    const qint64 passFrom = work.from;
    Pager *pager = Fetch::messages(
        m_client, Ids::toUrlSafe(id), work.from, work.to, -1,
        [this, id, passFrom](const QList<Message> &page) {
            if (m_done)
                return;
            Result<PageCounts> stored = m_writer.storePage(m_run, id, passFrom, page);
            if (!stored)
                return fail(stored.error().message());
            m_counts.messagesSeen += stored.value().seen;
            m_counts.messagesNew += stored.value().added;
            m_counts.revisions += stored.value().revised;
            if (auto w = m_running.find(id); w != m_running.end()) {
                w->messages += stored.value().seen;
                Q_EMIT streamChanged(stateOf(*w, SyncStreamState::State::Running));
            }
            Q_EMIT progress(progressNow());
        },
        this);
    work.pager = pager;
    m_running.insert(id, work);
    Q_EMIT streamChanged(stateOf(work, SyncStreamState::State::Running));
    connect(pager, &Pager::finished, this, [this, id](const ApiError &error) { streamRead(id, error); });
    pager->start();
}

void Sync::streamRead(const QString &streamId, const ApiError &error)
{
    if (m_done || !m_running.contains(streamId))
        return;
    Work &work = m_running[streamId];
    work.pager = nullptr;
    if (error.isError())
        return streamDone(streamId, error.message);
    Result<int> missing = m_writer.finishPass(m_run, streamId, work.from, work.to);
    if (!missing)
        return fail(missing.error().message());
    m_counts.missing += missing.value();
    if (m_options.attachments) {
        Result<QList<AttachmentRecord>> list = m_writer.attachmentsWithoutFile(streamId);
        if (!list)
            return fail(list.error().message());
        return readAttachments(work, list.value(), 0);
    }
    afterFiles(work);
}

void Sync::readAttachments(const Work &work, const QList<AttachmentRecord> &list, int index)
{
    const QString id = work.streamId;
    for (; index < list.size(); ++index) {
        AttachmentRecord a = list.at(index);
        // A file of the same id kept before (the attachment of a forwarded message) is not
        // fetched again.
        Result<AttachmentRecord> known = m_writer.knownFile(id, a.attachmentId);
        if (!known)
            return fail(known.error().message());
        if (known.value().fileHash.isEmpty())
            break;
        Result<bool> held = m_files.holds(id, known.value().fileHash, known.value().fileSize);
        if (!held)
            return fail(held.error().message());
        if (!held.value())
            break;
        a.fileHash = known.value().fileHash;
        a.fileSize = known.value().fileSize;
        a.contentType = known.value().contentType;
        if (Result<> r = m_writer.tieAttachment(m_run, a, QByteArray()); !r)
            return fail(r.error().message());
        ++m_counts.files;
    }
    if (index >= list.size())
        return afterFiles(work);
    const AttachmentRecord a = list.at(index);
    ApiJob *job = m_client->send(Requests::attachment(Ids::toUrlSafe(id), a.attachmentId, a.messageId));
    m_running[id].job = job;
    connect(job, &ApiJob::finished, this, [this, id, list, index, a](ApiJob *j) {
        if (m_done || !m_running.contains(id))
            return;
        m_running[id].job = nullptr;
        QString failure;
        if (j->error().isError()) {
            failure = j->error().message;
        } else if (const std::optional<QByteArray> bytes = AttachmentBody::decode(j->response().body)) {
            if (!keepFile(a, *bytes))
                return; // the run failed
        } else {
            failure = tr("the body is not Base64 text.");
        }
        if (!failure.isEmpty()) {
            if (Result<> r = m_writer.attachmentFailed(m_run, a, failure); !r)
                return fail(r.error().message());
            ++m_counts.fileFailures;
            m_fileFailures.append({id, a.messageId, a.attachmentId, a.name, failure});
        }
        readAttachments(m_running.value(id), list, index + 1);
    });
}

bool Sync::keepFile(AttachmentRecord a, const QByteArray &bytes)
{
    a.fileHash = contentHash(bytes);
    a.fileSize = bytes.size();
    a.contentType = Files::sniffedContentType(bytes);
    // SQLite: the file first, whole under its hash, then the row that names it. PostgreSQL: both in
    // one transaction.
    if (!m_store->isPostgres()) {
        if (Result<> kept = m_files.keep(a.streamId, a.fileHash, bytes); !kept) {
            fail(kept.error().message());
            return false;
        }
    }
    if (Result<> r = m_writer.tieAttachment(m_run, a, m_store->isPostgres() ? bytes : QByteArray()); !r) {
        fail(r.error().message());
        return false;
    }
    ++m_counts.files;
    return true;
}

void Sync::afterFiles(const Work &work)
{
    if (m_options.receipts) {
        Result<QStringList> ids = m_writer.messagesSeen(m_run, work.streamId, work.from, work.to);
        if (!ids)
            return fail(ids.error().message());
        return readReceipts(work, ids.value(), 0);
    }
    afterMessages(work);
}

void Sync::afterMessages(const Work &work)
{
    if (m_options.members && work.type.compare("POST"_L1, Qt::CaseInsensitive) != 0)
        return readMembers(work);
    streamDone(work.streamId, QString());
}

void Sync::readReceipts(const Work &work, const QStringList &ids, int index)
{
    if (index >= ids.size())
        return afterMessages(work);
    const QString id = work.streamId;
    const QString messageId = ids.at(index);
    auto receipts = std::make_shared<QList<Receipt>>();
    Pager *pager = Fetch::receipts(
        m_client, Ids::toUrlSafe(messageId),
        [receipts](const QList<ReceiptPage> &pages) {
            for (const ReceiptPage &page : pages)
                *receipts += page.receipts;
        },
        this);
    m_running[id].pager = pager;
    connect(
        pager, &Pager::finished, this, [this, id, ids, index, messageId, receipts](const ApiError &error) {
            if (m_done || !m_running.contains(id))
                return;
            m_running[id].pager = nullptr;
            // A message the pod no longer has (removed since its page came) has no receipts to keep.
            if (error.isError() && error.kind != ApiError::Kind::NotFound)
                return streamDone(id, tr("receipts: %1").arg(error.message));
            if (!error.isError()) {
                Result<int> stored = m_writer.storeReceipts(m_run, id, messageId, *receipts);
                if (!stored)
                    return fail(stored.error().message());
                m_counts.receipts += stored.value();
            }
            readReceipts(m_running.value(id), ids, index + 1);
        });
    pager->start();
}

void Sync::readMembers(const Work &work)
{
    const QString id = work.streamId;
    auto members = std::make_shared<QList<MemberRecord>>();
    Pager *pager = Fetch::adminMembers(
        m_client, Ids::toUrlSafe(id),
        [members](const QList<AdminMember> &page) {
            for (const AdminMember &m : page)
                members->append(
                    {m.user.userId, m.isOwner, m.joinDate, m.user.displayName, m.user.email, QString()});
        },
        this);
    m_running[id].pager = pager;
    connect(pager, &Pager::finished, this, [this, id, members](const ApiError &error) {
        if (m_done || !m_running.contains(id))
            return;
        m_running[id].pager = nullptr;
        if (error.isError())
            return streamDone(id, tr("members: %1").arg(error.message));
        Result<int> changes = m_writer.storeMembers(m_run, id, *members);
        if (!changes)
            return fail(changes.error().message());
        m_counts.memberChanges += changes.value();
        streamDone(id, QString());
    });
    pager->start();
}

void Sync::streamDone(const QString &streamId, const QString &failure)
{
    const Work work = m_running.take(streamId);
    ++m_streamsDone;
    if (!failure.isEmpty())
        m_failures.append({streamId, work.name, failure});
    SyncStreamState state
        = stateOf(work, failure.isEmpty() ? SyncStreamState::State::Done : SyncStreamState::State::Failed);
    state.endedMs = m_clock.elapsed();
    state.failure = failure;
    Q_EMIT streamChanged(state);
    if (Result<> r = m_writer.saveCounts(m_run, m_counts); !r)
        return fail(r.error().message());
    schedule();
}

void Sync::fail(const QString &message)
{
    if (m_done)
        return;
    end(u"failed"_s, message);
}

void Sync::cancel()
{
    if (m_done)
        return;
    end(u"cancelled"_s, tr("Cancelled."));
}

void Sync::end(const QString &status, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    for (Work &w : m_running) {
        if (w.pager) {
            w.pager->disconnect(this);
            w.pager->cancel();
            w.pager->deleteLater();
        }
        if (w.job) {
            w.job->disconnect(this);
            w.job->cancel();
        }
    }
    for (const QPointer<QObject> &call : std::as_const(m_listingCalls)) {
        if (call)
            call->disconnect(this);
        if (auto *c = qobject_cast<ServiceCall *>(call.data()))
            c->cancel();
        else if (auto *p = qobject_cast<Pager *>(call.data()))
            p->cancel();
    }
    m_running.clear();
    m_queue.clear();
    if (m_run != 0) {
        if (Result<> r = m_writer.finishRun(m_run, status, m_counts, error); !r && error.isEmpty()) {
            Q_EMIT finished(r.error().message());
            return;
        }
    }
    Q_EMIT finished(status == "finished"_L1 || status == "partial"_L1 ? QString() : error);
}

} // namespace Inspector::Archive
