// SPDX-License-Identifier: Apache-2.0
#include "archive/archivemessagemodel.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <limits>

#include "archive/readthread.h"
#include "archive/schema.h"
#include "archive/store.h"
#include "data/ids.h"
#include "data/times.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/plaintooltip.h"
#include "services/servicecall.h"

using namespace Qt::StringLiterals;

namespace Inspector {

using Archive::Dialect;
using Archive::Store;

namespace {

/// The WHERE clause of a query (table `message` aliased m) and its values, in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

Condition conditionOf(const ArchiveMessageModel::Query &q, const Dialect &dialect)
{
    Condition c {u"m.stream_id = ?"_s, {q.streamId}};
    if (q.from) {
        c.sql += " AND m.ts >= ?"_L1;
        c.values.append(*q.from);
    }
    if (q.to) {
        c.sql += " AND m.ts <= ?"_L1;
        c.values.append(*q.to);
    }
    if (!q.search.isEmpty()) {
        const QStringList terms = Archive::Schema::searchTerms(q.search);
        if (terms.isEmpty()) {
            c.sql += " AND 1 = 0"_L1; // nothing searchable: nothing matches
        } else {
            // Any version of the text, as `archive search`. Few hits: from the index to the revisions
            // it names (the cost follows the hits). Many: the time index walked in order, each row
            // checked, so that a page stops after its rows instead of reading every hit.
            if (q.denseSearch) {
                c.sql += u" AND EXISTS (SELECT 1 FROM message_revision h WHERE h.stream_id = m.stream_id "
                         "AND h.message_id = m.message_id AND %1)"_s.arg(dialect.searchCondition(u"h"_s));
            } else {
                c.sql += u" AND (m.stream_id, m.message_id) IN (SELECT h.stream_id, h.message_id FROM "
                         "message_revision h WHERE h.stream_id = ? AND %1)"_s.arg(
                             dialect.searchCondition(u"h"_s));
                c.values.append(q.streamId);
            }
            c.values.append(dialect.searchArgument(terms));
        }
    }
    return c;
}

QString orderOf(const ArchiveMessageModel::Query &q)
{
    return q.newestFirst ? u"m.ts DESC, m.seq DESC"_s : u"m.ts, m.seq"_s;
}

/// Rows at @p key and after it in the query's order (inclusive).
void addFrom(Condition &c, const ArchiveMessageModel::Query &q, const ArchiveMessageModel::Key &key)
{
    c.sql += q.newestFirst ? " AND m.ts <= ? AND (m.ts < ? OR m.seq <= ?)"_L1
                           : " AND m.ts >= ? AND (m.ts > ? OR m.seq >= ?)"_L1;
    c.values << key.timestamp << key.timestamp << key.seq;
}

/// Rows before @p key in the query's order.
void addBefore(Condition &c, const ArchiveMessageModel::Query &q, const ArchiveMessageModel::Key &key)
{
    c.sql += q.newestFirst ? " AND m.ts >= ? AND (m.ts > ? OR m.seq > ?)"_L1
                           : " AND m.ts <= ? AND (m.ts < ? OR m.seq < ?)"_L1;
    c.values << key.timestamp << key.timestamp << key.seq;
}

Result<qint64> countOf(Store &store, const Condition &c)
{
    Result<QVariant> n = store.scalar(u"SELECT COUNT(*) FROM message m WHERE %1"_s.arg(c.sql), c.values);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

/// At most PageRows rows from @p start (inclusive; nullopt: the first page).
Result<std::vector<ArchiveMessageModel::Row>> readPage(Store &store, const ArchiveMessageModel::Query &q,
    std::optional<ArchiveMessageModel::Key> start, const std::atomic_bool &cancelled)
{
    Condition c = conditionOf(q, Dialect {store.isPostgres()});
    if (start)
        addFrom(c, q, *start);
    c.values.append(ArchiveMessageModel::PageRows);
    Result<QSqlQuery *> run = store.run(u"SELECT m.message_id, m.ts, m.seq, m.sender_id, m.sender, m.line, "
                                        "m.flags, m.attachments, m.rev FROM message m WHERE %1 "
                                        "ORDER BY %2 LIMIT ?"_s.arg(c.sql, orderOf(q)),
        c.values);
    if (!run)
        return run.error();
    QSqlQuery *sql = run.value();
    std::vector<ArchiveMessageModel::Row> rows;
    rows.reserve(ArchiveMessageModel::PageRows);
    while (!cancelled && sql->next()) {
        ArchiveMessageModel::Row r;
        r.messageId = sql->value(0).toString();
        r.timestamp = sql->value(1).toLongLong();
        r.seq = sql->value(2).toLongLong();
        r.senderId = sql->value(3).toLongLong();
        r.sender = sql->value(4).toString();
        r.line = sql->value(5).toString();
        r.rev = sql->value(8).toInt();
        r.flags = (sql->value(6).toInt() & ~MessageRow::Revised) | (r.rev > 1 ? MessageRow::Revised : 0);
        r.attachments = sql->value(7).toInt();
        rows.push_back(std::move(r));
    }
    sql->finish();
    return rows;
}

/// The key of every PageRows-th row in the query's order, from the first: the start of each page.
Result<std::vector<ArchiveMessageModel::Key>> readIndex(
    Store &store, const ArchiveMessageModel::Query &q, const std::atomic_bool &cancelled)
{
    Condition c = conditionOf(q, Dialect {store.isPostgres()});
    c.values.append(ArchiveMessageModel::PageRows);
    // The numbering runs inside the database over the index (stream_id, ts, seq): only one row
    // in PageRows comes out.
    Result<QSqlQuery *> run = store.run(
        u"SELECT k.ts, k.seq FROM (SELECT m.ts AS ts, m.seq AS seq, ROW_NUMBER() OVER (ORDER BY %2) AS n "
        "FROM message m WHERE %1) k WHERE (k.n - 1) % ? = 0 ORDER BY k.n"_s.arg(c.sql, orderOf(q)),
        c.values);
    if (!run)
        return run.error();
    QSqlQuery *sql = run.value();
    std::vector<ArchiveMessageModel::Key> keys;
    while (!cancelled && sql->next())
        keys.push_back({sql->value(0).toLongLong(), sql->value(1).toLongLong()});
    sql->finish();
    return keys;
}

struct Counted
{
    int count = 0;
    std::vector<ArchiveMessageModel::Key> index;
};

} // namespace

QString ArchiveMessageModel::placeholder()
{
    return QString(QChar(0x2026));
}

ArchiveMessageModel::ArchiveMessageModel(Archive::ReadThread *reader, QObject *parent)
    : FlatTableModel(MessageTableModel::ColumnCount, RowNumbers::Shown, parent)
    , m_reader(reader)
    , m_pump(new QTimer(this))
{
    m_pump->setSingleShot(true);
    m_pump->setInterval(0);
    connect(m_pump, &QTimer::timeout, this, &ArchiveMessageModel::pump);
}

ArchiveMessageModel::~ArchiveMessageModel()
{
    // Deleting a call cancels it silently: nothing is delivered to this object after it is gone.
    cancelAll();
}

void ArchiveMessageModel::setStream(const QString &streamId)
{
    m_query.streamId = streamId.isEmpty() ? QString() : Ids::normalized(streamId);
    restart();
}

void ArchiveMessageModel::setTimeRange(std::optional<qint64> from, std::optional<qint64> to)
{
    if (m_query.from == from && m_query.to == to)
        return;
    m_query.from = from;
    m_query.to = to;
    restart();
}

void ArchiveMessageModel::setDays(const QDate &from, const QDate &to)
{
    setTimeRange(from.isValid() ? std::optional<qint64>(from.startOfDay().toMSecsSinceEpoch()) : std::nullopt,
        to.isValid() ? std::optional<qint64>(to.addDays(1).startOfDay().toMSecsSinceEpoch() - 1)
                     : std::nullopt);
}

void ArchiveMessageModel::setSearch(const QString &query)
{
    const QString q = query.trimmed();
    if (m_query.search == q)
        return;
    m_query.search = q;
    restart();
}

void ArchiveMessageModel::sort(int column, Qt::SortOrder order)
{
    if (column != -1 && column != MessageTableModel::TimeColumn)
        return; // only the time has an index that keeps a keyset page cheap
    const bool newestFirst = column == -1 || order == Qt::DescendingOrder;
    if (m_query.newestFirst == newestFirst)
        return;
    m_query.newestFirst = newestFirst;
    restart();
}

void ArchiveMessageModel::cancelAll()
{
    for (auto it = m_inflight.cbegin(); it != m_inflight.cend(); ++it)
        delete it.value().data();
    m_pagesCancelled += int(m_inflight.size());
    m_inflight.clear();
    delete m_countCall.data();
    delete m_indexCall.data();
    for (const QPointer<ServiceCall> &call : std::as_const(m_locates))
        delete call.data();
    m_locates.clear();
    m_wanted.clear();
}

void ArchiveMessageModel::restart()
{
    ++m_generation;
    cancelAll();
    beginResetModel();
    m_count = 0;
    m_pages.clear();
    m_index.clear();
    m_indexReady = false;
    m_focusPage = 0;
    endResetModel();
    if (m_query.streamId.isEmpty() || !m_reader) {
        setLoading(false);
        return;
    }
    setLoading(true);
    Query query = m_query; // the search's form is chosen on the archive's thread
    const int generation = m_generation;
    auto pagesRead = m_pagesRead;
    m_countCall = m_reader->run<Opened>(
        [query, pagesRead](Store &store, const std::atomic_bool &cancelled) mutable -> Result<Opened> {
            Opened opened;
            const Dialect dialect {store.isPostgres()};
            query.denseSearch = false;
            Result<qint64> n = countOf(store, conditionOf(query, dialect));
            if (!n)
                return n.error();
            opened.count = int(std::min<qint64>(n.value(), std::numeric_limits<int>::max()));
            if (opened.count == 0 || cancelled)
                return opened;
            if (!query.search.isEmpty()) {
                Query all = query;
                all.search.clear();
                Result<qint64> total = countOf(store, conditionOf(all, dialect));
                if (!total)
                    return total.error();
                opened.dense = query.denseSearch = n.value() * 100 >= total.value();
            }
            Result<std::vector<Row>> first = readPage(store, query, std::nullopt, cancelled);
            if (!first)
                return first.error();
            ++*pagesRead;
            opened.firstPage = std::move(first.value());
            return opened;
        },
        [this, generation](Opened &opened) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_count = opened.count;
            m_query.denseSearch = opened.dense;
            endResetModel();
            if (!opened.firstPage.empty())
                store(0, std::move(opened.firstPage));
            setLoading(false);
            Q_EMIT countReady(m_count);
            requestIndex();
        });
    connect(m_countCall, &ServiceCall::finished, this, [this, generation](const ApiError &error) {
        if (generation == m_generation && error.isError())
            failed(error);
    });
}

void ArchiveMessageModel::requestIndex()
{
    if (m_count <= PageRows || !m_reader) {
        // One page: its key is all the index there is.
        m_index.clear();
        m_indexReady = true;
        Q_EMIT indexReady();
        schedulePump();
        return;
    }
    const Query query = m_query;
    const int generation = m_generation;
    m_indexCall = m_reader->run<std::vector<Key>>(
        [query](
            Store &store, const std::atomic_bool &cancelled) { return readIndex(store, query, cancelled); },
        [this, generation](std::vector<Key> &keys) {
            if (generation != m_generation)
                return;
            m_index = std::move(keys);
            m_indexReady = true;
            Q_EMIT indexReady();
            schedulePump();
        });
    connect(m_indexCall, &ServiceCall::finished, this, [this, generation](const ApiError &error) {
        if (generation == m_generation && error.isError())
            failed(error);
    });
}

void ArchiveMessageModel::refresh()
{
    if (m_query.streamId.isEmpty() || !m_reader)
        return;
    if (m_loading) {
        restart(); // the count was not in yet: ask again
        return;
    }
    ++m_generation;
    cancelAll();
    const Query query = m_query;
    const int generation = m_generation;
    // Count and index in one piece of work: rows and keys from the same moment of the archive
    // (a sync commits a page at a time, between two pieces of work at worst).
    m_countCall = m_reader->run<Counted>(
        [query](Store &store, const std::atomic_bool &cancelled) -> Result<Counted> {
            Counted counted;
            Result<qint64> n = countOf(store, conditionOf(query, Dialect {store.isPostgres()}));
            if (!n)
                return n.error();
            counted.count = int(std::min<qint64>(n.value(), std::numeric_limits<int>::max()));
            Result<std::vector<Key>> keys = readIndex(store, query, cancelled);
            if (!keys)
                return keys.error();
            counted.index = std::move(keys.value());
            return counted;
        },
        [this, generation](Counted &counted) {
            if (generation != m_generation)
                return;
            m_pages.clear();
            m_wanted.clear();
            const int before = m_count;
            // New messages are the newest (a sync reads forward): they come in at the newest end.
            if (counted.count > before) {
                const int first = m_query.newestFirst ? 0 : before;
                beginInsertRows({}, first, first + counted.count - before - 1);
                m_count = counted.count;
                endInsertRows();
            } else if (counted.count < before) {
                beginRemoveRows({}, counted.count, before - 1);
                m_count = counted.count;
                endRemoveRows();
            }
            m_index = std::move(counted.index);
            m_indexReady = true;
            if (m_count > 0)
                Q_EMIT dataChanged(index(0, 0), index(m_count - 1, MessageTableModel::ColumnCount - 1));
            Q_EMIT countReady(m_count);
            Q_EMIT indexReady();
        });
    connect(m_countCall, &ServiceCall::finished, this, [this, generation](const ApiError &error) {
        if (generation == m_generation && error.isError())
            failed(error);
    });
}

void ArchiveMessageModel::locate(const QString &messageId)
{
    if (!m_reader)
        return;
    const Query query = m_query;
    const QString id = Ids::normalized(messageId);
    const int generation = m_generation;
    ServiceCall *call = m_reader->run<qint64>(
        [query, id](Store &store, const std::atomic_bool &) -> Result<qint64> {
            const Condition where = conditionOf(query, Dialect {store.isPostgres()});
            Condition one = where;
            one.sql += " AND m.message_id = ?"_L1;
            one.values.append(id);
            Result<QSqlQuery *> run
                = store.run(u"SELECT m.ts, m.seq FROM message m WHERE %1"_s.arg(one.sql), one.values);
            if (!run)
                return run.error();
            if (!run.value()->next()) {
                run.value()->finish();
                return qint64(-1);
            }
            const Key key {run.value()->value(0).toLongLong(), run.value()->value(1).toLongLong()};
            run.value()->finish();
            Condition before = where;
            addBefore(before, query, key);
            return countOf(store, before);
        },
        [this, generation, messageId](qint64 &row) {
            Q_EMIT located(messageId, generation == m_generation && row < m_count ? int(row) : -1);
        });
    m_locates.removeAll(nullptr);
    m_locates.append(call);
    connect(call, &ServiceCall::finished, this, [this](const ApiError &error) {
        if (error.isError() && !error.isCancelled())
            Q_EMIT errorOccurred(error);
    });
}

void ArchiveMessageModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ArchiveMessageModel::failed(const ApiError &error)
{
    setLoading(false);
    if (!error.isCancelled())
        Q_EMIT errorOccurred(error);
}

const ArchiveMessageModel::Row *ArchiveMessageModel::heldRow(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    auto it = m_pages.constFind(row / PageRows);
    if (it == m_pages.cend())
        return nullptr;
    const size_t i = size_t(row % PageRows);
    return i < it->rows.size() ? &it->rows[i] : nullptr;
}

QString ArchiveMessageModel::messageId(int row) const
{
    const Row *r = heldRow(row);
    return r ? r->messageId : QString();
}

void ArchiveMessageModel::setCacheLimit(int pages)
{
    m_cacheLimit = std::max(pages, MaxInFlight + 1);
}

int ArchiveMessageModel::heldRows() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += int(p.rows.size());
    return n;
}

