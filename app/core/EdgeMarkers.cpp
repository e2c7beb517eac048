#include "EdgeMarkers.h"

#include "WebMercator.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <utility>

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

/// The point of [low, high] nearest to `wanted` outside every open interval, if there is one.
std::optional<double> nearestFree(double wanted, double low, double high,
                                  const QList<std::pair<double, double>> &forbidden)
{
    const auto isFree = [&forbidden, low, high](double a) {
        return a >= low && a <= high &&
               std::none_of(forbidden.cbegin(), forbidden.cend(),
                            [a](const auto &interval) { return a > interval.first && a < interval.second; });
    };
    QList<double> candidates{wanted, low, high};
    for (const auto &[start, end] : forbidden)
        candidates << start << end;
    std::optional<double> best;
    for (const double a : std::as_const(candidates))
        if (isFree(a) && (!best || std::abs(a - wanted) < std::abs(*best - wanted)))
            best = a;
    return best;
}

/// Moves the markers on one side along it, each to the free place nearest where it points, so that no
/// two overlap and none lies on an avoided rectangle; `markers` are those of the side, sorted along it.
/// Where the side has no room for an arrow beside its label, the arrow alone takes the room (its label
/// then steps further in). Returns their footprints.
QList<QRectF> spread(QList<EdgeMarker *> &markers, Side side, const QRectF &inner, const QList<QRectF> &avoid)
{
    const bool horizontal = isHorizontal(side);
    const double low = horizontal ? inner.left() : inner.top();
    const double high = horizontal ? inner.right() : inner.bottom();
    const QRectF band =
        footprint(tipAt(side, low, inner), side).united(footprint(tipAt(side, high, inner), side));
    QList<QRectF> inTheWay;
    std::copy_if(avoid.cbegin(), avoid.cend(), std::back_inserter(inTheWay),
                 [&band](const QRectF &rect) { return rect.intersects(band); });
    struct Placed
    {
        double along;
        double half;
    };
    QList<Placed> placed;
    // The positions where a footprint of this half-length would touch a rectangle or a placed arrow.
    const auto forbiddenFor = [&](double half) {
        QList<std::pair<double, double>> forbidden;
        for (const QRectF &rect : std::as_const(inTheWay))
            forbidden.append(horizontal ? std::pair(rect.left() - half, rect.right() + half)
                                        : std::pair(rect.top() - half, rect.bottom() + half));
        for (const Placed &other : std::as_const(placed))
            forbidden.append({other.along - other.half - half, other.along + other.half + half});
        return forbidden;
    };
    // Each arrow with its label's room where that keeps it about where it points; else with its own room
    // only, nearer (the label then steps further in); where there is no room at all, where it points.
    for (EdgeMarker *marker : markers) {
        const double wanted = horizontal ? marker->tip.x() : marker->tip.y();
        const double roomy = halfAlong(side);
        const std::optional<double> withLabel = nearestFree(wanted, low, high, forbiddenFor(roomy));
        const std::optional<double> alone =
            nearestFree(wanted, low, high, forbiddenFor(EdgeMarker::hitRadius));
        const auto offBy = [wanted](const std::optional<double> &a) {
            return a ? std::abs(*a - wanted) : 1e300;
        };
        if (withLabel && offBy(withLabel) <= offBy(alone) + 2 * EdgeMarker::hitRadius)
            placed.append({*withLabel, roomy});
        else
            placed.append({alone.value_or(wanted), EdgeMarker::hitRadius});
    }
    QList<QRectF> footprints;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        EdgeMarker *marker = markers[i];
        const double half = placed[i].half;
        marker->tip = tipAt(side, placed[i].along, inner);
        const QRectF full = footprint(marker->tip, side);
        footprints.append(horizontal ? QRectF(marker->tip.x() - half, full.top(), 2 * half, full.height())
                                     : QRectF(full.left(), marker->tip.y() - half, full.width(), 2 * half));
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
