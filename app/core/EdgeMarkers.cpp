#include "EdgeMarkers.h"

#include "WebMercator.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace sahel {

namespace {

enum class Side { Top, Right, Bottom, Left };

bool isHorizontal(Side side)
{
    return side == Side::Top || side == Side::Bottom;
}

/// The side of the inset rectangle a tip lies on (the nearest one).
Side sideOf(QPointF tip, const QRectF &inner)
{
    const double distances[] = {std::abs(tip.y() - inner.top()), std::abs(tip.x() - inner.right()),
                                std::abs(tip.y() - inner.bottom()), std::abs(tip.x() - inner.left())};
    return static_cast<Side>(std::min_element(std::begin(distances), std::end(distances)) -
                             std::begin(distances));
}

QPointF tipAt(Side side, double along, const QRectF &inner)
{
    switch (side) {
    case Side::Top:
        return {along, inner.top()};
    case Side::Right:
        return {inner.right(), along};
    case Side::Bottom:
        return {along, inner.bottom()};
    case Side::Left:
        break;
    }
    return {inner.left(), along};
}

/// Half of what an arrow and its label take along the side.
double halfAlong(Side side)
{
    const QSizeF reach = EdgeMarker::labelReach;
    return std::max(EdgeMarker::hitRadius, (isHorizontal(side) ? reach.width() : reach.height()) / 2);
}

/// What an arrow and its label cover: the arrow's hit area and, on its inner side, the label's room.
QRectF footprint(QPointF tip, Side side)
{
    const double r = EdgeMarker::hitRadius;
    const double half = halfAlong(side);
    const QSizeF reach = EdgeMarker::labelReach;
    switch (side) {
    case Side::Top:
        return {tip.x() - half, tip.y() - r, 2 * half, r + EdgeMarker::labelGap + reach.height()};
    case Side::Bottom:
        return {tip.x() - half, tip.y() - EdgeMarker::labelGap - reach.height(), 2 * half,
                r + EdgeMarker::labelGap + reach.height()};
    case Side::Right:
        return {tip.x() - EdgeMarker::labelGap - reach.width(), tip.y() - half,
                r + EdgeMarker::labelGap + reach.width(), 2 * half};
    case Side::Left:
        break;
    }
    return {tip.x() - r, tip.y() - half, r + EdgeMarker::labelGap + reach.width(), 2 * half};
}

/// Moves the markers on one side along it so that no two overlap and none lies on an avoided rectangle;
/// `markers` are those of the side, sorted along it. Returns their footprints.
QList<QRectF> spread(QList<EdgeMarker *> &markers, Side side, const QRectF &inner, const QList<QRectF> &avoid)
{
    const double spacing = 2 * halfAlong(side);
    const bool horizontal = isHorizontal(side);
    const double low = horizontal ? inner.left() : inner.top();
    const double high = horizontal ? inner.right() : inner.bottom();
    QList<double> along;
    double previous = -1e300;
    for (const EdgeMarker *marker : markers) {
        double a = std::max(horizontal ? marker->tip.x() : marker->tip.y(), previous + spacing);
        // Past each rectangle in the way, in the direction of the stack; each one is passed once.
        for (qsizetype guard = 0; guard <= avoid.size(); ++guard) {
            const QRectF here = footprint(tipAt(side, a, inner), side);
            const auto blocker = std::find_if(avoid.cbegin(), avoid.cend(),
                                              [&here](const QRectF &rect) { return rect.intersects(here); });
            if (blocker == avoid.cend())
                break;
            a = (horizontal ? blocker->right() : blocker->bottom()) + spacing / 2 + 1;
        }
        along.append(a);
        previous = a;
    }
    // A stack that ran past the end is pulled back from it: better over the furniture than off the map.
    double next = high + spacing;
    for (qsizetype i = along.size() - 1; i >= 0; --i) {
        along[i] = std::max(low, std::min(along[i], next - spacing));
        next = along[i];
    }
    QList<QRectF> footprints;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        markers[i]->tip = tipAt(side, along[i], inner);
        footprints.append(footprint(markers[i]->tip, side));
    }
    return footprints;
}

/// Spreads every side's markers, sides in turn, each avoiding the arrows already placed at a corner.
void stack(QList<EdgeMarker> &markers, const QRectF &inner, QList<QRectF> avoid)
{
    for (const Side side : {Side::Top, Side::Right, Side::Bottom, Side::Left}) {
        QList<EdgeMarker *> onSide;
        for (EdgeMarker &marker : markers)
            if (sideOf(marker.tip, inner) == side)
                onSide.append(&marker);
        const bool horizontal = isHorizontal(side);
        std::stable_sort(onSide.begin(), onSide.end(),
                         [horizontal](const EdgeMarker *a, const EdgeMarker *b) {
                             return horizontal ? a->tip.x() < b->tip.x() : a->tip.y() < b->tip.y();
                         });
        avoid += spread(onSide, side, inner, avoid);
    }
}

} // namespace

QList<EdgeMarker> EdgeMarker::compute(const Viewport &viewport, const MapScene &scene,
                                      const QList<QRectF> &avoid)
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
    stack(markers, inner, avoid);
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