void ArchiveMessageModel::touch(int row, bool missing) const
{
    const int page = row / PageRows;
    m_focusPage = page;
    if (!missing)
        return;
    if (m_inflight.contains(page))
        return;
    auto it = std::find(m_wanted.begin(), m_wanted.end(), page);
    if (it != m_wanted.end())
        m_wanted.erase(it);
    m_wanted.push_back(page);
    schedulePump();
}

void ArchiveMessageModel::schedulePump() const
{
    if (!m_pump->isActive())
        m_pump->start();
}

void ArchiveMessageModel::pump()
{
    if (m_loading || m_count == 0)
        return;
    auto stale = [this](int page) { return std::abs(page - m_focusPage) > StalePages; };
    // Requests for pages the view has left are cancelled; work not started never runs.
    QList<int> leaving;
    for (auto it = m_inflight.cbegin(); it != m_inflight.cend(); ++it)
        if (stale(it.key()) || !it.value())
            leaving.append(it.key());
    for (int page : std::as_const(leaving))
        cancelPage(page);
    m_wanted.erase(std::remove_if(m_wanted.begin(), m_wanted.end(), stale), m_wanted.end());
    if (!m_indexReady) {
        // Until the index is in, only the first pages can be read (from the top).
        if (!m_wanted.empty() && m_wanted.back() == 0 && !m_inflight.contains(0)) {
            m_wanted.pop_back();
            startPage(0);
        }
        return;
    }
    // The nearest to the row last shown first.
    std::stable_sort(m_wanted.begin(), m_wanted.end(),
        [this](int a, int b) { return std::abs(a - m_focusPage) > std::abs(b - m_focusPage); });
    while (!m_wanted.empty() && m_inflight.size() < MaxInFlight) {
        const int page = m_wanted.back();
        m_wanted.pop_back();
        if (!m_pages.contains(page) && !m_inflight.contains(page))
            startPage(page);
    }
}

