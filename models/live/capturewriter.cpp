// SPDX-License-Identifier: Apache-2.0
#include "live/capturewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "data/times.h"
#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "export/outputfile.h"

using namespace Qt::StringLiterals;

namespace Inspector::Live {

namespace {

constexpr int StateVersion = 1;

bool syncToDisk(QFile *file)
{
    if (!file->flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file->handle()) == 0;
#else
    return true;
#endif
}

QJsonObject parseLine(const QByteArray &line, bool *ok)
{
    QJsonParseError e {};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
    *ok = e.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

} // namespace

QJsonObject CaptureState::toJson() const
{
    return QJsonObject {
        {u"version"_s, StateVersion},
        {u"source"_s, source},
        {u"feedId"_s, feedId},
        {u"tag"_s, tag},
        {u"eventTypes"_s, QJsonArray::fromStringList(eventTypes)},
        {u"scopes"_s, QJsonArray::fromStringList(scopes)},
        {u"ackId"_s, ackId},
        {u"captureBytes"_s, captureBytes},
        {u"events"_s, events},
        {u"duplicates"_s, duplicates},
        {u"recentKeys"_s, QJsonArray::fromStringList(recentKeys)},
        {u"gaps"_s, QJsonArray::fromStringList(gaps)},
        {u"updatedAt"_s, updatedAtMs},
    };
}

Result<CaptureState> CaptureState::fromJson(const QJsonObject &json)
{
    if (json.value(u"version"_s).toInt() != StateVersion) {
        return LocalError(QCoreApplication::translate(
            "Inspector::Live::CaptureWriter", "the state file is not a capture state of this version."));
    }
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out.append(s.toString());
        return out;
    };
    CaptureState s;
    s.source = json.value(u"source"_s).toString();
    if (s.source != "datafeed"_L1 && s.source != "datahose"_L1) {
        return LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
            "the state file names no feed (\"source\" must be datafeed or datahose)."));
    }
    s.feedId = json.value(u"feedId"_s).toString();
    s.tag = json.value(u"tag"_s).toString();
    s.eventTypes = strings(json.value(u"eventTypes"_s));
    s.scopes = strings(json.value(u"scopes"_s));
    s.ackId = json.value(u"ackId"_s).toString();
    s.captureBytes = json.value(u"captureBytes"_s).toInteger(-1);
    s.events = json.value(u"events"_s).toInteger();
    s.duplicates = json.value(u"duplicates"_s).toInteger();
    s.recentKeys = strings(json.value(u"recentKeys"_s));
    s.gaps = strings(json.value(u"gaps"_s));
    s.updatedAtMs = json.value(u"updatedAt"_s).toInteger();
    if (s.captureBytes < 0) {
        return LocalError(QCoreApplication::translate(
            "Inspector::Live::CaptureWriter", "the state file has no capture size."));
    }
    return s;
}

CaptureWriter::CaptureWriter(
    const QString &capturePath, int dedupCapacity, Export::OutputFile::Path capturePathKind)
    : m_path(capturePath)
    , m_pathKind(capturePathKind)
    , m_file(capturePath)
    , m_dedup(dedupCapacity)
{ }

CaptureWriter::~CaptureWriter()
{
    close();
}

QString CaptureWriter::statePath(const QString &capturePath)
{
    return capturePath + u".state.json"_s;
}

bool CaptureWriter::open(bool resume, ApiError *error)
{
    Result<> refused;
    if (m_pathKind == Export::OutputFile::Path::Derived)
        refused = Export::OutputFile::refuseSymLink(m_path);
    if (refused)
        refused = Export::OutputFile::refuseSymLink(statePath(m_path));
    if (!refused) {
        *error = ApiError::fromLocal(refused.error());
        return false;
    }
    if (!resume) {
        if (QFileInfo::exists(m_path) && QFileInfo(m_path).size() > 0) {
            *error
                = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                    "%1 already holds a capture: resume it (--resume) or choose another file.")
                                                     .arg(m_path)));
            return false;
        }
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error
                = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                                                     "Cannot create the capture %1: %2")
                                                     .arg(m_path, m_file.errorString()),
                    LocalError::Category::File));
            return false;
        }
        m_writer = std::make_unique<Export::JsonWriter>(&m_file, Export::JsonWriter::Mode::Lines);
        return true;
    }
    QFile stateFile(statePath(m_path));
    if (!stateFile.open(QIODevice::ReadOnly)) {
        *error = ApiError::fromLocal(LocalError(QCoreApplication::translate(
            "Inspector::Live::CaptureWriter", "Nothing to resume: %1 is missing (%2).")
                                                    .arg(statePath(m_path), stateFile.errorString())));
        return false;
    }
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(stateFile.readAll(), &pe);
    const Result<CaptureState> state
        = doc.isObject() ? CaptureState::fromJson(doc.object()) : LocalError(pe.errorString());
    if (!state) {
        *error = ApiError::fromLocal(LocalError(
            QCoreApplication::translate("Inspector::Live::CaptureWriter", "Cannot resume from %1: %2")
                .arg(statePath(m_path), state.error().message())));
        return false;
    }
    m_state = state.value();
    for (const QString &key : std::as_const(m_state.recentKeys))
        m_dedup.remember(key);
    return recover(error);
}

