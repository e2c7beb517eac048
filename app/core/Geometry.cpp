#include "Geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sahel {

bool MultiPolygon::contains(QPointF point) const
{
    if (!bounds.contains(point))
        return false;
    for (const Polygon &polygon : polygons) {
        bool inside = false;
        for (const Ring &ring : polygon.rings) {
            if (Geometry::ringContains(ring, point))
                inside = !inside;
        }
        if (inside)
            return true;
    }
    return false;
}

void MultiPolygon::updateBounds()
{
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const Polygon &polygon : polygons) {
        for (const Ring &ring : polygon.rings) {
            for (const QPointF &p : ring) {
                minX = std::min(minX, p.x());
                maxX = std::max(maxX, p.x());
                minY = std::min(minY, p.y());
                maxY = std::max(maxY, p.y());
            }
        }
    }
    bounds = minX <= maxX ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
}

qsizetype MultiPolygon::vertexCount() const
{
    qsizetype count = 0;
    for (const Polygon &polygon : polygons)
        for (const Ring &ring : polygon.rings)
            count += ring.size();
    return count;
}

const MultiPolygon &LodShape::forResolution(double metresPerPixel) const
{
    const QList<double> &tolerances = Geometry::lodTolerances();
    const MultiPolygon *best = &full;
    for (qsizetype i = 0; i < levels.size() && i < tolerances.size(); ++i) {
        if (tolerances[i] <= metresPerPixel * 0.5)
            best = &levels[i];
    }
    return *best;
}

LodShape LodShape::fromMultiPolygon(MultiPolygon shape)
{
    shape.updateBounds();
    LodShape lod;
    for (double tolerance : Geometry::lodTolerances())
        lod.levels.append(Geometry::simplify(lod.levels.isEmpty() ? shape : lod.levels.last(), tolerance));
    lod.full = std::move(shape);
    return lod;
}

namespace Geometry {

const QList<double> &lodTolerances()
{
    // Half a pixel at Web Mercator zooms from about 9 down to 3, a level per zoom.
    static const QList<double> tolerances{150.0, 300.0, 600.0, 1200.0, 2400.0, 4800.0, 9600.0};
    return tolerances;
}

bool ringContains(const Ring &ring, QPointF point)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        if ((a.y() > point.y()) != (b.y() > point.y()) &&
            point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

double signedArea(const Ring &ring)
{
    double sum = 0.0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++)
        sum += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return sum / 2.0;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double lengthSquared = dx * dx + dy * dy;
    double t = 0.0;
    if (lengthSquared > 0.0)
        t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

namespace {

void douglasPeucker(const Ring &ring, qsizetype first, qsizetype last, double tolerance, QList<bool> &keep)
{
    // Iterative to keep the stack flat on rings with hundreds of thousands of vertices.
    QList<std::pair<qsizetype, qsizetype>> stack{{first, last}};
    while (!stack.isEmpty()) {
        const auto [from, to] = stack.takeLast();
        double maxDistance = 0.0;
        qsizetype index = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = distanceToSegment(ring[i], ring[from], ring[to]);
            if (d > maxDistance) {
                maxDistance = d;
                index = i;
            }
        }
        if (index >= 0 && maxDistance > tolerance) {
            keep[index] = true;
            stack.append({from, index});
            stack.append({index, to});
        }
    }
}

} // namespace

Ring simplifyRing(const Ring &ring, double tolerance)
{
    if (ring.size() <= 4)
        return ring;
    QList<bool> keep(ring.size(), false);
    keep.first() = true;
    keep.last() = true;
    // Split at the vertex farthest from the first so a closed ring has two real halves.
    qsizetype far = 1;
    double farDistance = 0.0;
    for (qsizetype i = 1; i < ring.size() - 1; ++i) {
        const QPointF d = ring[i] - ring.first();
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance > farDistance) {
            farDistance = distance;
            far = i;
        }
    }
    keep[far] = true;
    douglasPeucker(ring, 0, far, tolerance, keep);
    douglasPeucker(ring, far, ring.size() - 1, tolerance, keep);
    Ring result;
    for (qsizetype i = 0; i < ring.size(); ++i)
        if (keep[i])
            result.append(ring[i]);
    return result.size() >= 4 ? result : Ring();
}

MultiPolygon simplify(const MultiPolygon &shape, double tolerance)
{
    MultiPolygon result;
    for (const Polygon &polygon : shape.polygons) {
        Polygon simplified;
        for (const Ring &ring : polygon.rings) {
            Ring r = simplifyRing(ring, tolerance);
            if (!r.isEmpty())
                simplified.rings.append(std::move(r));
            else if (simplified.rings.isEmpty())
                break; // the outer ring vanished at this scale: so does the polygon
        }
        if (!simplified.rings.isEmpty())
            result.polygons.append(std::move(simplified));
    }
    result.bounds = shape.bounds;
    return result;
}

namespace {

double distanceToPolygonEdges(const Polygon &polygon, QPointF p)
{
    double best = std::numeric_limits<double>::max();
    for (const Ring &ring : polygon.rings)
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            best = std::min(best, distanceToSegment(p, ring[j], ring[i]));
    return best;
}

bool polygonContains(const Polygon &polygon, QPointF p)
{
    bool inside = false;
    for (const Ring &ring : polygon.rings)
        if (ringContains(ring, p))
            inside = !inside;
    return inside;
}

} // namespace

QPointF labelPoint(const MultiPolygon &shape)
{
    const Polygon *largest = nullptr;
    double largestArea = 0.0;
    for (const Polygon &polygon : shape.polygons) {
        if (polygon.rings.isEmpty())
            continue;
        const double area = std::abs(signedArea(polygon.rings.first()));
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon;
        }
    }
    if (!largest)
        return shape.bounds.center();
    // A coarse grid search refined twice around the best cell: close to the pole of inaccessibility.
    MultiPolygon outer;
    outer.polygons.append(Polygon{{largest->rings.first()}});
    outer.updateBounds();
    QRectF box = outer.bounds;
    QPointF best = box.center();
    double bestDistance = polygonContains(*largest, best) ? distanceToPolygonEdges(*largest, best) : -1.0;
    constexpr int steps = 16;
    for (int pass = 0; pass < 3; ++pass) {
        const double stepX = box.width() / steps;
        const double stepY = box.height() / steps;
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const QPointF p(box.left() + i * stepX, box.top() + j * stepY);
                if (!polygonContains(*largest, p))
                    continue;
                const double d = distanceToPolygonEdges(*largest, p);
                if (d > bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        box = QRectF(best.x() - 2 * stepX, best.y() - 2 * stepY, 4 * stepX, 4 * stepY);
    }
    return best;
}

} // namespace Geometry
} // namespace sahel
