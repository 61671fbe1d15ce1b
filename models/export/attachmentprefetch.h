// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include "api/apierror.h"
#include "export/attachmentfolder.h"

namespace Inspector {
class ApiClient;
class ApiJob;
class Pager;
} // namespace Inspector

namespace Inspector::Export {

/// Attachment files downloaded before a transcript is written, each in a private temporary folder
/// (memory stays flat), removed with this object.
class PrefetchedAttachments final : public AttachmentSource
{
public:
    PrefetchedAttachments();
    bool isValid() const { return m_dir.isValid(); }
    /// Keeps the file of one attachment; false when it could not be written.
    bool add(const QString &streamId, const QString &messageId, const QString &attachmentId,
        const QByteArray &bytes);
    std::optional<QByteArray> bytes(
        const QString &streamId, const QString &messageId, const QString &attachmentId) override;
    int count() const { return int(m_files.size()); }

private:
    static QString key(const QString &streamId, const QString &messageId, const QString &attachmentId);
    QTemporaryDir m_dir;
    QHash<QString, QString> m_files; ///< key -> file in m_dir
};

/**
 * @brief Downloads the attachments of streams in a time window before their transcripts are
 * written (`export --format html --attachments`): the stream's attachment listing, then each file
 * through Requests::attachment (its caps) and AttachmentBody::decode, one at a time, into a
 * PrefetchedAttachments. A download that fails is a warning and the others go on; a listing that
 * fails ends it with the error. finished() comes once, from the event loop.
 */
class AttachmentPrefetch : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QString streamId;
        qint64 since = 0;
        std::optional<qint64> until;
    };

    AttachmentPrefetch(ApiClient *client, const QList<Window> &streams,
        std::shared_ptr<PrefetchedAttachments> into, QObject *parent = nullptr);
    ~AttachmentPrefetch() override;

    void start();
    void cancel();
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Inspector::ApiError &error);

private:
    struct Pending
    {
        QString streamId;
        QString messageId;
        QString fileId;
        QString name;
    };
    void nextStream();
    void nextFile();
    void end(const ApiError &error);

    QPointer<ApiClient> m_client;
    QList<Window> m_streams;
    std::shared_ptr<PrefetchedAttachments> m_into;
    QList<Pending> m_pending;
    int m_total = 0;
    int m_done = 0;
    QPointer<Pager> m_pager;
    QPointer<ApiJob> m_job;
    QStringList m_warnings;
    bool m_ended = false;
};

} // namespace Inspector::Export
