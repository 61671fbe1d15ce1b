// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/syncprogressmodel.h"

#include <QLocale>

#include "itemmodels/plaintooltip.h"

namespace Inspector {

using State = Archive::SyncStreamState::State;

SyncProgressModel::SyncProgressModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Hidden, parent)
{ }

QStringList SyncProgressModel::columnTitles() const
{
    return {tr("Stream"), tr("State"), tr("Messages"), tr("Rate")};
}

void SyncProgressModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_totals = {};
    endResetModel();
}

void SyncProgressModel::apply(const Archive::SyncStatus &status)
{
    m_totals = status.totals;
    QList<Archive::SyncStreamState> added;
    for (const Archive::SyncStreamState &s : status.streams) {
        if (s.streamId.isEmpty())
            continue;
        if (const auto at = m_rowOf.constFind(s.streamId); at != m_rowOf.cend()) {
            m_rows[*at] = s;
            Q_EMIT dataChanged(index(*at, 0), index(*at, ColumnCount - 1));
        } else if (const auto a = std::find_if(added.begin(), added.end(),
                       [&s](const Archive::SyncStreamState &x) { return x.streamId == s.streamId; });
                   a != added.end()) {
            *a = s;
        } else {
            added.append(s);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Archive::SyncStreamState &s : std::as_const(added)) {
            m_rowOf.insert(s.streamId, int(m_rows.size()));
            m_rows.append(s);
        }
        endInsertRows();
    }
    // The rate of a running stream moves with the clock.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == State::Running)
            Q_EMIT dataChanged(index(row, RateColumn), index(row, RateColumn));
    }
}

void SyncProgressModel::finish()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == State::Running) {
            m_rows[row].state = State::Waiting;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

double SyncProgressModel::rate(int row) const
{
    const Archive::SyncStreamState &s = m_rows.at(row);
    if (s.state == State::Waiting && s.messages == 0)
        return 0;
    const qint64 end = s.endedMs > 0 ? s.endedMs : m_totals.elapsedMs;
    const qint64 ms = std::max<qint64>(end - s.startedMs, 1);
    return s.messages * 1000.0 / double(ms);
}

QString SyncProgressModel::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("waiting");
    case State::Running:
        return tr("running");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

QVariant SyncProgressModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Archive::SyncStreamState &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StreamColumn:
            // A conversation has no name: its type and id.
            if (!s.name.isEmpty())
                return s.name;
            return s.type.isEmpty() ? s.streamId : tr("%1 %2").arg(s.type, s.streamId);
        case StateColumn:
            return stateText(s.state);
        case MessagesColumn:
            return QLocale().toString(s.messages);
        case RateColumn:
            if (s.state == State::Waiting && s.messages == 0)
                return QString();
            return tr("%1/s").arg(QLocale().toString(qRound64(rate(index.row()))));
        }
        break;
    case Qt::ToolTipRole: {
        QString text = s.name.isEmpty() ? s.streamId : s.name + u'\n' + s.streamId;
        if (!s.failure.isEmpty())
            text += u'\n' + s.failure;
        return plainToolTip(text);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn || index.column() == RateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

} // namespace Inspector
