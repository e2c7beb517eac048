#include "PointClusters.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sahel::PointClusters {

namespace {

/// Space kept between two badges, in logical px, so their white rims never touch.
constexpr double badgeGap = 2.0;

struct Cell
{
    QPointF sum;
    qsizetype count = 0;
};

/// Points summed per grid cell, row by row: a flat grid over the cull area, no hashing for hundreds of
/// thousands of points, and a fixed order.
std::vector<Cell> cells(const Viewport &viewport, const UserLayer &layer, const QList<qsizetype> &points)
{
    const double cell = cellPx * viewport.metresPerPixel();
    const QRectF area = cullRect(viewport);
    const auto firstX = static_cast<qint64>(std::floor(area.left() / cell));
    const auto firstY = static_cast<qint64>(std::floor(area.top() / cell));
    const auto columns = static_cast<qint64>(std::floor(area.right() / cell)) - firstX + 1;
    const auto rows = static_cast<qint64>(std::floor(area.bottom() / cell)) - firstY + 1;
    std::vector<Cell> grid(static_cast<size_t>(std::max<qint64>(columns * rows, 0)));
    for (qsizetype i : points) {
        const QPointF &p = layer.data->features[i].point;
        const qint64 cx = static_cast<qint64>(std::floor(p.x() / cell)) - firstX;
        const qint64 cy = static_cast<qint64>(std::floor(p.y() / cell)) - firstY;
        if (cx < 0 || cy < 0 || cx >= columns || cy >= rows)
            continue;
        Cell &c = grid[static_cast<size_t>(cy * columns + cx)];
        c.sum += p;
        ++c.count;
    }
    return grid;
}

bool touch(const ClusterBadge &a, const ClusterBadge &b)
{
    return QLineF(a.centre, b.centre).length() < a.radius + b.radius + badgeGap;
}

/// Merges `b` into `a`: the centre stays the mean of all their points.
void absorb(ClusterBadge &a, const ClusterBadge &b)
{
    const auto total = static_cast<double>(a.count + b.count);
    a.centre = (a.centre * static_cast<double>(a.count) + b.centre * static_cast<double>(b.count)) / total;
    a.count += b.count;
    a.radius = radiusFor(a.count);
}

} // namespace

QRectF cullRect(const Viewport &viewport)
{
    const double m = cullMarginPx * viewport.metresPerPixel();
    return viewport.visibleBounds().adjusted(-m, -m, m, m);
}

bool isInCull(const UserFeature &feature, const QRectF &cull)
{
    return feature.bounds.intersects(cull) || cull.contains(feature.point);
}

QList<qsizetype> visiblePoints(const Viewport &viewport, const UserLayer &layer)
{
    QList<qsizetype> points;
    const QRectF cull = cullRect(viewport);
    for (qsizetype i : layer.data->index.query(cull)) {
        const UserFeature &feature = layer.data->features[i];
        if (feature.kind == UserFeature::Kind::Point && isInCull(feature, cull))
            points.append(i);
    }
    return points;
}

double radiusFor(qsizetype count)
{
    return std::clamp(7.0 + 5.0 * std::log10(static_cast<double>(std::max<qsizetype>(count, 1))), 7.0, 20.0);
}

QList<ClusterBadge> compute(const Viewport &viewport, const UserLayer &layer, const QList<qsizetype> &points)
{
    QList<ClusterBadge> badges;
    for (const Cell &c : cells(viewport, layer, points))
        if (c.count > 0)
            badges.append(
                {viewport.toScreen(c.sum / static_cast<double>(c.count)), radiusFor(c.count), c.count});
    // Largest first, so a small badge joins the big one next to it rather than the other way round; ties
    // keep the grid's row order, so the same view always merges the same way.
    std::stable_sort(badges.begin(), badges.end(),
                     [](const ClusterBadge &a, const ClusterBadge &b) { return a.count > b.count; });
    // A merge grows a badge, which may then touch another: repeat until nothing touches. Each pass
    // removes at least one badge, so this ends; there are at most a few hundred badges on a screen.
    for (bool merged = true; merged;) {
        merged = false;
        for (qsizetype i = 0; i < badges.size(); ++i) {
            for (qsizetype j = i + 1; j < badges.size();) {
                if (touch(badges[i], badges[j])) {
                    absorb(badges[i], badges[j]);
                    badges.removeAt(j);
                    merged = true;
                } else {
                    ++j;
                }
            }
        }
    }
    return badges;
}

QList<ClusterBadge> badges(const Viewport &viewport, const QList<UserLayer> &layers)
{
    QList<ClusterBadge> all;
    for (const UserLayer &layer : layers) {
        if (!layer.style.visible || !layer.data)
            continue;
        const QList<qsizetype> points = visiblePoints(viewport, layer);
        if (points.size() > layer.style.clusterThreshold)
            all += compute(viewport, layer, points);
    }
    return all;
}

} // namespace sahel::PointClusters
