// SPDX-License-Identifier: Apache-2.0
#include "live/captureexport.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "live/capturewriter.h"

namespace Inspector::Live {

namespace {

struct Outcome
{
    ApiError error;
    qint64 events = 0;
};

} // namespace

CaptureExport::CaptureExport(QObject *parent)
    : QObject(parent)
{ }

CaptureExport::~CaptureExport() = default;

void CaptureExport::start(const QString &capturePath, const QString &outputPath, Export::Format format)
{
    // The snapshot: plain values, copied into the worker. A capture only grows by whole, flushed
    // lines appended on this thread, so its size now ends on a line.
    const qint64 captureBytes = QFileInfo(capturePath).size();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished(outcome.error, outcome.events);
    });
    watcher->setFuture(QtConcurrent::run([capturePath, outputPath, format, captureBytes] {
        Outcome outcome;
        outcome.error
            = CaptureWriter::exportCapture(capturePath, outputPath, format, &outcome.events, captureBytes);
        return outcome;
    }));
}

} // namespace Inspector::Live
