// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/attachmentsmodel.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "files/filenames.h"
#include "files/newfile.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

constexpr qint64 WriteChunk = 1 << 20;

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
    : QAbstractTableModel(parent)
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

int AttachmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool thumbnail = !row.dimension.isNull() || row.size < 0;
    switch (role) {
    case FileIdRole:
        return row.fileId;
    case FileNameRole:
        return row.fileName;
    case SizeRole:
        return row.size;
    case IsThumbnailRole:
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

QVariant AttachmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case FileIdColumn:
        return tr("File id");
    default:
        return {};
    }
}

AttachmentDownload::AttachmentDownload(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AttachmentDownload::~AttachmentDownload()
{
    // The worker owns nothing of ours; the flag makes it discard its file instead of committing.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (ApiJob *job = m_job.data()) {
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

bool AttachmentDownload::start(
    const QString &streamId, const QString &messageId, const QString &fileId, const QString &targetPath)
{
    if (m_running || !m_client || streamId.isEmpty() || messageId.isEmpty() || fileId.isEmpty()
        || targetPath.isEmpty())
        return false;
    m_running = true;
    m_target = targetPath;
    m_saved.clear();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    ApiJob *job = m_client->send(Requests::attachment(streamId, fileId, messageId));
    m_job = job;
    connect(job, &ApiJob::downloadProgress, this, &AttachmentDownload::progress);
    connect(job, &ApiJob::finished, this, &AttachmentDownload::onJobFinished);
    return true;
}

void AttachmentDownload::cancel()
{
    if (!m_running)
        return;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (ApiJob *job = m_job.data())
        job->cancel(); // reports back through onJobFinished before it returns
}

QByteArray AttachmentDownload::decodeBody(const QByteArray &body, bool *ok)
{
    QByteArray text;
    text.reserve(body.size());
    bool urlSafe = false;
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        urlSafe = urlSafe || c == '-' || c == '_';
        text.append(c);
    }
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(text, options);
    *ok = result.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return *ok ? result.decoded : QByteArray();
}

void AttachmentDownload::onJobFinished(ApiJob *job)
{
    m_job = nullptr;
    if (job->error().isError())
        return finish(job->error(), 0);
    const QByteArray body = job->response().body;
    const QString description = job->request().description;
    const QString target = m_target;
    const auto flag = m_cancelFlag;
    m_watcher = new QFutureWatcher<WriteResult>(this);
    connect(m_watcher, &QFutureWatcher<WriteResult>::finished, this, [this] {
        const WriteResult result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_saved = result.savedPath;
        finish(result.error, result.bytes);
    });
    m_watcher->setFuture(QtConcurrent::run([body, description, target, flag]() -> WriteResult {
        bool ok = false;
        const QByteArray bytes = decodeBody(body, &ok);
        if (!ok)
            return {ApiError::badResponse(
                        description, tr("the answer is not Base64 text, so it cannot be the file.")),
                0, {}};
        // A new file in the chosen folder: what has the chosen name (a file, a symbolic link)
        // is left alone, and the file is saved as "name (2).ext" instead.
        const QFileInfo info(target);
        Files::NewFile file(info.path(), info.fileName());
        QString error;
        if (!file.open(&error))
            return {ApiError::io(tr("Could not write %1: %2").arg(target, error)), 0, {}};
        for (qint64 pos = 0; pos < bytes.size(); pos += WriteChunk) {
            if (flag->load())
                return {ApiError::cancelled(), 0, {}}; // the file's destructor removes what was written
            const qint64 n = qMin(WriteChunk, qint64(bytes.size()) - pos);
            if (file.device()->write(bytes.constData() + pos, n) != n)
                return {ApiError::io(tr("Could not write %1: %2").arg(target, file.device()->errorString())),
                    0, {}};
        }
        if (flag->load())
            return {ApiError::cancelled(), 0, {}};
        if (!file.commit(&error))
            return {ApiError::io(tr("Could not save %1: %2").arg(target, error)), 0, {}};
        return {ApiError {}, qint64(bytes.size()), file.filePath()};
    }));
}

void AttachmentDownload::finish(const ApiError &error, qint64 bytes)
{
    m_running = false;
    m_cancelFlag.reset();
    Q_EMIT finished(error, bytes);
}

} // namespace Inspector