bool CaptureWriter::recover(ApiError *error)
{
    if (!m_file.open(QIODevice::ReadWrite)) {
        *error = ApiError::fromLocal(LocalError(
            QCoreApplication::translate("Inspector::Live::CaptureWriter", "Cannot open the capture %1: %2")
                .arg(m_path, m_file.errorString()),
            LocalError::Category::File));
        return false;
    }
    const qint64 size = m_file.size();
    if (size < m_state.captureBytes) {
        *error = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
            "Cannot resume: %1 is shorter than its state file says (%2 bytes instead of %3); "
            "it was changed since the capture stopped.")
                                                    .arg(m_path)
                                                    .arg(size)
                                                    .arg(m_state.captureBytes)));
        return false;
    }
    // Lines past the committed size were fsync'ed but their batch was not acknowledged: the server
    // sends them again, and the key memory must know them so that they are not stored twice.
    m_file.seek(m_state.captureBytes);
    const QByteArray tail = m_file.readAll();
    qint64 good = 0;
    qsizetype from = 0;
    while (from < tail.size()) {
        const qsizetype nl = tail.indexOf('\n', from);
        if (nl < 0)
            break; // cut short by the kill
        bool ok = false;
        const QJsonObject line = parseLine(tail.mid(from, nl - from), &ok);
        if (!ok)
            break;
        m_dedup.remember(line.value(u"_inspector"_s).toObject().value(u"key"_s).toString());
        ++m_state.events;
        from = nl + 1;
        good = from;
    }
    const qint64 end = m_state.captureBytes + good;
    if (end < size && !m_file.resize(end)) {
        *error = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                                                    "Cannot cut the unfinished last line of %1: %2")
                                                    .arg(m_path, m_file.errorString()),
            LocalError::Category::File));
        return false;
    }
    m_state.captureBytes = end;
    m_file.seek(end);
    m_writer = std::make_unique<Export::JsonWriter>(&m_file, Export::JsonWriter::Mode::Lines);
    return true;
}

QJsonObject CaptureWriter::line(const Event &event)
{
    QJsonObject o = event.raw;
    o.insert(u"_inspector"_s, event.derivedJson());
    return o;
}

bool CaptureWriter::append(
    const QList<Event> &events, QList<Event> *written, ApiError *error, qint64 limit, qsizetype *consumed)
{
    written->clear();
    qsizetype looked = 0;
    if (consumed)
        *consumed = 0;
    if (!m_writer) {
        *error = ApiError::fromLocal(LocalError(
            QCoreApplication::translate("Inspector::Live::CaptureWriter", "The capture %1 is not open.")
                .arg(m_path),
            LocalError::Category::File));
        return false;
    }
    for (const Event &e : events) {
        if (limit >= 0 && written->size() >= limit)
            break;
        ++looked;
        if (consumed)
            *consumed = looked;
        if (!m_dedup.accept(e)) {
            ++m_state.duplicates;
            continue;
        }
        if (!m_writer->write(line(e))) {
            *error
                = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                                                     "Cannot write to the capture %1: %2")
                                                     .arg(m_path, m_writer->errorString()),
                    LocalError::Category::File));
            return false;
        }
        written->append(e);
    }
    if (!syncToDisk(&m_file)) {
        *error = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                                                    "Cannot save the capture %1 to disk: %2")
                                                    .arg(m_path, m_file.errorString()),
            LocalError::Category::File));
        return false;
    }
    m_state.events += written->size();
    return true;
}

bool CaptureWriter::commit(const QString &ackId, ApiError *error)
{
    m_state.ackId = ackId;
    m_state.captureBytes = m_file.pos();
    m_state.recentKeys = m_dedup.keys();
    return writeState(error);
}

void CaptureWriter::addGap(const QString &reason, qint64 nowMs)
{
    m_state.gaps.append(Times::toIso(nowMs) + u' ' + reason);
}

