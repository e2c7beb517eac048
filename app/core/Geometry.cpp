#include "Geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <queue>
#include <vector>

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
    const Parts &parts = m_parts.get();
    const qsizetype level = Geometry::levelForResolution(parts.levels.size(), metresPerPixel);
    return level < 0 ? parts.full : parts.levels[level];
}

LodShape LodShape::fromMultiPolygon(MultiPolygon shape)
{
    shape.updateBounds();
    LevelList<MultiPolygon> levels = Geometry::simplifyLevels(shape, Geometry::lodTolerances());
    return fromParts(std::move(shape), std::move(levels));
}

LodShape LodShape::fromParts(MultiPolygon full, LevelList<MultiPolygon> levels)
{
    LodShape lod;
    lod.m_bounds = full.bounds;
    lod.m_empty = full.isEmpty();
    lod.m_parts = Lazy<Parts>::of({std::move(full), std::move(levels)});
    return lod;
}

LodShape LodShape::deferred(QRectF bounds, bool empty, std::function<Parts()> decode)
{
    LodShape lod;
    lod.m_bounds = bounds;
    lod.m_empty = empty;
    lod.m_parts = Lazy<Parts>::later(std::move(decode));
    return lod;
}

namespace Geometry {

QRectF ringBounds(const Ring &ring)
{
    if (ring.isEmpty())
        return {};
    double minX = ring.first().x();
    double maxX = minX;
    double minY = ring.first().y();
    double maxY = minY;
    for (const QPointF &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

const QList<double> &lodTolerances()
{
    // Half a pixel at Web Mercator zooms from about 9 down to 3, a level per zoom.
    static const QList<double> tolerances{150.0, 300.0, 600.0, 1200.0, 2400.0, 4800.0, 9600.0};
    return tolerances;
}

qsizetype levelForResolution(qsizetype levelCount, double metresPerPixel)
{
    const QList<double> &tolerances = lodTolerances();
    qsizetype best = -1;
    for (qsizetype i = 0; i < levelCount && i < tolerances.size(); ++i)
        if (tolerances[i] <= metresPerPixel * 0.5)
            best = i;
    return best;
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

double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double lengthSquared = dx * dx + dy * dy;
    double t = 0.0;
    if (lengthSquared > 0.0)
        t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared, 0.0, 1.0);
    const double ex = p.x() - (a.x() + t * dx);
    const double ey = p.y() - (a.y() + t * dy);
    return ex * ex + ey * ey;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    return std::sqrt(squaredDistanceToSegment(p, a, b));
}

namespace {

/// The inner vertex farthest from the first: simplification splits a closed ring there, so it has two
/// real halves.
qsizetype farthestFromFirst(const Ring &ring)
{
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
    return far;
}

void douglasPeucker(const Ring &ring, qsizetype first, qsizetype last, double tolerance, QList<bool> &keep)
{
    // Squared distances: the comparison needs no square root per vertex.
    const double toleranceSquared = tolerance * tolerance;
    const QPointF *v = ring.constData();
    // Iterative to keep the stack flat on rings with hundreds of thousands of vertices.
    QList<std::pair<qsizetype, qsizetype>> stack{{first, last}};
    while (!stack.isEmpty()) {
        const auto [from, to] = stack.takeLast();
        const double ax = v[from].x();
        const double ay = v[from].y();
        const double dx = v[to].x() - ax;
        const double dy = v[to].y() - ay;
        const double lengthSquared = dx * dx + dy * dy;
        const double inverse = lengthSquared > 0.0 ? 1.0 / lengthSquared : 0.0;
        double maxDistance = 0.0;
        qsizetype index = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double qx = v[i].x() - ax;
            const double qy = v[i].y() - ay;
            const double t = std::clamp((qx * dx + qy * dy) * inverse, 0.0, 1.0);
            const double ex = qx - t * dx;
            const double ey = qy - t * dy;
            const double d = ex * ex + ey * ey;
            if (d > maxDistance) {
                maxDistance = d;
                index = i;
            }
        }
        if (index >= 0 && maxDistance > toleranceSquared) {
            keep[index] = true;
            stack.append({from, index});
            stack.append({index, to});
        }
    }
}

/// douglasPeucker() run once to the end: for each vertex between first and last, the tolerance
/// below which it is kept. A vertex is kept when it is the farthest of an interval that is looked
/// at, and the interval is looked at only when the vertex that made it was kept: so its value is
/// its distance, capped by the value of the vertex that made its interval.
void significance(const Ring &ring, qsizetype first, qsizetype last, QList<double> &values)
{
    const QPointF *v = ring.constData();
    struct Interval
    {
        qsizetype from;
        qsizetype to;
        double cap;
    };
    QList<Interval> stack{{first, last, std::numeric_limits<double>::infinity()}};
    while (!stack.isEmpty()) {
        const Interval interval = stack.takeLast();
        const double ax = v[interval.from].x();
        const double ay = v[interval.from].y();
        const double dx = v[interval.to].x() - ax;
        const double dy = v[interval.to].y() - ay;
        const double lengthSquared = dx * dx + dy * dy;
        const double inverse = lengthSquared > 0.0 ? 1.0 / lengthSquared : 0.0;
        double maxDistance = 0.0;
        qsizetype index = -1;
        for (qsizetype i = interval.from + 1; i < interval.to; ++i) {
            const double qx = v[i].x() - ax;
            const double qy = v[i].y() - ay;
            const double t = std::clamp((qx * dx + qy * dy) * inverse, 0.0, 1.0);
            const double ex = qx - t * dx;
            const double ey = qy - t * dy;
            const double d = ex * ex + ey * ey;
            if (d > maxDistance) {
                maxDistance = d;
                index = i;
            }
        }
        if (index < 0)
            continue;
        const double value = std::min(std::sqrt(maxDistance), interval.cap);
        values[index] = value;
        stack.append({interval.from, index, value});
        stack.append({index, interval.to, value});
    }
}

/// The vertices whose value exceeds the tolerance.
Ring keepAbove(const Ring &ring, const QList<double> &values, double tolerance)
{
    Ring result;
    for (qsizetype i = 0; i < ring.size(); ++i)
        if (values[i] > tolerance)
            result.append(ring[i]);
    return result;
}

} // namespace

QList<Ring> simplifyRingLevels(const Ring &ring, const QList<double> &tolerances)
{
    if (ring.size() <= 4)
        return QList<Ring>(tolerances.size(), ring);
    // The same split as simplifyRing(), then one pass per level instead of a simplification each.
    const double infinity = std::numeric_limits<double>::infinity();
    QList<double> values(ring.size(), 0.0);
    values.first() = infinity;
    values.last() = infinity;
    const qsizetype far = farthestFromFirst(ring);
    values[far] = infinity;
    significance(ring, 0, far, values);
    significance(ring, far, ring.size() - 1, values);
    QList<Ring> levels;
    levels.reserve(tolerances.size());
    for (double tolerance : tolerances) {
        Ring level = keepAbove(ring, values, tolerance);
        levels.append(level.size() >= 4 ? std::move(level) : Ring());
    }
    return levels;
}

QList<quint8> levelCounts(const Ring &ring, const QList<double> &tolerances, bool asLine)
{
    const qsizetype n = ring.size();
    QList<quint8> counts(n, static_cast<quint8>(tolerances.size()));
    // The same cases as simplifyRingLevels() and simplifyLineLevels().
    const bool closed = !asLine || (n > 2 && ring.first() == ring.last());
    if (closed ? n <= 4 : n <= 2)
        return counts;
    const double infinity = std::numeric_limits<double>::infinity();
    QList<double> values(n, 0.0);
    values.first() = infinity;
    values.last() = infinity;
    if (closed) {
        const qsizetype far = farthestFromFirst(ring);
        values[far] = infinity;
        significance(ring, 0, far, values);
        significance(ring, far, n - 1, values);
    } else {
        significance(ring, 0, n - 1, values);
    }
    for (qsizetype v = 0; v < n; ++v) {
        quint8 count = 0;
        for (const double tolerance : tolerances)
            if (values[v] > tolerance)
                ++count;
        counts[v] = count;
    }
    return counts;
}

namespace {

/// Level `level` of a ring: its vertices whose count is above level. A level keeping every vertex shares
/// the full ring's list.
Ring keptAtLevel(const Ring &full, const quint8 *counts, qsizetype level, bool closed)
{
    qsizetype kept = 0;
    for (qsizetype v = 0; v < full.size(); ++v)
        kept += counts[v] > level ? 1 : 0;
    if (kept == full.size())
        return full;
    if (closed && kept < 4)
        return {};
    Ring ring;
    ring.reserve(kept);
    for (qsizetype v = 0; v < full.size(); ++v)
        if (counts[v] > level)
            ring.append(full[v]);
    return ring;
}

const quint8 *bytesOf(const QByteArray &counts)
{
    return reinterpret_cast<const quint8 *>(counts.constData());
}

Ring closedLineLevel(const Ring &full, const QByteArray &counts, qsizetype level)
{
    return keptAtLevel(full, bytesOf(counts), level, true);
}

Ring openLineLevel(const Ring &full, const QByteArray &counts, qsizetype level)
{
    return keptAtLevel(full, bytesOf(counts), level, false);
}

MultiPolygon shapeLevel(const MultiPolygon &full, const QByteArray &counts, qsizetype level)
{
    MultiPolygon result;
    const quint8 *count = bytesOf(counts);
    for (const Polygon &polygon : full.polygons) {
        Polygon kept;
        bool vanished = false;
        for (const Ring &ring : polygon.rings) {
            if (!vanished) {
                Ring ringLevel = keptAtLevel(ring, count, level, true);
                if (!ringLevel.isEmpty())
                    kept.rings.append(std::move(ringLevel));
                else if (kept.rings.isEmpty())
                    vanished = true; // the outer ring vanished at this scale: so does the polygon
            }
            count += ring.size();
        }
        if (!kept.rings.isEmpty())
            result.polygons.append(std::move(kept));
    }
    result.updateBounds();
    return result;
}

} // namespace

LevelList<Ring> lineLevelsFromCounts(Ring full, QByteArray counts, qsizetype levels, bool closed)
{
    Q_ASSERT(counts.size() == full.size());
    return LevelList<Ring>::fromCounts(std::move(full), std::move(counts), levels,
                                       closed ? closedLineLevel : openLineLevel);
}

LevelList<MultiPolygon> shapeLevelsFromCounts(MultiPolygon full, QByteArray counts, qsizetype levels)
{
    Q_ASSERT(counts.size() == full.vertexCount());
    return LevelList<MultiPolygon>::fromCounts(std::move(full), std::move(counts), levels, shapeLevel);
}

QList<Ring> simplifyLineLevels(const Ring &line, const QList<double> &tolerances)
{
    if (line.size() > 2 && line.first() == line.last())
        return simplifyRingLevels(line, tolerances);
    if (line.size() <= 2)
        return QList<Ring>(tolerances.size(), line);
    const double infinity = std::numeric_limits<double>::infinity();
    QList<double> values(line.size(), 0.0);
    values.first() = infinity;
    values.last() = infinity;
    significance(line, 0, line.size() - 1, values);
    QList<Ring> levels;
    levels.reserve(tolerances.size());
    for (double tolerance : tolerances)
        levels.append(keepAbove(line, values, tolerance));
    return levels;
}

QList<MultiPolygon> simplifyLevels(const MultiPolygon &shape, const QList<double> &tolerances)
{
    QList<MultiPolygon> levels(tolerances.size());
    for (MultiPolygon &level : levels)
        level.bounds = shape.bounds;
    QList<Polygon> polygons(tolerances.size());
    for (const Polygon &polygon : shape.polygons) {
        for (Polygon &level : polygons)
            level.rings.clear();
        QList<bool> vanished(tolerances.size(), false);
        for (const Ring &ring : polygon.rings) {
            const QList<Ring> rings = simplifyRingLevels(ring, tolerances);
            for (qsizetype i = 0; i < tolerances.size(); ++i) {
                if (vanished[i])
                    continue;
                if (!rings[i].isEmpty())
                    polygons[i].rings.append(rings[i]);
                else if (polygons[i].rings.isEmpty())
                    vanished[i] = true; // the outer ring vanished at this scale: so does the polygon
            }
        }
        for (qsizetype i = 0; i < tolerances.size(); ++i)
            if (!polygons[i].rings.isEmpty())
                levels[i].polygons.append(polygons[i]);
    }
    return levels;
}

Ring simplifyRing(const Ring &ring, double tolerance)
{
    if (ring.size() <= 4)
        return ring;
    QList<bool> keep(ring.size(), false);
    keep.first() = true;
    keep.last() = true;
    const qsizetype far = farthestFromFirst(ring);
    keep[far] = true;
    douglasPeucker(ring, 0, far, tolerance, keep);
    douglasPeucker(ring, far, ring.size() - 1, tolerance, keep);
    Ring result;
    for (qsizetype i = 0; i < ring.size(); ++i)
        if (keep[i])
            result.append(ring[i]);
    return result.size() >= 4 ? result : Ring();
}

Ring simplifyLine(const Ring &line, double tolerance)
{
    if (line.size() > 2 && line.first() == line.last())
        return simplifyRing(line, tolerance);
    if (line.size() <= 2)
        return line;
    QList<bool> keep(line.size(), false);
    keep.first() = true;
    keep.last() = true;
    douglasPeucker(line, 0, line.size() - 1, tolerance, keep);
    Ring result;
    for (qsizetype i = 0; i < line.size(); ++i)
        if (keep[i])
            result.append(line[i]);
    return result;
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

/// Distance from p to the polygon's nearest edge, negative outside: one pass over the edges
/// gives both the even-odd containment and the squared distance, with a single square root.
double signedDistance(const Polygon &polygon, QPointF p)
{
    bool inside = false;
    double best = std::numeric_limits<double>::max();
    const double px = p.x();
    const double py = p.y();
    for (const Ring &ring : polygon.rings) {
        const QPointF *v = ring.constData();
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const double ax = v[i].x();
            const double ay = v[i].y();
            const double bx = v[j].x();
            const double by = v[j].y();
            if ((ay > py) != (by > py) && px < (bx - ax) * (py - ay) / (by - ay) + ax)
                inside = !inside;
            // The edge's bounding box is a lower bound on its distance: most edges end here.
            const double gx = std::max({std::min(ax, bx) - px, px - std::max(ax, bx), 0.0});
            const double gy = std::max({std::min(ay, by) - py, py - std::max(ay, by), 0.0});
            if (gx * gx + gy * gy < best)
                best = std::min(best, squaredDistanceToSegment(p, v[i], v[j]));
        }
    }
    const double distance = std::sqrt(best);
    return inside ? distance : -distance;
}

/// A square cell of the polylabel search: the best distance any point of it can have is its
/// centre's distance plus its half diagonal.
struct Cell
{
    QPointF centre;
    double half = 0.0;
    double distance = 0.0;
    double potential = 0.0;

