// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

#include "api/apierror.h"
#include "data/message.h"

namespace Inspector {

class ApiClient;
class ApiJob;

/**
 * @brief The files of one message (its `attachments`, V4AttachmentInfo): one row per file, then
 * one row per thumbnail, each with the file id a download needs. Built from the Message value
 * alone, no request. Lives on the GUI thread.
 */
class AttachmentsModel final : public QAbstractTableModel
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
    enum Role
    {
        FileIdRole = Qt::UserRole + 1, ///< QString
        FileNameRole, ///< QString: a safe name for the saved file (Files::safeFileName; a thumbnail gets
                      ///< "-preview-600" added)
        SizeRole, ///< qint64 bytes; -1 when unknown (thumbnails)
        IsThumbnailRole, ///< bool
    };

    explicit AttachmentsModel(QObject *parent = nullptr);

    void setMessage(const Message &message);
    void clear();

    QString streamId() const { return m_streamId; }
    QString messageId() const { return m_messageId; }
    int fileCount() const { return m_fileCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

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
};

/**
 * @brief Downloads one attachment (`GET /agent/v1/stream/{sid}/attachment`) and saves it.
 *
 * The agent answers with the file as Base64 text: it is decoded (whitespace and both alphabets
 * tolerated, anything else is an error) and written as a Files::NewFile in the target's folder:
 * the file appears whole or not at all, and nothing there is replaced or followed. When the
 * target's name is taken (by a file, a folder or a symbolic link, even a dangling one), the file
 * is saved as `name (2).ext`, `name (3).ext`…; savedPath() says where. Decoding and writing run
 * on a worker thread so a large file does not stall the GUI. Lives on the thread of its client.
 *
 * Signal contract: after start() returned true, finished() is emitted exactly once, never from
 * inside start(). cancel() during the request emits finished() with a Cancelled error before it
 * returns; during the write it stops the worker, which discards the file, and finished() follows
 * when the worker is done (with success only if the file was already committed).
 */
class AttachmentDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentDownload)

public:
    explicit AttachmentDownload(ApiClient *client, QObject *parent = nullptr);
    ~AttachmentDownload() override;

    /// false when a download is already running or an argument is empty.
    bool start(
        const QString &streamId, const QString &messageId, const QString &fileId, const QString &targetPath);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The path start() was given.
    QString targetPath() const { return m_target; }
    /// Where the file was saved: targetPath(), or `name (2).ext`… next to it when that name was
    /// taken. Empty until a download succeeded.
    QString savedPath() const { return m_saved; }

    /// Base64 text -> bytes, tolerant of whitespace, padding and the URL-safe alphabet.
    static QByteArray decodeBody(const QByteArray &body, bool *ok);

Q_SIGNALS:
    /// Bytes of the Base64 answer received so far; total is -1 when the server did not say.
    void progress(qint64 received, qint64 total);
    /// bytesWritten is the decoded size on success.
    void finished(const Inspector::ApiError &error, qint64 bytesWritten);

private:
    struct WriteResult
    {
        ApiError error;
        qint64 bytes = 0;
        QString savedPath;
    };
    void onJobFinished(ApiJob *job);
    void finish(const ApiError &error, qint64 bytes);

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QFutureWatcher<WriteResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QString m_target;
    QString m_saved;
    bool m_running = false;
};

} // namespace Inspector
