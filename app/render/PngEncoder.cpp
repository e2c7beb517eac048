#include "PngEncoder.h"

#include <zlib.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace sahel {

namespace {

constexpr int compressionLevel = 3;
constexpr qsizetype maxPixelBytes = qsizetype(1) << 30;
constexpr qsizetype idatChunkBytes = qsizetype(1) << 20;
/// Below this, one part: a thread costs more than it saves.
constexpr qsizetype minPartBytes = qsizetype(256) << 10;

/// Raw deflate of one part of the data; every part but the last ends on a byte boundary (Z_SYNC_FLUSH), so
/// the parts concatenate into one deflate stream. Empty on failure.
QByteArray deflatePart(const uchar *data, qsizetype size, bool last)
{
    z_stream stream{};
    // -15: raw deflate (no zlib header or checksum: the caller writes one for the whole stream).
    if (deflateInit2(&stream, compressionLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(size))) + 16, Qt::Uninitialized);
    stream.next_in = const_cast<Bytef *>(data);
    stream.avail_in = uInt(size);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool ok = last ? status == Z_STREAM_END : status == Z_OK && stream.avail_in == 0;
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return ok ? out : QByteArray();
}

/// A zlib stream of the data, compressed in as many parts as there are cores (as pigz does): each part
/// starts without the previous one's 32 KB window, a loss of well under 1 % on a map's megabytes.
QByteArray zlibStream(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype parts = std::clamp<qsizetype>(data.size() / minPartBytes, 1,
                                                  std::max(1U, std::thread::hardware_concurrency()));
    const qsizetype partSize = (data.size() + parts - 1) / parts;
    std::vector<QByteArray> deflated(static_cast<size_t>(parts));
    std::vector<uLong> adlers(static_cast<size_t>(parts));
    const auto compress = [&](qsizetype i) {
        const qsizetype start = i * partSize;
        const qsizetype size = std::min(partSize, data.size() - start);
        deflated[size_t(i)] = deflatePart(bytes + start, size, i == parts - 1);
        adlers[size_t(i)] = adler32(adler32(0, nullptr, 0), bytes + start, uInt(size));
    };
    std::vector<std::thread> helpers;
    for (qsizetype i = 1; i < parts; ++i)
        helpers.emplace_back(compress, i);
    compress(0);
    for (std::thread &helper : helpers)
        helper.join();
    QByteArray stream("\x78\x5e", 2); // deflate, 32 KB window, "default" level: (0x785e % 31) == 0
    uLong adler = adlers[0];
    for (qsizetype i = 0; i < parts; ++i) {
        if (deflated[size_t(i)].isEmpty() && partSize > 0)
            return {};
        stream.append(deflated[size_t(i)]);
        if (i > 0)
            adler = adler32_combine(adler, adlers[size_t(i)], std::min(partSize, data.size() - i * partSize));
    }
    const char checksum[4] = {char(adler >> 24), char(adler >> 16), char(adler >> 8), char(adler)};
    stream.append(checksum, 4);
    return stream;
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
    appendBigEndian(out, static_cast<quint32>(crc32(
                             0, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(size + 4))));
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

    const QByteArray compressed = zlibStream(subFilteredRows(rgb));
    if (compressed.isEmpty())
        return {};
    for (qsizetype at = 0; at < compressed.size(); at += idatChunkBytes)
        appendChunk(png, "IDAT", compressed.constData() + at,
                    std::min(idatChunkBytes, compressed.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace sahel