    Cell(QPointF c, double h, const Polygon &polygon)
        : centre(c)
        , half(h)
        , distance(signedDistance(polygon, c))
        , potential(distance + h * std::numbers::sqrt2)
    {}
};

/// The area centroid of the outer ring: a good first guess for convex-ish shapes.
QPointF ringCentroid(const Ring &ring)
{
    double area = 0.0;
    double x = 0.0;
    double y = 0.0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        const double f = a.x() * b.y() - b.x() * a.y();
        x += (a.x() + b.x()) * f;
        y += (a.y() + b.y()) * f;
        area += f * 3.0;
    }
    return area != 0.0 ? QPointF(x / area, y / area) : (n > 0 ? ring.first() : QPointF());
}

/// Polylabel (Mapbox): the pole of inaccessibility to within precision, by a best-first search over
/// square cells that discards every cell which cannot beat the best point found so far.
QPointF poleOfInaccessibility(const Polygon &polygon, double precision)
{
    const QRectF box = ringBounds(polygon.rings.first());
    // Square cells as wide as the box is narrow; a sliver gets fewer, bigger cells (the bound
    // below holds for any size), not one for every width along its length.
    const double cellSize =
        std::max(std::min(box.width(), box.height()), std::max(box.width(), box.height()) / 64.0);
    if (cellSize <= 0.0)
        return box.topLeft();
    const auto lessPromising = [](const Cell &a, const Cell &b) { return a.potential < b.potential; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(lessPromising)> queue(lessPromising);
    const double h = cellSize / 2.0;
    for (double x = box.left(); x < box.right(); x += cellSize)
        for (double y = box.top(); y < box.bottom(); y += cellSize)
            queue.emplace(QPointF(x + h, y + h), h, polygon);
    Cell best(ringCentroid(polygon.rings.first()), 0.0, polygon);
    if (const Cell centre(box.center(), 0.0, polygon); centre.distance > best.distance)
        best = centre;
    while (!queue.empty()) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance)
            best = cell;
        if (cell.potential - best.distance <= precision)
            continue;
        const double quarter = cell.half / 2.0;
        for (const QPointF offset : {QPointF(-1, -1), QPointF(1, -1), QPointF(-1, 1), QPointF(1, 1)})
            queue.emplace(cell.centre + offset * quarter, quarter, polygon);
    }
    return best.centre;
}

