// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/messagetablemodel.h"

#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "api/timesource.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"
#include "itemmodels/plaintooltip.h"
#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

constexpr qint64 MaxWindowMs = qint64(1) << 50;
constexpr int TextCacheRows = 2000;
constexpr int DisplayTextChars = 300;

/// A stable 64-bit key of a normalised id (collisions at 1M rows: about 1 in 10^7).
quint64 keyHash(const QString &normalizedId)
{
    return quint64(
        qHashBits(normalizedId.constData(), size_t(normalizedId.size()) * sizeof(QChar), 0x5f3759df));
}

// The server's own bytes when the parser kept them (Message::json), else the object written compact.
template<typename M> auto compactJson(const M &m, int) -> decltype(m.json, QByteArray())
{
    if (!m.json.isEmpty())
        return m.json;
    return QJsonDocument(QJsonObject(m.raw)).toJson(QJsonDocument::Compact);
}

template<typename M> QByteArray compactJson(const M &m, long)
{
    return QJsonDocument(QJsonObject(m.raw)).toJson(QJsonDocument::Compact);
}

} // namespace

struct MessageTableModel::Page
{
    std::vector<MessageRow> rows;
    std::vector<quint64> keys;
    QList<QPair<qint64, QString>> names;
    int received = 0;
    QString error;
};

MessageTableModel::Page MessageTableModel::parsePage(const QByteArray &body)
{
    Page page;
    const auto parsed = Parse::messages(body);
    if (!parsed.ok()) {
        page.error = parsed.error;
        return page;
    }
    page.received = int(parsed.value.size());
    page.rows.reserve(size_t(parsed.value.size()));
    page.keys.reserve(size_t(parsed.value.size()));
    QSet<qint64> seen;
    for (const Message &m : parsed.value) {
        MessageRow row;
        row.json = compactJson(m, 0);
        row.timestamp = m.timestamp;
        row.senderId = m.user.userId;
        row.attachments = quint16(qMin<qsizetype>(m.attachments.size(), 0xffff));
        int flags = 0;
        if (!m.replacing.isEmpty())
            flags |= MessageTableModel::Edited;
        if (!m.replacedBy.isEmpty())
            flags |= MessageTableModel::ReplacedLater;
        if (m.externalRecipients.value_or(false) || m.stream.external || m.stream.crossPod)
            flags |= MessageTableModel::External;
        if (!m.diagnostic.isEmpty())
            flags |= MessageTableModel::Undecryptable;
        row.flags = quint16(flags);
        page.rows.push_back(std::move(row));
        page.keys.push_back(keyHash(m.key()));
        if (!seen.contains(m.user.userId)) {
            seen.insert(m.user.userId);
            page.names.append({m.user.userId, DisplayName::of(m.user)});
        }
    }
    return page;
}

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_textCache.setMaxCost(TextCacheRows);
}

MessageTableModel::~MessageTableModel()
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
}

void MessageTableModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    reset(Mode::None, {}, {});
    m_client = client;
}

void MessageTableModel::showStream(const QString &streamId)
{
    reset(Mode::Stream, Ids::normalized(streamId), {});
    start();
}

void MessageTableModel::showSearch(const QString &query)
{
    reset(Mode::Search, {}, query.trimmed());
    start();
}

void MessageTableModel::clear()
{
    reset(Mode::None, {}, {});
}

void MessageTableModel::refresh()
{
    const Mode mode = m_mode;
    const QString stream = m_streamId;
    const QString query = m_query;
    reset(mode, stream, query);
    start();
}

void MessageTableModel::retry()
{
    if (!m_failed || m_loading)
        return;
    m_failed = false;
    if (!m_started)
        startInfo();
    else if (m_mode == Mode::Stream)
        requestWindow();
    else if (m_mode == Mode::Search)
        requestSearchPage();
}

void MessageTableModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, int(Requests::Limits::Messages));
}

