#pragma once

#include "Lazy.h"
#include "LevelList.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>

namespace sahel {

/// A closed ring of vertices (first vertex repeated last is allowed, not required).
using Ring = QList<QPointF>;

/// A polygon: the first ring is the outer boundary, the others are holes.
struct Polygon
{
    QList<Ring> rings;
};

/// Polygons with their bounding box, in whatever plane the caller chose (degrees or projected metres).
struct MultiPolygon
{
    QList<Polygon> polygons;
    QRectF bounds;

    bool isEmpty() const { return polygons.isEmpty(); }
    /// Even-odd containment per polygon, after a bounding box test.
    bool contains(QPointF point) const;
    void updateBounds();
    qsizetype vertexCount() const;
};

/// A shape with simplified levels so drawing never handles more vertices than pixels. One read from a
/// snapshot is decoded when first used, its bounds known at once: a view decodes only the shapes it shows.
class LodShape
{
public:
    /// The full shape and its levels; levels[i] was simplified with lodTolerances()[i] metres.
    struct Parts
    {
        MultiPolygon full;
        LevelList<MultiPolygon> levels;
    };

    LodShape() = default;
    /// The shape, simplified now at every level.
    static LodShape fromMultiPolygon(MultiPolygon shape);
    /// A shape whose levels are already made (or given as counts, LevelList).
    static LodShape fromParts(MultiPolygon full, LevelList<MultiPolygon> levels);
    /// A shape with these bounds that decode() makes when first read (empty: no polygon).
    static LodShape deferred(QRectF bounds, bool empty, std::function<Parts()> decode);

    const MultiPolygon &full() const { return m_parts.get().full; }
    const LevelList<MultiPolygon> &levels() const { return m_parts.get().levels; }
    /// The coarsest level whose tolerance stays under half a pixel at this resolution.
    const MultiPolygon &forResolution(double metresPerPixel) const;
    const QRectF &bounds() const { return m_bounds; }
    bool isEmpty() const { return m_empty; }
    /// Whether the shape's vertices are in memory (always, but for a deferred shape not yet read).
    bool isDecoded() const { return m_parts.isMade(); }

private:
    Lazy<Parts> m_parts;
    QRectF m_bounds;
    bool m_empty = true;
};

namespace Geometry {

/// Tolerances in projected metres of the simplified levels of a LodShape, finest first.
const QList<double> &lodTolerances();
/// Which of levelCount levels (lodTolerances(), finest first) to draw at this resolution: the coarsest whose
/// tolerance stays under half a pixel, or -1 for the full geometry. Chosen before any level is read, since
/// reading one may make it (LevelList).
qsizetype levelForResolution(qsizetype levelCount, double metresPerPixel);
/// The extent of a ring or line's vertices (empty for no vertex).
QRectF ringBounds(const Ring &ring);
/// Whether two extents overlap or touch, by coordinates: a straight line's bounds have no area, and
/// QRectF::intersects wants one.
inline bool boundsMeet(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() && a.bottom() >= b.top();
}
bool ringContains(const Ring &ring, QPointF point);
double signedArea(const Ring &ring);
/// Douglas-Peucker; keeps at least four vertices of a ring so it stays a polygon.
Ring simplifyRing(const Ring &ring, double tolerance);
/// Douglas-Peucker on an open line, keeping both ends (a closed line is simplified as a ring).
Ring simplifyLine(const Ring &line, double tolerance);
/// simplifyRing() at each tolerance, for the cost of about one.
QList<Ring> simplifyRingLevels(const Ring &ring, const QList<double> &tolerances);
/// simplifyLine() at each tolerance, for the cost of about one.
QList<Ring> simplifyLineLevels(const Ring &line, const QList<double> &tolerances);
/// simplify() at each tolerance, for the cost of about one.
QList<MultiPolygon> simplifyLevels(const MultiPolygon &shape, const QList<double> &tolerances);
/// For each vertex, how many of the levels simplifyRingLevels() (or, asLine, simplifyLineLevels()) makes
/// with these tolerances, finest first, keep it. The levels are nested, so with tolerances in increasing
/// order level i holds the vertices whose count is above i (a ring left with fewer than 4 vanishes).
QList<quint8> levelCounts(const Ring &ring, const QList<double> &tolerances, bool asLine);
/// The levels of a ring or line given its vertices' counts (levelCounts()), each made when first read: level
/// i holds the vertices whose count is above i; closed, a ring left with fewer than 4 vertices vanishes.
LevelList<Ring> lineLevelsFromCounts(Ring full, QByteArray counts, qsizetype levels, bool closed);
/// The levels of a shape given the counts of its rings' vertices, ring after ring, polygon by polygon, as
/// simplifyLevels() makes them: a polygon whose outer ring vanishes vanishes, a vanished hole is left out.
LevelList<MultiPolygon> shapeLevelsFromCounts(MultiPolygon full, QByteArray counts, qsizetype levels);
MultiPolygon simplify(const MultiPolygon &shape, double tolerance);
/// A point well inside the largest polygon, far from its edges: where a label reads best.
QPointF labelPoint(const MultiPolygon &shape);
/// The same, computed on the coarsest level that keeps the largest polygon's shape to 2 %.
QPointF labelPoint(const LodShape &shape);
/// The bounds of the polygon holding most of the area and of the polygons near it: a country's far-flung
/// parts (France's overseas regions) do not count.
QRectF mainBounds(const MultiPolygon &shape);
double distanceToSegment(QPointF p, QPointF a, QPointF b);
double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b);

} // namespace Geometry
} // namespace sahel
