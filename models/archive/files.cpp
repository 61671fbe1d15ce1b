// SPDX-License-Identifier: Apache-2.0
#include "archive/files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include "archive/location.h"
#include "archive/store.h"
#include "data/ids.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Inspector::Archive {

namespace {

constexpr char LeftoverPrefix[] = ".part-";

#ifdef Q_OS_UNIX
/// A file descriptor closed with its scope.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    { }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
};

/// Opens the folder @p name under @p parent (AT_FDCWD: a path), never through a symbolic link;
/// creates it first (mode 0700) when @p create.
int openFolder(int parent, const QByteArray &name, bool create)
{
    const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int fd = ::openat(parent, name.constData(), flags);
    if (fd < 0 && errno == ENOENT && create) {
        if (::mkdirat(parent, name.constData(), 0700) != 0 && errno != EEXIST)
            return -1;
        fd = ::openat(parent, name.constData(), flags);
    }
    return fd;
}
#endif

} // namespace

AttachmentFiles::AttachmentFiles(Store &store)
    : m_store(store)
    , m_folder(folderOf(store.location()))
{ }

QString AttachmentFiles::folderOf(const Location &location)
{
    return location.isPostgres() ? QString() : location.path + u".files"_s;
}

QString AttachmentFiles::pathOf(const QByteArray &hash) const
{
    const QString hex = QString::fromLatin1(hash.toHex());
    return m_folder + u'/' + hex.left(2) + u'/' + hex;
}

Result<bool> AttachmentFiles::holds(const QString &streamId, const QByteArray &hash, qint64 size)
{
    if (m_store.isPostgres()) {
        Result<QVariant> n
            = m_store.scalar(u"SELECT COUNT(*) FROM attachment_file WHERE stream_id = ? AND file_hash = ?"_s,
                {streamId, hash});
        if (!n)
            return n.error();
        return n.value().toLongLong() > 0;
    }
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    // lstat: a link there is not the file (keep() replaces the link itself, never follows it).
    if (::lstat(QFile::encodeName(pathOf(hash)).constData(), &st) != 0)
        return false;
    return S_ISREG(st.st_mode) && st.st_size == size;
#else
    const QFileInfo info(pathOf(hash));
    return info.isFile() && !info.isSymLink() && info.size() == size;
#endif
}

Result<> AttachmentFiles::keep(const QString &streamId, const QByteArray &hash, const QByteArray &bytes)
{
    if (m_store.isPostgres()) {
        Result<QSqlQuery *> q
            = m_store.run(u"INSERT INTO attachment_file (stream_id, file_hash, bytes) "
                          "VALUES (?, ?, ?) ON CONFLICT (stream_id, file_hash) DO NOTHING"_s,
                {streamId, hash, bytes});
        if (!q)
            return q.error();
        return {};
    }
    Result<bool> held = holds(streamId, hash, bytes.size());
    if (held && held.value())
        return {};
    const QByteArray hex = hash.toHex();
    auto failed = [this](const QString &what) {
        return LocalError(
            tr("Cannot keep an attachment in %1: %2").arg(m_folder, what), LocalError::Category::File);
    };
#ifdef Q_OS_UNIX
    const Fd top(openFolder(AT_FDCWD, QFile::encodeName(m_folder), true));
    if (!top.ok())
        return failed(qt_error_string(errno));
    const Fd folder(openFolder(top.get(), hex.left(2), true));
    if (!folder.ok())
        return failed(qt_error_string(errno));
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = LeftoverPrefix + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        fd = ::openat(
            folder.get(), temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return failed(qt_error_string(errno));
    }
    if (fd < 0)
        return failed(tr("no free temporary name"));
    const Fd file(fd);
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString error = qt_error_string(errno);
            ::unlinkat(folder.get(), temp.constData(), 0);
            return failed(error);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const QString error = qt_error_string(errno);
        ::unlinkat(folder.get(), temp.constData(), 0);
        return failed(error);
    }
    // The file appears whole under its hash, or not at all; whatever had the name (a link) is
    // replaced, never followed.
    if (::renameat(folder.get(), temp.constData(), folder.get(), hex.constData()) != 0) {
        const QString error = qt_error_string(errno);
        ::unlinkat(folder.get(), temp.constData(), 0);
        return failed(error);
    }
    ::fsync(folder.get());
    ::fsync(top.get());
    return {};
#else
    Q_UNUSED(streamId);
    return failed(tr("not supported on this system"));
#endif
}

Result<std::optional<QByteArray>> AttachmentFiles::read(const QString &streamId, const QByteArray &hash)
{
    if (m_store.isPostgres()) {
        Result<QSqlQuery *> q = m_store.run(
            u"SELECT bytes FROM attachment_file WHERE stream_id = ? AND file_hash = ?"_s, {streamId, hash});
        if (!q)
            return q.error();
        std::optional<QByteArray> bytes;
        if (q.value()->next())
            bytes = q.value()->value(0).toByteArray();
        q.value()->finish();
        return bytes;
    }
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(pathOf(hash)).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT || errno == ELOOP)
            return std::optional<QByteArray>();
        return LocalError(
            tr("Cannot read %1: %2").arg(pathOf(hash), qt_error_string(errno)), LocalError::Category::File);
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return LocalError(
            tr("Cannot read %1: %2").arg(pathOf(hash), file.errorString()), LocalError::Category::File);
    }
    return std::optional<QByteArray>(file.readAll());
#else
    Q_UNUSED(streamId);
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(file.readAll());
#endif
}

StoredAttachments::StoredAttachments(Store &store)
    : m_store(store)
    , m_files(store)
{ }

std::optional<QByteArray> StoredAttachments::bytes(
    const QString &streamId, const QString &messageId, const QString &attachmentId)
{
    const QString stream = Ids::normalized(streamId);
    Result<QVariant> hash = m_store.scalar(u"SELECT file_hash FROM attachment WHERE stream_id = ? AND "
                                           "message_id = ? AND attachment_id = ? AND file_hash IS NOT NULL"_s,
        {stream, Ids::normalized(messageId), attachmentId});
    if (!hash || hash.value().isNull() || !hash.value().isValid())
        return std::nullopt;
    Result<std::optional<QByteArray>> bytes = m_files.read(stream, hash.value().toByteArray());
    if (!bytes)
        return std::nullopt;
    return bytes.value();
}

void AttachmentFiles::removeLeftovers()
{
    if (m_store.isPostgres())
        return;
    QDir top(m_folder);
    if (!top.exists() || QFileInfo(m_folder).isSymLink())
        return;
    for (const QString &sub : top.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        QDir folder(top.filePath(sub));
        for (const QString &name : folder.entryList(
                 {QString::fromLatin1(LeftoverPrefix) + u'*'}, QDir::Files | QDir::Hidden | QDir::System))
            folder.remove(name);
    }
}

} // namespace Inspector::Archive
