#include "EdgeMarkers.h"

#include "WebMercator.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace sahel {

QList<EdgeMarker> EdgeMarker::compute(const Viewport &viewport, const MapScene &scene)
{
    QList<EdgeMarker> markers;
    const QSizeF size = viewport.size();
    const QRectF inner(edgeInset, edgeInset, size.width() - 2 * edgeInset, size.height() - 2 * edgeInset);
    if (inner.width() <= 0 || inner.height() <= 0)
        return markers;
    const QPointF centre(size.width() / 2.0, size.height() / 2.0);
    for (const MapRegion &region : scene.regions) {
        if (region.kind != RegionKind::Place)
            continue;
        const QPointF target = viewport.toScreen(region.point);
        if (QRectF(QPointF(0, 0), size).contains(target))
            continue; // on the map: drawn as a point
        const QPointF direction = target - centre;
        // Scale the direction until it touches the inset rectangle.
        const double sx = direction.x() != 0 ? (inner.width() / 2.0) / std::abs(direction.x()) : 1e300;
        const double sy = direction.y() != 0 ? (inner.height() / 2.0) / std::abs(direction.y()) : 1e300;
        const double s = std::min(sx, sy);
        EdgeMarker marker;
        marker.regionId = region.id;
        marker.tip = centre + direction * s;
        marker.angle = std::atan2(direction.y(), direction.x());
        marker.distanceKm = WebMercator::distanceKm(viewport.centreLonLat(), region.position);
        markers.append(marker);
    }
    return markers;
}

const EdgeMarker *EdgeMarker::hit(const QList<EdgeMarker> &markers, QPointF point)
{
    for (const EdgeMarker &marker : markers)
        if (QLineF(marker.tip, point).length() <= hitRadius)
            return &marker;
    return nullptr;
}

} // namespace sahel
