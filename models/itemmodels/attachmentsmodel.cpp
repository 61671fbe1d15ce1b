// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/attachmentsmodel.h"

#include "files/filenames.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

/// "report.pdf" + "-preview-600" -> "report-preview-600.pdf"
QString withSuffix(const QString &name, const QString &suffix)
{
    const int dot = int(name.lastIndexOf(u'.'));
    if (dot <= 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

QString groupedDigits(qint64 n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, u' ');
    return digits;
}

} // namespace

AttachmentsModel::AttachmentsModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Hidden, parent)
{ }

void AttachmentsModel::setMessage(const Message &message)
{
    beginResetModel();
    m_rows.clear();
    m_streamId = message.stream.streamId;
    m_messageId = message.messageId;
    m_fileCount = int(message.attachments.size());
    for (const AttachmentInfo &a : message.attachments) {
        // The name a download proposes is made safe once, by the rules the CLI uses too.
        const QString fileName = Files::safeFileName(a.name, a.id);
        m_rows.append({a.name, fileName, a.id, a.size, {}, a.problems});
        for (const ThumbnailInfo &t : a.images) {
            const QString suffix = t.dimension.isEmpty() ? u"-preview"_s : u"-preview-"_s + t.dimension;
            m_rows.append({a.name, Files::safeFileName(withSuffix(fileName, suffix), t.id), t.id, -1,
                t.dimension, t.problems});
        }
    }
    endResetModel();
}

void AttachmentsModel::clear()
{
    setMessage({});
}

QString AttachmentsModel::sizeText(qint64 bytes)
{
    if (bytes < 0)
        return {};
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    const double kib = double(bytes) / 1024.0;
    if (kib < 1024.0)
        return tr("%1 bytes (%2 KiB)").arg(groupedDigits(bytes)).arg(kib, 0, 'f', 1);
    return tr("%1 bytes (%2 MiB)").arg(groupedDigits(bytes)).arg(kib / 1024.0, 0, 'f', 1);
}

int AttachmentsModel::rowTotal() const
{
    return int(m_rows.size());
}

QVariant AttachmentsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool thumbnail = !row.dimension.isNull() || row.size < 0;
    switch (role) {
    case ModelRole::FileId:
        return row.fileId;
    case ModelRole::FileName:
        return row.fileName;
    case ModelRole::Size:
        return row.size;
    case ModelRole::IsThumbnail:
        return thumbnail;
    case Qt::ToolTipRole:
        return row.problems.isEmpty() ? QVariant() : QVariant(plainToolTip(row.problems.join(u'\n')));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case KindColumn:
        if (!thumbnail)
            return tr("File");
        return row.dimension.isEmpty() ? tr("Thumbnail") : tr("Thumbnail (%1 px)").arg(row.dimension);
    case SizeColumn:
        return sizeText(row.size);
    case FileIdColumn:
        return row.fileId;
    default:
        return {};
    }
}

QStringList AttachmentsModel::columnTitles() const
{
    return {tr("Name"), tr("Kind"), tr("Size"), tr("File id")};
}

} // namespace Inspector