void ArchiveMessageModel::startPage(int page)
{
    if (!m_reader)
        return;
    std::optional<Key> start;
    if (page > 0) {
        if (size_t(page) >= m_index.size())
            return; // past the rows the index knows (the archive changed): refresh() reads it again
        start = m_index[size_t(page)];
    }
    const Query query = m_query;
    const int generation = m_generation;
    auto pagesRead = m_pagesRead;
    ServiceCall *call = m_reader->run<std::vector<Row>>(
        [query, start, pagesRead](Store &store, const std::atomic_bool &cancelled) {
            ++*pagesRead;
            return readPage(store, query, start, cancelled);
        },
        [this, generation, page](std::vector<Row> &rows) {
            if (generation != m_generation)
                return;
            m_inflight.remove(page);
            store(page, std::move(rows));
            schedulePump();
        });
    m_inflight.insert(page, call);
    connect(call, &ServiceCall::finished, this, [this, generation, page](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_inflight.remove(page);
        if (error.isError())
            failed(error); // not asked again by itself: refresh() does
        else
            schedulePump();
    });
}

void ArchiveMessageModel::cancelPage(int page)
{
    ServiceCall *call = m_inflight.take(page).data();
    delete call; // silently: no finished()
    ++m_pagesCancelled;
}

void ArchiveMessageModel::store(int page, std::vector<Row> rows)
{
    const int n = int(rows.size());
    m_pages.insert(page, Page {std::move(rows), ++m_tick});
    while (m_pages.size() > m_cacheLimit) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it.key() != page && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        if (oldest == m_pages.end())
            break;
        m_pages.erase(oldest);
    }
    const int first = page * PageRows;
    const int last = std::min(first + PageRows, m_count) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, MessageTableModel::ColumnCount - 1));
    Q_EMIT pageLoaded(first, n);
}

