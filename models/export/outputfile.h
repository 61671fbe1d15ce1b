// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace Inspector::Files {
class NewFile;
}

namespace Inspector::Export {

/**
 * @brief The file an export writes to a path.
 *
 * A regular file (or a new one) is written through QSaveFile: it appears whole at commit(), and a
 * cancelled or failed export leaves the previous file untouched. A path that is already something
 * else, such as a named pipe or a device like /dev/null or /dev/stdout, is written to directly:
 * QSaveFile would rename its temporary file over it and so replace the pipe or the device with a
 * regular file. There is no earlier content to keep in that case, and nothing to undo.
 *
 * A path the tool names after the user's choice (Path::Derived: `FILE-STREAMID.csv` of a split
 * export) is never written through a symbolic link: open() fails when one is there, dangling or
 * not (refuseSymLink()). A regular file there is replaced, as at the chosen path.
 */
class OutputFile
{
public:
    enum class Path
    {
        Chosen, ///< the exact path the user gave: written wherever it leads
        Derived, ///< a path the tool made from the chosen one: a symbolic link there is an error
        /// A name made from a template (`--output %N-%I.csv`) with the server's words in it: never
        /// replaces or follows anything (Files::NewFile); a name that is taken gets " (2)", … or,
        /// with setNumbered(false), is an error.
        New
    };

    explicit OutputFile(const QString &path, Path kind = Path::Chosen);

    /**
     * An error ("PATH is a symbolic link; not written through.") when @p path is a symbolic link,
     * dangling or not; checked with lstat, before anything is written. For every file the tool
     * writes at a path it derived from the user's choice.
     */
    static Result<> refuseSymLink(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Opens for writing; on failure, the error (category File) says why (the file's own error string).
    Result<> open();
    /// The device to write to, once open.
    QIODevice *device() const;
    /// Makes what was written final: the file appears (QSaveFile), or the data is flushed.
    Result<> commit();
    /// Gives up: a new or regular file is left as it was before.
    void cancel();
    QString path() const { return m_path; }
    /// Path::New: the file name to commit under, in the same folder (known only at the end).
    void rename(const QString &fileName);
    /// Path::New: false makes a taken name an error instead of "name (2).ext".
    void setNumbered(bool numbered);
    /// False for a pipe or a device, written to directly.
    bool isAtomic() const { return m_atomic; }

private:
    QString m_path;
    Path m_kind;
    bool m_atomic = true;
    bool m_numbered = true;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    std::unique_ptr<Files::NewFile> m_new;
};

} // namespace Inspector::Export