void MessageTableModel::setInitialWindowMs(qint64 ms)
{
    m_initialWindow = qBound<qint64>(1, ms, MaxWindowMs);
}

void MessageTableModel::reset(Mode mode, const QString &streamId, const QString &query)
{
    ++m_generation; // answers still on their way belong to the old content
    m_inFlight = false;
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->cancel();
    }
    beginResetModel();
    m_mode = mode;
    m_streamId = streamId;
    m_query = query;
    m_chunks.clear();
    m_count = 0;
    m_names.clear();
    m_rowByKey.clear();
    m_textCache.clear();
    m_window = m_initialWindow;
    m_until = 0;
    m_floor = 0;
    m_windowSkip = 0;
    m_searchSkip = 0;
    m_started = false;
    m_atBeginning = false;
    m_failed = false;
    endResetModel();
    setLoading(false);
}

void MessageTableModel::start()
{
    if (!m_client || m_mode == Mode::None)
        return;
    if (m_mode == Mode::Search) {
        if (m_query.isEmpty()) {
            m_atBeginning = true;
            return;
        }
        m_started = true;
        requestSearchPage();
        return;
    }
    startInfo();
}

void MessageTableModel::startInfo()
{
    // The stream info gives the date of the newest message (the first window ends there, not
    // "now", which may be years later); a room's info gives its creation date (where to stop).
    const quint64 generation = m_generation;
    setLoading(true);
    m_inFlight = true;
    ApiJob *job = m_client->send(Requests::streamInfo(m_streamId));
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, generation](ApiJob *job) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
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
        m_until = last.value_or(now);
        auto begin = [this, generation] {
            if (generation != m_generation)
                return;
            m_started = true;
            m_inFlight = false;
            requestWindow();
        };
        if (type != "ROOM"_L1) {
            begin();
            return;
        }
        ApiJob *roomJob = m_client->send(Requests::roomInfo(m_streamId));
        m_job = roomJob;
        connect(roomJob, &ApiJob::finished, this, [this, generation, begin](ApiJob *job) {
            if (generation != m_generation)
                return;
            m_job = nullptr;
            if (job->isSuccess()) {
                const auto room = Parse::roomDetail(job->response().body);
                if (room.ok() && room.value.roomSystemInfo.creationDate > 0
                    && room.value.roomSystemInfo.creationDate <= m_until)
                    m_floor = room.value.roomSystemInfo.creationDate;
            }
            begin();
        });
    });
}

void MessageTableModel::requestWindow()
{
    if (!m_client || m_atBeginning || m_failed || m_inFlight)
        return;
    if (m_until < m_floor) {
        m_atBeginning = true;
        setLoading(false);
        Q_EMIT atBeginning();
        return;
    }
    const qint64 since = qMax(m_floor, m_until - m_window + 1);
    send(Requests::messages(m_streamId, since, m_until, m_windowSkip, m_pageSize), true, since, m_until);
}

void MessageTableModel::requestSearchPage()
{
    if (!m_client || m_atBeginning || m_failed || m_inFlight)
        return;
    send(Requests::messageSearch(m_query, m_searchSkip, m_pageSize), false, 0, 0);
}

void MessageTableModel::send(const ApiRequest &request, bool history, qint64 since, qint64 until)
{
    const quint64 generation = m_generation;
    setLoading(true);
    m_inFlight = true; // until the page is parsed and applied
    ApiJob *job = m_client->send(request);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, generation, history, since, until](ApiJob *job) {
        if (generation != m_generation)
            return;
        if (!job->isSuccess()) {
            m_job = nullptr;
            fail(job->error());
            return;
        }
        m_job = nullptr;
        const QByteArray body = job->response().body;
        // A watcher, not QFuture::then(this, ...): in Qt 6.4 a continuation whose context object is gone
        // when the parse ends asserts (or crashes); a watcher goes with the model.
        auto *watcher = new QFutureWatcher<Page>(this);
        connect(
            watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, history, since, until] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                onPage(generation, history, since, until, watcher->future().takeResult());
            });
        watcher->setFuture(QtConcurrent::run(parsePage, body));
    });
}