QVariant ArchiveMessageModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const int rowNumber = index.row();
    const Row *r = nullptr;
    auto it = m_pages.find(rowNumber / PageRows);
    if (it != m_pages.end()) {
        it->lastUse = ++m_tick;
        const size_t i = size_t(rowNumber % PageRows);
        if (i < it->rows.size())
            r = &it->rows[i];
    }
    touch(rowNumber, it == m_pages.end());
    if (!r)
        return role == Qt::DisplayRole && index.column() == MessageTableModel::TextColumn ? placeholder()
                                                                                          : QVariant();
    const int shown = r->flags & MessageTableModel::ShownFlags;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageTableModel::TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r->timestamp); // local time; the tooltip has UTC
        case MessageTableModel::SenderColumn:
            return r->sender.isEmpty() ? QString::number(r->senderId) : r->sender;
        case MessageTableModel::TextColumn:
            return r->line;
        case MessageTableModel::AttachmentsColumn:
            return r->attachments ? QVariant(r->attachments) : QVariant();
        case MessageTableModel::FlagsColumn:
            return MessageTableModel::flagsText(shown);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageTableModel::TimeColumn)
            return Times::toIso(r->timestamp);
        if (index.column() == MessageTableModel::TextColumn)
            return plainToolTip(r->line);
        if (index.column() == MessageTableModel::FlagsColumn)
            return plainToolTip(MessageTableModel::flagsToolTip(shown));
        return {};
    case ModelRole::MessageId:
        return r->messageId;
    case ModelRole::Timestamp:
        return r->timestamp;
    case ModelRole::SenderId:
        return r->senderId;
    case ModelRole::SenderName:
        return r->sender;
    case ModelRole::AttachmentCount:
        return r->attachments;
    case ModelRole::Flags:
        return shown;
    case ModelRole::PlainText:
        return r->line;
    case ModelRole::RawValue:
        switch (index.column()) {
        case MessageTableModel::TimeColumn:
            return r->timestamp;
        case MessageTableModel::SenderColumn:
            return r->sender;
        case MessageTableModel::TextColumn:
            return r->line;
        case MessageTableModel::AttachmentsColumn:
            return r->attachments;
        case MessageTableModel::FlagsColumn:
            return shown;
        }
        return {};
    }
    return {};
}

QStringList ArchiveMessageModel::columnTitles() const
{
    return {tr("Time"), tr("Sender"), tr("Text"), tr("Attachments"), tr("Flags")};
}

} // namespace Inspector
