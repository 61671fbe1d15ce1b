// SPDX-License-Identifier: Apache-2.0
#include "export/csvwriter.h"

#include <QIODevice>

#include "export/textsafety.h"

namespace Inspector::Export {

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{ }

bool CsvWriter::begin()
{
    if (!m_options.bom)
        return true;
    static const QByteArray bom("\xEF\xBB\xBF");
    if (m_device->write(bom) != bom.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytes += bom.size();
    return true;
}

void CsvWriter::appendCell(QByteArray *out, const QString &cell)
{
    const bool guard = m_options.formulaGuard && looksLikeFormula(cell);
    const QChar sep = m_options.separator;
    bool quote = m_options.quoteAll;
    if (!quote) {
        for (const QChar c : cell) {
            if (c == sep || c == u'"' || c == u'\n' || c == u'\r') {
                quote = true;
                break;
            }
        }
    }
    if (guard)
        ++m_guarded;
    if (!quote) {
        if (guard)
            out->append('\'');
        out->append(toUtf8Checked(cell, &m_replaced));
        return;
    }
    out->append('"');
    if (guard)
        out->append('\'');
    const QByteArray utf8 = toUtf8Checked(cell, &m_replaced);
    qsizetype start = 0;
    for (qsizetype q = utf8.indexOf('"'); q >= 0; q = utf8.indexOf('"', start)) {
        out->append(utf8.constData() + start, q - start + 1);
        out->append('"');
        start = q + 1;
    }
    out->append(utf8.constData() + start, utf8.size() - start);
    out->append('"');
}

void CsvWriter::appendRow(QByteArray *out, const QStringList &cells)
{
    const QByteArray sep = QString(m_options.separator).toUtf8();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out->append(sep);
        appendCell(out, cells[i]);
    }
    out->append(m_options.lineEnding);
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    m_buffer.clear();
    appendRow(&m_buffer, cells);
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytes += written;
    return true;
}

} // namespace Inspector::Export
