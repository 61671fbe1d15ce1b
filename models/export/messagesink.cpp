// SPDX-License-Identifier: Apache-2.0
#include "export/messagesink.h"

#include <QFileDevice>
#include <QFileInfo>

#include "export/messagecolumns.h"

namespace Inspector::Export {

DataSink::DataSink(Format format, const CsvOptions &csv, const QStringList &columns)
    : m_format(format)
    , m_csvOptions(csv)
    , m_columns(columns)
{ }

DataSink::~DataSink()
{
    cancel();
}

Result<> DataSink::open(const QString &path, OutputFile::Path kind)
{
    m_file = std::make_unique<OutputFile>(path, kind);
    if (const Result<> opened = m_file->open(); !opened) {
        m_file.reset();
        return LocalError(
            tr("Could not create %1: %2").arg(path, opened.error().message()), LocalError::Category::File);
    }
    m_out = m_file->device();
    return begin();
}

Result<> DataSink::openDevice(QIODevice *device)
{
    m_out = device;
    return begin();
}

Result<> DataSink::begin()
{
    bool ok = true;
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvWriter>(m_out, m_csvOptions);
        ok = m_csv->begin() && (!m_csvOptions.header || m_csv->writeRow(MessageColumns::header(m_columns)));
    } else {
        m_json = std::make_unique<JsonWriter>(
            m_out, m_format == Format::Json ? JsonWriter::Mode::Array : JsonWriter::Mode::Lines);
        ok = m_json->begin();
    }
    if (!ok)
        return LocalError(
            tr("Could not write the export: %1").arg(m_out->errorString()), LocalError::Category::File);
    return {};
}

Result<> DataSink::writeError() const
{
    const QString why = m_csv ? m_csv->errorString() : m_json ? m_json->errorString() : QString();
    return LocalError(tr("Could not write the export: %1").arg(why), LocalError::Category::File);
}

Result<> DataSink::write(const Message &message, const Derived &derived)
{
    const bool ok = m_csv ? m_csv->writeRow(MessageColumns::row(message, derived, m_columns))
        : m_json          ? writeMessageJson(m_json.get(), message, derived)
                          : false;
    return ok ? Result<> {} : writeError();
}

Result<> DataSink::finish()
{
    if (m_json && !m_json->end())
        return writeError();
    if (m_file) {
        const Result<> committed = m_file->commit();
        const QString path = m_file->path(); // after the commit: a new file may be "name (2).ext"
        m_file.reset();
        if (!committed)
            return LocalError(tr("Could not save %1: %2").arg(path, committed.error().message()),
                LocalError::Category::File);
        m_committed.append(path);
    } else if (auto *device = qobject_cast<QFileDevice *>(m_out)) {
        device->flush();
    }
    m_out = nullptr;
    return {};
}

void DataSink::cancel()
{
    if (m_file)
        m_file->cancel();
    m_file.reset();
    m_out = nullptr;
}

qint64 DataSink::bytesWritten() const
{
    return m_csv ? m_csv->bytesWritten() : m_json ? m_json->bytesWritten() : 0;
}

qint64 DataSink::replacedCharacters() const
{
    return m_csv ? m_csv->replacedCharacters() : m_json ? m_json->replacedCharacters() : 0;
}

void DataSink::rename(const QString &path)
{
    if (m_file)
        m_file->rename(QFileInfo(path).fileName());
}

qint64 DataSink::guardedCells() const
{
    return m_csv ? m_csv->guardedCells() : 0;
}

} // namespace Inspector::Export