const Polygon *largestPolygon(const MultiPolygon &shape)
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
    return largest;
}

} // namespace

QPointF labelPoint(const MultiPolygon &shape)
{
    const Polygon *largest = largestPolygon(shape);
    if (!largest)
        return shape.bounds.center();
    // Half a percent of the polygon's size: finer than a label can tell.
    const QRectF box = ringBounds(largest->rings.first());
    return poleOfInaccessibility(*largest, std::max(box.width(), box.height()) / 200.0);
}

QPointF labelPoint(const LodShape &shape)
{
    const MultiPolygon &full = shape.full();
    const Polygon *largest = largestPolygon(full);
    if (!largest)
        return shape.bounds().center();
    const QRectF box = ringBounds(largest->rings.first());
    // A level whose error stays under 2 % of the polygon's size places a label as well as the full
    // data does, with a small fraction of its vertices (a 1:10m country outline has thousands).
    const double budget = std::max(box.width(), box.height()) / 50.0;
    const QList<double> &tolerances = lodTolerances();
    const LevelList<MultiPolygon> &levels = shape.levels();
    const MultiPolygon *level = &full;
    for (qsizetype i = 0; i < levels.size() && i < tolerances.size(); ++i)
        if (tolerances[i] <= budget && !levels[i].isEmpty())
            level = &levels[i];
    const QPointF point = labelPoint(*level);
    // Simplification can move an edge over a point that hugged it: the full data has the last word.
    if (level != &full && !full.contains(point))
        return labelPoint(full);
    return point;
}

