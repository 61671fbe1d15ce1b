// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

#include "archive/analysis.h"
#include "itemmodels/flattablemodel.h"

namespace Inspector {

/**
 * @brief A "busiest" table of an archive (Analysis::busiestStreams / busiestSenders): name, id and
 * stored messages, most first. Passive: setRows() gives it what was read off the GUI thread.
 * Names come from the server and are shown as they are (tooltips through plainToolTip()).
 * ModelRole::RawValue gives the count as qint64; ModelRole::StreamId the stream's URL-safe id
 * (streams) and ModelRole::SenderId the user id (senders). GUI thread.
 */
class BusiestModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusiestModel)

public:
    enum class Kind
    {
        Streams,
        Senders
    };
    enum Column
    {
        NameColumn,
        IdColumn,
        MessagesColumn,
        ColumnCount
    };

    explicit BusiestModel(Kind kind, QObject *parent = nullptr);
    ~BusiestModel() override;

    Kind kind() const { return m_kind; }
    void setRows(const QList<Archive::BusiestRow> &rows);
    const QList<Archive::BusiestRow> &rows() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rowTotal() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

private:
    Kind m_kind;
    QList<Archive::BusiestRow> m_rows;
};

} // namespace Inspector
