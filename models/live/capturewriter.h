// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "api/apierror.h"
#include "data/event.h"
#include "export/exportformat.h"
#include "export/outputfile.h"
#include "live/eventdeduplicator.h"

namespace Inspector::Export {
class JsonWriter;
}

namespace Inspector::Live {

/** @brief What a capture's state file holds: enough to resume the feed where the capture stopped. */
struct CaptureState
{
    QString source; ///< "datafeed" or "datahose"
    QString feedId; ///< datafeed only
    QString tag;
    QStringList eventTypes; ///< datahose only
    QStringList scopes; ///< datahose only
    QString ackId; ///< the ackId of the last batch stored: the next read sends it
    qint64 captureBytes = 0; ///< size of the capture when that batch was committed
    qint64 events = 0; ///< events in the capture
    qint64 duplicates = 0; ///< duplicates dropped so far
    QStringList recentKeys; ///< de-duplication keys of the last events, oldest first
    QStringList gaps; ///< every gap reported, with its time
    qint64 updatedAtMs = 0;

    QJsonObject toJson() const;
    /** An error when @p json is not a state of this version. */
    static Result<CaptureState> fromJson(const QJsonObject &json);
};

/**
 * @brief The live capture: append-only JSON Lines plus a small state file beside it.
 *
 * Each line is the server's V4Event unchanged at top level, with the derived fields under
 * "_inspector". The order of a store is what makes the capture survive a kill: the batch's new
 * events are appended, flushed and fsync'ed; then the state (ackId, key memory, sizes) is written
 * atomically with QSaveFile; only then may the reader send the batch's ackId. Killed before the
 * state is written, the server delivers the batch again and resume() finds its events already in
 * the capture (the lines past the state's size are read back into the key memory), so each event
 * is stored exactly once. A line cut short by the kill is cut off on resume.
 *
 * Used on one thread; owns the open capture file.
 */
class CaptureWriter
{
public:
    /**
     * @p capturePathKind says whether the capture's path is the user's choice or one the tool made
     * from it (FILE.capture.jsonl): a symbolic link at a derived path is refused. The state file is
     * always derived: a symbolic link there is refused before the capture is opened and at every
     * write (a regular file there is replaced: resume rewrites its state).
     */
    explicit CaptureWriter(const QString &capturePath, int dedupCapacity = 10000,
        Export::OutputFile::Path capturePathKind = Export::OutputFile::Path::Chosen);
    ~CaptureWriter();
    Q_DISABLE_COPY_MOVE(CaptureWriter)

    /** FILE.state.json beside the capture. */
    static QString statePath(const QString &capturePath);

    /**
     * Opens the capture. New capture: the file must not exist yet (a capture is never overwritten).
     * Resume: the state file must exist and match the capture.
     */
    bool open(bool resume, ApiError *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }

    CaptureState &state() { return m_state; }
    const CaptureState &state() const { return m_state; }
    EventDeduplicator &deduplicator() { return m_dedup; }

    /**
     * Appends the events not seen before (in order; up to @p limit of them when limit >= 0), then
     * flushes and fsyncs. *written gets the events written, *consumed how many of @p events were looked
     * at before the limit stopped it. Nothing is acknowledged by this alone.
     */
    bool append(const QList<Event> &events, QList<Event> *written, ApiError *error, qint64 limit = -1,
        qsizetype *consumed = nullptr);
    /** Records @p ackId as stored, with the key memory and sizes, atomically. */
    bool commit(const QString &ackId, ApiError *error);
    /** Notes a gap (with the time) in the state; written with the next commit. */
    void addGap(const QString &reason, qint64 nowMs);
    void close();

    /** The capture's line for an event: raw at top level, derived fields under "_inspector". */
    static QJsonObject line(const Event &event);

    /**
     * Writes the capture at @p capturePath as one JSON array or as CSV (one row per event, fixed
     * columns: csvColumns()) to @p outputPath, atomically. *count gets the events written. With
     * @p captureBytes >= 0 only the lines within the capture's first captureBytes bytes count: the
     * capture as it was then, while a session goes on appending (see CaptureExport).
     */
    static ApiError exportCapture(const QString &capturePath, const QString &outputPath,
        Export::Format format, qint64 *count, qint64 captureBytes = -1);
    static QStringList csvColumns();

private:
    bool writeState(ApiError *error);
    bool recover(ApiError *error);

    QString m_path;
    Export::OutputFile::Path m_pathKind;
    QFile m_file;
    std::unique_ptr<Export::JsonWriter> m_writer;
    EventDeduplicator m_dedup;
    CaptureState m_state;
};

} // namespace Inspector::Live
