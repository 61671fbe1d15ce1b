// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QString>

#include <memory>

class QFile;
class QIODevice;

namespace Inspector::Files {

/**
 * @brief A new file in a directory, written atomically, that never replaces or follows anything.
 *
 * For names the tool does not fully choose, such as an attachment's: open() creates a hidden
 * temporary file in the directory, exclusively and without following a symbolic link; commit()
 * gives it the first of `name`, `name (2).ext`, `name (3).ext`, … that is free. Anything there
 * takes a name: a file, a directory, a symbolic link (dangling or not). The name is checked and
 * created by one system call (a rename that refuses to replace, or a hard link), so nothing can
 * slip in between, and the file appears whole or not at all. cancel(), a failed commit() or the
 * destructor remove the temporary file.
 *
 * The directory itself is the caller's choice and may be a symbolic link. Export::OutputFile is
 * the other kind: it writes to the exact path a user chose, which may be replaced.
 * Not thread-affine; use an object from one thread at a time.
 */
class NewFile
{
public:
    NewFile(const QString &directory, const QString &name);
    ~NewFile();
    NewFile(const NewFile &) = delete;
    NewFile &operator=(const NewFile &) = delete;

    /// Creates the temporary file; on failure, the error says why.
    Result<> open();
    /// The device to write to, once open.
    QIODevice *device() const;
    /// The name to give at commit() instead of the one given to the constructor (a name known only
    /// once the data is written, such as an export's last message date).
    void setName(const QString &name) { m_name = name; }
    /// false: commit() fails when the name is taken instead of trying `name (2).ext`, … (files that
    /// name each other, such as a transcript's parts).
    void setNumbered(bool numbered) { m_numbered = numbered; }
    /// Flushes the data to disk and gives the file its name; on failure, the error says why.
    Result<> commit();
    /// Gives up: nothing is left in the directory.
    void cancel();

    /// The name the file got (after commit()), e.g. `report (2).pdf`.
    QString fileName() const { return m_fileName; }
    /// The directory joined with fileName().
    QString filePath() const;

private:
    void removeTemporary();
    /// cancel(), then @p message as the failure.
    LocalError failed(const QString &message);

    QString m_directory;
    QString m_name;
    QString m_fileName;
    QString m_tempName;
    int m_dirFd = -1;
    bool m_numbered = true;
    std::unique_ptr<QFile> m_file;
};

} // namespace Inspector::Files
