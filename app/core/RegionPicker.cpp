#include "RegionPicker.h"

#include "EdgeMarkers.h"

#include <QLineF>

#include <limits>

namespace sahel::RegionPicker {

QString regionAt(const MapScene &scene, const Viewport &viewport, QPointF screen,
                 const QSet<QString> &linkedRegionIds, const QList<QRectF> &reserved)
{
    const QList<EdgeMarker> markers = EdgeMarker::compute(viewport, scene, reserved);
    if (const EdgeMarker *marker = EdgeMarker::hit(markers, screen))
        return marker->regionId;
    QString nearestPoint;
    double nearestDistance = pointReachPx;
    for (const MapRegion &region : scene.regions) {
        if (!region.isPoint || !linkedRegionIds.contains(region.id))
            continue;
        const double distance = QLineF(viewport.toScreen(region.point), screen).length();
        if (distance <= nearestDistance) {
            nearestDistance = distance;
            nearestPoint = region.id;
        }
    }
    if (!nearestPoint.isEmpty())
        return nearestPoint;
    const QPointF projected = viewport.toProjected(screen);
    QString smallest;
    double smallestArea = std::numeric_limits<double>::max();
    for (const MapRegion &region : scene.regions) {
        if (region.isPoint || !linkedRegionIds.contains(region.id) || !region.contains(projected))
            continue;
        const double area = region.bounds().width() * region.bounds().height();
        if (area < smallestArea) {
            smallestArea = area;
            smallest = region.id;
        }
    }
    return smallest;
}

} // namespace sahel::RegionPicker
