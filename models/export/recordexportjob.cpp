// SPDX-License-Identifier: Apache-2.0
#include "export/recordexportjob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Inspector::Export {

RecordExportJob::RecordExportJob(QObject *parent)
    : QObject(parent)
{ }

RecordExportJob::~RecordExportJob() = default;

Format RecordExportJob::formatOfPath(const QString &path)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return Format::Csv;
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return Format::Json;
    return Format::JsonLines;
}

void RecordExportJob::start(QList<QJsonObject> records, const RecordExportSettings &settings)
{
    Q_ASSERT(!settings.device);
    RecordExportSettings copy = settings;
    copy.device = nullptr;
    auto *watcher = new QFutureWatcher<RecordExportReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const RecordExportReport report = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished(report);
    });
    watcher->setFuture(QtConcurrent::run(
        [records = std::move(records), copy] { return RecordExport::write(records, copy); }));
}

} // namespace Inspector::Export