bool CaptureWriter::writeState(ApiError *error)
{
    // QSaveFile would write to a symbolic link's target: the state file's name is the tool's.
    if (const Result<> refused = Export::OutputFile::refuseSymLink(statePath(m_path)); !refused) {
        *error = ApiError::fromLocal(refused.error());
        return false;
    }
    QSaveFile file(statePath(m_path));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = ApiError::fromLocal(LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                                                    "Cannot write the capture state %1: %2")
                                                    .arg(statePath(m_path), file.errorString()),
            LocalError::Category::File));
        return false;
    }
    return true;
}

void CaptureWriter::close()
{
    m_writer.reset();
    if (m_file.isOpen())
        m_file.close();
}

QStringList CaptureWriter::csvColumns()
{
    return {u"time"_s, u"timestamp"_s, u"type"_s, u"id"_s, u"initiatorId"_s, u"initiator"_s, u"streamId"_s,
        u"streamType"_s, u"room"_s, u"messageId"_s, u"preview"_s, u"problems"_s};
}

ApiError CaptureWriter::exportCapture(const QString &capturePath, const QString &outputPath,
    Export::Format format, qint64 *count, qint64 captureBytes)
{
    *count = 0;
    QFile in(capturePath);
    if (!in.open(QIODevice::ReadOnly))
        return ApiError::fromLocal(LocalError(
            QCoreApplication::translate("Inspector::Live::CaptureWriter", "Cannot read the capture %1: %2")
                .arg(capturePath, in.errorString()),
            LocalError::Category::File));
    Export::OutputFile file(outputPath);
    if (const Result<> opened = file.open(); !opened)
        return ApiError::fromLocal(
            LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter", "Cannot create %1: %2")
                           .arg(outputPath, opened.error().message()),
                LocalError::Category::File));
    QIODevice *out = file.device();
    Export::JsonWriter json(out,
        format == Export::Format::Json ? Export::JsonWriter::Mode::Array : Export::JsonWriter::Mode::Lines);
    Export::CsvWriter csv(out, Export::CsvOptions {});
    bool ok = true;
    if (format == Export::Format::Csv)
        ok = csv.begin() && csv.writeRow(csvColumns());
    else
        ok = json.begin();
    while (ok && !in.atEnd()) {
        const QByteArray bytes = in.readLine();
        if (!bytes.endsWith('\n'))
            break; // an unfinished last line never counts
        if (captureBytes >= 0 && in.pos() > captureBytes)
            break; // appended after the snapshot
        bool parsed = false;
        const QJsonObject line = parseLine(bytes, &parsed);
        if (!parsed)
            return ApiError::fromLocal(
                LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter",
                               "The capture %1 has a line that is not a JSON object (event %2).")
                               .arg(capturePath)
                               .arg(*count + 1),
                    LocalError::Category::File));
        if (format == Export::Format::Csv) {
            const QJsonObject d = line.value(u"_inspector"_s).toObject();
            const QJsonObject who = d.value(u"initiator"_s).toObject();
            const QJsonObject stream = d.value(u"stream"_s).toObject();
            QStringList problems;
            for (const QJsonValue &p : d.value(u"problems"_s).toArray())
                problems.append(p.toString());
            ok = csv.writeRow({d.value(u"time"_s).toString(),
                QString::number(line.value(u"timestamp"_s).toInteger()), line.value(u"type"_s).toString(),
                line.value(u"id"_s).toString(),
                who.contains(u"userId"_s) ? QString::number(who.value(u"userId"_s).toInteger()) : QString(),
                who.value(u"displayName"_s).toString(), stream.value(u"streamId"_s).toString(),
                stream.value(u"streamType"_s).toString(), stream.value(u"roomName"_s).toString(),
                d.value(u"messageId"_s).toString(), d.value(u"preview"_s).toString(),
                problems.join(u"; "_s)});
        } else {
            ok = json.write(line);
        }
        if (ok)
            ++*count;
    }
    if (ok && format != Export::Format::Csv)
        ok = json.end();
    if (!ok) {
        const QString why = out->errorString();
        file.cancel();
        return ApiError::fromLocal(
            LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter", "Cannot write %1: %2")
                           .arg(outputPath, why),
                LocalError::Category::File));
    }
    if (const Result<> committed = file.commit(); !committed)
        return ApiError::fromLocal(
            LocalError(QCoreApplication::translate("Inspector::Live::CaptureWriter", "Cannot write %1: %2")
                           .arg(outputPath, committed.error().message()),
                LocalError::Category::File));
    return {};
}

} // namespace Inspector::Live
