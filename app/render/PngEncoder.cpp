#include "PngEncoder.h"

#include <array>
#include <cstring>

namespace sahel {

namespace {

constexpr int compressionLevel = 3;
constexpr qsizetype maxPixelBytes = qsizetype(1) << 30;
constexpr qsizetype idatChunkBytes = qsizetype(1) << 20;

/// PNG's CRC-32 (ISO 3309), table-driven; zlib has one, but Qt links zlib privately and exposes only
/// qCompress.
quint32 crc32(const char *data, qsizetype size, quint32 crc = 0xffffffffU)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ static_cast<quint8>(data[i])) & 0xff] ^ (crc >> 8);
    return crc;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], const char *data, qsizetype size)
{
    appendBigEndian(out, static_cast<quint32>(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    appendBigEndian(out, crc32(out.constData() + start, size + 4) ^ 0xffffffffU);
}

/// The image's rows as PNG filtered scanlines: a filter byte (1, Sub) then each byte less the one a pixel
/// before it.
QByteArray subFilteredRows(const QImage &rgb)
{
    const qsizetype rowBytes = qsizetype(rgb.width()) * 3;
    QByteArray rows(qsizetype(rgb.height()) * (rowBytes + 1), Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(rows.data());
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *row = rgb.constScanLine(y);
        *out++ = 1;
        for (qsizetype i = 0; i < 3 && i < rowBytes; ++i)
            *out++ = row[i];
        for (qsizetype i = 3; i < rowBytes; ++i)
            *out++ = static_cast<uchar>(row[i] - row[i - 3]);
    }
    return rows;
}

} // namespace

QByteArray PngEncoder::encodeOpaque(const QImage &image, int dotsPerMetre)
{
    if (image.isNull() || qsizetype(image.width()) * image.height() * 3 > maxPixelBytes)
        return {};
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);

    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(rgb.width()));
    appendBigEndian(header, static_cast<quint32>(rgb.height()));
    header.append("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header.constData(), header.size());

    QByteArray physical;
    appendBigEndian(physical, static_cast<quint32>(std::max(dotsPerMetre, 0)));
    appendBigEndian(physical, static_cast<quint32>(std::max(dotsPerMetre, 0)));
    physical.append('\x01'); // per metre
    appendChunk(png, "pHYs", physical.constData(), physical.size());

    // qCompress writes the input's length in 4 bytes, then a zlib stream: what IDAT holds.
    const QByteArray compressed = qCompress(subFilteredRows(rgb), compressionLevel);
    if (compressed.size() <= 4)
        return {};
    for (qsizetype at = 4; at < compressed.size(); at += idatChunkBytes)
        appendChunk(png, "IDAT", compressed.constData() + at,
                    std::min(idatChunkBytes, compressed.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace sahel