QRectF mainBounds(const MultiPolygon &shape)
{
    const auto outerBounds = [](const Polygon &polygon) {
        if (polygon.rings.isEmpty() || polygon.rings.first().isEmpty())
            return QRectF();
        const Ring &ring = polygon.rings.first();
        const auto [left, right] = std::minmax_element(ring.cbegin(), ring.cend(),
                                                       [](QPointF a, QPointF b) { return a.x() < b.x(); });
        const auto [top, bottom] = std::minmax_element(ring.cbegin(), ring.cend(),
                                                       [](QPointF a, QPointF b) { return a.y() < b.y(); });
        return QRectF(QPointF(left->x(), top->y()), QPointF(right->x(), bottom->y()));
    };
    const auto outerArea = [](const Polygon &polygon) {
        return polygon.rings.isEmpty() ? 0.0 : std::abs(signedArea(polygon.rings.first()));
    };
    const auto largest =
        std::max_element(shape.polygons.cbegin(), shape.polygons.cend(),
                         [&](const Polygon &a, const Polygon &b) { return outerArea(a) < outerArea(b); });
    if (largest == shape.polygons.cend())
        return shape.bounds;
    // Near: within half the main part's size of it (Corsica for France, Zanzibar for Tanzania).
    const QRectF main = outerBounds(*largest);
    const double reach = 0.5 * std::max(main.width(), main.height());
    const QRectF nearby = main.adjusted(-reach, -reach, reach, reach);
    QRectF bounds = main;
    for (const Polygon &polygon : shape.polygons) {
        const QRectF part = outerBounds(polygon);
        if (nearby.intersects(part))
            bounds = bounds.united(part);
    }
    return bounds;
}

} // namespace Geometry
} // namespace sahel
