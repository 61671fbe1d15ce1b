// SPDX-License-Identifier: Apache-2.0
#include "export/attachmentfolder.h"

#include <QDir>
#include <QFileInfo>

#include "data/ids.h"
#include "export/htmlwriter.h"
#include "files/filenames.h"
#include "files/newfile.h"
#include "files/sniff.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export {

AttachmentFolder::AttachmentFolder(const QString &transcriptPath, std::shared_ptr<AttachmentSource> source)
    : m_folder(folderPath(transcriptPath))
    , m_folderName(QFileInfo(m_folder).fileName())
    , m_source(std::move(source))
{ }

QString AttachmentFolder::folderPath(const QString &transcriptPath)
{
    const QFileInfo info(transcriptPath);
    const QString suffix = info.suffix();
    QString base = info.fileName();
    if (!suffix.isEmpty())
        base.chop(suffix.size() + 1);
    return QDir(info.path()).filePath(base + u"_files"_s);
}

std::optional<LocalAttachment> AttachmentFolder::fileFor(
    const QString &streamId, const Message &message, const AttachmentInfo &attachment)
{
    if (!m_source || attachment.id.isEmpty())
        return std::nullopt;
    const QString key = message.key() + u'\n' + attachment.id;
    const auto known = m_done.constFind(key);
    if (known != m_done.constEnd())
        return *known;
    std::optional<LocalAttachment> result;
    const std::optional<QByteArray> bytes = m_source->bytes(streamId, message.key(), attachment.id);
    if (bytes && !m_folderChecked) {
        m_folderChecked = true;
        const QFileInfo info(m_folder);
        if (info.isSymLink())
            m_warnings.append(tr("%1 is a symbolic link: the attachments were not written.").arg(m_folder));
        else if (!QDir().mkpath(m_folder))
            m_warnings.append(
                tr("Cannot create the folder %1: the attachments were not written.").arg(m_folder));
        else
            m_folderOk = true;
    }
    if (bytes && m_folderOk) {
        Files::NewFile file(m_folder, Files::safeFileName(attachment.name, attachment.id));
        Result<> written = file.open();
        if (written && file.device()->write(*bytes) != bytes->size())
            written = LocalError(file.device()->errorString());
        if (written)
            written = file.commit();
        if (written) {
            ++m_written;
            result = LocalAttachment {
                HtmlWriter::fileHref(m_folderName) + u'/' + HtmlWriter::fileHref(file.fileName()),
                file.fileName(), Files::sniffedImageType(*bytes)};
        } else {
            m_warnings.append(tr("Attachment %1: %2").arg(attachment.name, written.error().message()));
        }
    }
    m_done.insert(key, result);
    return result;
}

} // namespace Inspector::Export
