// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/messagetablemodel.h"

#include <QDateTime>

#include "data/ids.h"
#include "data/times.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

constexpr int TextCacheRows = 2000;

} // namespace

MessageTableModel::MessageTableModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Shown, parent)
{
    m_textCache.setMaxCost(TextCacheRows);
}

MessageTableModel::~MessageTableModel() = default;

void MessageTableModel::reset(Mode mode, const QString &streamId, const QString &query)
{
    beginResetModel();
    m_mode = mode;
    m_streamId = streamId;
    m_query = query;
    m_chunks.clear();
    m_count = 0;
    m_names.clear();
    m_rowByKey.clear();
    m_textCache.clear();
    m_canLoadMore = false;
    m_atBeginning = false;
    m_failed = false;
    endResetModel();
    setLoading(false);
}

void MessageTableModel::fail(const ApiError &error)
{
    m_failed = true;
    setLoading(false);
    if (!error.isCancelled())
        Q_EMIT errorOccurred(error);
}

void MessageTableModel::appendBatch(MessageBatch batch, bool atEnd)
{
    // Every state change comes before the rows go in: a view (or a model tester) may call
    // fetchMore() from inside endInsertRows().
    m_atBeginning = atEnd;
    setLoading(false);
    for (const auto &[id, name] : std::as_const(batch.names))
        if (!m_names.contains(id))
            m_names.insert(id, name);
    const int n = int(batch.rows.size());
    if (n > 0) {
        Q_ASSERT(batch.keys.size() == batch.rows.size());
        beginInsertRows({}, m_count, m_count + n - 1);
        for (int i = 0; i < n; ++i) {
            MessageRow &row = batch.rows[size_t(i)];
            const int index = m_count;
            const quint64 key = batch.keys[size_t(i)];
            if (m_rowByKey.contains(key))
                row.flags |= Duplicate;
            else
                m_rowByKey.insert(key, index);
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
    Q_EMIT pageLoaded(n);
    if (atEnd)
        Q_EMIT atBeginning();
}

void MessageTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int MessageTableModel::rowTotal() const
{
    return m_count;
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
    return this->row(row).message();
}

QString MessageTableModel::messageId(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    return this->row(row).id();
}

QString MessageTableModel::plainText(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const MessageRow &r = this->row(row);
    if (!(r.flags & MessageRow::TextCut))
        return r.line();
    if (const QString *cached = m_textCache.object(row))
        return *cached;
    const QString text = r.plainText();
    m_textCache.insert(row, new QString(text));
    return text;
}

int MessageTableModel::rowOfMessage(const QString &messageId) const
{
    return m_rowByKey.value(MessageRow::keyOf(Ids::normalized(messageId)), -1);
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
    if (flags & Revised)
        parts << tr("revised");
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
    if (flags & Revised)
        lines << tr("Revised: the archive holds more than one version of this message.");
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
    if (!isCell(index))
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
        case TextColumn:
            return r.line();
        case AttachmentsColumn:
            return r.attachments ? QVariant(int(r.attachments)) : QVariant();
        case FlagsColumn:
            return flagsText(r.flags & ShownFlags);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return Times::toIso(r.timestamp);
        if (index.column() == TextColumn)
            return plainToolTip(plainText(index.row()).left(4000));
        if (index.column() == FlagsColumn)
            return plainToolTip(flagsToolTip(r.flags & ShownFlags));
        return {};
    case ModelRole::MessageId:
        return messageId(index.row());
    case ModelRole::Timestamp:
        return r.timestamp;
    case ModelRole::SenderId:
        return r.senderId;
    case ModelRole::SenderName:
        return m_names.value(r.senderId);
    case ModelRole::AttachmentCount:
        return int(r.attachments);
    case ModelRole::Flags:
        return int(r.flags & ShownFlags);
    case ModelRole::PlainText:
        return plainText(index.row());
    case ModelRole::RawValue:
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
            return int(r.flags & ShownFlags);
        }
        return {};
    }
    return {};
}

QStringList MessageTableModel::columnTitles() const
{
    return {tr("Time"), tr("Sender"), tr("Text"), tr("Attachments"), tr("Flags")};
}

bool MessageTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_canLoadMore && m_mode != Mode::None && !m_atBeginning && !m_failed
        && !m_loading;
}

void MessageTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        Q_EMIT moreRequested();
}

} // namespace Inspector
