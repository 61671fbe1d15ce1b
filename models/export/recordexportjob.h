// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include "export/recordexport.h"

namespace Inspector::Export {

/**
 * @brief RecordExport::write() on a worker thread, so that the calling thread (the GUI's) never
 * waits for the disk: how a page exports the records of its list (CSV, JSON or JSON Lines).
 *
 * start() takes the records by value and a path (written atomically through QSaveFile; a device
 * is refused: it would be shared with the worker). finished() comes exactly once, from the calling
 * thread's event loop, never from within start(). Deleting the object before then is silent: the
 * worker still finishes its file and its report is dropped.
 */
class RecordExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordExportJob)

public:
    explicit RecordExportJob(QObject *parent = nullptr);
    ~RecordExportJob() override;

    /// Writes @p records as @p settings say (settings.outputPath; device must be null). Once only.
    void start(QList<QJsonObject> records, const RecordExportSettings &settings);

    /// The format a file name asks for: .csv, .json, else JSON Lines.
    static Format formatOfPath(const QString &path);

Q_SIGNALS:
    void finished(const Inspector::Export::RecordExportReport &report);
};

} // namespace Inspector::Export

Q_DECLARE_METATYPE(Inspector::Export::RecordExportReport)
