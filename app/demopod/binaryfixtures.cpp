// SPDX-License-Identifier: Apache-2.0
#include "binaryfixtures.h"

#include <QList>
#include <QtEndian>

#include <array>

namespace Inspector::DemoPod::BinaryFixtures {

namespace {

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray typed = type + data;
    return bigEndian32(quint32(data.size())) + typed + bigEndian32(crc32(typed));
}

} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 c = 0xffffffffU;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffU;
}

QByteArray pdf(const QByteArray &text, qint64 size)
{
    const QByteArray content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    auto build = [&](const QByteArray &padding) {
        QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + padding;
        QList<qint64> offsets;
        for (int i = 0; i < objects.size(); ++i) {
            offsets.append(out.size());
            out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qint64 xref = out.size();
        out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (const qint64 offset : offsets)
            out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    };
    // Padding is comment lines ("%" + filler + "\n", at most 80 bytes each). Its length moves the
    // startxref number, which can change the file size by a digit: adjust until exact.
    auto padding = [](qint64 bytes) {
        QByteArray out;
        while (bytes > 0) {
            const qint64 line = qMin<qint64>(bytes, 80);
            out += line == 1 ? QByteArray("\n") : '%' + QByteArray(int(line - 2), 'x') + '\n';
            bytes -= line;
        }
        return out;
    };
    qint64 wanted = size - build(QByteArray()).size();
    QByteArray out = build(padding(wanted));
    for (int attempt = 0; attempt < 4 && out.size() != size; ++attempt) {
        wanted += size - out.size();
        out = build(padding(wanted));
    }
    return out;
}

QByteArray png(int width, int height, qint64 size)
{
    QByteArray header = bigEndian32(quint32(width)) + bigEndian32(quint32(height));
    header += char(8); // bit depth
    header += char(2); // truecolour
    header += char(0);
    header += char(0);
    header += char(0);

    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw += char(0); // filter: none
        for (int x = 0; x < width; ++x) {
            const int bar = (x * 5) / qMax(1, width);
            const int barHeight = height * (2 + ((bar * 3) % 5)) / 8;
            const bool filled = (height - y) <= barHeight && (x % qMax(1, width / 5)) > 1;
            raw += char(filled ? 30 + bar * 40 : 250);
            raw += char(filled ? 90 : 250);
            raw += char(filled ? 200 - bar * 30 : 250);
        }
    }
    // qCompress output is a 4-byte length prefix followed by a zlib stream: PNG wants the stream.
    const QByteArray zlib = qCompress(raw, 9).mid(4);

    const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    QByteArray out = signature + pngChunk("IHDR", header) + pngChunk("IDAT", zlib);
    const QByteArray end = pngChunk("IEND", QByteArray());
    const qint64 used = out.size() + end.size();
    if (size > 0 && size - used >= 12) {
        // A private, ancillary chunk ("dmPd") that decoders skip: it only brings the size up.
        out += pngChunk("dmPd", QByteArray(int(size - used - 12), 'p'));
    }
    return out + end;
}

} // namespace Inspector::DemoPod::BinaryFixtures
