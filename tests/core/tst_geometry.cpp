#include "Geometry.h"

#include <QTest>

#include <cmath>
#include <numbers>

Q_DECLARE_METATYPE(sahel::Polygon)

using namespace sahel;

namespace {

Ring closed(Ring ring)
{
    ring.append(ring.first());
    return ring;
}

Ring square(double left, double bottom, double size)
{
    return closed(
        {{left, bottom}, {left + size, bottom}, {left + size, bottom + size}, {left, bottom + size}});
}

/// An L: the 10 x 10 square minus its upper-right 8 x 8, so the bounding box centre is outside.
Ring lShape()
{
    return closed({{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}});
}

/// A U opening upwards: the notch (4..6, 2..10) holds the bounding box centre.
Ring uShape()
{
    return closed({{0, 0}, {10, 0}, {10, 10}, {6, 10}, {6, 2}, {4, 2}, {4, 10}, {0, 10}});
}

/// A square of side 10 whose edges carry a vertex every unit: 40 vertices plus the closing one.
Ring denseSquare()
{
    Ring ring;
    for (int i = 0; i < 10; ++i)
        ring.append(QPointF(i, 0));
    for (int i = 0; i < 10; ++i)
        ring.append(QPointF(10, i));
    for (int i = 10; i > 0; --i)
        ring.append(QPointF(i, 10));
    for (int i = 10; i > 0; --i)
        ring.append(QPointF(0, i));
    return closed(ring);
}

/// A circle of the given radius with many vertices, a stand-in for a country border.
Ring circle(QPointF centre, double radius, int vertices)
{
    Ring ring;
    for (int i = 0; i < vertices; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / vertices;
        ring.append(centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return closed(ring);
}

MultiPolygon multiPolygon(const QList<Polygon> &polygons)
{
    MultiPolygon shape;
    shape.polygons = polygons;
    shape.updateBounds();
    return shape;
}

bool polygonContains(const Polygon &polygon, QPointF p)
{
    bool inside = false;
    for (const Ring &ring : polygon.rings)
        inside ^= Geometry::ringContains(ring, p);
    return inside;
}

double distanceToEdges(const Polygon &polygon, QPointF p)
{
    double best = 1e300;
    for (const Ring &ring : polygon.rings)
        for (qsizetype i = 1; i < ring.size(); ++i)
            best = std::min(best, Geometry::distanceToSegment(p, ring[i - 1], ring[i]));
    return best;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void ringContains_data();
    void ringContains();
    void ringContainsWithoutClosingVertex();
    void multiPolygonContains_data();
    void multiPolygonContains();
    void updateBounds();
    void updateBoundsOfEmptyShapeIsNull();
    void vertexCount();
    void signedArea();
    void distanceToSegment_data();
    void distanceToSegment();
    void simplifyRemovesCollinearPoints();
    void simplifyKeepsSmallRingsUnchanged();
    void simplifyKeepsFourPointsOrDropsTheRing_data();
    void simplifyKeepsFourPointsOrDropsTheRing();
    void simplifyKeepsFeaturesAboveTolerance();
    void simplifyDropsVanishedPolygonsAndHoles();
    void simplifyLevelsMatchSimplifyingOneByOne();
    void lodLevelsGetCoarser();
    void forResolution_data();
    void forResolution();
    void labelPoint_data();
    void labelPoint();
    void labelPointPicksLargestPolygon();
};

void TestGeometry::ringContains_data()
{
    QTest::addColumn<Ring>("ring");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");

    QTest::newRow("square centre") << square(0, 0, 10) << QPointF(5, 5) << true;
    QTest::newRow("square near corner") << square(0, 0, 10) << QPointF(0.01, 9.99) << true;
    QTest::newRow("square left of it") << square(0, 0, 10) << QPointF(-0.01, 5) << false;
    QTest::newRow("square above it") << square(0, 0, 10) << QPointF(5, 10.01) << false;
    QTest::newRow("square far away") << square(0, 0, 10) << QPointF(100, -100) << false;
    QTest::newRow("L in the foot") << lShape() << QPointF(8, 1) << true;
    QTest::newRow("L in the stem") << lShape() << QPointF(1, 8) << true;
    QTest::newRow("L in the notch") << lShape() << QPointF(5, 5) << false;
    QTest::newRow("U left arm") << uShape() << QPointF(2, 8) << true;
    QTest::newRow("U right arm") << uShape() << QPointF(8, 8) << true;
    QTest::newRow("U notch") << uShape() << QPointF(5, 8) << false;
    QTest::newRow("U base under notch") << uShape() << QPointF(5, 1) << true;
    // Clockwise and counter-clockwise rings give the same answer.
    Ring reversed = square(0, 0, 10);
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("clockwise inside") << reversed << QPointF(3, 7) << true;
    QTest::newRow("clockwise outside") << reversed << QPointF(11, 7) << false;
    QTest::newRow("empty ring") << Ring() << QPointF(0, 0) << false;
}

void TestGeometry::ringContains()
{
    QFETCH(Ring, ring);
    QFETCH(QPointF, point);
    QFETCH(bool, inside);
    QCOMPARE(Geometry::ringContains(ring, point), inside);
}

void TestGeometry::ringContainsWithoutClosingVertex()
{
    // The closing vertex is optional: the edge from the last vertex back to the first is implied.
    const Ring open{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    QVERIFY(Geometry::ringContains(open, {5, 5}));
    QVERIFY(Geometry::ringContains(open, {0.5, 5}));
    QVERIFY(!Geometry::ringContains(open, {-0.5, 5}));
}

void TestGeometry::multiPolygonContains_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");

    QTest::newRow("in the outer ring") << QPointF(1, 1) << true;
    QTest::newRow("between ring and hole") << QPointF(3.5, 5) << true;
    QTest::newRow("in the hole") << QPointF(5, 5) << false;
    QTest::newRow("in the hole near its edge") << QPointF(4.01, 5.99) << false;
    QTest::newRow("outside, inside bounds") << QPointF(25, 5) << false;
    QTest::newRow("outside the bounds") << QPointF(-1, 5) << false;
    QTest::newRow("in the island in the hole") << QPointF(4.5, 5.5) << true;
    QTest::newRow("in the second polygon") << QPointF(31, 1) << true;
}

void TestGeometry::multiPolygonContains()
{
    QFETCH(QPointF, point);
    QFETCH(bool, inside);

    // A 10 x 10 square with a 2 x 2 hole in the middle, a small island in the hole and a separate
    // 2 x 2 square at x = 30.
    const MultiPolygon shape = multiPolygon({Polygon{{square(0, 0, 10), square(4, 4, 2)}},
                                             Polygon{{square(4.2, 5.2, 0.6)}}, Polygon{{square(30, 0, 2)}}});
    QCOMPARE(shape.contains(point), inside);
}

void TestGeometry::updateBounds()
{
    MultiPolygon shape;
    shape.polygons = {Polygon{{closed({{-3, 2}, {5, -7}, {4, 11}})}}, Polygon{{square(20, 1, 2)}}};
    QVERIFY(shape.bounds.isNull());
    shape.updateBounds();
    QCOMPARE(shape.bounds.left(), -3.0);
    QCOMPARE(shape.bounds.right(), 22.0);
    QCOMPARE(shape.bounds.top(), -7.0); // the smaller y
    QCOMPARE(shape.bounds.bottom(), 11.0);

    // A changed shape is measured again.
    shape.polygons.removeLast();
    shape.updateBounds();
    QCOMPARE(shape.bounds, QRectF(QPointF(-3, -7), QPointF(5, 11)));
    QVERIFY(shape.contains({2, 2}));
    QVERIFY(!shape.contains({21, 2}));
}

void TestGeometry::updateBoundsOfEmptyShapeIsNull()
{
    MultiPolygon shape = multiPolygon({Polygon{{square(0, 0, 1)}}});
    QCOMPARE(shape.bounds, QRectF(0, 0, 1, 1));
    shape.polygons.clear();
    shape.updateBounds();
    QVERIFY(shape.bounds.isNull());
    QVERIFY(shape.isEmpty());
    QVERIFY(!shape.contains({0, 0}));
}

void TestGeometry::vertexCount()
{
    const MultiPolygon shape =
        multiPolygon({Polygon{{square(0, 0, 10), square(4, 4, 2)}}, Polygon{{lShape()}}});
    QCOMPARE(shape.vertexCount(), 5 + 5 + 7);
}

void TestGeometry::signedArea()
{
    const Ring ccw = square(0, 0, 10);
    Ring cw = ccw;
    std::reverse(cw.begin(), cw.end());
    QCOMPARE(std::abs(Geometry::signedArea(ccw)), 100.0);
    QCOMPARE(Geometry::signedArea(cw), -Geometry::signedArea(ccw));
    QCOMPARE(std::abs(Geometry::signedArea(lShape())), 36.0);
    QCOMPARE(std::abs(Geometry::signedArea(uShape())), 84.0);
}

void TestGeometry::distanceToSegment_data()
{
    QTest::addColumn<QPointF>("p");
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("perpendicular") << QPointF(5, 3) << QPointF(0, 0) << QPointF(10, 0) << 3.0;
    QTest::newRow("beyond b") << QPointF(13, 4) << QPointF(0, 0) << QPointF(10, 0) << 5.0;
    QTest::newRow("before a") << QPointF(-3, -4) << QPointF(0, 0) << QPointF(10, 0) << 5.0;
    QTest::newRow("on the segment") << QPointF(2, 2) << QPointF(0, 0) << QPointF(4, 4) << 0.0;
    QTest::newRow("degenerate segment") << QPointF(3, 4) << QPointF(0, 0) << QPointF(0, 0) << 5.0;
}

void TestGeometry::distanceToSegment()
{
    QFETCH(QPointF, p);
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(double, expected);
    QVERIFY(std::abs(Geometry::distanceToSegment(p, a, b) - expected) < 1e-12);
}

void TestGeometry::simplifyRemovesCollinearPoints()
{
    const Ring dense = denseSquare();
    QCOMPARE(dense.size(), 41);
    const Ring simplified = Geometry::simplifyRing(dense, 0.1);
    const Ring expected = square(0, 0, 10);
    QCOMPARE(simplified, expected);

    // A collinear vertex on an unclosed ring goes too.
    const Ring open{{0, 0}, {5, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}};
    const Ring openSimplified = Geometry::simplifyRing(open, 0.1);
    QCOMPARE(openSimplified, Ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}}));
}