void MessageTableModel::fail(const ApiError &error)
{
    m_inFlight = false;
    m_failed = true;
    setLoading(false);
    if (!error.isCancelled())
        Q_EMIT errorOccurred(error);
}

void MessageTableModel::onPage(quint64 generation, bool history, qint64 since, qint64 until, Page page)
{
    Q_UNUSED(generation)
    m_inFlight = false;
    if (!page.error.isEmpty()) {
        fail(ApiError::badResponse(
            history ? tr("reading the stream's messages") : tr("searching messages"), page.error));
        return;
    }
    const int received = page.received;
    const bool full = received >= m_pageSize;
    // Every state change comes before the rows go in: a view (or a model tester) may call
    // fetchMore() from inside endInsertRows().
    if (!history) {
        m_searchSkip += received;
        m_atBeginning = !full;
    } else if (full && since < until) {
        // The page is the oldest part of the window; the part next to `until` is what the view
        // needs. Ask again for the newer half.
        m_window = qMax<qint64>(1, (until - since + 1) / 2);
        requestWindow();
        return;
    } else if (full) {
        // A single millisecond with more messages than a page: go on with skip.
        m_windowSkip += received;
    } else {
        m_windowSkip = 0;
        m_until = since - 1;
        if (received < m_pageSize / 4)
            m_window = qMin(MaxWindowMs, m_window * 2);
        m_atBeginning = since <= m_floor;
    }

    for (const auto &[id, name] : std::as_const(page.names))
        if (!m_names.contains(id))
            m_names.insert(id, name);
    if (history) {
        // The window comes oldest first; the table is newest first.
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.keys.begin(), page.keys.end());
    }
    const int inserted = int(page.rows.size());
    append(std::move(page.rows), page.keys);

    if (history && inserted == 0 && !m_atBeginning) {
        // Nothing for the view to show yet, so it will not ask again: go on by ourselves.
        requestWindow();
        return;
    }
    setLoading(m_inFlight);
    Q_EMIT pageLoaded(inserted);
    if (m_atBeginning)
        Q_EMIT atBeginning();
}

void MessageTableModel::append(std::vector<MessageRow> &&rows, const std::vector<quint64> &keys)
{
    if (rows.empty())
        return;
    const int first = m_count;
    const int n = int(rows.size());
    beginInsertRows({}, first, first + n - 1);
    for (int i = 0; i < n; ++i) {
        MessageRow &row = rows[size_t(i)];
        const int index = m_count;
        const auto it = m_rowByKey.constFind(keys[size_t(i)]);
        if (it != m_rowByKey.cend())
            row.flags |= Duplicate;
        else
            m_rowByKey.insert(keys[size_t(i)], index);
        const size_t chunk = size_t(index >> MessageRowsSnapshot::ChunkBits);
        if (chunk == m_chunks.size()) {
            auto c = std::make_shared<MessageRowsSnapshot::Chunk>();
            c->rows.reserve(MessageRowsSnapshot::ChunkSize);
            m_chunks.push_back(std::move(c));
        }
        m_chunks[chunk]->rows.push_back(std::move(row));
        ++m_count;
    }
    endInsertRows();
}

void MessageTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MessageRow &MessageTableModel::row(int row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    return m_chunks[size_t(row >> MessageRowsSnapshot::ChunkBits)]
        ->rows[size_t(row & (MessageRowsSnapshot::ChunkSize - 1))];
}

Message MessageTableModel::message(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    return Parse::messageFromJson(QJsonDocument::fromJson(this->row(row).json).object());
}

QString MessageTableModel::messageId(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    return QJsonDocument::fromJson(this->row(row).json).object().value("messageId"_L1).toString();
}

