#include "WaterPainter.h"

#include "PaintPrimitives.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace sahel {

namespace {

/// Below this zoom only the great rivers and lakes are named.
constexpr double detailedZoom = 4.5;

} // namespace

bool WaterPainter::showsScale(int scale, const QRectF &bounds, const GeoData &geo)
{
    // The 1:10m at every zoom: its scale ranks pick the rivers and lakes a 1:50m map shows, and its levels
    // simplify them for the pixel. 1:50m water (an older or a user's GeoPackage; the shipped one has none)
    // stays where no 1:10m feature replaces it.
    return scale == 10 || !Geometry::boundsMeet(bounds, geo.detailedWaterBounds);
}

bool WaterPainter::shows(const WaterLine &river, const Viewport &viewport, const GeoData &geo)
{
    return river.scaleRank <= viewport.zoom() + 1.5 &&
           Geometry::boundsMeet(river.bounds, viewport.visibleBounds()) &&
           showsScale(river.scale, river.bounds, geo);
}

bool WaterPainter::named(int scaleRank, const Viewport &viewport)
{
    // At small scales only the great rivers and lakes are named, or the names would cover the world.
    return scaleRank <= (viewport.zoom() < detailedZoom ? viewport.zoom() - 0.5 : viewport.zoom() + 2.0);
}

bool WaterPainter::shows(const Lake &lake, const Viewport &viewport, const GeoData &geo)
{
    return lake.scaleRank <= viewport.zoom() + 2.0 &&
           Geometry::boundsMeet(lake.shape.bounds(), viewport.visibleBounds()) &&
           showsScale(lake.scale, lake.shape.bounds(), geo);
}

double WaterPainter::width(const WaterLine &river, const Viewport &viewport)
{
    // A great river (rank 0-3) reads as a river at every scale, a rank-9 stream as a hairline.
    return std::clamp(0.5 + 0.33 * (viewport.zoom() + 2.0 - river.scaleRank), 0.5, 3.5);
}

void WaterPainter::paint(QPainter &painter, const Viewport &viewport, const GeoData &geo,
                         const MapStyle &style)
{
    const double metresPerPixel = viewport.metresPerPixel();
    // One path per width: a few strokes instead of one per stretch.
    std::map<int, QPainterPath> byWidth;
    for (const WaterLine &river : geo.rivers) {
        if (!shows(river, viewport, geo))
            continue;
        const int key = qRound(width(river, viewport) * 10.0);
        PaintPrimitives::addScreenLine(byWidth[key], river.forResolution(metresPerPixel), viewport);
    }
    painter.setBrush(Qt::NoBrush);
    // The raster engine's line rasterizer rather than Qt's stroker: rivers are long thin lines.
    for (const auto &[key, path] : byWidth)
        PaintPrimitives::strokeOpaque(
            painter, path, QPen(style.river, key / 10.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    // Lakes over the rivers, so lake centrelines vanish under their lake.
    const QPen shore(style.river, 0.6);
    for (const Lake &lake : geo.lakes) {
        if (!shows(lake, viewport, geo))
            continue;
        const QPainterPath path = PaintPrimitives::screenPath(lake.shape, viewport);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.water);
        painter.drawPath(path);
        PaintPrimitives::strokeOpaque(painter, path, shore);
    }
}

} // namespace sahel
