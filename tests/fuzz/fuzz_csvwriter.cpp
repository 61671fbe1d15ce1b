// SPDX-License-Identifier: Apache-2.0
// The CSV writer: arbitrary cells (lone surrogates included) and options are written, the output
// must be valid UTF-8 and read back, with a small RFC 4180 reader, to the same cells (lone
// surrogates as U+FFFD, formula cells with their guard).
// Input: byte 0 picks the options, the rest is UTF-16 text; U+0001 ends a row, U+0000 a cell.
#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "export/csvwriter.h"
#include "fuzzcheck.h"

using namespace Inspector;

namespace {

/// `text` with each lone surrogate replaced by U+FFFD (written independently of textsafety.cpp).
QString replacingLoneSurrogates(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate()) {
            out.append(QChar(0xFFFD));
        } else {
            out.append(c);
        }
    }
    return out;
}

/// RFC 4180 with a given separator and line ending; nullopt-like empty list with *ok false when malformed.
QList<QStringList> readCsv(const QString &text, QChar separator, const QString &lineEnding, bool *ok)
{
    *ok = true;
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // At the start of a cell.
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *ok = false; // unterminated quote
                    return {};
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(text.at(i++));
            }
        } else {
            while (i < n && text.at(i) != separator && !QStringView(text).mid(i).startsWith(lineEnding)) {
                if (text.at(i) == u'"' || text.at(i) == u'\r' || text.at(i) == u'\n') {
                    *ok = false; // a quote, CR or LF in an unquoted cell
                    return {};
                }
                cell.append(text.at(i++));
            }
        }
        row.append(std::exchange(cell, QString()));
        if (i < n && text.at(i) == separator) {
            ++i;
            if (i >= n) {
                *ok = false; // a separator at the very end, no line ending
                return {};
            }
            continue;
        }
        if (QStringView(text).mid(i).startsWith(lineEnding)) {
            i += lineEnding.size();
            rows.append(std::exchange(row, QStringList()));
            continue;
        }
        *ok = false; // something after a closing quote
        return {};
    }
    if (!row.isEmpty())
        *ok = false; // the last row has no line ending
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    Export::CsvOptions options;
    const QChar separators[] = {u',', u';', u'\t', u'|'};
    options.separator = separators[flags & 3];
    options.quoteAll = flags & 4;
    options.formulaGuard = flags & 8;
    options.bom = flags & 16;
    options.lineEnding = (flags & 32) ? QByteArray("\n") : QByteArray("\r\n");

    QString text((size - 1) / 2, Qt::Uninitialized);
    std::memcpy(text.data(), data + 1, size_t(text.size()) * 2);
    QList<QStringList> rows;
    for (const QString &line : text.split(QChar(1)))
        rows.append(line.split(QChar(0)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Export::CsvWriter writer(&buffer, options);
    FUZZ_CHECK(writer.begin());
    for (const QStringList &row : std::as_const(rows))
        FUZZ_CHECK(writer.writeRow(row));
    const QByteArray out = buffer.data();
    FUZZ_CHECK(writer.bytesWritten() == out.size());

    // Always valid UTF-8.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString written = decoder.decode(out);
    FUZZ_CHECK(!decoder.hasError());
    if (options.bom) {
        FUZZ_CHECK(written.startsWith(QChar(0xFEFF)));
        written.remove(0, 1);
    }

    bool ok = false;
    const QList<QStringList> read
        = readCsv(written, options.separator, QString::fromLatin1(options.lineEnding), &ok);
    FUZZ_CHECK(ok);
    FUZZ_CHECK(read.size() == rows.size());
    qint64 replaced = 0;
    qint64 guarded = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        FUZZ_CHECK(read[r].size() == rows[r].size());
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString expected = replacingLoneSurrogates(rows[r][c]);
            for (const QChar ch : expected)
                replaced += ch == QChar(0xFFFD) ? 1 : 0;
            for (const QChar ch : rows[r][c])
                replaced -= ch == QChar(0xFFFD) ? 1 : 0;
            // The formula guard may put one `'` in front of a cell, and nothing else changes.
            if (read[r][c] != expected) {
                FUZZ_CHECK(options.formulaGuard);
                FUZZ_CHECK(read[r][c] == QLatin1Char('\'') + expected);
                ++guarded;
            }
        }
    }
    FUZZ_CHECK(writer.replacedCharacters() == replaced);
    FUZZ_CHECK(writer.guardedCells() == guarded);
    return 0;
}
