// SPDX-License-Identifier: Apache-2.0
#include "export/recordexport.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QVariant>

#include <cmath>
#include <memory>

#include "export/jsonwriter.h"
#include "export/messagecolumns.h"
#include "export/outputfile.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Export::RecordExport", text);
}

QString jsonText(const QJsonDocument &document, qint64 *replaced)
{
    QByteArray json = document.toJson(QJsonDocument::Compact);
    const qint64 n = JsonWriter::replaceLoneSurrogateEscapes(&json);
    if (replaced)
        *replaced += n;
    return QString::fromUtf8(json);
}

QString cell(const QJsonValue &value, qint64 *replaced)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Qt keeps a JSON integer as a 64-bit integer: read it as one, never through a double.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QString::number(v.toLongLong());
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return jsonText(QJsonDocument(value.toArray()), replaced);
    case QJsonValue::Object:
        return jsonText(QJsonDocument(value.toObject()), replaced);
    }
    return {};
}

void flattenInto(
    const QString &prefix, const QJsonObject &object, QList<QPair<QString, QString>> *out, qint64 *replaced)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue v = it.value();
        // An empty object keeps its column ("{}"), so that it is not silently lost.
        if (v.isObject() && !v.toObject().isEmpty())
            flattenInto(key, v.toObject(), out, replaced);
        else
            out->append({key, cell(v, replaced)});
    }
}

QList<QPair<QString, QString>> flattenCounted(const QJsonObject &record, qint64 *replaced)
{
    const QString derivedKey = QLatin1StringView(DerivedKey);
    QJsonObject server = record;
    server.remove(derivedKey);
    QList<QPair<QString, QString>> out;
    flattenInto({}, server, &out, replaced);
    // The tool's own values come after the server's, whatever the key order of QJsonObject.
    const QJsonValue derived = record.value(derivedKey);
    if (derived.isObject() && !derived.toObject().isEmpty())
        flattenInto(derivedKey, derived.toObject(), &out, replaced);
    else if (!derived.isUndefined())
        out.append({derivedKey, cell(derived, replaced)});
    return out;
}

} // namespace

QString RecordExport::cellText(const QJsonValue &value)
{
    return cell(value, nullptr);
}

QList<QPair<QString, QString>> RecordExport::flatten(const QJsonObject &record)
{
    return flattenCounted(record, nullptr);
}

QStringList RecordExport::columns(const QList<QJsonObject> &records)
{
    QStringList out;
    QSet<QString> seen;
    for (const QJsonObject &r : records) {
        for (const auto &entry : flatten(r)) {
            if (!seen.contains(entry.first)) {
                seen.insert(entry.first);
                out.append(entry.first);
            }
        }
    }
    return out;
}

Result<QStringList> RecordExport::resolveColumns(const QStringList &names, const QStringList &known)
{
    QStringList out;
    QStringList unknown;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        QString match;
        if (known.contains(name)) {
            match = name;
        } else {
            for (const QString &k : known) {
                if (k.compare(name, Qt::CaseInsensitive) == 0) {
                    match = k;
                    break;
                }
            }
        }
        if (match.isEmpty())
            unknown.append(name);
        else
            out.append(match);
    }
    if (!unknown.isEmpty()) {
        return LocalError(
            tr("Unknown column(s): %1. Known columns: %2.")
                .arg(unknown.join(u", "_s), known.isEmpty() ? tr("none (no records)") : known.join(u", "_s)));
    }
    if (out.isEmpty())
        return LocalError(tr("No columns were chosen."));
    return out;
}

RecordExportReport RecordExport::write(
    const QList<QJsonObject> &records, const RecordExportSettings &settings)
{
    RecordExportReport report;
    if (isTranscript(settings.format)) {
        report.error = ApiError::fromLocal(LocalError(tr(
            "HTML and PDF are for message transcripts; these records export as CSV, JSON or JSON Lines.")));
        return report;
    }
    const bool csv = settings.format == Format::Csv;
    if (csv) {
        const QStringList known = columns(records);
        if (settings.columns.isEmpty()) {
            report.columns = known;
        } else {
            const Result<QStringList> resolved = resolveColumns(settings.columns, known);
            if (!resolved) {
                report.error = ApiError::fromLocal(resolved.error());
                return report;
            }
            report.columns = resolved.value();
        }
    }

    std::unique_ptr<OutputFile> file;
    QIODevice *out = settings.device;
    if (!out) {
        file = std::make_unique<OutputFile>(settings.outputPath);
        if (const Result<> opened = file->open(); !opened) {
            report.error = ApiError::fromLocal(
                LocalError(tr("Could not create %1: %2").arg(settings.outputPath, opened.error().message()),
                    LocalError::Category::File));
            return report;
        }
        out = file->device();
    }

    const auto failed = [&](const QString &why) {
        if (file)
            file->cancel();
        report.error = ApiError::fromLocal(
            LocalError(tr("Could not write the export: %1").arg(why), LocalError::Category::File));
        report.files.clear();
        return report;
    };

    if (csv) {
        CsvWriter writer(out, settings.csv);
        // No records, no columns: an empty file rather than a blank header line.
        const bool header = settings.csv.header && !report.columns.isEmpty();
        if (!writer.begin() || (header && !writer.writeRow(report.columns)))
            return failed(writer.errorString());
        for (const QJsonObject &r : records) {
            QHash<QString, QString> cells;
            for (const auto &entry : flattenCounted(r, &report.replacedCharacters))
                cells.insert(entry.first, entry.second);
            QStringList row;
            row.reserve(report.columns.size());
            for (const QString &c : std::as_const(report.columns))
                row.append(cells.value(c));
            if (!writer.writeRow(row))
                return failed(writer.errorString());
            ++report.records;
        }
        report.bytes = writer.bytesWritten();
        report.replacedCharacters += writer.replacedCharacters();
        report.guardedCells = writer.guardedCells();
    } else {
        JsonWriter writer(
            out, settings.format == Format::Json ? JsonWriter::Mode::Array : JsonWriter::Mode::Lines);
        if (!writer.begin())
            return failed(writer.errorString());
        for (const QJsonObject &r : records) {
            if (!writer.write(r))
                return failed(writer.errorString());
            ++report.records;
        }
        if (!writer.end())
            return failed(writer.errorString());
        report.bytes = writer.bytesWritten();
        report.replacedCharacters = writer.replacedCharacters();
    }

    if (file) {
        if (const Result<> committed = file->commit(); !committed) {
            report.error = ApiError::fromLocal(
                LocalError(tr("Could not save %1: %2").arg(settings.outputPath, committed.error().message()),
                    LocalError::Category::File));
            return report;
        }
        report.files.append(settings.outputPath);
    } else if (auto *device = qobject_cast<QFileDevice *>(out)) {
        device->flush();
    }
    return report;
}

} // namespace Inspector::Export
