// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>

#include "archive/syncrunner.h"
#include "itemmodels/flattablemodel.h"

namespace Inspector {

/**
 * @brief The streams of a running archive sync, one row each in the order they were listed: name,
 * state (waiting, running, done, failed), messages read and the rate. A passive store fed with the
 * SyncRunner's progress batches (apply()); the totals of the last batch are kept for the ETA.
 * GUI thread only.
 */
class SyncProgressModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressModel)

public:
    enum Column
    {
        StreamColumn,
        StateColumn,
        MessagesColumn,
        RateColumn,
        ColumnCount
    };

    explicit SyncProgressModel(QObject *parent = nullptr);

    /// Forgets every stream (a new sync).
    void clear();
    /// Updates the streams of @p status (new ones are appended) and the totals.
    void apply(const Inspector::Archive::SyncStatus &status);
    /// The sync ended: a stream still running is waiting again (the next sync carries it on).
    void finish();

    const Archive::SyncProgress &totals() const { return m_totals; }
    const Archive::SyncStreamState &stream(int row) const { return m_rows.at(row); }
    /// Messages per second of the stream in @p row (0 before it started).
    double rate(int row) const;
    static QString stateText(Archive::SyncStreamState::State state);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rowTotal() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

private:
    QList<Archive::SyncStreamState> m_rows;
    QHash<QString, int> m_rowOf;
    Archive::SyncProgress m_totals;
};

} // namespace Inspector
