// SPDX-License-Identifier: Apache-2.0
#include "export/htmltranscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "data/ids.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Export::HtmlTranscript", text);
}

} // namespace

HtmlTranscript::HtmlTranscript(const HtmlOptions &options, const HtmlDocumentInfo &info)
    : m_options(options)
    , m_info(info)
{ }

HtmlTranscript::~HtmlTranscript()
{
    cancel();
}

QString HtmlTranscript::partPath(const QString &path, int part, const QString &defaultSuffix)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? defaultSuffix : info.suffix();
    return info.dir().filePath(
        info.completeBaseName() + u"-part-"_s + u"%1"_s.arg(part, 4, 10, QChar(u'0')) + u'.' + suffix);
}

Result<> HtmlTranscript::open(const QString &path, OutputFile::Path kind)
{
    m_path = path;
    m_kind = kind;
    return openPart();
}

Result<> HtmlTranscript::openDevice(QIODevice *device)
{
    m_device = device;
    m_options.partition = 0;
    m_writer = std::make_unique<HtmlWriter>(
        device, m_options, m_info, [this](const QString &id) { return locate(id); });
    return {};
}

Result<> HtmlTranscript::openPart()
{
    QString path = m_path;
    OutputFile::Path kind = m_kind;
    HtmlDocumentInfo info = m_info;
    if (m_options.partition > 0) {
        ++m_part;
        path = partPath(m_path, m_part);
        // Named by the tool: never through a symbolic link; from a template, never over anything
        // either, and never renumbered (the parts name each other).
        kind = m_kind == OutputFile::Path::New ? OutputFile::Path::New : OutputFile::Path::Derived;
        info.part = m_part;
        if (m_part > 1)
            info.previousFile = QFileInfo(partPath(m_path, m_part - 1)).fileName();
    }
    m_file = std::make_unique<OutputFile>(path, kind);
    m_file->setNumbered(m_options.partition <= 0);
    if (Result<> opened = m_file->open(); !opened) {
        m_file.reset();
        return LocalError(
            tr("Could not create %1: %2").arg(path, opened.error().message()), LocalError::Category::File);
    }
    m_writer = std::make_unique<HtmlWriter>(
        m_file->device(), m_options, info, [this](const QString &id) { return locate(id); });
    if (m_options.attachments) {
        // One folder for every part: NAME_files/ beside NAME.html.
        if (!m_files)
            m_files = std::make_unique<AttachmentFolder>(m_path, m_options.attachments);
        m_writer->setAttachmentFolder(m_files.get());
    }
    return {};
}

QStringList HtmlTranscript::warnings() const
{
    return m_files ? m_files->warnings() : QStringList();
}

Result<> HtmlTranscript::endPart(const QString &nextFile)
{
    if (!m_writer)
        return {};
    const bool ended = m_writer->end(nextFile);
    m_bytesClosed += m_writer->bytesWritten();
    m_replacedClosed += m_writer->replacedCharacters();
    const QString why = m_writer->errorString();
    m_writer.reset();
    if (!ended) {
        cancel();
        return LocalError(tr("Could not write the export: %1").arg(why), LocalError::Category::File);
    }
    if (!m_file)
        return {}; // a device
    const Result<> committed = m_file->commit();
    const QString path = m_file->path(); // after the commit: a new file may be "name (2).html"
    m_file.reset();
    if (!committed)
        return LocalError(
            tr("Could not save %1: %2").arg(path, committed.error().message()), LocalError::Category::File);
    m_committed.append(path);
    return {};
}

Result<> HtmlTranscript::write(const Message &message, const Derived &derived)
{
    if (!m_writer)
        return LocalError(tr("The transcript is not open."), LocalError::Category::File);
    if (m_options.partition > 0 && m_writer->itemCount() >= m_options.partition) {
        if (Result<> ended = endPart(QFileInfo(partPath(m_path, m_part + 1)).fileName()); !ended)
            return ended;
        if (Result<> opened = openPart(); !opened)
            return opened;
    }
    if (!m_writer->write(message, derived)) {
        const QString why = m_writer->errorString();
        return LocalError(tr("Could not write the export: %1").arg(why), LocalError::Category::File);
    }
    m_parts.add(message.messageId, m_part);
    return {};
}

Result<> HtmlTranscript::finish()
{
    return endPart({});
}

void HtmlTranscript::cancel()
{
    if (m_writer) {
        m_bytesClosed += m_writer->bytesWritten();
        m_replacedClosed += m_writer->replacedCharacters();
    }
    m_writer.reset();
    if (m_file)
        m_file->cancel();
    m_file.reset();
}

void HtmlTranscript::rename(const QString &path)
{
    if (m_file && m_options.partition <= 0)
        m_file->rename(QFileInfo(path).fileName());
}

QStringList HtmlTranscript::takeCommitted()
{
    return std::exchange(m_committed, {});
}

qint64 HtmlTranscript::bytesWritten() const
{
    return m_bytesClosed + (m_writer ? m_writer->bytesWritten() : 0);
}

qint64 HtmlTranscript::replacedCharacters() const
{
    return m_replacedClosed + (m_writer ? m_writer->replacedCharacters() : 0);
}

void MessagePartIndex::add(const QString &messageId, int part)
{
    const QString key = Ids::normalized(messageId);
    if (key.isEmpty())
        return;
    if (const std::optional<Deduplicator::CompactKey> compact = Deduplicator::compactKey(key))
        m_partOf.insert(*compact, part);
    else
        m_partOfText.insert(key, part);
}

std::optional<int> MessagePartIndex::partOf(const QString &messageId) const
{
    const QString key = Ids::normalized(messageId);
    if (key.isEmpty())
        return std::nullopt;
    if (const std::optional<Deduplicator::CompactKey> compact = Deduplicator::compactKey(key)) {
        if (const auto it = m_partOf.constFind(*compact); it != m_partOf.cend())
            return it.value();
    } else if (const auto it = m_partOfText.constFind(key); it != m_partOfText.cend()) {
        return it.value();
    }
    return std::nullopt;
}

QString HtmlTranscript::locate(const QString &messageId) const
{
    const std::optional<int> part = m_parts.partOf(messageId);
    if (!part)
        return {};
    const QString fragment = u'#' + HtmlWriter::anchor(messageId);
    if (*part == m_part)
        return fragment;
    return HtmlWriter::fileHref(QFileInfo(partPath(m_path, *part)).fileName()) + fragment;
}

} // namespace Inspector::Export
