#pragma once

#include <QByteArray>
#include <QImage>

namespace sahel {

/// Encodes an opaque map as an 8-bit RGB PNG, every row with PNG's Sub filter, zlib at level 3 on every
/// core, and its resolution in a pHYs chunk. Our own because Qt's writer (libpng searching all five filters
/// per row, then zlib at level 6 on one core, with no way to choose) took 100 ms for a 1920x1080 map, the
/// largest part of a cold export; this takes about a sixth of that and the files come out no larger.
namespace PngEncoder {

/// Empty if the image is null or too large for one encoding in memory (more than 1 GiB of pixels).
QByteArray encodeOpaque(const QImage &image, int dotsPerMetre);

} // namespace PngEncoder
} // namespace sahel
