// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/message.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"

namespace Inspector {

/**
 * @brief The files of one message (its `attachments`, V4AttachmentInfo): one row per file, then
 * one row per thumbnail, each with the file id a download (MessageDetails::downloadAttachment())
 * needs. Built from the Message value alone, no request. Lives on the GUI thread.
 */
class AttachmentsModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        SizeColumn,
        FileIdColumn,
        ColumnCount
    };

    explicit AttachmentsModel(QObject *parent = nullptr);

    void setMessage(const Message &message);
    void clear();

    QString streamId() const { return m_streamId; }
    QString messageId() const { return m_messageId; }
    int fileCount() const { return m_fileCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "12 345 bytes (12.1 KiB)"-style text, locale-independent digits.
    static QString sizeText(qint64 bytes);

private:
    struct Row
    {
        QString name;
        QString fileName;
        QString fileId;
        qint64 size = -1;
        QString dimension; ///< thumbnails only
        QStringList problems;
    };
    QList<Row> m_rows;
    QString m_streamId;
    QString m_messageId;
    int m_fileCount = 0;

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

} // namespace Inspector
