#pragma once
// Writes a small folder of 256 px z/x/y.png tiles for basemap tests: a flat background with a red dot at one
// place. The dot's pixel comes from the OpenStreetMap wiki's slippy-map formulas, not from our projection
// code, so a test comparing it with where the map draws that place checks the projection independently.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QRectF>
#include <QString>

#include <cmath>
#include <numbers>
#include <optional>

namespace TestTiles {

inline const QColor background(0xd8, 0xe4, 0xd0);
inline const QColor marker(0xff, 0x00, 0x00);

/// The global pixel of a longitude/latitude at zoom z (world = 256 * 2^z px), y down from 85.05° N.
inline QPointF worldPixel(double lon, double lat, int z)
{
    const double n = 256.0 * std::ldexp(1.0, z);
    const double latRad = lat * std::numbers::pi / 180.0;
    const double x = (lon + 180.0) / 360.0 * n;
    const double y = (1.0 - std::asinh(std::tan(latRad)) / std::numbers::pi) / 2.0 * n;
    return {x, y};
}

/// Tiles for zooms minZoom..maxZoom over box (west, south, east, north as left, top, right, bottom),
/// the marker a 3x3 red square on the pixel that holds (lon, lat). False when a file cannot be written.
inline bool write(const QString &folder, int minZoom, int maxZoom, const QRectF &box, double lon, double lat)
{
    for (int z = minZoom; z <= maxZoom; ++z) {
        const QPointF northWest = worldPixel(box.left(), box.bottom(), z);
        const QPointF southEast = worldPixel(box.right(), box.top(), z);
        const QPointF dot = worldPixel(lon, lat, z);
        const int last = (1 << z) - 1;
        for (int x = std::max(0, int(northWest.x() / 256)); x <= std::min(last, int(southEast.x() / 256));
             ++x) {
            const QString column = QStringLiteral("%1/%2/%3").arg(folder).arg(z).arg(x);
            if (!QDir().mkpath(column))
                return false;
            for (int y = std::max(0, int(northWest.y() / 256)); y <= std::min(last, int(southEast.y() / 256));
                 ++y) {
                QImage tile(256, 256, QImage::Format_RGB32);
                tile.fill(background);
                const int px = int(std::floor(dot.x())) - x * 256;
                const int py = int(std::floor(dot.y())) - y * 256;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        if (px + dx >= 0 && px + dx < 256 && py + dy >= 0 && py + dy < 256)
                            tile.setPixelColor(px + dx, py + dy, marker);
                if (!tile.save(QStringLiteral("%1/%2.png").arg(column).arg(y)))
                    return false;
            }
        }
    }
    return true;
}

/// The centre of the red pixels within radius px of around; nullopt when there are none.
inline std::optional<QPointF> markerNear(const QImage &image, QPointF around, double radius)
{
    double sumX = 0, sumY = 0;
    int count = 0;
    const double dpr = image.devicePixelRatio();
    for (int y = int((around.y() - radius) * dpr); y <= int((around.y() + radius) * dpr); ++y)
        for (int x = int((around.x() - radius) * dpr); x <= int((around.x() + radius) * dpr); ++x) {
            if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
                continue;
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60) {
                sumX += (x + 0.5) / dpr;
                sumY += (y + 0.5) / dpr;
                ++count;
            }
        }
    if (count == 0)
        return std::nullopt;
    return QPointF(sumX / count, sumY / count);
}

} // namespace TestTiles
