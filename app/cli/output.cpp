// SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include <QIODevice>
#include <QJsonDocument>

#include "export/jsonwriter.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

// Enough rows to size columns well, few enough to show the first screen at once.
constexpr int HeldRows = 200;

QString fit(const QString &cell, int width, bool pad, bool right)
{
    return Text::fitToWidth(cell, width, pad, right);
}

} // namespace

Output::Output(QIODevice *device, bool json)
    : m_device(device)
    , m_json(json)
{ }

Output::Output(ItemSink sink)
    : m_device(nullptr)
    , m_sink(std::move(sink))
    , m_json(true)
{ }

Output::~Output()
{
    if (!m_finished)
        finish(false);
}

void Output::write(const QString &text)
{
    // The one way out of table mode: no escape sequence, control or bidi override from a server
    // reaches the terminal, whatever the command put in a cell, a field or a note.
    if (m_device)
        m_device->write(Text::printable(text).toUtf8());
}

void Output::setColumns(const QList<Column> &columns, const QString &emptyText)
{
    flushTable();
    m_columns = columns;
    m_emptyText = emptyText;
    m_tableRows = 0;
    m_widths.clear();
    m_widthsFixed = false;
}

void Output::addRow(const QStringList &cells)
{
    ++m_rows;
    ++m_tableRows;
    QStringList clean;
    clean.reserve(cells.size());
    for (const QString &c : cells)
        clean.append(Text::printable(Text::oneLine(c))); // filtered before the widths are measured
    if (m_widthsFixed) {
        writeRow(clean);
        return;
    }
    m_held.append(clean);
    if (m_held.size() >= HeldRows)
        flushTable();
}

void Output::flushTable()
{
    if (m_columns.isEmpty() || m_widthsFixed)
        return;
    m_widthsFixed = true;
    if (m_tableRows == 0) {
        if (!m_emptyText.isEmpty())
            write(m_emptyText + u'\n');
        return;
    }
    m_widths.clear();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        int w = Text::displayWidth(m_columns.at(c).title);
        for (const QStringList &row : std::as_const(m_held))
            w = std::max(w, Text::displayWidth(row.value(c)));
        if (m_columns.at(c).maxWidth > 0)
            w = std::min(w, std::max(m_columns.at(c).maxWidth, Text::displayWidth(m_columns.at(c).title)));
        m_widths.append(w);
    }
    QStringList titles;
    for (const Column &c : std::as_const(m_columns))
        titles.append(c.title);
    writeRow(titles);
    for (const QStringList &row : std::as_const(m_held))
        writeRow(row);
    m_held.clear();
}

void Output::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const bool last = c == m_columns.size() - 1;
        if (c > 0)
            line += u"  "_s;
        line += fit(cells.value(c), m_widths.at(c), !last || m_columns.at(c).rightAligned,
            m_columns.at(c).rightAligned);
    }
    while (line.endsWith(u' '))
        line.chop(1);
    write(line + u'\n');
}

void Output::addFields(const QList<QPair<QString, QString>> &fields)
{
    flushTable();
    int width = 0;
    for (const auto &f : fields)
        width = std::max(width, int(f.first.size()) + 1);
    for (const auto &f : fields) {
        // A value of several lines (a message's text) continues under its first line.
        const QStringList lines = f.second.split(u'\n', Qt::SkipEmptyParts);
        write(QString(f.first + u':').leftJustified(width + 1) + Text::oneLine(lines.value(0)) + u'\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = Text::oneLine(lines.at(i));
            if (!line.isEmpty())
                write(QString(width + 1, u' ') + line + u'\n');
        }
    }
}

void Output::addNote(const QString &text)
{
    flushTable();
    write(text + u'\n');
}

void Output::addItem(const QJsonObject &item)
{
    if (m_sink) {
        m_sink(item);
        ++m_items;
        return;
    }
    QByteArray json = QJsonDocument(item).toJson(QJsonDocument::Compact);
    // The same rule as the exports: a lone surrogate is written as U+FFFD, never as a bare escape.
    Export::JsonWriter::replaceLoneSurrogateEscapes(&json);
    // Exact values, but no raw C1 control or bidi override on a terminal (C0 ones are escaped already).
    Text::escapeTerminalControls(&json);
    m_device->write(m_arrayOpen ? QByteArrayLiteral(",\n") : QByteArrayLiteral("[\n"));
    m_arrayOpen = true;
    m_device->write(json);
    ++m_items;
}

void Output::finish(bool success)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_sink)
        return;
    if (m_json) {
        if (m_arrayOpen)
            m_device->write(QByteArrayLiteral("\n]\n"));
        else if (success)
            m_device->write(QByteArrayLiteral("[]\n"));
        return;
    }
    // After a failure an empty table says nothing: the error line says why.
    if (success || !m_held.isEmpty())
        flushTable();
}

} // namespace Inspector::Cli