QString MessageTableModel::plainTextOf(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString pml = o.value("message"_L1).toString();
    if (pml.isEmpty() && o.contains("diagnostic"_L1))
        return u'[' + o.value("diagnostic"_L1).toString() + u']';
    return PresentationMl::toPlainText(pml, o.value("data"_L1).toString());
}

QString MessageTableModel::plainText(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    if (const QString *cached = m_textCache.object(row))
        return *cached;
    const QString text = plainTextOf(this->row(row).json);
    m_textCache.insert(row, new QString(text));
    return text;
}

int MessageTableModel::rowOfMessage(const QString &messageId) const
{
    return m_rowByKey.value(keyHash(Ids::normalized(messageId)), -1);
}

MessageRowsSnapshot MessageTableModel::snapshot() const
{
    MessageRowsSnapshot s;
    s.m_chunks.assign(m_chunks.cbegin(), m_chunks.cend());
    s.m_names = m_names;
    s.m_count = m_count;
    return s;
}

QString MessageTableModel::flagsText(int flags)
{
    QStringList parts;
    if (flags & Edited)
        parts << tr("edited");
    if (flags & ReplacedLater)
        parts << tr("replaced");
    if (flags & External)
        parts << tr("external");
    if (flags & Duplicate)
        parts << tr("duplicate");
    if (flags & Undecryptable)
        parts << tr("not decrypted");
    return parts.join(", "_L1);
}

QString MessageTableModel::flagsToolTip(int flags)
{
    QStringList lines;
    if (flags & Edited)
        lines << tr("Edited: this version replaces an earlier one.");
    if (flags & ReplacedLater)
        lines << tr("Replaced: a newer version of this message exists.");
    if (flags & External)
        lines << tr("External: the message has external recipients or the stream is cross-pod.");
    if (flags & Duplicate)
        lines << tr("Duplicate: a row above has the same message id (in either Base64 form).");
    if (flags & Undecryptable)
        lines << tr("Not decrypted: the agent sent a diagnostic instead of the text.");
    return lines.join(u'\n');
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRow &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.timestamp); // local time; the tooltip has UTC
        case SenderColumn: {
            const QString name = m_names.value(r.senderId);
            return name.isEmpty() ? QString::number(r.senderId) : name;
        }
        case TextColumn: {
            QString text = plainText(index.row());
            text.replace(u'\n', u' ');
            if (text.size() > DisplayTextChars)
                text = text.left(DisplayTextChars) + u'\u2026';
            return text;
        }
        case AttachmentsColumn:
            return r.attachments ? QVariant(int(r.attachments)) : QVariant();
        case FlagsColumn:
            return flagsText(r.flags);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return Times::toIso(r.timestamp);
        if (index.column() == TextColumn)
            return plainToolTip(plainText(index.row()).left(4000));
        if (index.column() == FlagsColumn)
            return plainToolTip(flagsToolTip(r.flags));
        return {};
    case MessageIdRole:
        return messageId(index.row());
    case TimestampRole:
        return r.timestamp;
    case SenderIdRole:
        return r.senderId;
    case SenderNameRole:
        return m_names.value(r.senderId);
    case AttachmentCountRole:
        return int(r.attachments);
    case FlagsRole:
        return int(r.flags);
    case PlainTextRole:
        return plainText(index.row());
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return r.timestamp;
        case SenderColumn:
            return m_names.value(r.senderId);
        case TextColumn:
            return plainText(index.row());
        case AttachmentsColumn:
            return int(r.attachments);
        case FlagsColumn:
            return int(r.flags);
        }
        return {};
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SenderColumn:
        return tr("Sender");
    case TextColumn:
        return tr("Text");
    case AttachmentsColumn:
        return tr("Attachments");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

bool MessageTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_mode != Mode::None && m_started && !m_atBeginning && !m_failed
        && !m_inFlight;
}

void MessageTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_mode == Mode::Stream)
        requestWindow();
    else
        requestSearchPage();
}

} // namespace Inspector
