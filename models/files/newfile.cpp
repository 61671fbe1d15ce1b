// SPDX-License-Identifier: Apache-2.0
#include "files/newfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "files/filenames.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Inspector::Files {

namespace {

// `report (9999).pdf` is the last name tried.
constexpr int MaxNumber = 9999;

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Files::NewFile", text);
}

QString temporaryName()
{
    return u".symphony-inspector-%1.part"_s.arg(
        QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}

bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != "."_L1 && name != ".."_L1 && !name.contains(u'/')
        && !name.contains(QChar(u'\0'));
}

} // namespace

NewFile::NewFile(const QString &directory, const QString &name)
    : m_directory(directory)
    , m_name(name)
{ }

NewFile::~NewFile()
{
    cancel();
}

QString NewFile::filePath() const
{
    return m_fileName.isEmpty() ? QString() : QDir(m_directory).filePath(m_fileName);
}

QIODevice *NewFile::device() const
{
    return m_file.get();
}

Result<> NewFile::open()
{
    cancel();
    m_fileName.clear();
    if (!isPlainName(m_name)) {
        return LocalError(tr("\"%1\" is not a file name.").arg(m_name));
    }
#ifdef Q_OS_UNIX
    // Every call below is relative to the directory opened once, so that a directory swapped
    // for a link meanwhile cannot redirect the file.
    m_dirFd = ::open(QFile::encodeName(m_directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirFd < 0) {
        return LocalError(tr("Cannot open the folder %1: %2").arg(m_directory, qt_error_string(errno)));
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString temp = temporaryName();
        // O_EXCL: never an existing file, and not a symbolic link either (not even a dangling
        // one); O_NOFOLLOW says the same for systems that would read it otherwise.
        const int fd = ::openat(m_dirFd, QFile::encodeName(temp).constData(),
            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return failed(tr("Cannot create a file in %1: %2").arg(m_directory, qt_error_string(errno)));
        }
        m_tempName = temp;
        m_file = std::make_unique<QFile>();
        if (!m_file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return failed(m_file->errorString());
        }
        return {};
    }
    return failed(tr("Cannot create a file in %1: no free temporary name.").arg(m_directory));
#else
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString temp = temporaryName();
        auto file = std::make_unique<QFile>(QDir(m_directory).filePath(temp));
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_tempName = temp;
            m_file = std::move(file);
            return {};
        }
        if (!file->exists()) {
            return LocalError(file->errorString());
        }
    }
    return LocalError(tr("Cannot create a file in %1: no free temporary name.").arg(m_directory));
#endif
}

Result<> NewFile::commit()
{
    if (!m_file || m_tempName.isEmpty()) {
        return LocalError(tr("The file is not open."));
    }
    if (!m_file->flush()) {
        return failed(m_file->errorString());
    }
#ifdef Q_OS_UNIX
    if (::fsync(m_file->handle()) != 0) {
        return failed(qt_error_string(errno));
    }
    m_file.reset(); // closes it
    const QByteArray from = QFile::encodeName(m_tempName);
    bool linkOnly = false;
    for (int n = 1; n <= (m_numbered ? MaxNumber : 1); ++n) {
        const QString candidate = numberedFileName(m_name, n);
        const QByteArray to = QFile::encodeName(candidate);
        int rc = -1;
#ifdef RENAME_NOREPLACE
        if (!linkOnly) {
            // One step, and refused (EEXIST) when anything has the name.
            rc = ::renameat2(m_dirFd, from.constData(), m_dirFd, to.constData(), RENAME_NOREPLACE);
            if (rc != 0 && (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP))
                linkOnly = true; // a file system or kernel without it
        }
#else
        linkOnly = true;
#endif
        if (linkOnly) {
            // A hard link is refused (EEXIST) in the same way, and never follows the name.
            rc = ::linkat(m_dirFd, from.constData(), m_dirFd, to.constData(), 0);
        }
        if (rc == 0) {
            if (linkOnly)
                removeTemporary(); // the file keeps its new name
            m_tempName.clear();
            m_fileName = candidate;
            ::fsync(m_dirFd); // the new name on disk too; a failure here loses nothing written
            cancel();
            return {};
        }
        if (errno != EEXIST) {
            return failed(
                tr("Cannot save %1: %2").arg(QDir(m_directory).filePath(candidate), qt_error_string(errno)));
        }
    }
#else
    m_file->close();
    const QDir dir(m_directory);
    for (int n = 1; n <= (m_numbered ? MaxNumber : 1); ++n) {
        const QString candidate = numberedFileName(m_name, n);
        // QFile::rename() never replaces an existing file.
        if (QFile::rename(dir.filePath(m_tempName), dir.filePath(candidate))) {
            m_tempName.clear();
            m_fileName = candidate;
            cancel();
            return {};
        }
        const QFileInfo info(dir.filePath(candidate));
        if (!info.exists() && !info.isSymLink()) {
            return failed(tr("Cannot save %1.").arg(dir.filePath(candidate)));
        }
    }
#endif
    if (!m_numbered)
        return failed(tr("%1 exists; it was not replaced.").arg(QDir(m_directory).filePath(m_name)));
    return failed(tr("Cannot save %1 in %2: every name up to \"%3\" is taken.")
                      .arg(m_name, m_directory, numberedFileName(m_name, MaxNumber)));
}

void NewFile::cancel()
{
    m_file.reset();
    removeTemporary();
#ifdef Q_OS_UNIX
    if (m_dirFd >= 0) {
        ::close(m_dirFd);
        m_dirFd = -1;
    }
#endif
}

LocalError NewFile::failed(const QString &message)
{
    cancel();
    return LocalError(message);
}

void NewFile::removeTemporary()
{
    if (m_tempName.isEmpty())
        return;
#ifdef Q_OS_UNIX
    if (m_dirFd >= 0)
        ::unlinkat(m_dirFd, QFile::encodeName(m_tempName).constData(), 0);
#else
    QFile::remove(QDir(m_directory).filePath(m_tempName));
#endif
    m_tempName.clear();
}

} // namespace Inspector::Files
