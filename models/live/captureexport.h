// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include "api/apierror.h"
#include "export/exportformat.h"

namespace Inspector::Live {

/**
 * @brief A capture converted (CaptureWriter::exportCapture) on a worker thread, so that the
 * calling thread (the GUI's) never waits for the disk.
 *
 * start() takes a snapshot: the capture's path and its size at that moment. The worker reads only
 * those bytes with its own file handle, so a session that goes on appending to the capture (on the
 * calling thread) is never read half-written; nothing else is shared with the worker. finished()
 * comes exactly once, from the calling thread's event loop, never from within start(). Deleting
 * the object before then is silent: the worker still finishes its file (atomically) and its
 * result is dropped.
 */
class CaptureExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureExport)

public:
    explicit CaptureExport(QObject *parent = nullptr);
    ~CaptureExport() override;

    /** Exports the capture at @p capturePath as it is now to @p outputPath in @p format. Once only. */
    void start(const QString &capturePath, const QString &outputPath, Export::Format format);

Q_SIGNALS:
    /** @p events written to the output; @p error is None on success. */
    void finished(const Inspector::ApiError &error, qint64 events);
};

} // namespace Inspector::Live