void TestGeometry::simplifyKeepsSmallRingsUnchanged()
{
    // Four vertices (a closed triangle) is the least a polygon needs: nothing to remove.
    const Ring triangle = closed({{0, 0}, {1000, 0}, {0, 1}});
    QCOMPARE(Geometry::simplifyRing(triangle, 1e9), triangle);
    const Ring openSquare{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    QCOMPARE(Geometry::simplifyRing(openSquare, 1e9), openSquare);
}

void TestGeometry::simplifyKeepsFourPointsOrDropsTheRing_data()
{
    QTest::addColumn<double>("tolerance");
    for (const double tolerance : {0.0, 0.5, 1.0, 2.0, 5.0, 7.0, 8.0, 20.0, 1e6})
        QTest::addRow("tolerance %g", tolerance) << tolerance;
}

void TestGeometry::simplifyKeepsFourPointsOrDropsTheRing()
{
    QFETCH(double, tolerance);
    const QList<Ring> rings{denseSquare(), circle({100, 100}, 10, 64), lShape(), uShape()};
    for (const Ring &ring : rings) {
        const Ring simplified = Geometry::simplifyRing(ring, tolerance);
        // Either still a polygon (at least four vertices, closed like the input) or gone entirely:
        // a two- or three-vertex "ring" would be drawn as a line.
        if (simplified.isEmpty())
            continue;
        QVERIFY2(simplified.size() >= 4, qPrintable(QString::number(simplified.size())));
        QVERIFY(simplified.size() <= ring.size());
        QCOMPARE(simplified.first(), ring.first());
        QCOMPARE(simplified.last(), ring.last());
        // Only original vertices, in their original order.
        qsizetype from = 0;
        for (const QPointF &p : simplified) {
            const qsizetype at = ring.indexOf(p, from);
            QVERIFY(at >= 0);
            from = at + 1;
        }
    }
}

void TestGeometry::simplifyKeepsFeaturesAboveTolerance()
{
    // The circle's vertices lie 10 units from the centre; a chord between neighbours of a 64-gon
    // deviates by 10 (1 - cos(pi/64)) = 0.012 from them, so a small tolerance keeps most,
    // a large one keeps a coarse polygon.
    const Ring ring = circle({0, 0}, 10, 64);
    QCOMPARE(Geometry::simplifyRing(ring, 0.001).size(), ring.size());
    const Ring coarse = Geometry::simplifyRing(ring, 1.0);
    QVERIFY(coarse.size() >= 5);
    QVERIFY(coarse.size() < 20);
    // No vertex of the original strays more than the tolerance from the coarse outline.
    for (const QPointF &p : ring) {
        double best = 1e300;
        for (qsizetype i = 1; i < coarse.size(); ++i)
            best = std::min(best, Geometry::distanceToSegment(p, coarse[i - 1], coarse[i]));
        QVERIFY2(best <= 1.0 + 1e-9, qPrintable(QString::number(best)));
    }
    // The L's inner corner (2, 2) lies 5 units from the chord (10, 2)-(0, 10): kept below that, dropped
    // above.
    QVERIFY(Geometry::simplifyRing(lShape(), 4.0).contains(QPointF(2, 2)));
    QVERIFY(!Geometry::simplifyRing(lShape(), 6.0).contains(QPointF(2, 2)));
}

void TestGeometry::simplifyDropsVanishedPolygonsAndHoles()
{
    // A big disc with a small hole, next to a small island.
    const MultiPolygon shape = multiPolygon(
        {Polygon{{circle({0, 0}, 1000, 200), circle({0, 0}, 10, 50)}}, Polygon{{circle({3000, 0}, 5, 50)}}});
    const MultiPolygon fine = Geometry::simplify(shape, 0.01);
    QCOMPARE(fine.polygons.size(), 2);
    QCOMPARE(fine.polygons.first().rings.size(), 2);

    const MultiPolygon coarse = Geometry::simplify(shape, 50.0);
    QCOMPARE(coarse.polygons.size(), 1);               // the island vanished
    QCOMPARE(coarse.polygons.first().rings.size(), 1); // and so did the hole
    QVERIFY(coarse.polygons.first().rings.first().size() >= 4);
    QCOMPARE(coarse.bounds, shape.bounds);
    QVERIFY(coarse.contains({0, 0})); // the hole is gone at this scale
    QVERIFY(!shape.contains({0, 0}));
}

void TestGeometry::simplifyLevelsMatchSimplifyingOneByOne()
{
    // All levels from one run give exactly what simplifying at each tolerance on its own gives.
    const QList<double> tolerances{0.001, 0.05, 0.5, 2.0, 8.0, 50.0, 1e9};
    Ring wiggly;
    for (int i = 0; i < 400; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / 400.0;
        const double radius = 100.0 + 7.0 * std::sin(9.0 * angle) + 2.0 * std::cos(37.0 * angle);
        wiggly.append(QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    const QList<Ring> rings{denseSquare(), circle({0, 0}, 1000, 300), lShape(), closed(wiggly), wiggly};
    for (const Ring &ring : rings) {
        const QList<Ring> levels = Geometry::simplifyRingLevels(ring, tolerances);
        QCOMPARE(levels.size(), tolerances.size());
        for (qsizetype i = 0; i < tolerances.size(); ++i)
            QCOMPARE(levels[i], Geometry::simplifyRing(ring, tolerances[i]));
    }
    const Ring open = wiggly.mid(0, 150);
    const QList<Ring> lineLevels = Geometry::simplifyLineLevels(open, tolerances);
    for (qsizetype i = 0; i < tolerances.size(); ++i)
        QCOMPARE(lineLevels[i], Geometry::simplifyLine(open, tolerances[i]));
    const MultiPolygon shape = multiPolygon(
        {Polygon{{circle({0, 0}, 1000, 200), circle({0, 0}, 10, 50)}}, Polygon{{circle({3000, 0}, 5, 50)}}});
    const QList<MultiPolygon> shapeLevels = Geometry::simplifyLevels(shape, tolerances);
    for (qsizetype i = 0; i < tolerances.size(); ++i) {
        const MultiPolygon one = Geometry::simplify(shape, tolerances[i]);
        QCOMPARE(shapeLevels[i].bounds, one.bounds);
        QCOMPARE(shapeLevels[i].polygons.size(), one.polygons.size());
        for (qsizetype p = 0; p < one.polygons.size(); ++p)
            QCOMPARE(shapeLevels[i].polygons[p].rings, one.polygons[p].rings);
    }
}

void TestGeometry::lodLevelsGetCoarser()
{
    const QList<double> &tolerances = Geometry::lodTolerances();
    QCOMPARE(tolerances.size(), 7);
    for (qsizetype i = 1; i < tolerances.size(); ++i)
        QVERIFY(tolerances[i] > tolerances[i - 1]);

    // A 200 km wide "country" with a vertex every ~60 m.
    MultiPolygon shape;
    shape.polygons.append(Polygon{{circle({500000, 1500000}, 100000, 10000)}});
    const LodShape lod = LodShape::fromMultiPolygon(shape);
    QCOMPARE(lod.bounds(), QRectF(400000, 1400000, 200000, 200000));
    QCOMPARE(lod.full().vertexCount(), 10001);
    QCOMPARE(lod.levels().size(), tolerances.size());
    qsizetype previous = lod.full().vertexCount();
    for (const MultiPolygon &level : lod.levels()) {
        QVERIFY(!level.isEmpty());
        // Coarse levels of a small shape can bottom out at the same few vertices: never more.
        QVERIFY2(level.vertexCount() <= previous, qPrintable(QString::number(level.vertexCount())));
        previous = level.vertexCount();
    }
    QVERIFY(lod.levels().last().vertexCount() < lod.levels().first().vertexCount());
}

void TestGeometry::forResolution_data()
{
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<int>("expectedLevel"); // -1: the full shape

    // Levels are simplified at 150, 300, 600, 1200, 2400, 4800 and 9600 m: each is used from
    // twice its tolerance in metres per pixel, so it never errs by more than half a pixel.
    QTest::newRow("street level") << 1.0 << -1;
    QTest::newRow("just finer than level 0") << 299.0 << -1;
    QTest::newRow("level 0 at half a pixel") << 300.0 << 0;
    QTest::newRow("between 0 and 1") << 500.0 << 0;
    QTest::newRow("level 1") << 600.0 << 1;
    QTest::newRow("level 3") << 2400.0 << 3;
    QTest::newRow("level 4") << 5000.0 << 4;
    QTest::newRow("level 6") << 19200.0 << 6;
    QTest::newRow("world view") << 156543.0 << 6;
}

void TestGeometry::forResolution()
{
    QFETCH(double, metresPerPixel);
    QFETCH(int, expectedLevel);

    MultiPolygon shape;
    shape.polygons.append(Polygon{{circle({0, 1500000}, 100000, 10000)}});
    const LodShape lod = LodShape::fromMultiPolygon(shape);
    const MultiPolygon &chosen = lod.forResolution(metresPerPixel);
    const MultiPolygon &expected = expectedLevel < 0 ? lod.full() : lod.levels().at(expectedLevel);
    QCOMPARE(&chosen, &expected);
    // Never coarser than half a pixel.
    if (expectedLevel >= 0)
        QVERIFY(Geometry::lodTolerances().at(expectedLevel) <= metresPerPixel / 2.0);
}

void TestGeometry::labelPoint_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<double>("minimumClearance");

    // The bounding box centre (5, 5) is outside the L: the label must not go there.
    QTest::newRow("L") << Polygon{{lShape()}} << 0.8;
    QTest::newRow("L reversed") << Polygon{{[] {
        Ring r = lShape();
        std::reverse(r.begin(), r.end());
        return r;
    }()}} << 0.8;
    QTest::newRow("U") << Polygon{{uShape()}} << 1.6;
    // The bounding box centre is in the hole.
    QTest::newRow("square with hole") << Polygon{{square(0, 0, 10), square(3, 3, 4)}} << 1.2;
    QTest::newRow("ring-shaped") << Polygon{{circle({0, 0}, 100, 120), circle({0, 0}, 60, 120)}} << 15.0;
    QTest::newRow("plain square") << Polygon{{square(0, 0, 10)}} << 4.9;
}

void TestGeometry::labelPoint()
{
    QFETCH(Polygon, polygon);
    QFETCH(double, minimumClearance);

    const MultiPolygon shape = multiPolygon({polygon});
    const QPointF label = Geometry::labelPoint(shape);
    QVERIFY2(polygonContains(polygon, label),
             qPrintable(QStringLiteral("(%1, %2)").arg(label.x()).arg(label.y())));
    QVERIFY(shape.contains(label));
    for (qsizetype i = 1; i < polygon.rings.size(); ++i)
        QVERIFY(!Geometry::ringContains(polygon.rings[i], label));
    // Well inside, not on an edge.
    const double clearance = distanceToEdges(polygon, label);
    QVERIFY2(clearance >= minimumClearance, qPrintable(QString::number(clearance)));
}

void TestGeometry::labelPointPicksLargestPolygon()
{
    const MultiPolygon shape = multiPolygon(
        {Polygon{{square(0, 0, 2)}}, Polygon{{square(100, 100, 50)}}, Polygon{{square(-50, 0, 5)}}});
    const QPointF label = Geometry::labelPoint(shape);
    QVERIFY(QRectF(110, 110, 30, 30).contains(label));

    // No polygon: the centre of the bounds is all there is.
    MultiPolygon empty;
    empty.bounds = QRectF(0, 0, 4, 2);
    QCOMPARE(Geometry::labelPoint(empty), QPointF(2, 1));
}

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
