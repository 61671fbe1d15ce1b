// SPDX-License-Identifier: Apache-2.0
#include "export/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "files/newfile.h"

namespace Inspector::Export {

OutputFile::OutputFile(const QString &path, Path kind)
    : m_path(path)
    , m_kind(kind)
{
    // exists() and isFile() follow symbolic links: /dev/stdout is the pipe or terminal behind it.
    const QFileInfo info(path);
    m_atomic = !info.exists() || info.isFile() || info.isDir();
}

OutputFile::~OutputFile() = default;

void OutputFile::rename(const QString &fileName)
{
    if (m_kind != Path::New)
        return; // a path the user chose, or one the tool derived from it, is the path written
    if (m_new)
        m_new->setName(fileName);
    m_path = QFileInfo(m_path).dir().filePath(fileName);
}

void OutputFile::setNumbered(bool numbered)
{
    m_numbered = numbered;
}

Result<> OutputFile::refuseSymLink(const QString &path)
{
    // isSymLink() is lstat: true for a dangling link as well.
    if (!QFileInfo(path).isSymLink())
        return {};
    return LocalError(QCoreApplication::translate(
                          "Inspector::Export::OutputFile", "%1 is a symbolic link; not written through.")
                          .arg(path),
        LocalError::Category::File);
}

Result<> OutputFile::open()
{
    if (m_kind == Path::Derived) {
        if (Result<> refused = refuseSymLink(m_path); !refused)
            return refused;
    }
    if (m_kind == Path::New) {
        const QFileInfo info(m_path);
        m_new = std::make_unique<Files::NewFile>(info.path(), info.fileName());
        m_new->setNumbered(m_numbered);
        if (Result<> opened = m_new->open(); !opened) {
            m_new.reset();
            return LocalError(opened.error().message(), LocalError::Category::File);
        }
        return {};
    }
    QFileDevice *file = nullptr;
    if (m_atomic) {
        m_save = std::make_unique<QSaveFile>(m_path);
        file = m_save.get();
    } else {
        m_direct = std::make_unique<QFile>(m_path);
        file = m_direct.get();
    }
    if (file->open(QIODevice::WriteOnly))
        return {};
    LocalError error(file->errorString(), LocalError::Category::File);
    m_save.reset();
    m_direct.reset();
    return error;
}

QIODevice *OutputFile::device() const
{
    if (m_new)
        return m_new->device();
    if (m_save)
        return m_save.get();
    return m_direct.get();
}

Result<> OutputFile::commit()
{
    Result<> result;
    if (m_new) {
        if (Result<> committed = m_new->commit(); !committed)
            result = LocalError(committed.error().message(), LocalError::Category::File);
        else
            m_path = m_new->filePath(); // perhaps "name (2).ext"
        m_new.reset();
    } else if (m_save) {
        if (!m_save->commit())
            result = LocalError(m_save->errorString(), LocalError::Category::File);
        m_save.reset();
    } else if (m_direct) {
        if (!m_direct->flush())
            result = LocalError(m_direct->errorString(), LocalError::Category::File);
        m_direct->close();
        m_direct.reset();
    }
    return result;
}

void OutputFile::cancel()
{
    if (m_new)
        m_new->cancel();
    m_new.reset();
    if (m_save)
        m_save->cancelWriting();
    m_save.reset();
    m_direct.reset();
}

} // namespace Inspector::Export
